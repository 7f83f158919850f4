package pdf

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/pdftag"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

const example = "../../../examples/eksjo-2020-2021.toml"

// testRenderer checks every PDF the tests make mark by mark against its
// structure tree.
var testRenderer = Renderer{VerifyTags: true}

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	reporttest.Golden(t, filepath.Join("testdata", name), []byte(got))
}

func renderDoc(t testing.TB, doc *report.Document) ([]byte, []report.Warning) {
	t.Helper()
	var b bytes.Buffer
	warnings, err := testRenderer.Render(&b, doc)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), warnings
}

func tempPDF(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func command(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// readText is the PDF's text as poppler reads it, in the order drawn.
func readText(t *testing.T, data []byte) string {
	t.Helper()
	reporttest.Tool(t, "pdftotext")
	return command(t, "pdftotext", "-raw", "-enc", "UTF-8", tempPDF(t, data), "-")
}

// space is white space, the no-break spaces included: poppler may give
// them back as plain spaces.
var space = regexp.MustCompile(`[\s\x{00a0}\x{202f}]+`)

// assertInOrder checks that each text appears in extracted, after the
// previous one. White space is ignored: the layout breaks lines anywhere.
func assertInOrder(t *testing.T, extracted string, texts []string) {
	t.Helper()
	hay := space.ReplaceAllString(extracted, "")
	at := 0
	for _, want := range texts {
		w := space.ReplaceAllString(want, "")
		if w == "" {
			continue
		}
		i := strings.Index(hay[at:], w)
		if i < 0 {
			short := want
			if r := []rune(short); len(r) > 100 {
				short = string(r[:100]) + "…"
			}
			if strings.Contains(hay, w) {
				t.Errorf("text out of order: %q", short)
			} else {
				t.Errorf("text missing from the PDF: %q", short)
			}
			continue
		}
		at += i + len(w)
	}
}

func TestExampleTextInOrder(t *testing.T) {
	reporttest.Tool(t, "pdftotext")
	doc := reporttest.Document(t, example)
	data, warnings := renderDoc(t, doc)
	if len(warnings) > 0 {
		t.Errorf("warnings for the example: %v", warnings)
	}
	text := readText(t, data)
	assertInOrder(t, text, doc.Texts())
	// The seed's own wording, to guard against the model and the test
	// agreeing on something else.
	assertInOrder(t, text, []string{
		"Lokala medborgarlöften i Eksjö 2020-2021",
		"Polisens och kommuns arbete med medborgarlöften följs upp tertialvis.",
		"Uppföljningen avser första tertialet 2020 (januari–april).",
		"➤ Att minska risken för unga att hamna i drogberoende och kriminalitet.",
		"Aktivitet", "Tertial 1 2020", "Tertial 2 2020", "Tertial 3 2020",
		"66 eget bruk",
		"Arbete pågår", "Uppstartsmöte 2020-03-09",
		"Polisen och kommunen lovar att under året genomföra minsta fyra samverkansmöten om pågående aktiviteter",
		"Genomfört tre",
	})
	for _, furniture := range []string{"Sida 1 av 2", "Medborgarlöften Eksjö kommun, tertial 1 2020"} {
		if !strings.Contains(text, furniture) {
			t.Errorf("footer %q missing", furniture)
		}
	}
}

type word struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

type bboxPage struct {
	width, height float64
	words         []word
}

var (
	pageRe = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	wordRe = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// wordBoxes reads where poppler finds each word.
func wordBoxes(t *testing.T, data []byte) []bboxPage {
	t.Helper()
	out := command(t, "pdftotext", "-bbox", tempPDF(t, data), "-")
	var pages []bboxPage
	for _, line := range strings.Split(out, "\n") {
		if m := pageRe.FindStringSubmatch(line); m != nil {
			pages = append(pages, bboxPage{width: num(m[1]), height: num(m[2])})
		} else if m := wordRe.FindStringSubmatch(line); m != nil && len(pages) > 0 {
			p := &pages[len(pages)-1]
			p.words = append(p.words, word{m[5], num(m[1]), num(m[2]), num(m[3]), num(m[4])})
		}
	}
	return pages
}

func num(s string) float64 { f, _ := strconv.ParseFloat(s, 64); return f }

// assertLaidOutWell checks what a reader would see as broken layout: text
// outside the margins, and words drawn over each other.
func assertLaidOutWell(t *testing.T, doc *report.Document, data []byte) []bboxPage {
	t.Helper()
	th := doc.Theme
	const tolerance = 0.5
	pages := wordBoxes(t, data)
	if len(pages) == 0 {
		t.Fatal("poppler found no pages")
	}
	for i, p := range pages {
		left, right := th.MarginLeft*mm, p.width-th.MarginRight*mm
		top, bottom := th.MarginTop*mm, p.height-th.MarginBottom*mm
		for _, w := range p.words {
			if w.xMin < left-tolerance || w.xMax > right+tolerance || w.yMin < top-tolerance || w.yMax > bottom+tolerance {
				t.Errorf("page %d: %q at x %.1f–%.1f, y %.1f–%.1f is outside the margins (x %.1f–%.1f, y %.1f–%.1f)",
					i+1, w.text, w.xMin, w.xMax, w.yMin, w.yMax, left, right, top, bottom)
			}
		}
		for a := 0; a < len(p.words); a++ {
			for b := a + 1; b < len(p.words); b++ {
				wa, wb := p.words[a], p.words[b]
				ox := min(wa.xMax, wb.xMax) - max(wa.xMin, wb.xMin)
				oy := min(wa.yMax, wb.yMax) - max(wa.yMin, wb.yMin)
				if ox > 0.3 && oy > 1.5 {
					t.Errorf("page %d: %q and %q are drawn over each other", i+1, wa.text, wb.text)
				}
			}
		}
	}
	return pages
}

func TestExampleLayout(t *testing.T) {
	reporttest.Tool(t, "pdftotext")
	doc := reporttest.Document(t, example)
	data, _ := renderDoc(t, doc)
	pages := assertLaidOutWell(t, doc, data)
	if len(pages) != 2 {
		t.Errorf("the example has %d pages, want 2", len(pages))
	}
	if pages[0].width < 595 || pages[0].width > 596 || pages[0].height < 841 || pages[0].height > 842 {
		t.Errorf("page size %.2f×%.2f, want A4 portrait", pages[0].width, pages[0].height)
	}
}

// A note longer than three pages is split between lines over the pages,
// with every word kept and the table's header repeated.
func TestLongNoteSplitsAcrossPages(t *testing.T) {
	reporttest.Tool(t, "pdftotext")
	const words = 4000
	doc := reporttest.Document(t, "long.toml", reporttest.Text(reporttest.LongNote(words)))
	data, _ := renderDoc(t, doc)
	pages := assertLaidOutWell(t, doc, data)
	if len(pages) < 4 {
		t.Errorf("%d pages; the note should need more than three", len(pages))
	}
	text := readText(t, data)
	want := []string{"Kort aktivitet före."}
	for i := 1; i <= words; i++ {
		want = append(want, fmt.Sprintf("ord%d.", i))
	}
	want = append(want, "Kort aktivitet efter.")
	assertInOrder(t, text, want)
	// Each page after the first reminds of the promise and, above the
	// note's next piece, of its activity.
	if n := strings.Count(text, "(forts.)"); n != 2*(len(pages)-1) {
		t.Errorf("%d continued promises and activities on %d pages, want two per page after the first", n, len(pages))
	}
	for i, p := range pages[1:] {
		var words []string
		for _, w := range p.words {
			words = append(words, w.text)
		}
		if line := strings.Join(words, " "); !strings.Contains(line, "Aktivitet med lång anteckning. (forts.)") {
			t.Errorf("page %d does not tell whose note goes on:\n%s", i+2, line)
			break
		}
	}
}

func TestSeveralYearsShowOnlyTheReportsYear(t *testing.T) {
	reporttest.Tool(t, "pdftotext")
	doc := reporttest.Document(t, "../testdata/good/years.toml", reporttest.Tertial("2021-T2"))
	data, _ := renderDoc(t, doc)
	assertLaidOutWell(t, doc, data)
	text := readText(t, data)
	assertInOrder(t, text, doc.Texts())
	for _, absent := range []string{"Planeras till hösten.", "Två insatser genomförda.", "Leveransen är försenad.", "Denna uppföljning gäller ett senare tertial"} {
		if strings.Contains(space.ReplaceAllString(text, " "), absent) {
			t.Errorf("%q is from another year or a later tertial and must not show", absent)
		}
	}
}

func TestMessyTextAndLogos(t *testing.T) {
	reporttest.Tool(t, "pdftotext")
	doc := reporttest.Document(t, "../testdata/good/messy.toml")
	data, warnings := renderDoc(t, doc)
	assertLaidOutWell(t, doc, data)
	text := readText(t, data)
	clean, _ := doc.Sanitize(func(r rune) bool { return r != '\a' }, msg.OutputPDF)
	assertInOrder(t, text, clean.Texts())
	for _, s := range []string{"Ábbmorávdu, Čohkkiras, Đ, ŧ och ž", "Ŋuolla", "“Det känns tryggare nu”", "Jokkmokk…", "’Sirges’ • Ábbmorávdu", "–", "—", "🚲 Cykelvägen"} {
		if !strings.Contains(space.ReplaceAllString(text, ""), space.ReplaceAllString(s, "")) {
			t.Errorf("%q is not drawn (or not extractable)", s)
		}
	}
	if len(warnings) != 1 {
		t.Errorf("warnings %v, want one for the control character (the emoji is drawn)", warnings)
	}
	reporttest.Tool(t, "pdfimages")
	if list := command(t, "pdfimages", "-list", tempPDF(t, data)); strings.Count(list, "\n") != 2+len(doc.Logos) {
		t.Errorf("want %d logos, pdfimages lists:\n%s", len(doc.Logos), list)
	}
}

func TestFontsEmbedded(t *testing.T) {
	reporttest.Tool(t, "pdffonts")
	data, _ := renderDoc(t, reporttest.Document(t, example))
	out := command(t, "pdffonts", tempPDF(t, data))
	lines := strings.Split(strings.TrimSpace(out), "\n")[2:]
	if len(lines) == 0 {
		t.Fatal("no fonts")
	}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) < 7 || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" {
			t.Errorf("font not embedded as a subset with a Unicode map: %s", l)
		}
		if !regexp.MustCompile(`^[A-Z]{6}\+(LiberationSans|DejaVuSans)`).MatchString(f[0]) {
			t.Errorf("font named %q, want a subset tag and the font's own name", f[0])
		}
	}
	if len(data) > 120_000 {
		t.Errorf("the example is %d bytes; fonts should be subset", len(data))
	}
}

