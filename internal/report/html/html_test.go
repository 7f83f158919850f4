package html

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// sources are the reports every test renders: the shipped example, one near
// the upper end of real reports (years, activities, long notes, logo,
// signatories) and one with text that must not be trusted.
var sources = []struct{ name, path string }{
	{"eksjo", "../../../examples/eksjo-2020-2021.toml"},
	{"long", "testdata/long.toml"},
	{"odd", "testdata/odd.toml"},
}

func build(t *testing.T, path string) *report.Document {
	t.Helper()
	return reporttest.Document(t, path, reporttest.CreatedAt(time.Unix(1700000000, 0)))
}

func render(t *testing.T, doc *report.Document) ([]byte, []report.Warning) {
	t.Helper()
	var b bytes.Buffer
	warnings, err := (Renderer{}).Render(&b, doc)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), warnings
}

func TestGolden(t *testing.T) {
	for _, s := range sources {
		t.Run(s.name, func(t *testing.T) {
			got, _ := render(t, build(t, s.path))
			again, _ := render(t, build(t, s.path))
			if !bytes.Equal(got, again) {
				t.Fatal("two renders of the same document differ")
			}
			reporttest.Golden(t, filepath.Join("testdata", s.name+".golden.html"), got)
		})
	}
}

// TestReader parses the page with a parser independent of the template and
// checks what a reader gets: the language, the title, the structure that
// assistive technology relies on, and every text of the document in order.
func TestReader(t *testing.T) {
	for _, s := range sources {
		t.Run(s.name, func(t *testing.T) {
			doc := build(t, s.path)
			out, _ := render(t, doc)
			root, err := nethtml.Parse(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			// What the page shows is the sanitized document.
			doc, _ = doc.Sanitize(report.Printable, msg.OutputPDF)

			htmlEl := first(root, atom.Html)
			if got := attr(htmlEl, "lang"); got != "sv" {
				t.Errorf("lang = %q, want sv", got)
			}
			if got := text(first(root, atom.Title)); got != doc.Meta.Title {
				t.Errorf("title = %q, want %q", got, doc.Meta.Title)
			}
			metas := map[string]string{}
			for _, m := range all(root, atom.Meta) {
				metas[attr(m, "name")] = attr(m, "content")
			}
			for name, want := range map[string]string{
				"author": doc.Meta.Author, "description": doc.Meta.Subject,
				"keywords": strings.Join(doc.Meta.Keywords, ", "), "viewport": "width=device-width, initial-scale=1",
			} {
				if metas[name] != want {
					t.Errorf("meta %s = %q, want %q", name, metas[name], want)
				}
			}
			checkDate(t, root, metas["dcterms.date"], doc)
			if n := len(all(root, atom.Main)); n != 1 {
				t.Errorf("%d <main> elements, want 1", n)
			}
			if h1 := all(root, atom.H1); len(h1) != 1 || text(h1[0]) != doc.Title.S {
				t.Errorf("want one h1 %q", doc.Title.S)
			}
			checkSelfContained(t, root, doc)
			checkTables(t, root, doc)
			checkLinks(t, root, doc)
			checkOrder(t, root, doc)
		})
	}
}

// checkDate finds the day the follow-up was settled, when the source gives
// it, in the page's properties and as a <time> under the heading.
func checkDate(t *testing.T, root *nethtml.Node, meta string, doc *report.Document) {
	t.Helper()
	times := all(root, atom.Time)
	if doc.Meta.Settled.IsZero() {
		if meta != "" || len(times) > 0 {
			t.Errorf("the source gives no date, but the page has one: meta %q, %d <time>", meta, len(times))
		}
		return
	}
	iso := doc.Meta.Settled.Format(time.DateOnly)
	if meta != iso {
		t.Errorf("meta dcterms.date = %q, want %q", meta, iso)
	}
	if len(times) != 1 || attr(times[0], "datetime") != iso || text(times[0]) != doc.DateWritten() {
		t.Errorf("want one <time datetime=%q>%s</time>", iso, doc.DateWritten())
	}
	// The date is labelled: the paragraph reads "Fastställd 15 december 2020".
	if len(times) == 1 && times[0].Parent != nil && text(times[0].Parent) != doc.Date.S {
		t.Errorf("the date reads %q, want %q", text(times[0].Parent), doc.Date.S)
	}
}

func checkSelfContained(t *testing.T, root *nethtml.Node, doc *report.Document) {
	t.Helper()
	for _, a := range []atom.Atom{atom.Script, atom.Link, atom.Iframe, atom.Object, atom.Embed, atom.Base} {
		if n := len(all(root, a)); n > 0 {
			t.Errorf("%d <%s> elements; the page must be self-contained and script-free", n, a)
		}
	}
	walk(root, func(n *nethtml.Node) {
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> has an event handler %s=%q", n.Data, a.Key, a.Val)
			}
			// A link leads out, to what a reader may choose to open;
			// nothing else may fetch anything.
			link := n.DataAtom == atom.A && a.Key == "href" &&
				(strings.HasPrefix(a.Val, "https://") || strings.HasPrefix(a.Val, "http://") || strings.HasPrefix(a.Val, "mailto:"))
			if (a.Key == "src" || a.Key == "href") && !strings.HasPrefix(a.Val, "data:") && !link {
				t.Errorf("<%s %s=%q> points outside the file", n.Data, a.Key, a.Val)
			}
		}
	})
	for _, st := range all(root, atom.Style) {
		css := text(st)
		if strings.Contains(css, "url(") || strings.Contains(css, "@import") {
			t.Error("the stylesheet loads something from outside the file")
		}
		if !strings.Contains(css, ".lines { white-space: pre-line; }") {
			t.Error("the stylesheet does not keep the notes' line breaks")
		}
	}
	imgs := all(root, atom.Img)
	if len(imgs) != len(doc.Logos) {
		t.Fatalf("%d images, want the %d logos", len(imgs), len(doc.Logos))
	}
	for i, img := range imgs {
		l := doc.Logos[i]
		if attr(img, "alt") != l.Alt {
			t.Errorf("logo %d alt = %q, want %q", i+1, attr(img, "alt"), l.Alt)
		}
		want := "data:image/" + l.Format + ";base64," + base64.StdEncoding.EncodeToString(l.Data)
		if attr(img, "src") != want {
			t.Errorf("logo %d is not its own bytes as a data: URI", i+1)
		}
	}
}

