package xlsx

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// fillInAnswers are what the contributors write in the readers' test: a
// note over several lines with quotes and a path, a date and a number that
// a program may store as such, a note with an apostrophe, and a status.
var fillInAnswers = []struct {
	Activity, Status, Note, As string
}{
	{Activity: "Polisen och kommunen lovar att genomföra två medborgarmöte med fokus på trygghet i de östra delarna av kommunen.",
		Status: "pågår", Note: "Ett möte i Mariannelund, \"Folkets hus\".\nProtokoll: K:\\Trygghet\\2020\\möte.docx\n\nNästa möte i Ingatorp."},
	{Activity: "Kommunen ska ordna en drogförebyggande föreläsning för föräldrar och skolpersonal i samverkan med polisen.",
		Note: "2024-09-03", As: "date"},
	{Activity: "Kommunen lovar att arbeta med hög skolnärvaro utifrån kommunprogrammets indikator skolnärvaro",
		Status: "ej påbörjad", Note: "12345", As: "number"},
	{Activity: "Polisen lovar att utöka samarbetet med tjänstepersoner som arbetar med ungdomar bland annat ungdomslotsar",
		Status: "genomförd", Note: "Ungdomslotsarnas 'öppna hus' hölls varje vecka."},
}

// TestFillInWithOtherPrograms fills the workbook in with exceljs, a second
// XLSX writer, and has LibreOffice Calc save it again, as contributors'
// programs do: every way in imports to the same source as excelize's.
func TestFillInWithOtherPrograms(t *testing.T) {
	node := exceljs(t)
	bin := soffice(t)
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	tmp := t.TempDir()
	book := filepath.Join(tmp, "underlag.xlsx")
	if err := os.WriteFile(book, fillIn(t, src, report.Tertial{Year: 2020, N: 2}), 0o644); err != nil {
		t.Fatal(err)
	}

	// By excelize: every answer as text, as Excel keeps it in a text cell.
	byExcelize := edit(t, mustRead(t, book), func(f *excelize.File) {
		rows, _ := f.GetRows("Underlag")
		for i, row := range rows {
			for _, a := range fillInAnswers {
				if len(row) > 1 && row[1] == a.Activity {
					f.SetCellStr("Underlag", cellName(colStatus, i+1), a.Status)
					f.SetCellStr("Underlag", cellName(colNote, i+1), a.Note)
				}
			}
		}
	})
	excelizeFile := filepath.Join(tmp, "excelize.xlsx")
	os.WriteFile(excelizeFile, byExcelize, 0o644)

	// By exceljs: the date and the number stored as such.
	var list []answer
	for _, a := range fillInAnswers {
		tertial := report.Tertial{Year: 2020, N: 2}
		list = append(list, answer{a.Activity, a.Status, a.Note, a.As, tpl.FillIn.Activity,
			inputHeading(tpl, tpl.FillIn.Status, tertial), inputHeading(tpl, tpl.FillIn.Note, tertial)})
	}
	answers, _ := json.Marshal(list)
	answersFile := filepath.Join(tmp, "answers.json")
	os.WriteFile(answersFile, answers, 0o644)
	exceljsFile := filepath.Join(tmp, "exceljs.xlsx")
	cmd := exec.Command(node, "fill.mjs", book, exceljsFile, answersFile)
	cmd.Dir = exceljsDir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("fill.mjs: %v\n%s", err, out)
	}

	// Saved again by LibreOffice Calc, both.
	resaved := filepath.Join(tmp, "libreoffice")
	convert(t, bin, filepath.Join(tmp, "profile"), "xlsx:Calc MS Excel 2007 XML", resaved, []string{excelizeFile, exceljsFile})

	var want []byte
	for _, file := range []string{excelizeFile, exceljsFile, filepath.Join(resaved, "excelize.xlsx"), filepath.Join(resaved, "exceljs.xlsx")} {
		t.Run(filepath.Base(filepath.Dir(file))+"/"+filepath.Base(file), func(t *testing.T) {
			got, err := ReadFillIn(file, mustRead(t, file), src, tpl)
			if err != nil {
				t.Fatal(err)
			}
			im, err := src.Import(tpl, got.Tertial, got.Answers, report.Refuse)
			if err != nil {
				t.Fatal(err)
			}
			if want == nil {
				want = im.Text
				back, err := report.Parse(example, im.Text, tpl)
				if err != nil {
					t.Fatal(err)
				}
				for _, a := range fillInAnswers {
					found := false
					for _, r := range back.All() {
						if act := back.Activity(r); act.Text.S == a.Activity {
							f := act.Followup(report.Tertial{Year: 2020, N: 2})
							found = f != nil && f.NoteRaw == a.Note && f.StatusText.S == a.Status
						}
					}
					if !found {
						t.Errorf("%q does not read back with status %q and note %q", a.Activity, a.Status, a.Note)
					}
				}
				return
			}
			if !bytes.Equal(im.Text, want) {
				t.Errorf("imports to another source than excelize's workbook:\n%s", reporttest.Diff(string(want), string(im.Text)))
			}
		})
	}
}

// exceljsDir holds fill.mjs and its exceljs.
const exceljsDir = "testdata/exceljs"

