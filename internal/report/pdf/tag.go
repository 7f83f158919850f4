package pdf

// Tagging: turning fpdf's untagged output into a tagged PDF.
//
// fpdf (v0.9.0) cannot write a structure tree. The renderer therefore wraps
// every piece of page content in marked content (/P <</MCID n>> BDC … EMC
// for content that belongs to a structure element, /Artifact BMC … EMC or
// /Artifact <</Type /Pagination>> BDC … EMC for page furniture; a bare
// "/Artifact BDC" lacks its property list and is refused) and records, in a
// tree of structNode, which element owns which (page, MCID). tag then
// appends an incremental update (ISO 32000-1 7.5.6) with the structure
// tree, the parent tree, the page entries, the catalog entries and XMP
// metadata. The original bytes are kept as they are except for the header
// version (%PDF-1.3 → %PDF-1.7, same length). The update's dictionaries
// are packed into compressed object streams with a cross-reference stream
// (PDF 1.5), which keeps a 450-page report from growing tenfold. No clock
// or random number is used (the /ID is an MD5 of the input), so the same
// input gives the same output.
//
// PDF/UA-1 (ISO 14289-1) requirements, by Matterhorn Protocol 1.1
// checkpoint, that this function fulfils or enforces (an error otherwise):
//
//   - 01-003, 01-004, 01-005 (content is tagged or an artifact): the page
//     content streams are read: nothing is painted (text, paths, images,
//     shadings) outside tagged content or an artifact, tagged content and
//     artifacts are not nested in each other, marked content is balanced
//     and well formed. Every MCID drawn on a page is owned by exactly one
//     structure element and every mark the tree names was drawn.
//   - 02-001…02-004 (role mapping): only standard structure types are
//     accepted, so no RoleMap is needed.
//   - 06-001, 06-002, 06-003 (metadata): catalog /Metadata with an XMP
//     stream holding dc:title, and pdfuaid:part 1 when tagInfo.PDFUA is
//     set. The Info dictionary is rewritten from the same values, so title,
//     author, subject, creator, producer and dates agree with the XMP.
//   - 07-001, 07-002 (dictionary): /ViewerPreferences with
//     /DisplayDocTitle true; /MarkInfo <</Marked true>> (no /Suspects).
//   - 09-004, 09-005 (table and list syntax): Table › Caption, THead,
//     TBody, TFoot, TR; THead/TBody/TFoot › TR; TR › TH, TD; L › LI,
//     Caption; LI › Lbl, LBody.
//   - 11-001, 11-006 (natural language): catalog /Lang as a proper string;
//     the XMP title and description carry xml:lang.
//   - 13-004 (figures): a Figure without alternative text is refused.
//   - 14-002, 14-003 (headings): the first numbered heading is H1 and the
//     levels never skip going down, in the tree's order.
//   - 15-003 (tables): every TH has /A <</O /Table /Scope …>> (Column unless
//     the node says Row or Both).
//   - Structure (ISO 32000-1 14.7, 14.8): /StructTreeRoot with /ParentTree
//     (an entry for every page) and /ParentTreeNextKey, /StructParents and
//     /Tabs /S on every page, marked-content references (/MCR) for content
//     of an element that continues on another page.
//
// What depends on the renderer (tag cannot see it):
//
//   - 01-001, 01-002, 01-006: that what is tagged is real content and what
//     is an artifact is furniture (page numbers, running footers, rules,
//     cell backgrounds, repeated header rows), with the right structure
//     type; 09-001: that the tree's order is the logical reading order;
//     14-001, 15-xxx: that headings and tables are tagged as such and
//     tables are regular (no spanning headers, equal cell counts per row).
//   - 04-001 (colour not the only carrier of meaning); 06-004 and 13-xxx
//     (a title and alternative texts that actually describe); 10-001
//     (Unicode mapping: fpdf's UTF-8 fonts have a ToUnicode CMap);
//     31-xxx (fonts embedded: UTF-8 TrueType fonts only, never the core
//     fonts); real text rather than images of text; word spaces drawn at
//     line ends, or text extraction joins the last and first words.
//   - 28-xxx (annotations): links and other annotations are not tagged; tag
//     refuses to claim PDF/UA (PDFUA true) for a file whose pages carry
//     /Annots. Marked content inside Form XObjects (fpdf templates) is not
//     supported either.
//
// Order inside an element: an element may own marks and have kids. The
// kids keep their order and the marks keep theirs; the two sequences are
// merged by the position of their first content (page, then MCID), so the
// renderer must hand out MCIDs in reading order on each page when it mixes
// text and child elements in one element. Kids without any content stay
// right after their preceding sibling.

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// defaultProducer is written when fpdf's Info dictionary names no producer.
const defaultProducer = "fpdf, pdfcpu"

// Limits that keep a broken tree from making tag allocate without bound.
const (
	maxMCID          = 1 << 20 // per page
	maxTreeDepth     = 256
	parentTreeLeaves = 64  // pages per leaf of the parent tree
	objectStreamSize = 200 // objects per object stream
)

var pdfcpuConfigOnce sync.Once