func TestMetadata(t *testing.T) {
	reporttest.Tool(t, "pdfinfo")
	doc := reporttest.Document(t, example)
	data, _ := renderDoc(t, doc)
	info := command(t, "pdfinfo", tempPDF(t, data))
	for _, want := range []string{
		"Title:           Uppföljning av medborgarlöften Eksjö kommun, tertial 1 2020",
		"Author:          Eksjö kommun",
		"Subject:         Tertialuppföljning av medborgarlöften 2020–2021 för Eksjö kommun",
		"Creator:         uppfoljning",
		"Page size:       595.28 x 841.89 pts (A4)",
	} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	if strings.Contains(command(t, "pdfinfo", "-meta", tempPDF(t, data)), "<dc:date>") {
		t.Error("the example gives no date, but the PDF's metadata has one")
	}
}

// TestSettledDate shows the day the follow-up was settled under the title
// and among the document's properties: the document information's own
// key and XMP's dc:date.
func TestSettledDate(t *testing.T) {
	reporttest.Tool(t, "pdfinfo")
	doc := reporttest.Document(t, "../testdata/good/years.toml")
	data, _ := renderDoc(t, doc)
	path := tempPDF(t, data)
	if custom := command(t, "pdfinfo", "-custom", path); !regexp.MustCompile(`(?m)^Fastställd: +2022-01-20$`).MatchString(custom) {
		t.Errorf("pdfinfo -custom has no Fastställd 2022-01-20:\n%s", custom)
	}
	if meta := command(t, "pdfinfo", "-meta", path); !regexp.MustCompile(`(?s)<dc:date>\s*<rdf:Seq>\s*<rdf:li>2022-01-20</rdf:li>`).MatchString(meta) {
		t.Errorf("the XMP metadata has no dc:date 2022-01-20:\n%s", meta)
	}
	assertInOrder(t, readText(t, data), []string{doc.Title.S, "20 januari 2022", doc.Subtitle.S})
}

