package round_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
	"uppfoljning/internal/report/round"
	"uppfoljning/internal/safefile"
)

var (
	t2    = report.Tertial{Year: 2020, N: 2}
	today = time.Date(2020, 9, 1, 0, 0, 0, 0, time.UTC)
)

// TestCollect: one workbook for all, or one per party, under the names
// collect has always used; a workbook that holds answers is kept, and
// said to be, while the others are written.
func TestCollect(t *testing.T) {
	dir, path := reporttest.CopyExample(t)
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, path)
	out := filepath.Join(dir, "ut")
	books, err := round.Collect(src, tpl, t2, today, false, out, safefile.Options{})
	if err != nil || len(books) != 1 || books[0].Err != nil || books[0].Party != "" ||
		books[0].Path != filepath.Join(out, "eksjo-2020-T2-underlag.xlsx") {
		t.Fatalf("one for all: %+v, %v", books, err)
	}
	books, err = round.Collect(src, tpl, t2, today, true, out, safefile.Options{})
	if err != nil || len(books) != 2 {
		t.Fatalf("per party: %+v, %v", books, err)
	}
	for i, want := range []string{"Polisen", "Kommunen"} {
		if b := books[i]; b.Err != nil || b.Party != want || b.Path != filepath.Join(out, "eksjo-2020-T2-underlag-"+want+".xlsx") {
			t.Errorf("book %d: %+v, want %s's", i, b, want)
		}
	}
	reporttest.FillBook(t, books[0].Path, map[string]string{"F2": "pågår"})
	kept, _ := os.ReadFile(books[0].Path)
	again, err := round.Collect(src, tpl, t2, today, true, out, safefile.Options{})
	var bad round.BadInput
	if err != nil || !errors.As(again[0].Err, &bad) || again[1].Err != nil {
		t.Fatalf("again: %+v, %v; want the answered one kept as bad input", again, err)
	}
	if data, _ := os.ReadFile(books[0].Path); string(data) != string(kept) {
		t.Error("the answered workbook was replaced")
	}
}

// TestCollectRefused: a tertial outside the period, or a folder that
// cannot be made, is one error, and nothing is written.
func TestCollectRefused(t *testing.T) {
	dir, path := reporttest.CopyExample(t)
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, path)
	out := filepath.Join(dir, "ut")
	if books, err := round.Collect(src, tpl, report.Tertial{Year: 2023, N: 1}, today, false, out, safefile.Options{}); err == nil || books != nil {
		t.Errorf("a tertial outside the period: %v, %v", books, err)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Error("a folder was made for nothing")
	}
	if books, err := round.Collect(src, tpl, t2, today, false, path, safefile.Options{}); err == nil || books != nil {
		t.Errorf("a file as the folder: %v, %v", books, err)
	}
}

// TestReadAnswers: returned workbooks read into answers with their
// parties; every problem of them all told at once, in the order given.
func TestReadAnswers(t *testing.T) {
	dir, path := reporttest.CopyExample(t)
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, path)
	books, err := round.Collect(src, tpl, t2, today, true, filepath.Join(dir, "ut"), safefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	reporttest.FillBook(t, books[0].Path, map[string]string{"F2": "pågår", "G2": "Polisen deltog."})
	var read []round.Workbook
	for _, b := range books {
		wb, err := round.ReadWorkbook(b.Path)
		if err != nil || wb.Name != b.Path || len(wb.Data) == 0 {
			t.Fatalf("ReadWorkbook: %v", err)
		}
		read = append(read, wb)
	}
	got, err := round.ReadAnswers(read, src, tpl, report.Refuse)
	if err != nil {
		t.Fatal(err)
	}
	if got.Tertial != t2 || len(got.Told) != 0 || len(got.Gone) != 0 {
		t.Errorf("tertial %v, told %v", got.Tertial, got.Told)
	}
	var answered []report.Answer
	for _, a := range got.Answers {
		if !a.Empty() {
			answered = append(answered, a)
		}
	}
	if len(answered) != 1 || answered[0].Party != "Polisen" || answered[0].Note != "Polisen deltog." || answered[0].File != books[0].Path {
		t.Errorf("answers %+v", answered)
	}

	// A folder, and a workbook of another tertial: both told, in order.
	folder, folderErr := round.ReadWorkbook(dir)
	other, err := round.Collect(src, tpl, report.Tertial{Year: 2020, N: 3}, today, false, filepath.Join(dir, "t3"), safefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t3, _ := round.ReadWorkbook(other[0].Path)
	_, err = round.ReadAnswers([]round.Workbook{read[0], folder, t3}, src, tpl, report.Refuse)
	var list report.ErrorList
	if folderErr == nil || folder.Err == nil || !errors.As(err, &list) || len(list) != 2 ||
		list[0].File != dir || list[1].File != other[0].Path {
		t.Errorf("problems %v (the folder's own: %v)", msg.Text(err, msg.English), folderErr)
	}
}

// TestReadAnswersGone: a row whose activity was rewritten is a problem,
// unless Keep: then it is told after the book's warnings, and the rest read.
func TestReadAnswersGone(t *testing.T) {
	dir, path := reporttest.CopyExample(t)
	tpl := reporttest.Template(t)
	books, err := round.Collect(reporttest.Source(t, path), tpl, t2, today, false, dir, safefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	reporttest.FillBook(t, books[0].Path, map[string]string{"G2": "Ett möte i Hult.", "G3": "Tio insatser."})
	text, _ := os.ReadFile(path)
	edited := strings.Replace(string(text), "två medborgarmöte med", "två medborgarmöten med", 1)
	edited = strings.Replace(edited, "Att minska risken för unga", "Att minska risken för barn och unga", 1)
	src, err := report.Parse(path, []byte(edited), tpl)
	if err != nil {
		t.Fatal(err)
	}
	wb, _ := round.ReadWorkbook(books[0].Path)
	got, err := round.ReadAnswers([]round.Workbook{wb}, src, tpl, report.Refuse)
	var list report.ErrorList
	if !errors.As(err, &list) || len(list) != 6 || !strings.Contains(list[0].In(msg.Swedish), "Underlag!B3") || len(got.Gone) != 6 {
		t.Fatalf("refused: %v, gone %v", err, got.Gone)
	}
	got, err = round.ReadAnswers([]round.Workbook{wb}, src, tpl, report.Keep)
	if err != nil || len(got.Warnings) != 1 || len(got.Gone) != 6 || len(got.Told) != 2 {
		t.Fatalf("kept: %v; warnings %v, gone %v, told %v", err, got.Warnings, got.Gone, got.Told)
	}
	if got.Told[0].In(msg.Swedish) != got.Warnings[0].In(msg.Swedish) || got.Told[1].In(msg.Swedish) != got.Gone.In(msg.Swedish) {
		t.Errorf("told %v", got.Told)
	}
}
