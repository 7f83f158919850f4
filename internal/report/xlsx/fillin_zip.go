package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
)

// The fill-in workbook is read straight from its zip, part by part and
// token by token, and only the two sheets import needs: whatever a
// workbook holds, reading it takes memory in proportion to the cells of
// those sheets that lie within the fill-in workbook's columns, never to
// what a spreadsheet program would make of it (excelize pads every row to
// its last cell: one cell in column XFD makes 16,384).

// Why a workbook cannot be read at all.
var (
	errNotXLSX    = errors.New("not an xlsx workbook")
	errEncrypted  = errors.New("encrypted with a password")
	errDamaged    = errors.New("damaged")
	errTooLarge   = errors.New("too large unzipped")
	errNoSheet    = errors.New("no such sheet")
	oleSignature  = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	encryptedName = utf16le("EncryptedPackage")
)

// book is a workbook's zip with what its parts say about its sheets.
type book struct {
	parts    map[string]*zip.File // by lower-case name
	sheets   map[string]string    // part name by sheet name
	strings  string               // the shared strings' part, "" if none
	styles   string               // the styles' part, "" if none
	date1904 bool
	// numFmts are the number format codes of the cell styles, by style
	// index: a built-in format's code, or the workbook's own.
	numFmts []numFmt
}

type numFmt struct {
	id   int
	code string
}

// openBook opens a workbook's zip and reads its workbook, relationships
// and styles.
func openBook(data []byte) (*book, error) {
	if bytes.HasPrefix(data, oleSignature) {
		// Excel saves a workbook with a password as an OLE compound file
		// holding the encrypted package; an old .xls is one too.
		if bytes.Contains(data, encryptedName) {
			return nil, errEncrypted
		}
		return nil, errNotXLSX
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errNotXLSX
	}
	b := &book{parts: map[string]*zip.File{}, sheets: map[string]string{}}
	var total uint64
	for _, f := range z.File {
		total += f.UncompressedSize64
		if f.UncompressedSize64 > maxUnzippedXML || total > maxUnzipped {
			return nil, errTooLarge
		}
		b.parts[strings.ToLower(f.Name)] = f
	}
	workbook := b.officeDocument()
	if b.parts[strings.ToLower(workbook)] == nil {
		return nil, errNotXLSX
	}
	ids, err := b.workbook(workbook)
	if err != nil {
		return nil, err
	}
	if err := b.relationships(workbook, ids); err != nil {
		return nil, err
	}
	if err := b.readStyles(); err != nil {
		return nil, err
	}
	return b, nil
}

func utf16le(s string) []byte {
	var out []byte
	for _, c := range []byte(s) {
		out = append(out, c, 0)
	}
	return out
}

// open opens a part, or says the workbook is damaged when it lacks it.
func (b *book) open(name string) (io.ReadCloser, error) {
	f := b.parts[strings.ToLower(strings.TrimPrefix(name, "/"))]
	if f == nil {
		return nil, errDamaged
	}
	rc, err := f.Open()
	if err != nil {
		return nil, errDamaged
	}
	return rc, nil
}

// each calls fn for each start element of a part, with the decoder to read
// further; an error in the XML is a damaged workbook.
func (b *book) each(name string, fn func(d *xml.Decoder, se xml.StartElement) error) error {
	rc, err := b.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return errDamaged
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := fn(d, se); err != nil {
				return err
			}
		}
	}
}

func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// officeDocument is the workbook part the package's relationships name.
func (b *book) officeDocument() string {
	name := "xl/workbook.xml"
	_ = b.each("_rels/.rels", func(_ *xml.Decoder, se xml.StartElement) error {
		if typ, _ := attr(se, "Type"); se.Name.Local == "Relationship" && strings.HasSuffix(typ, "/officeDocument") {
			target, _ := attr(se, "Target")
			name = strings.TrimPrefix(path.Clean("/"+target), "/")
		}
		return nil
	})
	return name
}

