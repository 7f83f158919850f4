package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
)

// The data sheet's columns, from the template: Löfte nr, Medborgarlöfte,
// Aktivitet nr, Aktivitet, Ansvariga, År, Tertial, Status, Anteckning.
const (
	dataPromise = iota
	dataPromiseText
	dataActivity
	dataActivityText
	dataResponsible
	dataYear
	dataTertial
	dataStatus
	dataNote
	dataCols
)

// dataSheet writes one row per activity and tertial of the report's year
// up to the report's tertial, as an Excel table to sort and filter. Its
// long columns wrap, and the theme's widths let it print at 85 % or more
// on A4 landscape, fitted to the page's width.
func (r *renderer) dataSheet() error {
	d, st, size := r.doc, &r.st, r.doc.Theme.TableSize
	name := d.Workbook.DataSheet
	cols := d.Workbook.DataColumns
	if err := r.newSheet(name, false); err != nil {
		return err
	}
	sw, err := r.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	widths := d.Theme.DataWidths
	var ems [dataCols]float64
	for i, w := range widths {
		ems[i] = textEms(w, size)
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	if err := sw.SetColWidth(dataCols+1, dataCols+linkCols, linkWidth); err != nil {
		return err
	}
	w := &rowWriter{f: r.f, sheet: name, sw: sw, linkCol: dataCols + 1, linkStyle: st.link}
	// The headings wrap, and the table's filter buttons, at the bottom
	// right of each heading, get a line of their own below them.
	header := row{values: make([]any, len(cols))}
	lines := 1
	for i, c := range cols {
		header.values[i] = excelize.Cell{StyleID: st.dataHeader, Value: c}
		lines = max(lines, wrappedLines(c, ems[i], true))
	}
	header.height = min(linesHeight(lines+1, size), maxRowHeight)
	w.put(header)
	rw := row{values: make([]any, len(cols))}
	text := func(col int, s string, t report.Text) {
		s = r.fit(s, t)
		rw.values[col] = excelize.Cell{StyleID: st.dataText, Value: s}
		lines = max(lines, wrappedLines(s, ems[col], false))
		if target := wholeLink(s, ems[col], false); target != "" {
			rw.links = append(rw.links, link{col: col + 1, target: target})
		} else {
			rw.addresses = append(rw.addresses, addressesIn(s, piece{end: len(s)})...)
		}
	}
	number := func(col, v int) { rw.values[col] = excelize.Cell{StyleID: st.dataNumber, Value: v} }
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
				lines, rw.links, rw.addresses = 1, rw.links[:0], rw.addresses[:0]
				number(dataPromise, p.Number)
				text(dataPromiseText, p.Text.S, p.Text)
				number(dataActivity, a.Number)
				text(dataActivityText, a.Text.S, a.Text)
				text(dataResponsible, names, a.Text)
				number(dataYear, c.Tertial.Year)
				number(dataTertial, c.Tertial.N)
				text(dataStatus, word, report.Text{})
				// The cell keeps the whole note; a row taller than Excel
				// allows shows its top, and the report sheet all of it.
				text(dataNote, c.Note.S, c.Note)
				rw.height = min(linesHeight(lines, size), maxRowHeight)
				w.put(rw)
			}
		}
	}
	if w.err != nil {
		return w.err
	}
	last := colName(len(cols))
	if err := sw.AddTable(&excelize.Table{
		Range: fmt.Sprintf("A1:%s%d", last, max(w.n, 2)), Name: tableName, StyleName: "TableStyleLight1",
	}); err != nil {
		return err
	}
	if w.n > 1 {
		if err := r.statusRules(name, fmt.Sprintf("H2:H%d", w.n)); err != nil {
			return err
		}
	}
	if err := r.printSetup(name, 1, dataCols); err != nil {
		return err
	}
	return sw.Flush()
}

// statusRules offers the template's status words in a drop-down list on the
// status column and colours each word's cells as the report sheet does.
func (r *renderer) statusRules(sheet, ref string) error {
	d := r.doc
	words := make([]string, len(d.Statuses))
	for i, s := range d.Statuses {
		words[i] = s.Word
	}
	// The overview's header holds the same words from column B.
	cells := fmt.Sprintf("%s!$B$%d:$%s$%d", quoteSheet(d.Workbook.OverviewSheet), overviewHeader, colName(1+len(words)), overviewHeader)
	if err := statusList(r.f, sheet, ref, words, cells, d.Workbook.DataColumns[dataStatus]); err != nil {
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
