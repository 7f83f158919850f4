package report

import (
	"strings"
	"unicode"
)

// Text is a piece of the user's text with the place it was written, so that
// a warning about one of its characters can name the line, and an import
// can rewrite it.
type Text struct {
	S    string
	Span Span
}

func (t Text) String() string { return t.S }

// tidyLine is for texts that are one line in the report (titles, promises,
// activities): line breaks pasted mid-sentence become spaces, runs of white
// space become one space.
func tidyLine(s string) string {
	if isTidyLine(s) {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, isTidySpace), " ")
}

// isTidyLine tells whether tidyLine would leave s as it is: no white space
// but single spaces between words. Most texts are, and are kept as written
// without copying.
func isTidyLine(s string) bool {
	prevSpace := true // a leading space is untidy
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case isTidySpace(r):
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// tidyNote keeps a note's line breaks (at most one empty line in a row),
// tidies runs of spaces within lines and trims white space around lines and
// around the whole note.
func tidyNote(s string) string {
	if isTidyNote(s) {
		return s
	}
	return tidyNoteSlow(s)
}

func tidyNoteSlow(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []string
	blank := 0
	for _, line := range strings.Split(s, "\n") {
		line = tidyLine(line)
		if line == "" {
			blank++
			continue
		}
		if len(out) > 0 && blank > 0 {
			out = append(out, "")
		}
		blank = 0
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// isTidyNote tells whether tidyNote would leave s as it is.
func isTidyNote(s string) bool {
	if s == "" {
		return true
	}
	blank := true // a blank first line is untidy
	for len(s) > 0 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
			if s == "" {
				return false // a blank last line
			}
		} else {
			s = ""
		}
		if line == "" {
			if blank {
				return false // two blank lines in a row, or a blank first line
			}
			blank = true
			continue
		}
		if !isTidyLine(line) {
			return false
		}
		blank = false
	}
	return true
}

// isTidySpace is white space that carries no meaning of its own. A no-break
// space is kept: it is written on purpose ("10 000").
func isTidySpace(r rune) bool {
	return r != '\u00a0' && r != '\u202f' && (unicode.IsSpace(r) || r == '\u200b')
}
