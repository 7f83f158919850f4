package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
	"uppfoljning/templates"
)

// FuzzPipeline: whatever the source, the whole pipeline (load, document,
// every renderer) never panics; a source that loads is rendered in every
// format without error.
func FuzzPipeline(f *testing.F) {
	seeds, _ := filepath.Glob("../../internal/report/testdata/*/*.toml")
	seeds = append(seeds, example)
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	tpl, err := loadTemplate("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Logos are found next to the file, as for the test sources.
		src, err := report.Parse("../../internal/report/testdata/good/fuzz.toml", data, tpl)
		if err != nil {
			return
		}
		doc, err := report.NewDocument(src, tpl, src.DefaultTertial(), time.Unix(0, 0))
		if err != nil {
			t.Fatalf("an accepted source gives no document: %v", err)
		}
		for _, format := range round.Formats {
			if _, err := format.Render(io.Discard, doc); err != nil {
				t.Fatalf("%s: %v", format.Name, err)
			}
		}
	})
}

// FuzzTemplate: every template that loads makes a report of the example in
// every format, so that no template fault is left for build to meet after
// check has passed it.
func FuzzTemplate(f *testing.F) {
	f.Add(templates.Default)
	f.Add([]byte("[workbook]\ndata_sheet = \"Data 2\"\n[[status]]\nword = \"klar, helt\"\ncolor = \"#000000\"\n"))
	f.Add([]byte("[words]\nresponsible = \"&\"\npage_footer = \"{page}\"\n[theme]\ncolumns = [0.1, 0.1, 0.1, 0.7]\nmargin_left = 60.0\nmargin_right = 60.0\ncell_padding = 6.0\n"))
	data, err := os.ReadFile(example)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		tpl, err := report.LoadTemplate("fuzz.toml", text)
		if err != nil {
			return
		}
		src, err := report.Parse(example, data, tpl)
		if err != nil {
			return // a template may leave out a status the example uses
		}
		doc, err := report.NewDocument(src, tpl, report.Tertial{Year: 2020, N: 1}, time.Unix(0, 0))
		if err != nil {
			t.Fatalf("an accepted template makes no document: %v", err)
		}
		for _, format := range round.Formats {
			if _, err := format.Render(io.Discard, doc); err != nil {
				t.Fatalf("%s: an accepted template fails: %v", format.Name, err)
			}
		}
	})
}