// promiseTables are the tables of the promises, without the summary.
func promiseTables(root *nethtml.Node) []*nethtml.Node {
	var out []*nethtml.Node
	for _, tab := range all(root, atom.Table) {
		if attr(tab, "class") == "promise" {
			out = append(out, tab)
		}
	}
	return out
}

// checkSummary reads the summary's table as a reader gets it: a caption,
// column headers, each promise's row headed by the promise, and the same
// counts as the document's.
func checkSummary(t *testing.T, root *nethtml.Node, doc *report.Document) {
	t.Helper()
	var tab *nethtml.Node
	for _, x := range all(root, atom.Table) {
		if attr(x, "class") == "summary" {
			tab = x
		}
	}
	if tab == nil {
		t.Fatal("no summary table")
	}
	if got := text(first(tab, atom.Caption)); got != doc.Summary.Caption {
		t.Errorf("summary caption %q, want %q", got, doc.Summary.Caption)
	}
	var cols []string
	for _, th := range all(first(tab, atom.Thead), atom.Th) {
		if attr(th, "scope") != "col" {
			t.Errorf("summary header %q has scope %q", text(th), attr(th, "scope"))
		}
		cols = append(cols, text(th))
	}
	if strings.Join(cols, "|") != strings.Join(doc.Summary.Columns, "|") {
		t.Errorf("summary columns %q, want %q", cols, doc.Summary.Columns)
	}
	rows := append(all(first(tab, atom.Tbody), atom.Tr), all(first(tab, atom.Tfoot), atom.Tr)...)
	want := append(append([]report.SummaryRow(nil), doc.Summary.Rows...), doc.Summary.Total)
	if len(rows) != len(want) {
		t.Fatalf("summary has %d rows, want %d", len(rows), len(want))
	}
	for i, row := range rows {
		cells := children(row)
		if cells[0].DataAtom != atom.Th || attr(cells[0], "scope") != "row" || text(cells[0]) != want[i].Label {
			t.Errorf("summary row %d is headed %q, want a row header %q", i+1, text(cells[0]), want[i].Label)
		}
		var got []string
		for _, c := range cells[1:] {
			got = append(got, text(c))
		}
		if w := strings.Trim(fmt.Sprint(append(append([]int(nil), want[i].Counts...), want[i].Total)), "[]"); strings.Join(got, " ") != w {
			t.Errorf("summary row %d counts %q, want %q", i+1, got, w)
		}
	}
}

