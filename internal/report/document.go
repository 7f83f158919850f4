package report

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"uppfoljning/internal/msg"
)

// Document is one tertial report, ready to lay out. It holds every text
// the report shows, in reading order, and nothing format-specific: the
// renderers in report/pdf, report/xlsx and report/html lay it out.
type Document struct {
	File    *File   // the source file, for warnings
	Name    string  // the source's base name, for output file names
	Tertial Tertial // the report's
	Period  string

	Meta Meta
	// Municipality is where the municipality's name was written: it is in
	// the properties and the footer too.
	Municipality Text

	Logos []Logo
	Title Text
	// Date is the day the follow-up was settled, labelled and written out,
	// "Fastställd 15 december 2020"; empty when the source gives none.
	// DateLabel is the label it begins with, "" for none.
	Date              Text
	DateLabel         string
	Subtitle          Text
	Intro             []Text // paragraphs; the last is the generated "Uppföljningen avser …"
	PromisesHeading   Text
	ActivitiesHeading Text
	Promises          []Promise
	Summary           Summary
	Signatories       []Signatory

	Columns []string // Aktivitet, Tertial 1, Tertial 2, Tertial 3
	// Shares are the columns' shares of the table's width, which add up
	// to 1: the empty tertials after the report's are narrow.
	Shares   [4]float64
	Statuses []Status      // the template's statuses, in order
	Words    Words         // the template's fixed words
	Workbook WorkbookWords // with the placeholders of its chart title filled
	Theme    Theme
}

// Meta is what a reader's file properties show.
type Meta struct {
	Title      string // "Uppföljning av medborgarlöften Eksjö kommun, tertial 1 2020"
	ShortTitle string // printed in the footer
	Author     string
	Subject    string
	Keywords   []string
	Creator    string
	Language   string // "sv-SE"
	Created    time.Time
	// Settled is the day the follow-up was settled, zero when unknown;
	// DateProperty is its name among the properties.
	Settled      time.Time
	DateProperty string
}

// Summary counts, for each promise, the activities by the status written
// for the report's tertial, and those without one: the table after the
// list of promises, and the workbook's overview. Unreported lists the same
// activities without a status, for the build's warning and status.
type Summary struct {
	Heading, Caption string
	// Columns are the promise's, each status's, then none's and the total's.
	Columns []string
	Rows    []SummaryRow // one for each promise
	Total   SummaryRow
}

// SummaryRow is one promise's counts, or all of them together.
type SummaryRow struct {
	Number int    // the promise's, from 1; 0 for the total
	Label  string // the promise's text, or the total's word
	Counts []int  // indexed like Document.Statuses, then no status
	Total  int
}

// Promise is one promise with its activities.
type Promise struct {
	Number     int // from 1
	Text       Text
	Activities []Activity
	// Counts is how many activities have each status for the report's
	// tertial, indexed like Document.Statuses; the last entry counts
	// activities without a status for it.
	Counts []int
}

// Activity is one row of a promise's table.
type Activity struct {
	Number      int // from 1 within its promise
	Text        Text
	Responsible []Text
	Cells       [3]Cell // Tertial 1, 2, 3 of the report's year
	// Reported is the status written for the report's tertial, or nil:
	// what the summary counts. A status of an earlier tertial does not
	// count, so the summary never contradicts the table.
	Reported *Status
}

// Cell is what one tertial column shows for an activity.
type Cell struct {
	Tertial Tertial
	// Due is false for tertials after the report's: they stay empty so
	// that rebuilding an old report reproduces it.
	Due    bool
	Status *Status // nil when none was given
	Note   Text
}

// ResponsibleNames lists who is responsible, "Polisen, Kommunen".
func (a Activity) ResponsibleNames() string { return JoinNames(a.Responsible) }

// ResponsibleLine is what the report shows under an activity, "Ansvariga:
// Polisen, Kommunen" or "Ansvarig: Kommunen", or "" when no one is named.
func (d *Document) ResponsibleLine(a Activity) string {
	switch len(a.Responsible) {
	case 0:
		return ""
	case 1:
		return d.Words.ResponsibleOne + ": " + a.ResponsibleNames()
	}
	return d.Words.Responsible + ": " + a.ResponsibleNames()
}

// Warning is a warning about the source's text at s.
func (d *Document) Warning(s Span, m msg.Message) Warning {
	w := Warning{Pos: d.File.At(s), Msg: m}
	if d.File != nil {
		w.File = d.File.Name
	}
	return w
}

// Caption is the promise as its table's heading shows it, "➤ Att minska …":
// the theme's marker, then the text.
func (d *Document) Caption(p Promise) string {
	if d.Theme.PromiseMarker == "" {
		return p.Text.S
	}
	return d.Theme.PromiseMarker + " " + p.Text.S
}

// Empty tells whether the cell shows nothing.
func (c Cell) Empty() bool { return c.Status == nil && c.Note.S == "" }

// Status is a follow-up's status as the report shows it.
type Status struct {
	Index int
	Word  string
	Color string // "#RRGGBB"
}

