package main

import (
	"time"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
)

// dateAndTemplate are what most commands need besides their files: today
// (or SOURCE_DATE_EPOCH) and the template.
func dateAndTemplate(templatePath string) (time.Time, *report.Template, error) {
	today, err := sourceDate()
	if err != nil {
		return today, nil, err
	}
	tpl, err := loadTemplate(templatePath)
	return today, tpl, err
}

// collect writes the fill-in workbooks of a tertial.
func (c *cli) collect(args []string) error {
	var templatePath string
	outDir := "out"
	var tertial tertialFlag
	var perParty bool
	fs := newFlags("collect")
	fs.tertial(&tertial)
	fs.string("out", &outDir)
	fs.bool("per-responsible", &perParty)
	fs.string("template", &templatePath)
	sources, done, err := c.files(fs, msg.HelpCollect, args)
	if done {
		return err
	}
	if len(sources) != 1 {
		return bad(msg.OneSource, "collect", len(sources))
	}
	today, tpl, err := dateAndTemplate(templatePath)
	if err != nil {
		return err
	}
	src, err := c.loadSource(sources[0], tpl)
	if err != nil {
		return err
	}
	t := c.choose(&tertial, src, func() report.Tertial { return src.RoundTertial(today) })
	defer c.removeOnInterrupt()()
	books, err := round.Collect(src, tpl, t, today, perParty, outDir, c.fileOptions())
	if err != nil {
		return err
	}
	var errs []error
	for _, b := range books {
		if b.Err != nil {
			c.tellErr(b.Err)
			errs = append(errs, b.Err)
			continue
		}
		c.print(c.stdout, b.Path)
	}
	return told(errs)
}
