package pdf

import (
	"math"
	"strconv"
	"strings"

	"uppfoljning/internal/pdftag"
	"uppfoljning/internal/report"
)

// The layout is decided before anything is drawn, so that the number of
// pages is known for "Sida N av M" and every break is chosen by the rules
// below rather than by fpdf.

const (
	mm            = 72 / 25.4 // points per millimetre
	pageWidth     = 595.28    // A4 in points
	pageHeight    = 841.89
	minSplitLines = 3 // a row split across pages keeps at least this many lines on the first page
	bullet        = "•"
)

type opKind uint8

const (
	opText     opKind = iota // text at x, baseline y
	opFill                   // filled rectangle
	opStroke                 // rectangle outline
	opLine                   // line from x,y to x+w,y+h
	opImage                  // logo image
	opBegin                  // start of tagged content owned by node
	opArtifact               // start of page furniture
	opEnd                    // end of the marked content begun last
)

type op struct {
	kind       opKind
	x, y, w, h float64
	text       string
	bold       bool
	size       float64
	color      string
	node       *pdftag.Node
	mcid       int
	image      int
	artifact   string // properties of an artifact, e.g. "<</Type /Pagination /Subtype /Footer>>"
}

// page is what is drawn on one page: the content as it is laid out, or
// the footer added once the number of pages is known.
type page struct {
	number int // from 1
	ops    []op
	mcids  int
}

type layout struct {
	doc   *report.Document
	th    report.Theme
	fonts *fontSet

	left, right, top, bottom float64 // the frame text stays in
	footerY                  float64 // top of the footer's line box

	// draw receives each page as soon as it is laid out, so that a long
	// report never holds more than one page of operations. It must not
	// keep the page.
	draw  func(*page) error
	err   error // the first error draw returned
	cur   *page
	pages int
	y     float64
	root  *pdftag.Node
}

func newLayout(doc *report.Document, fonts *fontSet, draw func(*page) error) *layout {
	th := doc.Theme
	footerH := th.FooterSize * th.LineSpacing
	l := &layout{
		doc:     doc,
		th:      th,
		fonts:   fonts,
		left:    th.MarginLeft * mm,
		right:   pageWidth - th.MarginRight*mm,
		top:     th.MarginTop * mm,
		footerY: pageHeight - th.MarginBottom*mm - footerH,
		root:    &pdftag.Node{Role: "Document"},
		draw:    draw,
	}
	l.bottom = l.footerY - 2*footerH // room between the text and the footer's rule
	return l
}

func (l *layout) width() float64 { return l.right - l.left }

func (l *layout) page() *page { return l.cur }

func (l *layout) newPage() {
	size := 64
	if l.cur != nil {
		size = len(l.cur.ops)
		l.send(l.cur)
	}
	l.pages++
	l.cur = &page{number: l.pages, ops: make([]op, 0, size)}
	l.y = l.top
}

func (l *layout) send(p *page) {
	if l.err == nil {
		l.err = l.draw(p)
	}
}

func (l *layout) add(o op) { p := l.page(); p.ops = append(p.ops, o) }

// begin starts marked content that belongs to node.
func (l *layout) begin(node *pdftag.Node) {
	p := l.page()
	node.Marks = append(node.Marks, pdftag.Mark{Page: p.number, MCID: p.mcids})
	l.add(op{kind: opBegin, node: node, mcid: p.mcids})
	p.mcids++
}

func (l *layout) beginArtifact(props string) { l.add(op{kind: opArtifact, artifact: props}) }
func (l *layout) end()                       { l.add(op{kind: opEnd}) }

func (l *layout) child(parent *pdftag.Node, role string) *pdftag.Node {
	n := &pdftag.Node{Role: role}
	parent.Kids = append(parent.Kids, n)
	return n
}

// lineHeight is the height of one line of text at size.
func (l *layout) lineHeight(size float64) float64 { return size * l.th.LineSpacing }

// baseline is where text sits within a line box that starts at top.
func (l *layout) baseline(top, size float64) float64 {
	f := l.fonts.faces[0]
	half := (l.lineHeight(size) - (f.Ascent+f.Descent)*size) / 2
	return top + math.Max(half, 0) + f.Ascent*size
}

