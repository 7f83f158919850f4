package report_test

import (
	"strings"
	"testing"

	"uppfoljning/internal/report"
)

func TestLinks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Inga länkar här.", ""},
		{"Mejla anna.www.berg@eksjo.se i dag.", "anna.www.berg@eksjo.se→mailto:anna.www.berg@eksjo.se"},
		{"Svara på https://eksjo.se/svar?till=anna@eksjo.se.", "https://eksjo.se/svar?till=anna@eksjo.se"},
		{"Se www.eksjo.se eller skriv till info.www@eksjo.se", "www.eksjo.se→https://www.eksjo.se|info.www@eksjo.se→mailto:info.www@eksjo.se"},
		{"Se https://polisen.se/om-polisen/.", "https://polisen.se/om-polisen/"},
		{"Läs mer på www.jokkmokk.se/trygghet, och ring.", "www.jokkmokk.se/trygghet→https://www.jokkmokk.se/trygghet"},
		{"Mejla trygghet@eksjo.se eller http://eksjo.se (startsidan).", "trygghet@eksjo.se→mailto:trygghet@eksjo.se|http://eksjo.se"},
		{"(se https://sv.wikipedia.org/wiki/Eksjö_(stad))", "https://sv.wikipedia.org/wiki/Eksjö_(stad)"},
		{"Adressen HTTPS://EXEMPEL.SE!", "HTTPS://EXEMPEL.SE"},
		{"Se WWW.Eksjo.SE/Trygghet i kväll", "WWW.Eksjo.SE/Trygghet→https://WWW.Eksjo.SE/Trygghet"},
		{"Mejl: Anna@Eksjo.se", "Anna@Eksjo.se→mailto:Anna@Eksjo.se"},
		{"Polisen.se och www-sidan, e-post på @polisen", ""},
		{"En mening som slutar med www.", ""},
		{"anna.andersson@polisen.se.", "anna.andersson@polisen.se→mailto:anna.andersson@polisen.se"},
	} {
		var got []string
		for _, l := range report.Links(c.in) {
			s := c.in[l.Start:l.End]
			if l.Target != s {
				s += "→" + l.Target
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("Links(%q) = %s, want %s", c.in, g, c.want)
		}
	}
}

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

// TestAddressBreaks: an address breaks where the Chicago Manual of Style
// says, shown here with | at each place a line may start.
func TestAddressBreaks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"https://www.jokkmokk.se/oppettider-polis", "https:|//|www|.jokkmokk|.se|/oppettider|-polis"},
		{"http://a.se/s?x=1&y=2#top", "http:|//|a|.se|/s|?x|=|1|&|y|=|2|#top"},
		{"https://a.se/a_b~c%20d,e", "https:|//|a|.se|/a|_b|~c|%20d|,e"},
		{"lena.hakansson@varnamo.se", "lena|.hakansson|@varnamo|.se"},
		{"anna-b@x.se", "anna-b|@x|.se"},
		{"www.x.se/", "www|.x|.se|/"},
		{"/a", "/a"},
		{"a=", "a|="},
		{"=a", "=|a"},
		{"a//", "a|//"},
		{"//a", "//|a"},
		{"a:b", "a:|b"},
		{"a=&b", "a|=|&|b"},
		{"https://a.se/?till=anna@a.se", "https:|//|a|.se|/|?till|=|anna@a|.se"},
		{"", ""},
	} {
		var parts []string
		at := 0
		for _, i := range report.AddressBreaks(c.in) {
			parts = append(parts, c.in[at:i])
			at = i
		}
		parts = append(parts, c.in[at:])
		if got := strings.Join(parts, "|"); got != c.want {
			t.Errorf("AddressBreaks(%q) splits it %s; want %s", c.in, got, c.want)
		}
	}
}