// NewDocument lays out the report of one tertial of a source. created is
// the date written into the files' properties.
func NewDocument(src *Source, tpl *Template, tertial Tertial, created time.Time) (*Document, error) {
	if err := src.CheckTertial(tertial); err != nil {
		return nil, err
	}
	w := tpl.Words
	vars := map[string]string{
		"municipality": src.Municipality.S,
		"period":       years(src.FirstYear, src.LastYear),
		"year":         strconv.Itoa(tertial.Year),
		"n":            strconv.Itoa(tertial.N),
		"ordinal":      w.Ordinals[tertial.N-1],
		"months":       w.Months[tertial.N-1],
		"no_status":    w.NoStatus,
	}
	orDefault := func(t Text, def string) Text {
		if t.S != "" {
			return t
		}
		return Text{S: fill(def, vars)}
	}
	doc := &Document{
		File:    src.File,
		Name:    src.Stem(),
		Tertial: tertial,
		Period:  src.Period.S,
		Meta: Meta{
			Title:        fill(w.DocumentTitle, vars),
			ShortTitle:   fill(w.ShortTitle, vars),
			Author:       src.Municipality.S,
			Subject:      fill(w.Subject, vars),
			Creator:      tpl.Creator,
			Language:     tpl.Language,
			Created:      created.UTC(),
			Settled:      src.Settled,
			DateProperty: w.DateProperty,
		},
		Municipality:      src.Municipality,
		Logos:             logos(src.Logos, w),
		Title:             src.Title,
		Subtitle:          orDefault(src.Subtitle, w.Subtitle),
		PromisesHeading:   orDefault(src.PromisesHeading, w.PromisesHeading),
		ActivitiesHeading: orDefault(src.ActivitiesHeading, w.ActivitiesHeading),
		Signatories:       src.Signatories,
		Words:             w,
		Workbook:          tpl.Workbook,
		Theme:             tpl.Theme,
	}
	if src.SettledFor(tertial) {
		doc.Date = Text{S: writtenDate(w, src.Settled), Span: src.Date.Span}
		if w.DateLabel != "" {
			doc.DateLabel = w.DateLabel
			doc.Date.S = w.DateLabel + " " + doc.Date.S
		}
	} else {
		doc.Meta.Settled = time.Time{}
	}
	doc.Workbook.ChartTitle = fill(tpl.Workbook.ChartTitle, vars)
	for _, k := range w.Keywords {
		doc.Meta.Keywords = append(doc.Meta.Keywords, fill(k, vars))
	}
	if intro := orDefault(src.Intro, w.Intro); intro.S != "" {
		doc.Intro = append(doc.Intro, intro)
	}
	doc.Intro = append(doc.Intro, Text{S: fill(w.Covers, vars)})
	doc.columns(src)
	for i, s := range tpl.Statuses {
		doc.Statuses = append(doc.Statuses, Status{Index: i, Word: s.Word, Color: strings.ToUpper(s.Color)})
	}
	for i, sp := range src.Promises {
		doc.Promises = append(doc.Promises, doc.promise(i, sp))
	}
	doc.Summary = doc.summary(fill(w.SummaryCaption, vars))
	return doc, nil
}

// logos are the source's logos, each with its text alternative: the
// template's, naming the file, where the source gives none.
func logos(in []Logo, w Words) []Logo {
	out := slices.Clone(in)
	for i, l := range out {
		if l.Alt == "" {
			out[i].Alt = fill(w.LogoAlt, map[string]string{"name": stem(l.Path)})
		}
	}
	return out
}

// years writes a period as the generated texts show it: its year, or its
// first and last year with an en dash, "2020–2021", whichever dash the
// source was written with.
func years(first, last int) string {
	if first == last {
		return strconv.Itoa(first)
	}
	return strconv.Itoa(first) + "–" + strconv.Itoa(last)
}

// DateWritten is the date without its label, "15 december 2020".
func (d *Document) DateWritten() string {
	if d.DateLabel == "" {
		return d.Date.S
	}
	return strings.TrimPrefix(d.Date.S, d.DateLabel+" ")
}

// writtenDate writes a date out in the template's words, "15 december
// 2020".
func writtenDate(w Words, t time.Time) string {
	return fill(w.Date, map[string]string{
		"day": strconv.Itoa(t.Day()), "month": w.MonthNames[t.Month()-1], "year": strconv.Itoa(t.Year()),
	})
}

