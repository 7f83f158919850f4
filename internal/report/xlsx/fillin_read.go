package xlsx

import (
	"bytes"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// FillInAnswers is what a filled-in workbook holds.
type FillInAnswers struct {
	Tertial report.Tertial
	Party   string // who it was made for, "" for all
	Answers []report.Answer
}

// A workbook is untrusted input: limits keep a mistaken or hostile file
// from exhausting the machine. A real fill-in workbook of a thousand
// activities is well under a megabyte.
const (
	MaxWorkbookBytes = 20 << 20  // the file
	maxUnzipped      = 200 << 20 // all its parts, unpacked
	maxUnzippedXML   = 64 << 20  // one sheet unpacked into memory
	maxFillInRows    = 100_000
)

// ReadFillIn reads the answers of a fill-in workbook made for src: the
// status and note of each row. name is the workbook's path, for messages.
// Nothing in the workbook is evaluated: a formula where an answer is
// written is refused. Every problem is returned at once, as a
// report.ErrorList whose messages name the sheet and cell.
func ReadFillIn(name string, data []byte, src *report.Source, tpl *report.Template) (*FillInAnswers, error) {
	fail := func(key msg.Key, a ...any) error {
		return report.ErrorList{{File: name, Msg: msg.New(key, a...)}}
	}
	if len(data) > MaxWorkbookBytes {
		return nil, fail(msg.BookTooLarge, MaxWorkbookBytes>>20)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzippedXML})
	if err != nil {
		return nil, fail(msg.BookNotXLSX)
	}
	defer f.Close()
	r := &fillInReader{name: name, f: f, src: src, tpl: tpl, words: tpl.FillIn, seen: map[report.ActivityRef]int{}}
	out, err := r.read()
	if err != nil {
		return nil, err
	}
	if len(r.errs) > 0 {
		return nil, r.errs
	}
	return out, nil
}

type fillInReader struct {
	name  string
	f     *excelize.File
	src   *report.Source
	tpl   *report.Template
	words report.FillInWords
	cols  [fillInCols + 1]int // the column each of ours is in now
	seen  map[report.ActivityRef]int
	errs  report.ErrorList
	// tertial is the workbook's, from its meta sheet.
	tertial report.Tertial
	// date1904 tells how the workbook counts dates.
	date1904 bool
}

// errorAt tells of a problem at a cell, "Underlag!G5".
func (r *fillInReader) errorAt(cell string, key msg.Key, a ...any) {
	r.errs = append(r.errs, &report.Error{File: r.name, Msg: msg.New(key, append([]any{cell}, a...)...)})
}

func (r *fillInReader) fail(key msg.Key, a ...any) error {
	return report.ErrorList{{File: r.name, Msg: msg.New(key, a...)}}
}

func (r *fillInReader) read() (*FillInAnswers, error) {
	out, err := r.meta()
	if err != nil {
		return nil, err
	}
	r.tertial = out.Tertial
	if props, err := r.f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		r.date1904 = *props.Date1904
	}
	sheet := r.words.Sheet
	if idx, err := r.f.GetSheetIndex(sheet); err != nil || idx < 0 {
		return nil, r.fail(msg.BookSheetMissing, sheet)
	}
	rows, err := r.f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, r.fail(msg.BookSheetUnreadable, sheet, err)
	}
	if len(rows) > maxFillInRows {
		return nil, r.fail(msg.BookTooManyRows, sheet, len(rows))
	}
	if err := r.header(rows); err != nil {
		return nil, err
	}
	for i := 1; i < len(rows); i++ {
		if a, ok := r.row(i+1, rows[i]); ok {
			out.Answers = append(out.Answers, a)
		}
	}
	return out, nil
}