func checkTables(t *testing.T, root *nethtml.Node, doc *report.Document) {
	t.Helper()
	checkSummary(t, root, doc)
	tables := promiseTables(root)
	if len(tables) != len(doc.Promises) {
		t.Fatalf("%d tables, want one per promise (%d)", len(tables), len(doc.Promises))
	}
	for i, tab := range tables {
		p := doc.Promises[i]
		caption := firstChild(tab)
		if caption == nil || caption.DataAtom != atom.Caption {
			t.Fatalf("table %d does not start with a caption", i+1)
		}
		if got := spokenText(caption); got != p.Text.S {
			t.Errorf("table %d: caption is read as %q, want %q", i+1, got, p.Text.S)
		}
		if !strings.Contains(text(caption), "➤") {
			t.Errorf("table %d: caption has no ➤", i+1)
		}
		var cols []string
		for _, th := range all(first(tab, atom.Thead), atom.Th) {
			if attr(th, "scope") != "col" {
				t.Errorf("table %d: header %q has scope %q, want col", i+1, text(th), attr(th, "scope"))
			}
			cols = append(cols, text(th))
		}
		if strings.Join(cols, "|") != strings.Join(doc.Columns, "|") {
			t.Errorf("table %d: column headers %q, want %q", i+1, cols, doc.Columns)
		}
		rows := all(first(tab, atom.Tbody), atom.Tr)
		if len(rows) != len(p.Activities) {
			t.Fatalf("table %d: %d rows, want %d activities", i+1, len(rows), len(p.Activities))
		}
		for j, row := range rows {
			a := p.Activities[j]
			cells := children(row)
			if len(cells) != 4 || cells[0].DataAtom != atom.Th || attr(cells[0], "scope") != "row" {
				t.Fatalf("activity %d.%d: want a row header and three cells", i+1, j+1)
			}
			if !strings.HasPrefix(text(cells[0]), a.Text.S) {
				t.Errorf("activity %d.%d: row header %q does not start with the activity", i+1, j+1, text(cells[0]))
			}
			for k, c := range a.Cells {
				td := cells[k+1]
				if attr(td, "data-label") != doc.Columns[k+1] {
					t.Errorf("activity %d.%d: cell %d is labelled %q", i+1, j+1, k+1, attr(td, "data-label"))
				}
				if !c.Due || c.Empty() {
					if td.FirstChild != nil {
						t.Errorf("activity %d.%d: tertial %d should be empty, has %q", i+1, j+1, k+1, text(td))
					}
					continue
				}
				if c.Status != nil {
					// Colour never alone: the word is text, the mark is hidden.
					mark := first(td, atom.Span)
					if mark == nil || attr(mark, "aria-hidden") != "true" || text(mark) != "" {
						t.Errorf("activity %d.%d: tertial %d has no hidden colour mark", i+1, j+1, k+1)
					}
					if !strings.HasPrefix(spokenText(td), c.Status.Word) {
						t.Errorf("activity %d.%d: tertial %d is read as %q, want it to start with %q", i+1, j+1, k+1, spokenText(td), c.Status.Word)
					}
				}
				// Each paragraph of a note is one element, line breaks intact.
				var paras []string
				for _, para := range all(td, atom.P) {
					if strings.Contains(attr(para, "class"), "lines") {
						paras = append(paras, text(para))
					}
				}
				if got := strings.Join(paras, "\n\n"); got != c.Note.S {
					t.Errorf("activity %d.%d: tertial %d note is %q, want %q", i+1, j+1, k+1, got, c.Note.S)
				}
			}
		}
	}
}

