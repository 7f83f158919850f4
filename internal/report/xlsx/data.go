package xlsx

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
)

// dataSheet writes one row per activity and tertial of the report's year
// up to the report's tertial, as an Excel table to sort and filter.
func (r *renderer) dataSheet() error {
	d, st := r.doc, &r.st
	name := d.Workbook.DataSheet
	// The template's data columns are Löfte nr, Medborgarlöfte, Aktivitet
	// nr, Aktivitet, Ansvariga, År, Tertial, Status, Anteckning, each with
	// its width in the theme.
	cols := d.Workbook.DataColumns
	if err := r.newSheet(name, false); err != nil {
		return err
	}
	sw, err := r.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	widths := append([]float64(nil), d.Theme.DataWidths...)
	for i := range widths {
		// Room for the heading and the table's filter button.
		widths[i] = math.Max(widths[i], float64(utf8.RuneCountInString(cols[i]))+3)
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = excelize.Cell{StyleID: st.dataHeader, Value: c}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	n := 1
	noteWidth := textEms(widths[8], d.Theme.TableSize)
	text := func(s string, t report.Text) excelize.Cell {
		return excelize.Cell{StyleID: st.dataText, Value: r.fit(s, t)}
	}
	number := func(v int) excelize.Cell { return excelize.Cell{StyleID: st.dataNumber, Value: v} }
	values := make([]any, len(cols))
	for _, p := range d.Promises {
		for _, a := range p.Activities {
			names := a.ResponsibleNames()
			for _, c := range a.Cells {
				if !c.Due {
					continue
				}
				word := ""
				if c.Status != nil {
					word = c.Status.Word
				}
				values[0], values[1] = number(p.Number), text(p.Text.S, p.Text)
				values[2], values[3] = number(a.Number), text(a.Text.S, a.Text)
				values[4] = text(names, a.Text)
				values[5], values[6] = number(d.Year), number(c.Tertial)
				values[7] = text(word, report.Text{})
				note := r.fit(c.Note.S, c.Note)
				values[8] = excelize.Cell{StyleID: st.dataNote, Value: note}
				// Only the note may hold line breaks, and LibreOffice draws
				// them even in a cell that does not wrap, over the rows
				// below: the note wraps, and its row is made tall enough.
				var opts []excelize.RowOpts
				if note != "" {
					opts = append(opts, excelize.RowOpts{Height: r.height(wrappedLines(note, noteWidth, false), d.Theme.TableSize, c.Note)})
				}
				n++
				if err := sw.SetRow(cellName(1, n), values, opts...); err != nil {
					return err
				}
			}
		}
	}
	last := colName(len(cols))
	if err := sw.AddTable(&excelize.Table{
		Range: fmt.Sprintf("A1:%s%d", last, max(n, 2)), Name: tableName, StyleName: "TableStyleLight1",
	}); err != nil {
		return err
	}
	if n > 1 {
		if err := r.statusRules(name, fmt.Sprintf("H2:H%d", n)); err != nil {
			return err
		}
	}
	if err := r.printSetup(name, 1); err != nil {
		return err
	}
	return sw.Flush()
}

// statusRules offers the template's status words in a drop-down list on the
// status column and colours each word's cells as the report sheet does.
func (r *renderer) statusRules(sheet, ref string) error {
	d := r.doc
	words := make([]string, len(d.Statuses))
	list := true
	for i, s := range d.Statuses {
		words[i] = s.Word
		// A comma would split a word in two in a literal list.
		list = list && !strings.Contains(s.Word, ",")
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = ref
	if !list || dv.SetDropList(words) != nil {
		// The overview sheet's header holds the same words from column C.
		dv.SetSqrefDropList(fmt.Sprintf("%s!$C$1:$%s$1", quoteSheet(d.Workbook.OverviewSheet), colName(2+len(words))))
	}
	if err := r.f.AddDataValidation(sheet, dv); err != nil {
		return err
	}
	var rules []excelize.ConditionalFormatOptions
	for _, s := range d.Statuses {
		id, err := r.f.NewConditionalStyle(&excelize.Style{
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{tint(s.Color)}},
		})
		if err != nil {
			return err
		}
		rules = append(rules, excelize.ConditionalFormatOptions{
			Type: "cell", Criteria: "==", Format: &id,
			Value: `"` + strings.ReplaceAll(s.Word, `"`, `""`) + `"`,
		})
	}
	return r.f.SetConditionalFormat(sheet, ref, rules)
}

// overviewSheet counts, per promise, the activities in each status at the
// report's tertial, and charts the counts. It is small, so it is written
// cell by cell, which also lets excelize place the chart by the rows'
// real heights.
func (r *renderer) overviewSheet() error {
	d, th, st, f := r.doc, r.doc.Theme, &r.st, r.f
	name := d.Workbook.OverviewSheet
	if err := r.newSheet(name, false); err != nil {
		return err
	}
	words := []string{}
	for _, s := range d.Statuses {
		words = append(words, s.Word)
	}
	words = append(words, d.Words.NoStatus)
	// Column A numbers the promises, short enough to label the chart;
	// column B has their text.
	const textWidth = 50
	if err := f.SetColWidth(name, "A", "A", 8); err != nil {
		return err
	}
	if err := f.SetColWidth(name, "B", "B", textWidth); err != nil {
		return err
	}
	header := []string{d.Workbook.DataColumns[0], d.Workbook.OverviewPromise}
	header = append(header, words...)
	header = append(header, d.Workbook.OverviewTotal)
	lastCol := colName(len(header))
	hLines := 1
	for i, h := range header {
		if i >= 2 {
			w := math.Max(10, float64(utf8.RuneCountInString(h))*0.7+3)
			if err := f.SetColWidth(name, colName(i+1), colName(i+1), w); err != nil {
				return err
			}
			hLines = max(hLines, wrappedLines(h, textEms(w, th.TableSize), true))
		}
		if err := f.SetCellValue(name, cellName(i+1, 1), h); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(name, "A1", lastCol+"1", st.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, 1, r.height(hLines, th.TableSize, report.Text{})); err != nil {
		return err
	}
	totals := make([]int, len(words))
	most := 0
	for i, p := range d.Promises {
		n := i + 2
		line := []any{p.Number, r.fit(p.Text.S, p.Text)}
		sum := 0
		for k, c := range p.Counts {
			line = append(line, c)
			sum += c
			if k < len(totals) {
				totals[k] += c
			}
		}
		line = append(line, sum)
		most = max(most, sum)
		if err := f.SetSheetRow(name, cellName(1, n), &line); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellName(1, n), cellName(len(header), n), st.number); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellName(2, n), cellName(2, n), st.text); err != nil {
			return err
		}
		lines := wrappedLines(line[1].(string), textEms(textWidth, th.TableSize), false)
		if err := f.SetRowHeight(name, n, r.height(lines, th.TableSize, p.Text)); err != nil {
			return err
		}
	}
	totalRow := len(d.Promises) + 2
	line := []any{nil, d.Workbook.OverviewTotal}
	sum := 0
	for _, c := range totals {
		line = append(line, c)
		sum += c
	}
	line = append(line, sum)
	if err := f.SetSheetRow(name, cellName(1, totalRow), &line); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, cellName(1, totalRow), cellName(len(header), totalRow), st.totalNumber); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, cellName(2, totalRow), cellName(2, totalRow), st.totalText); err != nil {
		return err
	}
	if err := f.SetPanes(name, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	if len(d.Promises) > 0 {
		if err := r.chart(name, words, totalRow-1, most); err != nil {
			return err
		}
	}
	return r.printSetup(name, 1)
}

