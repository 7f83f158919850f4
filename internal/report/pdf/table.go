package pdf

import (
	"strings"

	"uppfoljning/internal/pdftag"
	"uppfoljning/internal/report"
)

// row is a row of a table: the lines of each cell, its background, the
// element each cell is (nil for page furniture), and the cells' widths.
type row struct {
	widths []float64
	cells  [][]cellLine
	fills  []string
	nodes  []*pdftag.Node
	// links holds each cell's Link elements, by address, so that an
	// address split over pages is one element.
	links []map[int]*pdftag.Node
	// repeat is drawn, as furniture, in the first cell of a piece of the
	// row continued on a new page once that cell's own lines are done:
	// whose row it is, marked as continued.
	repeat *cellLine
	// actual is each cell's text for a reader where what is drawn is a
	// sign (the dash of a tertial without a follow-up).
	actual []string
}

func newRow(widths []float64) *row {
	n := len(widths)
	r := &row{widths: widths, cells: make([][]cellLine, n), fills: make([]string, n), nodes: make([]*pdftag.Node, n), links: make([]map[int]*pdftag.Node, n), actual: make([]string, n)}
	for i := range r.links {
		r.links[i] = map[int]*pdftag.Node{}
	}
	return r
}

func (r *row) lines() int {
	n := 1
	for _, c := range r.cells {
		n = max(n, len(c))
	}
	return n
}

// columns are the widths of a promise's table: the document's shares of
// the frame, with empty tertials narrow, but each at least as wide as the
// longest part of its heading that must not break ("Tertial 2"); what
// that takes comes from the columns wider than they need, in proportion.
func (l *layout) columns() []float64 {
	if l.cols != nil {
		return l.cols
	}
	w := make([]float64, len(l.doc.Shares))
	least := make([]float64, len(w))
	short, spare := 0.0, 0.0
	for i, share := range l.doc.Shares {
		w[i] = l.width() * share
		for _, u := range l.units(l.doc.Columns[i], true) {
			least[i] = max(least[i], l.fonts.measure(u, true, l.th.TableSize)+2*l.pad()+1)
		}
		if d := least[i] - w[i]; d > 0 {
			short += d
		} else {
			spare -= d
		}
	}
	if short > 0 && spare >= short {
		for i := range w {
			if w[i] < least[i] {
				w[i] = least[i]
			} else {
				w[i] -= (w[i] - least[i]) * short / spare
			}
		}
	}
	l.cols = w
	return w
}

func (l *layout) pad() float64 { return l.th.CellPadding * mm }

// cellText wraps text into a cell's lines.
func (l *layout) cellText(text string, bold bool, color string, width float64) []cellLine {
	return l.lines(text, bold, color, l.th.TableSize, width-2*l.pad())
}

// promiseRow is the shaded row that opens a promise's table. On a page
// where the table goes on it is a reminder, marked as continued, of two
// lines at most.
func (l *layout) promiseRow(p report.Promise, continued bool) *row {
	r := newRow([]float64{l.width()})
	r.fills[0] = l.th.PromiseFill
	text := l.doc.Caption(p)
	if !continued {
		r.cells[0] = l.cellText(text, true, l.th.TextColor, l.width())
		if marker := l.th.PromiseMarker; marker != "" && strings.HasPrefix(r.cells[0][0].text, marker+" ") {
			r.cells[0][0].furniture = len(marker) + 1
		}
		return r
	}
	r.cells[0] = l.continuedLines(text, true, l.th.TextColor, l.width(), 2)
	return r
}

// continuedLines sets text marked as continued ("… (forts.)") in at most
// max lines of a cell, cut short with "…" where it is longer.
func (l *layout) continuedLines(text string, bold bool, color string, width float64, max int) []cellLine {
	suffix := " (" + l.doc.Words.Continued + ")"
	lines := l.cellText(text+suffix, bold, color, width)
	if len(lines) > max {
		lines = lines[:max]
		last := &lines[max-1]
		words := strings.Fields(last.text)
		for len(words) > 1 && l.fonts.measure(strings.Join(words, " ")+"…"+suffix, bold, l.th.TableSize) > width-2*l.pad() {
			words = words[:len(words)-1]
		}
		*last = cellLine{text: strings.Join(words, " ") + "…" + suffix, bold: bold, color: color}
	}
	for i := range lines {
		lines[i].links = nil // furniture: the address is a link where the text is
	}
	return lines
}

// headerRow is the row of column headings, where a word and the number
// after it ("Tertial 2") stay on one line.
func (l *layout) headerRow() *row {
	w := l.columns()
	r := newRow(w)
	l.keepWordNumber = true
	for i, c := range l.doc.Columns {
		r.cells[i] = l.cellText(c, true, l.th.TextColor, w[i])
		r.fills[i] = l.th.HeaderFill
	}
	l.keepWordNumber = false
	return r
}