func (l *layout) text(x, top float64, s string, bold bool, size float64, color string) {
	if s == "" {
		return
	}
	l.add(op{kind: opText, x: x, y: l.baseline(top, size), text: s, bold: bold, size: size, color: color})
}

// ensure starts a new page unless height fits below the current position.
func (l *layout) ensure(height float64) {
	if l.y+height > l.bottom && l.y > l.top {
		l.newPage()
	}
}

// wrap breaks text into lines no wider than width. Line breaks in the text
// are kept; a word wider than a line is broken between characters.
//
// Lines break only at plain spaces: a no-break space (as in "10 000") holds.
// A line that ends between words keeps the space after it: it is not seen,
// but without it a screen reader and copied text would join the last word
// of one line to the first of the next.
func (l *layout) wrap(text string, bold bool, size, width float64) []string {
	var lines []string
	space := l.fonts.measure(" ", bold, size)
	paras := strings.Split(text, "\n")
	for pi, para := range paras {
		cur, curW := "", 0.0
		for _, word := range strings.Split(para, " ") {
			if word == "" {
				continue
			}
			ww := l.fonts.measure(word, bold, size)
			if ww > width {
				if cur != "" {
					lines = append(lines, cur+" ")
				}
				pieces := l.breakWord(word, bold, size, width)
				lines = append(lines, pieces[:len(pieces)-1]...)
				cur = pieces[len(pieces)-1]
				curW = l.fonts.measure(cur, bold, size)
				continue
			}
			switch {
			case cur == "":
				cur, curW = word, ww
			case curW+space+ww <= width:
				cur += " " + word
				curW += space + ww
			default:
				lines = append(lines, cur+" ")
				cur, curW = word, ww
			}
		}
		if pi < len(paras)-1 && cur != "" {
			cur += " "
		}
		lines = append(lines, cur) // an empty paragraph is an empty line
	}
	return lines
}

func (l *layout) breakWord(word string, bold bool, size, width float64) []string {
	var pieces []string
	start, w := 0, 0.0
	for i, r := range word {
		rw := l.fonts.measure(string(r), bold, size)
		if w+rw > width && i > start {
			pieces = append(pieces, word[start:i])
			start, w = i, 0
		}
		w += rw
	}
	return append(pieces, word[start:])
}

// paragraph lays out text in the frame, breaking pages between lines.
func (l *layout) paragraph(node *pdftag.Node, text string, bold bool, size float64, color string, x, width, after float64) {
	lh := l.lineHeight(size)
	l.begin(node)
	for _, line := range l.wrap(text, bold, size, width) {
		if l.y+lh > l.bottom && l.y > l.top {
			l.end()
			l.newPage()
			l.begin(node)
		}
		l.text(x, l.y, line, bold, size, color)
		l.y += lh
	}
	l.end()
	l.y += after
}

// heading keeps itself together with keep (the height of what must follow
// it on the same page).
func (l *layout) heading(role, text string, size float64, keep float64) {
	lines := l.wrap(text, true, size, l.width())
	l.ensure(float64(len(lines))*l.lineHeight(size) + keep)
	l.paragraph(l.child(l.root, role), text, true, size, l.th.HeadingColor, l.left, l.width(), size*0.6)
}

// run lays out the document and hands every page to draw; it returns the
// first error draw returned.
func (l *layout) run() error {
	d, th := l.doc, l.th
	l.newPage()
	l.logos()
	l.paragraph(l.child(l.root, "H1"), d.Title.S, true, th.TitleSize, th.HeadingColor, l.left, l.width(), th.TitleSize*0.5)
	l.paragraph(l.child(l.root, "P"), d.Subtitle.S, false, th.SubtitleSize, th.HeadingColor, l.left, l.width(), th.SubtitleSize*0.9)
	for i, p := range d.Intro {
		after := th.BodySize * 0.2
		if i == len(d.Intro)-1 {
			after = th.BodySize * 1.4
		}
		l.paragraph(l.child(l.root, "P"), p.S, false, th.BodySize, th.TextColor, l.left, l.width(), after)
	}
	l.heading("H2", d.PromisesHeading.S, th.HeadingSize, 2*l.lineHeight(th.BodySize))
	l.promiseList()
	l.heading("H2", d.ActivitiesHeading.S, th.HeadingSize, l.tableStartHeight(0))
	for i := range d.Promises {
		l.table(i)
	}
	l.signatories()
	l.send(l.cur)
	l.footers()
	return l.err
}

