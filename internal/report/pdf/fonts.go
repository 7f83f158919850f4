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
// font has no glyph for it.
func (f *face) width(r rune) int {
	if w, ok := f.widths[r]; ok {
		return w
	}
	w := -1
	if r <= 0xFFFF { // fpdf cannot address glyphs above the BMP
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
// regular styles.
type fontSet struct {
	faces [4]*face // main regular, main bold, fallback regular, fallback bold
	// glyphs caches the choice per style for every character fpdf can
	// address (the BMP): measuring runs for every character laid out.
	glyphs [2][]glyph
}

// glyph is the face that draws a character and its advance in thousandths
// of an em. face is the index into faces plus one; 0 means not yet looked
// up, -1 that no face has the character.
type glyph struct {
	face  int8
	width int16
}

func newFontSet(main, fallback string) (*fontSet, error) {
	var fs fontSet
	for i, spec := range []struct {
		name string
		bold bool
	}{{main, false}, {main, true}, {fallback, false}, {fallback, true}} {
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
	return &fs, nil
}

func (fs *fontSet) glyph(r rune, bold bool) glyph {
	if r < 0 || r > 0xFFFF {
		return glyph{face: -1}
	}
	style := 0
	if bold {
		style = 1
	}
	if fs.glyphs[style] == nil {
		fs.glyphs[style] = make([]glyph, 0x10000)
	}
	g := fs.glyphs[style][r]
	if g.face != 0 {
		return g
	}
	order := [4]int{0, 2, 1, 3}
	if bold {
		order = [4]int{1, 3, 0, 2}
	}
	g = glyph{face: -1}
	for _, i := range order {
		if w := fs.faces[i].width(r); w >= 0 {
			g = glyph{face: int8(i + 1), width: int16(w)}
			break
		}
	}
	fs.glyphs[style][r] = g
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

// measure is the width of s in points at size.
func (fs *fontSet) measure(s string, bold bool, size float64) float64 {
	total := 0
	for _, r := range s {
		if g := fs.glyph(r, bold); g.face > 0 {
			total += int(g.width)
		}
	}
	return float64(total) * size / 1000
}

// replaceUndrawable marks characters no face can draw. The document's own
// texts have been through Sanitize, which warns of them; this guards the
// template's words, and keeps characters fpdf cannot address (above the
// BMP, on which it panics) from ever reaching it.
func (fs *fontSet) replaceUndrawable(s string, bold bool) string {
	ok := func(r rune) bool { return fs.glyph(r, bold).face > 0 }
	mark := report.Replacement
	if !ok(mark) {
		mark = '?' // every embedded font has it
	}
	return strings.Map(func(r rune) rune {
		if ok(r) {
			return r
		}
		return mark
	}, s)
}

// textRun is a stretch of text drawn with one face.
type textRun struct {
	face  *face
	text  string
	width float64
}

// shape splits s into runs of one face each.
func (fs *fontSet) shape(s string, bold bool, size float64) []textRun {
	var runs []textRun
	start := 0
	var cur *face
	w := 0
	flush := func(end int) {
		if end > start && cur != nil {
			runs = append(runs, textRun{face: cur, text: s[start:end], width: float64(w) * size / 1000})
		}
	}
	for i, r := range s {
		g := fs.glyph(r, bold)
		if g.face <= 0 {
			return fs.shape(fs.replaceUndrawable(s, bold), bold, size)
		}
		if f := fs.faces[g.face-1]; f != cur {
			flush(i)
			start, cur, w = i, f, 0
		}
		w += int(g.width)
	}
	flush(len(s))
	return runs
}
