package report_test

import (
	"fmt"
	"strings"
	"testing"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// The tests in this file guard what a source is asked once it is read:
// who is responsible for what, which tertial a report is for, which
// activities still lack a note.

// querySource parses a source and fails the test if it is refused.
func querySource(t *testing.T, text string) *report.Source {
	t.Helper()
	return reporttest.Source(t, "q.toml", reporttest.Text([]byte(text)))
}

// TestByResponsible: the reminders and the list by party group the
// activities under each party named responsible, in the order the source
// first names them; an activity with several parties is under each, once
// even when a party is named twice; the activities no one is named for
// come last, under no name, and only when there are such activities.
func TestByResponsible(t *testing.T) {
	src := querySource(t, `title = "T"
municipality = "M"
period = "2020"
[[promise]]
text = "P1"
[[promise.activity]]
text = "A1"
responsible = ["Kommunen", "Polisen"]
[[promise.activity]]
text = "A2"
responsible = "Polisen"
[[promise.activity]]
text = "A3"
[[promise.activity]]
text = "A4"
responsible = ["Kommunen", "Kommunen"]
[[promise]]
text = "P2"
[[promise.activity]]
text = "A5"
responsible = "Räddningstjänsten"
`)
	show := func(parties []report.Party) string {
		var b strings.Builder
		for _, p := range parties {
			fmt.Fprintf(&b, "%q:%v ", p.Name, p.Activities)
		}
		return strings.TrimSpace(b.String())
	}
	for _, c := range []struct {
		name string
		refs []report.ActivityRef
		want string
	}{
		{"all", src.All(), `"Kommunen":[{0 0} {0 3}] "Polisen":[{0 0} {0 1}] "Räddningstjänsten":[{1 0}] "":[{0 2}]`},
		{"everyone named", []report.ActivityRef{{0, 3}, {1, 0}, {0, 0}}, `"Kommunen":[{0 3} {0 0}] "Räddningstjänsten":[{1 0}] "Polisen":[{0 0}]`},
		{"no one named", []report.ActivityRef{{0, 2}}, `"":[{0 2}]`},
		{"none", nil, ``},
	} {
		if got := show(src.ByResponsible(c.refs)); got != c.want {
			t.Errorf("%s: got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// TestStatusWithoutNoteIsAFollowup: a follow-up with a status and no note
// has been written, whichever status it is, the template's first
// included; only one with neither is a placeholder. Otherwise an activity
// marked "ej påbörjad" would be reported as missing its follow-up.
func TestStatusWithoutNoteIsAFollowup(t *testing.T) {
	src := querySource(t, `title = "T"
municipality = "M"
period = "2020"
[[promise]]
text = "P"
[[promise.activity]]
text = "A1"
[[promise.activity.followup]]
tertial = "2020-T2"
status = "ej påbörjad"
[[promise.activity]]
text = "A2"
[[promise.activity.followup]]
tertial = "2020-T1"
note = "Gjort."
[[promise.activity.followup]]
tertial = "2020-T2"
status = ""
note = ""
`)
	first := src.Activity(report.ActivityRef{0, 0}).Followup(report.Tertial{Year: 2020, N: 2})
	if first == nil || first.Status != 0 || first.Placeholder() {
		t.Errorf("status %q without a note: %+v, want a follow-up with status 0", "ej påbörjad", first)
	}
	if p := src.Activity(report.ActivityRef{0, 1}).Followup(report.Tertial{Year: 2020, N: 2}); p == nil || !p.Placeholder() {
		t.Errorf("status and note empty: %+v, want a placeholder", p)
	}
	doc, err := report.NewDocument(src, reporttest.Template(t), report.Tertial{Year: 2020, N: 2}, reporttest.Created)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(doc.Unreported()); got != "[{0 1}]" {
		t.Errorf("without a status in 2020-T2: %s, want [{0 1}]", got)
	}
	if got := src.DefaultTertial().String(); got != "2020-T2" {
		t.Errorf("default tertial %s, want 2020-T2", got)
	}
}

// TestDefaultTertialAcrossActivities: the default tertial is the latest
// of all follow-ups, whichever activity comes first in the source: a
// report is not built for an earlier tertial because a later activity's
// follow-up is older.
func TestDefaultTertialAcrossActivities(t *testing.T) {
	for _, c := range []struct {
		first, second, want string
	}{
		{"2020-T2", "2020-T1", "2020-T2"},
		{"2020-T1", "2020-T2", "2020-T2"},
		{"2021-T1", "2020-T3", "2021-T1"},
		{"2020-T3", "2020-T3", "2020-T3"},
	} {
		src := querySource(t, fmt.Sprintf(`title = "T"
municipality = "M"
period = "2020-2021"
[[promise]]
text = "P"
[[promise.activity]]
text = "A1"
followup = [{ tertial = %q, note = "Gjort." }]
[[promise.activity]]
text = "A2"
followup = [{ tertial = %q, note = "Gjort." }]
`, c.first, c.second))
		if got := src.DefaultTertial().String(); got != c.want {
			t.Errorf("follow-ups %s, %s: default %s, want %s", c.first, c.second, got, c.want)
		}
	}
}

// TestDefaultTertialOrdersByYear: a report is built for the latest
// follow-up, and a later year is later whatever its tertial.
func TestDefaultTertialOrdersByYear(t *testing.T) {
	for _, c := range []struct {
		followups []string
		want      string
	}{
		{[]string{"2020-T3", "2021-T1"}, "2021-T1"},
		{[]string{"2021-T1", "2020-T3"}, "2021-T1"},
		{[]string{"2021-T2", "2021-T1", "2020-T3"}, "2021-T2"},
		{[]string{"2020-T1", "2020-T2"}, "2020-T2"},
		{[]string{"2020-T2", "2020-T1"}, "2020-T2"},
		{[]string{"2021-T1"}, "2021-T1"},
	} {
		var followups []string
		for _, tertial := range c.followups {
			followups = append(followups, fmt.Sprintf("tertial = %q\nnote = \"Gjort.\"", tertial))
		}
		src := querySource(t, reporttest.SmallSource("", followups...))
		if got := src.DefaultTertial().String(); got != c.want {
			t.Errorf("follow-ups %v: the default tertial is %s, want %s", c.followups, got, c.want)
		}
	}
}

// TestStem: output files are named after the source's file name without
// its folder, whichever separator wrote it, and its extension.
func TestStem(t *testing.T) {
	text := "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"
	for name, want := range map[string]string{
		"eksjo.toml":                "eksjo",
		"/eksjo.toml":               "eksjo",
		`\eksjo.toml`:               "eksjo",
		`C:\Rapporter\eksjo.toml`:   "eksjo",
		"rapporter/eksjo.2025.toml": "eksjo.2025",
	} {
		src, err := report.Parse(name, []byte(text), reporttest.Template(t))
		if err != nil {
			t.Fatal(err)
		}
		if got := src.Stem(); got != want {
			t.Errorf("Stem of %q = %q, want %q", name, got, want)
		}
	}
}
