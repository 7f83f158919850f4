package round

import (
	"errors"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/xlsx"
	"uppfoljning/internal/safefile"
)

// A Workbook is a returned fill-in workbook to import, read from disk or
// uploaded.
type Workbook struct {
	// Name is the workbook as the user knows it (a path, or an uploaded
	// file's name): messages name it so, and each Answer's File is it.
	Name string
	Data []byte
	// Err, when set, is why the workbook could not be read (ReadWorkbook's
	// error): ReadAnswers tells it among the other workbooks' problems, in
	// its place.
	Err error
}

// ReadWorkbook reads a workbook from disk, within the size a fill-in
// workbook may have. A folder, a pipe or a file that cannot be read is
// refused with a message; the Workbook returned then carries the error
// too, for ReadAnswers to tell in its place.
func ReadWorkbook(path string) (Workbook, error) {
	data, err := safefile.ReadRegular(path, xlsx.MaxWorkbookBytes)
	switch {
	case errors.Is(err, safefile.ErrFolder):
		err = report.ErrorList{{File: path, Msg: msg.New(msg.IsFolder)}}
	case errors.Is(err, safefile.ErrNotRegular):
		err = report.ErrorList{{File: path, Msg: msg.New(msg.NotRegularFile)}}
	case err != nil:
		err = report.ErrorList{{File: path, Msg: msg.New(msg.CannotReadBook, report.PlainOSError(err))}}
	}
	return Workbook{Name: path, Data: data, Err: err}, err
}

// Answers are what returned workbooks hold, ready for Source.Import.
type Answers struct {
	Answers []report.Answer // every row, each with its workbook's party
	Tertial report.Tertial  // the one tertial they are all for
	// Warnings are rows matched to an activity whose text has changed
	// since the workbook was made.
	Warnings []report.Warning
	// Gone are the rows whose activity the source no longer has.
	Gone report.ErrorList
	// Told is Warnings and, when they are not refused, Gone, in the order
	// the workbooks were read: what a command prints, each on its own.
	Told []msg.Teller
}

// ReadAnswers reads every workbook, and returns every problem of them all
// at once, as one ErrorList. They must all be for one tertial. A row whose
// activity is gone from the source is a problem too, unless settle is
// Keep: then it is only told, and the rest is imported. The Answers are
// returned with the error too, holding what was found to tell before it.
func ReadAnswers(books []Workbook, src *report.Source, tpl *report.Template, settle report.Settle) (*Answers, error) {
	out := &Answers{}
	var problems report.ErrorList
	for _, book := range books {
		got, err := readFillIn(book, src, tpl)
		var list report.ErrorList
		switch {
		case errors.As(err, &list):
			problems = append(problems, list...)
			continue
		case err != nil:
			return out, err
		case out.Tertial == report.Tertial{}:
			out.Tertial = got.Tertial
		case got.Tertial != out.Tertial:
			problems = append(problems, &report.Error{File: book.Name, Msg: msg.New(msg.BookOtherTertial,
				got.Tertial.Name(), out.Tertial.Name())})
			continue
		}
		for _, w := range got.Warnings {
			out.Warnings = append(out.Warnings, w)
			out.Told = append(out.Told, w)
		}
		out.Gone = append(out.Gone, got.Gone...)
		switch {
		case len(got.Gone) == 0:
		case settle == report.Keep:
			out.Told = append(out.Told, got.Gone)
		default:
			problems = append(problems, got.Gone...)
		}
		for _, a := range got.Answers {
			a.Party = got.Party
			out.Answers = append(out.Answers, a)
		}
	}
	if len(problems) > 0 {
		return out, problems
	}
	return out, nil
}

func readFillIn(book Workbook, src *report.Source, tpl *report.Template) (*xlsx.FillInAnswers, error) {
	if book.Err != nil {
		return nil, book.Err
	}
	return xlsx.ReadFillIn(book.Name, book.Data, src, tpl)
}