func (l *layout) logos() {
	logos := l.doc.Logos
	if len(logos) == 0 {
		return
	}
	h := l.th.LogoHeight * mm
	gap := 8 * mm
	widths := make([]float64, len(logos))
	total := gap * float64(len(logos)-1)
	for i, g := range logos {
		widths[i] = h * float64(g.Width) / float64(g.Height)
		total += widths[i]
	}
	if total > l.width() { // scale the row down to fit the frame
		scale := (l.width() - gap*float64(len(logos)-1)) / (total - gap*float64(len(logos)-1))
		h *= scale
		for i := range widths {
			widths[i] *= scale
		}
		total = l.width()
	}
	// The first logo sits at the left, the last at the right, any others
	// evenly between, as letterheads place them.
	spacing := gap
	if len(logos) > 1 {
		spacing = (l.width() - (total - gap*float64(len(logos)-1))) / float64(len(logos)-1)
	}
	x := l.left
	for i, g := range logos {
		n := l.child(l.root, "Figure")
		n.Alt = g.Alt
		l.begin(n)
		l.add(op{kind: opImage, x: x, y: l.y, w: widths[i], h: h, image: i})
		l.end()
		x += widths[i] + spacing
	}
	l.y += h + 8*mm
}

func (l *layout) promiseList() {
	th := l.th
	list := l.child(l.root, "L")
	indent := 5 * mm
	for _, p := range l.doc.Promises {
		lines := l.wrap(p.Text.S, true, th.BodySize, l.width()-indent)
		lh := l.lineHeight(th.BodySize)
		l.ensure(math.Min(float64(len(lines)), 2) * lh)
		item := l.child(list, "LI")
		l.begin(l.child(item, "Lbl"))
		l.text(l.left+indent*0.3, l.y, bullet, true, th.BodySize, th.TextColor)
		l.end()
		l.paragraph(l.child(item, "LBody"), p.Text.S, true, th.BodySize, th.TextColor, l.left+indent, l.width()-indent, th.BodySize*0.35)
	}
	l.y += th.BodySize
}

// cellLine is one line of a table cell. A line with a mark starts with a
// small square in the mark's colour (a status).
type cellLine struct {
	text   string
	bold   bool
	color  string
	mark   string
	indent float64
}

type row struct {
	cells [4][]cellLine
	fills [4]string
	nodes [4]*pdftag.Node // nil: the row is page furniture
}

func (r *row) lines() int {
	n := 1
	for _, c := range r.cells {
		n = max(n, len(c))
	}
	return n
}

func (l *layout) columns() [4]float64 {
	var w [4]float64
	for i, share := range l.th.Columns {
		w[i] = l.width() * share
	}
	return w
}

func (l *layout) pad() float64 { return l.th.CellPadding * mm }

// cellText wraps text into a cell's lines.
func (l *layout) cellText(text string, bold bool, color string, width float64) []cellLine {
	var out []cellLine
	for _, s := range l.wrap(text, bold, l.th.TableSize, width-2*l.pad()) {
		out = append(out, cellLine{text: s, bold: bold, color: color})
	}
	return out
}

// promiseRow is the shaded row that opens a promise's table. On a page
// where the table goes on it is a reminder, marked as continued, of two
// lines at most.
func (l *layout) promiseRow(p report.Promise, continued bool) *row {
	r := &row{fills: [4]string{l.th.PromiseFill}}
	text := l.doc.Caption(p)
	if !continued {
		r.cells[0] = l.cellText(text, true, l.th.TextColor, l.width())
		return r
	}
	suffix := " (" + l.doc.Words.Continued + ")"
	lines := l.cellText(text+suffix, true, l.th.TextColor, l.width())
	if len(lines) > 2 {
		lines = lines[:2]
		words := strings.Fields(lines[1].text)
		for len(words) > 1 && l.fonts.measure(strings.Join(words, " ")+"…"+suffix, true, l.th.TableSize) > l.width()-2*l.pad() {
			words = words[:len(words)-1]
		}
		lines[1].text = strings.Join(words, " ") + "…" + suffix
	}
	r.cells[0] = lines
	return r
}

