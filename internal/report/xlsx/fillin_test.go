package xlsx

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

const example = "../../../examples/eksjo-2020-2021.toml"

// fillIn writes the fill-in workbook of a source for a tertial, with all
// its activities.
func fillIn(t testing.TB, src *report.Source, tertial report.Tertial) []byte {
	t.Helper()
	var b bytes.Buffer
	err := WriteFillIn(&b, FillIn{Source: src, Template: reporttest.Template(t), Tertial: tertial,
		Activities: src.All(), Created: time.Unix(1700000000, 0)})
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// edit changes a workbook with excelize, as Excel would when a person
// writes in it, and saves it again.
func edit(t testing.TB, data []byte, change func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	change(f)
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestFillInGolden(t *testing.T) {
	src := reporttest.Source(t, example)
	data := fillIn(t, src, report.Tertial{Year: 2020, N: 2})
	if again := fillIn(t, src, report.Tertial{Year: 2020, N: 2}); !bytes.Equal(data, again) {
		t.Error("two fill-in workbooks of the same source differ")
	}
	var b strings.Builder
	b.WriteString(dump(t, data))
	parts := zipParts(t, data)
	for _, name := range parts.names {
		if strings.HasPrefix(name, "xl/worksheets/sheet") {
			b.WriteString("== protection of " + name + ": ")
			b.WriteString(regexpFind(`<sheetProtection[^>]*>`, parts.data[name]) + "\n")
		}
	}
	b.WriteString("== workbook.xml sheets: " + regexpFind(`<sheets>.*</sheets>`, parts.data["xl/workbook.xml"]) + "\n")
	golden(t, filepath.Join("testdata", "fillin-eksjo.golden"), b.String())

	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// What a contributor sees: the key column and the meta sheet hidden,
	// only Status and Kommentar open to write in, Kommentar as text.
	if visible, _ := f.GetColVisible("Underlag", "H"); visible {
		t.Error("the key column is visible")
	}
	if visible, _ := f.GetSheetVisible(report.FillInMetaSheet); visible {
		t.Error("the meta sheet is visible")
	}
	for cell, open := range map[string]bool{"A3": false, "B3": false, "E3": false, "F3": true, "G3": true, "H3": false} {
		id, _ := f.GetCellStyle("Underlag", cell)
		st, _ := f.GetStyle(id)
		if locked := st.Protection == nil || st.Protection.Locked; locked == open {
			t.Errorf("%s: locked %v", cell, locked)
		}
		if cell == "G3" && st.NumFmt != 49 {
			t.Errorf("Kommentar's number format is %d, want 49 (text)", st.NumFmt)
		}
	}
}

// TestFillInRoundTrip: a workbook filled with the source's own notes
// imports to the same source, byte for byte; one filled with new notes
// imports to a source whose notes read back as the cells.
func TestFillInRoundTrip(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range []struct {
		path    string
		tertial report.Tertial
	}{
		{example, report.Tertial{Year: 2020, N: 1}}, {"../testdata/good/windows.toml", report.Tertial{Year: 2023, N: 2}}, {"../testdata/good/years.toml", report.Tertial{Year: 2021, N: 2}},
		{"../testdata/good/placeholders.toml", report.Tertial{Year: 2020, N: 2}},
	} {
		t.Run(filepath.Base(c.path), func(t *testing.T) {
			src := reporttest.Source(t, c.path)
			old, _ := os.ReadFile(c.path)
			book := fillIn(t, src, c.tertial)
			got, err := ReadFillIn("underlag.xlsx", edit(t, book, func(*excelize.File) {}), src, tpl)
			if err != nil {
				t.Fatal(err)
			}
			im, err := src.Import(tpl, got.Tertial, got.Answers, report.Refuse)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(im.Text, old) {
				t.Errorf("the source's own notes changed it:\n%s", reporttest.Diff(string(old), string(im.Text)))
			}
			notes := map[int]string{}
			filled := edit(t, book, func(f *excelize.File) {
				for i := range src.All() {
					n := i + 2
					note := fmt.Sprintf("Rad %d: \"citat\", 'apostrof', C:\\mapp\\fil och 2024-09-03\n  indragen rad\n\nsista raden \\", n)
					notes[n] = note
					f.SetCellStr("Underlag", fmt.Sprintf("G%d", n), note)
					f.SetCellStr("Underlag", fmt.Sprintf("F%d", n), "försenad")
				}
			})
			got, err = ReadFillIn("underlag.xlsx", filled, src, tpl)
			if err != nil {
				t.Fatal(err)
			}
			im, err = src.Import(tpl, got.Tertial, got.Answers, report.Replace)
			if err != nil {
				t.Fatal(err)
			}
			back, err := report.Parse(c.path, im.Text, tpl)
			if err != nil {
				t.Fatalf("the imported source does not load: %v", err)
			}
			for i, r := range back.All() {
				f := back.Activity(r).Followup(c.tertial)
				// A CRLF source holds a multi-line note's line breaks as CRLF.
				if f == nil || report.UnixLineBreaks(f.NoteRaw) != notes[i+2] || f.StatusText.S != "försenad" {
					t.Errorf("activity %v reads back as %+v, want %q", r, f, notes[i+2])
				}
			}
		})
	}
}

// TestFillInErrors golden-tests what a person is told about a workbook
// that cannot be imported: the file, the sheet and cell, what is wrong and
// what to do.
func TestFillInErrors(t *testing.T) {
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	book := fillIn(t, src, report.Tertial{Year: 2020, N: 2})
	other := reporttest.Source(t, "../testdata/good/years.toml")
	for _, c := range []struct {
		name string
		data func() []byte
	}{
		{"not-a-workbook", func() []byte { return []byte("title = \"en toml-fil\"\n") }},
		{"another-source", func() []byte { return fillIn(t, other, report.Tertial{Year: 2020, N: 2}) }},
		{"no-meta-sheet", func() []byte {
			return edit(t, book, func(f *excelize.File) { f.DeleteSheet(report.FillInMetaSheet) })
		}},
		{"no-fill-in-sheet", func() []byte {
			return edit(t, book, func(f *excelize.File) { f.SetSheetName("Underlag", "Blad1") })
		}},
		{"heading-changed", func() []byte {
			return edit(t, book, func(f *excelize.File) { f.SetCellStr("Underlag", "G1", "Kommentarer") })
		}},
		{"cells", func() []byte {
			return edit(t, book, func(f *excelize.File) {
				f.SetCellStr("Underlag", "F2", "klar")                              // no such status
				f.SetCellFormula("Underlag", "G3", `CONCATENATE("a";"b")`)          // a formula
				f.SetCellBool("Underlag", "G4", true)                               // no text
				f.SetCellStr("Underlag", "B5", "Kommunen lovar att arbeta med hög") // a locked cell edited
				f.SetCellStr("Underlag", "E7", "Ändrat i förra tertialet")          // another
				f.SetCellStr("Underlag", "H6", "nyckel")                            // a key that is not one
			})
		}},
		{"rows", func() []byte {
			return edit(t, book, func(f *excelize.File) {
				key, _ := f.GetCellValue("Underlag", "H2")
				f.SetCellStr("Underlag", "H3", key) // a row copied over another's key
				f.SetCellStr("Underlag", "G10", "En rad utan nyckel")
			})
		}},
		{"activity-gone", func() []byte {
			return edit(t, book, func(f *excelize.File) {
				key, _ := f.GetCellValue("Underlag", "H2")
				parts := strings.Split(key, "|")
				parts[3], parts[4] = cellHash("Ett löfte som inte finns"), cellHash("En aktivitet som inte finns")
				f.SetCellStr("Underlag", "H2", strings.Join(parts, "|"))
				f.SetCellStr("Underlag", "G2", "Något")
			})
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := ReadFillIn("underlag.xlsx", c.data(), src, tpl)
			var list report.ErrorList
			if err == nil && len(got.Gone) > 0 {
				list = got.Gone // rows whose activity is gone: the rest may be imported
			} else if !errors.As(err, &list) {
				t.Fatalf("got %v, want a list of problems", err)
			}
			golden(t, filepath.Join("testdata", "fillin-errors", c.name+".golden"), list.In(msg.Swedish)+"\n")
			golden(t, filepath.Join("testdata", "fillin-errors", c.name+".en.golden"), list.In(msg.English)+"\n")
		})
	}
}

// A number or a date that ended up in a cell is read as the text a person
// saw; what the person typed into the text cells stays as typed.
func TestFillInCellTypes(t *testing.T) {
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	data := edit(t, fillIn(t, src, report.Tertial{Year: 2020, N: 2}), func(f *excelize.File) {
		f.SetCellStr("Underlag", "G2", "2020-03-09")
		f.SetCellStr("Underlag", "G3", "012")
		f.SetCellInt("Underlag", "G4", 12345)
		date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		f.SetCellValue("Underlag", "G5", time.Date(2024, 9, 3, 0, 0, 0, 0, time.UTC))
		f.SetCellStyle("Underlag", "G5", "G5", date)
		f.SetCellFloat("Underlag", "G6", 3.5, -1, 64)
		custom := "yyyy-mm-dd hh:mm"
		stamp, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &custom})
		f.SetCellValue("Underlag", "G7", time.Date(2024, 9, 3, 14, 30, 0, 0, time.UTC))
		f.SetCellStyle("Underlag", "G7", "G7", stamp)
		f.SetCellStr("Underlag", "G8", "\n\n  rad ett \r\nrad två\n \n")
	})
	got, err := ReadFillIn("underlag.xlsx", data, src, tpl)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2020-03-09", "012", "12345", "2024-09-03", "3,5", "2024-09-03 14:30", "  rad ett\nrad två"}
	for i, w := range want {
		if got.Answers[i].Note != w {
			t.Errorf("row %d: %q, want %q", i+2, got.Answers[i].Note, w)
		}
	}
}

