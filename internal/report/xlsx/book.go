package xlsx

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
)

// What the two workbooks share: the council's (xlsx.go) and the fill-in
// workbook collect sends out (fillin_write.go). Both are styled from the
// template's theme, print on A4 landscape, offer the statuses in a
// drop-down list and are written with sorted parts, so that the same input
// gives the same bytes.

// styler makes cell styles from the theme; after the first error it makes
// no more, and err tells it.
type styler struct {
	f   *excelize.File
	th  report.Theme
	err error
}

func (s *styler) style(st *excelize.Style) int {
	if s.err != nil {
		return 0
	}
	id, err := s.f.NewStyle(st)
	s.err = err
	return id
}

// font is the workbook's font at a size, bold or not, in a theme colour.
func (s *styler) font(size float64, bold bool, color string) *excelize.Font {
	return &excelize.Font{Family: fontName, Size: size, Bold: bold, Color: hex(color)}
}

// border rules a cell on all four sides in the theme's rule colour.
func (s *styler) border() []excelize.Border {
	var out []excelize.Border
	for _, side := range []string{"left", "top", "right", "bottom"} {
		out = append(out, excelize.Border{Type: side, Color: hex(s.th.RuleColor), Style: 1})
	}
	return out
}

// fill is a solid fill of a "#RRGGBB" colour.
func fill(c string) excelize.Fill {
	return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{hex(c)}}
}

// topWrap sets text at the top of its cell, wrapped to the cell's width.
var topWrap = &excelize.Alignment{Vertical: "top", WrapText: true}

// hex turns the template's "#RRGGBB" into excelize's "RRGGBB".
func hex(c string) string { return strings.TrimPrefix(c, "#") }

// page is how a sheet prints: on A4 landscape, one page wide and as many
// pages long as it takes.
type page struct {
	footer   string // in Excel's codes: &L, &C, &R, &P, &N
	titleRow int    // the row repeated at the top of every page; 0 for none
	cols     int    // the columns printed, from A; 0 for all
	margins  bool   // the theme's margins; Excel's default otherwise
}

// printSetup sets how a sheet prints. Fit to page must be set apart, as
// the stream writer writes sheetPr first.
func printSetup(f *excelize.File, th report.Theme, sheet string, p page) error {
	size, orient, wide, tall := 9, "landscape", 1, 0 // 9 is A4
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orient, FitToWidth: &wide,
		// Excel's default is 1, which would squeeze the sheet onto one page.
		FitToHeight: &tall,
	}); err != nil {
		return err
	}
	if p.margins {
		inch := func(mm float64) *float64 {
			v := math.Round(mm/25.4*1000) / 1000
			return &v
		}
		// Header and footer sit halfway into the top and bottom margins.
		if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
			Top: inch(th.MarginTop), Bottom: inch(th.MarginBottom),
			Left: inch(th.MarginLeft), Right: inch(th.MarginRight),
			Header: inch(th.MarginTop / 2), Footer: inch(th.MarginBottom / 2),
		}); err != nil {
			return err
		}
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: p.footer}); err != nil {
		return err
	}
	if p.cols > 0 {
		if err := f.SetDefinedName(&excelize.DefinedName{
			Name:     "_xlnm.Print_Area",
			RefersTo: fmt.Sprintf("%s!$A:$%s", quoteSheet(sheet), colName(p.cols)),
			Scope:    sheet,
		}); err != nil {
			return err
		}
	}
	if p.titleRow == 0 {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("%s!$%d:$%d", quoteSheet(sheet), p.titleRow, p.titleRow),
		Scope:    sheet,
	})
}

// footerText escapes a text for a footer, where & starts a code.
func footerText(s string) string { return strings.ReplaceAll(s, "&", "&&") }

// statusList offers the status words in a drop-down list on the cells ref,
// and names them when something else is typed. The words are written into
// the rule where they can be; a word holding a comma would split in two
// there, so the list then refers to cells holding the words.
func statusList(f *excelize.File, sheet, ref string, words []string, cells, title string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = ref
	literal := true
	for _, w := range words {
		literal = literal && !strings.Contains(w, ",")
	}
	if !literal || dv.SetDropList(words) != nil {
		dv.SetSqrefDropList(cells)
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, title, strings.Join(words, ", "))
	return f.AddDataValidation(sheet, dv)
}

// writeBook writes the workbook with its parts in a fixed order. excelize
// writes streamed sheets, and the image types a chart adds to the content
// types, in the order of a Go map; sorting both makes the same workbook
// give the same bytes.
func writeBook(w io.Writer, f *excelize.File) error {
	sort.Slice(f.ContentTypes.Defaults, func(i, j int) bool {
		return f.ContentTypes.Defaults[i].Extension < f.ContentTypes.Defaults[j].Extension
	})
	f.SetZipWriter(newSortedZip)
	return f.Write(w)
}

func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

func colName(col int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return name
}

// quoteSheet writes a sheet name as formulas refer to it.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}
