package report_test

import (
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

func TestSanitize(t *testing.T) {
	doc := reporttest.Document(t, "testdata/good/messy.toml")
	noEmoji := func(r rune) bool { return report.Printable(r) && r <= 0xFFFF }
	clean, warnings := doc.Sanitize(noEmoji, msg.OutputPDF)
	var got []string
	for _, w := range warnings {
		got = append(got, w.In(msg.English))
	}
	want := []string{
		`warning: testdata/good/messy.toml:47:57: character U+1F6B2 "🚲" has no glyph in the fonts of the PDF; it is shown there as ` + string(report.Replacement),
		`warning: testdata/good/messy.toml:47:15: character U+0007 (a control character) cannot be shown; it is shown as ` + string(report.Replacement),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	note := clean.Promises[0].Activities[1].Cells[0].Note.S
	if strings.ContainsRune(note, '🚲') || strings.Count(note, string(report.Replacement)) != 2 {
		t.Errorf("sanitized note %q: want both characters replaced, each by one mark", note)
	}
	if orig := doc.Promises[0].Activities[1].Cells[0].Note.S; !strings.ContainsRune(orig, '🚲') {
		t.Error("Sanitize changed the original document")
	}
}

// The municipality's name is also in the properties and the footer: a
// character there that an output cannot show is replaced there too, and
// told of at the line where the name was written.
func TestSanitizeMeta(t *testing.T) {
	tpl := reporttest.Template(t)
	src, err := report.Parse("m.toml", []byte("title = \"T\"\nsubtitle = \"S\"\npromises_heading = \"P\"\nactivities_heading = \"A\"\n"+
		"municipality = \"Åre 🏔 kommun\"\nperiod = \"2020\"\n[[promise]]\ntext = \"L\"\n[[promise.activity]]\ntext = \"A\"\n"), tpl)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := report.NewDocument(src, tpl, report.Tertial{Year: 2020, N: 1}, reporttest.Created)
	if err != nil {
		t.Fatal(err)
	}
	clean, warnings := doc.Sanitize(func(r rune) bool { return r <= 0xFFFF }, msg.OutputPDF)
	if len(warnings) != 1 || warnings[0].Pos.Line != 5 {
		t.Fatalf("warnings %v, want one at line 5", warnings)
	}
	for _, s := range []string{clean.Meta.Title, clean.Meta.ShortTitle, clean.Meta.Author, clean.Meta.Subject} {
		if strings.ContainsRune(s, '🏔') || !strings.ContainsRune(s, report.Replacement) {
			t.Errorf("%q: want the character replaced", s)
		}
	}
}
