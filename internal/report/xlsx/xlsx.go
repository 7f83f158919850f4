// Package xlsx renders a report.Document as the council's workbook: the
// report as the council reads it, the follow-ups as data to filter, and an
// overview of the statuses with a chart. It is the only package that
// imports excelize.
package xlsx

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// fontName is the workbook's only font. An XLSX file cannot embed fonts,
// so the theme's font (embedded in the PDF) is of no use here; Arial is on
// every machine with Excel, and LibreOffice draws it with Liberation Sans,
// whose widths are Arial's, so the row heights estimated in measure.go
// hold in both.
const fontName = "Arial"

const (
	reportCols = 4 // Aktivitet, Tertial 1, 2, 3
	// maxFrozen is the tallest block of rows, in points, that is frozen at
	// the top of the report sheet: under half of what a laptop's window
	// shows at 100 % zoom. A taller frozen block would leave little or
	// nothing to scroll.
	maxFrozen = 260.0
	// defaultRow is the height of a row whose height is not set (Arial 11).
	defaultRow = 15.0
	// maxCellChars is the most UTF-16 units an Excel cell holds.
	maxCellChars = 32767
	// tableName names the data sheet's table; Excel needs one without
	// spaces, and it is not shown to readers.
	tableName = "Uppfoljning"
	// linkCols is how many columns beside a sheet's printed ones are made
	// wide for the addresses linked there, linkWidth wide each.
	linkCols  = 4
	linkWidth = 45.0
)

// Renderer writes the council's workbook.
type Renderer struct{}

var _ report.Renderer = Renderer{}

// Render writes the council's workbook of doc to w.
func (Renderer) Render(w io.Writer, doc *report.Document) ([]report.Warning, error) {
	// XML 1.0 has no control characters besides tabs and line breaks; every
	// other character fits in a cell, emoji included.
	doc, warnings := doc.Sanitize(report.Printable, msg.OutputWorkbook)
	r := &renderer{doc: doc, f: excelize.NewFile(), warnings: warnings, warned: map[string]bool{}}
	defer r.f.Close()
	if err := r.render(); err != nil {
		return r.warnings, fmt.Errorf("xlsx: %w", err)
	}
	// excelize writes the streamed sheets, and the image types that a chart
	// adds to the content types, in the order of a Go map; sorting both
	// makes the same document give the same bytes.
	sort.Slice(r.f.ContentTypes.Defaults, func(i, j int) bool {
		return r.f.ContentTypes.Defaults[i].Extension < r.f.ContentTypes.Defaults[j].Extension
	})
	r.f.SetZipWriter(newSortedZip)
	if err := r.f.Write(w); err != nil {
		return r.warnings, fmt.Errorf("xlsx: %w", err)
	}
	return r.warnings, nil
}

type renderer struct {
	doc      *report.Document
	f        *excelize.File
	st       styles
	warnings []report.Warning
	warned   map[string]bool
}

type styles struct {
	title, subtitle, heading, body, promise, header, text int
	status                                                []int // tinted fill, indexed like doc.Statuses
	dataHeader, dataText, dataNumber                      int
	number, totalText, totalNumber                        int
	link                                                  int // an address on one line, beside the printed columns
}

func (r *renderer) render() error {
	if err := r.styles(); err != nil {
		return err
	}
	if err := r.f.SetDefaultFont(fontName); err != nil {
		return err
	}
	if err := r.reportSheet(); err != nil {
		return err
	}
	if err := r.dataSheet(); err != nil {
		return err
	}
	if err := r.overviewSheet(); err != nil {
		return err
	}
	// The report sheet, made first, is the active one. SetActiveSheet would
	// parse the streamed sheets back, which for a large report costs
	// seconds.
	return r.properties()
}

// hex turns the template's "#RRGGBB" into excelize's "RRGGBB".
func hex(c string) string { return strings.TrimPrefix(c, "#") }

