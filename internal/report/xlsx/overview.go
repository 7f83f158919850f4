package xlsx

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
)

// The overview's rows: the summary's heading, its caption, then the
// table's header and a row for each promise.
const (
	overviewHeading = 1
	overviewCaption = 2
	overviewHeader  = 3
)

// The overview's first columns: the promise shortened, which labels the
// chart, and its whole text. With the counts' columns they print at 85 %
// or more on A4 landscape.
const (
	overviewLabelWidth = 32.0
	overviewTextWidth  = 36.0
	// labelRunes is about the longest label the chart's axis shows whole.
	labelRunes = 40
)

// overviewSheet is the document's summary: per promise, the activities in
// each status at the report's tertial, the same numbers as the PDF's and
// the page's, and a chart of them. It is small, so it is written cell by
// cell, which also lets excelize place the chart by the rows' real
// heights.
func (r *renderer) overviewSheet() error {
	d, sum := r.doc, r.doc.Summary
	name := d.Workbook.OverviewSheet
	if err := r.newSheet(name, false); err != nil {
		return err
	}
	header := append([]string{d.Workbook.OverviewLabel}, sum.Columns...)
	widths, err := r.overviewColumns(name, header)
	if err != nil {
		return err
	}
	if err := r.overviewTop(name, header, widths); err != nil {
		return err
	}
	n := overviewHeader
	for _, row := range sum.Rows {
		n++
		if err := r.overviewRow(name, n, row, widths, false); err != nil {
			return err
		}
	}
	n++
	if err := r.overviewRow(name, n, sum.Total, widths, true); err != nil {
		return err
	}
	below := cellName(1, overviewHeader+1)
	if err := r.f.SetPanes(name, &excelize.Panes{
		Freeze: true, YSplit: overviewHeader, TopLeftCell: below, ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: below, ActiveCell: below, Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	if len(sum.Rows) > 0 {
		most := 0
		for _, row := range sum.Rows {
			most = max(most, row.Total)
		}
		// excelize places a chart by its own measure of a column, 8
		// pixels a unit, rounded.
		px := 0.0
		for _, w := range widths {
			px += math.Round(w * digitPx)
		}
		if err := r.chart(name, sum.Columns[1:len(sum.Columns)-1], n-1, most, px-1); err != nil {
			return err
		}
	}
	return r.printSetup(name, overviewHeader)
}

// overviewColumns sets the columns' widths: a count's column is as wide as
// the longest word of its heading, which wraps between words.
func (r *renderer) overviewColumns(sheet string, header []string) ([]float64, error) {
	widths := []float64{overviewLabelWidth, overviewTextWidth}
	for _, h := range header[2:] {
		w := 8.0
		for _, word := range strings.Fields(h) {
			w = math.Max(w, math.Ceil(float64(utf8.RuneCountInString(word))*0.8+2))
		}
		widths = append(widths, w)
	}
	for i, w := range widths {
		if err := r.f.SetColWidth(sheet, colName(i+1), colName(i+1), w); err != nil {
			return nil, err
		}
	}
	return widths, nil
}

// overviewTop writes the summary's heading and caption across the table's
// width, and the table's header.
func (r *renderer) overviewTop(sheet string, header []string, widths []float64) error {
	d, th, st, f := r.doc, r.doc.Theme, &r.st, r.f
	total := 0.0
	for _, w := range widths {
		total += w
	}
	last := len(header)
	for _, line := range []struct {
		row   int
		text  string
		style int
		size  float64
		bold  bool
	}{
		{overviewHeading, d.Summary.Heading, st.heading, th.HeadingSize, true},
		{overviewCaption, d.Summary.Caption, st.body, th.BodySize, false},
	} {
		if err := r.setRow(sheet, line.row, []any{line.text}, line.style); err != nil {
			return err
		}
		if err := f.MergeCell(sheet, cellName(1, line.row), cellName(last, line.row)); err != nil {
			return err
		}
		lines := wrappedLines(line.text, textEms(total, line.size), line.bold)
		if err := f.SetRowHeight(sheet, line.row, min(linesHeight(lines, line.size), maxRowHeight)); err != nil {
			return err
		}
	}
	values := make([]any, len(header))
	lines := 1
	for i, h := range header {
		values[i] = h
		lines = max(lines, wrappedLines(h, textEms(widths[i], th.TableSize), true))
	}
	if err := r.setRow(sheet, overviewHeader, values, st.header); err != nil {
		return err
	}
	return f.SetRowHeight(sheet, overviewHeader, min(linesHeight(lines, th.TableSize), maxRowHeight))
}

// overviewRow writes one promise's counts, or the total's, at row n.
func (r *renderer) overviewRow(sheet string, n int, row report.SummaryRow, widths []float64, total bool) error {
	th, st, f := r.doc.Theme, &r.st, r.f
	text := r.fit(row.Label, report.Text{})
	values := []any{nil, text}
	if !total {
		values[0] = shorten(strconv.Itoa(row.Number)+". "+text, labelRunes)
	}
	for _, c := range row.Counts {
		values = append(values, c)
	}
	values = append(values, row.Total)
	textStyle, numberStyle := st.text, st.number
	if total {
		textStyle, numberStyle = st.totalText, st.totalNumber
	}
	if err := r.setRow(sheet, n, values, numberStyle); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, cellName(1, n), cellName(2, n), textStyle); err != nil {
		return err
	}
	if target := onlyLink(text, piece{end: len(text)}); target != "" {
		tip := target
		if err := f.SetCellHyperLink(sheet, cellName(2, n), target, "External", excelize.HyperlinkOpts{Tooltip: &tip}); err != nil {
			return err
		}
	}
	lines := wrappedLines(text, textEms(widths[1], th.TableSize), total)
	if label, ok := values[0].(string); ok {
		lines = max(lines, wrappedLines(label, textEms(widths[0], th.TableSize), false))
	}
	return f.SetRowHeight(sheet, n, min(linesHeight(lines, th.TableSize), maxRowHeight))
}

// setRow writes values from column A of row n, in style.
func (r *renderer) setRow(sheet string, n int, values []any, style int) error {
	if err := r.f.SetSheetRow(sheet, cellName(1, n), &values); err != nil {
		return err
	}
	return r.f.SetCellStyle(sheet, cellName(1, n), cellName(len(values), n), style)
}

// shorten keeps the first words of s, up to about most characters, and
// marks what is left out with "…". The whole text is in the next column.
func shorten(s string, most int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= most {
		return s
	}
	runes := []rune(s)[:most]
	cut := len(runes)
	// End at a word's end when one is not too far back.
	for i := len(runes) - 1; i >= most*2/3; i-- {
		if runes[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(runes[:cut]), " ,;:.-–") + "…"
}

// chart stacks, per promise, the activities in each status. words are the
// statuses' and no status's; lastRow is the last promise's row; most is
// the largest number of activities of one promise and sets the axis' step
// so that it stays whole numbers. The categories are the promises'
// shortened texts, which the axis names them by. The chart is as wide as
// the table, width pixels, so that it prints as large.
func (r *renderer) chart(sheet string, words []string, lastRow, most int, width float64) error {
	d := r.doc
	first := overviewHeader + 1
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
			Name:       fmt.Sprintf("%s!$%s$%d", quoteSheet(sheet), colName(col), overviewHeader),
			Categories: ref(1, first, lastRow),
			Values:     ref(col, first, lastRow),
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
		Dimension: excelize.ChartDimension{Width: uint(width), Height: 420},
		Format:    excelize.GraphicOptions{AltText: title, OffsetY: 10},
		XAxis:     excelize.ChartAxis{Font: labels},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, MajorUnit: math.Max(1, math.Ceil(float64(most)/10)), Font: labels},
		GapWidth:  &gap,
	}
	if title == "" {
		chart.Title = excelize.ChartTitle{}
	}
	return r.f.AddChart(sheet, cellName(1, lastRow+3), chart)
}
