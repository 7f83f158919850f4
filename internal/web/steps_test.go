package web

import (
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
	"uppfoljning/internal/report/round"
)

// collectBooks sends out the workbooks for tertial 2 2020, one per party,
// from the page, and returns their paths.
func collectBooks(t *testing.T, w *workspace) []string {
	t.Helper()
	code, page := w.post("/k/eksjo.toml/underlag", url.Values{"t": {"2020-T2"}, "per": {"part"}})
	if code != 200 {
		t.Fatalf("collect: %d\n%s", code, page)
	}
	hrefs := regexp.MustCompile(`href="(/fil/underlag/[^"]+)"`).FindAllStringSubmatch(page, -1)
	if len(hrefs) != 2 {
		t.Fatalf("collect links %v:\n%s", hrefs, page)
	}
	var paths []string
	for _, h := range hrefs {
		name, _ := url.PathUnescape(strings.TrimPrefix(h[1], "/fil/underlag/"))
		code, body := w.get(h[1])
		path := filepath.Join(w.dir, collectFolder, name)
		data, _ := os.ReadFile(path)
		if code != 200 || body != string(data) {
			t.Fatalf("%s: %d, not the file", h[1], code)
		}
		paths = append(paths, path)
	}
	return paths
}

// fillCell writes answers into a workbook as a colleague would, and
// returns the saved file.
func fillCell(t *testing.T, path string, cells map[string]string) []byte {
	t.Helper()
	reporttest.FillBook(t, path, cells)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// preview drops workbooks on the page and returns the preview.
func (w *workspace) preview(books map[string][]byte) (int, string) {
	body, ct := multipartBooks(w.t, books)
	code, page, _ := w.do(w.request("POST", "/k/eksjo.toml/forhandsgranska", body, ct))
	return code, page
}

func hidden(t *testing.T, page, name string) string {
	t.Helper()
	m := regexp.MustCompile(`name="` + name + `" value="([^"]*)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no %s in:\n%s", name, page)
	}
	return m[1]
}

// TestPreviewAndTakeIn: the preview shows each change and conflict and
// writes nothing; "För in" needs every conflict settled, refuses a source
// changed since the preview, and then writes what import writes for the
// same choices.
func TestPreviewAndTakeIn(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	// An answer by phone first: the workbook's note will differ from it.
	_, page := w.get("/k/eksjo.toml?t=2020-T2")
	if code, body := w.post("/k/eksjo.toml/skriv", writeForm(w.versionOf(page), "Från telefonen.")); code != 200 {
		t.Fatal(body)
	}
	paths := collectBooks(t, w)
	books := map[string][]byte{}
	for _, p := range paths {
		cells := map[string]string{"F3": "genomförd"}
		if strings.Contains(p, "Polisen") {
			cells = map[string]string{"G2": "Mötet hölls i juni."}
		}
		books[filepath.Base(p)] = fillCell(t, p, cells)
	}
	before := w.read()
	code, preview := w.preview(books)
	if code != 200 {
		t.Fatalf("preview %d:\n%s", code, preview)
	}
	for _, want := range []string{"Mötet hölls i juni.", "Från telefonen.", "genomförd", `name="val-1-1"`, `value="ersatt"`,
		"<p>eksjo-2020-T2-underlag-Polisen.xlsx"} {
		if !strings.Contains(preview, want) {
			t.Errorf("the preview lacks %q", want)
		}
	}
	if w.read() != before {
		t.Fatal("the preview wrote")
	}
	form := url.Values{"t": {hidden(t, preview, "t")}, "version": {hidden(t, preview, "version")}, "svar": {hidden(t, preview, "svar")}}

	if code, body := w.post("/k/eksjo.toml/for-in", form); code != 422 || !strings.Contains(body, "för varje konflikt") {
		t.Errorf("unsettled: %d\n%s", code, body)
	}
	w.write(before + "\n")
	form.Set("val-1-1", "bada")
	if code, body := w.post("/k/eksjo.toml/for-in", form); code != 409 || !strings.Contains(body, "har ändrats") {
		t.Errorf("changed since the preview: %d\n%s", code, body)
	}
	w.write(before)
	if code, body := w.post("/k/eksjo.toml/for-in", form); code != 200 || !strings.Contains(body, "skriven för tertial 2 2020") {
		t.Fatalf("take in: %d\n%s", code, body)
	}

	// import -append, by the same engine, on the same bytes.
	tpl, _ := report.DefaultTemplate()
	src, _ := report.Parse(w.source, []byte(before), tpl)
	var wbs []round.Workbook
	for _, p := range paths {
		wb, _ := round.ReadWorkbook(p)
		wbs = append(wbs, wb)
	}
	ans, err := round.ReadAnswers(wbs, src, tpl, report.Append)
	if err != nil {
		t.Fatal(err)
	}
	im, err := src.Import(tpl, ans.Tertial, ans.Answers, report.Append)
	if err != nil {
		t.Fatal(err)
	}
	if w.read() != string(im.Text) {
		t.Error("the page wrote other bytes than import -append")
	}
	if !strings.Contains(w.read(), "Från telefonen.\n\nMötet hölls i juni.") {
		t.Errorf("not both notes:\n%s", w.read())
	}
}

// TestPreviewRefusesCells: a cell that cannot be taken in is shown with
// its reason, and nothing can be written.
func TestPreviewRefusesCells(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	paths := collectBooks(t, w)
	code, page := w.preview(map[string][]byte{"a.xlsx": fillCell(t, paths[0], map[string]string{"F2": "klart"})})
	if code != 422 || !strings.Contains(page, "F2") || !strings.Contains(page, "klart") || strings.Contains(page, "for-in") {
		t.Errorf("status %d:\n%s", code, page)
	}
	code, page = w.preview(map[string][]byte{"inte.xlsx": []byte("title = 1\n")})
	if code != 422 || !strings.Contains(page, "inte.xlsx") {
		t.Errorf("not a workbook: %d\n%s", code, page)
	}
}

// TestBuildFromThePage: the report in every format, into "rapporter",
// with links that open each.
func TestBuildFromThePage(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	code, page := w.post("/k/eksjo.toml/bygg", url.Values{"t": {"2020-T1"}})
	if code != 200 {
		t.Fatalf("%d\n%s", code, page)
	}
	for _, ext := range []string{"pdf", "xlsx", "html"} {
		href := "/fil/rapporter/eksjo-2020-T1." + ext
		if !strings.Contains(page, `href="`+href+`"`) {
			t.Errorf("no link to %s:\n%s", href, page)
		}
		_, body := w.get(href)
		data, err := os.ReadFile(filepath.Join(w.dir, "rapporter", "eksjo-2020-T1."+ext))
		if err != nil || body != string(data) {
			t.Errorf("%s: %v, or not the file", href, err)
		}
	}
	if !strings.Contains(page, "saknar status") {
		t.Errorf("build's warning is not on the page:\n%s", page)
	}
}

// TestNewSourceAndFolders: "Ny källfil" makes a source as new does, never
// over a file; another folder is opened by its path as pasted, and
// remembered.
func TestNewSourceAndFolders(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	form := url.Values{"kommun": {"Nässjö kommun"}, "period": {"2025–2026"}, "filnamn": {"nassjo"}}
	if code, _ := w.post("/ny", form); code != 303 {
		t.Fatalf("new: %d", code)
	}
	if data, err := os.ReadFile(filepath.Join(w.dir, "nassjo.toml")); err != nil || !strings.Contains(string(data), "Nässjö kommun") {
		t.Fatalf("not made: %v", err)
	}
	if code, body := w.post("/ny", form); code != 422 || !strings.Contains(body, "finns redan") {
		t.Errorf("made twice: %d\n%s", code, body)
	}
	for _, name := range []string{"../ut", `..\ut`, "/tmp/x"} {
		form.Set("filnamn", name)
		if code, _ := w.post("/ny", form); code != 422 {
			t.Errorf("%s: %d", name, code)
		}
	}
	form.Set("filnamn", "x")
	form.Set("period", "förra året")
	if code, body := w.post("/ny", form); code != 422 || !strings.Contains(body, "Löftesperioden") {
		t.Errorf("period: %d\n%s", code, body)
	}

	// A folder inside with a source is offered, as the zip's "exempel"
	// beside the program.
	os.Mkdir(filepath.Join(w.dir, "exempel"), 0o755)
	os.Mkdir(filepath.Join(w.dir, "tom"), 0o755)
	os.WriteFile(filepath.Join(w.dir, "exempel", "a.toml"), []byte("x"), 0o644)
	if _, start := w.get("/"); !strings.Contains(start, `value="`+filepath.Join(w.dir, "exempel")+`"`) || strings.Contains(start, filepath.Join(w.dir, "tom")) {
		t.Errorf("the folders here:\n%s", start)
	}

	other := t.TempDir()
	if code, _ := w.post("/mapp", url.Values{"mapp": {` "` + other + `" `}}); code != 303 || w.srv.Folder() != other {
		t.Fatalf("open: %d, folder %s", code, w.srv.Folder())
	}
	if code, _ := w.post("/mapp", url.Values{"mapp": {filepath.Join(other, "saknas")}}); code != 422 || w.srv.Folder() != other {
		t.Errorf("a folder that is not there: %d", code)
	}
	if code, body := w.post("/mapp", url.Values{"mapp": {"  "}}); code != 422 || !strings.Contains(body, `&#34;&#34; går inte att öppna`) {
		t.Errorf("no path: %d\n%s", code, body)
	}
	// A source's path, as copied, opens its folder and its page.
	code, _, h := w.do(w.request("POST", "/mapp", strings.NewReader(url.Values{"mapp": {w.source}}.Encode()), "application/x-www-form-urlencoded"))
	if code != 303 || h.Get("Location") != "/k/eksjo.toml" || w.srv.Folder() != w.dir {
		t.Errorf("a source's path: %d %s, folder %s", code, h.Get("Location"), w.srv.Folder())
	}
	w.post("/mapp", url.Values{"mapp": {other}})
	_, start := w.get("/")
	if !strings.Contains(start, "inga källfiler") || !strings.Contains(start, `value="`+w.dir+`"`) || strings.Contains(start, `value="`+other+`"`) {
		t.Errorf("the start page does not offer the folder opened first, or offers the one open:\n%s", start)
	}
}

// TestPagesInEnglish: the pages' words come from the catalogue, in the
// session's language.
func TestPagesInEnglish(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	w.srv.cfg.Lang = msg.English
	pages, err := makePages(msg.English)
	if err != nil {
		t.Fatal(err)
	}
	w.srv.pages = pages
	_, start := w.get("/")
	_, source := w.get("/k/eksjo.toml")
	for _, want := range []string{`lang="en"`, "Sources in the folder", "New source"} {
		if !strings.Contains(start, want) {
			t.Errorf("start lacks %q", want)
		}
	}
	for _, want := range []string{"Take in answers", "Send out workbooks", "tertial 2 2020"} {
		if !strings.Contains(source, want) {
			t.Errorf("source lacks %q", want)
		}
	}
}