// columns names the table's columns, with the year when the period spans
// more than one, and gives each its share of the width: a tertial after
// the report's is narrow, as it is empty, and the rest of the width goes
// to the activity and the reported tertials, in the theme's proportions.
func (d *Document) columns(src *Source) {
	w, th := d.Words, d.Theme
	d.Columns = []string{w.ActivityColumn}
	heading := w.TertialColumn
	if src.LastYear > src.FirstYear {
		heading = w.TertialColumnYear
	}
	for n := 1; n <= 3; n++ {
		d.Columns = append(d.Columns, fill(heading, map[string]string{"n": strconv.Itoa(n), "year": strconv.Itoa(d.Tertial.Year)}))
	}
	future := float64(3-d.Tertial.N) * th.FutureColumn
	reported := 0.0
	for i := 0; i <= d.Tertial.N; i++ {
		reported += th.Columns[i]
	}
	for i := range d.Shares {
		if i > d.Tertial.N {
			d.Shares[i] = th.FutureColumn
		} else {
			d.Shares[i] = th.Columns[i] * (1 - future) / reported
		}
	}
}

// promise makes the i-th promise's table: each activity's cells for the
// report's year up to its tertial, and the statuses of the report's
// tertial counted.
func (d *Document) promise(i int, sp SourcePromise) Promise {
	p := Promise{Number: i + 1, Text: sp.Text, Counts: make([]int, len(d.Statuses)+1)}
	for j, sa := range sp.Activities {
		a := Activity{Number: j + 1, Text: sa.Text, Responsible: sa.Responsible}
		for n := range a.Cells {
			a.Cells[n] = Cell{Tertial: Tertial{d.Tertial.Year, n + 1}, Due: n+1 <= d.Tertial.N}
		}
		for _, f := range sa.Followups {
			if f.Tertial.Year != d.Tertial.Year || f.Tertial.N > d.Tertial.N {
				continue
			}
			c := &a.Cells[f.Tertial.N-1]
			if f.Status >= 0 {
				c.Status = &d.Statuses[f.Status]
			}
			c.Note = f.Note
		}
		a.Reported = a.Cells[d.Tertial.N-1].Status
		if a.Reported != nil {
			p.Counts[a.Reported.Index]++
		} else {
			p.Counts[len(d.Statuses)]++
		}
		p.Activities = append(p.Activities, a)
	}
	return p
}

// Unreported lists, in the source's order, the activities without a
// status for the report's tertial: those the summary counts as having
// none, which the build warns of and status lists.
func (d *Document) Unreported() []ActivityRef {
	var out []ActivityRef
	for _, p := range d.Promises {
		for _, a := range p.Activities {
			if a.Reported == nil {
				out = append(out, ActivityRef{Promise: p.Number - 1, Activity: a.Number - 1})
			}
		}
	}
	return out
}

// summary is the table of the promises' counts, with their totals.
func (d *Document) summary(caption string) Summary {
	s := Summary{Heading: d.Words.SummaryHeading, Caption: caption, Columns: []string{d.Workbook.OverviewPromise}}
	for _, st := range d.Statuses {
		s.Columns = append(s.Columns, st.Word)
	}
	s.Columns = append(s.Columns, d.Words.NoStatus, d.Workbook.OverviewTotal)
	s.Total = SummaryRow{Label: d.Workbook.OverviewTotal, Counts: make([]int, len(d.Statuses)+1)}
	for _, p := range d.Promises {
		row := SummaryRow{Number: p.Number, Label: p.Text.S, Counts: p.Counts}
		for k, n := range p.Counts {
			row.Total += n
			s.Total.Counts[k] += n
		}
		s.Total.Total += row.Total
		s.Rows = append(s.Rows, row)
	}
	return s
}

// Texts lists every text the report shows from its source and template, in
// reading order: what a reader of any output must find, in this order.
// Page furniture (footers, continued rows) is not in it.
func (d *Document) Texts() []string {
	out := []string{d.Title.S}
	if d.Date.S != "" {
		out = append(out, d.Date.S)
	}
	out = append(out, d.Subtitle.S)
	for _, p := range d.Intro {
		out = append(out, p.S)
	}
	out = append(out, d.PromisesHeading.S)
	for _, p := range d.Promises {
		out = append(out, p.Text.S)
	}
	if len(d.Promises) > 0 {
		out = append(out, d.Summary.Heading, d.Summary.Caption)
		out = append(out, d.Summary.Columns...)
		for _, r := range d.Summary.Rows {
			out = append(out, r.Label)
		}
		out = append(out, d.Summary.Total.Label)
	}
	out = append(out, d.ActivitiesHeading.S)
	for _, p := range d.Promises {
		out = append(out, p.Text.S)
		out = append(out, d.Columns...)
		for _, a := range p.Activities {
			out = append(out, a.Text.S)
			for _, r := range a.Responsible {
				out = append(out, r.S)
			}
			for _, c := range a.Cells {
				if c.Due && c.Status != nil {
					out = append(out, c.Status.Word)
				}
				if c.Due && c.Note.S != "" {
					out = append(out, c.Note.S)
				}
			}
		}
	}
	for _, s := range d.Signatories {
		out = append(out, s.Name.S)
		if s.Role.S != "" {
			out = append(out, s.Role.S)
		}
	}
	return out
}

// PageLabel gives the footer's page label, "Sida 3 av 12".
func (d *Document) PageLabel(page, pages string) string {
	return fill(d.Words.PageFooter, map[string]string{"page": page, "pages": pages})
}
