package pdftag

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/go-pdf/fpdf"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"uppfoljning/internal/report/reporttest"
)

// testConfig checks every page's content against the tree, as the
// renderer's tests do.
var testConfig = Config{VerifyContent: true}

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	reporttest.Golden(t, filepath.Join("testdata", name), []byte(got))
}

var testInfo = Info{
	Title:    "Uppföljning av medborgarlöften Sävsjö kommun, tertial 3 2020",
	Language: "sv-SE",
	Author:   "Sävsjö kommun och Polisen",
	Subject:  "Uppföljning av medborgarlöften (T3 2020)",
	Created:  time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC),
	Creator:  "uppfoljning",
	PDFUA:    true,
}

// testDoc draws with fpdf the way the renderer does: tagged content in
// marked content with per-page MCIDs, furniture in /Artifact.
type testDoc struct {
	f    *fpdf.Fpdf
	next map[int]int // next MCID per page
}

func newTestDoc(t testing.TB, info Info) *testDoc {
	t.Helper()
	f := fpdf.New("P", "mm", "A4", "")
	f.AddUTF8FontFromBytes("Liberation", "", liberationsansregular.TTF)
	if err := f.Error(); err != nil {
		t.Fatal(err)
	}
	f.SetFont("Liberation", "", 11)
	f.SetCatalogSort(true)
	date := time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)
	f.SetCreationDate(date)
	f.SetModificationDate(date)
	f.SetTitle(info.Title, true)
	f.SetAuthor(info.Author, true)
	f.SetSubject(info.Subject, true)
	f.SetCreator(info.Creator, true)
	f.SetLang(info.Language)
	f.SetAutoPageBreak(false, 0)
	return &testDoc{f: f, next: map[int]int{}}
}

// text draws s at (x, y) as content of n.
func (d *testDoc) text(n *Node, x, y float64, s string) {
	d.tagged(n, func() { d.f.Text(x, y, s) })
}

// tagged wraps what draw draws in marked content owned by n.
func (d *testDoc) tagged(n *Node, draw func()) {
	page := d.f.PageNo()
	id := d.next[page]
	d.next[page]++
	d.f.RawWriteStr(fmt.Sprintf("/%s <</MCID %d>> BDC\n", n.Role, id))
	draw()
	d.f.RawWriteStr("EMC\n")
	n.Marks = append(n.Marks, Mark{Page: page, MCID: id})
}

func (d *testDoc) artifact(draw func()) {
	d.f.RawWriteStr("/Artifact BMC\n")
	draw()
	d.f.RawWriteStr("EMC\n")
}

func (d *testDoc) footer(s string) {
	d.f.RawWriteStr("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n")
	d.f.Text(100, 287, s)
	d.f.RawWriteStr("EMC\n")
}

func (d *testDoc) bytes(t testing.TB) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := d.f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func el(role string, kids ...*Node) *Node {
	return &Node{Role: role, Kids: kids}
}

// sampleDoc is two pages with a heading, a paragraph, a figure, a nested
// list and a table whose last cell continues on page 2 under a repeated
// (artifact) header row.
func sampleDoc(t testing.TB) ([]byte, *Node) {
	t.Helper()
	d := newTestDoc(t, testInfo)
	f := d.f
	doc := el("Document")

	f.AddPage()
	d.footer("Sida 1 av 2")
	d.artifact(func() { f.Line(20, 280, 190, 280) })
	h1 := el("H1")
	d.text(h1, 20, 25, "Uppföljning av medborgarlöften")
	p := el("P")
	d.text(p, 20, 35, "Sävsjö kommun, tertial 3 2020. Samverkan mellan")
	d.text(p, 20, 41, "kommunen och Lokalpolisområde Höglandet.")
	fig := &Node{Role: "Figure", Alt: "Stapeldiagram: fem aktiviteter genomförda, två pågår."}
	d.tagged(fig, func() {
		f.SetFillColor(40, 90, 160)
		f.Rect(20, 48, 30, 20, "F")
		f.Rect(55, 58, 30, 10, "F")
	})
	h2 := el("H2")
	d.text(h2, 20, 80, "Aktiviteter")

	// A list; the second item's body has text and then a nested list.
	list := el("L")
	for i, s := range []string{"Trygghetsvandring i centrum", "Grannsamverkan"} {
		lbl, body := el("Lbl"), el("LBody")
		y := 90 + float64(i)*7
		d.text(lbl, 20, y, fmt.Sprintf("%d.", i+1))
		d.text(body, 27, y, s)
		if i == 1 {
			inner := el("L")
			ilbl, ibody := el("Lbl"), el("LBody")
			d.text(ilbl, 27, y+7, "a)")
			d.text(ibody, 34, y+7, "Nytt område: Vrigstad")
			inner.Kids = []*Node{el("LI", ilbl, ibody)}
			body.Kids = []*Node{inner}
		}
		list.Kids = append(list.Kids, el("LI", lbl, body))
	}

	// A table with a header row and a cell that continues on page 2.
	caption := el("Caption")
	d.text(caption, 20, 120, "Tabell 1. Aktiviteter och status")
	row := func(role string, y float64, cells ...string) (*Node, []*Node) {
		tr := el("TR")
		for i, s := range cells {
			c := el(role)
			if role == "TH" {
				c.Scope = "Column"
			}
			d.artifact(func() { // cell background
				f.SetFillColor(230, 230, 230)
				f.Rect(20+float64(i)*85, y-5, 85, 7, "F")
			})
			d.text(c, 22+float64(i)*85, y, s)
			tr.Kids = append(tr.Kids, c)
		}
		return tr, tr.Kids
	}
	head, _ := row("TH", 130, "Aktivitet", "Status")
	r1, _ := row("TD", 137, "Trygghetsvandring", "Genomförd")
	r2, cells := row("TD", 144, "Grannsamverkan", "Pågår, fortsätter")
	spanning := cells[1] // continues on page 2

	f.AddPage()
	d.artifact(func() {
		f.Text(22, 20, "Aktivitet")
		f.Text(107, 20, "Status")
	})
	d.text(spanning, 107, 27, "på nästa sida.")
	r3, _ := row("TD", 34, "Föräldravandring", "Ej påbörjad")
	table := el("Table", caption, el("THead", head), el("TBody", r1, r2, r3))
	end := el("P")
	d.text(end, 20, 50, "Nästa uppföljning görs efter tertial 1 2021.")
	d.footer("Sida 2 av 2")

	doc.Kids = []*Node{h1, p, fig, h2, list, table, end}
	return d.bytes(t), doc
}

