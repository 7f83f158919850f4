package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
)

// sortedZip is the workbook's zip writer. excelize writes streamed sheets
// in the order of a Go map, so the same document could give different
// bytes; sortedZip compresses each part as it comes and writes them all,
// sorted by name, when it is closed. [Content_Types].xml sorts first,
// where readers that sniff the format look for it.
type sortedZip struct {
	w     io.Writer
	fw    *flate.Writer // reused: each one allocates about a megabyte
	parts []*part
	cur   *part
}

type part struct {
	name  string
	data  bytes.Buffer // deflated
	crc   uint32
	size  uint64
	fix   *sheetPrFix
	links *linkFix
}

func newSortedZip(w io.Writer) excelize.ZipWriter { return &sortedZip{w: w} }

func (z *sortedZip) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	for _, p := range z.parts {
		if p.name == name {
			return nil, errors.New("zip: part " + name + " written twice")
		}
	}
	p := &part{name: name}
	if z.fw == nil {
		fw, err := flate.NewWriter(&p.data, flate.DefaultCompression)
		if err != nil {
			return nil, err
		}
		z.fw = fw
	} else {
		z.fw.Reset(&p.data)
	}
	z.parts = append(z.parts, p)
	z.cur = p
	if strings.HasPrefix(name, "xl/worksheets/") && strings.HasSuffix(name, ".xml") {
		p.links = &linkFix{w: (*partWriter)(z)}
		p.fix = &sheetPrFix{w: p.links}
		return p.fix, nil
	}
	return (*partWriter)(z), nil
}

// partWriter writes to the current part.
type partWriter sortedZip

func (w *partWriter) Write(b []byte) (int, error) {
	p := w.cur
	p.crc = crc32.Update(p.crc, crc32.IEEETable, b)
	p.size += uint64(len(b))
	return w.fw.Write(b)
}

func (z *sortedZip) finish() error {
	if z.cur == nil {
		return nil
	}
	if z.cur.fix != nil {
		if err := z.cur.fix.flush(); err != nil {
			return err
		}
		if err := z.cur.links.flush(); err != nil {
			return err
		}
	}
	z.cur = nil
	return z.fw.Close()
}

// AddFS is not used when writing a new workbook.
func (z *sortedZip) AddFS(fs.FS) error { return errors.New("zip: AddFS is not supported") }

func (z *sortedZip) Close() error {
	if err := z.finish(); err != nil {
		return err
	}
	sort.Slice(z.parts, func(i, j int) bool { return z.parts[i].name < z.parts[j].name })
	zw := zip.NewWriter(z.w)
	for _, p := range z.parts {
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: p.name, Method: zip.Deflate, CRC32: p.crc,
			CompressedSize64: uint64(p.data.Len()), UncompressedSize64: p.size,
		})
		if err != nil {
			return err
		}
		if _, err := w.Write(p.data.Bytes()); err != nil {
			return err
		}
	}
	return zw.Close()
}

// sheetPrFix writes fitToPage="1" where excelize writes "true". Both are
// valid XML booleans, but exceljs, a widely used JavaScript reader, takes
// "true" for false and would print the sheet unscaled. The attribute is in
// sheetPr, at the start of a sheet, so only what comes before <sheetData
// is held back and looked at.
type sheetPrFix struct {
	w    io.Writer
	head []byte
	done bool
}

func (s *sheetPrFix) Write(b []byte) (int, error) {
	if s.done {
		return s.w.Write(b)
	}
	s.head = append(s.head, b...)
	if bytes.Contains(s.head, []byte("<sheetData")) || len(s.head) > 1<<16 {
		return len(b), s.flush()
	}
	return len(b), nil
}

func (s *sheetPrFix) flush() error {
	if s.done {
		return nil
	}
	s.done = true
	head := s.head
	end := bytes.Index(head, []byte("<sheetData"))
	if end < 0 {
		end = len(head)
	}
	fixed := bytes.Replace(head[:end], []byte(`fitToPage="true"`), []byte(`fitToPage="1"`), 1)
	s.head = nil
	if _, err := s.w.Write(fixed); err != nil {
		return err
	}
	_, err := s.w.Write(head[end:])
	return err
}

// linkFix writes a hyperlink's relationship as r:id, where excelize's
// stream writer declares the relationships' namespace again on each
// hyperlink under a prefix of its own. Both are valid XML, but exceljs
// reads only r:id and would lose the links. The pattern cannot occur in a
// cell's text, whose quotation marks excelize escapes; the end of each
// write is held back in case the pattern goes on in the next.
type linkFix struct {
	w    io.Writer
	held []byte
}

var (
	streamedLinkID = []byte(` xmlns:relationships="http://schemas.openxmlformats.org/officeDocument/2006/relationships" relationships:id=`)
	linkID         = []byte(` r:id=`)
)

func (l *linkFix) Write(b []byte) (int, error) {
	l.held = bytes.ReplaceAll(append(l.held, b...), streamedLinkID, linkID)
	keep := min(len(streamedLinkID)-1, len(l.held))
	if _, err := l.w.Write(l.held[:len(l.held)-keep]); err != nil {
		return 0, err
	}
	l.held = append(l.held[:0], l.held[len(l.held)-keep:]...)
	return len(b), nil
}

func (l *linkFix) flush() error {
	_, err := l.w.Write(l.held)
	l.held = nil
	return err
}

// coreXML is the document's properties. excelize's SetDocProps writes
// keywords and lastModifiedBy unprefixed in a default namespace: valid,
// but exceljs then refuses the whole workbook, so the part is written here
// with the prefixes Excel itself uses.
func coreXML(m report.Meta) []byte {
	type w3cdtf struct {
		Type  string `xml:"xsi:type,attr"`
		Value string `xml:",chardata"`
	}
	when := m.Created.UTC().Format("2006-01-02T15:04:05Z")
	author := m.Author
	if author == "" {
		author = m.Creator
	}
	v := struct {
		XMLName        xml.Name `xml:"cp:coreProperties"`
		CP             string   `xml:"xmlns:cp,attr"`
		DC             string   `xml:"xmlns:dc,attr"`
		DCTerms        string   `xml:"xmlns:dcterms,attr"`
		DCMIType       string   `xml:"xmlns:dcmitype,attr"`
		XSI            string   `xml:"xmlns:xsi,attr"`
		Title          string   `xml:"dc:title,omitempty"`
		Subject        string   `xml:"dc:subject,omitempty"`
		Creator        string   `xml:"dc:creator,omitempty"`
		Keywords       string   `xml:"cp:keywords,omitempty"`
		Language       string   `xml:"dc:language,omitempty"`
		LastModifiedBy string   `xml:"cp:lastModifiedBy,omitempty"`
		Created        w3cdtf   `xml:"dcterms:created"`
		Modified       w3cdtf   `xml:"dcterms:modified"`
	}{
		CP:       "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
		DC:       "http://purl.org/dc/elements/1.1/",
		DCTerms:  "http://purl.org/dc/terms/",
		DCMIType: "http://purl.org/dc/dcmitype/",
		XSI:      "http://www.w3.org/2001/XMLSchema-instance",
		Title:    m.Title, Subject: m.Subject, Creator: author,
		Keywords: strings.Join(m.Keywords, ", "), Language: m.Language, LastModifiedBy: author,
		Created: w3cdtf{"dcterms:W3CDTF", when}, Modified: w3cdtf{"dcterms:W3CDTF", when},
	}
	out, err := xml.Marshal(v)
	if err != nil { // cannot happen: the struct has only strings
		panic(err)
	}
	return append([]byte(xml.Header), out...)
}
