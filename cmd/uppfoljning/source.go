package main

import (
	"fmt"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// loadSource loads and checks a source, and tells its warnings (such as two
// activities with the same text). A refused source's problems are in the
// error.
func (c *cli) loadSource(path string, tpl *report.Template) (*report.Source, error) {
	return c.warned(report.Load(path, tpl))
}

// parseSource is loadSource for a source read already.
func (c *cli) parseSource(path string, data []byte, tpl *report.Template) (*report.Source, error) {
	return c.warned(report.Parse(path, data, tpl))
}

func (c *cli) warned(src *report.Source, err error) (*report.Source, error) {
	if err != nil {
		return nil, err
	}
	for _, w := range src.Warnings {
		c.tellWarning(w)
	}
	return src, nil
}

// warnMissing tells which activities have no status for the report's
// tertial, the ones its summary counts as having none: one summary line,
// then a line for each with its place in the source, so an incomplete
// report is never published unnoticed.
func (c *cli) warnMissing(src *report.Source, doc *report.Document) {
	missing := doc.Unreported()
	if len(missing) == 0 {
		return
	}
	all := len(src.All())
	summary := msg.Plural(all, msg.MissingFollowupsOne, msg.MissingFollowups, src.File.Name, len(missing), all, doc.Tertial.Name())
	c.say(c.stderr, msg.Warning, summary)
	for _, r := range missing {
		c.print(c.stderr, "  "+activityLine(src, r))
	}
}

// activityLine names an activity by its line and the start of its text.
func activityLine(src *report.Source, r report.ActivityRef) string {
	a := src.Activity(r)
	return fmt.Sprintf("%s:%d: %s", src.File.Name, src.File.At(a.Text.Span).Line, msg.Shorten(a.Text.S, 70))
}
