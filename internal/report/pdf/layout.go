package pdf

import (
	"math"

	"uppfoljning/internal/pdftag"
	"uppfoljning/internal/report"
)

// The layout is decided before anything is drawn, so that the number of
// pages is known for "Sida N av M" and every break is chosen by the rules
// below rather than by fpdf. The files, by job:
//
//	layout.go  pages, marked content, the order of the document's parts
//	wrap.go    lines: breaking text, addresses as links
//	table.go   the promises' tables: rows across pages
//	parts.go   logos, the list of promises, the summary, signatures, footers

const (
	mm            = 72 / 25.4 // points per millimetre
	pageWidth     = 595.28    // A4 in points
	pageHeight    = 841.89
	minSplitLines = 2 // a row split across pages keeps at least this many lines on each page
	bullet        = "•"
)

type opKind uint8

const (
	opText     opKind = iota // text at x, baseline y
	opFill                   // filled rectangle
	opStroke                 // rectangle outline
	opLine                   // line from x,y to x+w,y+h
	opImage                  // logo image
	opLink                   // a link's clickable area, x,y,w,h, to the address in text
	opBegin                  // start of tagged content owned by node
	opArtifact               // start of page furniture
	opEnd                    // end of the marked content begun last
	opBookmark               // an entry of the outline, text at level h, for the position y
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
	// actual is, for opBegin, the text a reader gets instead of what is
	// drawn (/ActualText); for opText, that the text is drawn inside such
	// a sequence already.
	actual   string
	image    int
	artifact string // properties of an artifact, e.g. "<</Type /Pagination /Subtype /Footer>>"
}

// page is what is drawn on one page: the content as it is laid out, or
// the footer added once the number of pages is known.
type page struct {
	number int // from 1
	ops    []op
	mcids  int
	annots int // links' areas, in the order they are drawn
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
	// pending is the node whose marked content has begun but holds
	// nothing yet; see begin.
	pending *pdftag.Node
	// owner is the node whose marked content is open or pending, nil in
	// page furniture.
	owner *pdftag.Node
	cols  []float64 // the widths of a promise's table, once known
	// keepWordNumber keeps a word and the number after it on one line, in
	// column headings.
	keepWordNumber bool
}

func newLayout(doc *report.Document, fonts *fontSet, draw func(*page) error) *layout {
	th := doc.Theme
	th.TableSize = th.PDFTableSize
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

// add draws o on the current page, beginning first the marked content
// that waits for something to be drawn in it.
func (l *layout) add(o op) {
	if o.kind != opLink { // an annotation is not content
		l.open()
	}
	p := l.page()
	p.ops = append(p.ops, o)
}

// begin starts marked content that belongs to node. It is written, and
// the node given its mark, when something is drawn in it: a line that
// starts or ends with a link would otherwise leave an empty sequence of
// its cell's text beside the link's.
func (l *layout) begin(node *pdftag.Node) {
	l.open() // nested in one that waits, as it was begun
	l.pending, l.owner = node, node
}

// open writes the beginning of the marked content that waits.
func (l *layout) open() {
	n := l.pending
	if n == nil {
		return
	}
	l.pending = nil
	p := l.page()
	n.Marks = append(n.Marks, pdftag.Mark{Page: p.number, MCID: p.mcids})
	p.ops = append(p.ops, op{kind: opBegin, node: n, mcid: p.mcids})
	p.mcids++
}

func (l *layout) beginArtifact(props string) {
	l.owner = nil
	l.add(op{kind: opArtifact, artifact: props})
}

// end ends the marked content begun last, or forgets it when nothing was
// drawn in it.
func (l *layout) end() {
	l.owner = nil
	if l.pending != nil {
		l.pending = nil
		return
	}
	l.add(op{kind: opEnd})
}

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
	owner := l.owner
	y := l.baseline(top, size)
	if owner == nil || !l.fonts.standsIn(s, bold) {
		l.add(op{kind: opText, x: x, y: y, text: s, bold: bold, size: size, color: color})
		return
	}
	runs := l.fonts.shape(s, bold, size)
	// What is drawn as something else (an emoji's stand-in, the mark for a
	// character no font has) is marked content of its own, of the same
	// element, that gives the written text as /ActualText.
	at, done := 0, 0 // where the next run starts; what is drawn
	for _, r := range runs {
		if r.actual == "" {
			at += len(r.text)
			continue
		}
		if at > done {
			l.add(op{kind: opText, x: x, y: y, text: s[done:at], bold: bold, size: size, color: color})
			x += l.fonts.measure(s[done:at], bold, size)
		}
		l.end()
		p := l.page()
		owner.Marks = append(owner.Marks, pdftag.Mark{Page: p.number, MCID: p.mcids})
		p.ops = append(p.ops, op{kind: opBegin, node: owner, mcid: p.mcids, actual: r.actual})
		p.mcids++
		l.add(op{kind: opText, x: x, y: y, text: r.actual, bold: bold, size: size, color: color, actual: r.actual})
		l.add(op{kind: opEnd})
		l.begin(owner)
		x += r.width
		at += len(r.actual)
		done = at
	}
	if done < len(s) {
		l.add(op{kind: opText, x: x, y: y, text: s[done:], bold: bold, size: size, color: color})
	}
}

