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
