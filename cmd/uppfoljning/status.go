package main

import (
	"errors"
	"fmt"
	"io"

	"uppfoljning/internal/report"
)

const statusHelp = `Usage: uppfoljning status [flags] SOURCE.toml…

Says, for each source, how many activities have a follow-up for a tertial,
and lists those that lack one, by who is responsible, with their lines.
The tertial is the current one (by today's date, or SOURCE_DATE_EPOCH), or
the period's last when it is over, unless -tertial says otherwise.

Flags:
`

func status(args []string, stdout, stderr io.Writer) error {
	var templatePath string
	var tertial tertialFlag
	fs := newFlagSet("status", statusHelp, &templatePath)
	fs.Var(&tertial, "tertial", "tell of this tertial, written YYYY-Tn (e.g. 2020-T2)")
	sources, err := parseFlags(fs, args, stdout, stderr)
	if err != nil || sources == nil {
		return err
	}
	today, err := sourceDate()
	if err != nil {
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
			year, n := tertial.or(func() (int, int) { return src.CurrentTertial(today) })
			if err = src.CheckTertial(year, n); err == nil {
				tellStatus(stdout, src, tpl, year, n)
			}
		}
		if err != nil {
			fmt.Fprintln(stderr, err)
			errs = append(errs, err)
		}
	}
	return reported{errors.Join(errs...)}.orNil()
}

// tellStatus writes how far a source's follow-up of a tertial has come.
func tellStatus(w io.Writer, src *report.Source, tpl *report.Template, year, n int) {
	all, missing := src.All(), src.Missing(year, n)
	fmt.Fprintf(w, "%s: %s: %d of %d activities have a follow-up\n", src.File.Name, tertialName(year, n), len(all)-len(missing), len(all))
	for _, p := range src.ByResponsible(missing) {
		name := p.Name
		if name == "" {
			name = tpl.FillIn.NoResponsible
		}
		fmt.Fprintf(w, "  without a follow-up, %s (%d):\n", name, len(p.Activities))
		for _, r := range p.Activities {
			fmt.Fprintln(w, "    "+activityLine(src, r))
		}
	}
}
