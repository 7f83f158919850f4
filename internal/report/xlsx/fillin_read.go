package xlsx

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// FillInAnswers is what a filled-in workbook holds.
type FillInAnswers struct {
	Tertial report.Tertial
	Party   string // who it was made for, "" for all
	Answers []report.Answer
	// Gone are the rows whose activity the source no longer has, each told
	// by its cell: import refuses the workbook for them unless told to
	// keep to the rest.
	Gone report.ErrorList
	// Warnings are rows matched to their activity although its text was
	// changed in the source since the workbook was made.
	Warnings []report.Warning
}

// A workbook is untrusted input: limits keep a mistaken or hostile file
// from exhausting the machine. A real fill-in workbook of a thousand
// activities is well under a megabyte.
const (
	MaxWorkbookBytes = 20 << 20  // the file
	maxUnzipped      = 200 << 20 // all its parts, unpacked
	maxUnzippedXML   = 64 << 20  // one part unpacked
	maxFillInRows    = 100_000
	metaCols         = 4 // label, value, and the status words in D
	metaMaxRows      = 1000
	// extraRows are the rows a fill-in sheet may hold beyond its heading
	// and one for each activity (rows added by hand, told by cell).
	extraRows = 1000
)

// ReadFillIn reads the answers of a fill-in workbook made for src: the
// status and note of each row. name is the workbook's path, for messages.
// Nothing in the workbook is evaluated: a formula anywhere in the sheets
// read is refused, and so is a cell holding something outside their
// columns. Every problem is returned at once, as a report.ErrorList whose
// messages name the sheet and cell.
func ReadFillIn(name string, data []byte, src *report.Source, tpl *report.Template) (*FillInAnswers, error) {
	r := &fillInReader{name: name, src: src, tpl: tpl, words: tpl.FillIn, seen: map[report.ActivityRef]int{}}
	if len(data) > MaxWorkbookBytes {
		return nil, r.fail(msg.BookTooLarge, MaxWorkbookBytes>>20)
	}
	b, err := openBook(data)
	if err != nil {
		return nil, r.bookError(err, "")
	}
	r.b = b
	out, err := r.read()
	if err != nil {
		return nil, err
	}
	r.tellUntold()
	if len(r.errs) > 0 {
		return nil, r.errs
	}
	return out, nil
}

type fillInReader struct {
	name  string
	b     *book
	src   *report.Source
	tpl   *report.Template
	words report.FillInWords
	cols  [fillInCols + 1]int // the column each of ours is in now
	seen  map[report.ActivityRef]int
	errs  report.ErrorList
	// tertial is the workbook's, from its meta sheet.
	tertial report.Tertial
	out     *FillInAnswers
	// locked are the locked cells found changed, told once all rows are
	// read: as one sort when rows were sorted without their keys.
	locked []lockedEdit
	edited []editedRow
	keys   map[string]int // the row of each key's locked hashes
	counts map[msg.Key]int
}

// maxErrorsOfAKind is how many problems of one kind are told cell by
// cell; a workbook with thousands says how many more there are.
const maxErrorsOfAKind = 50

// errorAt tells of a problem at a cell, "Underlag!G5".
func (r *fillInReader) errorAt(cell string, key msg.Key, a ...any) {
	if r.counts == nil {
		r.counts = map[msg.Key]int{}
	}
	if r.counts[key]++; r.counts[key] > maxErrorsOfAKind {
		return
	}
	r.errs = append(r.errs, &report.Error{File: r.name, Msg: msg.New(key, append([]any{cell}, a...)...)})
}

// tellUntold says how many problems were not told.
func (r *fillInReader) tellUntold() {
	untold := 0
	for _, n := range r.counts {
		untold += max(n-maxErrorsOfAKind, 0)
	}
	if untold > 0 {
		r.errs = append(r.errs, &report.Error{File: r.name, Msg: msg.New(msg.BookMoreProblems, untold)})
	}
}

func (r *fillInReader) fail(key msg.Key, a ...any) error {
	return report.ErrorList{{File: r.name, Msg: msg.New(key, a...)}}
}

