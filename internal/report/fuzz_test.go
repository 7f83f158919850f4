package report_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
	"uppfoljning/templates"
)

// addSeeds seeds a fuzz target with the example and every test source.
func addSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.toml")
	files = append(files, "../../examples/eksjo-2020-2021.toml")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
}

// FuzzLoad: whatever the bytes, Parse never panics, and it either accepts
// the source or explains every problem with a place inside the file.
func FuzzLoad(f *testing.F) {
	addSeeds(f)
	tpl := reporttest.Template(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := report.Parse("testdata/fuzz.toml", data, tpl)
		if err != nil {
			var list report.ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not a non-empty report.ErrorList: %v", err)
			}
			lines := strings.Count(string(data), "\n") + 1
			for _, e := range list {
				if e.Pos.Line > lines || e.Pos.Line < 0 {
					t.Fatalf("error at line %d of a %d-line file: %v", e.Pos.Line, lines, e)
				}
				if e.Msg.String() == "" || !utf8.ValidString(e.Error()) {
					t.Fatalf("empty or invalid message: %q", e.Error())
				}
			}
			return
		}
		doc, err := report.NewDocument(src, tpl, src.DefaultTertial(), reporttest.Created)
		if err != nil {
			t.Fatalf("an accepted source gives no document: %v", err)
		}
		if _, warnings := doc.Sanitize(report.Printable, msg.OutputPDF); len(warnings) > 0 {
			for _, w := range warnings {
				if w.Pos.Line < 1 {
					t.Fatalf("warning without a line: %v", w)
				}
			}
		}
	})
}

// FuzzTemplate: a template file (-template) never makes the loader panic,
// and a template it accepts makes a report of the example.
func FuzzTemplate(f *testing.F) {
	f.Add(templates.Default)
	f.Add([]byte("language = \"sv-SE\"\n[theme]\ncolumns = [0.25, 0.25, 0.25, 0.25]\n"))
	example, err := os.ReadFile("../../examples/eksjo-2020-2021.toml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tpl, err := report.LoadTemplate("fuzz.toml", data)
		if err != nil {
			return
		}
		src, err := report.Parse("eksjo.toml", example, tpl)
		if err != nil {
			return // a template may leave out a status the example uses
		}
		if _, err := report.NewDocument(src, tpl, report.Tertial{Year: 2020, N: 1}, reporttest.Created); err != nil {
			t.Fatalf("an accepted template makes no document: %v", err)
		}
	})
}
