package main

import (
	"errors"
	"io"
	"os"
	"strings"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
	"uppfoljning/internal/web"
)

// Exit codes. The kind of error decides the code, not the place it was
// found: exitCode maps them, and only it.
const (
	exitOK       = 0
	exitFailure  = 1 // the work could not be done: a file could not be written, a renderer failed
	exitBadInput = 2 // the source, the template, a workbook or the command line is wrong
)

// cli is one run of the command: where it tells what it does, and in which
// language.
type cli struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	lang           msg.Lang
	// rename replaces a file by another; tests make it fail.
	rename func(from, to string) error
	// waiting and beforeReplace, when set, are called when a source's
	// lock is held by another, and just before a source is replaced:
	// tests race imports and an editor's save there.
	waiting, beforeReplace func()
	// serving, when set, is given the workspace once it serves: tests
	// reach it and shut it down there.
	serving func(*web.Server)
}

// run runs the command line args and returns the exit status. Messages
// are in Swedish, or in English when the environment asks for it.
func run(args []string, stdout, stderr io.Writer) int {
	c := &cli{stdin: os.Stdin, stdout: stdout, stderr: stderr, lang: msg.FromEnv(os.Getenv), rename: os.Rename}
	err := c.dispatch(args)
	var told reported
	if err != nil && !errors.As(err, &told) {
		c.tellErr(err)
	}
	return exitCode(err)
}

// commands are the commands, each with its help text.
var commands = []struct {
	name string
	help msg.Key
	run  func(c *cli, args []string) error
}{
	{"new", msg.HelpNew, (*cli).newSource},
	{"check", msg.HelpCheck, (*cli).check},
	{"status", msg.HelpStatus, (*cli).status},
	{"collect", msg.HelpCollect, (*cli).collect},
	{"import", msg.HelpImport, (*cli).importBooks},
	{"build", msg.HelpBuild, (*cli).build},
	{"serve", msg.HelpServe, (*cli).serve},
	{"version", msg.HelpVersion, (*cli).version},
}

func (c *cli) dispatch(args []string) error {
	if len(args) == 0 && ownConsole() {
		// Double-clicked: the workspace on the program's own folder.
		return c.serveOwnFolder()
	}
	if len(args) == 0 {
		c.say(c.stderr, msg.HelpUsage)
		return reported{badInput{}}
	}
	switch args[0] {
	case "-h", "-help", "--help":
		c.say(c.stdout, msg.HelpUsage)
		return nil
	case "help":
		return c.help(args[1:])
	case "-version", "--version":
		return c.version(nil)
	}
	for _, cmd := range commands {
		if cmd.name == args[0] {
			return cmd.run(c, args[1:])
		}
	}
	if looksLikePath(args[0]) {
		return c.dropped(args)
	}
	c.say(c.stderr, msg.UnknownCommand, args[0])
	c.print(c.stderr, "")
	c.say(c.stderr, msg.HelpUsage)
	return reported{badInput{}}
}

// help tells what a command does: "help build" is "build -h".
func (c *cli) help(args []string) error {
	if len(args) == 0 {
		c.say(c.stdout, msg.HelpUsage)
		return nil
	}
	for _, cmd := range commands {
		if cmd.name == args[0] {
			c.say(c.stdout, cmd.help)
			return nil
		}
	}
	return bad(msg.UnknownCommand, args[0])
}

// looksLikePath tells an argument that names a file, as Windows passes a
// file dropped on the program, from a mistyped command.
func looksLikePath(arg string) bool {
	if strings.ContainsAny(arg, `./\:`) {
		return true
	}
	_, err := os.Stat(arg)
	return err == nil
}

// say prints a message on a line of its own. Help texts end in a line
// break of their own.
func (c *cli) say(w io.Writer, key msg.Key, args ...any) {
	c.print(w, msg.New(key, args...).In(c.lang))
}

func (c *cli) print(w io.Writer, s string) {
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	io.WriteString(w, s)
}

// tellErr prints an error in the run's language.
func (c *cli) tellErr(err error) {
	c.print(c.stderr, msg.Text(err, c.lang))
}

// tellWarning prints a warning.
func (c *cli) tellWarning(w report.Warning) {
	c.print(c.stderr, w.In(c.lang))
}

// exitCode is the exit status for err. Bad input (a source, a template, a
// workbook or the command line, which the user can fix) outranks other
// failures: an error that joins several is bad input if any of them is.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var list report.ErrorList
	var one *report.Error
	var bad badInput
	if errors.As(err, &list) || errors.As(err, &one) || errors.As(err, &bad) {
		return exitBadInput
	}
	return exitFailure
}

// badInput is a mistake on the command line, or in a file the user gave,
// told in a message (a line each): the engine's kind, so that its
// mistakes and the command line's exit alike.
type badInput = round.BadInput

func bad(key msg.Key, args ...any) error { return badInput{msg.New(key, args...)} }

// reported wraps an error that has been told to the user already, so that
// run takes only its exit status from it.
type reported struct{ err error }

func (r reported) Error() string { return r.err.Error() }
func (r reported) Unwrap() error { return r.err }

// told is nil when there is nothing to report, or else errs, told already.
func told(errs []error) error {
	if err := errors.Join(errs...); err != nil {
		return reported{err}
	}
	return nil
}

// fail is an error of the work: a message, with the error it tells of.
func fail(key msg.Key, args ...any) error { return msg.Errorf(key, args...) }
