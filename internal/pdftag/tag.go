package pdftag

import (
	"bufio"
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Node is an element of the PDF's logical structure. A renderer builds the
// tree while it draws: each piece of page content it draws inside a tagged
// element is wrapped in marked content (/Role <</MCID n>> BDC … EMC) and
// recorded as a Mark of the element that owns it.
type Node struct {
	Role string // standard structure type: Document, H1, H2, P, L, LI, Lbl, LBody, Table, Caption, THead, TBody, TR, TH, TD, Figure, Sect, Div
	Alt  string // text alternative, for Figure
	// ActualText replaces the element's content for a reader, for a sign
	// that stands for words (a dash meaning "no information").
	ActualText string
	Scope      string // "Column" or "Row", for TH
	Kids       []*Node
	Marks      []Mark // marked content owned directly by this element, in reading order
	// Annots are the annotations the element owns: a Link's clickable
	// areas, a line each.
	Annots []Annot
}

// Mark is one marked-content sequence on a page.
type Mark struct {
	Page int // from 1
	MCID int // unique within its page, from 0
}

// Info is what the catalog and the XMP metadata say about the document.
type Info struct {
	Title    string // shown by viewers instead of the file name; required
	Language string // "sv-SE"; required
	Author   string
	Subject  string
	Created  time.Time // the zero time writes no dates
	Creator  string
	// Settled is the day the document was settled, written into the Info
	// dictionary under DateName and into XMP as dc:date; the zero time
	// writes neither.
	Settled  time.Time
	DateName string
	PDFUA    bool // claim PDF/UA-1 in XMP (pdfuaid:part 1)
	// FontNames maps the names the PDF gives embedded fonts to the fonts'
	// PostScript names, which readers show.
	FontNames map[string]string
}

// Config says how Tag works. The zero value is what a build uses.
type Config struct {
	// VerifyContent makes Tag read every page's content back and check it
	// against the tree: each drawn MCID must be owned by an element, each
	// mark must have been drawn, and the marked content must be well formed
	// (see check.go). Tests turn it on for every document they make; a
	// build leaves it off, as it decodes every page again and costs a fifth
	// of the time of a long report.
	VerifyContent bool
}

// Limits that keep a broken tree from making Tag allocate without bound.
const (
	maxMCID          = 1 << 20 // per page
	maxTreeDepth     = 256
	parentTreeLeaves = 64  // pages per leaf of the parent tree
	objectStreamSize = 200 // objects per object stream
)

// defaultProducer is written when the Info dictionary names no producer.
const defaultProducer = "fpdf, pdfcpu"

var pdfcpuConfigOnce sync.Once

// pdfcpuConfig returns a configuration for reading and writing with pdfcpu
// that never touches the user's configuration directory. pdfcpu's core
// packages are used rather than its api package: that one pulls in a
// dependency whose start-up costs more than rendering a short report.
func pdfcpuConfig() *model.Configuration {
	pdfcpuConfigOnce.Do(func() { model.ConfigPath = "disable" }) // what api.DisableConfigDir does
	conf := model.NewDefaultConfiguration()
	conf.WriteObjectStream = false // Tag packs its objects itself
	return conf
}

// Tag adds the logical structure to a PDF whose content is wrapped in
// marked content, by appending an incremental update, so the original bytes
// stay as they are and the output is reproducible.
//
// root is the Document element; info fills the catalog, the Info
// dictionary and the XMP metadata. Tag refuses, with an error that names
// the page, MCID or element, a tree that does not match the page content or
// breaks the rules listed in the package's documentation; it never returns
// a PDF that is only partly tagged. It is safe for concurrent use.
func (c Config) Tag(pdf []byte, root *Node, info Info) ([]byte, error) {
	if root == nil {
		return nil, errors.New("tag: no structure tree")
	}
	if strings.TrimSpace(info.Title) == "" {
		return nil, errors.New("tag: the document has no title")
	}
	if !ValidLanguage(info.Language) {
		return nil, fmt.Errorf("tag: invalid document language %q", info.Language)
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
	t := &tagger{conf: c, ctx: ctx, xrt: ctx.XRefTable, info: info, orig: out}
	if !info.Created.IsZero() {
		t.created = info.Created.UTC()
	}
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

// tagger holds the state of one Tag call.
type tagger struct {
	conf    Config
	ctx     *model.Context
	xrt     *model.XRefTable
	info    Info
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
	visited  map[*Node]bool
	heading  int // level of the last numbered heading, 0 before the first

	// annots are the annotations owned by elements, in the order of their
	// /StructParent keys, which follow the pages'; annotOwner[i] is the
	// object number of the element that owns annots[i].
	annots     []annotRef
	annotOwner []int
}

func (t *tagger) run(root *Node) error {
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

	t.modified = map[int]bool{}
	t.visited = map[*Node]bool{}
	t.owners = make([][]int, len(t.pages))
	t.nextNr = *t.xrt.Size

	// Object numbers are handed out in a fixed order: the tree root, the
	// elements in document order, the parent tree, the metadata stream.
	rootNr := t.alloc()
	docRef, _, err := t.element(root, rootNr, "", 0)
	if err != nil {
		return err
	}
	if err := t.checkAnnotations(); err != nil {
		return err
	}
	if t.conf.VerifyContent {
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
		"ParentTreeNextKey": types.Integer(len(t.pages) + len(t.annots)),
	})

	for i, d := range t.pageDict {
		d["StructParents"] = types.Integer(i)
		d["Tabs"] = types.Name("S")
		t.modified[t.pages[i].ObjectNumber.Value()] = true
	}
	if err := t.tagSubsetFonts(); err != nil {
		return err
	}
	if err := t.fixOutline(catalog); err != nil {
		return fmt.Errorf("outline: %w", err)
	}
	catalog["StructTreeRoot"] = *types.NewIndirectRef(rootNr, 0)
	if err := t.metadata(catalog); err != nil {
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
		for _, k := range d.ArrayEntry("Kids") {
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