// meta reads the hidden sheet that ties the workbook to its source and
// tertial.
func (r *fillInReader) meta() (*FillInAnswers, error) {
	values := map[string]string{}
	rows, err := r.f.GetRows(report.FillInMetaSheet, excelize.Options{RawCellValue: true})
	if err == nil {
		for _, row := range rows {
			if len(row) >= 2 {
				values[row[0]] = row[1]
			}
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

// header finds the columns by their headings in the first row, so that a
// moved column is still read right.
func (r *fillInReader) header(rows [][]string) error {
	w := r.words
	want := [fillInCols + 1]string{colPromise: w.Promise, colActivity: w.Activity, colResponsible: w.Responsible,
		colStatus: w.Status, colNote: w.Note, colKey: w.Key}
	var first []string
	if len(rows) > 0 {
		first = rows[0]
	}
	var missing []string
	for c := 1; c <= fillInCols; c++ {
		if c == colPreviousStatus || c == colPreviousNote {
			r.cols[c] = c // named after the tertial: found by place
			continue
		}
		for i, h := range first {
			if strings.TrimSpace(h) == want[c] {
				r.cols[c] = i + 1
			}
		}
		if r.cols[c] == 0 {
			missing = append(missing, want[c])
		}
	}
	if len(missing) > 0 {
		return r.fail(msg.BookHeadingMissing, r.words.Sheet, strings.Join(quoteAll(missing), ", "))
	}
	return nil
}

func quoteAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strconv.Quote(w)
	}
	return out
}

// row reads row n: which activity it is for, and its answer.
func (r *fillInReader) row(n int, values []string) (report.Answer, bool) {
	get := func(c int) string {
		if i := r.cols[c] - 1; i < len(values) {
			return values[i]
		}
		return ""
	}
	cell := func(c int) string { return r.words.Sheet + "!" + cellName(r.cols[c], n) }
	key := strings.TrimSpace(get(colKey))
	statusCell, noteCell := cell(colStatus), cell(colNote)
	status, statusOK := r.text(statusCell)
	note, noteOK := r.text(noteCell)
	if key == "" {
		if strings.TrimSpace(status)+strings.TrimSpace(note) != "" {
			r.errorAt(cell(colKey), msg.BookRowNoKey, n)
		}
		return report.Answer{}, false
	}
	ref, hashes, ok := parseRowKey(key)
	if !ok {
		r.errorAt(cell(colKey), msg.BookBadKey, key)
		return report.Answer{}, false
	}
	ref, found := r.find(ref, hashes)
	if !found {
		r.errorAt(cell(colActivity), msg.BookActivityGone, n, get(colActivity), r.src.File.Name)
		return report.Answer{}, false
	}
	if first, dup := r.seen[ref]; dup {
		r.errorAt(cell(colKey), msg.BookRowTwice, n, first)
		return report.Answer{}, false
	}
	r.seen[ref] = n
	r.lockedCells(ref, hashes, get, cell)
	if !statusOK || !noteOK {
		return report.Answer{}, false
	}
	status = strings.TrimSpace(status)
	if status != "" && r.tpl.Statuses.Index(status) < 0 {
		r.errorAt(statusCell, msg.BookStatusUnknown, status, strings.Join(r.tpl.Statuses.Words(), ", "))
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

// lockedCells tells of a locked cell whose text is neither what collect
// wrote nor what the source says now: what was written there would not be
// imported.
func (r *fillInReader) lockedCells(ref report.ActivityRef, hashes []string, get func(int) string, cell func(int) string) {
	now := rowValues(r.src, r.tpl, r.tertial, ref)
	for i, c := range lockedCols {
		text := report.UnixLineBreaks(get(c))
		if cellHash(text) == hashes[i] || text == now[c] {
			continue
		}
		r.errorAt(cell(c), msg.BookLockedEdited, text, r.words.Status, r.words.Note)
	}
}

// text reads the answer a person wrote in a cell: text as it is, and a
// number or a date as the text Excel showed. A formula is refused, and so
// is a value that is no text (TRUE, #N/A).
func (r *fillInReader) text(ref string) (string, bool) {
	sheet, cell, _ := strings.Cut(ref, "!")
	if formula, _ := r.f.GetCellFormula(sheet, cell); formula != "" {
		r.errorAt(ref, msg.BookFormula, formula)
		return "", false
	}
	typ, err := r.f.GetCellType(sheet, cell)
	if err != nil {
		r.errorAt(ref, msg.BookCellUnreadable, err)
		return "", false
	}
	raw, err := r.f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		r.errorAt(ref, msg.BookCellUnreadable, err)
		return "", false
	}
	switch typ {
	case excelize.CellTypeBool, excelize.CellTypeError:
		r.errorAt(ref, msg.BookNotText, describeValue(typ, raw))
		return "", false
	case excelize.CellTypeUnset, excelize.CellTypeNumber:
		if raw == "" {
			return "", true
		}
		return r.number(sheet, cell, raw), true
	case excelize.CellTypeDate:
		return r.date(raw), true
	}
	return raw, true
}

func describeValue(typ excelize.CellType, raw string) msg.Message {
	if typ == excelize.CellTypeBool {
		if raw == "1" || strings.EqualFold(raw, "true") {
			return msg.New(msg.BookTrue)
		}
		return msg.New(msg.BookFalse)
	}
	return msg.New(msg.BookErrorValue, raw)
}

// number is how Excel showed a number: a date as 2024-09-03, a whole
// number as it is, another with the decimal comma of the template's
// language.
func (r *fillInReader) number(sheet, cell, raw string) string {
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return raw
	}
	if id, err := r.f.GetCellStyle(sheet, cell); err == nil {
		if st, err := r.f.GetStyle(id); err == nil && isDateFormat(st) {
			return r.date(raw)
		}
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	s := strconv.FormatFloat(v, 'g', 10, 64)
	if strings.HasPrefix(strings.ToLower(r.tpl.Language), "sv") {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// date writes a date serial as ISO 8601, as Swedish Excel shows a date:
// 2024-09-03, with the time when it has one.
func (r *fillInReader) date(raw string) string {
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return raw // an ISO date already (a cell of type d)
	}
	t, err := excelize.ExcelDateToTime(v, r.date1904)
	if err != nil {
		return raw
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04")
}

// isDateFormat tells whether a number format shows a date or a time: one
// of Excel's built-in date formats, or a format of its own with day, month,
// year or hour codes outside quotes and brackets.
func isDateFormat(st *excelize.Style) bool {
	switch id := st.NumFmt; {
	case id >= 14 && id <= 22, id >= 27 && id <= 36, id >= 45 && id <= 47, id >= 50 && id <= 58:
		return true
	}
	if st.CustomNumFmt == nil {
		return false
	}
	inQuote, inBracket := false, false
	for _, c := range strings.ToLower(*st.CustomNumFmt) {
		switch {
		case c == '"':
			inQuote = !inQuote
		case inQuote:
		case c == '[':
			inBracket = true
		case c == ']':
			inBracket = false
		case inBracket:
		case c == 'y' || c == 'd' || c == 'm' || c == 'h' || c == 's' || c == 'å':
			return true
		}
	}
	return false
}
