package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// The fill-in workbook's parts, as collect writes them.
const (
	fillInSheetPart = "xl/worksheets/sheet1.xml"
	metaSheetPart   = "xl/worksheets/sheet3.xml"
)

// withPart rewrites a part of a workbook's zip, as a hostile or a broken
// program could write it.
func withPart(t testing.TB, data []byte, name string, change func(string) string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if zf.Name == name {
			body = []byte(change(string(body)))
		}
		w, err := zw.Create(zf.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// inRow adds cells at the end of row n of a sheet's XML.
func inRow(n int, cells string) func(string) string {
	return func(s string) string {
		start := strings.Index(s, fmt.Sprintf(`<row r="%d"`, n))
		end := start + strings.Index(s[start:], "</row>")
		return s[:end] + cells + s[end:]
	}
}

// replaceCell puts cell XML in the place of a cell of a sheet's XML.
func replaceCell(ref, cell string) func(string) string {
	re := regexp.MustCompile(`<c r="` + ref + `"[^>]*?(/>|>.*?</c>)`)
	return func(s string) string { return re.ReplaceAllLiteralString(s, cell) }
}

func inline(ref, text string) string {
	return `<c r="` + ref + `" t="inlineStr"><is><t>` + text + `</t></is></c>`
}

// numberStyles adds cell styles with the given number formats to a
// workbook, and tells their indexes.
func numberStyles(t testing.TB, data []byte, codes ...string) ([]byte, []int) {
	var ids []int
	data = edit(t, data, func(f *excelize.File) {
		for _, code := range codes {
			code := code
			id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
	})
	return data, ids
}

// TestFillInHostile golden-tests what a person is told about a workbook a
// program or a person made hard to read: cells outside the sheet's columns,
// formulas of every kind, a heading twice, numbers no format shows, a
// tertial the headings contradict, a password, a damaged part, a workbook
// too large unpacked, a note too long, rows sorted without their keys.
func TestFillInHostile(t *testing.T) {
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	book := fillIn(t, src, report.Tertial{Year: 2020, N: 2})
	long := strings.Repeat("Rad med en lång mening om trygghet.\n", 3000)
	for _, c := range []struct {
		name string
		data func() []byte
	}{
		{"cell-outside", func() []byte {
			data := withPart(t, book, fillInSheetPart, inRow(5, inline("XFD5", "en anteckning långt bort")))
			data = withPart(t, data, fillInSheetPart, inRow(6, `<c r="I6" s="2"/>`)) // formatting only: read past
			return withPart(t, data, fillInSheetPart, inRow(7, `<c r="IV7"><v>12</v></c>`))
		}},
		{"meta-outside", func() []byte {
			return withPart(t, book, metaSheetPart, inRow(2, inline("XFD2", "x")))
		}},
		{"formulas", func() []byte {
			data := withPart(t, book, fillInSheetPart, replaceCell("G2", `<c r="G2" t="str"><f t="shared" si="0"/><v>delad</v></c>`))
			data = withPart(t, data, fillInSheetPart, replaceCell("G3", `<c r="G3" t="str"><f/><v>tom</v></c>`))
			data = withPart(t, data, fillInSheetPart, replaceCell("G4", `<c r="G4"><f t="dataTable" ref="G4" dt2D="0" dtr="0" r1="A1"/><v>3</v></c>`))
			data = withPart(t, data, fillInSheetPart, replaceCell("F5", `<c r="F5" t="str"><f t="array" ref="F5">LOWER("PÅGÅR")</f><v>pågår</v></c>`))
			return withPart(t, data, fillInSheetPart, replaceCell("A6", `<c r="A6" t="str"><f>B6</f><v>x</v></c>`))
		}},
		{"heading-twice", func() []byte {
			return edit(t, book, func(f *excelize.File) {
				f.SetCellStr("Underlag", "E1", "Kommentar")
				f.SetCellStr("Underlag", "E2", "En kommentar i fel kolumn")
			})
		}},
		{"numbers-unshown", func() []byte {
			data, ids := numberStyles(t, book, "yyyy-mm-dd", "hh:mm")
			data = withPart(t, data, fillInSheetPart, replaceCell("G2", fmt.Sprintf(`<c r="G2" s="%d"><v>1e300</v></c>`, ids[0])))
			data = withPart(t, data, fillInSheetPart, replaceCell("G3", fmt.Sprintf(`<c r="G3" s="%d"><v>-1</v></c>`, ids[0])))
			data = withPart(t, data, fillInSheetPart, replaceCell("G4", fmt.Sprintf(`<c r="G4" s="%d"><v>3e7</v></c>`, ids[1])))
			return withPart(t, data, fillInSheetPart, replaceCell("G5", `<c r="G5"><v>NaN</v></c>`))
		}},
		{"tertial-heading", func() []byte {
			return edit(t, book, func(f *excelize.File) { f.SetCellStr(report.FillInMetaSheet, "B6", "2020-T3") })
		}},
		{"encrypted", func() []byte {
			// An OLE compound file as Excel saves a workbook with a password.
			ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 1016)...)
			return append(ole, utf16le("EncryptionInfo\x00EncryptedPackage")...)
		}},
		{"old-xls", func() []byte {
			return append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, utf16le("Workbook")...)
		}},
		{"damaged-strings", func() []byte {
			return withPart(t, book, "xl/sharedStrings.xml", func(s string) string { return s[:len(s)/2] })
		}},
		{"too-large-unzipped", func() []byte {
			return withPart(t, book, "xl/theme/theme1.xml", func(s string) string { return s + strings.Repeat(" ", maxUnzippedXML) })
		}},
		{"long-note", func() []byte {
			return withPart(t, book, fillInSheetPart, replaceCell("G3", inline("G3", long+"x")))
		}},
		{"sorted", func() []byte {
			// Rows 2 to 6 sorted by their activity, the hidden key left.
			return edit(t, book, func(f *excelize.File) {
				rows, _ := f.GetRows("Underlag")
				for i, from := range []int{6, 2, 5, 3, 4} {
					for c := colPromise; c <= colNote; c++ {
						f.SetCellStr("Underlag", cellName(c, i+2), rows[from-1][c-1])
					}
				}
			})
		}},
		{"rows-beyond", func() []byte {
			// More rows than activities by far: each holds text.
			var rows strings.Builder
			for n := 100; n < 100+extraRows+len(src.All()); n++ {
				fmt.Fprintf(&rows, `<row r="%d">%s</row>`, n, inline(fmt.Sprintf("G%d", n), "text"))
			}
			return withPart(t, book, fillInSheetPart, func(s string) string {
				return strings.Replace(s, "</sheetData>", rows.String()+"</sheetData>", 1)
			})
		}},
		{"locked-long", func() []byte {
			return edit(t, book, func(f *excelize.File) { f.SetCellStr("Underlag", "E3", "Första raden\nandra raden "+long[:1100]) })
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadFillIn("underlag.xlsx", c.data(), src, tpl)
			var list report.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("got %v, want a list of problems", err)
			}
			for _, e := range list {
				text := e.Msg.In(msg.Swedish)
				if strings.Contains(text, "\\n") || strings.Contains(text, "!H") {
					t.Errorf("a message shows an escape or the hidden column: %s", text)
				}
			}
			golden(t, filepath.Join("testdata", "fillin-errors", c.name+".golden"), list.In(msg.Swedish)+"\n")
			golden(t, filepath.Join("testdata", "fillin-errors", c.name+".en.golden"), list.In(msg.English)+"\n")
		})
	}
}

