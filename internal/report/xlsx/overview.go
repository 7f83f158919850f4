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

// overviewTextWidth is the promise's column: the table's labels, which
// the chart names its bars by. With the counts' columns it prints at 85 %
// or more on A4 landscape.
const overviewTextWidth = 48.0

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
	header := sum.Columns
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
	if err := r.f.SetColWidth(name, colName(len(header)+1), colName(len(header)+linkCols), linkWidth); err != nil {
		return err
	}
	// The table is short and the chart follows it: no row repeats on the
	// printed pages, where it would stand above the chart.
	return r.printSetup(name, 0, len(header))
}

// overviewColumns sets the columns' widths: a count's column is as wide as
// the longest word of its heading, which wraps between words.
func (r *renderer) overviewColumns(sheet string, header []string) ([]float64, error) {
	widths := []float64{overviewTextWidth}
	for _, h := range header[1:] {
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
	values := []any{text}
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
	if err := f.SetCellStyle(sheet, cellName(1, n), cellName(1, n), textStyle); err != nil {
		return err
	}
	width := textEms(widths[0], th.TableSize)
	if err := r.linkCell(sheet, n, len(values)+1, text, width, total); err != nil {
		return err
	}
	lines := wrappedLines(text, width, total)
	return f.SetRowHeight(sheet, n, min(linesHeight(lines, th.TableSize), maxRowHeight))
}

// linkCell links the text of row n's first cell: the cell itself when it
// is one address that fits on a line, or else each of its addresses in a
// cell of its own from column linkCol, beside the printed columns.
func (r *renderer) linkCell(sheet string, n, linkCol int, text string, width float64, bold bool) error {
	f := r.f
	if target := wholeLink(text, width, bold); target != "" {
		return f.SetCellHyperLink(sheet, cellName(1, n), target, "External", excelize.HyperlinkOpts{Tooltip: &target})
	}
	for i, a := range addressesIn(text, piece{end: len(text)}) {
		cell := cellName(linkCol+i, n)
		if err := f.SetCellStr(sheet, cell, a.text); err != nil {
			return err
		}
		if err := f.SetCellStyle(sheet, cell, cell, r.st.link); err != nil {
			return err
		}
		target := a.target
		if err := f.SetCellHyperLink(sheet, cell, target, "External", excelize.HyperlinkOpts{Tooltip: &target}); err != nil {
			return err
		}
	}
	return nil
}

// setRow writes values from column A of row n, in style.
func (r *renderer) setRow(sheet string, n int, values []any, style int) error {
	if err := r.f.SetSheetRow(sheet, cellName(1, n), &values); err != nil {
		return err
	}
	return r.f.SetCellStyle(sheet, cellName(1, n), cellName(len(values), n), style)
}

// chart stacks, per promise, the activities in each status. words are the
// statuses' and no status's; lastRow is the last promise's row; most is
// the largest number of activities of one promise and sets the axis' step
// so that it stays whole numbers. The categories are the table's own
// labels, the promises' texts. Each bar carries its number, in white on a
// dark fill, so that the greys need not be told apart by shade; a zero
// has no label. The chart is as wide as the table, width pixels, so that
// it prints as large.
func (r *renderer) chart(sheet string, words []string, lastRow, most int, width float64) error {
	d := r.doc
	first := overviewHeader + 1
	ref := func(col, from, to int) string {
		return fmt.Sprintf("%s!$%s$%d:$%s$%d", quoteSheet(sheet), colName(col), from, colName(col), to)
	}
	var series []excelize.ChartSeries
	for i := range words {
		color := d.Theme.NoStatusColor
		if i < len(d.Statuses) {
			color = d.Statuses[i].Color
		}
		col := 2 + i
		series = append(series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$%d", quoteSheet(sheet), colName(col), overviewHeader),
			Categories: ref(1, first, lastRow),
			Values:     ref(col, first, lastRow),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{hex(color)}},
			DataLabel:  excelize.ChartDataLabel{Font: excelize.Font{Family: fontName, Size: 9, Bold: true, Color: labelColor(color, d.Theme.TextColor)}},
			// Centred in its bar.
			DataLabelPosition: excelize.ChartDataLabelsPositionCenter,
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
		// The numbers on the bars; "0;;;" leaves zeros out.
		PlotArea: excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0;;;"}},
		GapWidth: &gap,
	}
	if title == "" {
		chart.Title = excelize.ChartTitle{}
	}
	return r.f.AddChart(sheet, cellName(1, lastRow+3), chart)
}

// labelColor is white on a dark fill and the text's colour on a light
// one: whichever contrasts more with the fill. By WCAG's relative
// luminance the two contrast alike at about 0.2.
func labelColor(fill, text string) string {
	if luminance(fill) < 0.2 {
		return "FFFFFF"
	}
	return hex(text)
}

// luminance is a "#RRGGBB" colour's relative luminance, 0 black to 1 white.
func luminance(c string) float64 {
	v, err := strconv.ParseUint(hex(c), 16, 32)
	if err != nil {
		return 1
	}
	lin := func(ch uint64) float64 {
		x := float64(ch&0xFF) / 255
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(v>>16) + 0.7152*lin(v>>8) + 0.0722*lin(v)
}
