package report

import (
	"strings"
	"testing"
)

func TestTidy(t *testing.T) {
	for _, c := range []struct{ in, line, note string }{
		{"  a  b\tc ", "a b c", "a b c"},
		{"rad ett\r\nrad två", "rad ett rad två", "rad ett\nrad två"},
		{"\n\n  första\n\n\n\nandra  \n\n", "första andra", "första\n\nandra"},
		{"10\u00a0000 kr", "10\u00a0000 kr", "10\u00a0000 kr"},
		{"minsta fyra", "minsta fyra", "minsta fyra"}, // typos are kept
		{"a\u200bb", "a b", "a b"},
		{"   ", "", ""},
	} {
		if got := tidyLine(c.in); got != c.line {
			t.Errorf("tidyLine(%q) = %q, want %q", c.in, got, c.line)
		}
		if got := tidyNote(c.in); got != c.note {
			t.Errorf("tidyNote(%q) = %q, want %q", c.in, got, c.note)
		}
	}
}

// The fast paths of tidyLine and tidyNote agree with the slow ones: they
// say a text is tidy exactly when tidying would not change it.
func TestTidyFastPaths(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", "å ä ö", "å\u00a0ä",
		"a\u2003b", "a\u200bb", "ett två tre", "a\n\nb", "a\n\n\nb", "\na", "a\n", "a\n\n", " a\nb",
		"a \nb", "a\r\nb", "a\n \nb", "å\nä", "\n", "\n\n"} {
		slowLine := strings.Join(strings.FieldsFunc(s, isTidySpace), " ")
		if isTidyLine(s) != (slowLine == s) {
			t.Errorf("isTidyLine(%q) = %v, but tidying gives %q", s, isTidyLine(s), slowLine)
		}
		if slow := tidyNoteSlow(s); isTidyNote(s) != (slow == s) {
			t.Errorf("isTidyNote(%q) = %v, but tidying gives %q", s, isTidyNote(s), slow)
		}
	}
}
