package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"

	"uppfoljning/internal/report"
)

const newHelp = `Usage: uppfoljning new [flags] FILE.toml

Writes a new source for a promise period: every key, explained in comments,
with one promise, one activity and a follow-up to fill in. It can be
checked and built as it is. An existing file is never replaced.

Flags:
`

var periodFlag = regexp.MustCompile(`^(\d{4})(?:-(\d{4}))?$`)

func newCmd(args []string, stdout, stderr io.Writer) error {
	var templatePath, municipality, period string
	fs := newFlagSet("new", newHelp, &templatePath)
	fs.StringVar(&municipality, "municipality", "Kommunens namn", "the municipality's name")
	fs.StringVar(&period, "period", "", "the promise period, YYYY or YYYY-YYYY (default: this year)")
	files, err := parseFlags(fs, args, stdout, stderr)
	if err != nil || files == nil {
		return err
	}
	if len(files) != 1 {
		return badInput{fmt.Sprintf("uppfoljning new: name one file to write, not %d", len(files))}
	}
	today, err := sourceDate()
	if err != nil {
		return err
	}
	first, last := today.Year(), today.Year()
	if period != "" {
		m := periodFlag.FindStringSubmatch(period)
		if m == nil {
			return badInput{fmt.Sprintf("uppfoljning new: -period %q: a period is one year (2025) or two with a dash (2025-2026)", period)}
		}
		first, _ = strconv.Atoi(m[1])
		last = first
		if m[2] != "" {
			last, _ = strconv.Atoi(m[2])
		}
	}
	tpl, err := loadTemplate(templatePath)
	if err != nil {
		return err
	}
	path := files[0]
	text := report.Skeleton(tpl, municipality, first, last, path)
	// What new writes must load: a period the rules refuse is told here.
	if _, err := report.Parse(path, []byte(text), tpl); err != nil {
		var list report.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				e.Pos = report.Pos{}
			}
		}
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	switch {
	case errors.Is(err, os.ErrExist):
		return badInput{fmt.Sprintf("%s: the file exists already; new never replaces a file, so choose another name", path)}
	case err != nil:
		return fmt.Errorf("%s: cannot write it: %w", path, unwrapPath(err))
	}
	if _, err = io.WriteString(f, text); err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("%s: cannot write it: %w", path, unwrapPath(err))
	}
	fmt.Fprintln(stdout, path)
	return nil
}
