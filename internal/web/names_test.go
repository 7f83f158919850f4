package web

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"uppfoljning/internal/safefile"
)

func safefileOptions() safefile.Options { return safefile.Options{} }

// TestNamesNeverPaths: a name from the browser that is a path, or leads
// out of the folder, names nothing.
func TestNamesNeverPaths(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	outside := filepath.Join(t.TempDir(), "utanfor.toml")
	os.WriteFile(outside, []byte("title = \"hemlig\"\n"), 0o644)
	if err := os.Symlink(outside, filepath.Join(w.dir, "lank.toml")); err != nil {
		t.Skip("no symlinks:", err)
	}
	os.Mkdir(filepath.Join(w.dir, "rapporter"), 0o755)
	os.Symlink(outside, filepath.Join(w.dir, "rapporter", "lank.pdf"))
	os.WriteFile(filepath.Join(w.dir, "rapporter", ".dold.pdf"), []byte("x"), 0o644)
	for _, path := range []string{
		"/k/" + url.PathEscape("../eksjo.toml"),
		"/k/" + url.PathEscape("..\\eksjo.toml"),
		"/k/" + url.PathEscape(w.source),
		"/k/" + url.PathEscape(outside),
		"/k/" + url.PathEscape("C:\\Windows\\win.ini"),
		"/k/lank.toml",
		"/k/lank.toml/rapport",
		"/k/saknas.toml",
		"/k/eksjo.toml%00.txt",
		"/k/..",
		"/fil/rapporter/lank.pdf",
		"/fil/rapporter/.dold.pdf",
		"/fil/" + url.PathEscape("..") + "/eksjo.toml",
		"/fil/rapporter/" + url.PathEscape("../eksjo.toml"),
		"/fil/versioner/eksjo.toml",
		"/resurs/start.html",
		"/resurs/" + url.PathEscape("../pages.go"),
	} {
		code, body := w.get(path)
		if code != 404 && code != 307 {
			t.Errorf("%s: status %d:\n%s", path, code, body)
		}
		if strings.Contains(body, "hemlig") || strings.Contains(body, "[[promise]]") {
			t.Errorf("%s: shows a file's content", path)
		}
	}
	if code, body := w.get("/"); code != 200 || strings.Contains(body, "lank.toml") {
		t.Errorf("the start page lists a link out of the folder:\n%s", body)
	}
}

func TestPlainName(t *testing.T) {
	for name, want := range map[string]bool{
		"eksjo.toml": true, "Eksjö 2025–2026.toml": true, "a": true,
		"": false, ".": false, "..": false, ".dold.toml": false, "a/b.toml": false, `a\b.toml`: false,
		"C:x.toml": false, "/etc/passwd": false, "a\x00b": false, strings.Repeat("a", 256): false,
		"CON.toml": false, "nul": false, "Com1.toml": false, "LPT9.x.toml": false, "aux .toml": false,
		"COM.toml": true, "com10.toml": true, "console.toml": true, "conx.toml": true,
	} {
		if got := plainName(name); got != want {
			t.Errorf("plainName(%q) = %v, want %v", name, got, want)
		}
	}
}
