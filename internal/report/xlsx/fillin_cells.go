package xlsx

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// lockedEdit is a locked cell whose text is neither what collect wrote nor
// what the source says now.
type lockedEdit struct{ cell, text string }

// editedRow is a row with changed locked cells, and the hashes of what
// they show, to tell whether they are another row's.
type editedRow struct {
	n      int
	hashes string
}

// lockedCells notes the locked cells of a row that were changed: what was
// written there would not be imported.
func (r *fillInReader) lockedCells(n int, ref report.ActivityRef, hashes []string, get func(int) string, cell func(int) string) {
	now := rowValues(r.src, r.tpl, r.tertial, ref)
	shown := make([]string, len(lockedCols))
	edited := false
	for i, c := range lockedCols {
		text := get(c)
		shown[i] = cellHash(report.UnixLineBreaks(text))
		if cellHash(text) == hashes[i] || shown[i] == hashes[i] || text == now[c] {
			continue
		}
		r.locked = append(r.locked, lockedEdit{cell: cell(c), text: text})
		edited = true
	}
	if edited {
		r.edited = append(r.edited, editedRow{n: n, hashes: strings.Join(shown, "|")})
	}
}

// tellLocked tells of the changed locked cells: as one sort when a row
// shows the locked texts of another row's key (the rows were sorted
// without the hidden key column), or else cell by cell.
func (r *fillInReader) tellLocked() {
	for _, e := range r.edited {
		if other, ok := r.keys[e.hashes]; ok && other != e.n {
			r.errs = append(r.errs, &report.Error{File: r.name,
				Msg: msg.New(msg.BookSorted, r.words.Sheet, quote(r.words.Key), e.n)})
			return
		}
	}
	for _, e := range r.locked {
		r.errorAt(e.cell, msg.BookLockedEdited, quote(e.text), r.words.Status, r.words.Note)
	}
}

func isString(c *rawCell) bool {
	return c.typ == "inlineStr" || c.typ == "str" || c.typ == "s"
}

// shown is a cell's text as shown, for a locked cell or the key: a number
// as its format shows it, nothing for a value that is no text.
func (r *fillInReader) shown(c *rawCell) string {
	switch {
	case c == nil:
		return ""
	case isString(c):
		return c.value
	case c.typ == "" || c.typ == "n":
		if v, err := strconv.ParseFloat(c.value, 64); err == nil {
			s, _ := formatNumber(v, r.b.format(c.style).code, r.b.date1904)
			return s
		}
	}
	return c.value
}

// format is a cell style's number format.
func (b *book) format(style int) numFmt {
	if style >= 0 && style < len(b.numFmts) {
		return b.numFmts[style]
	}
	return numFmt{code: "General"}
}

// text reads the answer a person wrote in a cell: text as it is, and a
// number or a date as the text Swedish Excel shows. A value that is no
// text (TRUE, #N/A), or a number no format can show, is refused.
func (r *fillInReader) text(ref string, c *rawCell) (string, bool) {
	if c == nil {
		return "", true
	}
	switch c.typ {
	case "b":
		if c.value == "1" || strings.EqualFold(c.value, "true") {
			r.errorAt(ref, msg.BookNotText, msg.New(msg.BookTrue))
		} else {
			r.errorAt(ref, msg.BookNotText, msg.New(msg.BookFalse))
		}
		return "", false
	case "e":
		r.errorAt(ref, msg.BookNotText, msg.New(msg.BookErrorValue, clip(c.value)))
		return "", false
	case "d":
		return r.isoDate(c), true
	case "", "n":
		if strings.TrimSpace(c.value) == "" {
			return "", true
		}
		f := r.b.format(c.style)
		v, err := strconv.ParseFloat(strings.TrimSpace(c.value), 64)
		s, ok := formatNumber(v, f.code, r.b.date1904)
		if err != nil || !ok {
			r.errorAt(ref, msg.BookNumberUnshown, quote(c.value), quote(f.code))
			return "", false
		}
		return s, true
	}
	return c.value, true
}

// isoDate reads a cell of type d, an ISO 8601 date, as Swedish Excel shows
// it: the date, with the time when it has one.
func (r *fillInReader) isoDate(c *rawCell) string {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02"} {
		t, err := time.Parse(layout, c.value)
		if err != nil {
			continue
		}
		if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
			return t.Format("2006-01-02")
		}
		return t.Format("2006-01-02 15:04")
	}
	return c.value
}

// maxQuoted is how many characters of a cell's text a message quotes.
const maxQuoted = 60

// quote is a cell's text as a message shows it: in quotes, on one line (a
// line break or another control character is a space), and cut after
// about 60 characters with "…".
func quote(s string) string {
	return `"` + clip(s) + `"`
}

func clip(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= maxQuoted {
		return s
	}
	runes := []rune(s)
	cut := string(runes[:maxQuoted])
	if i := strings.LastIndexByte(cut, ' '); i > maxQuoted/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// quoteDiff quotes two versions of a text, each cut to about the length
// quote keeps, starting a little before where they first differ, so that
// the difference is always in what is shown.
func quoteDiff(a, b string) (string, string) {
	ra, rb := []rune(a), []rune(b)
	i := 0
	for i < len(ra) && i < len(rb) && ra[i] == rb[i] {
		i++
	}
	from := max(0, i-maxQuoted/2)
	if from == 0 {
		return quote(a), quote(b)
	}
	for from < i && ra[from-1] != ' ' {
		from++ // start at a word
	}
	return `"…` + clip(string(ra[from:])) + `"`, `"…` + clip(string(rb[from:])) + `"`
}
