// Package xlsx renders a report.Document as the council's workbook: the
// report as the council reads it, the follow-ups as data to filter, and an
// overview of the statuses with a chart. It is the only package that
// imports excelize.
package xlsx

import (
	"fmt"
	"io"
	"math"
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
	if err := writeBook(w, r.f); err != nil {
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
	s := &styler{f: r.f, th: th}
	style, font, top, border := s.style, s.font, topWrap, s.border()
	st := &r.st
	st.title = style(&excelize.Style{Font: font(th.TitleSize, true, th.HeadingColor), Alignment: top})
	st.subtitle = style(&excelize.Style{Font: font(th.SubtitleSize, false, th.HeadingColor), Alignment: top})
	st.heading = style(&excelize.Style{Font: font(th.HeadingSize, true, th.HeadingColor), Alignment: top})
	st.body = style(&excelize.Style{Font: font(th.BodySize, false, th.TextColor), Alignment: top})
	st.promise = style(&excelize.Style{Font: font(th.BodySize, true, th.TextColor), Alignment: top, Fill: fill(th.PromiseFill), Border: border})
	st.header = style(&excelize.Style{Font: font(th.TableSize, true, th.TextColor), Alignment: top, Fill: fill(th.HeaderFill), Border: border})
	st.text = style(&excelize.Style{Font: font(th.TableSize, false, th.TextColor), Alignment: top, Border: border})
	for _, status := range r.doc.Statuses {
		st.status = append(st.status, style(&excelize.Style{Font: font(th.TableSize, false, th.TextColor), Alignment: top, Fill: fill(tint(status.Color)), Border: border}))
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
	return s.err
}

// warn reports a problem once per place and message.
func (r *renderer) warn(at report.Span, m msg.Message) {
	w := r.doc.Warning(at, m)
	key := w.String()
	if r.warned[key] {
		return
	}
	r.warned[key] = true
	r.warnings = append(r.warnings, w)
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
			r.warn(t.Span, msg.New(msg.CellTooLong, maxCellChars))
			return s[:i] + "…"
		}
	}
	return s
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

// printSetup prints the sheet's first cols columns with the theme's
// margins and the report's footer, titleRow repeated on every page (none
// when 0). The addresses linked beside the printed columns are in the
// printed text already.
func (r *renderer) printSetup(sheet string, titleRow, cols int) error {
	return printSetup(r.f, r.doc.Theme, sheet, page{footer: r.footer(), titleRow: titleRow, cols: cols, margins: true})
}

// footer is the short title on the left and "Sida &P av &N" on the right,
// as the PDF places them.
func (r *renderer) footer() string {
	page := strings.NewReplacer("{page}", "&P", "{pages}", "&N").Replace(footerText(r.doc.Words.PageFooter))
	footer := "&L" + footerText(r.doc.Meta.ShortTitle) + "&R" + page
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