// pdfcpuConfig returns a configuration for reading and writing with pdfcpu
// that never touches the user's configuration directory. pdfcpu's core
// packages are used rather than its api package: that one pulls in a
// dependency whose start-up costs more than rendering a short report.
func pdfcpuConfig() *model.Configuration {
	pdfcpuConfigOnce.Do(func() { model.ConfigPath = "disable" }) // what api.DisableConfigDir does
	conf := model.NewDefaultConfiguration()
	conf.WriteObjectStream = false // tag packs its objects itself
	return conf
}

// standardRoles are the standard structure types of ISO 32000-1 14.8.4.
var standardRoles = map[string]bool{
	"Document": true, "Part": true, "Art": true, "Sect": true, "Div": true,
	"BlockQuote": true, "Caption": true, "TOC": true, "TOCI": true, "Index": true,
	"NonStruct": true, "Private": true,
	"H": true, "H1": true, "H2": true, "H3": true, "H4": true, "H5": true, "H6": true,
	"P": true, "L": true, "LI": true, "Lbl": true, "LBody": true,
	"Table": true, "TR": true, "TH": true, "TD": true, "THead": true, "TBody": true, "TFoot": true,
	"Span": true, "Quote": true, "Note": true, "Reference": true, "BibEntry": true,
	"Code": true, "Link": true, "Annot": true,
	"Ruby": true, "RB": true, "RT": true, "RP": true, "Warichu": true, "WT": true, "WP": true,
	"Figure": true, "Formula": true, "Form": true,
}

// allowedKids restricts the children of table and list elements
// (ISO 32000-1 14.8.4.3.3 and 14.8.4.3.4; Matterhorn 09-004, 09-005).
var allowedKids = map[string]map[string]bool{
	"Table": {"Caption": true, "THead": true, "TBody": true, "TFoot": true, "TR": true},
	"THead": {"TR": true},
	"TBody": {"TR": true},
	"TFoot": {"TR": true},
	"TR":    {"TH": true, "TD": true},
	"L":     {"Caption": true, "LI": true},
	"LI":    {"Lbl": true, "LBody": true},
}

// requiredParent restricts where table and list elements may appear.
var requiredParent = map[string]map[string]bool{
	"THead": {"Table": true},
	"TBody": {"Table": true},
	"TFoot": {"Table": true},
	"TR":    {"Table": true, "THead": true, "TBody": true, "TFoot": true},
	"TH":    {"TR": true},
	"TD":    {"TR": true},
	"LI":    {"L": true},
	"LBody": {"LI": true},
}

// tag adds the logical structure to a PDF that fpdf wrote with marked
// content, by appending an incremental update, so the original bytes stay
// as they are and the output is reproducible.
//
// root is the Document element; info fills the catalog, the Info
// dictionary and the XMP metadata (Title and Language are required,
// Created may be empty). tag refuses, with an error that names the page,
// MCID or element, a tree that does not match the page content or breaks
// the rules listed at the top of this file; it never returns a PDF that is
// only partly tagged. It is safe for concurrent use.
func tag(pdf []byte, root *structNode, info tagInfo) ([]byte, error) {
	if root == nil {
		return nil, errors.New("tag: no structure tree")
	}
	if strings.TrimSpace(info.Title) == "" {
		return nil, errors.New("tag: the document has no title")
	}
	if !validLanguage(info.Language) {
		return nil, fmt.Errorf("tag: invalid document language %q", info.Language)
	}
	created, err := parseCreated(info.Created)
	if err != nil {
		return nil, err
	}

	// %PDF-1.3 → %PDF-1.7: structure elements, /Tabs, /Metadata and the
	// other entries need 1.7 at most; the header keeps its length, so every
	// offset in the original stays right.
	if len(pdf) < 9 || !bytes.HasPrefix(pdf, []byte("%PDF-1.")) || pdf[7] < '0' || pdf[7] > '9' {
		return nil, errors.New("tag: input is not a PDF 1.x file")
	}
	out := make([]byte, len(pdf), len(pdf)+len(pdf)/4+64<<10)
	copy(out, pdf)
	if out[7] < '7' {
		out[7] = '7'
	}

	ctx, err := pdfcpu.Read(bytes.NewReader(out), pdfcpuConfig())
	if err != nil {
		return nil, fmt.Errorf("tag: read PDF: %w", err)
	}
	t := &tagger{ctx: ctx, xrt: ctx.XRefTable, info: info, created: created, orig: out}
	if err := t.run(root); err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}

	buf := bytes.NewBuffer(out)
	w := bufio.NewWriter(buf)
	ctx.Write.Writer = w
	if err := pdfcpu.WriteIncrement(ctx); err != nil {
		return nil, fmt.Errorf("tag: write increment: %w", err)
	}
	if err := w.Flush(); err != nil {
		return nil, fmt.Errorf("tag: write increment: %w", err)
	}
	return buf.Bytes(), nil
}

// tagger holds the state of one tag call.
type tagger struct {
	ctx     *model.Context
	xrt     *model.XRefTable
	info    tagInfo
	created time.Time // zero if unknown
	orig    []byte    // the input, with its new header

	pages    []types.IndirectRef // page n is pages[n-1]
	pageDict []types.Dict

	// owners[p][mcid] is the object number of the element that owns MCID
	// mcid on page p+1, 0 if none.
	owners [][]int

	nextNr   int          // next free object number
	newObjs  []int        // object numbers of new objects, ascending
	modified map[int]bool // existing objects changed by the update
	visited  map[*structNode]bool
	heading  int // level of the last numbered heading, 0 before the first
}

