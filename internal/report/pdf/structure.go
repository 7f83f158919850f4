package pdf

// structNode is an element of the PDF's logical structure (the tag tree a
// screen reader follows). The renderer builds the tree while it draws: each
// piece of page content it draws inside a tagged element is wrapped in
// marked content (/Role <</MCID n>> BDC … EMC) and recorded as a mark of
// the element that owns it.
type structNode struct {
	Role  string // standard structure type: Document, H1, H2, P, L, LI, Lbl, LBody, Table, Caption, THead, TBody, TR, TH, TD, Figure, Sect, Div
	Alt   string // text alternative, for Figure
	Scope string // "Column" or "Row", for TH
	Kids  []*structNode
	Marks []mark // marked content owned directly by this element, in reading order
}

// mark is one marked-content sequence on a page.
type mark struct {
	Page int // from 1
	MCID int // unique within its page, from 0
}

// tagInfo is what the catalog and the XMP metadata say about the document.
type tagInfo struct {
	Title    string // shown by viewers instead of the file name
	Language string // "sv-SE"
	Author   string
	Subject  string
	Created  string // ISO 8601, e.g. 2020-05-01T00:00:00Z
	Creator  string
	PDFUA    bool // claim PDF/UA-1 in XMP (pdfuaid:part 1)
	// FontNames maps the names fpdf gives embedded fonts to the fonts'
	// PostScript names, which readers show.
	FontNames map[string]string
}
