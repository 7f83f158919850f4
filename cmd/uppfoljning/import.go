package main

import (
	"errors"
	"os"
	"path/filepath"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/xlsx"
	"uppfoljning/internal/safefile"
)

// importBooks writes the answers of filled-in workbooks into the source.
func (c *cli) importBooks(args []string) error {
	var templatePath string
	var dryRun, replace bool
	fs := newFlags("import")
	fs.bool("n", &dryRun)
	fs.bool("replace", &replace)
	fs.string("template", &templatePath)
	files, done, err := c.files(fs, msg.HelpImport, args)
	if done {
		return err
	}
	if len(files) < 2 {
		return bad(msg.ImportArgs)
	}
	tpl, err := loadTemplate(templatePath)
	if err != nil {
		return err
	}
	path, books := files[0], c.uniqueBooks(files[1:])
	// The source is read once, under its lock, and the import computed
	// from exactly those bytes: another import waits here until this one
	// has written, and then reads what it wrote.
	snap, err := safefile.Open(path, report.MaxSourceBytes, c.fileOptions())
	if err != nil {
		return openError(path, err)
	}
	defer snap.Close()
	src, err := c.parseSource(path, snap.Data, tpl)
	if err != nil {
		return err
	}
	answers, year, tertial, err := readBooks(books, src, tpl)
	if err != nil {
		return err
	}
	im, err := src.Import(tpl, year, tertial, answers, replace)
	if err != nil {
		return err
	}
	switch changed := c.tellImport(books, answers, im.Outcomes); {
	case !changed:
		c.say(c.stdout, msg.NothingToChange, path)
		return nil
	case dryRun:
		c.say(c.stdout, msg.DryRun, path)
		return nil
	}
	defer c.removeOnInterrupt()()
	version, err := snap.Replace(im.Text, keptVersions)
	if err != nil {
		return replaceError(path, err)
	}
	c.say(c.stdout, msg.ImportWritten, path, msg.New(msg.TertialName, tertial, year), version)
	return nil
}

// keptVersions is how many earlier versions of a source import keeps.
const keptVersions = 10

// openError tells why a source to be rewritten could not be read or
// locked.
func openError(path string, err error) error {
	var fe *safefile.Error
	switch {
	case errors.Is(err, safefile.ErrFolder):
		return report.ErrorList{{File: path, Msg: msg.New(msg.IsFolder)}}
	case errors.Is(err, safefile.ErrNotRegular):
		return report.ErrorList{{File: path, Msg: msg.New(msg.NotRegularFile)}}
	case errors.As(err, &fe):
		return fail(msg.CannotWriteFolder, filepath.Dir(path), report.PlainOSError(fe.Err))
	}
	return report.ErrorList{{File: path, Msg: msg.New(msg.CannotReadFile, report.PlainOSError(err))}}
}

// replaceError tells why a source was not replaced. Nothing was written.
func replaceError(path string, err error) error {
	var fe *safefile.Error
	switch {
	case errors.Is(err, safefile.ErrChanged):
		return fail(msg.SourceChanged, path)
	case errors.Is(err, safefile.ErrReadOnly):
		return bad(msg.SourceReadOnly, path)
	case errors.Is(err, safefile.ErrVersion):
		return fail(msg.BakFailed, path, report.PlainOSError(err))
	case errors.As(err, &fe) && fe.InFolder:
		return fail(msg.CannotWriteFolder, filepath.Dir(path), report.PlainOSError(fe.Err))
	case errors.As(err, &fe) && isLocked(fe.Err):
		return msg.Wrap(errLocked, msg.FileLocked, path)
	}
	return fail(msg.NotWritten, path, path, report.PlainOSError(err))
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

// readBooks reads every workbook, and tells every problem of them all at
// once. They must all be for one tertial.
func readBooks(books []string, src *report.Source, tpl *report.Template) ([]report.Answer, int, int, error) {
	var answers []report.Answer
	var problems report.ErrorList
	year, tertial := 0, 0
	for _, book := range books {
		got, err := readBook(book, src, tpl)
		var list report.ErrorList
		switch {
		case errors.As(err, &list):
			problems = append(problems, list...)
			continue
		case err != nil:
			return nil, 0, 0, err
		case year == 0:
			year, tertial = got.Year, got.Tertial
		case got.Year != year || got.Tertial != tertial:
			problems = append(problems, &report.Error{File: book, Msg: msg.New(msg.BookOtherTertial,
				msg.New(msg.TertialName, got.Tertial, got.Year), msg.New(msg.TertialName, tertial, year))})
			continue
		}
		answers = append(answers, got.Answers...)
	}
	if len(problems) > 0 {
		return nil, 0, 0, problems
	}
	return answers, year, tertial, nil
}

// readBook reads one filled-in workbook.
func readBook(path string, src *report.Source, tpl *report.Template) (*xlsx.FillInAnswers, error) {
	cannot := func(err error) error {
		return report.ErrorList{{File: path, Msg: msg.New(msg.CannotReadBook, report.PlainOSError(err))}}
	}
	data, err := safefile.ReadRegular(path, xlsx.MaxWorkbookBytes)
	switch {
	case errors.Is(err, safefile.ErrFolder):
		return nil, report.ErrorList{{File: path, Msg: msg.New(msg.IsFolder)}}
	case errors.Is(err, safefile.ErrNotRegular):
		return nil, report.ErrorList{{File: path, Msg: msg.New(msg.NotRegularFile)}}
	case err != nil:
		return nil, cannot(err)
	}
	return xlsx.ReadFillIn(path, data, src, tpl)
}

// tellImport writes, for each workbook, what the import does with its
// answers. It tells whether anything changes.
func (c *cli) tellImport(books []string, answers []report.Answer, outcomes []report.Outcome) bool {
	changed := false
	for _, book := range books {
		var n [report.Replaced + 1]int
		for i, a := range answers {
			if a.File == book {
				n[outcomes[i]]++
			}
		}
		c.say(c.stdout, msg.ImportSummary, book, n[report.Added], n[report.Filled], n[report.Replaced], n[report.Unchanged], n[report.Unanswered])
		changed = changed || n[report.Added]+n[report.Filled]+n[report.Replaced] > 0
	}
	return changed
}