func tagSample(t testing.TB) ([]byte, []byte, *Node) {
	t.Helper()
	in, root := sampleDoc(t)
	out, err := testConfig.Tag(in, root, testInfo)
	if err != nil {
		t.Fatal(err)
	}
	return in, out, root
}

func writeTemp(t *testing.T, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "tagged.pdf")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(reporttest.Tool(t, name), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, stderr.Bytes())
	}
	if s := strings.TrimSpace(stderr.String()); s != "" {
		t.Errorf("%s %s wrote to stderr:\n%s", name, strings.Join(args, " "), s)
	}
	return string(out)
}

func TestTagKeepsOriginalBytes(t *testing.T) {
	in, out, _ := tagSample(t)
	if !bytes.HasPrefix(in, []byte("%PDF-1.3")) {
		t.Fatalf("fpdf header changed: %q", in[:8])
	}
	if !bytes.HasPrefix(out, []byte("%PDF-1.7")) {
		t.Errorf("header %q, want %%PDF-1.7", out[:8])
	}
	if len(out) <= len(in) || !bytes.Equal(out[8:len(in)], in[8:]) {
		t.Error("the original bytes after the header were changed")
	}
	tail := out[len(in):]
	for _, s := range []string{"/Type/XRef", "/Prev ", "/Type/ObjStm", "\nstartxref\n", "%%EOF"} {
		if !bytes.Contains(tail, []byte(s)) {
			t.Errorf("increment has no %q", s)
		}
	}
}

func TestTagReproducible(t *testing.T) {
	in, root := sampleDoc(t)
	a, err := testConfig.Tag(in, root, testInfo)
	if err != nil {
		t.Fatal(err)
	}
	b, err := testConfig.Tag(in, root, testInfo)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two runs on the same input differ")
	}
	in2, root2 := sampleDoc(t) // a fresh fpdf run and tree
	if !bytes.Equal(in, in2) {
		t.Fatal("fpdf output differs between runs")
	}
	prev := runtime.GOMAXPROCS(1)
	c, err := testConfig.Tag(in2, root2, testInfo)
	runtime.GOMAXPROCS(prev)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, c) {
		t.Fatal("output with GOMAXPROCS=1 differs")
	}
	if bytes.Contains(a, []byte(time.Now().Format("20060102"))) {
		t.Error("output contains today's date")
	}
}

func TestTagQpdfCheck(t *testing.T) {
	_, out, _ := tagSample(t)
	s := run(t, "qpdf", "--check", writeTemp(t, out))
	if !strings.Contains(s, "No syntax or stream encoding errors found") {
		t.Errorf("qpdf --check:\n%s", s)
	}
}

func validateStrict(t testing.TB, b []byte) {
	t.Helper()
	conf := pdfcpuConfig()
	conf.ValidationMode = model.ValidationStrict
	if err := api.Validate(bytes.NewReader(b), conf); err != nil {
		t.Fatalf("pdfcpu strict validation: %v", err)
	}
}

func TestTagPdfcpuStrict(t *testing.T) {
	_, out, _ := tagSample(t)
	validateStrict(t, out)
}

