package report

import (
	"fmt"
	"io"
	"strings"
)

// Dump writes the document as plain text, one fact per line, for golden
// tests and for reading what a report will hold without laying it out.
func (d *Document) Dump(w io.Writer) error {
	var b strings.Builder
	line := func(indent int, label, value string) {
		pad := strings.Repeat("  ", indent)
		value = strings.ReplaceAll(value, "\n", "\n"+pad+strings.Repeat(" ", len(label)+2))
		fmt.Fprintf(&b, "%s%s: %s\n", pad, label, value)
	}
	line(0, "report", fmt.Sprintf("%s %s (period %s)", d.Name, d.Tertial, d.Period))
	line(0, "meta.title", d.Meta.Title)
	line(0, "meta.short_title", d.Meta.ShortTitle)
	line(0, "meta.author", d.Meta.Author)
	line(0, "meta.subject", d.Meta.Subject)
	line(0, "meta.keywords", strings.Join(d.Meta.Keywords, ", "))
	line(0, "meta.creator", d.Meta.Creator)
	line(0, "meta.language", d.Meta.Language)
	line(0, "meta.created", d.Meta.Created.Format("2006-01-02T15:04:05Z"))
	line(0, "workbook.chart_title", d.Workbook.ChartTitle)
	for _, l := range d.Logos {
		line(0, "logo", fmt.Sprintf("%s (%s %d×%d) alt %q", l.Path, l.Format, l.Width, l.Height, l.Alt))
	}
	line(0, "title", d.Title.S)
	if d.Date.S != "" {
		line(0, "date", fmt.Sprintf("%s (%s %s)", d.Date.S, d.Meta.DateProperty, d.Meta.Settled.Format("2006-01-02")))
	}
	line(0, "subtitle", d.Subtitle.S)
	for _, p := range d.Intro {
		line(0, "intro", p.S)
	}
	line(0, "promises_heading", d.PromisesHeading.S)
	for _, p := range d.Promises {
		line(1, fmt.Sprintf("promise %d", p.Number), p.Text.S)
	}
	line(0, "summary", d.Summary.Heading+": "+d.Summary.Caption)
	line(1, "columns", strings.Join(d.Summary.Columns, " | "))
	for _, r := range append(d.Summary.Rows, d.Summary.Total) {
		line(1, fmt.Sprintf("row %d", r.Number), fmt.Sprintf("%s: %v = %d", r.Label, r.Counts, r.Total))
	}
	line(0, "activities_heading", d.ActivitiesHeading.S)
	line(0, "columns", strings.Join(d.Columns, " | "))
	shares := make([]string, len(d.Shares))
	for i, s := range d.Shares {
		shares[i] = fmt.Sprintf("%.3f", s)
	}
	line(0, "column shares", strings.Join(shares, " | "))
	for _, p := range d.Promises {
		line(0, fmt.Sprintf("table %d", p.Number), d.Caption(p))
		counts := make([]string, 0, len(p.Counts))
		for i, n := range p.Counts {
			word := d.Words.NoStatus
			if i < len(d.Statuses) {
				word = d.Statuses[i].Word
			}
			counts = append(counts, fmt.Sprintf("%s %d", word, n))
		}
		line(1, "status counts", strings.Join(counts, ", "))
		for _, a := range p.Activities {
			line(1, fmt.Sprintf("activity %d.%d", p.Number, a.Number), a.Text.S)
			if names := a.ResponsibleNames(); names != "" {
				line(2, "responsible", names)
			}
			if a.Reported != nil {
				line(2, "reported status", a.Reported.Word)
			}
			for _, c := range a.Cells {
				label := fmt.Sprintf("tertial %d", c.Tertial.N)
				switch {
				case !c.Due:
					line(2, label, "(not yet due)")
				case c.Empty():
					line(2, label, "(empty)")
				default:
					v := c.Note.S
					if c.Status != nil {
						v = "[" + c.Status.Word + " " + c.Status.Color + "] " + v
					}
					line(2, label, v)
				}
			}
		}
	}
	for _, s := range d.Signatories {
		line(0, "signatory", strings.TrimSuffix(s.Name.S+", "+s.Role.S, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
