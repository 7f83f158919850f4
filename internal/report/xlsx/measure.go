package xlsx

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"

	"uppfoljning/internal/report/fonts"
)

// Neither Excel nor LibreOffice fits a row to its wrapped text when a file
// is opened, and merged cells are never fitted, so every row height is set
// from an estimate of the lines its text wraps to. The workbook is set in
// Arial, which LibreOffice replaces by its metric twin Liberation Sans, so
// Liberation Sans' advance widths predict both readers.

// Units of the estimate. Column widths are in Excel's character units: a
// unit is the maximum digit width of the workbook's normal font, Arial
// 11 pt, which both readers draw 8 pixels wide at 96 dpi.
const (
	digitPx = 8.0
	// cellPadPx is the space the readers keep between a cell's border and
	// its text, both sides together, plus the grid line.
	cellPadPx = 6.0
	// widthSafety shrinks the usable width: screen rendering rounds glyph
	// advances to whole pixels, which makes text up to several per cent
	// wider than the font's nominal widths, and a cut line is worse than a
	// little space.
	widthSafety = 0.9
	// lineEm is a line's height in ems: Arial's ascent, descent and line
	// gap come to 1.15; the rest absorbs rounding to pixels.
	lineEm = 1.3
	// rowPadPt is the space above the first and below the last line.
	rowPadPt = 4.0
	// maxRowHeight is the tallest row Excel accepts, in points.
	maxRowHeight = 409.0
)

// face gives advance widths in ems.
type face struct {
	*fonts.Font
	latin [0x250]float64 // Basic Latin to Latin Extended-B, precomputed
}

var faces struct {
	once          sync.Once
	regular, bold *face
}

func loadFace(bold bool) *face {
	f, err := fonts.Load("Liberation Sans", bold)
	if err != nil {
		panic("xlsx: " + err.Error()) // the font is compiled in
	}
	fc := &face{Font: f}
	var buf sfnt.Buffer
	for r := range fc.latin {
		fc.latin[r] = fc.lookup(&buf, rune(r))
	}
	return fc
}

func faceFor(bold bool) *face {
	faces.once.Do(func() {
		faces.regular = loadFace(false)
		faces.bold = loadFace(true)
	})
	if bold {
		return faces.bold
	}
	return faces.regular
}

// lookup measures one character. Characters the font lacks are drawn by a
// fallback font whose widths are unknown: they are taken as wide.
func (fc *face) lookup(buf *sfnt.Buffer, r rune) float64 {
	if em, ok := fc.Advance(buf, r); ok {
		return em
	}
	if r >= 0x1F000 { // emoji are drawn wider than an em
		return 1.4
	}
	return 1.0
}

func (fc *face) em(r rune) float64 {
	if r >= 0 && int(r) < len(fc.latin) {
		return fc.latin[r]
	}
	var buf sfnt.Buffer
	return fc.lookup(&buf, r)
}

func (fc *face) width(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += fc.em(r)
	}
	return w
}

// wrappedLines estimates how many lines text takes in a text area width
// ems wide. It breaks lines at spaces only, and inside a word only when the
// word is longer than a line: the readers also break after hyphens and
// slashes, which can only save lines.
func wrappedLines(text string, widthEm float64, bold bool) int {
	return wrap(text, widthEm, bold, nil)
}

// lineStarts is where each line that wrappedLines counts begins, as byte
// offsets into text; the first is 0.
func lineStarts(text string, widthEm float64, bold bool) []int {
	starts := []int{}
	wrap(text, widthEm, bold, &starts)
	return starts
}

// wrap counts the lines of text, and when starts is not nil appends where
// each begins.
func wrap(text string, widthEm float64, bold bool, starts *[]int) int {
	fc := faceFor(bold)
	space := fc.em(' ')
	lines := 0
	at := 0 // the byte offset of what is read next
	newLine := func(offset int) {
		lines++
		if starts != nil {
			*starts = append(*starts, offset)
		}
	}
	for _, para := range strings.Split(text, "\n") {
		newLine(at)
		x := 0.0 // width used on the current line
		for i, word := range strings.Split(para, " ") {
			if i > 0 {
				at++ // the space
			}
			w := fc.width(word)
			if i > 0 {
				if x+space+w <= widthEm {
					x += space + w
					at += len(word)
					continue
				}
				newLine(at)
				x = 0
			}
			if w <= widthEm {
				x = w
				at += len(word)
				continue
			}
			// A word longer than a line is broken between characters.
			for len(word) > 0 {
				r, n := utf8.DecodeRuneInString(word)
				cw := fc.em(r)
				if x > 0 && x+cw > widthEm {
					newLine(at)
					x = 0
				}
				x += cw
				word = word[n:]
				at += n
			}
		}
		at++ // the line break
	}
	return lines
}

// textEms is the width in ems, at font size pt, that text may fill in
// cells totalling units wide.
func textEms(units, pt float64) float64 {
	px := units*digitPx - cellPadPx
	return math.Max(px*widthSafety*0.75/pt, 1)
}

// linesHeight is the row height in points for lines of text at size pt.
func linesHeight(lines int, pt float64) float64 {
	return math.Ceil(float64(lines)*pt*lineEm + rowPadPt)
}