// chart stacks, per promise, the activities in each status. lastRow is the
// last promise's row; most is the largest number of activities of one
// promise and sets the axis' step so that it stays whole numbers.
func (r *renderer) chart(sheet string, words []string, lastRow, most int) error {
	d := r.doc
	ref := func(col, from, to int) string {
		return fmt.Sprintf("%s!$%s$%d:$%s$%d", quoteSheet(sheet), colName(col), from, colName(col), to)
	}
	var series []excelize.ChartSeries
	for i := range words {
		color := hex(d.Theme.NoStatusColor)
		if i < len(d.Statuses) {
			color = hex(d.Statuses[i].Color)
		}
		col := 3 + i
		series = append(series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$1", quoteSheet(sheet), colName(col)),
			Categories: ref(1, 2, lastRow),
			Values:     ref(col, 2, lastRow),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
		})
	}
	title := d.Workbook.ChartTitle
	text := func(s string) excelize.ChartTitle {
		return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: s, Font: &excelize.Font{Family: fontName, Color: hex(d.Theme.TextColor)}}}}
	}
	// excelize's default axis labels are a light grey that is hard to read.
	labels := excelize.Font{Family: fontName, Size: 9, Color: hex(d.Theme.TextColor)}
	gap := uint(60)
	chart := &excelize.Chart{
		Type:      excelize.ColStacked,
		Series:    series,
		Title:     text(title),
		Legend:    excelize.ChartLegend{Position: "bottom", Font: &labels},
		Dimension: excelize.ChartDimension{Width: uint(min(1600, 480+40*(lastRow-1))), Height: 360},
		Format:    excelize.GraphicOptions{AltText: title, OffsetY: 10},
		XAxis:     excelize.ChartAxis{Title: text(d.Workbook.DataColumns[0]), Font: labels},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, MajorUnit: math.Max(1, math.Ceil(float64(most)/10)), Font: labels},
		GapWidth:  &gap,
	}
	if title == "" {
		chart.Title = excelize.ChartTitle{}
	}
	return r.f.AddChart(sheet, cellName(1, lastRow+3), chart)
}
