package reporttest

import (
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// Parse parses text as the source x.toml with the built-in template. It
// returns the source, or the messages it is refused with, in English and
// one a line as a person reads them ("" when it is accepted).
func Parse(t testing.TB, text string) (*report.Source, string) {
	t.Helper()
	src, err := report.Parse("x.toml", []byte(text), Template(t))
	if err != nil {
		return nil, msg.Text(err, msg.English)
	}
	return src, ""
}

// SmallSource is a source of one promise with one activity: title and
// municipality on lines 1 and 2, the period 2020–2021 on line 3 unless
// head starts with its own period, then the lines of head, then the
// activity with one follow-up table for each of followups, which are its
// key lines.
func SmallSource(head string, followups ...string) string {
	var b strings.Builder
	b.WriteString("title = \"T\"\nmunicipality = \"M\"\n")
	if !strings.HasPrefix(head, "period") {
		b.WriteString("period = \"2020-2021\"\n")
	}
	if head != "" {
		b.WriteString(head + "\n")
	}
	b.WriteString("[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n")
	for _, f := range followups {
		b.WriteString("[[promise.activity.followup]]\n" + f + "\n")
	}
	return b.String()
}
