package reporttest

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// Golden compares got with the golden file at path, or rewrites the file
// when the tests run with -update. On a difference it shows the first line
// that differs: golden files can be long.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			t.Errorf("%s differs from what was produced, first at line %d (go test -update rewrites it):\n got: %q\nwant: %q", path, i+1, g, w)
			return
		}
	}
}

// ReadersRequired tells whether the outside readers the tests check the
// outputs with must be there (READERS=required, as in CI).
func ReadersRequired() bool { return os.Getenv("READERS") == "required" }

// Missing skips a test that needs a reader the machine lacks, or fails it
// when the readers are required.
func Missing(t testing.TB, what string) {
	t.Helper()
	if ReadersRequired() {
		t.Fatalf("%s is missing, and READERS=required", what)
	}
	t.Skipf("%s is missing; READERS=required makes this a failure", what)
}

// Tool returns the path of the first of names found, or skips the test
// (fails it when readers are required) if none is installed.
func Tool(t testing.TB, names ...string) string {
	t.Helper()
	for _, name := range names {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	Missing(t, strings.Join(names, " or "))
	return ""
}
