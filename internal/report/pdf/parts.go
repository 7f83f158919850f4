package pdf

import (
	"math"
	"strconv"
	"strings"

	"uppfoljning/internal/report"
)

// logos sets the logo row at the top of the first page.
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

// promiseList lists the promises under their heading.
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

// summary is the table, after the list of promises, that counts each
// promise's activities in each status: a tagged table, with the promise
// as each row's header, the statuses as the columns' and the totals last.
func (l *layout) summary() {
	sum, th := l.doc.Summary, l.th
	if len(sum.Rows) == 0 {
		return
	}
	widths := l.summaryWidths()
	header := l.summaryRow(widths, sum.Columns, true, false)
	rows := []*row{header}
	for _, r := range append(sum.Rows, sum.Total) {
		cells := []string{r.Label}
		for _, n := range r.Counts {
			cells = append(cells, strconv.Itoa(n))
		}
		rows = append(rows, l.summaryRow(widths, append(cells, strconv.Itoa(r.Total)), r.Number == 0, true))
	}
	caption := newRow([]float64{l.width()})
	caption.cells[0] = l.lines(sum.Caption, true, th.TextColor, th.TableSize, l.width()-2*l.pad())
	height := l.rowHeight(caption.lines())
	for _, r := range rows {
		height += l.rowHeight(r.lines())
	}
	// The heading stays with the table; the table stays on one page when
	// a page can hold it.
	keep := l.rowHeight(caption.lines()) + l.rowHeight(header.lines())
	if height <= l.bottom-l.top-2*l.lineHeight(th.HeadingSize) {
		keep = height
	}
	l.heading("H2", sum.Heading, th.HeadingSize, keep)
	table := l.child(l.root, "Table")
	caption.nodes[0] = l.child(table, "Caption")
	l.rowAcrossPages(caption, 0, func() {})
	for i, r := range rows {
		tr := l.child(table, "TR")
		for c := range r.nodes {
			role, scope := "TD", ""
			switch {
			case i == 0:
				role, scope = "TH", "Column"
			case c == 0:
				role, scope = "TH", "Row"
			}
			r.nodes[c] = l.child(tr, role)
			r.nodes[c].Scope = scope
		}
		l.rowAcrossPages(r, 0, func() {})
	}
	l.y += th.BodySize * 1.4
}

// summaryWidths gives each count's column room for the longest word of
// its heading, so that no word is broken, and the promise's column the
// rest. Should the counts take more than two thirds of the width, they are
// narrowed alike.
func (l *layout) summaryWidths() []float64 {
	size, pad := l.th.TableSize, l.pad()
	widths := []float64{0}
	total := 0.0
	for _, heading := range l.doc.Summary.Columns[1:] {
		w := l.fonts.measure("0000", true, size)
		for _, word := range strings.Fields(heading) {
			w = math.Max(w, l.fonts.measure(word, true, size))
		}
		widths = append(widths, w+2*pad+1)
		total += w + 2*pad + 1
	}
	if most := l.width() * 2 / 3; total > most {
		for i := range widths {
			widths[i] *= most / total
		}
		total = most
	}
	widths[0] = l.width() - total
	return widths
}

// summaryRow is a row of the summary: the header's or the total's (bold,
// shaded), or a promise's; counts are set flush right.
func (l *layout) summaryRow(widths []float64, cells []string, bold, counts bool) *row {
	r := newRow(widths)
	for i, text := range cells {
		r.cells[i] = l.cellText(text, bold, l.th.TextColor, widths[i])
		if bold {
			r.fills[i] = l.th.HeaderFill
		}
		for j := range r.cells[i] {
			r.cells[i][j].right = counts && i > 0
		}
	}
	return r
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