// checkLinks finds each web and e-mail address of the document's texts
// as a link to it, in the order of the texts.
func checkLinks(t *testing.T, root *nethtml.Node, doc *report.Document) {
	t.Helper()
	var want []string
	for _, s := range doc.Texts() {
		for _, l := range report.Links(s) {
			want = append(want, l.Target+" "+s[l.Start:l.End])
		}
	}
	var got []string
	for _, a := range all(root, atom.A) {
		got = append(got, attr(a, "href")+" "+text(a))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("links:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// checkOrder finds every text of the document in the page's text, in
// reading order.
func checkOrder(t *testing.T, root *nethtml.Node, doc *report.Document) {
	t.Helper()
	want := doc.Texts()
	if len(doc.Signatories) > 0 {
		// The signatories, last in the list, come under their heading.
		n := 0
		for _, s := range doc.Signatories {
			n++
			if s.Role.S != "" {
				n++
			}
		}
		signatories := append([]string{doc.Words.SignaturesHeading}, want[len(want)-n:]...)
		want = append(want[:len(want)-n], signatories...)
	}
	want = append(want, doc.Meta.ShortTitle)

	page := collapse(text(first(root, atom.Body)))
	at := 0
	for _, w := range want {
		w = collapse(w)
		i := strings.Index(page[at:], w)
		if i < 0 {
			t.Errorf("%q is missing from the page after %q", w, page[max(0, at-60):at])
			continue
		}
		at += i + len(w)
	}
	for _, p := range doc.Promises {
		for _, a := range p.Activities {
			if line := collapse(doc.ResponsibleLine(a)); !strings.Contains(page, line) {
				t.Errorf("%q is missing from the page", line)
			}
		}
	}
}

func TestWarnings(t *testing.T) {
	out, warnings := render(t, build(t, "testdata/odd.toml"))
	if len(warnings) != 1 || !strings.Contains(warnings[0].Msg.String(), "U+0007") || warnings[0].Pos.Line == 0 {
		t.Fatalf("want one warning about U+0007 with its line, got %v", warnings)
	}
	if !bytes.Contains(out, []byte("svara\uFFFDsnabbare")) {
		t.Error("the control character is not shown as U+FFFD")
	}
}

func TestFolio(t *testing.T) {
	doc := &report.Document{}
	for footer, want := range map[string]string{
		"Sida {page} av {pages}": `"Sida " page " av " pages`,
		"{page}/{pages}":         `page "/" pages`,
		"Page {page}":            `"Page " page`,
		"{pages}":                `pages`,
	} {
		doc.Words.PageFooter = footer
		var got []string
		for _, p := range folio(doc) {
			if p.Counter != "" {
				got = append(got, p.Counter)
			} else {
				got = append(got, fmt.Sprintf("%q", p.Text))
			}
		}
		if strings.Join(got, " ") != want {
			t.Errorf("folio(%q) = %s, want %s", footer, strings.Join(got, " "), want)
		}
	}
}

// minCellWidth is the narrowest table cell, in CSS pixels, that still holds
// a readable line: about 20 characters.
const minCellWidth = 160

// axeResult is one line of run-axe.mjs's output.
type axeResult struct {
	File      string   `json:"file"`
	Viewport  string   `json:"viewport"`
	Overflow  int      `json:"overflow"`
	Narrowest int      `json:"narrowest"`
	Requests  []string `json:"requests"`
	// SummaryRows are the widths of the summary's rows, the total's last.
	SummaryRows []int `json:"summaryRows"`
	Passes      int   `json:"passes"`
	Violations  []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target  []any  `json:"target"`
			HTML    string `json:"html"`
			Summary string `json:"summary"`
		} `json:"nodes"`
	} `json:"violations"`
}

// TestAxe runs axe-core in chromium on every page at a desktop and a phone
// viewport. It needs node, chromium and the packages of testdata/axe
// (npm ci --prefix internal/report/html/testdata/axe); without them it is
// skipped, unless READERS=required says the machine must have them.
func TestAxe(t *testing.T) {
	const dir = "testdata/axe"
	missing := func(what string) { reporttest.Missing(t, what) }
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node")
	}
	for _, pkg := range []string{"axe-core", "playwright-core"} {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", pkg)); err != nil {
			missing(filepath.Join(dir, "node_modules", pkg) + " (npm ci --prefix " + dir + ")")
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err != nil {
		missing("/usr/bin/chromium")
	}

	tmp := t.TempDir()
	var files []string
	for _, s := range sources {
		out, _ := render(t, build(t, s.path))
		f := filepath.Join(tmp, s.name+".html")
		if err := os.WriteFile(f, out, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	// A page with known faults shows that violations are found at all.
	bad := filepath.Join(tmp, "bad.html")
	if err := os.WriteFile(bad, []byte(`<!doctype html><title>x</title><main><h1>x</h1>`+
		`<p style="color:#bbb">svag text</p><img src="data:image/png;base64,`+
		base64.StdEncoding.EncodeToString(mustRead(t, "testdata/logo.png"))+`"></main>`), 0o644); err != nil {
		t.Fatal(err)
	}

	// node starts Chromium, which must end with it.
	cmd := reporttest.Command(t, 3*time.Minute, node, append([]string{"run-axe.mjs"}, append(files, bad)...)...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("run-axe.mjs: %v\n%s", err, stderr.String())
	}
	var results []axeResult
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatalf("run-axe.mjs printed no results: %v\n%s", err, out)
	}
	if len(results) != 2*(len(files)+1) {
		t.Fatalf("%d results, want two viewports for each of %d files", len(results), len(files)+1)
	}
	for _, r := range results {
		where := filepath.Base(r.File) + " at " + r.Viewport
		if r.File == bad {
			var ids []string
			for _, v := range r.Violations {
				ids = append(ids, v.ID)
			}
			if got := strings.Join(ids, " "); !strings.Contains(got, "html-has-lang") || !strings.Contains(got, "image-alt") || !strings.Contains(got, "color-contrast") {
				t.Errorf("%s: axe found %q, want html-has-lang, image-alt and color-contrast among them", where, got)
			}
			continue
		}
		if r.Passes < 10 {
			t.Errorf("%s: axe passed only %d rules; did it run?", where, r.Passes)
		}
		if r.Overflow > 0 {
			t.Errorf("%s: the page is %d px wider than the viewport", where, r.Overflow)
		}
		if n := len(r.SummaryRows); n > 1 && r.SummaryRows[n-1] != r.SummaryRows[0] {
			t.Errorf("%s: the summary's total row is %d px wide, its other rows %d px", where, r.SummaryRows[n-1], r.SummaryRows[0])
		}
		if r.Narrowest < minCellWidth {
			t.Errorf("%s: a table cell is %d px wide; at least %d px keeps a line readable", where, r.Narrowest, minCellWidth)
		}
		for _, u := range r.Requests {
			t.Errorf("%s: the page requested %s", where, u)
		}
		for _, v := range r.Violations {
			var b strings.Builder
			fmt.Fprintf(&b, "%s: %s (%s): %s", where, v.ID, v.Impact, v.Help)
			for _, n := range v.Nodes {
				fmt.Fprintf(&b, "\n    %v %s\n      %s", n.Target, n.HTML, strings.ReplaceAll(n.Summary, "\n", "\n      "))
			}
			t.Error(b.String())
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func walk(n *nethtml.Node, f func(*nethtml.Node)) {
	if n == nil {
		return
	}
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func all(n *nethtml.Node, a atom.Atom) []*nethtml.Node {
	var out []*nethtml.Node
	walk(n, func(x *nethtml.Node) {
		if x.Type == nethtml.ElementNode && x.DataAtom == a {
			out = append(out, x)
		}
	})
	return out
}

func first(n *nethtml.Node, a atom.Atom) *nethtml.Node {
	if l := all(n, a); len(l) > 0 {
		return l[0]
	}
	return nil
}

func children(n *nethtml.Node) []*nethtml.Node {
	var out []*nethtml.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == nethtml.ElementNode {
			out = append(out, c)
		}
	}
	return out
}

func firstChild(n *nethtml.Node) *nethtml.Node {
	if c := children(n); len(c) > 0 {
		return c[0]
	}
	return nil
}

func attr(n *nethtml.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// text is an element's text content.
func text(n *nethtml.Node) string {
	var b strings.Builder
	walk(n, func(x *nethtml.Node) {
		if x.Type == nethtml.TextNode {
			b.WriteString(x.Data)
		}
	})
	return b.String()
}

// spokenText is the text content without what is hidden from assistive
// technology, with white space collapsed.
func spokenText(n *nethtml.Node) string {
	var b strings.Builder
	var visit func(*nethtml.Node)
	visit = func(x *nethtml.Node) {
		if x.Type == nethtml.ElementNode && attr(x, "aria-hidden") == "true" {
			return
		}
		if x.Type == nethtml.TextNode {
			b.WriteString(x.Data)
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return collapse(b.String())
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestYearRangesKeptTogether: a range of years, as the generated headings
// write it or as a source does, is kept on one line; other numbers and
// dashes are left as they are, and the text is escaped.
func TestYearRangesKeptTogether(t *testing.T) {
	for in, want := range map[string]string{
		"Medborgarlöften 2024–2025":   `Medborgarlöften <span class="years">2024–2025</span>`,
		"2020-2021 och 2022-2023":     `<span class="years">2020-2021</span> och <span class="years">2022-2023</span>`,
		"tel 12024-20251, <b>":        `tel 12024-20251, &lt;b&gt;`,
		"maj–augusti, 10–14":          `maj–augusti, 10–14`,
		"se www.x.se/2020-2021 2020-": `se <a href="https://www.x.se/2020-2021">www<wbr>.x<wbr>.se<wbr>/2020<wbr>-2021</a> 2020-`,
	} {
		if got := string(linked(in)); got != want {
			t.Errorf("linked(%q) = %s, want %s", in, got, want)
		}
	}
	doc := build(t, "testdata/long.toml")
	out, _ := render(t, doc)
	for _, h := range []string{doc.PromisesHeading.S} {
		if !strings.Contains(h, "2021–2023") {
			t.Fatalf("heading %q has no generated range 2021–2023", h)
		}
		if want := strings.Replace(h, "2021–2023", `<span class="years">2021–2023</span>`, 1); !bytes.Contains(out, []byte("<h2>"+want+"</h2>")) {
			t.Errorf("the page has no <h2>%s</h2>", want)
		}
	}
	for _, rule := range []string{".years { white-space: nowrap; }", "break-after: avoid; page-break-after: avoid;", "table, caption, thead, tbody, tfoot, tr, th, td { display: block; }"} {
		if !bytes.Contains(out, []byte(rule)) {
			t.Errorf("the stylesheet has no %q", rule)
		}
	}
}

// TestNumberedHeadingsKeptTogether: a column's heading keeps "Tertial" and
// its number on one line; the year may wrap below, and the text is escaped.
func TestNumberedHeadingsKeptTogether(t *testing.T) {
	for in, want := range map[string]string{
		"Tertial 3 2020": `<span class="keep">Tertial 3</span> 2020`,
		"Tertial 1":      `<span class="keep">Tertial 1</span>`,
		"Aktivitet":      `Aktivitet`,
		"<b> 2":          `&lt;b&gt; 2`,
	} {
		if got := string(numbered(in)); got != want {
			t.Errorf("numbered(%q) = %s, want %s", in, got, want)
		}
	}
}
