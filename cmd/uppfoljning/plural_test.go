package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOneActivityIsSingular: a count of one is told in the singular, "0 av
// 1 aktivitet", by status and by build's warning, in both languages.
func TestOneActivityIsSingular(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1590969600")
	for _, l := range languages {
		t.Run(l.name, func(t *testing.T) {
			t.Setenv("LANG", l.lang)
			dir := t.TempDir()
			src := filepath.Join(dir, "en.toml")
			os.WriteFile(src, []byte("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"), 0o644)
			status := runCLI(t, "status", src)
			build := runCLI(t, "build", "-format", "html", "-out", dir, src)
			if status.code != exitOK || build.code != exitOK {
				t.Fatalf("exit %d, %d\n%s%s", status.code, build.code, status.stderr, build.stderr)
			}
			golden(t, "one-activity"+l.suffix+".golden", strings.ReplaceAll(status.stdout+"--- build\n"+build.stderr, dir, "DIR"))
		})
	}
}
