package xlsx

import (
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
)

// The fill-in workbook is what collect writes for the colleagues who
// report a tertial's notes: one row per activity, with a status to choose
// and a note to write, and everything else locked. A hidden key on each
// row ties it to its activity wherever the row is moved, and a hidden
// sheet ties the workbook to its source and tertial. ReadFillIn
// (fillin_read.go) reads the answers back for import.

// FillIn is a fill-in workbook to write.
type FillIn struct {
	Source   *report.Source
	Template *report.Template
	Tertial  report.Tertial
	// Party is who the workbook is for, as the source names them, when it
	// holds only their activities; "" for all.
	Party      string
	Activities []report.ActivityRef
	Created    time.Time // the date in its properties
}

// The fill-in sheet's columns, from A.
const (
	colPromise = iota + 1
	colActivity
	colResponsible
	colPreviousStatus
	colPreviousNote
	colStatus
	colNote
	colKey
	fillInCols = colKey
)

// fillInWidths are the columns' widths in characters.
var fillInWidths = [fillInCols]float64{28, 42, 16, 13, 34, 16, 56, 12}

// lockedCols are the columns a row key keeps a hash of, to tell when one
// of them was edited.
var lockedCols = []int{colPromise, colActivity, colResponsible, colPreviousStatus, colPreviousNote}

// keyVersion starts every row key and the meta sheet's format.
const keyVersion = "uppfoljning-underlag-1"

// Rows of the meta sheet, as label and value in columns A and B; the
// status words follow in column D, for the drop-down list.
var metaRows = []string{"format", "source", "municipality", "period", "title", "tertial", "party"}

// WriteFillIn writes the fill-in workbook to w. The same source, tertial
// and date give the same bytes.
func WriteFillIn(w io.Writer, fi FillIn) error {
	f := excelize.NewFile()
	defer f.Close()
	fw := &fillInWriter{fi: fi, f: f, words: fi.Template.FillIn}
	if err := fw.write(); err != nil {
		return fmt.Errorf("fill-in workbook: %w", err)
	}
	if err := writeBook(w, f); err != nil {
		return fmt.Errorf("fill-in workbook: %w", err)
	}
	return nil
}

type fillInWriter struct {
	fi    FillIn
	f     *excelize.File
	words report.FillInWords
	// styles
	header, locked, input, inputText, titleStyle, help int
}

func (fw *fillInWriter) write() error {
	if err := fw.styles(); err != nil {
		return err
	}
	if err := fw.f.SetDefaultFont(fontName); err != nil {
		return err
	}
	if err := fw.f.SetSheetName("Sheet1", fw.words.Sheet); err != nil {
		return err
	}
	for _, name := range []string{fw.words.HelpSheet, report.FillInMetaSheet} {
		if _, err := fw.f.NewSheet(name); err != nil {
			return err
		}
	}
	for _, sheet := range []func() error{fw.rows, fw.helpSheet, fw.metaSheet, fw.properties} {
		if err := sheet(); err != nil {
			return err
		}
	}
	return nil
}

func (fw *fillInWriter) styles() error {
	th := fw.fi.Template.Theme
	s := &styler{f: fw.f, th: th}
	style, border, top := s.style, s.border(), topWrap
	font := func(bold bool) *excelize.Font { return s.font(th.TableSize, bold, th.TextColor) }
	unlocked := &excelize.Protection{Locked: false}
	fw.header = style(&excelize.Style{Font: font(true), Alignment: top, Fill: fill(th.HeaderFill), Border: border})
	fw.locked = style(&excelize.Style{Font: font(false), Alignment: top, Border: border})
	fw.input = style(&excelize.Style{Font: font(false), Alignment: top, Border: border, Fill: fill(th.InputFill), Protection: unlocked})
	// Text format: Excel keeps "2020-03-09" and "012" as they are typed.
	fw.inputText = style(&excelize.Style{Font: font(false), Alignment: top, Border: border, Fill: fill(th.InputFill), Protection: unlocked, NumFmt: 49})
	fw.titleStyle = style(&excelize.Style{Font: s.font(th.HeadingSize, true, th.HeadingColor), Alignment: top})
	fw.help = style(&excelize.Style{Font: s.font(th.BodySize, false, th.TextColor), Alignment: top})
	return s.err
}

