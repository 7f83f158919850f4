package main

import (
	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// status tells, for each source, how far the follow-up of a tertial has
// come.
func (c *cli) status(args []string) error {
	var templatePath string
	var tertial tertialFlag
	fs := newFlags("status")
	fs.tertial(&tertial)
	fs.string("template", &templatePath)
	sources, done, err := c.files(fs, msg.HelpStatus, args)
	if done {
		return err
	}
	today, tpl, err := dateAndTemplate(templatePath)
	if err != nil {
		return err
	}
	var errs []error
	for _, path := range sources {
		src, err := c.loadSource(path, tpl)
		if err == nil {
			t := tertial.or(func() report.Tertial { return src.RoundTertial(today) })
			if err = src.CheckTertial(t); err == nil {
				c.tellStatus(src, tpl, t)
			}
		}
		if err != nil {
			c.tellErr(err)
			errs = append(errs, err)
		}
	}
	return told(errs)
}

// tellStatus writes how far a source's follow-up of a tertial has come,
// and which activities lack one, by who is responsible.
func (c *cli) tellStatus(src *report.Source, tpl *report.Template, t report.Tertial) {
	all, missing := src.All(), src.Missing(t)
	c.print(c.stdout, msg.Plural(len(all), msg.StatusLineOne, msg.StatusLine, src.File.Name, t.Name(), len(all)-len(missing), len(all)).In(c.lang))
	for _, p := range src.ByResponsible(missing) {
		name := p.Name
		if name == "" {
			name = tpl.FillIn.NoResponsible
		}
		c.print(c.stdout, "  "+msg.New(msg.StatusParty, name, len(p.Activities)).In(c.lang))
		for _, r := range p.Activities {
			c.print(c.stdout, "    "+activityLine(src, r))
		}
	}
}