func TestTagPdfinfo(t *testing.T) {
	_, out, _ := tagSample(t)
	path := writeTemp(t, out)
	info := run(t, "pdfinfo", path)
	for _, want := range []string{
		"Tagged:          yes",
		"Title:           " + testInfo.Title,
		"Author:          " + testInfo.Author,
		"Subject:         " + testInfo.Subject,
		"Creator:         " + testInfo.Creator,
		"Pages:           2",
		"PDF version:     1.7",
	} {
		if !strings.Contains(info, want+"\n") {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	meta := run(t, "pdfinfo", "-meta", path)
	for _, want := range []string{"<pdfuaid:part>1</pdfuaid:part>", "Sävsjö kommun och Polisen"} {
		if !strings.Contains(meta, want) {
			t.Errorf("pdfinfo -meta lacks %q", want)
		}
	}
}

func TestTagStructText(t *testing.T) {
	_, out, _ := tagSample(t)
	got := run(t, "pdfinfo", "-struct-text", writeTemp(t, out))
	for _, artifact := range []string{"Sida 1", "Sida 2", "av 2"} {
		if strings.Contains(got, artifact) {
			t.Errorf("artifact text %q is in the structure:\n%s", artifact, got)
		}
	}
	// The repeated header row on page 2 is an artifact: the header texts
	// appear once, in the THead.
	for _, s := range []string{"Aktivitet\"", "Status\""} {
		if n := strings.Count(got, s); n != 1 {
			t.Errorf("%s appears %d times, want 1", s, n)
		}
	}
	golden(t, "tag_struct_text.golden", got)
}

// readBack opens the tagged PDF with pdfcpu.
func readBack(t *testing.T, b []byte) *model.Context {
	t.Helper()
	ctx, err := api.ReadContext(bytes.NewReader(b), pdfcpuConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := ctx.EnsurePageCount(); err != nil {
		t.Fatal(err)
	}
	return ctx
}

func deref(t *testing.T, ctx *model.Context, o types.Object) types.Object {
	t.Helper()
	o, err := ctx.Dereference(o)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestTagCatalogAndPages(t *testing.T) {
	_, out, _ := tagSample(t)
	ctx := readBack(t, out)
	cat, err := ctx.Catalog()
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := textEntry(cat, "Lang"); !ok || s != "sv-SE" {
		t.Errorf("Lang = %v", cat["Lang"])
	}
	if mi, _ := deref(t, ctx, cat["MarkInfo"]).(types.Dict); mi == nil || mi.BooleanEntry("Marked") == nil || !*mi.BooleanEntry("Marked") {
		t.Errorf("MarkInfo = %v", cat["MarkInfo"])
	}
	if vp, _ := deref(t, ctx, cat["ViewerPreferences"]).(types.Dict); vp == nil || vp.BooleanEntry("DisplayDocTitle") == nil || !*vp.BooleanEntry("DisplayDocTitle") {
		t.Errorf("ViewerPreferences = %v", cat["ViewerPreferences"])
	}

	sd, ok := deref(t, ctx, cat["Metadata"]).(types.StreamDict)
	if !ok {
		t.Fatalf("Metadata = %v", cat["Metadata"])
	}
	if sd.Type() == nil || *sd.Type() != "Metadata" || sd.Subtype() == nil || *sd.Subtype() != "XML" || sd.FilterPipeline != nil {
		t.Errorf("metadata stream dict %v, want /Type /Metadata /Subtype /XML, no filter", sd.Dict)
	}
	if err := sd.Decode(); err != nil {
		t.Fatal(err)
	}
	var x model.XMPMeta
	if err := xml.Unmarshal(sd.Content, &x); err != nil {
		t.Fatalf("XMP: %v\n%s", err, sd.Content)
	}
	desc := x.RDF.Description
	if got := desc.Title.Alt.Entries; len(got) != 2 || got[0] != testInfo.Title || got[1] != testInfo.Title {
		t.Errorf("dc:title %q", got)
	}
	if got := desc.Author.Seq.Entries; len(got) != 1 || got[0] != testInfo.Author {
		t.Errorf("dc:creator %q", got)
	}
	if desc.Creator != testInfo.Creator || desc.Producer == "" {
		t.Errorf("CreatorTool %q, Producer %q", desc.Creator, desc.Producer)
	}
	wantDate := time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)
	if !time.Time(desc.CreationDate).Equal(wantDate) || !time.Time(desc.ModDate).Equal(wantDate) {
		t.Errorf("XMP dates %v %v", time.Time(desc.CreationDate), time.Time(desc.ModDate))
	}
	for _, s := range []string{
		`<pdfuaid:part>1</pdfuaid:part>`, `xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"`,
		`<rdf:li xml:lang="sv-SE">`, `<dc:language>`, `<xmp:MetadataDate>2020-05-01T00:00:00Z<`,
		`<dc:description>`,
	} {
		if !bytes.Contains(sd.Content, []byte(s)) {
			t.Errorf("XMP lacks %s", s)
		}
	}

	// The Info dictionary says what the XMP says.
	info, err := ctx.DereferenceDict(*ctx.Info)
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{
		"Title": testInfo.Title, "Author": testInfo.Author, "Subject": testInfo.Subject,
		"Creator": testInfo.Creator, "Producer": desc.Producer,
		"CreationDate": "D:20200501000000+00'00'", "ModDate": "D:20200501000000+00'00'",
	} {
		if got, _ := textEntry(info, key); got != want {
			t.Errorf("Info /%s = %q, want %q", key, got, want)
		}
	}

	for i := 1; i <= ctx.PageCount; i++ {
		d, _, _, err := ctx.PageDict(i, false)
		if err != nil {
			t.Fatal(err)
		}
		if sp := d.IntEntry("StructParents"); sp == nil || *sp != i-1 {
			t.Errorf("page %d: StructParents %v", i, d["StructParents"])
		}
		if tabs := d.NameEntry("Tabs"); tabs == nil || *tabs != "S" {
			t.Errorf("page %d: Tabs %v", i, d["Tabs"])
		}
	}
}

// TestTagStructTree walks the written tree and the parent tree and checks
// them against the Node tree.
func TestTagStructTree(t *testing.T) {
	_, out, root := tagSample(t)
	ctx := readBack(t, out)
	cat, _ := ctx.Catalog()
	str, ok := deref(t, ctx, cat["StructTreeRoot"]).(types.Dict)
	if !ok || str.NameEntry("Type") == nil || *str.NameEntry("Type") != "StructTreeRoot" {
		t.Fatalf("StructTreeRoot = %v", cat["StructTreeRoot"])
	}
	if n := str.IntEntry("ParentTreeNextKey"); n == nil || *n != 2 {
		t.Errorf("ParentTreeNextKey = %v", str["ParentTreeNextKey"])
	}
	pages := map[int]int{} // page object number → page number
	for i := 1; i <= ctx.PageCount; i++ {
		_, ref, _, err := ctx.PageDict(i, false)
		if err != nil {
			t.Fatal(err)
		}
		pages[ref.ObjectNumber.Value()] = i
	}

	// owner[(page, mcid)] = element object number, from the struct tree.
	owner := map[Mark]int{}
	var walk func(ref types.IndirectRef, n *Node, parent int)
	walk = func(ref types.IndirectRef, n *Node, parent int) {
		nr := ref.ObjectNumber.Value()
		d, ok := deref(t, ctx, ref).(types.Dict)
		if !ok {
			t.Fatalf("element %d is not a dict", nr)
		}
		if s := d.NameEntry("S"); s == nil || *s != n.Role {
			t.Errorf("element %d: /S %v, want %s", nr, d["S"], n.Role)
		}
		if p := d.IndirectRefEntry("P"); p == nil || p.ObjectNumber.Value() != parent {
			t.Errorf("%s: /P %v, want %d", n.Role, d["P"], parent)
		}
		if n.Role == "Figure" {
			if alt, _ := textEntry(d, "Alt"); alt != n.Alt {
				t.Errorf("Figure /Alt %q, want %q", alt, n.Alt)
			}
		}
		if n.Role == "TH" {
			a, _ := d["A"].(types.Dict)
			if a == nil || a.NameEntry("O") == nil || *a.NameEntry("O") != "Table" ||
				a.NameEntry("Scope") == nil || *a.NameEntry("Scope") != "Column" {
				t.Errorf("TH /A = %v", d["A"])
			}
		}
		pg := 0
		if r := d.IndirectRefEntry("Pg"); r != nil {
			pg = pages[r.ObjectNumber.Value()]
		}
		var kids []*Node
		var marks []Mark
		for _, k := range d.ArrayEntry("K") {
			switch k := k.(type) {
			case types.Integer:
				if pg == 0 {
					t.Errorf("%s: MCID without /Pg", n.Role)
				}
				marks = append(marks, Mark{pg, k.Value()})
			case types.Dict:
				if *k.Type() != "MCR" {
					t.Fatalf("%s: kid %v", n.Role, k)
				}
				p := pages[k.IndirectRefEntry("Pg").ObjectNumber.Value()]
				if p == pg {
					t.Errorf("%s: MCR on the element's own page", n.Role)
				}
				marks = append(marks, Mark{p, *k.IntEntry("MCID")})
			case types.IndirectRef:
				kids = append(kids, nil)
				i := len(kids) - 1
				if i >= len(n.Kids) {
					t.Fatalf("%s: more kids than in the tree", n.Role)
				}
				walk(k, n.Kids[i], nr)
			default:
				t.Fatalf("%s: kid %T", n.Role, k)
			}
		}
		if len(kids) != len(n.Kids) {
			t.Errorf("%s: %d kids, want %d", n.Role, len(kids), len(n.Kids))
		}
		if fmt.Sprint(marks) != fmt.Sprint(n.Marks) {
			t.Errorf("%s: marks %v, want %v", n.Role, marks, n.Marks)
		}
		for _, m := range marks {
			owner[m] = nr
		}
	}
	docRef := str.IndirectRefEntry("K")
	if docRef == nil {
		t.Fatalf("StructTreeRoot /K = %v", str["K"])
	}
	walk(*docRef, root, mustObjNr(t, cat["StructTreeRoot"]))

	// The parent tree: a flat number tree for a small document.
	pt, _ := deref(t, ctx, str["ParentTree"]).(types.Dict)
	nums := pt.ArrayEntry("Nums")
	if len(nums) != 4 {
		t.Fatalf("ParentTree /Nums = %v", nums)
	}
	fromParentTree := map[Mark]int{}
	for i := 0; i < len(nums); i += 2 {
		page := nums[i].(types.Integer).Value() + 1
		arr, ok := deref(t, ctx, nums[i+1]).(types.Array)
		if !ok {
			t.Fatalf("ParentTree value %v", nums[i+1])
		}
		for mcid, o := range arr {
			fromParentTree[Mark{page, mcid}] = o.(types.IndirectRef).ObjectNumber.Value()
		}
	}
	if fmt.Sprint(fromParentTree) != fmt.Sprint(owner) {
		t.Errorf("parent tree %v\nstruct tree %v", fromParentTree, owner)
	}
}

func mustObjNr(t *testing.T, o types.Object) int {
	t.Helper()
	r, ok := o.(types.IndirectRef)
	if !ok {
		t.Fatalf("%v is not a reference", o)
	}
	return r.ObjectNumber.Value()
}

// TestTagMixedOrder checks that an element's own content and its kids are
// merged by position: text, then a nested list, then more text.
func TestTagMixedOrder(t *testing.T) {
	d := newTestDoc(t, testInfo)
	d.f.AddPage()
	body := el("LBody")
	inner := el("L")
	lbl, ibody := el("Lbl"), el("LBody")
	d.text(body, 20, 20, "Före")
	d.text(lbl, 20, 27, "a)")
	d.text(ibody, 27, 27, "Inre")
	d.text(body, 20, 34, "Efter")
	inner.Kids = []*Node{el("LI", lbl, ibody)}
	body.Kids = []*Node{inner}
	root := el("Document", el("L", el("LI", body)))
	out, err := testConfig.Tag(d.bytes(t), root, testInfo)
	if err != nil {
		t.Fatal(err)
	}
	ctx := readBack(t, out)
	// Document › L › LI › LBody
	cat, _ := ctx.Catalog()
	str, _ := deref(t, ctx, cat["StructTreeRoot"]).(types.Dict)
	e, _ := deref(t, ctx, str["K"]).(types.Dict)
	for _, role := range []string{"L", "LI", "LBody"} {
		k := e.ArrayEntry("K")
		if len(k) != 1 {
			t.Fatalf("%s has kids %v", *e.NameEntry("S"), k)
		}
		e, _ = deref(t, ctx, k[0]).(types.Dict)
		if e == nil || *e.NameEntry("S") != role {
			t.Fatalf("want %s, got %v", role, e)
		}
	}
	k := e.ArrayEntry("K")
	if len(k) != 3 {
		t.Fatalf("LBody /K = %v, want 3 kids", k)
	}
	if i, ok := k[0].(types.Integer); !ok || i != 0 {
		t.Errorf("K[0] = %v, want MCID 0", k[0])
	}
	if l, _ := deref(t, ctx, k[1]).(types.Dict); l == nil || *l.NameEntry("S") != "L" {
		t.Errorf("K[1] = %v, want the nested L", k[1])
	}
	if i, ok := k[2].(types.Integer); !ok || i != 3 {
		t.Errorf("K[2] = %v, want MCID 3", k[2])
	}
	validateStrict(t, out)
	if _, err := exec.LookPath("pdfinfo"); err == nil {
		s := run(t, "pdfinfo", "-struct-text", writeTemp(t, out))
		if i, j, k := strings.Index(s, "Före"), strings.Index(s, "Inre"), strings.Index(s, "Efter"); i < 0 || i > j || j > k {
			t.Errorf("reading order wrong:\n%s", s)
		}
	}
}

// TestTagErrors: inconsistent trees and inputs are refused with a message
// that says what is wrong.
func TestTagErrors(t *testing.T) {
	type tc struct {
		name   string
		change func(root *Node, info *Info, d *testDoc)
		want   string
	}
	// Simple document: H1, P (2 marks), Table › TR › TD.
	build := func(t *testing.T, c tc) error {
		d := newTestDoc(t, testInfo)
		d.f.AddPage()
		h1, p, td := el("H1"), el("P"), el("TD")
		d.text(h1, 20, 20, "Rubrik")
		d.text(p, 20, 30, "Ett")
		d.text(p, 20, 36, "Två")
		d.text(td, 20, 50, "Cell")
		root := el("Document", h1, p, el("Table", el("TR", td)))
		info := testInfo
		if c.change != nil {
			c.change(root, &info, d)
		}
		_, err := testConfig.Tag(d.bytes(t), root, info)
		return err
	}
	cases := []tc{
		{"valid", nil, ""},
		{"mark not drawn", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[1].Marks = append(r.Kids[1].Marks, Mark{1, 9})
		}, "MCID 9 has an element but is not drawn"},
		{"drawn, not owned", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[1].Marks = r.Kids[1].Marks[:1]
		}, "MCID 2 is drawn but no element owns it"},
		{"owned twice", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[0].Marks = append(r.Kids[0].Marks, Mark{1, 1})
		}, "owned by two elements"},
		{"drawn twice", func(_ *Node, _ *Info, d *testDoc) {
			d.f.RawWriteStr("/P <</MCID 1>> BDC\nEMC\n")
		}, "MCID 1 is drawn twice"},
		{"page out of range", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[1].Marks[1].Page = 3
		}, "mark on page 3, the PDF has 1 pages"},
		{"figure without alt", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[1].Role = "Figure"
		}, "Figure without alternative text"},
		{"TD outside TR", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[2].Kids = r.Kids[2].Kids[0].Kids
		}, "TD inside Table"},
		{"LI outside L", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[1].Role = "LI"
		}, "LI inside Document"},
		{"first heading H2", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[0].Role = "H2"
		}, "the first heading is H2, not H1"},
		{"heading skips", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[1].Role = "H3"
		}, "heading levels skip from H1 to H3"},
		{"unknown role", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[1].Role = "Rubrik"
		}, `"Rubrik" is not a standard structure type`},
		{"bad scope", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[2].Kids[0].Kids[0].Role = "TH"
			r.Kids[2].Kids[0].Kids[0].Scope = "Kolumn"
		}, `invalid scope "Kolumn"`},
		{"element twice", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids = append(r.Kids, r.Kids[0])
		}, "appears twice"},
		{"no title", func(_ *Node, i *Info, _ *testDoc) { i.Title = " " }, "no title"},
		{"bad language", func(_ *Node, i *Info, _ *testDoc) { i.Language = "sv SE" }, "invalid document language"},
		{"annotation no element owns", func(_ *Node, _ *Info, d *testDoc) {
			d.f.LinkString(20, 50, 20, 5, "https://polisen.se")
		}, "page 1: annotation 0 is not owned by any element"},
		{"annotation that is not there", func(r *Node, _ *Info, _ *testDoc) {
			r.Kids[1].Annots = []Annot{{Page: 1, Index: 0}}
		}, "page 1 has no annotations"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := build(t, c)
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case c.want != "" && err == nil:
				t.Fatalf("no error, want %q", c.want)
			case c.want != "" && !strings.Contains(err.Error(), c.want):
				t.Fatalf("error %q, want %q", err, c.want)
			}
		})
	}

	if _, err := testConfig.Tag([]byte("not a pdf"), el("Document"), testInfo); err == nil {
		t.Error("no error for bytes that are not a PDF")
	}
	in, root := sampleDoc(t)
	out, err := testConfig.Tag(in, root, testInfo)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := testConfig.Tag(out, root, testInfo); err == nil || !strings.Contains(err.Error(), "already has a structure tree") {
		t.Errorf("tagging twice: %v", err)
	}
}