// rowValues are the texts of an activity's row for a tertial, by column.
func rowValues(src *report.Source, tpl *report.Template, t report.Tertial, r report.ActivityRef) [fillInCols + 1]string {
	a := src.Activity(r)
	var v [fillInCols + 1]string
	v[colPromise] = src.Promises[r.Promise].Text.S
	v[colActivity] = a.Text.S
	v[colResponsible] = report.JoinNames(a.Responsible)
	status := func(f *report.Followup) string {
		if f == nil {
			return ""
		}
		return tpl.Statuses.Word(f.Status)
	}
	note := func(f *report.Followup) string {
		if f == nil {
			return ""
		}
		return report.NormalizeNote(f.NoteRaw)
	}
	prev := a.Followup(t.Prev())
	v[colPreviousStatus], v[colPreviousNote] = status(prev), note(prev)
	cur := a.Followup(t)
	v[colStatus], v[colNote] = status(cur), note(cur)
	v[colKey] = rowKey(r, v)
	return v
}

// rowKey ties a row to its activity: its place in the source, and a hash of
// each locked cell as written, to tell when one is changed.
func rowKey(r report.ActivityRef, v [fillInCols + 1]string) string {
	parts := []string{keyVersion, strconv.Itoa(r.Promise + 1), strconv.Itoa(r.Activity + 1)}
	for _, c := range lockedCols {
		parts = append(parts, cellHash(v[c]))
	}
	return strings.Join(parts, "|")
}

// cellHash is a short hash of a cell's text.
func cellHash(s string) string {
	h := fnv.New32a()
	h.Write([]byte(s))
	return fmt.Sprintf("%08x", h.Sum32())
}

// inputHeading is the heading of an input column (the template's Status
// or Kommentar) named after the tertial it asks about: "Status tertial 3
// 2025", in the words the previous tertial's columns are named with. A
// reader finds the column by this heading, or by the word alone, as
// workbooks made before the tertial was named have it.
func inputHeading(tpl *report.Template, word string, t report.Tertial) string {
	return word + " " + tpl.Fill(tpl.FillIn.Previous, t)
}

func (fw *fillInWriter) rows() error {
	f, sheet, words := fw.f, fw.words.Sheet, fw.words
	previous := fw.fi.Template.Fill(words.Previous, fw.fi.Tertial.Prev())
	prevWord := func(s string) string { return strings.ReplaceAll(s, "{previous}", previous) }
	headers := [fillInCols + 1]string{colPromise: words.Promise, colActivity: words.Activity, colResponsible: words.Responsible,
		colPreviousStatus: prevWord(words.PreviousStatus), colPreviousNote: prevWord(words.PreviousNote),
		colStatus: inputHeading(fw.fi.Template, words.Status, fw.fi.Tertial), colNote: inputHeading(fw.fi.Template, words.Note, fw.fi.Tertial),
		colKey: words.Key}
	size := fw.fi.Template.Theme.TableSize
	headerLines := 1
	for c := 1; c <= fillInCols; c++ {
		if err := f.SetColWidth(sheet, colName(c), colName(c), fillInWidths[c-1]); err != nil {
			return err
		}
		if err := f.SetCellStr(sheet, cellName(c, 1), headers[c]); err != nil {
			return err
		}
		headerLines = max(headerLines, wrappedLines(headers[c], textEms(fillInWidths[c-1], size), true))
	}
	if err := f.SetCellStyle(sheet, "A1", cellName(fillInCols, 1), fw.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, 1, linesHeight(headerLines, size)); err != nil {
		return err
	}
	for i, r := range fw.fi.Activities {
		n := i + 2
		v := rowValues(fw.fi.Source, fw.fi.Template, fw.fi.Tertial, r)
		lines := 1
		for c := 1; c <= fillInCols; c++ {
			if err := setText(f, sheet, cellName(c, n), v[c]); err != nil {
				return err
			}
			if c != colKey {
				lines = max(lines, wrappedLines(v[c], textEms(fillInWidths[c-1], size), false))
			}
		}
		for _, s := range []struct{ from, to, style int }{
			{colPromise, colPreviousNote, fw.locked}, {colStatus, colStatus, fw.input}, {colNote, colNote, fw.inputText}, {colKey, colKey, fw.locked},
		} {
			if err := f.SetCellStyle(sheet, cellName(s.from, n), cellName(s.to, n), s.style); err != nil {
				return err
			}
		}
		// Room for two more lines to write in; Excel's largest row at most.
		if err := f.SetRowHeight(sheet, n, min(linesHeight(lines+2, size), maxRowHeight)); err != nil {
			return err
		}
	}
	last := len(fw.fi.Activities) + 1
	if err := f.SetColVisible(sheet, colName(colKey), false); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: cellName(colStatus, 2), ActiveCell: cellName(colStatus, 2), Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	if last > 1 {
		if err := f.AutoFilter(sheet, fmt.Sprintf("A1:%s%d", colName(colNote), last), nil); err != nil {
			return err
		}
		if err := fw.statusList(fmt.Sprintf("%s2:%s%d", colName(colStatus), colName(colStatus), last)); err != nil {
			return err
		}
	}
	if err := fw.printSetup(sheet); err != nil {
		return err
	}
	// A guard against slips, not security: no password.
	return f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		AutoFilter: true, FormatColumns: true, FormatRows: true, SelectLockedCells: true, SelectUnlockedCells: true,
	})
}

