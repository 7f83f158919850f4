package report_test

import (
	"fmt"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// partiesSource is a source whose activities,
// from line 6 on, three lines each, have the responsible values given.
func partiesSource(responsible ...string) string {
	s := "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n"
	for i, r := range responsible {
		s += fmt.Sprintf("[[promise.activity]]\ntext = \"A%d\"\nresponsible = %s\n", i, r)
	}
	return s
}

// TestPartiesIgnoreCaseAndSpace: names that differ in case or surrounding
// space are one party, under the name first written.
func TestPartiesIgnoreCaseAndSpace(t *testing.T) {
	src, err := report.Parse("x.toml", []byte(partiesSource(`["Polisen"]`, `["polisen "]`, `"  POLISEN"`, `["Kommunen", "Polisen"]`, `[]`)), reporttest.Template(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range src.ByResponsible(src.All()) {
		got = append(got, fmt.Sprintf("%s %v", p.Name, p.Activities))
	}
	want := "Polisen [{0 0} {0 1} {0 2} {0 3}]; Kommunen [{0 3}];  [{0 4}]"
	if strings.Join(got, "; ") != want {
		t.Errorf("parties %q\nwant %q", strings.Join(got, "; "), want)
	}
	if !report.SameParty("Polisen", " polisen") || report.SameParty("Polisen", "Polis") {
		t.Error("SameParty compares other than by case and space")
	}
}

// TestPartyWarnings: check warns of names a letter or two apart and of a
// comma inside one name; names of one party, short names and names
// further apart are not warned of.
func TestPartyWarnings(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range []struct {
		a, b string
		want string // the English warning's start, or "" for none
	}{
		{`"Socialtjänsten"`, `"Socialtjansten"`, `warning: x.toml:14:15: "Socialtjansten" is like "Socialtjänsten" on line 11`},
		{`"Polis"`, `"Polisen"`, `warning: x.toml:11:15: "Polis" is like "Polisen" on line 8`},
		{`"Kommunen"`, `["Polisen", "Kommunn"]`, `warning: x.toml:14:27: "Kommunn" is like "Kommunen" on line 11`},
		{`"Polisen"`, `"polisen "`, ""},
		{`"Polisen"`, `"Poliser"`, `warning: x.toml:14:15: "Poliser" is like "Polisen" on line 8`},
		{`"Polisen"`, `"Polis12345"`, ""},   // 5 letters apart
		{`"Kommunen"`, `"Kommunenabc"`, ""}, // 3 letters apart
		{`"Tekniska"`, `"Tekn"`, ""},        // 4 letters apart
		{`"Skola"`, `"Skolans"`, `warning: x.toml:14:15: "Skolans" is like "Skola" on line 11`},
		{`"Kola"`, `"Kolan"`, ""}, // too short to compare
		{`"IFO"`, `"IFA"`, ""},
		{`"Polisen"`, `"Räddningstjänsten"`, ""},
		{`"Polisen, Tekniska kontoret"`, `"Polisen"`, `warning: x.toml:11:15: "Polisen, Tekniska kontoret" holds a comma and is probably two parties; write each on its own in a list: responsible = ["Polisen", "Tekniska kontoret"]`},
		{`["Polisen", "Kommunen,Skolan"]`, `"Polisen"`, `warning: x.toml:11:27: "Kommunen,Skolan" holds a comma and is probably two parties; write each on its own in a list: responsible = ["Kommunen", "Skolan"]`},
	} {
		src, err := report.Parse("x.toml", []byte(partiesSource(`"Polisen"`, c.a, c.b)), tpl)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, w := range src.Warnings {
			got = append(got, w.In(msg.English))
		}
		switch {
		case c.want == "" && len(got) > 0:
			t.Errorf("%s, %s: warned %q", c.a, c.b, got)
		case c.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], c.want)):
			t.Errorf("%s, %s: warned %q\nwant one beginning %q", c.a, c.b, got, c.want)
		}
	}
}

// TestPartyMessages: the party warnings in both languages.
func TestPartyMessages(t *testing.T) {
	src, err := report.Parse("x.toml", []byte(partiesSource(`"Socialtjänsten"`, `"Socialtjansten"`, `"Polisen, Tekniska kontoret"`)), reporttest.Template(t))
	if err != nil {
		t.Fatal(err)
	}
	var sv, en strings.Builder
	for _, w := range src.Warnings {
		sv.WriteString(w.In(msg.Swedish) + "\n")
		en.WriteString(w.In(msg.English) + "\n")
	}
	golden(t, "parties.golden", []byte(sv.String()))
	golden(t, "parties.en.golden", []byte(en.String()))
}
