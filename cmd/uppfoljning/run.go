package main

import (
	"errors"
	"fmt"
	"io"

	"uppfoljning/internal/report"
)

// Exit codes. The kind of error decides the code, not the place it was
// found: exitCode maps them, and only it.
const (
	exitOK       = 0
	exitFailure  = 1 // the work could not be done: a file could not be written, a renderer failed
	exitBadInput = 2 // the source, the template or the command line is wrong
)

const usage = `uppfoljning builds the tertial follow-up report of medborgarlöften.

Usage:
  uppfoljning new [-municipality NAME] [-period YYYY[-YYYY]] FILE.toml
  uppfoljning check [-tertial YYYY-Tn] [-template FILE] SOURCE.toml…
  uppfoljning status [-tertial YYYY-Tn] SOURCE.toml…
  uppfoljning collect [-tertial YYYY-Tn] [-out DIR] [-per-responsible] SOURCE.toml
  uppfoljning import [-n] [-replace] SOURCE.toml WORKBOOK.xlsx…
  uppfoljning build [-tertial YYYY-Tn] [-format LIST] [-out DIR] [-template FILE] SOURCE.toml…

Commands:
  new      write a new source for a promise period, to fill in
  check    check each source and say "ok" or what is wrong
  status   tell which activities lack a follow-up for a tertial
  collect  write the fill-in workbook for a tertial's notes
  import   write the notes of filled-in workbooks into the source
  build    write the report of each source into DIR as <source name>-<YYYY>-T<n>.<format>

Run "uppfoljning COMMAND -h" for a command's flags.
The source format is described in docs/source-format.md.

Exit status: 0 success, 2 bad input or usage, 1 anything else.
`

// run runs the command line args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	err := dispatch(args, stdout, stderr)
	var told reported
	if err != nil && !errors.As(err, &told) {
		fmt.Fprintln(stderr, err)
	}
	return exitCode(err)
}

func dispatch(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return reported{badInput{}}
	}
	switch args[0] {
	case "build":
		tuneGC()
		return build(args[1:], stdout, stderr)
	case "check":
		return check(args[1:], stdout, stderr)
	case "new":
		return newCmd(args[1:], stdout, stderr)
	case "status":
		return status(args[1:], stdout, stderr)
	case "collect":
		return collect(args[1:], stdout, stderr)
	case "import":
		return importCmd(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprintf(stderr, "uppfoljning: unknown command %q; the commands are new, check, status, collect, import and build\n\n%s", args[0], usage)
	return reported{badInput{}}
}

// exitCode is the exit status for err. Bad input (a source, a template or
// the command line, which the user can fix) outranks other failures: an
// error that joins several is bad input if any of them is.
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

// badInput is a mistake on the command line or in a file the user gave
// that is told in one message.
type badInput struct{ msg string }

func (e badInput) Error() string { return e.msg }

// reported wraps an error that has been told to the user already, so that
// run takes only its exit status from it.
type reported struct{ err error }

func (r reported) Error() string { return r.err.Error() }
func (r reported) Unwrap() error { return r.err }

// orNil is nil when there is nothing to report.
func (r reported) orNil() error {
	if r.err == nil {
		return nil
	}
	return r
}
