package report_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"uppfoljning/internal/report"
)

// decodeNote reads back a note written with QuoteTOML, as the line of a
// file with the given line ending. A multi-line text in a CRLF file holds
// its line breaks as CRLF.
func decodeNote(t testing.TB, quoted, eol string) string {
	t.Helper()
	var v struct{ Note string }
	if _, err := toml.Decode("note = "+quoted+eol+"x = 1"+eol, &v); err != nil {
		t.Fatalf("%q does not decode: %v", quoted, err)
	}
	return v.Note
}

func TestQuoteTOML(t *testing.T) {
	for _, c := range []struct{ in, lf, crlf string }{
		{"Genomfört tre", `"Genomfört tre"`, `"Genomfört tre"`},
		{`C:\Users\anna\rapport.docx`, `'C:\Users\anna\rapport.docx'`, `'C:\Users\anna\rapport.docx'`},
		{`Han sa "hej"`, `'Han sa "hej"'`, `'Han sa "hej"'`},
		{`Kommunens 'trygghet' och "polisens" \ sak`, `"Kommunens 'trygghet' och \"polisens\" \\ sak"`, `"Kommunens 'trygghet' och \"polisens\" \\ sak"`},
		{"tab\there", "\"tab\there\"", "\"tab\there\""},
		{"bell\a", `"bell\u0007"`, `"bell\u0007"`},
		{"rad ett\nrad två", "'''\nrad ett\nrad två'''", "'''\r\nrad ett\r\nrad två'''"},
		{"a\n  indrag  ", "'''\na\n  indrag  '''", "'''\r\na\r\n  indrag  '''"},
		{"Han sa \"ja\"\nC:\\temp", "'''\nHan sa \"ja\"\nC:\\temp'''", "'''\r\nHan sa \"ja\"\r\nC:\\temp'''"},
		{"slut med '\nx'", "\"\"\"\nslut med '\nx'\"\"\"", ""},
		{"tre ''' citat\nrad", "\"\"\"\ntre ''' citat\nrad\"\"\"", ""},
		{"rad\n\nefter tom", "'''\nrad\n\nefter tom'''", "'''\r\nrad\r\n\r\nefter tom'''"},
		{"slut med '\nx'", "", "\"\"\"\r\nslut med '\r\nx'\"\"\""},
	} {
		if c.lf != "" {
			if got := report.QuoteTOML(c.in, false); got != c.lf {
				t.Errorf("QuoteTOML(%q, LF) = %q, want %q", c.in, got, c.lf)
			}
		}
		if c.crlf != "" {
			if got := report.QuoteTOML(c.in, true); got != c.crlf {
				t.Errorf("QuoteTOML(%q, CRLF) = %q, want %q", c.in, got, c.crlf)
			}
		}
		for _, eol := range []string{"\n", "\r\n"} {
			if got := decodeNote(t, report.QuoteTOML(c.in, eol == "\r\n"), eol); got != strings.ReplaceAll(c.in, "\n", eol) {
				t.Errorf("QuoteTOML(%q) reads back as %q", c.in, got)
			}
		}
	}
}

// FuzzQuoteTOML: whatever the text, it reads back exactly, in a file with
// either line ending (its line breaks as the file's), and a line ending of
// the file's kind is the only one written.
func FuzzQuoteTOML(f *testing.F) {
	for _, s := range []string{"", "a", "a\nb", `C:\temp\`, "x'''y", "'\n'", "\"\"\"", "  \n\t\n", "\r", "\x00\x7f", "slut\\", "slut\\\nrad"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, crlf := range []bool{false, true} {
			eol := "\n"
			if crlf {
				eol = "\r\n"
			}
			q := report.QuoteTOML(s, crlf)
			if got := decodeNote(t, q, eol); got != strings.ReplaceAll(s, "\n", eol) {
				t.Fatalf("%q (crlf %v) written as %q reads back as %q", s, crlf, q, got)
			}
			if crlf && strings.Count(q, "\n") != strings.Count(q, "\r\n") {
				t.Fatalf("%q written with a bare line feed in a CRLF file: %q", s, q)
			}
			if !crlf && strings.Contains(q, "\r") {
				t.Fatalf("%q written with a carriage return in an LF file: %q", s, q)
			}
		}
	})
}

// TestQuoteTOMLEscapes: a note pasted from a workbook may hold control
// characters next to quotes, backslashes and tabs. Each must be written
// so that the source still loads and the note reads back exactly, and
// every other character as it is, so that the source stays readable:
// space and "~" are written as themselves, the characters just below and
// above them as escapes.
func TestQuoteTOMLEscapes(t *testing.T) {
	for _, c := range []struct{ in, lf, crlf string }{
		{"a\x00b", `"a\u0000b"`, `"a\u0000b"`},
		{"a\x1fb", `"a\u001Fb"`, `"a\u001Fb"`},
		{"a\x1f b", `"a\u001F b"`, `"a\u001F b"`},
		{"~\x7f", `"~\u007F"`, `"~\u007F"`},
		{"a\x7eb\x01", `"a~b\u0001"`, `"a~b\u0001"`},
		{"\x01\\", `"\u0001\\"`, `"\u0001\\"`},
		{"\x01\"", `"\u0001\""`, `"\u0001\""`},
		{"\x01\tx", `"\u0001\tx"`, `"\u0001\tx"`},
		{"\x01'", `"\u0001'"`, `"\u0001'"`},
		{"rad\x01\nrad \"två\"\t\\", "\"\"\"\nrad\\u0001\nrad \\\"två\\\"\\t\\\\\"\"\"",
			"\"\"\"\r\nrad\\u0001\r\nrad \\\"två\\\"\\t\\\\\"\"\""},
		{"slut'\n\x7f", "\"\"\"\nslut'\n\\u007F\"\"\"", "\"\"\"\r\nslut'\r\n\\u007F\"\"\""},
		{"a\rb\nc", "\"\"\"\na\\u000Db\nc\"\"\"", "\"\"\"\r\na\\u000Db\r\nc\"\"\""},
	} {
		for _, crlf := range []bool{false, true} {
			want, eol := c.lf, "\n"
			if crlf {
				want, eol = c.crlf, "\r\n"
			}
			got := report.QuoteTOML(c.in, crlf)
			if got != want {
				t.Errorf("QuoteTOML(%q, crlf %v) = %q; want %q", c.in, crlf, got, want)
			}
			if back := decodeNote(t, got, eol); back != strings.ReplaceAll(c.in, "\n", eol) {
				t.Errorf("QuoteTOML(%q, crlf %v) reads back as %q", c.in, crlf, back)
			}
		}
	}
}

// TestTrimLineEnds: the white space pasted at the end of each line goes;
// the line breaks, the indentation and the words stay.
func TestTrimLineEnds(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Klart.", "Klart."},
		{"Klart.  ", "Klart."},
		{"rad ett \t\nrad två  ", "rad ett\nrad två"},
		{"  indrag  \n\n  \nsist", "  indrag\n\n\nsist"},
		{"hårt\u00a0mellanslag\u00a0\nx", "hårt\u00a0mellanslag\nx"},
		{"slut\n", "slut\n"},
	} {
		if got := report.TrimLineEnds(c.in); got != c.want {
			t.Errorf("TrimLineEnds(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
