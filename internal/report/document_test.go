package report_test

import (
	"fmt"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// textsSource has a date, a signatory with a role and one without, an
// activity with two responsible and one with one, a cell with a status
// and a note, a cell with only a note, a cell with only a status and a
// follow-up in the last tertial, so that a report of an earlier tertial
// leaves it out.
const textsSource = `title = "Lokala medborgarlöften i Provkommun 2020"
municipality = "Provkommun"
period = "2020"
date = "2020-12-15"

[[promise]]
text = "Löfte ett."

  [[promise.activity]]
  text = "Aktivitet ett."
  responsible = ["Polisen", "Kommunen"]

    [[promise.activity.followup]]
    tertial = "2020-T1"
    status = "pågår"
    note = "Anteckning T1."

    [[promise.activity.followup]]
    tertial = "2020-T2"
    note = "Anteckning T2."

  [[promise.activity]]
  text = "Aktivitet två."
  responsible = "Kommunen"

    [[promise.activity.followup]]
    tertial = "2020-T3"
    status = "genomförd"

[[signatory]]
name = "Anna Andersson"
role = "Kommunchef"

[[signatory]]
name = "Per Persson"
`

// TestDocumentTextsInReadingOrder: Texts is what the renderers' tests look
// for in every output, in this order. A text missing from it goes
// unchecked in the PDF, the workbook and the web page; an empty or
// extra one (a role nobody wrote, a note of a cell left empty, a status
// of a tertial after the report's) makes those tests look for something
// the reader is not meant to see.
func TestDocumentTextsInReadingOrder(t *testing.T) {
	head := []string{"Lokala medborgarlöften i Provkommun 2020"}
	rest := func(ordinal, months string) []string {
		return []string{
			"Uppföljning av medborgarlöften för Provkommun",
			"Polisens och kommunens arbete med medborgarlöften följs upp tertialvis.",
			"Uppföljningen avser " + ordinal + " tertialet 2020 (" + months + ").",
			"Medborgarlöften Provkommun 2020",
			"Löfte ett.",
			"Sammanfattning",
			"Aktiviteterna per medborgarlöfte efter status för " + ordinal + " tertialet 2020. En aktivitet som saknar status för tertialet räknas som ”ingen uppgift”.",
			"Medborgarlöfte", "ej påbörjad", "pågår", "genomförd", "försenad", "ingen uppgift", "Totalt",
			"Löfte ett.",
			"Totalt",
			"Uppföljning av aktiviteter kopplat till medborgarlöftena för Provkommun",
			"Löfte ett.",
			"Aktivitet", "Tertial 1", "Tertial 2", "Tertial 3",
			"Aktivitet ett.", "Polisen", "Kommunen", "pågår", "Anteckning T1.", "Anteckning T2.",
		}
	}
	signatories := []string{"Anna Andersson", "Kommunchef", "Per Persson"}
	for _, c := range []struct {
		name    string
		tertial int
		want    []string
	}{
		// The latest tertial: the date is shown, and the last cell's status.
		{"latest tertial", 3, joinLists(head, []string{"Fastställd 15 december 2020"}, rest("tredje", "september–december"),
			[]string{"Aktivitet två.", "Kommunen", "genomförd"}, signatories)},
		// An earlier tertial: the date belongs to the latest follow-up,
		// and the third tertial's status is not shown yet.
		{"earlier tertial", 2, joinLists(head, rest("andra", "maj–augusti"),
			[]string{"Aktivitet två.", "Kommunen"}, signatories)},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := reporttest.Document(t, "texts.toml", reporttest.Text([]byte(textsSource)), reporttest.Tertial(fmt.Sprintf("2020-T%d", c.tertial)))
			if got := doc.Texts(); strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("texts:\n%s\n\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

func joinLists(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// TestDocumentTextsWithoutPromisesHaveNoSummary: the workbook leaves the
// summary out of a document without promises, so its texts must not be
// looked for there.
func TestDocumentTextsWithoutPromisesHaveNoSummary(t *testing.T) {
	doc := &report.Document{
		Title:   report.Text{S: "Rubrik"},
		Summary: report.Summary{Heading: "Sammanfattning", Caption: "Bildtext", Columns: []string{"Medborgarlöfte"}, Total: report.SummaryRow{Label: "Totalt"}},
	}
	for _, s := range doc.Texts() {
		switch s {
		case "Sammanfattning", "Bildtext", "Medborgarlöfte", "Totalt":
			t.Errorf("a document without promises lists the summary's %q", s)
		}
	}
}

// TestResponsibleLine: the line under an activity names who is
// responsible, with the word for one or for several, and is left out
// when no one is named.
func TestResponsibleLine(t *testing.T) {
	doc := reporttest.Document(t, "texts.toml", reporttest.Text([]byte(textsSource)))
	names := func(n ...string) report.Activity {
		var a report.Activity
		for _, s := range n {
			a.Responsible = append(a.Responsible, report.Text{S: s})
		}
		return a
	}
	for _, c := range []struct {
		a    report.Activity
		want string
	}{
		{names(), ""},
		{names("Kommunen"), "Ansvarig: Kommunen"},
		{names("Polisen", "Kommunen"), "Ansvariga: Polisen, Kommunen"},
		{doc.Promises[0].Activities[0], "Ansvariga: Polisen, Kommunen"},
		{doc.Promises[0].Activities[1], "Ansvarig: Kommunen"},
	} {
		if got := doc.ResponsibleLine(c.a); got != c.want {
			t.Errorf("ResponsibleLine(%v) = %q, want %q", c.a.Responsible, got, c.want)
		}
	}
}

// TestSanitizeKeepsEveryDrawableText: when an output can draw every
// character, the sanitized document shows the same texts as the
// original, lists (the intro's paragraphs, the responsible) included.
func TestSanitizeKeepsEveryDrawableText(t *testing.T) {
	doc := reporttest.Document(t, "texts.toml", reporttest.Text([]byte(textsSource)))
	clean, warnings := doc.Sanitize(report.Printable, msg.OutputPDF)
	if len(warnings) != 0 {
		t.Errorf("warnings for a clean document: %v", warnings)
	}
	if got, want := strings.Join(clean.Texts(), "\n"), strings.Join(doc.Texts(), "\n"); got != want {
		t.Errorf("sanitized texts:\n%s\n\nwant:\n%s", got, want)
	}
	if got := clean.ResponsibleLine(clean.Promises[0].Activities[0]); got != "Ansvariga: Polisen, Kommunen" {
		t.Errorf("sanitized responsible line %q", got)
	}
}

// TestSanitizeWarnsAtTheValueOfAnEscapedCharacter: a character written as
// an escape (\U0001F6B2) is told of at its own value, not at another line
// further down where the same character is written as it is; each of the
// two places gets its warning.
func TestSanitizeWarnsAtTheValueOfAnEscapedCharacter(t *testing.T) {
	src := `title = "Cykel \U0001F6B2"
municipality = "Provkommun"
period = "2020"

[[promise]]
text = "Löfte med 🚲."

  [[promise.activity]]
  text = "Aktivitet."
`
	doc := reporttest.Document(t, "x.toml", reporttest.Text([]byte(src)), reporttest.Tertial("2020-T1"))
	_, warnings := doc.Sanitize(func(r rune) bool { return report.Printable(r) && r <= 0xFFFF }, msg.OutputPDF)
	var got []string
	for _, w := range warnings {
		got = append(got, w.In(msg.English))
	}
	want := []string{
		`warning: x.toml:1:9: character U+1F6B2 "🚲" has no glyph in the fonts of the PDF; it is shown there as ` + string(report.Replacement),
		`warning: x.toml:6:19: character U+1F6B2 "🚲" has no glyph in the fonts of the PDF; it is shown there as ` + string(report.Replacement),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSanitizeFindsTheCharacter: a warning names the column of the
// character itself within its text's span, not where the text starts.
func TestSanitizeFindsTheCharacter(t *testing.T) {
	text := "Cykel 🚲 i stan\n"
	doc := &report.Document{
		File:  report.NewFile("x.toml", text),
		Title: report.Text{S: "Cykel 🚲 i stan", Span: report.Span{Offset: 0, End: len(text) - 1}},
	}
	clean, warnings := doc.Sanitize(func(r rune) bool { return r <= 0xFFFF }, msg.OutputPDF)
	if len(warnings) != 1 || warnings[0].Pos.Line != 1 || warnings[0].Pos.Col != 7 {
		t.Errorf("warnings %v, want one at line 1, column 7", warnings)
	}
	if want := "Cykel " + string(report.Replacement) + " i stan"; clean.Title.S != want {
		t.Errorf("sanitized title %q, want %q", clean.Title.S, want)
	}
}

// TestSkeletonLoadsWithItsPeriod: a new source names its period as one
// year or as two, in its title and its period, and loads as it is.
func TestSkeletonLoadsWithItsPeriod(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range []struct {
		first, last int
		period      string
	}{
		{2025, 2025, "2025"},
		{2025, 2026, "2025-2026"},
	} {
		text := report.Skeleton(tpl, "Eksjö kommun", c.first, c.last, "eksjo.toml")
		src, err := report.Parse("eksjo.toml", []byte(text), tpl)
		if err != nil {
			t.Fatalf("the skeleton for %s does not load: %s", c.period, msg.Text(err, msg.English))
		}
		if src.Period.S != c.period || src.FirstYear != c.first || src.LastYear != c.last {
			t.Errorf("skeleton for %d-%d: period %q (%d-%d), want %q", c.first, c.last, src.Period.S, src.FirstYear, src.LastYear, c.period)
		}
		if want := "Lokala medborgarlöften i Eksjö kommun " + c.period; src.Title.S != want {
			t.Errorf("skeleton title %q, want %q", src.Title.S, want)
		}
		if src.Municipality.S != "Eksjö kommun" {
			t.Errorf("skeleton municipality %q", src.Municipality.S)
		}
	}
}
