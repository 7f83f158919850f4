package report

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a place in a source file. Line and Col count from 1; Col counts
// characters, not bytes. Offset and End are byte offsets of the value the
// position belongs to (End is 0 when unknown).
type Pos struct {
	Line, Col   int
	Offset, End int
}

// Error is one problem in an input file, told in words a non-programmer can
// act on.
type Error struct {
	File string
	Pos  Pos
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.Pos.Line > 0 && e.Pos.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, e.Msg)
	case e.Pos.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Pos.Line, e.Msg)
	default:
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
}

// ErrorList is every error found in one file, in the order of the file.
// It is returned as an error; errors.As finds it.
type ErrorList []*Error

func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

func (l ErrorList) sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Warning is a problem that does not stop a build but that the user must
// hear about, such as a character no font can draw.
type Warning struct {
	File string
	Pos  Pos
	Msg  string
}

func (w Warning) String() string {
	e := Error(w)
	return "warning: " + e.Error()
}
