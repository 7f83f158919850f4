package pdf

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"uppfoljning/internal/pdftag"
	"uppfoljning/internal/report"
)

// cellLine is one line of laid-out text. A line with a mark starts with a
// small square in the mark's colour (a status).
type cellLine struct {
	text   string
	bold   bool
	color  string
	mark   string
	indent float64
	right  bool // set flush right, as numbers are
	links  []lineLink
	// furniture is how many bytes at the start of the line are drawn as
	// page furniture: the promise's marker, which a reader need not hear.
	furniture int
}

// from is the rest of the line after its first k bytes.
func (cl cellLine) from(k int) cellLine {
	rest := cl
	rest.text, rest.links, rest.furniture, rest.mark = cl.text[k:], nil, 0, ""
	for _, lk := range cl.links {
		lk.from, lk.to = lk.from-k, lk.to-k
		rest.links = append(rest.links, lk)
	}
	return rest
}

// lineLink is the part of a web or e-mail address that a line holds: the
// bytes [from, to) of the line's text. The lines of one address share its
// id, so that they are one Link element.
type lineLink struct {
	from, to int
	id       int
	target   string
}

// span is a line of a wrapped text: the bytes [start, end) of the text, and
// whether a space follows, written at the line's end so that a screen
// reader and copied text do not join its last word to the next line's
// first.
type span struct {
	start, end int
	space      bool
}

// wrap breaks text into lines no wider than width. Line breaks in the text
// are kept; a word wider than a line is broken, an address only where
// report.AddressBreaks says, any other between characters.
//
// Lines break only at plain spaces: a no-break space (as in "10 000") holds.
func (l *layout) wrap(text string, bold bool, size, width float64) []string {
	spans := l.wrapSpans(text, bold, size, width)
	lines := make([]string, len(spans))
	for i, s := range spans {
		lines[i] = spanText(text, s)
	}
	return lines
}

func spanText(text string, s span) string {
	if s.space {
		return text[s.start:s.end] + " "
	}
	return text[s.start:s.end]
}

func (l *layout) wrapSpans(text string, bold bool, size, width float64) []span {
	var out []span
	space := l.fonts.measure(" ", bold, size)
	for ps := 0; ps <= len(text); {
		pe := strings.IndexByte(text[ps:], '\n')
		if pe < 0 {
			pe = len(text)
		} else {
			pe += ps
		}
		cur, curW := span{start: -1}, 0.0
		flush := func() {
			cur.space = true
			out = append(out, cur)
			cur, curW = span{start: -1}, 0
		}
		for ws := ps; ws < pe; {
			if text[ws] == ' ' {
				ws++
				continue
			}
			we := l.wordEnd(text, ws, pe)
			ww := l.fonts.measure(text[ws:we], bold, size)
			switch {
			case ww > width:
				if cur.start >= 0 {
					flush()
				}
				pieces := l.breakWord(text[ws:we], bold, size, width)
				at := ws
				for _, p := range pieces[:len(pieces)-1] {
					out = append(out, span{start: at, end: at + len(p)})
					at += len(p)
				}
				cur = span{start: at, end: we}
				curW = l.fonts.measure(text[at:we], bold, size)
			case cur.start < 0:
				cur, curW = span{start: ws, end: we}, ww
			case curW+space*float64(ws-cur.end)+ww <= width:
				curW += space*float64(ws-cur.end) + ww
				cur.end = we
			default:
				flush()
				cur, curW = span{start: ws, end: we}, ww
			}
			ws = we
		}
		if cur.start < 0 {
			out = append(out, span{start: ps, end: ps}) // an empty paragraph is an empty line
		} else {
			cur.space = pe < len(text)
			out = append(out, cur)
		}
		ps = pe + 1
	}
	return out
}

// wordEnd is where the word from ws ends: at the next space the line may
// break at, or pe.
func (l *layout) wordEnd(text string, ws, pe int) int {
	for i := ws; i < pe; i++ {
		if text[i] == ' ' && !l.glued(text[:pe], i) {
			return i
		}
	}
	return pe
}

// glued tells whether the space at i holds its neighbours together: the
// groups of a number ("1 200"), a number and its unit sign ("200 €"), a
// sign and its number ("≈ 1 200"), and in column headings a word and the
// number after it ("Tertial 2").
func (l *layout) glued(text string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+1:])
	switch {
	case unicode.IsDigit(before) && strings.ContainsRune("€$£¥%‰", after):
		return true
	case strings.ContainsRune("≈~±<>≤≥", before) && unicode.IsDigit(after):
		return true
	case unicode.IsDigit(before) && unicode.IsDigit(after):
		// a group of three digits that ends the number
		group := text[i+1:]
		return len(group) >= 3 && isDigits(group[:3]) && (len(group) == 3 || !unicode.IsDigit(rune(group[3])))
	case l.keepWordNumber && unicode.IsLetter(before) && unicode.IsDigit(after):
		return true
	}
	return false
}

