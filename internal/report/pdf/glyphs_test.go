package pdf

import (
	"strings"
	"testing"

	"uppfoljning/internal/report/reporttest"
)

// Characters the text fonts lack come from the emoji font: those above
// U+FFFF drawn as their stand-ins, a character no font has as the mark,
// each in a run of its own whose actual text is what was written. A skin
// tone goes with its emoji, undrawn.
func TestShapeFallsBackToEmoji(t *testing.T) {
	fs, err := newFontSet("Liberation Sans", "DejaVu Sans")
	if err != nil {
		t.Fatal(err)
	}
	runs := fs.shape("Bra 🎉👍🏽 ✓ 漢 ok 🏽", false, 10)
	var got []string
	for _, r := range runs {
		got = append(got, r.face.family+":"+r.text+"="+r.actual)
	}
	party, thumb := fs.faces[4].StandIns['🎉'], fs.faces[4].StandIns['👍']
	want := []string{
		"LiberationSans:Bra =",
		"NotoEmoji:" + string(party) + "=🎉",
		"NotoEmoji:" + string(thumb) + "=👍🏽",
		"LiberationSans: =",
		"DejaVuSans:✓=",
		"LiberationSans: =",
		"DejaVuSans:\uFFFD=漢",
		"LiberationSans: ok =",
		"NotoEmoji:\uFE0F=🏽",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("shape:\n got %q\nwant %q", got, want)
	}
	for _, r := range runs {
		for _, c := range r.text {
			if c > 0xFFFF {
				t.Errorf("run %q holds U+%04X, which fpdf cannot draw", r.text, c)
			}
		}
	}
	if w, mark := fs.measure("漢", false, 10), fs.measure("\uFFFD", false, 10); w != mark || w == 0 {
		t.Errorf("a character no font has measures %.2f, the mark %.2f", w, mark)
	}
	// A character of the Private Use Area is never drawn as an emoji.
	if g := fs.glyph(party, false); g.face == 5 {
		t.Errorf("U+%04X is drawn by the emoji font", party)
	}
}

// An emoji in a note is drawn from the embedded emoji font, read back as
// itself, and not warned of.
func TestEmojiDrawn(t *testing.T) {
	reporttest.Tool(t, "pdffonts")
	src := "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"Löfte ★\"\n" +
		"[[promise.activity]]\ntext = \"Pandemin 😷 ☎ ⚠\"\n[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = \"Bra 🎉 jobbat\"\n"
	doc := reporttest.Document(t, "emoji.toml", reporttest.Text([]byte(src)))
	data, warnings := renderDoc(t, doc)
	if len(warnings) != 0 {
		t.Errorf("warnings: %v", warnings)
	}
	if fonts := command(t, "pdffonts", tempPDF(t, data)); !strings.Contains(fonts, "+NotoEmoji-Regular") {
		t.Errorf("no emoji font embedded as a subset:\n%s", fonts)
	}
	text := readText(t, data)
	for _, s := range []string{"Löfte ★", "Pandemin 😷 ☎ ⚠", "Bra 🎉 jobbat"} {
		if !strings.Contains(text, s) {
			t.Errorf("%q is not read back:\n%s", s, text)
		}
	}
}
