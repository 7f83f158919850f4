package round

import (
	"strings"

	"uppfoljning/internal/msg"
)

// BadInput is a mistake in what the user gave (a file, a folder, a choice),
// told in messages, a line each: theirs to fix, so a command exits 2 and a
// page asks them to fix it rather than reporting a failure.
type BadInput []msg.Message

func (e BadInput) Error() string { return e.In(msg.Swedish) }

// In tells the mistake in a language.
func (e BadInput) In(l msg.Lang) string {
	lines := make([]string, len(e))
	for i, m := range e {
		lines[i] = m.In(l)
	}
	return strings.Join(lines, "\n")
}

func bad(key msg.Key, args ...any) error { return BadInput{msg.New(key, args...)} }

// fail is an error of the work: a message, with the error it tells of.
func fail(key msg.Key, args ...any) error { return msg.Errorf(key, args...) }