// workbook reads the sheets' names and relationship ids, and the date
// system.
func (b *book) workbook(name string) (map[string]string, error) {
	ids := map[string]string{}
	err := b.each(name, func(_ *xml.Decoder, se xml.StartElement) error {
		switch se.Name.Local {
		case "sheet":
			sheet, _ := attr(se, "name")
			id, _ := attr(se, "id")
			ids[id] = sheet
		case "workbookPr":
			v, _ := attr(se, "date1904")
			b.date1904 = v == "1" || v == "true"
		}
		return nil
	})
	return ids, err
}

// relationships finds the parts of the sheets, the shared strings and the
// styles.
func (b *book) relationships(workbook string, ids map[string]string) error {
	dir, file := path.Split(workbook)
	return b.each(dir+"_rels/"+file+".rels", func(_ *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "Relationship" {
			return nil
		}
		id, _ := attr(se, "Id")
		typ, _ := attr(se, "Type")
		target, _ := attr(se, "Target")
		part := strings.TrimPrefix(path.Clean("/"+dir+target), "/")
		if strings.HasPrefix(target, "/") {
			part = strings.TrimPrefix(path.Clean(target), "/")
		}
		switch {
		case strings.HasSuffix(typ, "/worksheet") && ids[id] != "":
			b.sheets[ids[id]] = part
		case strings.HasSuffix(typ, "/sharedStrings"):
			b.strings = part
		case strings.HasSuffix(typ, "/styles"):
			b.styles = part
		}
		return nil
	})
}

// maxStyles is how many cell styles and number formats a workbook may
// have, as in Excel (about 64,000).
const maxStyles = 1 << 16

// readStyles reads the number format of each cell style.
func (b *book) readStyles() error {
	if b.styles == "" {
		return nil
	}
	codes := map[int]string{}
	inXfs := false
	return b.each(b.styles, func(d *xml.Decoder, se xml.StartElement) error {
		if len(codes) >= maxStyles || len(b.numFmts) >= maxStyles {
			return errDamaged
		}
		switch se.Name.Local {
		case "numFmt":
			id, _ := attr(se, "numFmtId")
			code, _ := attr(se, "formatCode")
			if n, err := strconv.Atoi(id); err == nil {
				codes[n] = code
			}
		case "cellXfs":
			inXfs = true
		case "cellStyleXfs", "dxfs":
			inXfs = false
		case "xf":
			if !inXfs {
				return nil
			}
			id, _ := attr(se, "numFmtId")
			n, _ := strconv.Atoi(id)
			code, ok := codes[n]
			if !ok {
				code = builtInFormats[n]
			}
			b.numFmts = append(b.numFmts, numFmt{id: n, code: code})
		}
		return nil
	})
}

// sharedStrings reads the shared strings a sheet's cells use, by index:
// only those, however many the workbook holds.
func (b *book) sharedStrings(want map[int]string) error {
	if len(want) == 0 {
		return nil
	}
	if b.strings == "" {
		return errDamaged
	}
	i := 0
	err := b.each(b.strings, func(d *xml.Decoder, se xml.StartElement) error {
		if se.Name.Local != "si" {
			return nil
		}
		_, used := want[i]
		text, err := richText(d, se, used)
		if err != nil {
			return err
		}
		if used {
			want[i] = text
		}
		i++
		return nil
	})
	if err == nil && i <= maxIndex(want) {
		return errDamaged
	}
	return err
}

func maxIndex(m map[int]string) int {
	n := -1
	for i := range m {
		n = max(n, i)
	}
	return n
}

// richText reads the text of a string item (<si> or <is>): its <t>, or the
// <t> of each run, but not phonetic guides (<rPh>), as Excel shows it.
// keep false only skips it.
func richText(d *xml.Decoder, start xml.StartElement, keep bool) (string, error) {
	var b strings.Builder
	depth, inT, inPhonetic := 0, false, 0
	for {
		tok, err := d.Token()
		if err != nil {
			return "", errDamaged
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "t":
				inT = true
			case "rPh":
				inPhonetic++
			}
		case xml.EndElement:
			if depth == 0 {
				return unescapeCellText(b.String()), nil
			}
			depth--
			switch t.Name.Local {
			case "t":
				inT = false
			case "rPh":
				inPhonetic--
			}
		case xml.CharData:
			if keep && inT && inPhonetic == 0 {
				writeCapped(&b, t)
			}
		}
	}
}
