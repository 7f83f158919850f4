package pdf

import (
	"strings"

	"golang.org/x/image/font/sfnt"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/fonts"
)

// face is one font in one style as a render uses it. It caches the widths
// of the characters it has measured, in thousandths of an em, rounded as
// fpdf rounds them so that measuring and drawing agree.
type face struct {
	family string // the name fpdf knows it by
	style  string // "" or "B"
	*fonts.Font
	buf    sfnt.Buffer
	widths map[rune]int // -1: the font has no glyph
	used   bool         // registered with fpdf
}

func newFace(family, style string, f *fonts.Font) *face {
	return &face{family: family, style: style, Font: f, widths: make(map[rune]int, 128)}
}

// width returns the advance of r in thousandths of an em, or -1 when the
// font has no glyph for it that fpdf can address: a character above the
// BMP only in the emoji font, by its stand-in; and that font's stand-ins
// (the Private Use Area) never for themselves.
func (f *face) width(r rune) int {
	if w, ok := f.widths[r]; ok {
		return w
	}
	w := -1
	addressable := r <= 0xFFFF
	if f.StandIns != nil {
		_, standIn := f.StandIns[r]
		addressable = standIn || r < 0xE000 || r > 0xF8FF && r <= 0xFFFF
	}
	if addressable {
		if em, ok := f.Advance(&f.buf, r); ok {
			w = int(em*1000 + 0.5)
		}
	}
	f.widths[r] = w
	return w
}

// pdfName is the name fpdf gives the face in the file; the tagger renames
// it to the font's own PostScript name.
func (f *face) pdfName() string {
	return "utf8" + strings.ToLower(f.family) + f.style
}

// fontSet picks, for each character, the first face that can draw it: the
// theme's font in the wanted style, its fallback in that style, then the
// regular styles, then the emoji font. A character no face has is drawn as
// the replacement mark.
type fontSet struct {
	faces [5]*face // main regular, main bold, fallback regular, fallback bold, emoji
	// glyphs caches the choice per style for every character of the BMP:
	// measuring runs for every character laid out. Others are in more.
	glyphs [2][]glyph
	more   [2]map[rune]glyph
	mark   rune // the replacement mark, drawn for a character no face has
}

// glyph is the face that draws a character and its advance in thousandths
// of an em. face is the index into faces plus one; 0 means not yet looked
// up, -1 that no face has the character, when width is the replacement
// mark's.
type glyph struct {
	face  int8
	width int16
}

func newFontSet(main, fallback string) (*fontSet, error) {
	var fs fontSet
	for i, spec := range []struct {
		name string
		bold bool
	}{{main, false}, {main, true}, {fallback, false}, {fallback, true}, {fonts.EmojiName, false}} {
		p, err := fonts.Load(spec.name, spec.bold)
		if err != nil {
			return nil, err
		}
		style := ""
		if spec.bold {
			style = "B"
		}
		// The family becomes the font's name in the file (BaseFont), where
		// a reader's font list shows it.
		fs.faces[i] = newFace(strings.ReplaceAll(spec.name, " ", ""), style, p)
	}
	fs.mark = report.Replacement
	if !fs.drawable(fs.mark) {
		fs.mark = '?' // every text font has it
	}
	return &fs, nil
}

func (fs *fontSet) glyph(r rune, bold bool) glyph {
	style := 0
	if bold {
		style = 1
	}
	if r < 0 || r > 0xFFFF {
		if g, ok := fs.more[style][r]; ok {
			return g
		}
		g := fs.lookUp(r, bold)
		if fs.more[style] == nil {
			fs.more[style] = map[rune]glyph{}
		}
		fs.more[style][r] = g
		return g
	}
	if fs.glyphs[style] == nil {
		fs.glyphs[style] = make([]glyph, 0x10000)
	}
	g := fs.glyphs[style][r]
	if g.face == 0 {
		g = fs.lookUp(r, bold)
		fs.glyphs[style][r] = g
	}
	return g
}

