package report

import (
	"fmt"
	"strings"
	"unicode"
)

// QuoteTOML writes s as a TOML string that decodes to s exactly, in the
// most readable form that holds it:
//
//   - "…" for a line that needs no escape;
//   - '…' for a line with quotes or backslashes, such as a Windows path;
//   - a literal multi-line string (between three apostrophes) for several
//     lines, starting on a line of its own;
//   - """…""" with escapes for whatever no literal form holds (control
//     characters, three apostrophes in the text, a text ending in an
//     apostrophe).
//
// crlf tells that the file's lines end in CRLF. A multi-line string is
// then written with CRLF line ends, as the rest of the file, and holds its
// line breaks as CRLF: it reads back as s with each line feed a CRLF,
// which every reader of a note takes as the same line break.
func QuoteTOML(s string, crlf bool) string {
	if !strings.Contains(s, "\n") {
		switch {
		case !hasControl(s, false) && !strings.ContainsAny(s, `"\`):
			return `"` + s + `"`
		case !hasControl(s, false) && !strings.Contains(s, "'"):
			return "'" + s + "'"
		}
		return `"` + escapeBasic(s, false) + `"`
	}
	eol := "\n"
	if crlf {
		eol = "\r\n"
	}
	// The line break after the opening quotes is not part of the text.
	if !hasControl(s, true) && !strings.Contains(s, "'''") && !strings.HasSuffix(s, "'") {
		return "'''" + eol + strings.ReplaceAll(s, "\n", eol) + "'''"
	}
	return `"""` + eol + strings.ReplaceAll(escapeBasic(s, true), "\n", eol) + `"""`
}

// TrimLineEnds drops the white space that ends each line of a note, as
// pasting from a workbook or a document leaves it. s has its line breaks
// as line feeds (UnixLineBreaks).
func TrimLineEnds(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return strings.Join(lines, "\n")
}

// hasControl tells whether s holds a character TOML does not allow as it
// is in a string: a control character other than tab (and line feed, in a
// multi-line string).
func hasControl(s string, multiline bool) bool {
	for _, r := range s {
		if r == '\t' || r == '\n' && multiline {
			continue
		}
		if r < 0x20 || r == 0x7f {
			return true
		}
	}
	return false
}

// escapeBasic escapes s for a basic string ("…"): backslashes, quotes and
// control characters; tab is written \t. With newlines, a line break stays
// as it is, as a multi-line string holds it.
func escapeBasic(s string, newlines bool) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n' && newlines:
			b.WriteByte('\n')
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
