package main

import (
	"errors"
	"io"
	"os"
	"regexp"
	"strconv"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

var periodFlag = regexp.MustCompile(`^(\d{4})(?:-(\d{4}))?$`)

// newSource writes a new source for a promise period, never over a file.
func (c *cli) newSource(args []string) error {
	var templatePath, municipality, period string
	municipality = "Kommunens namn"
	fs := newFlags("new")
	fs.string("municipality", &municipality)
	fs.string("period", &period)
	fs.string("template", &templatePath)
	files, done, err := c.files(fs, msg.HelpNew, args)
	if done {
		return err
	}
	if len(files) != 1 {
		return bad(msg.OneFile, len(files))
	}
	today, tpl, err := dateAndTemplate(templatePath)
	if err != nil {
		return err
	}
	first, last := today.Year(), today.Year()
	if period != "" {
		m := periodFlag.FindStringSubmatch(period)
		if m == nil {
			return bad(msg.PeriodFlag, period)
		}
		first, _ = strconv.Atoi(m[1])
		last = first
		if m[2] != "" {
			last, _ = strconv.Atoi(m[2])
		}
	}
	path := files[0]
	text := report.Skeleton(tpl, municipality, first, last, path)
	// What new writes must load: a period the rules refuse is told here,
	// without the lines of a file that was never written.
	if _, err := report.Parse(path, []byte(text), tpl); err != nil {
		var list report.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				e.Pos = report.Position{}
			}
		}
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	switch {
	case errors.Is(err, os.ErrExist):
		return bad(msg.FileExists, path)
	case err != nil:
		return fail(msg.CannotWrite, path, report.PlainOSError(err))
	}
	if _, err = io.WriteString(f, text); err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fail(msg.CannotWrite, path, report.PlainOSError(err))
	}
	c.print(c.stdout, path)
	return nil
}