// bookError says why a workbook, or its sheet, cannot be read.
func (r *fillInReader) bookError(err error, sheet string) error {
	var rows errTooManyRows
	switch {
	case errors.Is(err, errEncrypted):
		return r.fail(msg.BookEncrypted)
	case errors.Is(err, errTooLarge):
		return r.fail(msg.BookTooLargeUnzipped, maxUnzipped>>20, maxUnzippedXML>>20)
	case errors.Is(err, errDamaged):
		return r.fail(msg.BookDamaged)
	case errors.As(err, &rows):
		return r.fail(msg.BookTooManyRows, sheet, rows.rows)
	}
	return r.fail(msg.BookNotXLSX)
}

func (r *fillInReader) read() (*FillInAnswers, error) {
	meta, err := r.b.readSheet(&sheetReader{name: report.FillInMetaSheet, maxCol: metaCols, maxRows: metaMaxRows,
		problem: func(cell string, _ msg.Key, _ ...any) {
			r.errs = append(r.errs, &report.Error{File: r.name, Msg: msg.New(msg.BookMetaChanged, report.FillInMetaSheet, cell)})
		}})
	if errors.Is(err, errNoSheet) {
		return nil, r.fail(msg.BookNotCollect, report.FillInMetaSheet)
	}
	if err != nil {
		return nil, r.bookError(err, report.FillInMetaSheet)
	}
	if err := r.b.resolveStrings(meta); err != nil {
		return nil, r.bookError(err, report.FillInMetaSheet)
	}
	out, err := r.meta(meta)
	if err != nil {
		return nil, err
	}
	sheet := r.words.Sheet
	rows, err := r.b.readSheet(&sheetReader{name: sheet, maxCol: fillInCols, maxRows: 1 + len(r.src.All()) + extraRows,
		moveTo: r.words.Note, problem: r.errorAt})
	if errors.Is(err, errNoSheet) {
		return nil, r.fail(msg.BookSheetMissing, sheet)
	}
	if err == nil {
		err = r.b.resolveStrings(rows)
	}
	if err != nil {
		return nil, r.bookError(err, sheet)
	}
	r.tertial, r.out = out.Tertial, out
	if err := r.header(rows); err != nil {
		return nil, err
	}
	r.keys = map[string]int{}
	for _, row := range rows {
		if row.n > 1 {
			if a, ok := r.row(row); ok {
				out.Answers = append(out.Answers, a)
			}
		}
	}
	r.tellLocked()
	return out, nil
}

// meta reads the hidden sheet that ties the workbook to its source and
// tertial.
func (r *fillInReader) meta(rows []sheetRow) (*FillInAnswers, error) {
	if len(r.errs) > 0 {
		return nil, r.errs
	}
	values := map[string]string{}
	for _, row := range rows {
		if label, value := row.cell(1), row.cell(2); label != nil && value != nil {
			values[label.value] = value.value
		}
	}
	if values["format"] != keyVersion {
		return nil, r.fail(msg.BookNotCollect, report.FillInMetaSheet)
	}
	src := r.src
	if values["municipality"] != src.Municipality.S || values["period"] != src.Period.S {
		return nil, r.fail(msg.BookOtherSource, values["municipality"], values["period"], values["source"]+".toml", src.Municipality.S, src.Period.S, src.File.Name)
	}
	tertial, err := report.ParseTertial(values["tertial"])
	if err == nil {
		err = src.CheckTertial(tertial)
	}
	if err != nil {
		return nil, r.fail(msg.BookTertial, values["tertial"], src.Period.S)
	}
	return &FillInAnswers{Tertial: tertial, Party: values["party"]}, nil
}

