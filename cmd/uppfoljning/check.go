package main

import (
	"errors"
	"fmt"
	"io"
)

const checkHelp = `Usage: uppfoljning check [flags] SOURCE.toml…

Checks each source and prints "ok" for it, or every problem found in it
with its line. Nothing is written.

Flags:
`

func check(args []string, stdout, stderr io.Writer) error {
	var templatePath string
	var tertial tertialFlag
	fs := newFlagSet("check", checkHelp, &templatePath)
	fs.Var(&tertial, "tertial", "check the report of this tertial, written YYYY-Tn, instead of the latest with a follow-up")
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
		src, err := loadSource(path, tpl, stderr)
		if err == nil {
			year, n := tertial.or(src.DefaultTertial)
			if err = src.CheckTertial(year, n); err == nil {
				warnMissing(stderr, src, year, n)
			}
		}
		if err != nil {
			fmt.Fprintln(stderr, err)
			errs = append(errs, err)
			continue
		}
		fmt.Fprintf(stdout, "%s: ok\n", path)
	}
	return reported{errors.Join(errs...)}.orNil()
}
