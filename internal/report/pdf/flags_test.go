package pdf

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// update makes golden-file tests rewrite their files under testdata/:
// go test ./internal/report/pdf/ -update
var update = flag.Bool("update", false, "rewrite golden files")

func TestMain(m *testing.M) {
	verifyContent = true // every PDF the tests make is checked mark by mark
	os.Exit(m.Run())
}

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
