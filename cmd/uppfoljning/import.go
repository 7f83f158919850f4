package main

import (
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
)

// importBooks writes the answers of filled-in workbooks into the source.
func (c *cli) importBooks(args []string) error {
	var templatePath string
	var dryRun, keep, replace, appendNotes bool
	fs := newFlags("import")
	fs.bool("n", &dryRun)
	fs.bool("keep", &keep)
	fs.bool("replace", &replace)
	fs.bool("append", &appendNotes)
	fs.string("template", &templatePath)
	files, done, err := c.files(fs, msg.HelpImport, args)
	if done {
		return err
	}
	if len(files) < 2 {
		return bad(msg.ImportArgs)
	}
	settle := report.Refuse
	for _, f := range []struct {
		set bool
		to  report.Settle
	}{{keep, report.Keep}, {replace, report.Replace}, {appendNotes, report.Append}} {
		if f.set && settle != report.Refuse {
			return bad(msg.ImportSettleOne)
		}
		if f.set {
			settle = f.to
		}
	}
	tpl, err := loadTemplate(templatePath)
	if err != nil {
		return err
	}
	path, books := files[0], c.uniqueBooks(files[1:])
	// The source is read once, under its lock, and the import computed
	// from exactly those bytes: another import waits here until this one
	// has written, and then reads what it wrote.
	snap, err := round.OpenSource(path, c.fileOptions())
	if err != nil {
		return err
	}
	defer snap.Close()
	src, err := c.parseSource(path, snap.Data, tpl)
	if err != nil {
		return err
	}
	preview := settle
	if dryRun && settle == report.Refuse {
		// A preview shows the conflicts among the rest, with the choices.
		preview = report.Keep
	}
	answers, tertial, err := c.readBooks(books, src, tpl, preview)
	if err != nil {
		return err
	}
	im, err := src.Import(tpl, tertial, answers, preview)
	if err != nil {
		return err
	}
	if dryRun {
		c.tellChanges(src, im)
	}
	changed := c.tellImport(books, answers, im.Outcomes)
	switch {
	case len(im.Conflicts) > 0 && settle == report.Refuse:
		c.say(c.stdout, msg.ConflictsChoose, path)
	case len(im.Conflicts) > 0 && settle == report.Keep && !dryRun:
		c.tellErr(im.Conflicts)
		c.say(c.stdout, msg.ConflictsLeft, path)
	}
	switch {
	case dryRun && (changed || len(im.Conflicts) > 0):
		c.say(c.stdout, msg.DryRun, path)
		return nil
	case !changed:
		c.say(c.stdout, msg.NothingToChange, path)
		return nil
	}
	defer c.removeOnInterrupt()()
	version, err := round.Replace(snap, path, im.Text)
	if err != nil {
		return err
	}
	c.say(c.stdout, msg.ImportWritten, path, tertial.Name(), version)
	return nil
}

// uniqueBooks is the workbooks named, each once: the same file named
// twice (or by two paths) is read once, with a note.
func (c *cli) uniqueBooks(books []string) []string {
	var out []string
	var seen []os.FileInfo
	for _, b := range books {
		st, err := os.Stat(b)
		twice := false
		for i, s := range seen {
			twice = twice || (err == nil && s != nil && os.SameFile(s, st)) || filepath.Clean(out[i]) == filepath.Clean(b)
		}
		if twice {
			c.say(c.stderr, msg.BookNamedTwice, b)
			continue
		}
		out, seen = append(out, b), append(seen, st)
	}
	return out
}

// readBooks reads every workbook, tells what there is to tell of them
// (rows matched to a changed activity; under Keep, rows whose activity is
// gone), and returns their answers, or every problem of them all at once.
func (c *cli) readBooks(paths []string, src *report.Source, tpl *report.Template, settle report.Settle) ([]report.Answer, report.Tertial, error) {
	books := make([]round.Workbook, len(paths))
	for i, p := range paths {
		books[i], _ = round.ReadWorkbook(p) // its error is told in its place among the others'
	}
	got, err := round.ReadAnswers(books, src, tpl, settle)
	for _, t := range got.Told {
		c.print(c.stderr, t.In(c.lang))
	}
	if err != nil {
		return nil, report.Tertial{}, err
	}
	return got.Answers, got.Tertial, nil
}

// tellImport writes, for each workbook, what the import does with its
// answers. It tells whether anything changes.
func (c *cli) tellImport(books []string, answers []report.Answer, outcomes []report.Outcome) bool {
	changed := false
	for _, book := range books {
		summary, changes := round.ImportSummary(book, answers, outcomes)
		c.print(c.stdout, summary.In(c.lang))
		changed = changed || changes
	}
	return changed
}

// tellChanges tells, activity by activity, what an import changes: the
// status and the note's first line before and after, and for a conflict
// left out what the workbook holds.
func (c *cli) tellChanges(src *report.Source, im *report.Import) {
	none := msg.New(msg.ChangeNone).In(c.lang)
	show := func(s string) string {
		if s == "" {
			return none
		}
		first, _, more := strings.Cut(s, "\n")
		if more {
			first += " …"
		}
		// Quoted as a person wrote it: no escapes, control characters as
		// spaces.
		first = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) {
				return ' '
			}
			return r
		}, first)
		return `"` + msg.Shorten(first, 60) + `"`
	}
	status := func(s string) string {
		if s == "" {
			return none
		}
		return s
	}
	for _, ch := range im.Changes {
		line := activityLine(src, ch.Activity)
		if label, ok := round.OutcomeLabel(ch.Outcome); ok {
			line += " — " + label.In(c.lang)
		}
		c.print(c.stdout, line)
		if !report.SameStatus(ch.OldStatus, ch.NewStatus) {
			c.print(c.stdout, "    "+msg.New(msg.ChangeStatus, status(ch.OldStatus), status(ch.NewStatus)).In(c.lang))
		}
		if ch.OldNote != ch.NewNote {
			c.print(c.stdout, "    "+msg.New(msg.ChangeNote, show(ch.OldNote), show(ch.NewNote)).In(c.lang))
		}
		if ch.Conflict {
			c.print(c.stdout, "    "+msg.New(msg.ChangeWorkbookHas, status(ch.Answer.Status), show(ch.Answer.Note)).In(c.lang))
		}
	}
}