// exceljs is the node that runs fill.mjs, once exceljs is installed.
func exceljs(t *testing.T) string {
	t.Helper()
	node := reporttest.Tool(t, "node")
	if _, err := os.Stat(filepath.Join(exceljsDir, "node_modules", "exceljs")); err != nil {
		reporttest.Missing(t, filepath.Join(exceljsDir, "node_modules", "exceljs")+" (npm ci --prefix internal/report/xlsx/"+exceljsDir+")")
	}
	return node
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRoundWithOtherPrograms is a round as colleagues answer it: one
// workbook per party, filled in by exceljs and saved again by LibreOffice
// Calc. The shared first activity is answered by both parties; a word of
// another activity is fixed in the source after the workbooks went out.
// Both notes land, as paragraphs in the order the activity names its
// parties; the edited activity's answer lands with a warning quoting both
// texts.
func TestRoundWithOtherPrograms(t *testing.T) {
	node := exceljs(t)
	bin := soffice(t)
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	tertial := report.Tertial{Year: 2020, N: 2}
	tmp := t.TempDir()
	shared := fillInAnswers[0].Activity // responsible = ["Polisen", "Kommunen"]
	edited := fillInAnswers[3].Activity // the Polisen's alone
	answers := map[string][]answer{
		"Kommunen": {{Activity: shared, Note: "Kommunen bjöd in."}},
		"Polisen": {{Activity: shared, Status: "pågår", Note: "Polisen deltog."},
			{Activity: edited, Status: "genomförd", Note: "Varje vecka."}},
	}
	var books []string
	for _, p := range src.ByResponsible(src.All()) {
		if answers[p.Name] == nil {
			continue
		}
		var b bytes.Buffer
		if err := WriteFillIn(&b, FillIn{Source: src, Template: tpl, Tertial: tertial, Party: p.Name,
			Activities: p.Activities, Created: time.Unix(1700000000, 0)}); err != nil {
			t.Fatal(err)
		}
		in, out := filepath.Join(tmp, p.Name+"-in.xlsx"), filepath.Join(tmp, p.Name+".xlsx")
		os.WriteFile(in, b.Bytes(), 0o644)
		var list []answer
		for _, a := range answers[p.Name] {
			a.ActivityColumn, a.StatusColumn, a.NoteColumn = tpl.FillIn.Activity,
				inputHeading(tpl, tpl.FillIn.Status, tertial), inputHeading(tpl, tpl.FillIn.Note, tertial)
			list = append(list, a)
		}
		data, _ := json.Marshal(list)
		answersFile := filepath.Join(tmp, p.Name+".json")
		os.WriteFile(answersFile, data, 0o644)
		cmd := reporttest.Command(t, 2*time.Minute, node, "fill.mjs", in, out, answersFile)
		cmd.Dir = exceljsDir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("fill.mjs: %v\n%s", err, out)
		}
		books = append(books, out)
	}
	resaved := filepath.Join(tmp, "libreoffice")
	convert(t, bin, filepath.Join(tmp, "profile"), "xlsx:Calc MS Excel 2007 XML", resaved, books)

	text := strings.Replace(src.File.Text, "ungdomslotsar", "ungdomslotsarna", 1)
	fixed, err := report.Parse(example, []byte(text), tpl)
	if err != nil {
		t.Fatal(err)
	}
	var all []report.Answer
	var warnings []string
	// Read the Kommunen's first: the notes are still in the source's order.
	slices.Reverse(books)
	for _, book := range books {
		file := filepath.Join(resaved, filepath.Base(book))
		got, err := ReadFillIn(file, mustRead(t, file), fixed, tpl)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range got.Warnings {
			warnings = append(warnings, w.In(msg.Swedish))
		}
		for _, a := range got.Answers {
			a.Party = got.Party
			all = append(all, a)
		}
	}
	im, err := fixed.Import(tpl, tertial, all, report.Refuse)
	if err != nil {
		t.Fatal(err)
	}
	back, err := report.Parse(example, im.Text, tpl)
	if err != nil {
		t.Fatal(err)
	}
	note := func(activity string) string {
		for _, r := range back.All() {
			if a := back.Activity(r); strings.HasPrefix(a.Text.S, activity) {
				if f := a.Followup(tertial); f != nil {
					return f.StatusText.S + "|" + f.NoteRaw
				}
			}
		}
		return ""
	}
	if got, want := note(shared), "pågår|Polisen deltog.\n\nKommunen bjöd in."; got != want {
		t.Errorf("the shared activity holds %q, want %q", got, want)
	}
	if got, want := note(strings.TrimSuffix(edited, " ungdomslotsar")), "genomförd|Varje vecka."; got != want {
		t.Errorf("the edited activity holds %q, want %q", got, want)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "ungdomslotsar") || !strings.Contains(warnings[0], "ungdomslotsarna") {
		t.Errorf("warnings %q, want one quoting both texts", warnings)
	}
}

// answer is one row's answer for fill.mjs.
type answer struct {
	Activity       string `json:"activity"`
	Status         string `json:"status,omitempty"`
	Note           string `json:"note"`
	As             string `json:"as,omitempty"`
	ActivityColumn string `json:"activityColumn"`
	StatusColumn   string `json:"statusColumn"`
	NoteColumn     string `json:"noteColumn"`
}
