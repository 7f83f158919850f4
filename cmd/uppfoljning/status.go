package main

import (
	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
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
			t := c.choose(&tertial, src, func() report.Tertial { return src.RoundTertial(today) })
			var doc *report.Document
			if doc, err = report.NewDocument(src, tpl, t, today); err == nil {
				c.tellStatus(src, doc, tpl)
			}
		}
		if err != nil {
			c.tellErr(err)
			errs = append(errs, err)
		}
	}
	return told(errs)
}

// tellStatus writes how far a source's follow-up of the document's
// tertial has come, and which activities have no status for it, by who is
// responsible: the same activities the report's summary counts as having
// none.
func (c *cli) tellStatus(src *report.Source, doc *report.Document, tpl *report.Template) {
	all, missing := src.All(), doc.Unreported()
	c.print(c.stdout, msg.Plural(len(all), msg.StatusLineOne, msg.StatusLine, src.File.Name, doc.Tertial.Name(), len(all)-len(missing), len(all)).In(c.lang))
	for _, p := range src.ByResponsible(missing) {
		c.print(c.stdout, "  "+msg.New(msg.StatusParty, round.PartyName(tpl, p.Name), len(p.Activities)).In(c.lang))
		for _, r := range p.Activities {
			c.print(c.stdout, "    "+activityLine(src, r))
		}
	}
}