// tint mixes a status colour with white. The full colours are strong
// (dark green, red) and dark text on them is hard to read; a light tint
// keeps the text readable and the colour recognisable.
func tint(c string) string {
	v, err := strconv.ParseUint(hex(c), 16, 32)
	if err != nil {
		return "FFFFFF"
	}
	const share = 0.3
	out := ""
	for shift := 16; shift >= 0; shift -= 8 {
		ch := float64(v >> shift & 0xFF)
		out += fmt.Sprintf("%02X", int(math.Round(255-(255-ch)*share)))
	}
	return out
}

func (r *renderer) styles() error {
	th := r.doc.Theme
	var err error
	style := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = r.f.NewStyle(s)
		return id
	}
	font := func(size float64, bold bool, color string) *excelize.Font {
		return &excelize.Font{Family: fontName, Size: size, Bold: bold, Color: hex(color)}
	}
	fill := func(c string) excelize.Fill {
		return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{hex(c)}}
	}
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	border := []excelize.Border{}
	for _, side := range []string{"left", "top", "right", "bottom"} {
		border = append(border, excelize.Border{Type: side, Color: hex(th.RuleColor), Style: 1})
	}
	st := &r.st
	st.title = style(&excelize.Style{Font: font(th.TitleSize, true, th.HeadingColor), Alignment: top})
	st.subtitle = style(&excelize.Style{Font: font(th.SubtitleSize, false, th.HeadingColor), Alignment: top})
	st.heading = style(&excelize.Style{Font: font(th.HeadingSize, true, th.HeadingColor), Alignment: top})
	st.body = style(&excelize.Style{Font: font(th.BodySize, false, th.TextColor), Alignment: top})
	st.promise = style(&excelize.Style{Font: font(th.BodySize, true, th.TextColor), Alignment: top, Fill: fill(th.PromiseFill), Border: border})
	st.header = style(&excelize.Style{Font: font(th.TableSize, true, th.TextColor), Alignment: top, Fill: fill(th.HeaderFill), Border: border})
	st.text = style(&excelize.Style{Font: font(th.TableSize, false, th.TextColor), Alignment: top, Border: border})
	for _, s := range r.doc.Statuses {
		st.status = append(st.status, style(&excelize.Style{Font: font(th.TableSize, false, th.TextColor), Alignment: top, Fill: fill(tint(s.Color)), Border: border}))
	}
	flat := &excelize.Alignment{Vertical: "top"}
	// The data sheet's texts wrap, so that it prints legibly on a page's
	// width.
	st.dataHeader = style(&excelize.Style{Font: font(th.TableSize, true, th.TextColor), Alignment: top, Fill: fill(th.HeaderFill)})
	st.dataText = style(&excelize.Style{Font: font(th.TableSize, false, th.TextColor), Alignment: top})
	st.dataNumber = style(&excelize.Style{Font: font(th.TableSize, false, th.TextColor), Alignment: flat, NumFmt: 1})
	st.number = style(&excelize.Style{Font: font(th.TableSize, false, th.TextColor), Alignment: flat, Border: border, NumFmt: 1})
	st.totalText = style(&excelize.Style{Font: font(th.TableSize, true, th.TextColor), Alignment: top, Border: border, Fill: fill(th.HeaderFill)})
	st.link = style(&excelize.Style{Font: &excelize.Font{Family: fontName, Size: th.TableSize, Color: hex(th.LinkColor), Underline: "single"}, Alignment: flat})
	st.totalNumber = style(&excelize.Style{Font: font(th.TableSize, true, th.TextColor), Alignment: flat, Border: border, Fill: fill(th.HeaderFill), NumFmt: 1})
	return err
}

// warn reports a problem once per place and message.
func (r *renderer) warn(pos report.Pos, m msg.Message) {
	key := fmt.Sprintf("%d:%d:%s", pos.Line, pos.Col, m)
	if r.warned[key] {
		return
	}
	r.warned[key] = true
	r.warnings = append(r.warnings, r.doc.Warning(pos, m))
}

