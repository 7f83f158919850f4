package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"uppfoljning/internal/msg"
)

// Error is one problem in an input file, told in words a non-programmer can
// act on: "eksjo.toml:12:15: …". Its words are chosen when it is told, in
// the reader's language (In); Error gives them in Swedish.
type Error struct {
	File string
	Pos  Position
	Msg  msg.Message
}

func (e *Error) Error() string { return e.In(msg.Swedish) }

// In tells the error in a language.
func (e *Error) In(l msg.Lang) string {
	text := e.Msg.In(l)
	switch {
	case e.Pos.Line > 0 && e.Pos.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, text)
	case e.Pos.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Pos.Line, text)
	case e.File != "":
		return fmt.Sprintf("%s: %s", e.File, text)
	}
	return text
}

// ErrorList is every error found in one file, in the order of the file.
// It is returned as an error; errors.As finds it.
type ErrorList []*Error

func (l ErrorList) Error() string { return l.In(msg.Swedish) }

// In tells every error, a line each.
func (l ErrorList) In(lang msg.Lang) string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.In(lang)
	}
	return strings.Join(lines, "\n")
}

func (l ErrorList) sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
}

// Warning is a problem that does not stop a build but that the user must
// hear about, such as a character no font can draw.
type Warning struct {
	File string
	Pos  Position
	Msg  msg.Message
}

func (w Warning) String() string { return w.In(msg.Swedish) }

// In tells the warning in a language: "varning: eksjo.toml:46:15: …".
func (w Warning) In(l msg.Lang) string {
	e := Error(w)
	return msg.New(msg.Warning, e.In(l)).In(l)
}
