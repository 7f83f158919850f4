package pdftag

import (
	"bytes"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// metadata writes what the catalog says about the document: that its
// content is marked, its language, the XMP metadata, and that viewers show the
// title. The Info dictionary is rewritten to agree with the XMP.
func (t *tagger) metadata(catalog types.Dict) error {
	producer, keywords := t.updateInfo()
	metaNr := t.alloc()
	packet, err := xmpPacket(t.info, t.created, producer, keywords)
	if err != nil {
		return err
	}
	t.set(metaNr, types.StreamDict{
		Dict: types.Dict{
			"Type":    types.Name("Metadata"),
			"Subtype": types.Name("XML"),
			"Length":  types.Integer(len(packet)),
		},
		Content:      packet,
		Raw:          packet,
		StreamLength: int64Ptr(int64(len(packet))),
	})
	catalog["MarkInfo"] = types.Dict{"Marked": types.Boolean(true)}
	catalog["Lang"] = pdfText(t.info.Language)
	catalog["Metadata"] = *types.NewIndirectRef(metaNr, 0)
	return t.displayDocTitle(catalog)
}

// displayDocTitle sets /DisplayDocTitle true in the viewer preferences,
// keeping any other preference the PDF has.
func (t *tagger) displayDocTitle(catalog types.Dict) error {
	switch vp := catalog["ViewerPreferences"].(type) {
	case nil:
		catalog["ViewerPreferences"] = types.Dict{"DisplayDocTitle": types.Boolean(true)}
	case types.Dict:
		vp["DisplayDocTitle"] = types.Boolean(true)
	case types.IndirectRef:
		d, err := t.xrt.DereferenceDict(vp)
		if err != nil || d == nil {
			return fmt.Errorf("viewer preferences: %v", err)
		}
		d["DisplayDocTitle"] = types.Boolean(true)
		t.modified[vp.ObjectNumber.Value()] = true
	default:
		return fmt.Errorf("viewer preferences are a %T", vp)
	}
	return nil
}

// updateInfo rewrites the document information dictionary from the Info,
// so it says what the XMP metadata says (fpdf writes dates without a time
// zone). It returns the producer and keywords, which Info does not carry.
func (t *tagger) updateInfo() (producer, keywords string) {
	producer = defaultProducer
	var d types.Dict
	if t.xrt.Info != nil {
		if id, err := t.xrt.DereferenceDict(*t.xrt.Info); err == nil && id != nil {
			d = id
			t.modified[t.xrt.Info.ObjectNumber.Value()] = true
		}
	}
	if d == nil {
		d = types.Dict{}
		nr := t.alloc()
		t.set(nr, d)
		t.xrt.Info = types.NewIndirectRef(nr, 0)
	}
	if s, ok := textEntry(d, "Producer"); ok && s != "" {
		producer = s
	}
	keywords, _ = textEntry(d, "Keywords")

	setText := func(key, value string) {
		if value == "" {
			delete(d, key)
			return
		}
		d[key] = pdfText(value)
	}
	setText("Title", t.info.Title)
	setText("Author", t.info.Author)
	setText("Subject", t.info.Subject)
	setText("Creator", t.info.Creator)
	setText("Producer", producer)
	if !t.info.Settled.IsZero() && t.info.DateName != "" {
		d[t.info.DateName] = pdfText(t.info.Settled.Format(time.DateOnly))
	}
	if t.created.IsZero() {
		delete(d, "CreationDate")
		delete(d, "ModDate")
	} else {
		date := types.StringLiteral(types.DateString(t.created))
		d["CreationDate"] = date
		d["ModDate"] = date
	}
	return producer, keywords
}

func textEntry(d types.Dict, key string) (string, bool) {
	switch v := d[key].(type) {
	case types.StringLiteral:
		s, err := types.StringLiteralToString(v)
		return s, err == nil
	case types.HexLiteral:
		s, err := types.HexLiteralToString(v)
		return s, err == nil
	}
	return "", false
}

// pdfText encodes s as a PDF text string: a literal for printable ASCII,
// UTF-16BE with a byte order mark (as hex) otherwise.
func pdfText(s string) types.Object {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			ascii = false
			break
		}
	}
	if ascii {
		r := strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`)
		return types.StringLiteral(r.Replace(s))
	}
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2, 2+2*len(u))
	b[0], b[1] = 0xFE, 0xFF
	for _, c := range u {
		b = append(b, byte(c>>8), byte(c))
	}
	return types.HexLiteral(strings.ToUpper(hex.EncodeToString(b)))
}

// ValidLanguage accepts BCP 47 shaped tags such as sv-SE or se: what the
// catalog's /Lang may hold.
func ValidLanguage(s string) bool {
	if s == "" || len(s) > 35 {
		return false
	}
	for _, part := range strings.Split(s, "-") {
		if part == "" || len(part) > 8 {
			return false
		}
		for _, c := range part {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return false
			}
		}
	}
	return true
}

// The XMP packet (ISO 16684-1) as encoding/xml writes it. The names carry
// their prefixes, as XMP readers expect them.
type (
	xmpMeta struct {
		XMLName xml.Name `xml:"x:xmpmeta"`
		X       string   `xml:"xmlns:x,attr"`
		RDF     xmpRDF   `xml:"rdf:RDF"`
	}
	xmpRDF struct {
		NS          string         `xml:"xmlns:rdf,attr"`
		Description xmpDescription `xml:"rdf:Description"`
	}
	xmpDescription struct {
		About        string   `xml:"rdf:about,attr"`
		DC           string   `xml:"xmlns:dc,attr"`
		XMP          string   `xml:"xmlns:xmp,attr"`
		PDF          string   `xml:"xmlns:pdf,attr"`
		PDFUAID      string   `xml:"xmlns:pdfuaid,attr,omitempty"`
		Format       string   `xml:"dc:format"`
		Title        *langAlt `xml:"dc:title"`
		Language     xmpBag   `xml:"dc:language"`
		Creator      *xmpSeq  `xml:"dc:creator"`
		Date         *xmpSeq  `xml:"dc:date"`
		Description  *langAlt `xml:"dc:description"`
		CreateDate   string   `xml:"xmp:CreateDate,omitempty"`
		ModifyDate   string   `xml:"xmp:ModifyDate,omitempty"`
		MetadataDate string   `xml:"xmp:MetadataDate,omitempty"`
		CreatorTool  string   `xml:"xmp:CreatorTool,omitempty"`
		Producer     string   `xml:"pdf:Producer,omitempty"`
		Keywords     string   `xml:"pdf:Keywords,omitempty"`
		Part         string   `xml:"pdfuaid:part,omitempty"`
	}
	// langAlt is a text in the document's language, also as the default.
	langAlt struct {
		Items []langItem `xml:"rdf:Alt>rdf:li"`
	}
	langItem struct {
		Lang  string `xml:"xml:lang,attr"`
		Value string `xml:",chardata"`
	}
	xmpBag struct {
		Items []string `xml:"rdf:Bag>rdf:li"`
	}
	xmpSeq struct {
		Items []string `xml:"rdf:Seq>rdf:li"`
	}
)

// xmpPacket returns the XMP metadata: Dublin Core title, language, author
// and description, the dates, the tools, and the PDF/UA identification when
// claimed. Dates are in UTC, as in the Info dictionary.
func xmpPacket(info Info, created time.Time, producer, keywords string) ([]byte, error) {
	alt := func(value string) *langAlt {
		if value == "" {
			return nil
		}
		return &langAlt{Items: []langItem{{"x-default", value}, {info.Language, value}}}
	}
	d := xmpDescription{
		DC:          "http://purl.org/dc/elements/1.1/",
		XMP:         "http://ns.adobe.com/xap/1.0/",
		PDF:         "http://ns.adobe.com/pdf/1.3/",
		Format:      "application/pdf",
		Title:       alt(info.Title),
		Language:    xmpBag{Items: []string{info.Language}},
		Description: alt(info.Subject),
		CreatorTool: info.Creator,
		Producer:    producer,
		Keywords:    keywords,
	}
	if info.Author != "" {
		d.Creator = &xmpSeq{Items: []string{info.Author}}
	}
	if !info.Settled.IsZero() {
		d.Date = &xmpSeq{Items: []string{info.Settled.Format(time.DateOnly)}}
	}
	if !created.IsZero() {
		date := created.Format(time.RFC3339)
		d.CreateDate, d.ModifyDate, d.MetadataDate = date, date, date
	}
	if info.PDFUA {
		d.PDFUAID = "http://www.aiim.org/pdfua/ns/id/"
		d.Part = "1"
	}
	meta := xmpMeta{
		X:   "adobe:ns:meta/",
		RDF: xmpRDF{NS: "http://www.w3.org/1999/02/22-rdf-syntax-ns#", Description: d},
	}
	var b bytes.Buffer
	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	enc := xml.NewEncoder(&b)
	enc.Indent("", " ")
	if err := enc.Encode(meta); err != nil {
		return nil, fmt.Errorf("xmp: %w", err)
	}
	b.WriteString("\n<?xpacket end=\"w\"?>")
	return b.Bytes(), nil
}