func (fs *fontSet) lookUp(r rune, bold bool) glyph {
	if skinTone(r) {
		// Drawn as nothing: without the font's sequences, a skin tone
		// would be a coloured square after the person it belongs to. It
		// is kept in the emoji's /ActualText.
		return glyph{face: int8(len(fs.faces))}
	}
	if r == 0x200D || r == 0xFE0F {
		// The joiner and the emoji selector belong to emoji: the emoji
		// font has them, empty; a text font may draw them as a mark.
		if w := fs.faces[4].width(r); w >= 0 {
			return glyph{face: int8(len(fs.faces)), width: int16(w)}
		}
	}
	order := [5]int{0, 2, 1, 3, 4}
	if bold {
		order = [5]int{1, 3, 0, 2, 4}
	}
	for _, i := range order {
		if w := fs.faces[i].width(r); w >= 0 {
			return glyph{face: int8(i + 1), width: int16(w)}
		}
	}
	g := glyph{face: -1}
	if r != fs.mark && fs.mark != 0 {
		g.width = fs.glyph(fs.mark, bold).width
	}
	return g
}

// postScriptNames maps each face's name in the file to its PostScript name.
func (fs *fontSet) postScriptNames() map[string]string {
	names := map[string]string{}
	for _, f := range fs.faces {
		if f.PostScriptName != "" {
			names[f.pdfName()] = f.PostScriptName
		}
	}
	return names
}

// drawable tells whether some face can draw r.
func (fs *fontSet) drawable(r rune) bool {
	return fs.glyph(r, false).face > 0
}

// standsIn tells whether some character of s is drawn as something else:
// an emoji's stand-in, or the mark for a character no face has.
func (fs *fontSet) standsIn(s string, bold bool) bool {
	for _, r := range s {
		if r > 0xFFFF || fs.glyph(r, bold).face < 0 {
			return true
		}
	}
	return false
}

// measure is the width of s in points at size, as drawn: a character no
// face has, as wide as the replacement mark.
func (fs *fontSet) measure(s string, bold bool, size float64) float64 {
	total := 0
	for _, r := range s {
		total += int(fs.glyph(r, bold).width)
	}
	return float64(total) * size / 1000
}

// textRun is a stretch of text drawn with one face. Where what is drawn
// is not the text itself (an emoji's stand-in, the replacement mark for a
// character no face has), actual is the text, which a reader gets instead
// (/ActualText).
type textRun struct {
	face   *face
	text   string
	actual string
	width  float64
}

// shape splits s into runs of one face each. Characters drawn as something
// else each get a run of their own, whose actual text is the character
// with the variation selectors and joiners that follow it.
func (fs *fontSet) shape(s string, bold bool, size float64) []textRun {
	var runs []textRun
	var b strings.Builder
	var cur *face
	w, start := 0, 0
	flush := func(end int) {
		if b.Len() > 0 {
			runs = append(runs, textRun{face: cur, text: b.String(), width: float64(w) * size / 1000})
			if drawn := b.String(); drawn != s[start:end] {
				runs[len(runs)-1].actual = s[start:end]
			}
		}
		b.Reset()
		w, start = 0, end
	}
	standIn := false // the run holds a character drawn as something else
	for i, r := range s {
		g := fs.glyph(r, bold)
		drawn, f := r, (*face)(nil)
		if g.face > 0 {
			f = fs.faces[g.face-1]
			if r > 0xFFFF {
				drawn = f.StandIns[r]
			}
		} else {
			drawn, f = fs.mark, fs.faces[fs.glyph(fs.mark, bold).face-1]
		}
		other := drawn != r
		joins := standIn && f == cur && zeroWidth(r)
		if !joins && (f != cur || other || standIn) {
			flush(i)
			cur, standIn = f, other
		}
		if !skinTone(r) {
			b.WriteRune(drawn)
		} else if b.Len() == 0 {
			b.WriteRune(0xFE0F) // a skin tone alone: a run draws something, here nothing visible
		}
		w += int(g.width)
	}
	flush(len(s))
	return runs
}

func skinTone(r rune) bool { return r >= 0x1F3FB && r <= 0x1F3FF }

// zeroWidth tells whether r belongs to the character before it: a
// variation selector, a joiner, a skin tone or a tag.
func zeroWidth(r rune) bool {
	return r == 0x200D || r >= 0xFE00 && r <= 0xFE0F || r >= 0x1F3FB && r <= 0x1F3FF || r >= 0xE0020 && r <= 0xE007F
}
