package web

import (
	"bufio"
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// TestHostVariants: names that resolve to loopback, or look like they
// do, but are not the names the workspace gives, are refused.
func TestHostVariants(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	port := w.base[strings.LastIndexByte(w.base, ':')+1:]
	for _, host := range []string{
		"127.0.0.1.:" + port, "localhost.:" + port, "[::1%25lo]:" + port, "[::1%lo]:" + port,
		"0x7f.1:" + port, "127.1:" + port, "2130706433:" + port, "user@127.0.0.1:" + port,
		"127.0.0.1:" + port + "@attacker.example", "127.0.0.1:0" + port, "127.0.0.1: " + port,
		"[::ffff:127.0.0.1]:" + port, "localhost.attacker.example:" + port, "",
	} {
		// Straight to the handler: a client would tidy the header.
		r := httptest.NewRequest("GET", "/", nil)
		r.Host = host
		r.AddCookie(&http.Cookie{Name: w.srv.cookieName(), Value: w.srv.Token()})
		rec := httptest.NewRecorder()
		w.srv.ServeHTTP(rec, r)
		if rec.Code != http.StatusForbidden {
			t.Errorf("Host %q: status %d", host, rec.Code)
		}
	}
	r := w.request("GET", "/", nil, "")
	r.Host = "LOCALHOST:" + port
	if code, _, _ := w.do(r); code != http.StatusOK {
		t.Errorf("LOCALHOST: status %d", code)
	}
}

// TestWelcomeRedirectsOnlyHere: the address with the secret sends the
// browser on only to a page of the workspace, never to another site
// however the path is spelled.
func TestWelcomeRedirectsOnlyHere(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	host := strings.TrimPrefix(w.base, "http://")
	for _, path := range []string{"//attacker.example/", "///attacker.example/", `/\attacker.example/`, `/\/attacker.example`, "/%2Fattacker.example/"} {
		r := httptest.NewRequest("GET", path+"?token="+w.srv.Token(), nil)
		r.Host = host
		rec := httptest.NewRecorder()
		w.srv.ServeHTTP(rec, r)
		loc := rec.Header().Get("Location")
		if rec.Code != http.StatusSeeOther || !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") || strings.HasPrefix(loc, `/\`) {
			t.Errorf("%s: status %d, sent on to %q", path, rec.Code, loc)
		}
		if u, err := url.Parse(loc); err != nil || u.Host != "" {
			t.Errorf("%s: sent on to another host: %q", path, loc)
		}
	}
}

// TestCookieShadowed: a cookie of the same name set for a narrower path
// by another page on localhost (cookies know no ports) is sent first; the
// session's own cookie still lets the browser in.
func TestCookieShadowed(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	r := w.request("GET", "/k/eksjo.toml", nil, "")
	r.Header.Del("Cookie")
	r.Header.Set("Cookie", w.srv.cookieName()+"=planted; "+w.srv.cookieName()+"="+w.srv.Token())
	if code, body, _ := w.do(r); code != http.StatusOK {
		t.Errorf("status %d:\n%.300s", code, body)
	}
}

// TestHeadersEverywhere: every answer, pages, errors and refusals alike,
// carries the policy, nosniff and no-store.
func TestHeadersEverywhere(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	for _, tt := range []struct{ method, path string }{
		{"GET", "/"}, {"GET", "/finns-inte"}, {"GET", "/k/saknas.toml"}, {"GET", "/resurs/saknas.css"},
		{"GET", "/resurs/workspace.js"}, {"GET", "/k/eksjo.toml/rapport"}, {"GET", "/k/eksjo.toml/fel"},
		{"GET", "/fil/rapporter/x.pdf"}, {"GET", "/mapp"}, {"POST", "/k/saknas.toml/bygg"}, {"PATCH", "/"},
	} {
		r := w.request(tt.method, tt.path, strings.NewReader(""), "application/x-www-form-urlencoded")
		_, _, h := w.do(r)
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors") || !strings.Contains(csp, "default-src 'none'") ||
			h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Cache-Control") != "no-store" {
			t.Errorf("%s %s: headers %v", tt.method, tt.path, h)
		}
	}
}

// TestLiveEndsWithTheClient: the live stream of a page that went away
// ends, and leaves nothing running.
func TestLiveEndsWithTheClient(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	ctx, cancel := context.WithCancel(context.Background())
	r := httptest.NewRequestWithContext(ctx, "GET", "/k/eksjo.toml/live", nil)
	r.Host = strings.TrimPrefix(w.base, "http://")
	r.AddCookie(&http.Cookie{Name: w.srv.cookieName(), Value: w.srv.Token()})
	done := make(chan struct{})
	go func() { w.srv.ServeHTTP(httptest.NewRecorder(), r); close(done) }()
	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the live stream outlived its client")
	}
}

