package main

import (
	"errors"
	"fmt"
	"io"

	"uppfoljning/internal/report"
)

const checkHelp = `Usage: uppfoljning check [flags] SOURCE.toml…

Checks each source and prints "ok" for it, or every problem found in it
with its line. Nothing is written.

Flags:
`

func check(args []string, stdout, stderr io.Writer) error {
	var templatePath string
	fs := newFlagSet("check", checkHelp, &templatePath)
	sources, err := parseFlags(fs, args, stdout, stderr)
	if err != nil || sources == nil {
		return err
	}
	tpl, err := loadTemplate(templatePath)
	if err != nil {
		return err
	}
	var errs []error
	for _, path := range sources {
		if _, err := report.Load(path, tpl); err != nil {
			fmt.Fprintln(stderr, err)
			errs = append(errs, err)
			continue
		}
		fmt.Fprintf(stdout, "%s: ok\n", path)
	}
	return reported{errors.Join(errs...)}.orNil()
}
