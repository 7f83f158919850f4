package web

import (
	"io"
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
	"uppfoljning/internal/report/reporttest"
	"uppfoljning/internal/safefile"
)

// example is the example source, which the tests copy into a folder of
// their own.
const example = "../../examples/eksjo-2020-2021.toml"

// firstSeptember2020 is a day in the example's round for tertial 2.
var firstSeptember2020 = time.Date(2020, 9, 1, 0, 0, 0, 0, time.UTC)

// workspace is a session served for a test, on loopback as the program
// serves it, and a browser's view of it: the address and the cookie.
type workspace struct {
	t      *testing.T
	srv    *Server
	http   *httptest.Server
	base   string // http://127.0.0.1:PORT
	dir    string
	source string // the example's path in dir
}

func newWorkspace(t *testing.T, files safefile.Options) *workspace {
	t.Helper()
	dir, source := reporttest.CopyExample(t)
	srv := newServer(t, dir, files)
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { srv.Shutdown(); hs.Close() })
	u, _ := url.Parse(hs.URL)
	port, _ := strconv.Atoi(u.Port())
	srv.SetPort(port)
	return &workspace{t: t, srv: srv, http: hs, base: hs.URL, dir: dir, source: source}
}

// newWorkspaceIn is a session on dir, not served: for benchmarks.
func newWorkspaceIn(tb testing.TB, dir string) *Server { return newServer(tb, dir, safefile.Options{}) }

// noForm is a request that asks for no tertial.
var noForm = httptest.NewRequest("GET", "/", nil)

func newServer(t testing.TB, dir string, files safefile.Options) *Server {
	tpl, err := report.DefaultTemplate()
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(Config{Folder: dir, Template: tpl, Lang: msg.Swedish, Poll: 5 * time.Millisecond,
		Today: func() time.Time { return firstSeptember2020 }, Recent: filepath.Join(dir, "config", "mappar.txt"), Files: files})
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// request is one request as a browser of the session sends it: with the
// cookie, and for a POST with the workspace's Origin.
func (w *workspace) request(method, path string, body io.Reader, contentType string) *http.Request {
	w.t.Helper()
	r, err := http.NewRequest(method, w.base+path, body)
	if err != nil {
		w.t.Fatal(err)
	}
	r.AddCookie(&http.Cookie{Name: w.srv.cookieName(), Value: w.srv.Token()})
	if method == http.MethodPost {
		r.Header.Set("Origin", w.base)
		r.Header.Set("Content-Type", contentType)
	}
	return r
}

// do sends a request without following redirects and returns the status
// and the body.
func (w *workspace) do(r *http.Request) (int, string, http.Header) {
	w.t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(r)
	if err != nil {
		w.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), resp.Header
}

func (w *workspace) get(path string) (int, string) {
	code, body, _ := w.do(w.request(http.MethodGet, path, nil, ""))
	return code, body
}

func (w *workspace) post(path string, form url.Values) (int, string) {
	code, body, _ := w.do(w.request(http.MethodPost, path, strings.NewReader(form.Encode()), "application/x-www-form-urlencoded"))
	return code, body
}

// read is the source's text now.
func (w *workspace) read() string {
	w.t.Helper()
	data, err := os.ReadFile(w.source)
	if err != nil {
		w.t.Fatal(err)
	}
	return string(data)
}

func (w *workspace) write(text string) {
	w.t.Helper()
	if err := os.WriteFile(w.source, []byte(text), 0o644); err != nil {
		w.t.Fatal(err)
	}
}

// versionOf is the version a page gives in its forms.
func (w *workspace) versionOf(page string) string {
	w.t.Helper()
	const key = `name="version" value="`
	i := strings.Index(page, key)
	if i < 0 {
		w.t.Fatalf("no version in the page:\n%s", page)
	}
	rest := page[i+len(key):]
	return rest[:strings.IndexByte(rest, '"')]
}
