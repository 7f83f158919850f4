// Package fonts holds the fonts the outputs are set in, taken from Go
// modules so that a build needs no fonts installed on the machine: the PDF
// embeds them, and the workbook measures its text with them to size its
// rows.
package fonts

import (
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

// Font is one font file, read once per process. It may be shared between
// goroutines as long as each measures with its own sfnt.Buffer.
type Font struct {
	TTF             []byte
	PostScriptName  string  // "LiberationSans-Bold"
	Ascent, Descent float64 // in ems
	sfnt            *sfnt.Font
	upem            float64
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
