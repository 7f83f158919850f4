package main

import (
	"uppfoljning/internal/msg"
	"uppfoljning/internal/report/round"
)

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
	first, last, ok := round.ParsePeriod(period, today.Year())
	if !ok {
		return bad(msg.PeriodFlag, period)
	}
	if err := round.NewSource(files[0], tpl, municipality, first, last); err != nil {
		return err
	}
	c.print(c.stdout, files[0])
	return nil
}