// TestLiveOnlyForSources: the live stream watches sources, not any file
// in the folder.
func TestLiveOnlyForSources(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	os.WriteFile(filepath.Join(w.dir, "anteckning.txt"), []byte("x"), 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	r := w.request("GET", "/k/anteckning.txt/live", nil, "").WithContext(ctx)
	code, _, _ := w.do(r)
	if code != http.StatusNotFound {
		t.Errorf("status %d", code)
	}
}

// TestNoInjection: a source's texts and a file's name reach the pages as
// text, never as markup.
func TestNoInjection(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	text := strings.Replace(w.read(), `municipality = "Eksjö kommun"`, `municipality = "`+strings.ReplaceAll(evil, `"`, `\"`)+`"`, 1)
	if text == w.read() {
		t.Fatal("the example names no municipality as the test expects")
	}
	name := `<img src=x onerror=alert(3)>.toml`
	if err := os.WriteFile(filepath.Join(w.dir, name), []byte(text), 0o644); err != nil {
		t.Skip("no such file name here:", err)
	}
	for _, path := range []string{"/", sourceHref(name), sourceHref(name) + "/fel", sourceHref(name) + "/rapport"} {
		code, body := w.get(path)
		if code != 200 || strings.Contains(body, "<script>alert") || strings.Contains(body, "<img src=x") {
			t.Errorf("%s: status %d, markup from the source:\n%s", path, code, body)
		}
	}
}

// TestOddSourceNames: a source named with spaces, å, #, % and ? is
// listed, opened, built and its files served.
func TestOddSourceNames(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	name := "Eksjö #1 100% klart?.toml"
	if err := os.Rename(w.source, filepath.Join(w.dir, name)); err != nil {
		t.Skip(err)
	}
	code, body := w.get("/")
	if code != 200 || !strings.Contains(body, `href="`+sourceHref(name)+`"`) {
		t.Fatalf("start page: %d\n%s", code, body)
	}
	for _, path := range []string{sourceHref(name), sourceHref(name) + "/rapport", sourceHref(name) + "?t=skräp", sourceHref(name) + "?t=2099-T9"} {
		if code, body := w.get(path); code != 200 {
			t.Errorf("%s: %d\n%.300s", path, code, body)
		}
	}
	code, body = w.post(sourceHref(name)+"/bygg", url.Values{"t": {"2020-T2"}})
	if code != 200 {
		t.Fatalf("build: %d\n%s", code, body)
	}
	i := strings.Index(body, `href="/fil/rapporter/`)
	if i < 0 {
		t.Fatalf("no link:\n%s", body)
	}
	href := body[i+6:]
	href = strings.ReplaceAll(href[:strings.IndexByte(href, '"')], "&amp;", "&")
	if code, _ := w.get(href); code != 200 {
		t.Errorf("%s: %d", href, code)
	}
}

// TestWindowsDeviceNames: a new source is never given a name Windows
// keeps for a device, where what is written would go nowhere.
func TestWindowsDeviceNames(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	for _, name := range []string{"CON", "con.toml", "NUL", "aux.toml", "COM1", "lpt9.toml", "CON .toml", "prn.backup.toml"} {
		code, body := w.post("/ny", url.Values{"filnamn": {name}, "kommun": {"Eksjö kommun"}})
		if code != http.StatusUnprocessableEntity {
			t.Errorf("%q: status %d:\n%.300s", name, code, body)
		}
	}
	for _, ok := range []string{"console.toml", "Konto.toml"} {
		if code, body := w.post("/ny", url.Values{"filnamn": {ok}, "kommun": {"Eksjö kommun"}}); code != http.StatusSeeOther {
			t.Errorf("%q: status %d:\n%s", ok, code, body[strings.Index(body, "<main"):])
		}
	}
}

// TestServedWhereListening: the address the program prints and opens is
// the one it listens on, also when that is IPv6 loopback or another
// loopback address, and requests to it are let in.
func TestServedWhereListening(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:0", "[::1]:0", "127.0.0.2:0", "localhost:0"} {
		l, err := Listen(addr)
		if err != nil {
			t.Logf("%s: %v", addr, err)
			continue
		}
		srv := newServer(t, t.TempDir(), safefileOptions())
		srv.SetAddr(l.Addr().(*net.TCPAddr)) // as the program does before it prints the address
		u := srv.URL("/")
		done := make(chan error, 1)
		go func() { done <- srv.Serve(l) }()
		jar := &cookieJar{}
		client := &http.Client{Jar: jar, Timeout: 10 * time.Second}
		resp, err := client.Get(u)
		if err != nil {
			t.Errorf("%s: %s: %v", addr, u, err)
		} else {
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Errorf("%s: %s: status %d", addr, u, resp.StatusCode)
			}
		}
		srv.Shutdown()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// cookieJar keeps the session's cookie as a browser does, whatever host
// name it was set for.
type cookieJar struct{ cookies []*http.Cookie }

func (j *cookieJar) SetCookies(_ *url.URL, cs []*http.Cookie) { j.cookies = append(j.cookies, cs...) }
func (j *cookieJar) Cookies(*url.URL) []*http.Cookie          { return j.cookies }

// TestPreviewNamesTheTertial: the preview says which tertial the
// workbooks change, whatever tertial the page showed; and a preview
// forgotten after more were made is refused with what to do, not written.
func TestPreviewNamesTheTertial(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	paths := collectBooks(t, w)
	books := map[string][]byte{filepath.Base(paths[0]): fillCell(t, paths[0], map[string]string{"F3": "genomförd"})}
	code, first := w.preview(books)
	if code != 200 {
		t.Fatalf("preview %d:\n%s", code, first)
	}
	if want := w.srv.say(msg.WebPreviewFor, tertial2020T2.Name()); !strings.Contains(first, want) {
		t.Errorf("the preview does not say %q", want)
	}
	for range keptBatches {
		w.preview(books)
	}
	form := url.Values{"version": {hidden(t, first, "version")}, "svar": {hidden(t, first, "svar")}, "val-1-1": {"ersatt"}}
	before := w.read()
	if code, body := w.post("/k/eksjo.toml/for-in", form); code != 422 || !strings.Contains(body, w.srv.say(msg.WebUploadGone)) {
		t.Errorf("a forgotten preview: %d\n%s", code, body)
	}
	if w.read() != before {
		t.Error("a forgotten preview wrote")
	}
}

var tertial2020T2, _ = report.ParseTertial("2020-T2")

// TestHugeFormRefused: a form over the limit is told as too large, never
// as a file that has changed, and nothing is written.
func TestHugeFormRefused(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	_, page := w.get("/k/eksjo.toml?t=2020-T2")
	before := w.read()
	huge := strings.Repeat("Lång anteckning. ", maxFormBytes/16)
	for _, path := range []string{"/k/eksjo.toml/skriv", "/k/eksjo.toml/for-in"} {
		code, body := w.post(path, writeForm(w.versionOf(page), huge))
		if code != http.StatusRequestEntityTooLarge || strings.Contains(body, "har ändrats") {
			t.Errorf("%s: status %d:\n%.2000s", path, code, body[strings.Index(body, "<main"):])
		}
	}
	if w.read() != before {
		t.Error("written")
	}
}

// TestOddSources: an empty folder, a UTF-16 source and many sources are
// each a page that says what there is.
func TestOddSources(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	os.Remove(w.source)
	if code, body := w.get("/"); code != 200 || !strings.Contains(body, w.srv.say(msg.WebStartNone)) {
		t.Errorf("empty folder: %d\n%s", code, body)
	}
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "title = \"x\"\n" {
		utf16 = append(utf16, byte(r), 0)
	}
	os.WriteFile(filepath.Join(w.dir, "utf16.toml"), utf16, 0o644)
	for _, path := range []string{"/", "/k/utf16.toml", "/k/utf16.toml/fel", "/k/utf16.toml/rapport"} {
		if code, body := w.get(path); code != 200 {
			t.Errorf("%s: %d\n%s", path, code, body)
		}
	}
	data, _ := os.ReadFile(example)
	for i := range 200 {
		os.WriteFile(filepath.Join(w.dir, "k"+strconv.Itoa(i)+".toml"), data, 0o644)
	}
	if code, body := w.get("/"); code != 200 || strings.Count(body, `href="/k/k`) != 200 {
		t.Errorf("200 sources: %d, %d links", code, strings.Count(body, `href="/k/k`))
	}
}

// TestLiveTellsASaveBeforeItOpened: a save between the page and its live
// stream is told as soon as the stream opens.
func TestLiveTellsASaveBeforeItOpened(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	_, page := w.get("/k/eksjo.toml")
	const key = `data-live="`
	i := strings.Index(page, key)
	if i < 0 {
		t.Fatalf("no live address:\n%s", page)
	}
	live := page[i+len(key):]
	live = strings.ReplaceAll(live[:strings.IndexByte(live, '"')], "&amp;", "&")
	w.write(w.read() + "\n# sparad\n")
	// Without the news the stream would only comment now and then: the
	// wait is cut off.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	resp, err := http.DefaultClient.Do(w.request("GET", live, nil, "").WithContext(ctx))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	lines := bufio.NewReader(resp.Body)
	for {
		line, err := lines.ReadString('\n')
		if err != nil {
			t.Fatalf("no change told: %v", err)
		}
		if line == "event: change\n" {
			return
		}
	}
}