// TestFillInReadAsShown: what only looks large or moved is read as it is:
// a dimension reaching to column XFD, formatting beyond the columns, and
// rows sorted with their hidden keys, whose answers stay with their
// activities.
func TestFillInReadAsShown(t *testing.T) {
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	book := fillIn(t, src, report.Tertial{Year: 2020, N: 2})
	data := withPart(t, book, fillInSheetPart, func(s string) string {
		return strings.Replace(s, `<dimension ref="A1"`, `<dimension ref="A1:XFD1048576"`, 1)
	})
	data = withPart(t, data, fillInSheetPart, inRow(3, `<c r="XFD3" s="2"/>`))
	data = edit(t, data, func(f *excelize.File) {
		rows, _ := f.GetRows("Underlag")
		// Rows 2 and 3 swapped, key and all, and each given a note.
		for c := colPromise; c <= colKey; c++ {
			f.SetCellStr("Underlag", cellName(c, 2), rows[2][c-1])
			f.SetCellStr("Underlag", cellName(c, 3), rows[1][c-1])
		}
		f.SetCellStr("Underlag", "G2", "Om den andra aktiviteten")
		f.SetCellStr("Underlag", "G3", "Om den första aktiviteten")
	})
	got, err := ReadFillIn("underlag.xlsx", data, src, tpl)
	if err != nil {
		t.Fatal(err)
	}
	all := src.All()
	for _, a := range got.Answers {
		want := map[report.ActivityRef]string{all[0]: "Om den första aktiviteten", all[1]: "Om den andra aktiviteten"}[a.Activity]
		if want != "" && a.Note != want {
			t.Errorf("%v: %q, want %q", a.Activity, a.Note, want)
		}
	}
}