// statusList offers the template's statuses in a drop-down list; the meta
// sheet holds them too, for a word with a comma.
func (fw *fillInWriter) statusList(ref string) error {
	words := fw.fi.Template.Statuses.Words()
	cells := fmt.Sprintf("%s!$D$1:$D$%d", quoteSheet(report.FillInMetaSheet), len(words))
	return statusList(fw.f, fw.words.Sheet, ref, words, cells, fw.words.Status)
}

// printSetup prints the sheet with the title on the left and "1 / 3" on
// the right of the footer, and the column headings on every page.
func (fw *fillInWriter) printSetup(sheet string) error {
	fit := true
	if err := fw.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	title := footerText(fw.title())
	if len(title) > 200 {
		title = ""
	}
	return printSetup(fw.f, fw.fi.Template.Theme, sheet, page{footer: "&L" + title + "&R&P / &N", titleRow: 1})
}

func (fw *fillInWriter) title() string {
	return fw.fi.Template.Fill(fw.words.Title, fw.fi.Tertial, "municipality", fw.fi.Source.Municipality.S)
}

// helpSheet says, in the template's words, how to fill in and send back.
func (fw *fillInWriter) helpSheet() error {
	f, sheet := fw.f, fw.words.HelpSheet
	if err := f.SetColWidth(sheet, "A", "A", 110); err != nil {
		return err
	}
	lines := append([]string{fw.title(), ""}, fw.words.Help...)
	for i, line := range lines {
		cell := cellName(1, i+1)
		if err := setText(f, sheet, cell, line); err != nil {
			return err
		}
		style, size := fw.help, fw.fi.Template.Theme.BodySize
		if i == 0 {
			style, size = fw.titleStyle, fw.fi.Template.Theme.HeadingSize
		}
		if err := f.SetCellStyle(sheet, cell, cell, style); err != nil {
			return err
		}
		if line != "" {
			if err := f.SetRowHeight(sheet, i+1, linesHeight(wrappedLines(line, textEms(110, size), i == 0), size)); err != nil {
				return err
			}
		}
	}
	// Printed as it is shown: on A4 landscape, one page wide, inside the
	// theme's margins. Without a page setup a program prints it on its
	// default portrait page, where the wide column is cut off.
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return printSetup(f, fw.fi.Template.Theme, sheet, page{margins: true})
}

// metaSheet ties the workbook to its source and tertial, and lists the
// statuses for the drop-down list. It is hidden.
func (fw *fillInWriter) metaSheet() error {
	f, sheet, src := fw.f, report.FillInMetaSheet, fw.fi.Source
	values := map[string]string{
		"format": keyVersion, "source": src.Stem(), "municipality": src.Municipality.S, "period": src.Period.S,
		"title": src.Title.S, "tertial": fw.fi.Tertial.String(), "party": fw.fi.Party,
	}
	for i, label := range metaRows {
		if err := f.SetCellStr(sheet, cellName(1, i+1), label); err != nil {
			return err
		}
		if err := setText(f, sheet, cellName(2, i+1), values[label]); err != nil {
			return err
		}
	}
	for i, w := range fw.fi.Template.Statuses.Words() {
		if err := f.SetCellStr(sheet, cellName(4, i+1), w); err != nil {
			return err
		}
	}
	if err := f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{SelectLockedCells: true}); err != nil {
		return err
	}
	return f.SetSheetVisible(sheet, false)
}

func (fw *fillInWriter) properties() error {
	if err := fw.f.SetAppProps(&excelize.AppProperties{Application: fw.fi.Template.Creator, Company: fw.fi.Source.Municipality.S}); err != nil {
		return err
	}
	fw.f.Pkg.Store("docProps/core.xml", coreXML(report.Meta{
		Title: fw.title(), Author: fw.fi.Source.Municipality.S, Creator: fw.fi.Template.Creator,
		Language: fw.fi.Template.Language, Created: fw.fi.Created,
	}))
	return nil
}