func TestTagWithoutPDFUAClaim(t *testing.T) {
	in, root := sampleDoc(t)
	info := testInfo
	info.PDFUA = false
	info.Author, info.Subject, info.Created = "", "", time.Time{}
	out, err := testConfig.Tag(in, root, info)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("pdfuaid")) {
		t.Error("pdfuaid written without the PDF/UA claim")
	}
	validateStrict(t, out)
	ctx := readBack(t, out)
	d, err := ctx.DereferenceDict(*ctx.Info)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"Author", "Subject", "CreationDate", "ModDate"} {
		if _, ok := d[key]; ok {
			t.Errorf("Info has /%s, which the XMP lacks", key)
		}
	}
}

func TestScanContent(t *testing.T) {
	content := []byte("% a comment /MCID 99\n" +
		"0.57 w 0 G 1 0 0 1 0 0 cm\n" +
		"/P <</MCID 0>> BDC BT (text with /MCID 98 \\) and \\( (nested /MCID 97)) Tj ET EMC\n" +
		"/Span<</MCID 1/Lang(sv)/E [(x) 1]>>BDC <2F4D43494420393620> Tj EMC\n" +
		"/Figure <</MCID 2>> BDC BI /W 1 /H 1 ID \x00/MCID 95 EMC\x00 EI EMC\n" +
		"/Artifact BMC 0 0 m 1 1 l S EMC /Artifact <</Type /Pagination>> BDC BT (1) Tj ET EMC\n" +
		"/P <</MCID\n12>> BDC /Span BMC [(a) -20 (b)] TJ EMC EMC\n" +
		"/OC /oc1 BDC /P <</MCID 13>> BDC 0 0 10 10 re f EMC EMC")
	var got []int
	if err := checkMarkedContent(content, func(n int) error { got = append(got, n); return nil }); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != "[0 1 2 12 13]" {
		t.Errorf("MCIDs %v, want [0 1 2 12 13]", got)
	}

	for _, c := range []struct{ content, want string }{
		{"/Artifact BDC 0 0 m 1 1 l S EMC", "BDC at offset 10 has 1 operands"},
		{"/P BMC BT (a) Tj ET EMC", "Tj at offset 14 paints outside"},
		{"BT (a) Tj ET", "Tj at offset 7 paints outside"},
		{"/P <</MCID 0>> BDC 0 0 5 5 re f EMC 0 0 5 5 re f", "f at offset 47 paints outside"},
		{"/Artifact BMC /P <</MCID 0>> BDC EMC EMC", "MCID 0 at offset 29 is nested"},
		{"/P <</MCID 0>> BDC /Artifact BMC EMC EMC", "an artifact at offset 29 is nested"},
		{"/P <</MCID 0>> BDC /P <</MCID 1>> BDC EMC EMC", "MCID 1 at offset 34 is nested"},
		{"/P <</MCID 0>> BDC", "1 marked-content sequences are not closed"},
		{"EMC", "EMC at offset 0 closes nothing"},
		{"/P <</MCID x>> BDC EMC", "malformed /MCID x at offset 11"},
		{"/P <</MCID -1>> BDC EMC", "malformed /MCID -1"},
	} {
		err := checkMarkedContent([]byte(c.content), func(int) error { return nil })
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.content, err, c.want)
		}
	}
}