func (t *tagger) run(root *structNode) error {
	if t.ctx.Encrypt != nil {
		return errors.New("encrypted PDFs are not supported")
	}
	if t.xrt.Root == nil || t.xrt.Size == nil {
		return errors.New("PDF has no catalog")
	}
	catalog, err := t.xrt.Catalog()
	if err != nil {
		return fmt.Errorf("catalog: %w", err)
	}
	if _, ok := catalog.Find("StructTreeRoot"); ok {
		return errors.New("PDF already has a structure tree")
	}
	if err := t.collectPages(catalog); err != nil {
		return err
	}
	if t.info.PDFUA {
		for i, d := range t.pageDict {
			if a, ok := d.Find("Annots"); ok && a != nil {
				return fmt.Errorf("page %d has annotations, which tag cannot tag: cannot claim PDF/UA", i+1)
			}
		}
	}

	t.modified = map[int]bool{}
	t.visited = map[*structNode]bool{}
	t.owners = make([][]int, len(t.pages))
	t.nextNr = *t.xrt.Size

	// Object numbers are handed out in a fixed order: the tree root, the
	// elements in document order, the parent tree, the metadata stream.
	rootNr := t.alloc()
	docRef, _, err := t.element(root, rootNr, "", 0)
	if err != nil {
		return err
	}
	if verifyContent {
		if err := t.checkContent(); err != nil {
			return err
		}
	}
	parentTree, err := t.parentTree()
	if err != nil {
		return err
	}
	t.set(rootNr, types.Dict{
		"Type":              types.Name("StructTreeRoot"),
		"K":                 docRef,
		"ParentTree":        parentTree,
		"ParentTreeNextKey": types.Integer(len(t.pages)),
	})

	for i, d := range t.pageDict {
		d["StructParents"] = types.Integer(i)
		d["Tabs"] = types.Name("S")
		t.modified[t.pages[i].ObjectNumber.Value()] = true
	}
	if err := t.tagSubsetFonts(); err != nil {
		return err
	}

	producer, keywords := t.updateInfo()
	metaNr := t.alloc()
	xmp := xmpPacket(t.info, t.created, producer, keywords)
	t.set(metaNr, types.StreamDict{
		Dict: types.Dict{
			"Type":    types.Name("Metadata"),
			"Subtype": types.Name("XML"),
			"Length":  types.Integer(len(xmp)),
		},
		Content:      xmp,
		Raw:          xmp,
		StreamLength: int64Ptr(int64(len(xmp))),
	})

	catalog["StructTreeRoot"] = *types.NewIndirectRef(rootNr, 0)
	catalog["MarkInfo"] = types.Dict{"Marked": types.Boolean(true)}
	catalog["Lang"] = pdfText(t.info.Language)
	catalog["Metadata"] = *types.NewIndirectRef(metaNr, 0)
	if err := t.displayDocTitle(catalog); err != nil {
		return err
	}
	t.modified[t.xrt.Root.ObjectNumber.Value()] = true

	// A file identifier derived from the original bytes: reproducible, and
	// the same for the same document.
	if t.xrt.ID == nil {
		sum := md5.Sum(t.orig)
		id := types.HexLiteral(hex.EncodeToString(sum[:]))
		t.xrt.ID = types.Array{id, id}
	}

	objNrs, err := t.pack()
	if err != nil {
		return err
	}
	*t.xrt.Size = t.nextNr
	t.ctx.WriteXRefStream = true // compressed objects need a cross-reference stream
	t.ctx.WriteObjectStream = false
	w := t.ctx.Write
	w.Increment = true
	w.Offset = t.ctx.Read.FileSize
	w.ObjNrs = objNrs // set directly: IncrementWithObjNr is linear per call
	return nil
}