// ensure starts a new page unless height fits below the current position.
func (l *layout) ensure(height float64) {
	if l.y+height > l.bottom && l.y > l.top {
		l.newPage()
	}
}

// paragraph lays out text in the frame, breaking pages between lines.
func (l *layout) paragraph(node *pdftag.Node, text string, bold bool, size float64, color string, x, width, after float64) {
	lh := l.lineHeight(size)
	links := map[int]*pdftag.Node{}
	l.begin(node)
	for _, line := range l.lines(text, bold, color, size, width) {
		if l.y+lh > l.bottom && l.y > l.top {
			l.end()
			l.newPage()
			l.begin(node)
		}
		l.drawLine(x, l.y, line, size, node, links)
		l.y += lh
	}
	l.end()
	l.y += after
}

// heading keeps itself together with keep (the height of what must follow
// it on the same page), and is an entry of the outline at the top level.
func (l *layout) heading(role, text string, size float64, keep float64) {
	lines := l.wrap(text, true, size, l.width())
	after := size * 0.6
	l.ensure(float64(len(lines))*l.lineHeight(size) + after + keep)
	l.bookmark(text, 0)
	l.paragraph(l.child(l.root, role), text, true, size, l.th.HeadingColor, l.left, l.width(), after)
}

// bookmark adds an entry to the outline (the bookmarks a viewer shows)
// that leads to the current position.
func (l *layout) bookmark(text string, level int) {
	p := l.page()
	p.ops = append(p.ops, op{kind: opBookmark, text: text, h: float64(level), y: l.y})
}

// run lays out the document and hands every page to draw; it returns the
// first error draw returned.
func (l *layout) run() error {
	d, th := l.doc, l.th
	l.newPage()
	l.logos()
	after := th.TitleSize * 0.5
	if d.Date.S != "" {
		after = th.BodySize * 0.3
	}
	l.paragraph(l.child(l.root, "H1"), d.Title.S, true, th.TitleSize, th.HeadingColor, l.left, l.width(), after)
	if d.Date.S != "" {
		l.paragraph(l.child(l.root, "P"), d.Date.S, false, th.BodySize, th.TextColor, l.left, l.width(), th.TitleSize*0.5)
	}
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
	l.summary()
	l.heading("H2", d.ActivitiesHeading.S, th.HeadingSize, l.tableStartHeight(0))
	for i := range d.Promises {
		l.table(i)
	}
	l.signatories()
	l.send(l.cur)
	l.footers()
	return l.err
}
