package pdf

import (
	"encoding/json"
	"strings"
	"testing"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
	"uppfoljning/templates"
)

// qpdfObjects reads every object of a PDF as qpdf's JSON gives it.
func qpdfObjects(t *testing.T, data []byte) map[string]any {
	t.Helper()
	reporttest.Tool(t, "qpdf")
	var out struct {
		QPDF []json.RawMessage `json:"qpdf"` // its header, then the objects
	}
	if err := json.Unmarshal([]byte(command(t, "qpdf", "--json", tempPDF(t, data))), &out); err != nil || len(out.QPDF) < 2 {
		t.Fatalf("qpdf --json: %v", err)
	}
	var objects map[string]struct {
		Value any `json:"value"`
	}
	if err := json.Unmarshal(out.QPDF[1], &objects); err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	values := map[string]any{}
	for id, o := range objects {
		values[id] = o.Value
	}
	return values
}

// TestCatalogLanguage reads the rendered PDF's catalog with qpdf: its
// /Lang is the template's language, which screen readers pronounce the
// text by.
func TestCatalogLanguage(t *testing.T) {
	english := strings.Replace(string(templates.Default), `language = "sv-SE"`, `language = "en-GB"`, 1)
	tpl, err := report.LoadTemplate("en.toml", []byte(english))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		doc  *report.Document
		want string
	}{
		{reporttest.Document(t, example), "sv-SE"},
		{reporttest.Document(t, example, reporttest.WithTemplate(tpl)), "en-GB"},
	} {
		data, _ := renderDoc(t, c.doc)
		found := 0
		for _, v := range qpdfObjects(t, data) {
			d, _ := v.(map[string]any)
			if d["/Type"] != "/Catalog" {
				continue
			}
			found++
			if lang, _ := d["/Lang"].(string); strings.TrimPrefix(lang, "u:") != c.want {
				t.Errorf("the catalog's /Lang is %q, want %q", d["/Lang"], c.want)
			}
		}
		if found == 0 {
			t.Error("qpdf finds no catalog")
		}
	}
}