// largeDoc is a document shaped like a long report: pages of table rows,
// each cell its own element, with a cell continuing on the next page every
// so often.
func largeDoc(t testing.TB, pages, perPage int) ([]byte, *Node) {
	d := newTestDoc(t, testInfo)
	f := d.f
	h1 := el("H1")
	tbody := el("TBody")
	doc := el("Document", h1, el("Table", tbody))
	var carry *Node
	for p := 1; p <= pages; p++ {
		f.AddPage()
		d.footer(fmt.Sprintf("Sida %d av %d", p, pages))
		if p == 1 {
			d.text(h1, 20, 15, "Stor rapport")
		}
		if carry != nil {
			d.text(carry, 107, 20, "(forts.)")
			carry = nil
		}
		for i := 0; i < perPage/2; i++ {
			y := 25 + float64(i%60)*4
			a, b := el("TD"), el("TD")
			d.text(a, 20, y, fmt.Sprintf("Aktivitet %d.%d", p, i))
			d.text(b, 107, y, "Genomförd")
			tbody.Kids = append(tbody.Kids, el("TR", a, b))
			if i == perPage/2-1 && p%3 == 0 {
				carry = b
			}
		}
	}
	return d.bytes(t), doc
}

var large struct {
	once sync.Once
	pdf  []byte
	root *Node
}

