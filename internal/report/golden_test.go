package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"uppfoljning/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
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
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what was produced (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func defaultTemplate(t testing.TB) *Template {
	t.Helper()
	tpl, err := LoadTemplate(templates.DefaultName, templates.Default)
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

var testDate = time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)

// document loads a source and makes the report of its default tertial.
func document(t testing.TB, path string) *Document {
	t.Helper()
	tpl := defaultTemplate(t)
	src, err := Load(path, tpl)
	if err != nil {
		t.Fatal(err)
	}
	y, n := src.DefaultTertial()
	doc, err := NewDocument(src, tpl, y, n, testDate)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
