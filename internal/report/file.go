package report

import (
	"sort"
	"unicode/utf8"
)

// File is a source file's text with the table of where its lines start,
// so that any byte offset into the text can be told as a line and column.
// It is modelled on go/token.File: positions are kept as offsets (Text and
// Pos hold them) and turned into lines only where a person is told of one.
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

// Position turns a byte offset into a line and a column, both from 1. The
// column counts characters, not bytes; a byte that is not UTF-8 counts as
// one. An offset past the end is taken as the end.
func (f *File) Position(offset int) Pos {
	if offset < 0 {
		return Pos{}
	}
	offset = min(offset, len(f.Text))
	// The line is the last whose start is at or before offset.
	line := sort.SearchInts(f.lines, offset+1) - 1
	col := utf8.RuneCountInString(f.Text[f.lines[line]:offset]) + 1
	return Pos{Line: line + 1, Col: col, Offset: offset}
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
