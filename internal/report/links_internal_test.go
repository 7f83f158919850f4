package report

import "testing"

// TestContainsFoldFindsTheWordAnywhere: containsFold is what spares most
// texts the slow search for addresses; it must find the word in any case
// wherever it stands, the very end included, and nothing shorter.
func TestContainsFoldFindsTheWordAnywhere(t *testing.T) {
	for _, c := range []struct {
		s, sub string
		want   bool
	}{
		{"http", "http", true},
		{"se HTTP", "http", true},
		{"xHtTpx", "http", true},
		{"htt", "http", false},
		{"", "http", false},
		{"sida www.", "www.", true},
		{"wwwx", "www.", false},
	} {
		if got := containsFold(c.s, c.sub); got != c.want {
			t.Errorf("containsFold(%q, %q) = %v; want %v", c.s, c.sub, got, c.want)
		}
	}
}

// TestTrimAddressOfPunctuationOnly: trimAddress takes the punctuation that
// ends a sentence off an address; a string of nothing else is trimmed to
// nothing, not read before its start.
func TestTrimAddressOfPunctuationOnly(t *testing.T) {
	for a, want := range map[string]int{"": 0, ".": 0, "),.!": 0, "a.": 1, "www.x.se).": 8} {
		if got := trimAddress(a); got != want {
			t.Errorf("trimAddress(%q) = %d; want %d", a, got, want)
		}
	}
}
