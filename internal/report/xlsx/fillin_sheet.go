package xlsx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// rawCell is a cell as its sheet holds it, before it is read as text.
type rawCell struct {
	typ   string // its t attribute: "s", "inlineStr", "str", "b", "e", "d", or "" for a number
	style int
	value string // <v>, or an inline string's text
	// formula tells of an <f> of any kind: with its text, shared without
	// it, empty, array or data table.
	formula bool
}

func (c *rawCell) empty() bool { return c.value == "" && !c.formula }

// sheetRow is a row's cells by column, from 1.
type sheetRow struct {
	n     int
	cells []*rawCell
}

func (r sheetRow) cell(col int) *rawCell {
	if col < len(r.cells) {
		return r.cells[col]
	}
	return nil
}

// maxProblemsOfAKind keeps a hostile sheet from giving thousands of
// messages: the first few of each kind say what to do.
const maxProblemsOfAKind = 10

// sheetReader reads one sheet's cells in columns 1 to maxCol. A cell
// beyond them holding something, and a formula anywhere, are problems
// told by cell.
type sheetReader struct {
	name    string
	maxCol  int
	maxRows int    // rows holding cells
	moveTo  string // the column to write in instead of outside
	problem func(cell string, key msg.Key, a ...any)
	counts  map[msg.Key]int
}

// errTooManyRows says how many rows a sheet has, at least.
type errTooManyRows struct{ rows int }

func (e errTooManyRows) Error() string { return "too many rows" }

func (b *book) readSheet(s *sheetReader) ([]sheetRow, error) {
	part, ok := b.sheets[s.name]
	if !ok {
		return nil, errNoSheet
	}
	s.counts = map[msg.Key]int{}
	var rows []sheetRow
	row, col := 0, 0
	err := b.each(part, func(d *xml.Decoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "row":
			row++
			if v, ok := attr(se, "r"); ok {
				n, err := strconv.Atoi(v)
				if err != nil || n < 1 {
					return errDamaged
				}
				row = n
			}
			if len(rows) > 0 && len(rows[len(rows)-1].cells) == 0 {
				rows = rows[:len(rows)-1] // a row of formatting only
			}
			if row > maxFillInRows || len(rows) >= s.maxRows {
				return errTooManyRows{row}
			}
			rows = append(rows, sheetRow{n: row})
			col = 0
		case "c":
			if len(rows) == 0 {
				return errDamaged
			}
			col++
			if v, ok := attr(se, "r"); ok {
				c, _, ok := parseCellRef(v)
				if !ok {
					return errDamaged
				}
				col = c
			}
			c, formula, err := readCell(d, se)
			if err != nil {
				return err
			}
			s.keep(&rows[len(rows)-1], col, c, formula)
		}
		return nil
	})
	return rows, err
}

// keep stores a cell of a row, or tells why it is not read.
func (s *sheetReader) keep(row *sheetRow, col int, c *rawCell, formula string) {
	ref := s.name + "!" + cellName(col, row.n)
	if c.formula {
		if formula != "" {
			s.tell(ref, msg.BookFormula, clip(formula))
		} else {
			s.tell(ref, msg.BookFormulaHidden)
		}
	}
	if col > s.maxCol {
		if !c.empty() {
			s.tell(ref, msg.BookCellOutside, colName(s.maxCol), s.moveTo)
		}
		return
	}
	if c.empty() && c.typ == "" {
		return // formatting only
	}
	for len(row.cells) <= col {
		row.cells = append(row.cells, nil)
	}
	row.cells[col] = c
}

func (s *sheetReader) tell(ref string, key msg.Key, a ...any) {
	if s.counts[key]++; s.counts[key] <= maxProblemsOfAKind {
		s.problem(ref, key, a...)
	}
}

// readCell reads a <c> element: its type, style, value and formula.
func readCell(d *xml.Decoder, se xml.StartElement) (c *rawCell, formula string, err error) {
	c = &rawCell{}
	c.typ, _ = attr(se, "t")
	if v, ok := attr(se, "s"); ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return nil, "", errDamaged
		}
		c.style = n
	}
	for {
		tok, err := d.Token()
		if err != nil {
			return nil, "", errDamaged
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "f":
				c.formula = true
				formula, err = elementText(d)
			case "v":
				c.value, err = elementText(d)
			case "is":
				c.value, err = richText(d, t, true)
			default:
				err = d.Skip()
			}
			if err != nil {
				return nil, "", errDamaged
			}
		case xml.EndElement:
			return c, formula, nil
		}
	}
}

// maxCellBytes is as much of a cell's text as is kept: enough for a
// text one character longer than any text may be, every character
// escaped (_xHHHH_). A longer text is refused all the same.
const maxCellBytes = 7 * (report.MaxTextChars + 1)

// writeCapped adds text to b up to maxCellBytes.
func writeCapped(b *strings.Builder, text []byte) {
	b.Write(text[:min(len(text), max(maxCellBytes-b.Len(), 0))])
}

// elementText reads the text of an element holding only text.
func elementText(d *xml.Decoder) (string, error) {
	var b strings.Builder
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			writeCapped(&b, t)
		case xml.StartElement:
			if err := d.Skip(); err != nil {
				return "", err
			}
		case xml.EndElement:
			return b.String(), nil
		}
	}
}

// parseCellRef reads a cell reference such as "G12".
func parseCellRef(ref string) (col, row int, ok bool) {
	i := 0
	for i < len(ref) && i < 3 && (ref[i] >= 'A' && ref[i] <= 'Z' || ref[i] >= 'a' && ref[i] <= 'z') {
		col = col*26 + int(ref[i]|0x20-'a'+1)
		i++
	}
	row, err := strconv.Atoi(ref[i:])
	if i == 0 || err != nil || col > 16384 || row < 1 || row > 1048576 || ref[i] == '+' {
		return 0, 0, false
	}
	return col, row, true
}
