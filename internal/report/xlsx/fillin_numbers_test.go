package xlsx

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// TestFormatNumber: a number reads as the text a Swedish Excel shows for
// its format.
func TestFormatNumber(t *testing.T) {
	const nb = "\u00a0"
	for _, c := range []struct {
		v    float64
		code string
		want string
	}{
		{0.5, builtInFormats[9], "50" + nb + "%"},
		{0.125, builtInFormats[10], "12,50" + nb + "%"},
		{0.5, "0%", "50%"},
		{0.5, builtInFormats[20], "12:00"},
		{0.75, builtInFormats[21], "18:00:00"},
		{0.5, builtInFormats[18], "12:00"},
		{1.5, "[h]:mm:ss", "36:00:00"},
		{45538, builtInFormats[14], "2024-09-03"},
		{45538.5, builtInFormats[22], "2024-09-03 12:00"},
		{45538, "d mmmm yyyy", "2024-09-03"},
		{45538, "mmm-yy", "2024-09-03"},
		{1234567.891, builtInFormats[4], "1" + nb + "234" + nb + "567,89"},
		{1234567.891, builtInFormats[3], "1" + nb + "234" + nb + "568"},
		{-1234.5, builtInFormats[3], "-1" + nb + "235"},
		{-1234.5, "#,##0;(#,##0)", "(1" + nb + "235)"},
		{0, `0;-0;"noll"`, "noll"},
		{5, `0 "st"`, "5 st"},
		{5, `0\ \k\r`, "5 kr"},
		{12.5, `#,##0.00 "kr"`, "12,50 kr"},
		{12.5, `[$€-x-euro2] #,##0.00`, "€ 12,50"},
		{12.5, `[Red]0.0`, "12,5"},
		{3.5, "General", "3,5"},
		{12345, "General", "12345"},
		{3.5, "@", "3,5"},
		{7, "000", "007"},
		{0.25, "#.##", ",25"},
		{12345.678, "0.00E+00", "1,23E+04"},
		{1500000, "#,##0,", "1" + nb + "500"},
		{-0.001, "0.0", "0,0"},
		{3, `"Antal: "General`, "Antal: 3"},
		{1, `_-* #,##0_-`, " 1 "},
	} {
		got, ok := formatNumber(c.v, c.code, false)
		if !ok || got != c.want {
			t.Errorf("%v in %q: %q (%v), want %q", c.v, c.code, got, ok, c.want)
		}
	}
	for _, c := range []struct {
		v    float64
		code string
	}{
		{1e300, "yyyy-mm-dd"}, {-1, "yyyy-mm-dd"}, {2958466, "yyyy-mm-dd"}, {math.NaN(), "General"},
		{math.Inf(1), "0"}, {-0.5, "hh:mm"}, {1e300, "[h]:mm"}, {1, "0." + strings.Repeat("0", maxFormatLen)}, {1e300, "0%%%%%"},
	} {
		if got, ok := formatNumber(c.v, c.code, false); ok {
			t.Errorf("%v in %q shows as %q, want it refused", c.v, c.code, got)
		}
	}
}

// TestFillInNumberCells: numbers a program stored with a format of their
// own are imported as a Swedish Excel shows them.
func TestFillInNumberCells(t *testing.T) {
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	cases := []struct {
		value any
		code  string
		want  string
	}{
		{0.5, "0 %", "50 %"},
		{0.5, "hh:mm", "12:00"},
		{time.Date(2024, 9, 3, 0, 0, 0, 0, time.UTC), "yyyy-mm-dd", "2024-09-03"},
		{1234567.891, "#,##0.00", "1\u00a0234\u00a0567,89"},
		{5, `0 "st"`, "5 st"},
	}
	data := edit(t, fillIn(t, src, report.Tertial{Year: 2020, N: 2}), func(f *excelize.File) {
		for i, c := range cases {
			code := c.code
			id, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			cell := fmt.Sprintf("G%d", i+2)
			f.SetCellValue("Underlag", cell, c.value)
			f.SetCellStyle("Underlag", cell, cell, id)
		}
	})
	got, err := ReadFillIn("underlag.xlsx", data, src, tpl)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		if note := got.Answers[i].Note; note != c.want {
			t.Errorf("%v in %q: %q, want %q", c.value, c.code, note, c.want)
		}
	}
}

// FuzzFormatNumber: whatever a workbook's number format, showing a number
// by it never panics, and what it shows stays within bounds.
func FuzzFormatNumber(f *testing.F) {
	for _, code := range builtInFormats {
		f.Add(1234.5, code)
	}
	f.Add(-0.5, `#,##0.00 "kr";[Red]-#,##0.00 "kr";"noll";@`)
	f.Add(1e300, "0.0E+00")
	f.Add(0.001, `[$€-x-euro2]\ #,##0_);*x0%`)
	f.Fuzz(func(t *testing.T, v float64, code string) {
		s, ok := formatNumber(v, code, false)
		if ok && (len(s) > 4*maxFormatLen+400 || strings.Contains(s, "Inf") || strings.Contains(s, "NaN")) {
			t.Errorf("%v in %q shows as %d bytes", v, code, len(s))
		}
	})
}
