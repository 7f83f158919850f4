package report_test

import (
	"fmt"
	"testing"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// TestStatusSpellings: statuses typed with odd spaces, case or Unicode
// forms are the template's words; other words are none. The decoder and
// import are fed the same spellings in decode_test.go and import_test.go,
// the fill-in workbook's reader in the xlsx package.
func TestStatusSpellings(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range reporttest.OddStatuses {
		got := tpl.Statuses.Word(tpl.Statuses.Index(c.Typed))
		if got != c.Want {
			t.Errorf("status %q read as %q, want %q", c.Typed, got, c.Want)
		}
		if c.Want != "" && !report.SameStatus(c.Typed, c.Want) {
			t.Errorf("SameStatus(%q, %q) = false", c.Typed, c.Want)
		}
	}
}

// TestStatusSpellingsInSource: the decoder reads a source's status as the
// same status whichever way it is spelt, and refuses other words.
func TestStatusSpellingsInSource(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range reporttest.OddStatuses {
		src, refused := reporttest.Parse(t, reporttest.SmallSource("", fmt.Sprintf("tertial = \"2020-T1\"\nstatus = %s", report.QuoteTOML(c.Typed, false))))
		switch {
		case c.Want == "" && refused == "":
			t.Errorf("status %q accepted", c.Typed)
		case c.Want != "" && refused != "":
			t.Errorf("status %q refused: %s", c.Typed, refused)
		case c.Want != "":
			f := src.Activity(report.ActivityRef{}).Followup(report.Tertial{Year: 2020, N: 1})
			if got := tpl.Statuses.Word(f.Status); got != c.Want {
				t.Errorf("status %q read as %q, want %q", c.Typed, got, c.Want)
			}
		}
	}
}

// TestStatusSpellingsInImport: import takes an answer's status in any of
// the spellings, writes the template's word, and finds it the same as the
// source's own however that is spelt.
func TestStatusSpellingsInImport(t *testing.T) {
	tpl := reporttest.Template(t)
	src, refused := reporttest.Parse(t, reporttest.SmallSource(""))
	if refused != "" {
		t.Fatal(refused)
	}
	tertial := report.Tertial{Year: 2020, N: 1}
	for _, c := range reporttest.OddStatuses {
		im, err := src.Import(tpl, tertial, []report.Answer{{Status: c.Typed, File: "a.xlsx", StatusCell: "Underlag!F2", NoteCell: "Underlag!G2"}}, report.Refuse)
		if c.Want == "" {
			if err == nil {
				t.Errorf("status %q imported", c.Typed)
			}
			continue
		}
		if err != nil {
			t.Errorf("status %q refused: %v", c.Typed, err)
			continue
		}
		back, err := report.Parse("x.toml", im.Text, tpl)
		if err != nil {
			t.Fatal(err)
		}
		if got := back.Activity(report.ActivityRef{}).Followup(tertial).StatusText.S; got != c.Want {
			t.Errorf("status %q written as %q, want %q", c.Typed, got, c.Want)
		}
		// The same status again, spelt oddly, changes nothing.
		again, err := back.Import(tpl, tertial, []report.Answer{{Status: c.Typed, File: "a.xlsx", StatusCell: "Underlag!F2", NoteCell: "Underlag!G2"}}, report.Refuse)
		if err != nil || string(again.Text) != string(im.Text) {
			t.Errorf("status %q against its own word: %v", c.Typed, err)
		}
	}
}
