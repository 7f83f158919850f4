package xlsx

import (
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
)

// reportWidths gives the report sheet's columns in character units: the
// theme's shares of the width that A4 landscape leaves between the
// margins, so the sheet prints at about 100 % and fit-to-width has little
// to shrink.
func (r *renderer) reportWidths() [reportCols]float64 {
	th := r.doc.Theme
	px := (297 - th.MarginLeft - th.MarginRight) / 25.4 * 96
	total := math.Floor(px/digitPx) - 2 // each column adds a pixel or so of its own
	var w [reportCols]float64
	for i := range w {
		share := 1.0 / reportCols
		if len(th.Columns) == reportCols {
			share = th.Columns[i]
		}
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
	// The first table's header is the row repeated on printed pages, and
	// the panes are frozen below it when what lies above is short enough.
	headerRow := 0
	if len(d.Promises) > 0 {
		headerRow = len(intro) + 3 // spacer, promise, header
		if err := r.freeze(sw, intro, header, headerRow, widths); err != nil {
			return err
		}
	}
	w := &rowWriter{sw: sw}
	for _, rw := range intro {
		w.put(rw)
	}
	for _, p := range d.Promises {
		w.put(row{})
		w.put(r.block(r.promiseText(p), st.promise, th.BodySize, true, widths))
		w.put(header)
		for _, a := range p.Activities {
			w.put(r.activityRow(a, widths))
		}
	}
	if len(d.Signatories) > 0 {
		w.put(row{})
		w.put(r.block(report.Text{S: d.Words.SignaturesHeading}, st.heading, th.HeadingSize, true, widths))
		for _, s := range d.Signatories {
			w.put(r.signatoryRow(s, widths))
		}
	}
	if w.err != nil {
		return w.err
	}
	if err := r.printSetup(name, headerRow); err != nil {
		return err
	}
	return sw.Flush()
}

// rowWriter streams rows one after another. Its first error sticks: the
// rows after it are not written, and the sheet's writer reports it.
type rowWriter struct {
	sw  *excelize.StreamWriter
	n   int // rows written
	err error
}

func (w *rowWriter) put(rw row) {
	if w.err != nil {
		return
	}
	w.n++
	var opts []excelize.RowOpts
	if rw.height > 0 {
		opts = append(opts, excelize.RowOpts{Height: rw.height})
	}
	if w.err = w.sw.SetRow(cellName(1, w.n), rw.values, opts...); w.err == nil && rw.merge[0] > 0 {
		w.err = w.sw.MergeCell(cellName(rw.merge[0], w.n), cellName(rw.merge[1], w.n))
	}
}

// block is a paragraph across the whole width.
func (r *renderer) block(t report.Text, style int, size float64, bold bool, widths [reportCols]float64) row {
	total := 0.0
	for _, w := range widths {
		total += w
	}
	s := r.fit(t.S, t)
	lines := wrappedLines(s, textEms(total, size), bold)
	values := []any{excelize.Cell{StyleID: style, Value: s}}
	for i := 1; i < reportCols; i++ {
		values = append(values, excelize.Cell{StyleID: style})
	}
	return row{values: values, height: r.height(lines, size, t), merge: [2]int{1, reportCols}}
}

// introRows are the rows above the tables: the title, the introduction
// and the list of promises.
func (r *renderer) introRows(widths [reportCols]float64) []row {
	d, th, st := r.doc, r.doc.Theme, &r.st
	var rows []row
	add := func(t report.Text, style int, size float64, bold bool) {
		if strings.TrimSpace(t.S) != "" {
			rows = append(rows, r.block(t, style, size, bold, widths))
		}
	}
	add(d.Title, st.title, th.TitleSize, true)
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

// headerRow is each table's row of column headings.
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
	header.height = r.height(lines, th.TableSize, report.Text{})
	return header
}

// freeze freezes the panes below the first table's header, when what lies
// above it is short enough to leave room to scroll.
func (r *renderer) freeze(sw *excelize.StreamWriter, intro []row, header row, headerRow int, widths [reportCols]float64) error {
	d, th, st := r.doc, r.doc.Theme, &r.st
	if len(d.Promises[0].Activities) == 0 {
		return nil
	}
	frozen := defaultRow + header.height + r.block(r.promiseText(d.Promises[0]), st.promise, th.BodySize, true, widths).height
	for _, rw := range intro {
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

// activityRow is one activity: its text and who is responsible, then what
// was done in each tertial. A status is written as its word on the first
// line, in bold, and shown by the cell's colour too: colour is never the
// only carrier of meaning.
func (r *renderer) activityRow(a report.Activity, widths [reportCols]float64) row {
	d, th, st := r.doc, r.doc.Theme, &r.st
	size := th.TableSize
	text := a.Text.S
	if line := d.ResponsibleLine(a); line != "" {
		text += "\n" + line
	}
	text = r.fit(text, a.Text)
	lines := wrappedLines(text, textEms(widths[0], size), false)
	where := a.Text
	values := []any{excelize.Cell{StyleID: st.text, Value: text}}
	for i, c := range a.Cells {
		width := textEms(widths[i+1], size)
		switch {
		case !c.Due || c.Empty():
			values = append(values, excelize.Cell{StyleID: st.text})
		case c.Status == nil:
			note := r.fit(c.Note.S, c.Note)
			values = append(values, excelize.Cell{StyleID: st.text, Value: note})
			if l := wrappedLines(note, width, false); l > lines {
				lines, where = l, c.Note
			}
		default:
			font := func(bold bool) *excelize.Font {
				return &excelize.Font{Family: fontName, Size: size, Bold: bold, Color: hex(th.TextColor)}
			}
			runs := []excelize.RichTextRun{{Text: c.Status.Word, Font: font(true)}}
			l := wrappedLines(c.Status.Word, width, true)
			if c.Note.S != "" {
				note := r.fit(c.Status.Word+"\n"+c.Note.S, c.Note)[len(c.Status.Word):]
				runs = append(runs, excelize.RichTextRun{Text: note, Font: font(false)})
				l += wrappedLines(note[1:], width, false)
			}
			values = append(values, excelize.Cell{StyleID: st.status[c.Status.Index], Value: runs})
			if l > lines {
				lines, where = l, c.Note
			}
		}
	}
	return row{values: values, height: r.height(lines, size, where)}
}

// signatoryRow is a name under the heading, with the role beside it.
func (r *renderer) signatoryRow(s report.Signatory, widths [reportCols]float64) row {
	th, st := r.doc.Theme, &r.st
	size := th.BodySize
	name, role := r.fit(s.Name.S, s.Name), r.fit(s.Role.S, s.Role)
	lines := wrappedLines(name, textEms(widths[0], size), false)
	lines = max(lines, wrappedLines(role, textEms(widths[1]+widths[2]+widths[3], size), false))
	return row{
		values: []any{excelize.Cell{StyleID: st.body, Value: name}, excelize.Cell{StyleID: st.body, Value: role}},
		height: r.height(lines, size, s.Name),
		merge:  [2]int{2, reportCols},
	}
}