func (l *layout) activityRow(a report.Activity) *row {
	w := l.columns()
	r := newRow(w)
	r.cells[0] = l.cellText(a.Text.S, false, l.th.TextColor, w[0])
	// A piece of the row on a new page repeats the activity's first line.
	first := strings.TrimSuffix(r.cells[0][0].text, " ")
	if len(r.cells[0]) > 1 {
		first += "…"
	}
	r.repeat = &l.continuedLines(first, false, l.th.TextColor, w[0], 1)[0]
	if line := l.doc.ResponsibleLine(a); line != "" {
		r.cells[0] = followedBy(r.cells[0], l.cellText(line, false, l.th.ResponsibleColor, w[0]))
	}
	for i, c := range a.Cells {
		if !c.Due {
			continue
		}
		if c.Empty() {
			// A tertial reported without a follow-up: a dash, read as
			// what the summary calls it.
			r.cells[i+1] = l.cellText(l.doc.Words.NoFollowupMark, false, l.th.TextColor, w[i+1])
			r.actual[i+1] = l.doc.Words.NoStatus
			continue
		}
		var lines []cellLine
		if c.Status != nil {
			indent := l.markSize() * 1.6
			for j, s := range l.wrap(c.Status.Word, true, l.th.TableSize, w[i+1]-2*l.pad()-indent) {
				cl := cellLine{text: s, bold: true, color: l.th.TextColor, indent: indent}
				if j == 0 {
					cl.mark = c.Status.Color
				}
				lines = append(lines, cl)
			}
		}
		if c.Note.S != "" {
			lines = followedBy(lines, l.cellText(c.Note.S, false, l.th.TextColor, w[i+1]))
		}
		r.cells[i+1] = lines
	}
	return r
}

// followedBy appends the lines of one block of a cell to those of another,
// with a space between them for readers that join the lines.
func followedBy(lines, next []cellLine) []cellLine {
	if n := len(lines); n > 0 && !strings.HasSuffix(lines[n-1].text, " ") {
		lines[n-1].text += " "
	}
	return append(lines, next...)
}

func (l *layout) markSize() float64 { return l.th.TableSize * 0.7 }

// rowHeight is the height of a table row of so many lines.
func (l *layout) rowHeight(lines int) float64 {
	return 2*l.pad() + float64(lines)*l.lineHeight(l.th.TableSize)
}

// tableStartHeight is what must fit on a page for a table to start there:
// its promise row, its header row and its first row.
func (l *layout) tableStartHeight(i int) float64 {
	if i >= len(l.doc.Promises) {
		return 0
	}
	p := l.doc.Promises[i]
	promise, header := l.promiseRow(p, false), l.headerRow()
	h := l.rowHeight(promise.lines()) + l.rowHeight(header.lines())
	if len(p.Activities) > 0 {
		// The first row comes along whole, or with the lines it keeps on a
		// page when it is split.
		lines := l.activityRow(p.Activities[0]).lines()
		if lines >= 2*minSplitLines {
			lines = minSplitLines
		}
		h += l.rowHeight(lines)
	}
	return h
}

func (l *layout) table(i int) {
	p := l.doc.Promises[i]
	l.ensure(l.tableStartHeight(i))
	table := l.child(l.root, "Table")

	// The promise is the table's caption and, as on the page, a heading
	// below the activities' heading, and an entry of the outline.
	caption := l.promiseRow(p, false)
	caption.nodes[0] = l.child(l.child(table, "Caption"), "H3")
	l.bookmark(p.Text.S, 1)
	l.rowAcrossPages(caption, 0, func() {})

	header := l.headerRow()
	tr := l.child(table, "TR")
	for c := range header.nodes {
		header.nodes[c] = l.child(tr, "TH")
		header.nodes[c].Scope = "Column"
	}
	l.drawRow(header, 0, header.lines())

	// A continued table repeats its promise, marked as continued, and its
	// header row. Both are furniture: a reader has had them once.
	contPromise, contHeader := l.promiseRow(p, true), l.headerRow()
	contH := l.rowHeight(contPromise.lines()) + l.rowHeight(contHeader.lines())
	continuation := func() {
		l.drawRow(contPromise, 0, contPromise.lines())
		l.drawRow(contHeader, 0, contHeader.lines())
	}
	rows := make([]*row, len(p.Activities))
	for j, a := range p.Activities {
		rows[j] = l.activityRow(a)
	}
	for j, r := range rows {
		strands := l.strandsLastRow(rows, j, contH)
		if strands && r.lines() < 2*minSplitLines {
			l.newPage()
			continuation()
		}
		tr := l.child(table, "TR")
		for c := range r.nodes {
			r.nodes[c] = l.child(tr, "TD")
		}
		// The activity heads its row: a reader hears it with each cell.
		r.nodes[0].Role, r.nodes[0].Scope = "TH", "Row"
		for c, text := range r.actual {
			r.nodes[c].ActualText = text
		}
		if strands && r.lines() >= 2*minSplitLines {
			// A tall row rather gives its last lines to go along.
			keep := r.lines() - minSplitLines
			l.drawRow(r, 0, keep)
			l.newPage()
			continuation()
			l.drawRow(r, keep, minSplitLines)
			continue
		}
		l.rowAcrossPages(r, contH, continuation)
	}
	l.y += l.th.BodySize * 1.2
}

