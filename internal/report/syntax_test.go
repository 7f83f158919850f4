package report

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"uppfoljning/internal/msg"
)

// TestUnclosedTextToldAtItsValueWhereverTheDecoderStops: the decoder
// tells a text not closed on its line at the line break (as it does now),
// or it may tell it at the end of the file, past that line break; the
// message is at the value whichever offset it gives.
func TestUnclosedTextToldAtItsValueWhereverTheDecoderStops(t *testing.T) {
	text := "municipality = \"M\"\ntitle = 'Trygghet\n"
	for _, at := range []int{len(text) - 1, len(text)} {
		sm := scanTOML(NewFile("x.toml", text))
		err := syntaxError(sm, toml.ParseError{Message: "strings cannot contain newlines", Position: toml.Position{Start: at}})
		want := "x.toml:2:9: the text that starts here is not closed with "
		if got := msg.Text(err, msg.English); !strings.HasPrefix(got, want) {
			t.Errorf("decoder at offset %d of %d: got %q, want it to begin %q", at, len(text), got, want)
		}
	}
}
