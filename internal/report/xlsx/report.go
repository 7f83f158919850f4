package xlsx

import (
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
)

// reportWidths gives the report sheet's columns in character units: the
// document's shares of the width that A4 landscape leaves between the
// margins, so that Excel prints the sheet at about 100 % and fit-to-width
// has little to shrink. (LibreOffice takes a character unit as wider and
// prints it at about 87 %; the reader tests measure it.) As in the PDF, a
// tertial after the report's is narrow.
func (r *renderer) reportWidths() [reportCols]float64 {
	th := r.doc.Theme
	px := (297 - th.MarginLeft - th.MarginRight) / 25.4 * 96
	total := math.Floor(px/digitPx) - 2 // each column adds a pixel or so of its own
	var w [reportCols]float64
	for i, share := range r.doc.Shares {
		w[i] = math.Round(total*share*4) / 4
	}
	return w
}

// reportSheet writes the report as the council reads it.
func (r *renderer) reportSheet() error {
	d, th, st := r.doc, r.doc.Theme, &r.st
	name := d.Workbook.ReportSheet
	if err := r.newSheet(name, true); err != nil {
		return err
	}
	widths := r.reportWidths()
	intro := r.introRows(widths)
	header := r.headerRow(widths)
	sw, err := r.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetColWidth(reportCols+1, reportCols+linkCols, linkWidth); err != nil {
		return err
	}
	// The panes are frozen below the first table's header when what lies
	// above is short enough. No row repeats on printed pages: each table
	// has its header, and a repeated one would stand above the signatures.
	if len(d.Promises) > 0 {
		promise := r.block(r.promiseText(d.Promises[0]), st.promise, th.BodySize, true, widths)
		headerRow := len(intro) + 1 + len(promise) + 1 // spacer, promise, header
		if err := r.freeze(sw, append(intro, promise...), header, headerRow); err != nil {
			return err
		}
	}
	w := &rowWriter{f: r.f, sheet: name, sw: sw, linkCol: reportCols + 1, linkStyle: st.link}
	w.put(intro...)
	for _, p := range d.Promises {
		w.put(row{})
		w.put(r.block(r.promiseText(p), st.promise, th.BodySize, true, widths)...)
		w.put(header)
		for _, a := range p.Activities {
			w.put(r.activityRows(a, widths)...)
		}
	}
	if len(d.Signatories) > 0 {
		w.put(row{})
		w.put(r.block(report.Text{S: d.Words.SignaturesHeading}, st.heading, th.HeadingSize, true, widths)...)
		for _, s := range d.Signatories {
			w.put(r.signatoryRows(s, widths)...)
		}
	}
	if w.err != nil {
		return w.err
	}
	if err := r.printSetup(name, 0, reportCols); err != nil {
		return err
	}
	return sw.Flush()
}

// block is a paragraph across the whole width, in as many rows as it
// takes.
func (r *renderer) block(t report.Text, style int, size float64, bold bool, widths [reportCols]float64) []row {
	total := 0.0
	for _, w := range widths {
		total += w
	}
	cell := cellText{text: t.S, src: t, style: style, span: reportCols, width: textEms(total, size), bold: bold}
	return r.layRow([]cellText{cell}, size, "")
}

// introRows are the rows above the tables: the title and the date, the
// introduction and the list of promises.
func (r *renderer) introRows(widths [reportCols]float64) []row {
	d, th, st := r.doc, r.doc.Theme, &r.st
	var rows []row
	add := func(t report.Text, style int, size float64, bold bool) {
		if strings.TrimSpace(t.S) != "" {
			rows = append(rows, r.block(t, style, size, bold, widths)...)
		}
	}
	add(d.Title, st.title, th.TitleSize, true)
	add(d.Date, st.body, th.BodySize, false)
	add(d.Subtitle, st.subtitle, th.SubtitleSize, false)
	for _, p := range d.Intro {
		add(p, st.body, th.BodySize, false)
	}
	add(d.PromisesHeading, st.heading, th.HeadingSize, true)
	for _, p := range d.Promises {
		t := p.Text
		t.S = strconv.Itoa(p.Number) + ". " + t.S
		add(t, st.body, th.BodySize, false)
	}
	add(d.ActivitiesHeading, st.heading, th.HeadingSize, true)
	return rows
}

// headerRow is each table's row of column headings, with the year when
// the period spans more than one.
func (r *renderer) headerRow(widths [reportCols]float64) row {
	d, th, st := r.doc, r.doc.Theme, &r.st
	header := row{}
	lines := 1
	for i, c := range d.Columns {
		header.values = append(header.values, excelize.Cell{StyleID: st.header, Value: c})
		if i < reportCols {
			lines = max(lines, wrappedLines(c, textEms(widths[i], th.TableSize), true))
		}
	}
	header.height = min(linesHeight(lines, th.TableSize), maxRowHeight)
	return header
}

// freeze freezes the panes below the first table's header, when what lies
// above it is short enough to leave room to scroll.
func (r *renderer) freeze(sw *excelize.StreamWriter, above []row, header row, headerRow int) error {
	if len(r.doc.Promises[0].Activities) == 0 {
		return nil
	}
	frozen := defaultRow + header.height
	for _, rw := range above {
		frozen += rw.height
	}
	if frozen > maxFrozen {
		return nil
	}
	below := cellName(1, headerRow+1)
	return sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: headerRow, TopLeftCell: below, ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: below, ActiveCell: below, Pane: "bottomLeft"}},
	})
}

// promiseText is the promise's row above its table.
func (r *renderer) promiseText(p report.Promise) report.Text {
	t := p.Text
	t.S = r.doc.Caption(p)
	return t
}

// activityRows is one activity: its text and who is responsible, then what
// was done in each tertial. A status is written as its word on the first
// line, in bold, and shown by the cell's colour too: colour is never the
// only carrier of meaning. A note too tall for one row continues in the
// rows below, whose first cell says that the activity is continued.
func (r *renderer) activityRows(a report.Activity, widths [reportCols]float64) []row {
	d, th, st := r.doc, r.doc.Theme, &r.st
	size := th.TableSize
	text := a.Text.S
	if line := d.ResponsibleLine(a); line != "" {
		text += "\n" + line
	}
	cells := []cellText{{text: text, src: a.Text, style: st.text, width: textEms(widths[0], size)}}
	for i, c := range a.Cells {
		cell := cellText{src: c.Note, style: st.text, width: textEms(widths[i+1], size)}
		if c.Due {
			cell.text = c.Note.S
			if c.Status != nil {
				cell.lead, cell.style = c.Status.Word, st.status[c.Status.Index]
			}
		}
		cells = append(cells, cell)
	}
	return r.layRow(cells, size, "("+d.Words.Continued+")")
}

// signatoryRows is a name under the heading, with the role beside it.
func (r *renderer) signatoryRows(s report.Signatory, widths [reportCols]float64) []row {
	th, st := r.doc.Theme, &r.st
	size := th.BodySize
	return r.layRow([]cellText{
		{text: s.Name.S, src: s.Name, style: st.body, width: textEms(widths[0], size)},
		{text: s.Role.S, src: s.Role, style: st.body, span: reportCols - 1, width: textEms(widths[1]+widths[2]+widths[3], size)},
	}, size, "")
}