func (l *layout) headerRow() *row {
	r := &row{}
	w := l.columns()
	for i, c := range l.doc.Columns {
		r.cells[i] = l.cellText(c, true, l.th.TextColor, w[i])
		r.fills[i] = l.th.HeaderFill
	}
	return r
}

func (l *layout) activityRow(a report.Activity) *row {
	r := &row{}
	w := l.columns()
	r.cells[0] = l.cellText(a.Text.S, false, l.th.TextColor, w[0])
	if line := l.doc.ResponsibleLine(a); line != "" {
		r.cells[0] = followedBy(r.cells[0], l.cellText(line, false, l.th.ResponsibleColor, w[0]))
	}
	for i, c := range a.Cells {
		if !c.Due || c.Empty() {
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
		// The first row comes along whole when a page can hold it with the
		// table's head, or else with the lines it keeps when it is split.
		first := l.rowHeight(l.activityRow(p.Activities[0]).lines())
		if h+first > l.bottom-l.top {
			first = l.rowHeight(minSplitLines)
		}
		h += first
	}
	return h
}

func (l *layout) table(i int) {
	p := l.doc.Promises[i]
	l.ensure(l.tableStartHeight(i))
	table := l.child(l.root, "Table")

	caption := l.promiseRow(p, false)
	caption.nodes[0] = l.child(table, "Caption")
	l.rowAcrossPages(caption, true, 0, func() {})

	header := l.headerRow()
	tr := l.child(table, "TR")
	for c := range header.nodes {
		header.nodes[c] = l.child(tr, "TH")
		header.nodes[c].Scope = "Column"
	}
	l.drawRow(header, 0, header.lines(), false)

	// A continued table repeats its promise, marked as continued, and its
	// header row. Both are furniture: a reader has had them once.
	contPromise, contHeader := l.promiseRow(p, true), l.headerRow()
	contH := l.rowHeight(contPromise.lines()) + l.rowHeight(contHeader.lines())
	continuation := func() {
		l.drawRow(contPromise, 0, contPromise.lines(), true)
		l.drawRow(contHeader, 0, contHeader.lines(), false)
	}
	for _, a := range p.Activities {
		r := l.activityRow(a)
		tr := l.child(table, "TR")
		for c := range r.nodes {
			r.nodes[c] = l.child(tr, "TD")
		}
		l.rowAcrossPages(r, false, contH, continuation)
	}
	l.y += l.th.BodySize * 1.2
}

// rowAcrossPages draws a row where it fits. A row that does not fit on
// this page moves to the next; a row taller than a page is split between
// lines, keeping at least minSplitLines on a page where it starts. After
// each page break, cont draws what a continued table repeats, of height
// contH.
func (l *layout) rowAcrossPages(r *row, spanning bool, contH float64, cont func()) {
	lh := l.lineHeight(l.th.TableSize)
	total, from := r.lines(), 0
	fresh := int((l.bottom - l.top - contH - 2*l.pad()) / lh)
	for from < total {
		atTop := l.y <= l.top+contH+0.01
		avail := int((l.bottom - l.y - 2*l.pad()) / lh)
		remaining := total - from
		switch {
		case remaining <= avail:
			l.drawRow(r, from, remaining, spanning)
			from = total
		case !atTop && (from == 0 && remaining <= fresh || avail < minSplitLines):
			l.newPage()
			cont()
		default:
			n := max(avail, 1)
			l.drawRow(r, from, n, spanning)
			from += n
			l.newPage()
			cont()
		}
	}
}

// drawRow draws lines [from, from+n) of each cell of r at the current
// position. A row without nodes is furniture; a row whose first cell spans
// the table (the promise row) has one cell.
func (l *layout) drawRow(r *row, from, n int, spanning bool) {
	th := l.th
	pad := l.pad()
	lh := l.lineHeight(th.TableSize)
	h := 2*pad + float64(n)*lh
	widths := l.columns()
	if spanning {
		widths = [4]float64{l.width()}
	}
	l.beginArtifact("")
	x := l.left
	for c, w := range widths {
		if w == 0 {
			continue
		}
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
	for c, w := range widths {
		if w == 0 {
			continue
		}
		lines := slice(r.cells[c], from, n)
		if len(lines) > 0 {
			if r.nodes[c] != nil {
				l.begin(r.nodes[c])
			} else {
				l.beginArtifact("")
			}
			for j, line := range lines {
				l.text(x+pad+line.indent, l.y+pad+float64(j)*lh, line.text, line.bold, th.TableSize, line.color)
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

func (l *layout) signatories() {
	sigs := l.doc.Signatories
	if len(sigs) == 0 {
		return
	}
	th := l.th
	lh := l.lineHeight(th.BodySize)
	gap := 10 * mm
	colW := (l.width() - gap) / 2
	blockH := func(s report.Signatory) float64 {
		n := len(l.wrap(s.Name.S, true, th.BodySize, colW))
		if s.Role.S != "" {
			n += len(l.wrap(s.Role.S, false, th.BodySize, colW))
		}
		return 14*mm + float64(n)*lh
	}
	pairH := func(i int) float64 {
		h := 0.0
		for _, s := range sigs[i:min(i+2, len(sigs))] {
			h = math.Max(h, blockH(s))
		}
		return h
	}
	// The heading stays with the first pair of signatures.
	l.heading("H2", l.doc.Words.SignaturesHeading, th.HeadingSize, th.HeadingSize*0.6+th.BodySize+pairH(0))
	l.y += th.BodySize
	for i := 0; i < len(sigs); i += 2 {
		pair := sigs[i:min(i+2, len(sigs))]
		if pairH(i) > l.bottom-l.top {
			// Side by side only what fits on a page: a signature block
			// longer than that runs down the page on its own.
			for _, s := range pair {
				l.signatory(s, l.left, l.width())
				l.y += th.BodySize
			}
			continue
		}
		l.ensure(pairH(i))
		top := l.y
		bottom := top
		for j, s := range pair {
			l.y = top
			l.signatory(s, l.left+float64(j)*(colW+gap), colW)
			bottom = math.Max(bottom, l.y)
		}
		l.y = bottom + th.BodySize
	}
}

// signatory draws a line to sign on, then the name and the role below it.
func (l *layout) signatory(s report.Signatory, x, width float64) {
	th := l.th
	l.ensure(14*mm + 2*l.lineHeight(th.BodySize))
	l.y += 12 * mm
	l.beginArtifact("") // the line to sign on
	l.add(op{kind: opLine, x: x, y: l.y, w: width * 0.8, color: th.RuleColor})
	l.end()
	l.y += 2 * mm
	div := l.child(l.root, "Div")
	l.paragraph(l.child(div, "P"), s.Name.S, true, th.BodySize, th.TextColor, x, width, 0)
	if s.Role.S != "" {
		l.paragraph(l.child(div, "P"), s.Role.S, false, th.BodySize, th.TextColor, x, width, 0)
	}
}

// footers adds "Sida N av M" and the short title to every page, once the
// number of pages is known.
func (l *layout) footers() {
	th := l.th
	size := th.FooterSize
	for n := 1; n <= l.pages; n++ {
		label := l.doc.PageLabel(strconv.Itoa(n), strconv.Itoa(l.pages))
		labelW := l.fonts.measure(label, false, size)
		title := l.doc.Meta.ShortTitle
		titleSize := size
		if room, w := l.width()-labelW-6*mm, l.fonts.measure(title, false, size); w > room && room > 0 {
			titleSize = size * room / w // shrink rather than run into the page number
		}
		l.send(&page{number: n, ops: []op{
			{kind: opArtifact, artifact: "<</Type /Pagination /Subtype /Footer>>"},
			{kind: opLine, x: l.left, y: l.footerY - 0.4*size, w: l.width(), color: th.RuleColor},
			{kind: opText, x: l.left, y: l.baseline(l.footerY, titleSize), text: title, size: titleSize, color: th.TextColor},
			{kind: opText, x: l.right - labelW, y: l.baseline(l.footerY, size), text: label, size: size, color: th.TextColor},
			{kind: opEnd},
		}})
	}
}
