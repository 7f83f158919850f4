// Package fonts holds the fonts the outputs are set in, taken from Go
// modules so that a build needs no fonts installed on the machine: the PDF
// embeds them, and the workbook measures its text with them to size its
// rows.
package fonts

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Names are the fonts a theme may name.
var Names = []string{"Liberation Sans", "DejaVu Sans", "Go"}

var files = map[string][2][]byte{
	"Liberation Sans": {liberationsansregular.TTF, liberationsansbold.TTF},
	"DejaVu Sans":     {dejavusans.TTF, dejavusansbold.TTF},
	"Go":              {goregular.TTF, gobold.TTF},
}

// emojiTTF is Noto Emoji, the last fallback of the PDF; see
// emoji/README.md for how it was made and why its characters above U+FFFF
// also stand in the Private Use Area.
//
//go:embed emoji/NotoEmoji-Regular.ttf
var emojiTTF []byte

// EmojiName is the name Load knows the emoji font by. It is not one of
// Names: a theme names its text fonts, and every output falls back on this
// one last.
const EmojiName = "Noto Emoji"

// Font is one font file, read once per process. It may be shared between
// goroutines as long as each measures with its own sfnt.Buffer.
type Font struct {
	TTF             []byte
	PostScriptName  string  // "LiberationSans-Bold"
	Ascent, Descent float64 // in ems
	// StandIns maps each character above U+FFFF the font has to the
	// Private Use Area character that stands in for it (emoji font only).
	StandIns map[rune]rune
	sfnt     *sfnt.Font
	upem     float64
}

type key struct {
	name string
	bold bool
}

var (
	mu     sync.Mutex
	loaded = map[key]*Font{}
)

// Load returns the named font, regular or bold.
func Load(name string, bold bool) (*Font, error) {
	mu.Lock()
	defer mu.Unlock()
	if f, ok := loaded[key{name, bold}]; ok {
		return f, nil
	}
	pair, ok := files[name]
	if name == EmojiName {
		pair, ok = [2][]byte{emojiTTF, emojiTTF}, true // no bold: emoji have one weight
	}
	if !ok {
		return nil, fmt.Errorf("font %q is not one of the embedded fonts", name)
	}
	f := &Font{TTF: pair[0]}
	if bold {
		f.TTF = pair[1]
	}
	var err error
	if f.sfnt, err = sfnt.Parse(f.TTF); err != nil {
		return nil, fmt.Errorf("read font %s: %w", name, err)
	}
	var buf sfnt.Buffer
	f.upem = float64(f.sfnt.UnitsPerEm())
	m, err := f.sfnt.Metrics(&buf, fixed.I(int(f.upem)), font.HintingNone)
	if err != nil {
		return nil, fmt.Errorf("read font %s: %w", name, err)
	}
	f.Ascent = float64(m.Ascent) / 64 / f.upem
	f.Descent = float64(m.Descent) / 64 / f.upem
	f.PostScriptName, _ = f.sfnt.Name(&buf, sfnt.NameIDPostScript)
	if name == EmojiName {
		if f.StandIns, err = standIns(f, &buf); err != nil {
			return nil, fmt.Errorf("read font %s: %w", name, err)
		}
	}
	loaded[key{name, bold}] = f
	return f, nil
}

// Advance is the width of r in ems; ok is false when the font has no
// glyph for it.
func (f *Font) Advance(buf *sfnt.Buffer, r rune) (em float64, ok bool) {
	g, err := f.sfnt.GlyphIndex(buf, r)
	if err != nil || g == 0 {
		return 0, false
	}
	adv, err := f.sfnt.GlyphAdvance(buf, g, fixed.I(int(f.upem)), font.HintingNone)
	if err != nil {
		return 0, false
	}
	return float64(adv) / 64 / f.upem, true
}

// Glyph is the font's glyph index for r, 0 when it has none.
func (f *Font) Glyph(buf *sfnt.Buffer, r rune) int {
	g, err := f.sfnt.GlyphIndex(buf, r)
	if err != nil {
		return 0
	}
	return int(g)
}

// standIns pairs each character above U+FFFF with the Private Use Area
// character mapped to the same glyph: the font maps them in code point
// order from U+E000 (emoji/make.py).
func standIns(f *Font, buf *sfnt.Buffer) (map[rune]rune, error) {
	byGlyph := map[int]rune{}
	for r := rune(0xE000); r <= 0xF8FF; r++ {
		if g := f.Glyph(buf, r); g != 0 {
			byGlyph[g] = r
		}
	}
	out := make(map[rune]rune, len(byGlyph))
	// Emoji live in plane 1; tag characters (subdivision flags) in plane 14.
	for _, plane := range [][2]rune{{0x10000, 0x1FFFF}, {0xE0000, 0xE007F}} {
		for r := plane[0]; r <= plane[1]; r++ {
			if g := f.Glyph(buf, r); g != 0 {
				pua, ok := byGlyph[g]
				if !ok {
					return nil, fmt.Errorf("U+%04X has no stand-in in the Private Use Area", r)
				}
				out[r] = pua
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no characters above U+FFFF")
	}
	return out, nil
}
