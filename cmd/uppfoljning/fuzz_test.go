package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"uppfoljning/internal/report"
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
		y, n := src.DefaultTertial()
		doc, err := report.NewDocument(src, tpl, y, n, time.Unix(0, 0))
		if err != nil {
			t.Fatalf("an accepted source gives no document: %v", err)
		}
		for _, format := range formats {
			if _, err := format.render(io.Discard, doc); err != nil {
				t.Fatalf("%s: %v", format.name, err)
			}
		}
	})
}
