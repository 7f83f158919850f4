package report_test

import (
	"fmt"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// importEdges imports answers for a tertial into a source given as text,
// and tells what came of it: the outcomes and the new text, or the
// messages (in English) the import was refused with.
func importEdges(t *testing.T, text string, year, tertial int, answers ...report.Answer) (outcomes []report.Outcome, out string, refused string) {
	t.Helper()
	tpl := reporttest.Template(t)
	src, err := report.Parse("källa.toml", []byte(text), tpl)
	if err != nil {
		t.Fatalf("the source does not load: %v", err)
	}
	im, err := src.Import(tpl, year, tertial, answers, false)
	if err != nil {
		return nil, "", msg.Text(err, msg.English)
	}
	return im.Outcomes, string(im.Text), ""
}

// importEdgesHead is the start of every source of these tests.
const importEdgesHead = "title = \"Indrag\"\nmunicipality = \"Provkommun\"\nperiod = \"2024\"\n"

// TestImportAddedFollowupIndent: a new follow-up is indented as the
// activity's own follow-ups are, whatever that is; an activity with none
// gets one a step further in than itself. A source that someone keeps tidy
// by hand must not come back from an import with its indentation mixed.
func TestImportAddedFollowupIndent(t *testing.T) {
	text := importEdgesHead + `
[[promise]]
text = "Ett löfte."

  [[promise.activity]]
  text = "Med uppföljning."

  [[promise.activity.followup]]
  tertial = "2024-T1"
  status = "pågår"

  [[promise.activity]]
  text = "Utan uppföljning."
`
	outcomes, got, refused := importEdges(t, text, 2024, 2,
		answer("a.xlsx", 1, 1, "pågår", "Andra."), answer("a.xlsx", 1, 2, "genomförd", ""))
	if refused != "" {
		t.Fatalf("refused: %s", refused)
	}
	want := strings.Replace(text, "  status = \"pågår\"\n", "  status = \"pågår\"\n"+`
  [[promise.activity.followup]]
  tertial = "2024-T2"
  status = "pågår"
  note = "Andra."
`, 1) + `
    [[promise.activity.followup]]
    tertial = "2024-T2"
    status = "genomförd"
`
	if got != want {
		t.Errorf("the import wrote\n%s\nwant\n%s", got, want)
	}
	if fmt.Sprint(outcomes) != fmt.Sprint([]report.Outcome{report.Added, report.Added}) {
		t.Errorf("outcomes %v; want both added", outcomes)
	}
}

// TestImportLinedUpKeys: in a file that lines up the "=" of a follow-up's
// keys, a new follow-up's keys are lined up the same; a key as long as
// the column still gets a space before its "=", as "key = value" always
// has.
func TestImportLinedUpKeys(t *testing.T) {
	for _, c := range []struct{ name, followup, want string }{
		{"column after tertial", `
    [[promise.activity.followup]]
    tertial = "2024-T1"
    note    = "Klart."
`, `
    [[promise.activity.followup]]
    tertial = "2024-T2"
    status  = "pågår"
    note    = "Nytt."
`},
		{"column at the end of tertial", `
    [[promise.activity.followup]]
    tertial= "2024-T1"
    note   = "Klart."
`, `
    [[promise.activity.followup]]
    tertial = "2024-T2"
    status = "pågår"
    note   = "Nytt."
`},
		{"not lined up", `
    [[promise.activity.followup]]
    tertial = "2024-T1"
    note = "Klart."
`, `
    [[promise.activity.followup]]
    tertial = "2024-T2"
    status = "pågår"
    note = "Nytt."
`},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := importEdgesHead + `
[[promise]]
text = "Ett löfte."

  [[promise.activity]]
  text = "En aktivitet."
` + c.followup
			_, got, refused := importEdges(t, text, 2024, 2, answer("a.xlsx", 1, 1, "pågår", "Nytt."))
			if refused != "" {
				t.Fatalf("refused: %s", refused)
			}
			if want := text + c.want; got != want {
				t.Errorf("the import wrote\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestImportFillsWhatTheFollowupLacks: an answer with a status only, for a
// follow-up that has a note but no status, adds the status and keeps the
// note, and the other way round. The import reads its result back; it
// must not take the value it did not touch for one that failed to read
// back as written.
func TestImportFillsWhatTheFollowupLacks(t *testing.T) {
	for _, c := range []struct{ name, has, answerStatus, answerNote, added string }{
		{"status into a follow-up with a note", "    note    = \"Tjugo lyktor är tända.\"\n", "genomförd", "",
			"    status  = \"genomförd\"\n"},
		{"note into a follow-up with a status", "    status  = \"pågår\"\n", "", "Tjugo lyktor är tända.",
			"    note    = \"Tjugo lyktor är tända.\"\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := importEdgesHead + `
[[promise]]
text = "Ett löfte."

  [[promise.activity]]
  text = "En aktivitet."

    [[promise.activity.followup]]
    tertial = "2024-T1"
` + c.has
			outcomes, got, refused := importEdges(t, text, 2024, 1, answer("a.xlsx", 1, 1, c.answerStatus, c.answerNote))
			if refused != "" {
				t.Fatalf("refused: %s", refused)
			}
			if want := text + c.added; got != want {
				t.Errorf("the import wrote\n%s\nwant\n%s", got, want)
			}
			if len(outcomes) != 1 || outcomes[0] != report.Filled {
				t.Errorf("outcomes %v; want filled", outcomes)
			}
		})
	}
}

// TestImportMergesAnswersFromTwoWorkbooks: the police and the municipality
// each send a workbook, and both may answer for one activity. What one
// leaves out the other fills in; what they both say must agree, or the
// import names both cells so that someone can settle it.
func TestImportMergesAnswersFromTwoWorkbooks(t *testing.T) {
	text := importEdgesHead + `
[[promise]]
text = "Ett löfte."

  [[promise.activity]]
  text = "En aktivitet."
`
	added := "\n    [[promise.activity.followup]]\n    tertial = \"2024-T1\"\n"
	for _, c := range []struct {
		name     string
		answers  []report.Answer
		want     string // the lines added, or the messages
		accepted bool
	}{
		{"note, then status", []report.Answer{answer("polisen.xlsx", 1, 1, "", "Klart."), answer("kommunen.xlsx", 1, 1, "genomförd", "")},
			added + "    status = \"genomförd\"\n    note = \"Klart.\"\n", true},
		{"status, then note", []report.Answer{answer("polisen.xlsx", 1, 1, "genomförd", ""), answer("kommunen.xlsx", 1, 1, "", "Klart.")},
			added + "    status = \"genomförd\"\n    note = \"Klart.\"\n", true},
		{"the same in other case", []report.Answer{answer("polisen.xlsx", 1, 1, "Pågår", "Klart."), answer("kommunen.xlsx", 1, 1, "PÅGÅR", "Klart.")},
			added + "    status = \"pågår\"\n    note = \"Klart.\"\n", true},
		{"nothing, then both", []report.Answer{answer("polisen.xlsx", 1, 1, "", ""), answer("kommunen.xlsx", 1, 1, "pågår", "Klart.")},
			added + "    status = \"pågår\"\n    note = \"Klart.\"\n", true},
		{"different statuses", []report.Answer{answer("polisen.xlsx", 1, 1, "pågår", ""), answer("kommunen.xlsx", 1, 1, "genomförd", "")},
			`kommunen.xlsx: Underlag!F11: status "genomförd" differs from "pågår" in polisen.xlsx Underlag!F11 for the same activity; make them say the same, or import one of them`, false},
		{"different notes", []report.Answer{answer("polisen.xlsx", 1, 1, "", "Klart."), answer("kommunen.xlsx", 1, 1, "", "Inte klart.")},
			`kommunen.xlsx: Underlag!G11: the comment differs from the one in polisen.xlsx Underlag!G11 for the same activity; make them say the same, or import one of them`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, got, refused := importEdges(t, text, 2024, 1, c.answers...)
			switch {
			case c.accepted && refused != "":
				t.Errorf("refused: %s", refused)
			case c.accepted && got != text+c.want:
				t.Errorf("the import wrote\n%s\nwant\n%s", got, text+c.want)
			case !c.accepted && refused != c.want:
				t.Errorf("the import said\n%s\nwant\n%s", refused, c.want)
			}
		})
	}
}
