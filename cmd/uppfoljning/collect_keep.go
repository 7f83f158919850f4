package main

import (
	"errors"
	"os"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/xlsx"
)

// keepAnswers refuses to replace a fill-in workbook that may hold a
// colleague's answers: one whose Status or Kommentar cells differ from
// what collect would write now (the answers the source holds for its
// tertial), or that cannot be read as a fill-in workbook at all. An
// untouched earlier workbook, or none, gives nil: it is written anew.
func keepAnswers(path string, src *report.Source, tpl *report.Template) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return bad(msg.CollectCannotTell, path)
	}
	book, err := xlsx.ReadFillIn(path, data, src, tpl)
	if err != nil {
		return bad(msg.CollectCannotTell, path)
	}
	for _, a := range book.Answers {
		status, note := "", ""
		if f := src.Activity(a.Activity).Followup(book.Tertial); f != nil {
			status, note = tpl.Statuses.Word(f.Status), report.NormalizeNote(f.NoteRaw)
		}
		if !report.SameStatus(a.Status, status) || a.Note != note {
			return bad(msg.CollectHoldsAnswers, path)
		}
	}
	return nil
}
