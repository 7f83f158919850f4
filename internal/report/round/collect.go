package round

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/xlsx"
	"uppfoljning/internal/safefile"
)

// A Book is one fill-in workbook Collect wrote, or did not: Err says why
// (a workbook that may hold a colleague's answers is never replaced).
type Book struct {
	Party string // who it is for, "" for everyone
	Path  string
	Err   error
}

// Collect writes the fill-in workbooks of tertial t into dir, made if
// needed: one for everyone, or, with perParty, one per responsible party,
// named STEM-TERTIAL-underlag[-PARTY].xlsx. A workbook that cannot be
// written does not stop the others: its Book says why. err is set when
// the tertial is not the period's or the folder cannot be used, and then
// nothing was written.
func Collect(src *report.Source, tpl *report.Template, t report.Tertial, today time.Time, perParty bool, dir string, opts safefile.Options) ([]Book, error) {
	if err := src.CheckTertial(t); err != nil {
		return nil, err
	}
	if err := CheckFolder(dir); err != nil {
		return nil, err
	}
	base := src.Stem() + "-" + t.String() + "-underlag"
	fills := []xlsx.FillIn{{Activities: src.All()}}
	names := []string{base}
	if perParty {
		fills, names = nil, nil
		taken := map[string]bool{}
		for _, p := range src.ByResponsible(src.All()) {
			fills = append(fills, xlsx.FillIn{Party: p.Name, Activities: p.Activities})
			names = append(names, base+"-"+fileLabel(PartyName(tpl, p.Name), taken))
		}
	}
	books := make([]Book, len(fills))
	for i, f := range fills {
		f.Source, f.Template, f.Tertial, f.Created = src, tpl, t, today
		path := filepath.Join(dir, safefile.FitName(names[i], ".xlsx"))
		books[i] = Book{Party: f.Party, Path: path, Err: writeFillIn(path, f, opts)}
	}
	return books, nil
}

// writeFillIn writes one fill-in workbook, unless the one there may hold
// answers.
func writeFillIn(path string, f xlsx.FillIn, opts safefile.Options) error {
	if err := keepAnswers(path, f.Source, f.Template); err != nil {
		return err
	}
	err := WriteFile(path, func(w io.Writer) error { return xlsx.WriteFillIn(w, f) }, opts)
	if err != nil && !Whole(err) {
		err = fail(msg.NotWritten, f.Source.File.Name, path, err)
	}
	return err
}

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

// fileLabel makes a party's name fit in a file name on every system:
// letters and digits kept, spaces as dashes, the rest left out, and a
// number added when two parties would get the same.
func fileLabel(name string, taken map[string]bool) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	label := b.String()
	if label == "" {
		label = "part"
	}
	for i, l := 2, label; ; i++ {
		if !taken[strings.ToLower(l)] {
			taken[strings.ToLower(l)] = true
			return l
		}
		l = fmt.Sprintf("%s-%d", label, i)
	}
}

// PartyName is how a party is named to people: its name, or the
// template's words for activities without anyone responsible.
func PartyName(tpl *report.Template, name string) string {
	if name == "" {
		return tpl.FillIn.NoResponsible
	}
	return name
}
