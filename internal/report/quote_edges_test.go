package report_test

import (
	"testing"

	"uppfoljning/internal/report"
)

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
			"\"\"\"\r\nrad\\u0001\\n\\\r\nrad \\\"två\\\"\\t\\\\\"\"\""},
		{"slut'\n\x7f", "\"\"\"\nslut'\n\\u007F\"\"\"", "\"\"\"\r\nslut'\\n\\\r\n\\u007F\"\"\""},
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
			if back := decodeNote(t, got, eol); back != c.in {
				t.Errorf("QuoteTOML(%q, crlf %v) reads back as %q", c.in, crlf, back)
			}
		}
	}
}
