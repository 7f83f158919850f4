package report_test

import (
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// sourceTail is what a source needs after its first lines to be complete.
const sourceTail = "municipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"

// TestSyntaxMessagesNameTheMistake: a TOML mistake is told at the line and
// column where it is written, in words that say what to write instead.
func TestSyntaxMessagesNameTheMistake(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range []struct {
		name, text string
		want       string // the message's start
		not        string // what it must not say, if anything
	}{
		// The decoder tells a text in '…' not closed on its line in the
		// same words as one in "…": the message names the mark the text
		// opened with.
		{"apostrophe text not closed on its line", "title = 'Trygghet\n" + sourceTail,
			`x.toml:1:9: the text that starts here is not closed with ' on this line`, ""},
		{"quoted text not closed on its line", "title = \"Trygghet\n" + sourceTail,
			`x.toml:1:9: the text that starts here is not closed with " on this line`, ""},
		{"apostrophe text not closed at the end of the file", sourceTail + "note = 'Trygghet",
			`x.toml:7:8: the text that starts here is not closed with ' on this line`, ""},
		{"quoted text not closed at the end of the file", sourceTail + "note = \"Trygghet",
			`x.toml:7:8: the text that starts here is not closed with " on this line`, ""},
		// Blank lines above the first line do not hide where it is.
		{"equals missing after blank lines at the top", "\n\nTrygghet\n" + sourceTail,
			`x.toml:3:1: an = is missing after Trygghet; write Trygghet = "…"`, ""},
		{"equals missing on the first line", "Trygghet\n" + sourceTail,
			`x.toml:1:1: an = is missing after Trygghet`, ""},
		// A value left out, with only a comment after the =: the comment
		// is no part of the value the message shows.
		{"value is only a comment", "title = # skrivs senare\n" + sourceTail,
			`x.toml:1:9: nothing is written after title =; write the value there`, "#"},
		{"value without quotation marks", "title = Trygghet # rubrik\n" + sourceTail,
			`x.toml:1:9: the text Trygghet is not in quotation marks; write title = "Trygghet"`, "#"},
		// Word's quotation marks: both are named when they differ.
		{"typographic quotation marks", "title = „Trygghet“\n" + sourceTail,
			"x.toml:1:9: the value is enclosed in typographic quotation marks („ “)", ""},
		{"one typographic quotation mark", "title = ”Trygghet\n" + sourceTail,
			"x.toml:1:9: the value is enclosed in typographic quotation marks (”)", ""},
		// A second text in a promise or an activity is most likely one
		// whose heading was forgotten; any other key twice is just twice.
		{"text twice in a promise", "title = \"T\"\n" + sourceTail[:len(sourceTail)-len("[[promise.activity]]\ntext = \"A\"\n")] + "text = \"Q\"\n",
			"x.toml:6:1: a second text in this [[promise]] (the first is on line 5): is a [[promise]] line missing above this one?", ""},
		{"text twice in an activity", "title = \"T\"\n" + sourceTail + "text = \"B\"\n",
			"x.toml:8:1: a second text in this [[promise.activity]] (the first is on line 7): is a [[promise.activity]] line missing above this one?", ""},
		{"text twice at the top", "text = \"T\"\ntext = \"U\"\n" + sourceTail,
			"x.toml:2:1: text is written a second time (the first is on line 1); write it once", "[["},
		// A deleted [[promise.activity]]: the activity's text lands in the
		// promise, told at the first of the activity's keys.
		{"activity heading deleted, responsible after", "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\ntext = \"A\"\nresponsible = \"R\"\n",
			"x.toml:6:1: an activity's text or responsible is written here without its heading: is [[promise.activity]] missing above line 6?", ""},
		{"activity heading deleted, responsible before the promise's text", "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\nresponsible = \"R\"\ntext = \"P\"\ntext = \"A\"\n",
			"x.toml:7:1: an activity's text or responsible", ""},
		{"activity heading deleted, follow-ups after", "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\ntext = \"A\"\n[[promise.activity.followup]]\ntertial = \"2020-T1\"\n",
			"x.toml:6:1: an activity's text or responsible is written here without its heading: is [[promise.activity]] missing above line 6?", ""},
		{"other key twice in a follow-up", sourceTail + "[[promise.activity.followup]]\ntertial = \"2020-T1\"\nx = 1\nx = 2\n",
			"x.toml:10:1: x is written a second time (the first is on line 9); write it once", ""},
		{"second follow-up starting with its status", "title = \"T\"\n" + sourceTail + "[[promise.activity.followup]]\ntertial = \"2020-T1\"\nstatus = \"pågår\"\n\nstatus = \"pågår\"\ntertial = \"2020-T2\"\n",
			"x.toml:12:1: a second follow-up is written under the heading of the one on line 10: is [[promise.activity.followup]] missing above line 12?", ""},
		// A text in """ never closed runs on to the next """: told where it
		// opens, whether a heading or a key is swallowed.
		{"multi-line text swallowing a key", "title = \"T\"\n" + sourceTail + "[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = \"\"\"\nRad ett.\nstatus = \"pågår\"\nnote = \"\"\"Andra.\"\"\"\n",
			"x.toml:10:8: the text that starts here with \"\"\" is never closed; end it with \"\"\"", ""},
		{"literal multi-line text swallowing a heading", "title = \"T\"\n" + sourceTail + "[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = '''\nRad ett.\n[[promise.activity]]\ntext = '''B'''\n",
			"x.toml:10:8: the text that starts here with ''' is never closed; end it with '''", ""},
		{"a path at the end of the file", sourceTail + "[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = \"C:\\\"",
			`x.toml:9:9: C:\" is a path`, ""},
		{"title twice", "title = \"T\"\ntitle = \"U\"\n" + sourceTail,
			"x.toml:2:1: title is written a second time (the first is on line 1); write it once", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := report.Parse("x.toml", []byte(c.text), tpl)
			got := msg.Text(err, msg.English)
			if err == nil || !strings.HasPrefix(got, c.want) {
				t.Errorf("got %q\nwant it to begin %q", got, c.want)
			}
			if c.not != "" && strings.Contains(got, c.not) {
				t.Errorf("got %q; it should not hold %q", got, c.not)
			}
		})
	}
}

// TestUnknownKeySuggestsOnlyCloseNames: a misspelt key gets the key that
// was likely meant; a name that is far from every key gets none, as a
// wrong guess would mislead.
func TestUnknownKeySuggestsOnlyCloseNames(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range []struct {
		key, want string // want: the key suggested, or ""
	}{
		{"titel", "title"},
		{"Titel", "title"},
		{"titl", "title"},
		{"tittle", "title"},
		{"titleabc", ""}, // three letters too many
		{"tiXYZ", ""},    // three letters wrong
		{"x", ""},
	} {
		_, err := report.Parse("x.toml", []byte("title = \"T\"\n"+c.key+" = \"T\"\n"+sourceTail), tpl)
		got := msg.Text(err, msg.English)
		if !strings.HasPrefix(got, "x.toml:2:1: unknown key \""+c.key+"\"") {
			t.Errorf("%s: got %q, want an unknown key at line 2", c.key, got)
			continue
		}
		suggested := strings.Contains(got, "did you mean")
		switch {
		case c.want == "" && suggested:
			t.Errorf("%s: got %q, want no suggestion", c.key, got)
		case c.want != "" && !strings.Contains(got, `did you mean "`+c.want+`"?`):
			t.Errorf("%s: got %q, want it to suggest %q", c.key, got, c.want)
		}
	}
}
