package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/xlsx"
)

const importHelp = `Usage: uppfoljning import [flags] SOURCE.toml WORKBOOK.xlsx…

Writes the statuses and notes of filled-in workbooks (made by "uppfoljning
collect") into the source: a new follow-up right after each activity's
last one, or a placeholder filled in where it stands. Nothing else in the
file changes. The previous version is kept as SOURCE.toml.bak.

A status or note that differs from one the source already has for the
tertial is refused unless -replace is given. A workbook with a problem is
refused with the sheet and cell, and then nothing is written.

Flags:
`

func importCmd(args []string, stdout, stderr io.Writer) error {
	var templatePath string
	var dryRun, replace bool
	fs := newFlagSet("import", importHelp, &templatePath)
	fs.BoolVar(&dryRun, "n", false, "tell what would be done, but write nothing")
	fs.BoolVar(&replace, "replace", false, "replace a status or note the source already has with the workbook's")
	files, err := parseFlags(fs, args, stdout, stderr)
	if err != nil || files == nil {
		return err
	}
	if len(files) < 2 {
		return badInput{"uppfoljning import: name the source and at least one workbook, e.g. uppfoljning import eksjo.toml underlag.xlsx"}
	}
	tpl, err := loadTemplate(templatePath)
	if err != nil {
		return err
	}
	path, books := files[0], files[1:]
	src, err := loadSource(path, tpl, stderr)
	if err != nil {
		return err
	}
	var answers []report.Answer
	var problems report.ErrorList
	year, tertial := 0, 0
	for _, book := range books {
		got, err := readWorkbook(book, src, tpl)
		var list report.ErrorList
		switch {
		case errors.As(err, &list):
			problems = append(problems, list...)
			continue
		case err != nil:
			return err
		case year == 0:
			year, tertial = got.Year, got.Tertial
		case got.Year != year || got.Tertial != tertial:
			problems = append(problems, &report.Error{File: book, Msg: fmt.Sprintf("this workbook is for %s, the one before it for %s; import one tertial at a time",
				tertialName(got.Year, got.Tertial), tertialName(year, tertial))})
			continue
		}
		answers = append(answers, got.Answers...)
	}
	if len(problems) > 0 {
		return problems
	}
	im, err := src.Import(tpl, year, tertial, answers, replace)
	if err != nil {
		return err
	}
	changed := tellImport(stdout, books, answers, im.Outcomes)
	switch {
	case !changed:
		fmt.Fprintf(stdout, "%s: nothing to change\n", path)
		return nil
	case dryRun:
		fmt.Fprintf(stdout, "%s: nothing was written (-n)\n", path)
		return nil
	}
	old, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: cannot read it again: %w", path, unwrapPath(err))
	}
	defer removeOnInterrupt()()
	if err := writeFileAtomic(path+".bak", func(w io.Writer) error { _, err := w.Write(old); return err }); err != nil {
		return fmt.Errorf("%s: the previous version could not be kept, so nothing was written: %w", path, err)
	}
	if err := writeFileAtomic(path, func(w io.Writer) error { _, err := w.Write(im.Text); return err }); err != nil {
		return fmt.Errorf("%s: not written: %w", path, err)
	}
	fmt.Fprintf(stdout, "%s: written; the previous version is %s.bak\n", path, path)
	return nil
}

// readWorkbook reads one filled-in workbook.
func readWorkbook(path string, src *report.Source, tpl *report.Template) (*xlsx.FillInAnswers, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, report.ErrorList{{File: path, Msg: "cannot read the workbook: " + report.PlainOSError(err)}}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, xlsx.MaxWorkbookBytes+1))
	if err != nil {
		return nil, report.ErrorList{{File: path, Msg: "cannot read the workbook: " + report.PlainOSError(err)}}
	}
	return xlsx.ReadFillIn(path, data, src, tpl)
}

// tellImport writes, for each workbook, what the import does with its
// answers. It tells whether anything changes.
func tellImport(w io.Writer, books []string, answers []report.Answer, outcomes []report.Outcome) bool {
	changed := false
	for _, book := range books {
		var n [report.Replaced + 1]int
		for i, a := range answers {
			if a.File == book {
				n[outcomes[i]]++
			}
		}
		fmt.Fprintf(w, "%s: %d added, %d filled in, %d replaced, %d unchanged, %d without an answer\n",
			book, n[report.Added], n[report.Filled], n[report.Replaced], n[report.Unchanged], n[report.Unanswered])
		changed = changed || n[report.Added]+n[report.Filled]+n[report.Replaced] > 0
	}
	return changed
}