// resolveStrings reads the shared strings the sheets' cells use into the
// cells.
func (b *book) resolveStrings(sheets ...[]sheetRow) error {
	want := map[int]string{}
	var cells []*rawCell
	for _, rows := range sheets {
		for _, row := range rows {
			for _, c := range row.cells {
				if c == nil || c.typ != "s" {
					continue
				}
				if strings.TrimSpace(c.value) == "" {
					c.typ = "inlineStr" // no string at all: an empty one
					continue
				}
				i, err := strconv.Atoi(strings.TrimSpace(c.value))
				if err != nil || i < 0 {
					return errDamaged
				}
				want[i] = ""
				cells = append(cells, c)
			}
		}
	}
	if err := b.sharedStrings(want); err != nil {
		return err
	}
	for _, c := range cells {
		i, _ := strconv.Atoi(strings.TrimSpace(c.value))
		c.typ, c.value = "inlineStr", want[i]
	}
	return nil
}

// header finds the columns by their headings in the first row, so that a
// moved column is still read right, and checks that the headings name the
// tertial the hidden sheet does.
func (r *fillInReader) header(rows []sheetRow) error {
	w := r.words
	want := [fillInCols + 1]string{colPromise: w.Promise, colActivity: w.Activity, colResponsible: w.Responsible,
		colStatus: w.Status, colNote: w.Note, colKey: w.Key}
	var first sheetRow
	if len(rows) > 0 && rows[0].n == 1 {
		first = rows[0]
	}
	heading := func(col int) string {
		if c := first.cell(col); c != nil && isString(c) {
			return strings.TrimSpace(c.value)
		}
		return ""
	}
	var missing []string
	twice := false
	for c := 1; c <= fillInCols; c++ {
		if c == colPreviousStatus || c == colPreviousNote {
			r.cols[c] = c // named after the tertial: found by place
			continue
		}
		named := want[c] // an input column is named after its tertial, or not, as before
		if c == colStatus || c == colNote {
			named = inputHeading(r.tpl, want[c], r.tertial)
		}
		for i := 1; i < len(first.cells); i++ {
			if h := heading(i); h != want[c] && h != named {
				continue
			}
			if r.cols[c] != 0 {
				r.errorAt(r.words.Sheet+"!"+cellName(i, 1), msg.BookHeadingTwice, quote(want[c]), cellName(r.cols[c], 1))
				twice = true
			}
			r.cols[c] = i
		}
		if r.cols[c] == 0 {
			missing = append(missing, want[c])
		}
	}
	if len(missing) > 0 {
		// Input columns named after another tertial than the hidden
		// sheet's: told as that, not as missing.
		if err := r.headingTertial(heading(colPreviousStatus)); err != nil {
			return err
		}
		return r.fail(msg.BookHeadingMissing, r.words.Sheet, strings.Join(quoteAll(missing), ", "))
	}
	if twice {
		return r.errs
	}
	return r.headingTertial(heading(colPreviousStatus))
}

// headingTertial refuses a workbook whose hidden sheet names another
// tertial than its headings: the column of the previous tertial's status
// is headed by the tertial before the workbook's.
func (r *fillInReader) headingTertial(got string) error {
	heading := func(t report.Tertial) string {
		return strings.ReplaceAll(r.words.PreviousStatus, "{previous}", r.tpl.Fill(r.words.Previous, t.Prev()))
	}
	if got == heading(r.tertial) {
		return nil
	}
	for t := range r.src.Tertials() {
		if got == heading(t) {
			return r.fail(msg.BookTertialHeading, r.tertial.Name(),
				r.words.Sheet+"!"+cellName(colPreviousStatus, 1), quote(got), t.Name())
		}
	}
	return nil // a heading changed by hand names no tertial
}

func quoteAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strconv.Quote(w)
	}
	return out
}