// fit keeps s within what an Excel cell holds. excelize would cut a longer
// text silently; here the reader is told.
func (r *renderer) fit(s string, t report.Text) string {
	if len(s) <= maxCellChars { // bytes ≥ UTF-16 units: the common case is cheap
		return s
	}
	units := 0
	for i, c := range s {
		units += len(utf16.Encode([]rune{c}))
		if units > maxCellChars-1 {
			r.warn(t.Pos, msg.New(msg.CellTooLong, maxCellChars))
			return s[:i] + "…"
		}
	}
	return s
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

// newSheet adds a sheet (renaming the first one excelize makes) and sets
// what must be set before it is streamed: fit to page lives in sheetPr,
// which the stream writer writes first.
func (r *renderer) newSheet(name string, first bool) error {
	if first {
		if err := r.f.SetSheetName("Sheet1", name); err != nil {
			return err
		}
	} else if _, err := r.f.NewSheet(name); err != nil {
		return fmt.Errorf("sheet %q: %w", name, err)
	}
	fit := true
	return r.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit})
}

// printSetup prints the sheet's first cols columns on A4 landscape, one
// page wide and as many pages long as it takes, with titleRow repeated on
// every page (none when 0). The addresses linked beside the printed
// columns are in the printed text already.
func (r *renderer) printSetup(sheet string, titleRow, cols int) error {
	th := r.doc.Theme
	size, orient, wide, tall := 9, "landscape", 1, 0 // 9 is A4
	if err := r.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orient, FitToWidth: &wide,
		// Excel's default is 1, which would squeeze the sheet onto one page.
		FitToHeight: &tall,
	}); err != nil {
		return err
	}
	inch := func(mm float64) *float64 {
		v := math.Round(mm/25.4*1000) / 1000
		return &v
	}
	// Header and footer sit halfway into the top and bottom margins.
	if err := r.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Top: inch(th.MarginTop), Bottom: inch(th.MarginBottom),
		Left: inch(th.MarginLeft), Right: inch(th.MarginRight),
		Header: inch(th.MarginTop / 2), Footer: inch(th.MarginBottom / 2),
	}); err != nil {
		return err
	}
	if err := r.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: r.footer()}); err != nil {
		return err
	}
	if err := r.f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Area",
		RefersTo: fmt.Sprintf("%s!$A:$%s", quoteSheet(sheet), colName(cols)),
		Scope:    sheet,
	}); err != nil {
		return err
	}
	if titleRow == 0 {
		return nil
	}
	return r.f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("%s!$%d:$%d", quoteSheet(sheet), titleRow, titleRow),
		Scope:    sheet,
	})
}

// footer is the short title on the left and "Sida &P av &N" on the right,
// as the PDF places them. & starts a code in a footer, so the texts' own
// are doubled.
func (r *renderer) footer() string {
	esc := func(s string) string { return strings.ReplaceAll(s, "&", "&&") }
	page := strings.NewReplacer("{page}", "&P", "{pages}", "&N").Replace(esc(r.doc.Words.PageFooter))
	footer := "&L" + esc(r.doc.Meta.ShortTitle) + "&R" + page
	if len(utf16.Encode([]rune(footer))) > 255 { // Excel's limit
		footer = "&R" + page
	}
	return footer
}

func (r *renderer) properties() error {
	m := r.doc.Meta
	if err := r.f.SetAppProps(&excelize.AppProperties{Application: m.Creator, Company: m.Author}); err != nil {
		return err
	}
	r.f.Pkg.Store("docProps/core.xml", coreXML(m))
	if m.Settled.IsZero() {
		return nil
	}
	// The day the follow-up was settled has no place among the core
	// properties; Excel shows a custom one under File, Info, Properties.
	return r.f.SetCustomProps(excelize.CustomProperty{Name: m.DateProperty, Value: m.Settled})
}
