package main

import (
	"errors"
	"io"
	"os"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/xlsx"
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
	path, books := files[0], files[1:]
	src, err := c.loadSource(path, tpl)
	if err != nil {
		return err
	}
	answers, tertial, err := readBooks(books, src, tpl)
	if err != nil {
		return err
	}
	im, err := src.Import(tpl, tertial, answers, replace)
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
	old, err := os.ReadFile(path)
	if err != nil {
		return fail(msg.CannotReadAgain, path, report.PlainOSError(err))
	}
	defer c.removeOnInterrupt()()
	if err := c.writeFile(path+".bak", func(w io.Writer) error { _, err := w.Write(old); return err }); err != nil {
		return fail(msg.BakFailed, path, err)
	}
	if err := c.writeFile(path, func(w io.Writer) error { _, err := w.Write(im.Text); return err }); err != nil {
		if errors.Is(err, errLocked) {
			return err
		}
		return fail(msg.NotWritten, path, path, err)
	}
	c.say(c.stdout, msg.ImportWritten, path, path+".bak")
	return nil
}

// readBooks reads every workbook, and tells every problem of them all at
// once. They must all be for one tertial.
func readBooks(books []string, src *report.Source, tpl *report.Template) ([]report.Answer, report.Tertial, error) {
	var answers []report.Answer
	var problems report.ErrorList
	var tertial report.Tertial
	for _, book := range books {
		got, err := readBook(book, src, tpl)
		var list report.ErrorList
		switch {
		case errors.As(err, &list):
			problems = append(problems, list...)
			continue
		case err != nil:
			return nil, report.Tertial{}, err
		case tertial == report.Tertial{}:
			tertial = got.Tertial
		case got.Tertial != tertial:
			problems = append(problems, &report.Error{File: book, Msg: msg.New(msg.BookOtherTertial,
				got.Tertial.Name(), tertial.Name())})
			continue
		}
		answers = append(answers, got.Answers...)
	}
	if len(problems) > 0 {
		return nil, report.Tertial{}, problems
	}
	return answers, tertial, nil
}

// readBook reads one filled-in workbook.
func readBook(path string, src *report.Source, tpl *report.Template) (*xlsx.FillInAnswers, error) {
	cannot := func(err error) error {
		return report.ErrorList{{File: path, Msg: msg.New(msg.CannotReadBook, report.PlainOSError(err))}}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, cannot(err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, xlsx.MaxWorkbookBytes+1))
	if err != nil {
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