func isDigits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// units are the parts of text that never break over lines.
func (l *layout) units(text string, keepWordNumber bool) []string {
	saved := l.keepWordNumber
	l.keepWordNumber = keepWordNumber
	defer func() { l.keepWordNumber = saved }()
	var out []string
	for ws := 0; ws < len(text); {
		if text[ws] == ' ' || text[ws] == '\n' {
			ws++
			continue
		}
		pe := strings.IndexByte(text[ws:], '\n')
		if pe < 0 {
			pe = len(text)
		} else {
			pe += ws
		}
		we := l.wordEnd(text, ws, pe)
		out = append(out, text[ws:we])
		ws = we
	}
	return out
}

// breakWord breaks a word wider than width into pieces that fit. A word
// that holds an address breaks only where report.AddressBreaks allows, or
// at the address's edges, where there is such a place that fits, and is
// never hyphenated; any other word breaks between characters.
func (l *layout) breakWord(word string, bold bool, size, width float64) []string {
	var allowed map[int]bool // nil: anywhere
	if links := report.Links(word); len(links) > 0 {
		allowed = map[int]bool{}
		for _, lk := range links {
			allowed[lk.Start], allowed[lk.End] = true, true
			for _, i := range report.AddressBreaks(word[lk.Start:lk.End]) {
				allowed[lk.Start+i] = true
			}
		}
	}
	var pieces []string
	start, w := 0, 0.0
	last := -1 // the last place since start where a line may start
	for i, r := range word {
		if allowed == nil || allowed[i] {
			last = i
		}
		rw := l.fonts.measure(string(r), bold, size)
		if w+rw > width && i > start {
			cut := i
			if last > start {
				cut = last
			}
			pieces = append(pieces, word[start:cut])
			w = l.fonts.measure(word[cut:i], bold, size)
			start = cut
		}
		w += rw
	}
	return append(pieces, word[start:])
}

// lines wraps text into lines of one style, each with the parts of the
// text's addresses it holds.
func (l *layout) lines(text string, bold bool, color string, size, width float64) []cellLine {
	links := report.Links(text)
	var out []cellLine
	for _, s := range l.wrapSpans(text, bold, size, width) {
		cl := cellLine{text: spanText(text, s), bold: bold, color: color}
		for id, lk := range links {
			if from, to := max(lk.Start, s.start), min(lk.End, s.end); from < to {
				cl.links = append(cl.links, lineLink{from: from - s.start, to: to - s.start, id: id, target: lk.Target})
			}
		}
		out = append(out, cl)
	}
	return out
}

// drawLine draws a line at x in the line box at top, inside the marked
// content of owner that is open. Each part of an address is drawn in the
// link colour, underlined, inside a Link element of its own (made the
// first time, in links) that also owns the clickable area: PDF/UA's way.
// Without an owner (page furniture) an address is drawn as text.
func (l *layout) drawLine(x, top float64, cl cellLine, size float64, owner *pdftag.Node, links map[int]*pdftag.Node) {
	if cl.right {
		x -= l.fonts.measure(strings.TrimSuffix(cl.text, " "), cl.bold, size)
	}
	if len(cl.links) == 0 || owner == nil {
		l.text(x, top, cl.text, cl.bold, size, cl.color)
		return
	}
	at := 0
	for _, lk := range cl.links {
		if lk.from > at {
			l.text(x, top, cl.text[at:lk.from], cl.bold, size, cl.color)
			x += l.fonts.measure(cl.text[at:lk.from], cl.bold, size)
		}
		part := cl.text[lk.from:lk.to]
		w := l.fonts.measure(part, cl.bold, size)
		node := links[lk.id]
		if node == nil {
			node = l.child(owner, "Link")
			links[lk.id] = node
		}
		l.end()
		l.begin(node)
		l.text(x, top, part, cl.bold, size, l.th.LinkColor)
		base := l.baseline(top, size) + size*0.12
		l.add(op{kind: opLine, x: x, y: base, w: w, color: l.th.LinkColor})
		l.end()
		p := l.page()
		node.Annots = append(node.Annots, pdftag.Annot{Page: p.number, Index: p.annots, Contents: lk.target})
		p.annots++
		l.add(op{kind: opLink, x: x, y: top, w: w, h: l.lineHeight(size), text: uriText(lk.target)})
		l.begin(owner)
		x += w
		at = lk.to
	}
	if at < len(cl.text) {
		l.text(x, top, cl.text[at:], cl.bold, size, cl.color)
	}
}

// uriText is an address as a link annotation holds it: in ASCII, with
// other characters percent-encoded (ISO 32000-1 12.6.4.7).
func uriText(target string) string {
	var b strings.Builder
	for i := 0; i < len(target); i++ {
		c := target[i]
		if c <= ' ' || c >= 0x7f {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
