// Package msg holds every message the program tells a person, in Swedish
// and in English: one catalogue per language (sv.go, en.go), the keys that
// name the messages (keys.go), and the choice of language from the
// environment.
//
// A message is made with its key and arguments where the problem is
// found, and put into words where it is told, in the reader's language:
//
//	err := &report.Error{File: name, Pos: p, Msg: msg.New(msg.UnknownKey, key, where)}
//	fmt.Fprintln(stderr, msg.Text(err, lang))
//
// An argument that is itself a Message (or an error that can be told in a
// language) is put into words in the same language. The tests check that
// every key has a text in both catalogues, with the same arguments.
package msg

import (
	"fmt"
	"strings"
)

// Lang is a language messages are told in.
type Lang uint8

const (
	Swedish Lang = iota // the default
	English
)

// A Message is a text to tell a person: a key and its arguments. Its
// words are chosen when it is told.
type Message struct {
	Key  Key
	Args []any
}

// New makes a message.
func New(key Key, args ...any) Message { return Message{key, args} }

// In puts the message into words in a language.
func (m Message) In(l Lang) string {
	format := catalogue(l)[m.Key]
	if format == "" {
		format = english[m.Key] // a missing text is a bug the tests catch
	}
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		args[i] = localize(a, l)
	}
	return fmt.Sprintf(format, args...)
}

// Plural makes a message that counts n of something: the key one when n
// is 1, the key many otherwise, so that each catalogue words the singular
// ("1 aktivitet") as its language does.
func Plural(n int, one, many Key, args ...any) Message {
	if n == 1 {
		return New(one, args...)
	}
	return New(many, args...)
}

// String is the message in Swedish, the default language.
func (m Message) String() string { return m.In(Swedish) }

// Teller is what can be told in a language: a Message, and the errors and
// warnings made of messages.
type Teller interface {
	In(Lang) string
}

func localize(a any, l Lang) any {
	switch x := a.(type) {
	case Teller:
		return x.In(l)
	case error:
		return Text(x, l)
	}
	return a
}

func catalogue(l Lang) map[Key]string {
	if l == English {
		return english
	}
	return swedish
}

// Error is an error made of a message. Err, when set, is the error it
// tells of, for errors.Is and errors.As.
type Error struct {
	Message
	Err error
}

// Errorf makes an error of a message. The first argument that is an error
// is the one it wraps.
func Errorf(key Key, args ...any) error {
	e := &Error{Message: New(key, args...)}
	for _, a := range args {
		if err, ok := a.(error); ok {
			e.Err = err
			break
		}
	}
	return e
}

// Wrap makes an error of a message that tells of err, which errors.Is
// and errors.As find; err is not one of the message's arguments.
func Wrap(err error, key Key, args ...any) error {
	return &Error{Message: New(key, args...), Err: err}
}

func (e *Error) Error() string { return e.Message.String() }
func (e *Error) Unwrap() error { return e.Err }

// Text puts an error into words in a language: one made of messages in
// that language, errors joined with errors.Join each on a line of its own,
// and any other as it says itself.
func Text(err error, l Lang) string {
	switch x := err.(type) {
	case Teller:
		return x.In(l)
	case interface{ Unwrap() []error }:
		var lines []string
		for _, e := range x.Unwrap() {
			lines = append(lines, Text(e, l))
		}
		return strings.Join(lines, "\n")
	}
	return err.Error()
}

// FromEnv chooses the language from the environment, as POSIX does: the
// first of LC_ALL, LC_MESSAGES and LANG that is set decides. English when
// it names English ("en", "en_GB.UTF-8"); Swedish otherwise.
func FromEnv(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		lang, _, _ := strings.Cut(strings.ToLower(v), "_")
		lang, _, _ = strings.Cut(lang, ".")
		lang, _, _ = strings.Cut(lang, "-")
		if lang == "en" {
			return English
		}
		return Swedish
	}
	return Swedish
}