// tagSubsetFonts gives each embedded font the six-letter tag that marks a
// subset ("ABCDEF+LiberationSans", ISO 32000-1 9.6.4): fpdf embeds only the
// glyphs a document uses but names the font as if it were whole. The tag
// comes from the font's name, so every build writes the same.
func (t *tagger) tagSubsetFonts() error {
	done := map[int]bool{}
	rename := func(o types.Object, key, name string) (types.Dict, error) {
		ref, ok := o.(types.IndirectRef)
		if !ok {
			return nil, nil
		}
		d, err := t.xrt.DereferenceDict(ref)
		if err != nil || d == nil {
			return nil, err
		}
		d[key] = types.Name(name)
		t.modified[ref.ObjectNumber.Value()] = true
		return d, nil
	}
	for _, page := range t.pageDict {
		res, err := t.xrt.DereferenceDict(page["Resources"])
		if err != nil || res == nil {
			return err
		}
		fonts, err := t.xrt.DereferenceDict(res["Font"])
		if err != nil || fonts == nil {
			return err
		}
		for _, key := range slices.Sorted(maps.Keys(fonts)) {
			ref, ok := fonts[key].(types.IndirectRef)
			if !ok || done[ref.ObjectNumber.Value()] {
				continue
			}
			done[ref.ObjectNumber.Value()] = true
			font, err := t.xrt.DereferenceDict(ref)
			if err != nil {
				return err
			}
			base := font.NameEntry("BaseFont")
			if st := font.NameEntry("Subtype"); st == nil || *st != "Type0" || base == nil || strings.Contains(*base, "+") {
				continue
			}
			psName := *base
			if n, ok := t.info.FontNames[psName]; ok {
				psName = n
			}
			sum := sha1.Sum([]byte(psName))
			var prefix [6]byte
			for i := range prefix {
				prefix[i] = 'A' + sum[i]%26
			}
			name := string(prefix[:]) + "+" + psName
			if _, err := rename(ref, "BaseFont", name); err != nil {
				return err
			}
			for _, d := range font.ArrayEntry("DescendantFonts") {
				cid, err := rename(d, "BaseFont", name)
				if err != nil || cid == nil {
					return err
				}
				if _, err := rename(cid["FontDescriptor"], "FontName", name); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// pack puts the update's dictionaries and arrays into compressed object
// streams (ISO 32000-1 7.5.7): written one by one, a structure element
// costs about 100 bytes and a 450-page report would grow tenfold. It
// returns the objects pdfcpu must write itself, ascending: the object
// streams and what cannot go into one (streams, generation ≠ 0).
func (t *tagger) pack() ([]int, error) {
	all := make([]int, 0, len(t.modified)+len(t.newObjs))
	for nr := range t.modified {
		all = append(all, nr)
	}
	all = append(all, t.newObjs...)
	slices.Sort(all)

	var direct, packed []int
	for _, nr := range all {
		e := t.xrt.Table[nr]
		switch e.Object.(type) {
		case types.Dict, types.Array:
			if e.Generation != nil && *e.Generation == 0 {
				packed = append(packed, nr)
				continue
			}
		}
		direct = append(direct, nr)
	}

	var prolog, body []byte
	var zbuf bytes.Buffer
	zw := zlib.NewWriter(&zbuf)
	for start := 0; start < len(packed); start += objectStreamSize {
		chunk := packed[start:min(start+objectStreamSize, len(packed))]
		osNr := t.alloc()
		prolog, body = prolog[:0], body[:0]
		for i, nr := range chunk {
			e := t.xrt.Table[nr]
			if i > 0 {
				prolog = append(prolog, ' ')
			}
			prolog = strconv.AppendInt(prolog, int64(nr), 10)
			prolog = append(prolog, ' ')
			prolog = strconv.AppendInt(prolog, int64(len(body)), 10)
			body = appendPDF(body, e.Object)
			body = append(body, '\n')

			idx := i
			e.Compressed = true
			e.ObjectStream = &osNr
			e.ObjectStreamInd = &idx
			t.ctx.Write.Table[nr] = 0 // listed in the xref stream as compressed
		}
		prolog = append(prolog, '\n')
		zbuf.Reset()
		zw.Reset(&zbuf)
		_, _ = zw.Write(prolog)
		_, _ = zw.Write(body)
		if err := zw.Close(); err != nil {
			return nil, fmt.Errorf("object stream: %w", err)
		}
		raw := slices.Clone(zbuf.Bytes())
		t.set(osNr, types.StreamDict{
			Dict: types.Dict{
				"Type":   types.Name("ObjStm"),
				"N":      types.Integer(len(chunk)),
				"First":  types.Integer(len(prolog)),
				"Filter": types.Name("FlateDecode"),
				"Length": types.Integer(len(raw)),
			},
			Raw:          raw,
			StreamLength: int64Ptr(int64(len(raw))),
		})
		direct = append(direct, osNr)
	}
	slices.Sort(direct)
	return direct, nil
}

func int64Ptr(i int64) *int64 { return &i }

// appendPDF appends the PDF syntax of o to b. It does what o.PDFString()
// does, without fmt, for the objects tag writes by the ten thousand.
func appendPDF(b []byte, o types.Object) []byte {
	switch o := o.(type) {
	case nil:
		return append(b, "null"...)
	case types.Integer:
		return strconv.AppendInt(b, int64(o), 10)
	case types.IndirectRef:
		b = strconv.AppendInt(b, int64(o.ObjectNumber), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(o.GenerationNumber), 10)
		return append(b, " R"...)
	case types.Array:
		b = append(b, '[')
		for i, v := range o {
			if i > 0 {
				b = append(b, ' ')
			}
			b = appendPDF(b, v)
		}
		return append(b, ']')
	case types.Dict:
		keys := make([]string, 0, len(o))
		for k := range o {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		b = append(b, "<<"...)
		for i, k := range keys {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, '/')
			b = append(b, types.EncodeName(k)...)
			b = append(b, ' ')
			b = appendPDF(b, o[k])
		}
		return append(b, ">>"...)
	}
	return append(b, o.PDFString()...)
}

func (t *tagger) alloc() int {
	nr := t.nextNr
	t.nextNr++
	t.newObjs = append(t.newObjs, nr)
	return nr
}

func (t *tagger) set(nr int, o types.Object) {
	t.xrt.Table[nr] = model.NewXRefTableEntryGen0(o)
}

// collectPages walks the page tree once (PageDict(n) walks it from the root
// on every call, which is quadratic for fpdf's flat page tree).
func (t *tagger) collectPages(catalog types.Dict) error {
	ref := catalog.IndirectRefEntry("Pages")
	if ref == nil {
		return errors.New("catalog has no page tree")
	}
	seen := map[int]bool{}
	var walk func(ref types.IndirectRef, depth int) error
	walk = func(ref types.IndirectRef, depth int) error {
		nr := ref.ObjectNumber.Value()
		if seen[nr] || depth > 64 {
			return errors.New("page tree has a cycle")
		}
		seen[nr] = true
		d, err := t.xrt.DereferenceDict(ref)
		if err != nil || d == nil {
			return fmt.Errorf("page tree node %d: %v", nr, err)
		}
		if typ := d.Type(); typ != nil && *typ == "Page" {
			t.pages = append(t.pages, ref)
			t.pageDict = append(t.pageDict, d)
			return nil
		}
		kids := d.ArrayEntry("Kids")
		for _, k := range kids {
			kr, ok := k.(types.IndirectRef)
			if !ok {
				return fmt.Errorf("page tree node %d: kid is not a reference", nr)
			}
			if err := walk(kr, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(*ref, 0); err != nil {
		return err
	}
	if len(t.pages) == 0 {
		return errors.New("PDF has no pages")
	}
	return nil
}

// element writes the structure element for n and its descendants as new
// objects. It returns a reference to the element and the position of its
// first content ((page<<32)|MCID, -1 if it has none).
func (t *tagger) element(n *structNode, parentNr int, parentRole string, depth int) (types.IndirectRef, int64, error) {
	if n == nil {
		return types.IndirectRef{}, 0, fmt.Errorf("nil element inside %s", parentRole)
	}
	if t.visited[n] {
		return types.IndirectRef{}, 0, fmt.Errorf("element %s appears twice in the tree", n.Role)
	}
	t.visited[n] = true
	if depth > maxTreeDepth {
		return types.IndirectRef{}, 0, errors.New("structure tree is too deep")
	}
	if err := checkRole(n, parentRole); err != nil {
		return types.IndirectRef{}, 0, err
	}
	if lvl := headingLevel(n.Role); lvl > 0 {
		if lvl > t.heading+1 {
			if t.heading == 0 {
				return types.IndirectRef{}, 0, fmt.Errorf("the first heading is %s, not H1", n.Role)
			}
			return types.IndirectRef{}, 0, fmt.Errorf("heading levels skip from H%d to %s", t.heading, n.Role)
		}
		t.heading = lvl
	}

	nr := t.alloc()
	self := *types.NewIndirectRef(nr, 0)

	// Marks: owner bookkeeping and the page the element is on.
	pg := 0
	for _, m := range n.Marks {
		if m.Page < 1 || m.Page > len(t.pages) {
			return self, 0, fmt.Errorf("%s: mark on page %d, the PDF has %d pages", n.Role, m.Page, len(t.pages))
		}
		if m.MCID < 0 || m.MCID >= maxMCID {
			return self, 0, fmt.Errorf("%s: MCID %d on page %d out of range", n.Role, m.MCID, m.Page)
		}
		o := t.owners[m.Page-1]
		if m.MCID >= len(o) {
			o = slices.Grow(o, m.MCID+1-len(o))[:m.MCID+1]
			t.owners[m.Page-1] = o
		}
		if o[m.MCID] != 0 {
			return self, 0, fmt.Errorf("%s: page %d MCID %d is owned by two elements", n.Role, m.Page, m.MCID)
		}
		o[m.MCID] = nr
		if pg == 0 {
			pg = m.Page
		}
	}

	kidRefs := make([]types.IndirectRef, len(n.Kids))
	kidPos := make([]int64, len(n.Kids))
	for i, k := range n.Kids {
		ref, pos, err := t.element(k, nr, n.Role, depth+1)
		if err != nil {
			return self, 0, err
		}
		kidRefs[i], kidPos[i] = ref, pos
	}

	// Merge marks and kids, each in its own order, by first content.
	k := make(types.Array, 0, len(n.Marks)+len(n.Kids))
	first := int64(-1)
	mi, ki := 0, 0
	for mi < len(n.Marks) || ki < len(n.Kids) {
		takeKid := ki < len(n.Kids) &&
			(mi == len(n.Marks) || kidPos[ki] < 0 || kidPos[ki] < markPos(n.Marks[mi]))
		if takeKid {
			k = append(k, kidRefs[ki])
			if first < 0 {
				first = kidPos[ki]
			}
			ki++
			continue
		}
		m := n.Marks[mi]
		if m.Page == pg {
			k = append(k, types.Integer(m.MCID))
		} else {
			k = append(k, types.Dict{
				"Type": types.Name("MCR"),
				"Pg":   t.pages[m.Page-1],
				"MCID": types.Integer(m.MCID),
			})
		}
		if first < 0 {
			first = markPos(m)
		}
		mi++
	}

	d := types.Dict{
		"Type": types.Name("StructElem"),
		"S":    types.Name(n.Role),
		"P":    *types.NewIndirectRef(parentNr, 0),
	}
	if len(k) > 0 {
		d["K"] = k
	}
	if pg > 0 {
		d["Pg"] = t.pages[pg-1]
	}
	if n.Alt != "" {
		d["Alt"] = pdfText(n.Alt)
	}
	if n.Role == "TH" {
		scope := n.Scope
		if scope == "" {
			scope = "Column"
		}
		d["A"] = types.Dict{"O": types.Name("Table"), "Scope": types.Name(scope)}
	}
	t.set(nr, d)
	return self, first, nil
}

func markPos(m mark) int64 { return int64(m.Page)<<32 | int64(m.MCID) }

func checkRole(n *structNode, parentRole string) error {
	if !standardRoles[n.Role] {
		return fmt.Errorf("%q is not a standard structure type", n.Role)
	}
	if parentRole != "" {
		if allowed, ok := allowedKids[parentRole]; ok && !allowed[n.Role] {
			return fmt.Errorf("%s inside %s", n.Role, parentRole)
		}
	}
	if parents, ok := requiredParent[n.Role]; ok && !parents[parentRole] {
		if parentRole == "" {
			return fmt.Errorf("%s at the top of the tree", n.Role)
		}
		return fmt.Errorf("%s inside %s", n.Role, parentRole)
	}
	if n.Role == "Figure" && strings.TrimSpace(n.Alt) == "" {
		return errors.New("a Figure without alternative text")
	}
	switch n.Scope {
	case "", "Column", "Row", "Both":
	default:
		return fmt.Errorf("%s: invalid scope %q", n.Role, n.Scope)
	}
	if n.Scope != "" && n.Role != "TH" {
		return fmt.Errorf("%s: scope on an element that is not TH", n.Role)
	}
	return nil
}

// headingLevel returns 1…6 for H1…H6, 0 otherwise.
func headingLevel(role string) int {
	if len(role) == 2 && role[0] == 'H' && role[1] >= '1' && role[1] <= '6' {
		return int(role[1] - '0')
	}
	return 0
}

// parentTree writes the number tree that maps each page's StructParents
// key to the array, indexed by MCID, of the elements owning the MCIDs
// (null for an MCID that is not used). Every page has an entry, so every
// /StructParents key resolves, even on a page with only artifacts. More
// than parentTreeLeaves pages get a two-level tree with /Limits.
func (t *tagger) parentTree() (types.IndirectRef, error) {
	rootNr := t.alloc()
	var nums types.Array
	var keys []int
	emptyNr := 0 // one empty array shared by the pages without tagged content
	for p, o := range t.owners {
		if len(o) == 0 {
			if emptyNr == 0 {
				emptyNr = t.alloc()
				t.set(emptyNr, types.Array{})
			}
			nums = append(nums, types.Integer(p), *types.NewIndirectRef(emptyNr, 0))
			keys = append(keys, p)
			continue
		}
		a := make(types.Array, len(o))
		for mcid, nr := range o {
			if nr != 0 {
				a[mcid] = *types.NewIndirectRef(nr, 0)
			}
		}
		arrNr := t.alloc()
		t.set(arrNr, a)
		nums = append(nums, types.Integer(p), *types.NewIndirectRef(arrNr, 0))
		keys = append(keys, p)
	}
	if len(keys) <= parentTreeLeaves {
		t.set(rootNr, types.Dict{"Nums": nums})
		return *types.NewIndirectRef(rootNr, 0), nil
	}
	var kids types.Array
	for i := 0; i < len(keys); i += parentTreeLeaves {
		j := min(i+parentTreeLeaves, len(keys))
		leafNr := t.alloc()
		t.set(leafNr, types.Dict{
			"Limits": types.Array{types.Integer(keys[i]), types.Integer(keys[j-1])},
			"Nums":   nums[2*i : 2*j],
		})
		kids = append(kids, *types.NewIndirectRef(leafNr, 0))
	}
	t.set(rootNr, types.Dict{"Kids": kids})
	return *types.NewIndirectRef(rootNr, 0), nil
}

// verifyContent makes tag read every page's content back and check it
// against the tree (checkContent). The tests turn it on for every document
// they render; a build leaves it off, as it decodes every page again and
// costs a fifth of the time of a long report.
var verifyContent = false

// checkContent compares the MCIDs drawn in each page's content with the
// marks of the tree: each drawn MCID must be owned by an element, each mark
// must have been drawn, and no MCID may be drawn twice on a page. It also
// checks the marked content itself (see scanContent).
func (t *tagger) checkContent() error {
	var drawn []bool
	for p, d := range t.pageDict {
		content, err := t.pageContent(d)
		if err != nil {
			return fmt.Errorf("page %d: %w", p+1, err)
		}
		owners := t.owners[p]
		drawn = slices.Grow(drawn[:0], len(owners))[:len(owners)]
		clear(drawn)
		err = scanContent(content, func(mcid int) error {
			if mcid >= len(owners) || owners[mcid] == 0 {
				return fmt.Errorf("MCID %d is drawn but no element owns it", mcid)
			}
			if drawn[mcid] {
				return fmt.Errorf("MCID %d is drawn twice", mcid)
			}
			drawn[mcid] = true
			return nil
		})
		if err != nil {
			return fmt.Errorf("page %d: %w", p+1, err)
		}
		for mcid, nr := range owners {
			if nr != 0 && !drawn[mcid] {
				return fmt.Errorf("page %d: MCID %d has an element but is not drawn", p+1, mcid)
			}
		}
	}
	return nil
}

// pageContent returns the page's decoded content (its streams joined).
func (t *tagger) pageContent(page types.Dict) ([]byte, error) {
	o, err := t.xrt.Dereference(page["Contents"])
	if err != nil {
		return nil, err
	}
	var streams []types.Object
	switch o := o.(type) {
	case nil:
		return nil, nil
	case types.StreamDict:
		streams = []types.Object{o}
	case types.Array:
		streams = o
	default:
		return nil, fmt.Errorf("unexpected /Contents %T", o)
	}
	var all []byte
	for _, s := range streams {
		so, err := t.xrt.Dereference(s)
		if err != nil {
			return nil, err
		}
		sd, ok := so.(types.StreamDict)
		if !ok {
			return nil, fmt.Errorf("content is %T, not a stream", so)
		}
		if err := sd.Decode(); err != nil {
			return nil, fmt.Errorf("decode content: %w", err)
		}
		if len(streams) == 1 {
			return sd.Content, nil
		}
		all = append(append(all, sd.Content...), '\n')
	}
	return all, nil
}

// paintOps are the operators that put marks on the page; each must be
// inside tagged content or an artifact (Matterhorn 01-005).
var paintOps = map[string]bool{
	"Tj": true, "TJ": true, "'": true, `"`: true, // text
	"S": true, "s": true, "f": true, "F": true, "f*": true, // paths
	"B": true, "B*": true, "b": true, "b*": true,
	"Do": true, "sh": true, "BI": true, // XObjects, shadings, inline images
}

// scanContent reads a page's content stream and calls fn for each
// marked-content sequence with an MCID. It also checks the marked content:
// BDC has a tag and properties and BMC a tag, sequences are balanced, no
// tagged content or artifact is nested inside tagged content or an
// artifact, and nothing is painted outside them. Strings, comments and
// inline image data are skipped.
func scanContent(b []byte, fn func(mcid int) error) error {
	const (
		otherMC = iota
		taggedMC
		artifactMC
	)
	var (
		stack     []int // kinds of the open marked-content sequences
		marked    int   // open tagged or artifact sequences
		operands  int   // operands since the last operator
		depth     int   // inside << >> or [ ]
		firstName string
		mcid      = -1
		wantMCID  bool
	)
	isSpace := func(c byte) bool {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0
	}
	isDelim := func(c byte) bool {
		switch c {
		case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
			return true
		}
		return isSpace(c)
	}
	operand := func() {
		if depth == 0 {
			operands++
		}
	}
	operator := func(op string, at int) error {
		if depth != 0 {
			return nil // true, false, null inside a dictionary or array
		}
		defer func() { operands, firstName, mcid, wantMCID = 0, "", -1, false }()
		switch op {
		case "BDC", "BMC":
			want, needs := 1, "a tag"
			if op == "BDC" {
				want, needs = 2, "a tag and properties (use BMC for a bare /Artifact)"
			}
			if operands != want || firstName == "" {
				return fmt.Errorf("%s at offset %d has %d operands, needs %s", op, at, operands, needs)
			}
			kind := otherMC
			switch {
			case firstName == "Artifact":
				kind = artifactMC
			case mcid >= 0:
				kind = taggedMC
			}
			if kind != otherMC && marked > 0 {
				what := "an artifact"
				if kind == taggedMC {
					what = fmt.Sprintf("MCID %d", mcid)
				}
				return fmt.Errorf("%s at offset %d is nested inside other tagged content or an artifact", what, at)
			}
			if kind != otherMC {
				marked++
			}
			stack = append(stack, kind)
			if kind == taggedMC {
				return fn(mcid)
			}
		case "EMC":
			if len(stack) == 0 {
				return fmt.Errorf("EMC at offset %d closes nothing", at)
			}
			if stack[len(stack)-1] != otherMC {
				marked--
			}
			stack = stack[:len(stack)-1]
		default:
			if paintOps[op] && marked == 0 {
				return fmt.Errorf("%s at offset %d paints outside tagged content and artifacts", op, at)
			}
		}
		return nil
	}

	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case isSpace(c):
			i++
			continue // keep wantMCID
		case c == '%':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		case c == '(':
			operand()
			nest := 0
		str:
			for ; i < len(b); i++ {
				switch b[i] {
				case '\\':
					i++
				case '(':
					nest++
				case ')':
					nest--
					if nest == 0 {
						break str
					}
				}
			}
			i++
		case c == '[' || c == '<' && i+1 < len(b) && b[i+1] == '<':
			depth++
			i++
			if c == '<' {
				i++
			}
		case c == ']' || c == '>' && i+1 < len(b) && b[i+1] == '>':
			if depth == 0 {
				return fmt.Errorf("unbalanced %q at offset %d", c, i)
			}
			depth--
			operand()
			i++
			if c == '>' {
				i++
			}
		case c == '<':
			operand()
			j := bytes.IndexByte(b[i:], '>')
			if j < 0 {
				return errors.New("unterminated hex string")
			}
			i += j + 1
		case c == '/':
			j := i + 1
			for j < len(b) && !isDelim(b[j]) {
				j++
			}
			name := string(b[i+1 : j])
			if depth == 0 && operands == 0 {
				firstName = name
			}
			wantMCID = depth == 1 && name == "MCID"
			operand()
			i = j
			continue // keep wantMCID for the next token
		case isDelim(c): // ) > } { on their own
			i++
		default:
			j := i
			for j < len(b) && !isDelim(b[j]) {
				j++
			}
			tok := string(b[i:j])
			isNum := c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
			if wantMCID && !isNum {
				return fmt.Errorf("malformed /MCID %s at offset %d", tok, i)
			}
			switch {
			case isNum:
				if wantMCID {
					n, err := strconv.Atoi(tok)
					if err != nil || n < 0 {
						return fmt.Errorf("malformed /MCID %s at offset %d", tok, i)
					}
					mcid = n
				}
				operand()
			case depth > 0 || tok == "true" || tok == "false" || tok == "null":
				operand()
			default:
				if err := operator(tok, i); err != nil {
					return err
				}
				if tok == "ID" { // inline image data runs to whitespace EI whitespace
					k := j + 1
					for {
						e := bytes.Index(b[min(k, len(b)):], []byte("EI"))
						if e < 0 {
							return errors.New("inline image without EI")
						}
						k += e
						if isSpace(b[k-1]) && (k+2 == len(b) || isSpace(b[k+2])) {
							break
						}
						k += 2
					}
					j = k + 2
				}
			}
			i = j
		}
		wantMCID = false
	}
	if len(stack) > 0 {
		return fmt.Errorf("%d marked-content sequences are not closed (missing EMC)", len(stack))
	}
	return nil
}

// displayDocTitle sets /DisplayDocTitle true in the viewer preferences,
// keeping any other preference fpdf wrote.
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

// updateInfo rewrites the document information dictionary from info, so it
// says what the XMP metadata says (fpdf writes dates without a time zone).
// It returns the producer and keywords, which tagInfo does not carry.
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

// parseCreated parses tagInfo.Created: RFC 3339 or a date; "" is allowed
// and means no dates are written.
func parseCreated(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("tag: creation date %q is not ISO 8601 (2006-01-02T15:04:05Z)", s)
}

// validLanguage accepts BCP 47 shaped tags such as sv-SE or se.
func validLanguage(s string) bool {
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

// xmpPacket returns the XMP metadata: Dublin Core title, language, author
// and description, the dates, the tools, and the PDF/UA identification when
// claimed. Dates are in UTC, as in the Info dictionary.
func xmpPacket(info tagInfo, created time.Time, producer, keywords string) []byte {
	var b bytes.Buffer
	esc := func(s string) string {
		var e bytes.Buffer
		_ = xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	lang := esc(info.Language)
	alt := func(name, value string) {
		if value == "" {
			return
		}
		v := esc(value)
		fmt.Fprintf(&b, "   <%s>\n    <rdf:Alt>\n", name)
		fmt.Fprintf(&b, "     <rdf:li xml:lang=\"x-default\">%s</rdf:li>\n", v)
		fmt.Fprintf(&b, "     <rdf:li xml:lang=\"%s\">%s</rdf:li>\n", lang, v)
		fmt.Fprintf(&b, "    </rdf:Alt>\n   </%s>\n", name)
	}
	simple := func(name, value string) {
		if value != "" {
			fmt.Fprintf(&b, "   <%s>%s</%s>\n", name, esc(value), name)
		}
	}

	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
	b.WriteString(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
	b.WriteString("  <rdf:Description rdf:about=\"\"\n")
	b.WriteString("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
	b.WriteString("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
	b.WriteString("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
	if info.PDFUA {
		b.WriteString("\n    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
	}
	b.WriteString(">\n")
	b.WriteString("   <dc:format>application/pdf</dc:format>\n")
	alt("dc:title", info.Title)
	fmt.Fprintf(&b, "   <dc:language>\n    <rdf:Bag>\n     <rdf:li>%s</rdf:li>\n    </rdf:Bag>\n   </dc:language>\n", lang)
	if info.Author != "" {
		fmt.Fprintf(&b, "   <dc:creator>\n    <rdf:Seq>\n     <rdf:li>%s</rdf:li>\n    </rdf:Seq>\n   </dc:creator>\n", esc(info.Author))
	}
	alt("dc:description", info.Subject)
	if !created.IsZero() {
		date := created.Format(time.RFC3339)
		simple("xmp:CreateDate", date)
		simple("xmp:ModifyDate", date)
		simple("xmp:MetadataDate", date)
	}
	simple("xmp:CreatorTool", info.Creator)
	simple("pdf:Producer", producer)
	simple("pdf:Keywords", keywords)
	if info.PDFUA {
		b.WriteString("   <pdfuaid:part>1</pdfuaid:part>\n")
	}
	b.WriteString("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n")
	b.WriteString("<?xpacket end=\"w\"?>")
	return b.Bytes()
}