// row reads a row: which activity it is for, and its answer.
func (r *fillInReader) row(row sheetRow) (report.Answer, bool) {
	n := row.n
	get := func(c int) string { return r.shown(row.cell(r.cols[c])) }
	cell := func(c int) string { return r.words.Sheet + "!" + cellName(r.cols[c], n) }
	key := strings.TrimSpace(get(colKey))
	statusCell, noteCell := cell(colStatus), cell(colNote)
	status, statusOK := r.text(statusCell, row.cell(r.cols[colStatus]))
	note, noteOK := r.text(noteCell, row.cell(r.cols[colNote]))
	if key == "" {
		if strings.TrimSpace(status)+strings.TrimSpace(note) != "" {
			r.errorAt(noteCell, msg.BookRowNoKey, n)
		}
		return report.Answer{}, false
	}
	ref, hashes, ok := parseRowKey(key)
	if !ok {
		r.errorAt(cell(colActivity), msg.BookBadKey, quote(key))
		return report.Answer{}, false
	}
	r.keys[strings.Join(hashes, "|")] = n
	at, found := r.find(ref, hashes)
	if found {
		ref = at
	} else if r.samePlace(ref, hashes) {
		// A word fixed in the source after the workbooks went out: the
		// activity in the same place of the same promise is the one.
		found = true
		was, now := quoteDiff(get(colActivity), r.src.Activity(ref).Text.S)
		r.out.Warnings = append(r.out.Warnings, report.Warning{File: r.name, Msg: msg.New(msg.BookActivityEdited,
			cell(colActivity), was, r.src.File.Name, now)})
	}
	if !found {
		r.out.Gone = append(r.out.Gone, &report.Error{File: r.name, Msg: msg.New(msg.BookActivityGone,
			cell(colActivity), n, quote(get(colActivity)), r.src.File.Name)})
		return report.Answer{}, false
	}
	if first, dup := r.seen[ref]; dup {
		r.errorAt(cell(colActivity), msg.BookRowTwice, n, first)
		return report.Answer{}, false
	}
	r.seen[ref] = n
	r.lockedCells(n, ref, hashes, get, cell)
	if !statusOK || !noteOK {
		return report.Answer{}, false
	}
	if utf8.RuneCountInString(note) > report.MaxTextChars {
		r.errorAt(noteCell, msg.BookNoteTooLong, report.MaxTextChars)
		return report.Answer{}, false
	}
	status = strings.TrimSpace(status)
	if status != "" && r.tpl.Statuses.Index(status) < 0 {
		r.errorAt(statusCell, msg.BookStatusUnknown, clip(status), strings.Join(r.tpl.Statuses.Words(), ", "))
		return report.Answer{}, false
	}
	return report.Answer{Activity: ref, Status: status, Note: report.NormalizeNote(note),
		File: r.name, StatusCell: statusCell, NoteCell: noteCell}, true
}

// parseRowKey reads a row key: the activity's place and the hashes of the
// locked cells.
func parseRowKey(key string) (report.ActivityRef, []string, bool) {
	parts := strings.Split(key, "|")
	if len(parts) != 3+len(lockedCols) || parts[0] != keyVersion {
		return report.ActivityRef{}, nil, false
	}
	p, err1 := strconv.Atoi(parts[1])
	a, err2 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || p < 1 || a < 1 {
		return report.ActivityRef{}, nil, false
	}
	return report.ActivityRef{Promise: p - 1, Activity: a - 1}, parts[3:], true
}

// find is the activity a row is about: the one at its place when its
// promise's and its own texts are as they were, or else the only one that
// has those texts now (the source gained or lost an activity before it).
// samePlace tells whether the source still has an activity at the row's
// place whose promise is the one the workbook was made with.
func (r *fillInReader) samePlace(ref report.ActivityRef, hashes []string) bool {
	return ref.Promise < len(r.src.Promises) && ref.Activity < len(r.src.Promises[ref.Promise].Activities) &&
		cellHash(r.src.Promises[ref.Promise].Text.S) == hashes[0]
}

func (r *fillInReader) find(ref report.ActivityRef, hashes []string) (report.ActivityRef, bool) {
	matches := func(x report.ActivityRef) bool {
		return cellHash(r.src.Promises[x.Promise].Text.S) == hashes[0] && cellHash(r.src.Activity(x).Text.S) == hashes[1]
	}
	if ref.Promise < len(r.src.Promises) && ref.Activity < len(r.src.Promises[ref.Promise].Activities) && matches(ref) {
		return ref, true
	}
	var found []report.ActivityRef
	for _, x := range r.src.All() {
		if matches(x) {
			found = append(found, x)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return report.ActivityRef{}, false
}
