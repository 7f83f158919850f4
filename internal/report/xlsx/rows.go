package xlsx

import (
	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
)

// row is one row of a sheet before it is streamed.
type row struct {
	values []any
	height float64 // 0 leaves the reader's default
	merge  [2]int  // first and last column of a merged range, or zeros
	links  []link  // the row's cells that are one address each, linked where they stand
	// addresses are the other addresses in the row's cells, each linked
	// in a cell of its own beside the printed columns.
	addresses []address
}

// link makes a cell of a row a hyperlink.
type link struct {
	col    int
	target string
}

// address is a web or e-mail address as written, and where it leads.
type address struct {
	text, target string
}

// cellText is one cell of a row before the row is laid out.
type cellText struct {
	text  string
	src   report.Text // where the text comes from, for warnings
	lead  string      // a status word, set in bold on a line of its own above text
	style int
	span  int     // the columns the cell covers; 0 is 1
	width float64 // the text area's width in ems
	bold  bool
}

// piece is the part of a cell's text that one row shows: the bytes
// [start, end) of the text, which take lines lines.
type piece struct {
	start, end int
	lines      int
}

// rowsPer is how many lines of text at size pt the tallest row holds.
func rowsPer(pt float64) int {
	return max(1, int((maxRowHeight-rowPadPt)/(pt*lineEm)))
}

// layRow lays out one row of cells. Excel cannot make a row taller than
// 409 points, and a taller text would show and print only its top; such a
// text continues in the rows below, split between lines, so that every
// line shows and prints, as the PDF splits a tall row across pages. cont
// is written in the first cell of a continued row when that cell has
// nothing left to show.
func (r *renderer) layRow(cells []cellText, size float64, cont string) []row {
	per := rowsPer(size)
	pieces := make([][]piece, len(cells))
	n := 1
	for i, c := range cells {
		lead := 0
		if c.lead != "" {
			lead = wrappedLines(c.lead, c.width, true)
		}
		pieces[i] = split(c.text, c.width, c.bold, lead, per)
		n = max(n, len(pieces[i]))
	}
	rows := make([]row, n)
	for k := range rows {
		rw, col, lines := &rows[k], 1, 1
		for i, c := range cells {
			cell := excelize.Cell{StyleID: c.style}
			if k < len(pieces[i]) {
				p := pieces[i][k]
				lines = max(lines, p.lines)
				cell.Value = r.pieceValue(c, p, k == 0)
				target := ""
				if k > 0 || c.lead == "" {
					target = wholeLink(c.text[p.start:p.end], c.width, c.bold)
				}
				if target != "" {
					rw.links = append(rw.links, link{col: col, target: target})
				} else {
					rw.addresses = append(rw.addresses, addressesIn(c.text, p)...)
				}
			} else if i == 0 && cont != "" {
				cell.Value = cont
			}
			rw.values = append(rw.values, cell)
			span := max(c.span, 1)
			for range span - 1 {
				rw.values = append(rw.values, excelize.Cell{StyleID: c.style})
			}
			if span > 1 {
				rw.merge = [2]int{col, col + span - 1}
			}
			col += span
		}
		rw.height = min(linesHeight(lines, size), maxRowHeight)
	}
	return rows
}

// pieceValue is what a cell shows of its text in one row: a status word
// leads the first row's text, in bold.
func (r *renderer) pieceValue(c cellText, p piece, first bool) any {
	text := r.fit(c.text[p.start:p.end], c.src)
	if !first || c.lead == "" {
		return text
	}
	font := func(bold bool) *excelize.Font {
		th := r.doc.Theme
		return &excelize.Font{Family: fontName, Size: th.TableSize, Bold: bold, Color: hex(th.TextColor)}
	}
	runs := []excelize.RichTextRun{{Text: c.lead, Font: font(true)}}
	if text != "" {
		runs = append(runs, excelize.RichTextRun{Text: "\n" + text, Font: font(false)})
	}
	return runs
}

