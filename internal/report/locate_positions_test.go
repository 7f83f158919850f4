package report_test

import (
	"strings"
	"testing"

	"uppfoljning/internal/report/reporttest"
)

// The tests in this file guard what the position scanner (locate.go) does
// for a user: where a message points, what it quotes, and that a cut-off
// or garbled file is told in words.

// locateHead is the head of a valid source with one promise and one
// activity; a test adds the activity's keys or follow-ups after it.
const locateHead = "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n" +
	"[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"

// locateMessages parses src and tells its messages in English, "" when it
// loads.
func locateMessages(t *testing.T, src string) string {
	t.Helper()
	_, m := reporttest.Parse(t, src)
	return m
}

// TestCutOffFileIsToldNotCrashed: a file saved half-written (it ends in the
// middle of a heading, a key, a value or a text) gets a message at the
// place it breaks off. The scanner reads ahead of the end of such a text;
// reading one byte too far would crash the program instead of telling the
// user what to finish.
func TestCutOffFileIsToldNotCrashed(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
	}{
		{"a heading's first bracket", "[", "x.toml:1:1: the table heading is not closed"},
		{"an array heading's brackets", "[[", "x.toml:1:1: the table heading is not closed"},
		{"a bare key", "title", "x.toml:1:1: an = is missing after title"},
		{"a bare value", locateHead + "responsible = 5",
			"x.toml:8:15: responsible must list names in quotation marks, like [\"Polisen\", \"Kommunen\"]; here is the number 5"},
		{"a text", "title = \"abc", "x.toml:1:9: the text that starts here is not closed with \" on this line"},
		{"a text's backslash", "title = \"abc\\", "x.toml:1:9: a backslash (\\) in a text in \"…\" starts a code"},
		{"a multi-line text", "title = '''abc", "x.toml:1:9: the text that starts here with ''' is never closed; end it with '''"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := locateMessages(t, c.src); !strings.HasPrefix(got, c.want) {
				t.Errorf("%q is told\n%s\nwant it to start with\n%s", c.src, got, c.want)
			}
		})
	}
}

// TestGarbledListIsNotToldAsTooDeep: a list or an inline table with a
// stray character in it is a typing mistake, and the user must hear what
// is wrong on that line; only nesting that really is too deep gets the
// message about nesting levels.
func TestGarbledListIsNotToldAsTooDeep(t *testing.T) {
	for _, c := range []struct {
		src, want string
	}{
		{"a = [}]", `x.toml:1:5: the text [}] is not in quotation marks; write a = "[}]"`},
		{"x={=}", "x.toml:1:4: this line cannot be read: something is missing or out of place at column 4"},
		{"x={=1}", "x.toml:1:4: this line cannot be read: something is missing or out of place at column 4"},
		{"a = " + strings.Repeat("[", 40) + strings.Repeat("]", 40),
			"x.toml:1:37: lists or tables nest more than 32 levels deep"},
	} {
		if got := locateMessages(t, c.src); !strings.HasPrefix(got, c.want) {
			t.Errorf("%q is told\n%s\nwant it to start with\n%s", c.src, got, c.want)
		}
	}
}

// TestResponsibleMessagesPointAtEachItem: each item of a responsible list
// that is not a name gets its own message at the item's line and column,
// also when an item before it is an empty list or an inline table, which
// the scanner must step over exactly.
func TestResponsibleMessagesPointAtEachItem(t *testing.T) {
	const notNames = ": responsible must list names in quotation marks, like [\"Polisen\", \"Kommunen\"]; here is "
	for _, c := range []struct {
		list string
		want []string
	}{
		{"[[], 5]", []string{"x.toml:8:16" + notNames + "a list", "x.toml:8:20" + notNames + "the number 5"}},
		{"[[1], 5]", []string{"x.toml:8:16" + notNames + "a list", "x.toml:8:21" + notNames + "the number 5"}},
		{"[{b = 1}, 5]", []string{"x.toml:8:16" + notNames + "a table", "x.toml:8:25" + notNames + "the number 5"}},
		{"[\n  {b = 1},\n  5,\n]", []string{"x.toml:9:3" + notNames + "a table", "x.toml:10:3" + notNames + "the number 5"}},
		{"[ 5 ,\t6 ]", []string{"x.toml:8:17" + notNames + "the number 5", "x.toml:8:21" + notNames + "the number 6"}},
	} {
		got := locateMessages(t, locateHead+"responsible = "+c.list+"\n")
		if want := strings.Join(c.want, "\n"); got != want {
			t.Errorf("responsible = %s is told\n%s\nwant\n%s", c.list, got, want)
		}
	}
}

// TestDateMessageQuotesTheDateAsWritten: a date written with a time of day
// is refused with the value quoted as the user wrote it: without the
// spaces or tab before a comment, and without the comment.
func TestDateMessageQuotesTheDateAsWritten(t *testing.T) {
	for _, line := range []string{
		"date = 2020-12-15T10:00:00",
		"date = 2020-12-15T10:00:00   # kl. 10",
		"date = 2020-12-15T10:00:00\t# kl. 10",
		"date = 2020-12-15T10:00:00 \t \n",
	} {
		src := strings.Replace(locateHead, "[[promise]]", line+"\n[[promise]]", 1)
		want := `x.toml:4:8: date "2020-12-15T10:00:00": write the date as YYYY-MM-DD`
		if got := locateMessages(t, src); !strings.HasPrefix(got, want) {
			t.Errorf("%q is told\n%s\nwant it to start with\n%s", line, got, want)
		}
	}
}
