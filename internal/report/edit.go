package report

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
)

// An Edit replaces the bytes [Offset, End) of a file's text with Text; an
// insertion has End == Offset.
type Edit struct {
	Offset, End int
	Text        string
}

// Apply returns the file's text with the edits made; every other byte stays
// as it was. Edits may come in any order but must not overlap; two
// insertions at one offset keep their order.
func (f *File) Apply(edits []Edit) (string, error) {
	sorted := append([]Edit(nil), edits...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Offset < sorted[j].Offset })
	var b strings.Builder
	b.Grow(len(f.Text) + 64*len(edits))
	at := 0
	for _, e := range sorted {
		if e.Offset < at || e.End < e.Offset || e.End > len(f.Text) {
			return "", fmt.Errorf("edits overlap or lie outside the text at offset %d", e.Offset)
		}
		b.WriteString(f.Text[at:e.Offset])
		b.WriteString(e.Text)
		at = e.End
	}
	b.WriteString(f.Text[at:])
	return b.String(), nil
}

// Encode gives text the bytes the file was stored in: its encoding, and
// its byte order mark, if it had one.
func (f *File) Encode(text string) []byte {
	switch f.Encoding {
	case UTF8BOM:
		return append(append([]byte(nil), utf8BOM...), text...)
	case UTF16LE, UTF16BE:
		units := utf16.Encode([]rune(text))
		out := make([]byte, 0, 2+2*len(units))
		order := binary.AppendByteOrder(binary.LittleEndian)
		if f.Encoding == UTF16BE {
			order = binary.BigEndian
		}
		out = order.AppendUint16(out, 0xFEFF)
		for _, u := range units {
			out = order.AppendUint16(out, u)
		}
		return out
	}
	return []byte(text)
}

// CRLF tells whether the file's lines end in a carriage return and a line
// feed, as Windows writes them: so its first line ending does.
func (f *File) CRLF() bool {
	i := strings.IndexByte(f.Text, '\n')
	return i > 0 && f.Text[i-1] == '\r'
}

// Newline is the file's line ending.
func (f *File) Newline() string {
	if f.CRLF() {
		return "\r\n"
	}
	return "\n"
}

// NextLine is the offset where the line after the one holding offset
// starts, or the end of the text when that line is the last.
func (f *File) NextLine(offset int) int {
	if i := strings.IndexByte(f.Text[min(offset, len(f.Text)):], '\n'); i >= 0 {
		return offset + i + 1
	}
	return len(f.Text)
}

// Indent is the white space that starts the line holding offset.
func (f *File) Indent(offset int) string {
	p := f.Position(offset)
	line := f.Text[f.LineStart(p.Line):f.LineEnd(p.Line)]
	return line[:len(line)-len(strings.TrimLeft(line, " \t"))]
}