func largeSample(t testing.TB) ([]byte, *Node) {
	large.once.Do(func() { large.pdf, large.root = largeDoc(t, 450, 66) })
	if large.pdf == nil {
		t.Fatal("building the large document failed")
	}
	return large.pdf, large.root
}

func TestTagLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	in, root := largeSample(t)
	out, err := testConfig.Tag(in, root, testInfo)
	if err != nil {
		t.Fatal(err)
	}
	again, err := testConfig.Tag(in, root, testInfo)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, again) {
		t.Error("large document: two runs differ")
	}
	if _, err := exec.LookPath("qpdf"); err == nil {
		run(t, "qpdf", "--check", writeTemp(t, out))
	}
}

func TestTag2000Pages(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	in, root := largeDoc(t, 2000, 10)
	start := time.Now()
	out, err := testConfig.Tag(in, root, testInfo)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("2000 pages: tagged in %v", time.Since(start))
	ctx := readBack(t, out)
	cat, _ := ctx.Catalog()
	str, _ := deref(t, ctx, cat["StructTreeRoot"]).(types.Dict)
	pt, _ := deref(t, ctx, str["ParentTree"]).(types.Dict)
	kids := pt.ArrayEntry("Kids")
	if len(kids) != (2000+parentTreeLeaves-1)/parentTreeLeaves {
		t.Errorf("parent tree root has %d kids", len(kids))
	}
	validateStrict(t, out)
	if _, err := exec.LookPath("qpdf"); err == nil {
		run(t, "qpdf", "--check", writeTemp(t, out))
	}
}

