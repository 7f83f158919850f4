package report

import (
	"sort"
	"unicode/utf8"
)

// File is a source file's text with the table of where its lines start,
// so that any byte offset into the text can be told as a line and column.
// It is modelled on go/token.File: places are kept as byte offsets (a
// Span) and turned into a Position, a line and a column, only where a
// person is told of one.
// The import into a source edits the text by the same offsets.
type File struct {
	Name string // as given, for messages
	Text string // the text as decoded, without a byte order mark
	// Encoding is how the file was stored, so that it can be written back
	// the same way.
	Encoding Encoding
	lines    []int // byte offset of each line's start
}

// Encoding is how a source file is stored on disk.
type Encoding uint8

const (
	UTF8    Encoding = iota // UTF-8 without a byte order mark
	UTF8BOM                 // UTF-8 with a byte order mark, as Notepad writes it
	UTF16LE                 // UTF-16, little-endian, with a byte order mark: Notepad's "Unicode"
	UTF16BE                 // UTF-16, big-endian, with a byte order mark
)

// NewFile makes the table of lines of text.
func NewFile(name, text string) *File {
	f := &File{Name: name, Text: text, lines: make([]int, 1, 64)}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	return f
}

// Span is where something is written in a file, as byte offsets: from
// Offset up to End. A value's span covers it whole (quotes included); a
// key's or a table heading's covers its first character. The zero Span is
// no place: a text the source does not hold, such as a template's word.
type Span struct{ Offset, End int }

// IsValid tells whether the span is a place in a file.
func (s Span) IsValid() bool { return s.End > s.Offset }

// Position is a place as a person is told of it: a line and a column, both
// from 1; the column counts characters. The zero Position is no place.
type Position struct{ Line, Col int }

// IsValid tells whether the position names a line.
func (p Position) IsValid() bool { return p.Line > 0 }

// Position turns a byte offset into a line and a column. A byte that is
// not UTF-8 counts as one character. An offset past the end is taken as
// the end; a negative one is no place.
func (f *File) Position(offset int) Position {
	if offset < 0 {
		return Position{}
	}
	offset = min(offset, len(f.Text))
	// The line is the last whose start is at or before offset.
	line := sort.SearchInts(f.lines, offset+1) - 1
	col := utf8.RuneCountInString(f.Text[f.lines[line]:offset]) + 1
	return Position{Line: line + 1, Col: col}
}

// At is where a span starts, or no place for the zero span.
func (f *File) At(s Span) Position {
	if f == nil || !s.IsValid() {
		return Position{}
	}
	return f.Position(s.Offset)
}

// Lines is the number of lines, the last one counted even when empty.
func (f *File) Lines() int { return len(f.lines) }

// LineStart is the offset where line (from 1) starts.
func (f *File) LineStart(line int) int { return f.lines[line-1] }

// LineEnd is the offset where line (from 1) ends, before its line break
// (and before the carriage return of a CRLF).
func (f *File) LineEnd(line int) int {
	end := len(f.Text)
	if line < len(f.lines) {
		end = f.lines[line] - 1
	}
	if end > f.lines[line-1] && f.Text[end-1] == '\r' {
		end--
	}
	return end
}
