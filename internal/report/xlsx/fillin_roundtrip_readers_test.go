package xlsx

import (
	"os"
	"path/filepath"
	"testing"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// TestFillInRoundTripLibreOffice: a workbook whose texts need escapes,
// saved again by LibreOffice Calc without a change, imports nothing: Calc
// reads the escapes collect writes as we do, and writes them as we read.
func TestFillInRoundTripLibreOffice(t *testing.T) {
	bin := soffice(t)
	tpl := reporttest.Template(t)
	tmp := t.TempDir()
	// (Calc reads a literal "_x005F_x0041_", an escaped escape, as
	// "_x0041_" when it saves: a text no note holds, left out.)
	texts := []string{"Word's line break\vin a note", "a literal _x0043_ escape", "_x005F_", "tab\there and\nanother line"}
	var srcs []*report.Source
	var files []string
	for i, text := range texts {
		src, err := report.Parse("x.toml", []byte(roundTripSource(text)), tpl)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
		file := filepath.Join(tmp, "book"+string(rune('a'+i))+".xlsx")
		if err := os.WriteFile(file, fillIn(t, src, report.Tertial{Year: 2020, N: 2}), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, file)
	}
	resaved := filepath.Join(tmp, "libreoffice")
	convert(t, bin, filepath.Join(tmp, "profile"), "xlsx:Calc MS Excel 2007 XML", resaved, files)
	for i, text := range texts {
		src := srcs[i]
		got, err := ReadFillIn("calc.xlsx", mustRead(t, filepath.Join(resaved, filepath.Base(files[i]))), src, tpl)
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		im, err := src.Import(tpl, got.Tertial, got.Answers, report.Refuse)
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		for j, o := range im.Outcomes {
			if o != report.Unchanged && o != report.Unanswered {
				t.Errorf("%q: answer %d would change the source (%v): %q", text, j, o, got.Answers[j].Note)
			}
		}
	}
}
