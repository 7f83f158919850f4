package xlsx

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// escapeCellText writes a text so that a workbook cell holds it exactly,
// as ECMA-376 Part 1, §22.4.2.4 (ST_Xstring) says: a character XML 1.0
// cannot hold (U+000B, Word's line break, and the other control characters
// but tab and line breaks; U+FFFE, U+FFFF) is written _xHHHH_, and an
// underscore that would start such an escape is itself written _x005F_.
//
// excelize decodes these escapes when it reads a cell, and so do Excel and
// LibreOffice, but it does not write them for a shared string: a note's
// control character would become "�" and a literal "_x0043_" would come
// back as "C".
//
// An underscore is escaped when "x" and four hexadecimal digits follow it,
// whatever comes next: a reader then never finds an escape where the text
// had none, even where the next character is itself escaped.
func escapeCellText(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '_' && startsEscape(s[i+1:]):
			b.WriteString("_x005F_")
		case !xmlChar(r):
			fmt.Fprintf(&b, "_x%04X_", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i, r := range s {
		if r == '_' && startsEscape(s[i+1:]) || !xmlChar(r) {
			return true
		}
	}
	return false
}

// startsEscape tells whether s starts with "x" and four hexadecimal
// digits, as the rest of an escape _xHHHH_ would.
func startsEscape(s string) bool {
	if len(s) < 5 || s[0] != 'x' {
		return false
	}
	for _, c := range []byte(s[1:5]) {
		if !strings.ContainsRune("0123456789abcdefABCDEF", rune(c)) {
			return false
		}
	}
	return true
}

// xmlChar tells whether XML 1.0 can hold r as it is (its production Char).
func xmlChar(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return false
	}
	return r <= 0x10FFFF
}

// setText writes a text into a cell of f so that it reads back exactly.
func setText(f *excelize.File, sheet, cell, s string) error {
	return f.SetCellStr(sheet, cell, escapeCellText(s))
}

// unescapeCellText reads a cell's text as written in the workbook: each
// escape _xHHHH_, found from left to right, is the character it names
// (_x005F_ an underscore), as Excel, LibreOffice and excelize read it. An
// escape of no character (a surrogate, _xD800_) stays as it is written.
func unescapeCellText(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "_x")
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		if len(s) >= 7 && startsEscape(s[1:]) && s[6] == '_' {
			n, _ := strconv.ParseUint(s[2:6], 16, 32)
			if r := rune(n); utf8.ValidRune(r) {
				b.WriteRune(r)
			} else {
				b.WriteString(s[:7])
			}
			s = s[7:]
			continue
		}
		b.WriteString(s[:1])
		s = s[1:]
	}
	b.WriteString(s)
	return b.String()
}
