package report

import (
	"path/filepath"
	"testing"
	"time"

	"uppfoljning/internal/report/reporttest"
	"uppfoljning/templates"
)

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	reporttest.Golden(t, filepath.Join("testdata", name), got)
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