func TestReproducible(t *testing.T) {
	doc := reporttest.Document(t, "../testdata/good/messy.toml")
	a, _ := renderDoc(t, doc)
	b, _ := renderDoc(t, doc)
	if !bytes.Equal(a, b) {
		t.Fatal("two renders of one document differ")
	}
	doc.Meta.Created = doc.Meta.Created.Add(time.Hour)
	if c, _ := renderDoc(t, doc); bytes.Equal(a, c) {
		t.Fatal("the date is not written into the file")
	}
}

func TestValidPDF(t *testing.T) {
	api.DisableConfigDir()
	for _, src := range []string{example, "../testdata/good/messy.toml", "../testdata/good/years.toml"} {
		data, _ := renderDoc(t, reporttest.Document(t, src))
		conf := model.NewDefaultConfiguration()
		conf.ValidationMode = model.ValidationStrict
		if err := api.Validate(bytes.NewReader(data), conf); err != nil {
			t.Errorf("%s: pdfcpu: %v", src, err)
		}
		if _, err := exec.LookPath("qpdf"); err == nil || reporttest.ReadersRequired() {
			command(t, "qpdf", "--check", tempPDF(t, data))
		}
	}
}

func BenchmarkExample(b *testing.B) {
	doc := reporttest.Document(b, example)
	for b.Loop() {
		if _, err := (Renderer{}).Render(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkThousandActivities(b *testing.B) {
	doc := reporttest.Document(b, "big.toml", reporttest.Text(reporttest.Generated(50, 20, 36)))
	var pages int
	for b.Loop() {
		data, _, err := Renderer{}.render(doc)
		if err != nil {
			b.Fatal(err)
		}
		pages = bytes.Count(data, []byte("/Type /Page\n"))
	}
	b.ReportMetric(float64(pages), "pages")
}

// A heading, a table's caption or its header row is never the last thing
// on a page: it stays with what it introduces.
func TestHeadingsKeepWithNext(t *testing.T) {
	docs := map[string]*report.Document{}
	// A second table starting at every height of the first page, its
	// first row fifteen lines long.
	for filler := 1; filler <= 50; filler++ {
		src := fmt.Sprintf("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n"+
			"[[promise]]\ntext = \"Ett\"\n[[promise.activity]]\ntext = \"A\"\n[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = %q\n"+
			"[[promise]]\ntext = \"Två\"\n[[promise.activity]]\ntext = \"B\"\n[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = %q\n",
			strings.Repeat("rad\n", filler), strings.Repeat("rad\n", 15))
		docs[fmt.Sprintf("filler %d", filler)] = reporttest.Document(t, "filler.toml", reporttest.Text([]byte(src)))
	}
	for name, doc := range map[string]*report.Document{
		"messy": reporttest.Document(t, "../testdata/good/messy.toml"),
		"years": reporttest.Document(t, "../testdata/good/years.toml", reporttest.Tertial("2021-T2")),
		"big":   reporttest.Document(t, "big.toml", reporttest.Text(reporttest.Generated(12, 7, 40))),
		"long":  reporttest.Document(t, "long.toml", reporttest.Text(reporttest.LongNote(3000))),
	} {
		docs[name] = doc
	}
	for name, doc := range docs {
		fonts, err := newFontSet(doc.Theme.Font, doc.Theme.FallbackFont)
		if err != nil {
			t.Fatal(err)
		}
		last := map[int]*pdftag.Node{} // the last element begun on each page
		l := newLayout(doc, fonts, func(p *page) error {
			for _, o := range p.ops {
				if o.kind == opBegin {
					last[p.number] = o.node
				}
			}
			return nil
		})
		if err := l.run(); err != nil {
			t.Fatal(err)
		}
		for n := 1; n < l.pages; n++ {
			if r := last[n]; r != nil && (r.Role == "H1" || r.Role == "H2" || r.Role == "H3" || r.Role == "TH" && r.Scope == "Column") {
				t.Errorf("%s: page %d ends with a %s", name, n, r.Role)
			}
		}
	}
}

// TestStructureTree reads the tags back as a screen reader gets them:
// every text of the source inside the tree, in reading order, and none of
// the page furniture.
func TestStructureTree(t *testing.T) {
	reporttest.Tool(t, "pdfinfo")
	for _, c := range []struct {
		name string
		doc  *report.Document
	}{
		{"eksjo", reporttest.Document(t, example)},
		{"messy", reporttest.Document(t, "../testdata/good/messy.toml")},
		{"years", reporttest.Document(t, "../testdata/good/years.toml", reporttest.Tertial("2021-T2"))},
		{"long", reporttest.Document(t, "long.toml", reporttest.Text(reporttest.LongNote(2500)))},
	} {
		t.Run(c.name, func(t *testing.T) {
			data, _ := renderDoc(t, c.doc)
			path := tempPDF(t, data)
			info := command(t, "pdfinfo", path)
			if !strings.Contains(info, "Tagged:          yes") {
				t.Errorf("not tagged:\n%s", info)
			}
			tree := command(t, "pdfinfo", "-struct-text", path)
			clean, _ := c.doc.Sanitize(func(r rune) bool { return r != '\a' }, msg.OutputPDF)
			// pdfinfo's structure text gives an emoji's stand-in (in the
			// Private Use Area) where poppler's pdftotext reads its
			// /ActualText (TestEmojiDrawn, TestMessyTextAndLogos).
			texts := clean.Texts()
			for i, s := range texts {
				texts[i] = strings.ReplaceAll(s, "🚲", "")
			}
			pua := func(r rune) rune {
				if r >= 0xE000 && r <= 0xF8FF {
					return -1
				}
				return r
			}
			// pdfinfo quotes each piece of an element's text; an element
			// that runs over pages comes in several pieces.
			assertInOrder(t, strings.Map(pua, treeText(tree)), texts)
			for _, furniture := range []string{"Sida ", "(forts.)", c.doc.Meta.ShortTitle} {
				if strings.Contains(tree, furniture) {
					t.Errorf("page furniture %q is in the structure tree", furniture)
				}
			}
			if c.name == "eksjo" {
				golden(t, "eksjo.struct.txt", tree)
			}
		})
	}
}

// treeText is the text pdfinfo -struct-text finds in the tree: its quoted
// pieces, without the elements' names (a Link inside a cell's text).
func treeText(tree string) string {
	var b strings.Builder
	for _, line := range strings.Split(tree, "\n") {
		if line = strings.TrimSpace(line); strings.HasPrefix(line, `"`) {
			b.WriteString(strings.Trim(line, `"`))
		}
	}
	return b.String()
}

// A promise longer than a page is split like a long row, and the reminder
// on continued pages stays short.
func TestPromiseLongerThanAPage(t *testing.T) {
	reporttest.Tool(t, "pdftotext")
	var long strings.Builder
	for i := 1; i <= 2500; i++ {
		fmt.Fprintf(&long, "löfte%d. ", i)
	}
	src := fmt.Sprintf("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = %q\n[[promise.activity]]\ntext = \"Aktivitet efter löftet.\"\n", long.String())
	doc := reporttest.Document(t, "long-promise.toml", reporttest.Text([]byte(src)))
	data, _ := renderDoc(t, doc)
	assertLaidOutWell(t, doc, data)
	text := readText(t, data)
	// Page footers come between the pages' text: check word by word, in
	// the list of promises and again in the table.
	var want []string
	for range 2 {
		for i := 1; i <= 2500; i++ {
			want = append(want, fmt.Sprintf("löfte%d.", i))
		}
	}
	assertInOrder(t, text, append(want, "Aktivitet efter löftet."))
}

// Signatures whose texts run longer than a page still stay inside the
// frame, with nothing lost.
func TestLongSignatories(t *testing.T) {
	reporttest.Tool(t, "pdftotext")
	role := strings.Repeat("Lokalpolisområdeschef ", 900)
	src := fmt.Sprintf("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[signatory]]\nname = \"Anna\"\nrole = %q\n[[signatory]]\nname = \"Nils\"\nrole = \"Ordförande\"\n[[signatory]]\nname = \"Eva\"\n[[promise]]\ntext = \"L\"\n[[promise.activity]]\ntext = \"A\"\n", role)
	doc := reporttest.Document(t, "sign.toml", reporttest.Text([]byte(src)))
	data, _ := renderDoc(t, doc)
	assertLaidOutWell(t, doc, data)
	text := readText(t, data)
	if n := strings.Count(text, "Lokalpolisområdeschef"); n != 900 {
		t.Errorf("%d of 900 words of the role drawn", n)
	}
	assertInOrder(t, text, []string{"Anna", "Nils", "Ordförande", "Eva"})
}

// Scripts that no embedded font has are drawn as the replacement mark, one
// warning per character and line, and still read as themselves (the mark's
// /ActualText); scripts the fallback font has are drawn.
func TestScriptsOutsideTheFonts(t *testing.T) {
	src := "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"Ελληνικά och Кириллица\"\n" +
		"[[promise.activity]]\ntext = \"漢字漢 och नमस्ते\"\n"
	doc := reporttest.Document(t, "scripts.toml", reporttest.Text([]byte(src)))
	data, warnings := renderDoc(t, doc)
	var got []string
	for _, w := range warnings {
		got = append(got, w.String())
	}
	// 漢 and 字 once each on line 7, and each Devanagari letter and sign.
	if len(warnings) != 2+len([]rune("नमस्ते")) {
		t.Errorf("%d warnings:\n%s", len(warnings), strings.Join(got, "\n"))
	}
	for _, w := range warnings {
		if w.Pos.Line != 7 {
			t.Errorf("warning at line %d, want 7: %v", w.Pos.Line, w)
		}
	}
	reporttest.Tool(t, "pdftotext")
	text := readText(t, data)
	for _, s := range []string{"Ελληνικά", "Кириллица", "漢字漢 och"} {
		if !strings.Contains(text, s) {
			t.Errorf("%q is not drawn", s)
		}
	}
}

// Lines break at spaces, never at a no-break space, and keep every
// character.
func TestWrap(t *testing.T) {
	doc := reporttest.Document(t, example)
	fonts, err := newFontSet(doc.Theme.Font, doc.Theme.FallbackFont)
	if err != nil {
		t.Fatal(err)
	}
	l := newLayout(doc, fonts, func(*page) error { return nil })
	for _, c := range []struct {
		text  string
		width float64
		want  []string
	}{
		{"10\u00a0000 kronor", 40, []string{"10\u00a0000 ", "kronor"}},
		{"ett två\ntre", 500, []string{"ett två ", "tre"}},
		{"a\n\nb", 500, []string{"a ", "", "b"}},
		{"https://example.se/abcdefghijklmnopqrstuvwxyz", 60, nil},
	} {
		got := l.wrap(c.text, false, 10, c.width)
		if c.want != nil && strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("wrap(%q) = %q, want %q", c.text, got, c.want)
		}
		if joined := strings.ReplaceAll(strings.Join(got, ""), " ", ""); joined != strings.ReplaceAll(strings.ReplaceAll(c.text, "\n", ""), " ", "") {
			t.Errorf("wrap(%q) lost characters: %q", c.text, got)
		}
		for _, line := range got {
			if w := fonts.measure(strings.TrimSuffix(line, " "), false, 10); w > c.width {
				t.Errorf("wrap(%q): line %q is %.1f wide, more than %.1f", c.text, line, w, c.width)
			}
		}
	}
}

// A template's words are drawn too: an emoji from the emoji font, a
// character no font has as a mark, which never reaches fpdf as itself
// (fpdf panics on characters above U+FFFF).
func TestTemplateWordsUndrawable(t *testing.T) {
	doc := reporttest.Document(t, example)
	doc.Columns = append([]string(nil), doc.Columns...)
	doc.Columns[0] = "Aktivitet 🚓 𓀀"
	doc.Words.Continued = "forts. 🚓"
	data, _ := renderDoc(t, doc)
	reporttest.Tool(t, "pdftotext")
	if text := readText(t, data); !strings.Contains(text, "Aktivitet 🚓 𓀀") {
		t.Errorf("the column label is not drawn as written:\n%s", text)
	}
}