// FuzzReadFillIn: whatever the bytes, reading a workbook never panics,
// and either gives answers or says what is wrong.
func FuzzReadFillIn(f *testing.F) {
	tpl := reporttest.Template(f)
	src := reporttest.Source(f, example)
	book := fillIn(f, src, report.Tertial{Year: 2020, N: 2})
	f.Add(book)
	f.Add(edit(f, book, func(x *excelize.File) { x.SetCellStr("Underlag", "G2", "Klart") }))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ReadFillIn("fuzz.xlsx", data, src, tpl)
		if err != nil {
			var list report.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not a list of problems", err)
			}
			return
		}
		if _, err := src.Import(tpl, got.Tertial, got.Answers, report.Replace); err != nil {
			var list report.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("answers read from a workbook make the import fail: %v", err)
			}
		}
	})
}

func regexpFind(re, s string) string {
	return regexpCompile(re).FindString(s)
}

var regexpCompile = regexp.MustCompile

// TestFillInStatusSpellings: the fill-in workbook's reader takes a status
// typed or pasted in any of the odd spellings as the template's word, and
// refuses other words, as the decoder and import do.
func TestFillInStatusSpellings(t *testing.T) {
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	book := fillIn(t, src, report.Tertial{Year: 2020, N: 2})
	for _, c := range reporttest.OddStatuses {
		data := edit(t, book, func(f *excelize.File) { f.SetCellStr("Underlag", "F2", c.Typed) })
		got, err := ReadFillIn("a.xlsx", data, src, tpl)
		if c.Want == "" {
			if err == nil {
				t.Errorf("status %q read", c.Typed)
			}
			continue
		}
		if err != nil {
			t.Errorf("status %q refused: %v", c.Typed, err)
			continue
		}
		if s := got.Answers[0].Status; tpl.Statuses.Word(tpl.Statuses.Index(s)) != c.Want {
			t.Errorf("status %q read as %q, want %q", c.Typed, s, c.Want)
		}
	}
}

// TestInputHeading: the input columns' headings name their tertial, in
// the template's words.
func TestInputHeading(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range []struct {
		word string
		t    report.Tertial
		want string
	}{
		{tpl.FillIn.Status, report.Tertial{Year: 2025, N: 3}, "Status tertial 3 2025"},
		{tpl.FillIn.Note, report.Tertial{Year: 2026, N: 1}, "Kommentar tertial 1 2026"},
	} {
		if got := inputHeading(tpl, c.word, c.t); got != c.want {
			t.Errorf("inputHeading(%q, %s) = %q, want %q", c.word, c.t, got, c.want)
		}
	}
}
