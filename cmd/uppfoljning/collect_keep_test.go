package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"uppfoljning/internal/report/reporttest"
)

// TestCollectKeepsAnswers: collect run again (to resend a lost workbook)
// never replaces one that holds a colleague's answers, nor one it cannot
// read: it names it, writes the others and exits 2. A workbook as collect
// wrote it is written anew without a word.
func TestCollectKeepsAnswers(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1598918400") // 1 September 2020: tertial 2's round
	for _, l := range []struct{ lang, suffix string }{{"sv_SE.UTF-8", ""}, {"en_US.UTF-8", ".en"}} {
		t.Run(l.lang, func(t *testing.T) {
			t.Setenv("LANG", l.lang)
			dir, src := reporttest.CopyExample(t)
			out := filepath.Join(dir, "ut")
			collect := func() result {
				return runCLI(t, "collect", "-per-responsible", "-tertial", "2020-T2", "-out", out, src)
			}
			first := collect()
			if first.code != 0 {
				t.Fatalf("exit %d: %s", first.code, first.stderr)
			}
			books := strings.Split(strings.TrimSpace(first.stdout), "\n")
			if len(books) != 2 {
				t.Fatalf("wrote %q, want a workbook per party", books)
			}
			// Untouched: written anew, silently.
			if again := collect(); again.code != 0 || again.stderr != "" || again.stdout != first.stdout {
				t.Fatalf("collect over untouched workbooks: exit %d\n%s%s", again.code, again.stdout, again.stderr)
			}
			answered, other := books[0], books[1]
			reporttest.FillBook(t, answered, map[string]string{"F2": "pågår"})
			kept, _ := os.ReadFile(answered)
			os.Remove(other)
			r := collect()
			if r.code != exitBadInput {
				t.Errorf("exit %d, want 2", r.code)
			}
			if data, _ := os.ReadFile(answered); string(data) != string(kept) {
				t.Error("the answered workbook was replaced")
			}
			if _, err := os.Stat(other); err != nil || r.stdout != other+"\n" {
				t.Errorf("the other workbook was not written: %q", r.stdout)
			}
			// A file collect cannot read may hold answers too.
			os.WriteFile(other, []byte("inte en arbetsbok"), 0o644)
			r2 := collect()
			if data, _ := os.ReadFile(other); r2.code != exitBadInput || string(data) != "inte en arbetsbok" || r2.stdout != "" {
				t.Errorf("an unreadable file: exit %d, replaced %v", r2.code, string(data) != "inte en arbetsbok")
			}
			golden(t, "collect-keeps-answers"+l.suffix+".golden", strings.ReplaceAll(r.stderr+"---\n"+r2.stderr, dir, "DIR"))
		})
	}
}