func BenchmarkTag450Pages(b *testing.B) {
	in, root := largeSample(b)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := testConfig.Tag(in, root, testInfo); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTagConcurrent: the renderer may build several reports at once; run
// with -race.
func TestTagConcurrent(t *testing.T) {
	in, root := sampleDoc(t)
	want, err := testConfig.Tag(in, root, testInfo)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Go(func() {
			got, err := testConfig.Tag(in, root, testInfo)
			if err == nil && !bytes.Equal(got, want) {
				err = fmt.Errorf("concurrent run gave different bytes")
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// TestTagArtifactOnlyPage: a page with nothing but furniture still gets
// /StructParents, and its key resolves to an empty array.
func TestTagArtifactOnlyPage(t *testing.T) {
	d := newTestDoc(t, testInfo)
	d.f.AddPage()
	p := el("P")
	d.text(p, 20, 20, "Text")
	d.footer("Sida 1 av 2")
	d.f.AddPage()
	d.footer("Sida 2 av 2")
	out, err := testConfig.Tag(d.bytes(t), el("Document", p), testInfo)
	if err != nil {
		t.Fatal(err)
	}
	validateStrict(t, out)
	ctx := readBack(t, out)
	cat, _ := ctx.Catalog()
	str, _ := deref(t, ctx, cat["StructTreeRoot"]).(types.Dict)
	pt, _ := deref(t, ctx, str["ParentTree"]).(types.Dict)
	nums := pt.ArrayEntry("Nums")
	if len(nums) != 4 || nums[2] != types.Integer(1) {
		t.Fatalf("ParentTree /Nums = %v", nums)
	}
	if a, ok := deref(t, ctx, nums[3]).(types.Array); !ok || len(a) != 0 {
		t.Errorf("page 2 parent tree entry = %v, want []", a)
	}
	page2, _, _, err := ctx.PageDict(2, false)
	if err != nil {
		t.Fatal(err)
	}
	if sp := page2.IntEntry("StructParents"); sp == nil || *sp != 1 {
		t.Errorf("page 2 /StructParents = %v", page2["StructParents"])
	}
	if _, err := exec.LookPath("qpdf"); err == nil {
		run(t, "qpdf", "--check", writeTemp(t, out))
	}
}

// TestTagLink: a link's text and its annotation are in one Link element;
// the annotation is an object of its own with /StructParent and
// /Contents, and the parent tree leads from its key to the Link.
func TestTagLink(t *testing.T) {
	d := newTestDoc(t, testInfo)
	d.f.AddPage()
	p, link := el("P"), el("Link")
	d.text(p, 20, 20, "Läs mer på ")
	d.text(link, 45, 20, "polisen.se")
	d.f.LinkString(45, 16, 20, 5, "https://polisen.se")
	link.Annots = []Annot{{Page: 1, Index: 0, Contents: "https://polisen.se"}}
	d.text(p, 66, 20, " om trygghet.")
	p.Kids = []*Node{link}
	out, err := testConfig.Tag(d.bytes(t), el("Document", p), testInfo)
	if err != nil {
		t.Fatal(err)
	}
	validateStrict(t, out)
	ctx := readBack(t, out)
	page, _, _, err := ctx.PageDict(1, false)
	if err != nil {
		t.Fatal(err)
	}
	annots := page.ArrayEntry("Annots")
	ref, ok := annots[0].(types.IndirectRef)
	if len(annots) != 1 || !ok {
		t.Fatalf("/Annots = %v, want one reference", annots)
	}
	annot, _ := deref(t, ctx, ref).(types.Dict)
	if sp := annot.IntEntry("StructParent"); sp == nil || *sp != 1 {
		t.Errorf("annotation /StructParent = %v, want 1 (after the page's 0)", annot["StructParent"])
	}
	if s, _ := textEntry(annot, "Contents"); s != "https://polisen.se" {
		t.Errorf("annotation /Contents = %q", s)
	}
	cat, _ := ctx.Catalog()
	str, _ := deref(t, ctx, cat["StructTreeRoot"]).(types.Dict)
	if n := str.IntEntry("ParentTreeNextKey"); n == nil || *n != 2 {
		t.Errorf("ParentTreeNextKey = %v, want 2", str["ParentTreeNextKey"])
	}
	pt, _ := deref(t, ctx, str["ParentTree"]).(types.Dict)
	nums := pt.ArrayEntry("Nums")
	if len(nums) != 4 || nums[2] != types.Integer(1) {
		t.Fatalf("ParentTree /Nums = %v", nums)
	}
	owner, _ := deref(t, ctx, nums[3]).(types.Dict)
	if s := owner.NameEntry("S"); s == nil || *s != "Link" {
		t.Fatalf("the annotation's key leads to %v, want the Link", owner)
	}
	var objr types.Dict
	for _, k := range owner.ArrayEntry("K") {
		if d, ok := k.(types.Dict); ok && d.NameEntry("Type") != nil && *d.NameEntry("Type") == "OBJR" {
			objr = d
		}
	}
	if objr == nil || objr.IndirectRefEntry("Obj") == nil || objr.IndirectRefEntry("Obj").ObjectNumber != ref.ObjectNumber {
		t.Errorf("the Link's /K = %v, want an OBJR to the annotation", owner["K"])
	}
	if _, err := exec.LookPath("qpdf"); err == nil {
		run(t, "qpdf", "--check", writeTemp(t, out))
	}
	if _, err := exec.LookPath("pdfinfo"); err == nil {
		s := run(t, "pdfinfo", "-struct-text", writeTemp(t, out))
		if !strings.Contains(s, "Link") || !strings.Contains(s, "polisen.se") {
			t.Errorf("pdfinfo does not read the Link:\n%s", s)
		}
	}
}
