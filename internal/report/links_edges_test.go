package report_test

import (
	"strings"
	"testing"

	"uppfoljning/internal/report"
)

// linkSpans shows the links Links finds in s: each address as the text
// holds it, with "→target" when the target differs, joined by "|".
func linkSpans(s string) string {
	var out []string
	for _, l := range report.Links(s) {
		span := s[l.Start:l.End]
		if l.Target != span {
			span += "→" + l.Target
		}
		out = append(out, span)
	}
	return strings.Join(out, "|")
}

// TestLinksEdges: the addresses a note holds become links in the PDF and
// the HTML report; a reader clicks them. Every address must be found, even
// several in one note, and the punctuation of the sentence around one
// must not end up in the link.
func TestLinksEdges(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"text starting with @", "@Polisen: mejla anna@eksjo.se", "anna@eksjo.se→mailto:anna@eksjo.se"},
		{"only @", "@", ""},
		{"two web addresses", "Se https://polisen.se och www.eksjo.se/trygghet.",
			"https://polisen.se|www.eksjo.se/trygghet→https://www.eksjo.se/trygghet"},
		{"three web addresses", "http://a.se, http://b.se; http://c.se", "http://a.se|http://b.se|http://c.se"},
		{"www. and punctuation only", "Fortsättning på www...", ""},
		{"www. in brackets", "(www.)", ""},
		{"shortest address after www.", "www.x", "www.x→https://www.x"},
		{"two e-mail addresses", "Mejla anna@eksjo.se, eller bo@polisen.se.",
			"anna@eksjo.se→mailto:anna@eksjo.se|bo@polisen.se→mailto:bo@polisen.se"},
		{"e-mail addresses run together", "anna@eksjo.se-bo@polisen.se",
			"anna@eksjo.se→mailto:anna@eksjo.se|-bo@polisen.se→mailto:-bo@polisen.se"},
		{"e-mail after a web address", "Se https://eksjo.se eller mejla anna@eksjo.se",
			"https://eksjo.se|anna@eksjo.se→mailto:anna@eksjo.se"},
		{"e-mail inside a web address", "Formulär: https://eksjo.se/?till=anna@eksjo.se",
			"https://eksjo.se/?till=anna@eksjo.se"},
		{"in round brackets", "(se https://eksjo.se/karta)", "https://eksjo.se/karta"},
		{"round brackets of the address", "https://eksjo.se/lista(1)", "https://eksjo.se/lista(1)"},
		{"in square brackets", "[se https://eksjo.se/karta]", "https://eksjo.se/karta"},
		{"square brackets of the address", "https://eksjo.se/lista[1]", "https://eksjo.se/lista[1]"},
		{"closing square bracket inside", "https://eksjo.se/a]b", "https://eksjo.se/a]b"},
		{"unmatched closing square bracket at the end", "https://eksjo.se/a[b]]", "https://eksjo.se/a[b]"},
	} {
		if got := linkSpans(c.in); got != c.want {
			t.Errorf("%s: Links(%q) = %s; want %s", c.name, c.in, got, c.want)
		}
	}
}
