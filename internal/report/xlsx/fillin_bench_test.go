package xlsx

import (
	"fmt"
	"strings"
	"testing"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// hostileBooks are workbooks within the size limits shaped to exhaust a
// reader: rows padded to column XFD, in the fill-in sheet and in the meta
// sheet; as many rows of full cells as the sheet's size allows; a large
// shared string table of which little is used; a formula in every row.
func hostileBooks(t testing.TB) map[string][]byte {
	src := reporttest.Source(t, example)
	book := fillIn(t, src, report.Tertial{Year: 2020, N: 2})
	rows := func(n int, row func(i int) string) func(string) string {
		return func(s string) string {
			var b strings.Builder
			for i := range n {
				b.WriteString(row(i + 1000))
			}
			end := strings.Index(s, "</sheetData>")
			return s[:end] + b.String() + s[end:]
		}
	}
	xfd := func(i int) string {
		return fmt.Sprintf(`<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, i, i)
	}
	full := func(i int) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<row r="%d">`, i)
		for c := 1; c <= fillInCols; c++ {
			fmt.Fprintf(&b, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, cellName(c, i), strings.Repeat("x", 60))
		}
		return b.String() + "</row>"
	}
	formula := func(i int) string {
		return fmt.Sprintf(`<row r="%d"><c r="G%d"><f t="shared" si="0"/><v>1</v></c></row>`, i, i)
	}
	sst := func(s string) string {
		end := strings.Index(s, "</sst>")
		return s[:end] + strings.Repeat("<si><t>"+strings.Repeat("y", 200)+"</t></si>", 250_000) + s[end:]
	}
	return map[string][]byte{
		"xfd-rows":      withPart(t, book, fillInSheetPart, rows(20_000, xfd)),
		"xfd-meta":      withPart(t, book, metaSheetPart, rows(20_000, xfd)),
		"full-rows":     withPart(t, book, fillInSheetPart, rows(60_000, full)),
		"large-strings": withPart(t, book, "xl/sharedStrings.xml", sst),
		"formulas":      withPart(t, book, fillInSheetPart, rows(90_000, formula)),
		"huge-cell":     withPart(t, book, fillInSheetPart, replaceCell("G3", inline("G3", strings.Repeat("z", 60<<20)))),
		"many-styles": withPart(t, book, "xl/styles.xml", func(s string) string {
			return strings.Replace(s, "</cellXfs>", strings.Repeat("<xf/>", 10_000_000)+"</cellXfs>", 1)
		}),
	}
}

// BenchmarkReadFillInHostile reads workbooks shaped to exhaust a reader:
// each must be refused (or read) in memory bounded by the cells read.
func BenchmarkReadFillInHostile(b *testing.B) {
	tpl := reporttest.Template(b)
	src := reporttest.Source(b, example)
	for name, data := range hostileBooks(b) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.ReportMetric(float64(len(data)), "bytes/book")
			for b.Loop() {
				got, err := ReadFillIn(name+".xlsx", data, src, tpl)
				if _, ok := err.(report.ErrorList); err != nil && !ok || err == nil && len(got.Answers) == 0 {
					b.Fatal(err)
				}
				if err != nil {
					b.Log(strings.SplitN(err.Error(), "\n", 2)[0])
				}
			}
		})
	}
}