// strandsLastRow tells whether row j, the last but one of a table, should
// go along to a new page (a short row whole, a tall one with its last
// lines) so that the last row is not alone under the repeated head there:
// row j fits here, the last row would not start here, and the two fit on a
// new page together.
func (l *layout) strandsLastRow(rows []*row, j int, contH float64) bool {
	if j == 0 || j != len(rows)-2 || l.y <= l.top+contH+0.01 {
		return false
	}
	a, b := l.rowHeight(rows[j].lines()), l.rowHeight(rows[j+1].lines())
	least := b // what of the last row must fit for it to start here
	if rows[j+1].lines() >= 2*minSplitLines {
		least = l.rowHeight(minSplitLines)
	}
	return l.y+a <= l.bottom && l.y+a+least > l.bottom && contH+a+b <= l.bottom-l.top
}

// rowAcrossPages draws a row where it fits. A row that does not fit on
// this page is split where the page ends when at least minSplitLines
// lines fit before the break and go after it; else it moves to the next
// page. After each page break, cont draws what a continued table repeats,
// of height contH.
func (l *layout) rowAcrossPages(r *row, contH float64, cont func()) {
	lh := l.lineHeight(l.th.TableSize)
	total, from := r.lines(), 0
	for from < total {
		atTop := l.y <= l.top+contH+0.01
		avail := int((l.bottom - l.y - 2*l.pad()) / lh)
		remaining := total - from
		if remaining <= avail {
			l.drawRow(r, from, remaining)
			return
		}
		n := min(avail, remaining-minSplitLines)
		if n < minSplitLines {
			if !atTop {
				l.newPage()
				cont()
				continue
			}
			n = max(min(avail, remaining-1), 1) // a page must take something
		}
		l.drawRow(r, from, n)
		from += n
		l.newPage()
		cont()
	}
}

// drawRow draws lines [from, from+n) of each cell of r at the current
// position. A row without nodes is furniture.
func (l *layout) drawRow(r *row, from, n int) {
	th := l.th
	pad := l.pad()
	lh := l.lineHeight(th.TableSize)
	h := 2*pad + float64(n)*lh
	l.beginArtifact("")
	x := l.left
	for c, w := range r.widths {
		if r.fills[c] != "" {
			l.add(op{kind: opFill, x: x, y: l.y, w: w, h: h, color: r.fills[c]})
		}
		l.add(op{kind: opStroke, x: x, y: l.y, w: w, h: h, color: th.RuleColor})
		for j, line := range slice(r.cells[c], from, n) {
			if line.mark != "" {
				s := l.markSize()
				top := l.y + pad + float64(j)*lh + (lh-s)/2
				l.add(op{kind: opFill, x: x + pad, y: top, w: s, h: s, color: line.mark})
				l.add(op{kind: opStroke, x: x + pad, y: top, w: s, h: s, color: th.TextColor})
			}
		}
		x += w
	}
	l.end()
	x = l.left
	for c, w := range r.widths {
		lines := slice(r.cells[c], from, n)
		if c == 0 && from > 0 && len(lines) == 0 && r.repeat != nil {
			l.beginArtifact("")
			l.drawLine(x+pad, l.y+pad, *r.repeat, th.TableSize, nil, nil)
			l.end()
		}
		if len(lines) > 0 {
			if r.nodes[c] != nil {
				l.begin(r.nodes[c])
			} else {
				l.beginArtifact("")
			}
			for j, line := range lines {
				at := x + pad + line.indent
				if line.right {
					at = x + w - pad
				}
				top := l.y + pad + float64(j)*lh
				if k := line.furniture; k > 0 && r.nodes[c] != nil {
					l.end()
					l.beginArtifact("")
					l.text(at, top, line.text[:k], line.bold, th.TableSize, line.color)
					l.end()
					l.begin(r.nodes[c])
					at += l.fonts.measure(line.text[:k], line.bold, th.TableSize)
					line = line.from(k)
				}
				l.drawLine(at, top, line, th.TableSize, r.nodes[c], r.links[c])
			}
			l.end()
		}
		x += w
	}
	l.y += h
}

func slice(lines []cellLine, from, n int) []cellLine {
	if from >= len(lines) {
		return nil
	}
	return lines[from:min(from+n, len(lines))]
}