// split cuts text into pieces of at most per lines each, the first after
// lead lines of its own. A piece ends where a line begins, and the space or
// line break there, which the reader would not show, is left out.
func split(text string, width float64, bold bool, lead, per int) []piece {
	if text == "" {
		if lead == 0 {
			return nil
		}
		return []piece{{lines: lead}}
	}
	if n := wrappedLines(text, width, bold); lead+n <= per {
		return []piece{{end: len(text), lines: lead + n}}
	}
	starts := lineStarts(text, width, bold)
	var out []piece
	for from, room := 0, max(per-lead, 1); from < len(starts); room = per {
		to := min(from+room, len(starts))
		p := piece{start: starts[from], end: len(text), lines: to - from}
		if to < len(starts) {
			p.end = starts[to]
			if c := text[p.end-1]; p.end > p.start && (c == ' ' || c == '\n') {
				p.end--
			}
		}
		if len(out) == 0 {
			p.lines += lead
		}
		out = append(out, p)
		from = to
	}
	return out
}

// wholeLink is the address that text is, when it is one address and
// nothing else and fits on one line widthEm wide: only such a cell is
// linked where it stands. LibreOffice shows a linked cell's text as one
// line, unwrapped and without a status line in bold, so a longer text
// would be cut off on screen and on paper; its addresses are linked
// beside it instead (addressesIn).
func wholeLink(text string, widthEm float64, bold bool) string {
	links := report.Links(text)
	if len(links) != 1 || links[0].Start > 0 || links[0].End < len(text) || wrappedLines(text, widthEm, bold) > 1 {
		return ""
	}
	return links[0].Target
}

// addressesIn lists the addresses that begin in a piece of text, which
// the piece's row links in cells of their own.
func addressesIn(text string, p piece) []address {
	var out []address
	for _, l := range report.Links(text) {
		if l.Start >= p.start && l.Start < p.end {
			out = append(out, address{text: text[l.Start:l.End], target: l.Target})
		}
	}
	return out
}

// rowWriter streams rows one after another. Its first error sticks: the
// rows after it are not written, and the sheet's writer reports it.
type rowWriter struct {
	f     *excelize.File
	sheet string
	sw    *excelize.StreamWriter
	n     int // rows written
	links int // hyperlinks made
	err   error
	// linkCol is the first column beside the printed ones, where a row's
	// addresses are linked; linkStyle is their style.
	linkCol, linkStyle int
}

func (w *rowWriter) put(rows ...row) {
	for _, rw := range rows {
		if w.err != nil {
			return
		}
		w.n++
		var opts []excelize.RowOpts
		if rw.height > 0 {
			opts = append(opts, excelize.RowOpts{Height: rw.height})
		}
		values := rw.values
		if len(rw.addresses) > 0 {
			values = append(make([]any, 0, w.linkCol+len(rw.addresses)), rw.values...)
			for len(values) < w.linkCol-1 {
				values = append(values, nil)
			}
			for _, a := range rw.addresses {
				values = append(values, excelize.Cell{StyleID: w.linkStyle, Value: a.text})
			}
		}
		if w.err = w.sw.SetRow(cellName(1, w.n), values, opts...); w.err == nil && rw.merge[0] > 0 {
			w.err = w.sw.MergeCell(cellName(rw.merge[0], w.n), cellName(rw.merge[1], w.n))
		}
		for _, l := range rw.links {
			w.hyperlink(cellName(l.col, w.n), l.target)
		}
		for i, a := range rw.addresses {
			w.hyperlink(cellName(w.linkCol+i, w.n), a.target)
		}
	}
}

// hyperlink links a cell to target. A streamed sheet keeps its
// hyperlinks until it is flushed. Beyond the most a sheet holds, the
// cells keep their text unlinked.
func (w *rowWriter) hyperlink(cell, target string) {
	if w.err != nil || w.links >= excelize.TotalSheetHyperlinks {
		return
	}
	w.links++
	tip := target
	w.err = w.f.SetCellHyperLink(w.sheet, cell, target, "External", excelize.HyperlinkOpts{Tooltip: &tip})
}
