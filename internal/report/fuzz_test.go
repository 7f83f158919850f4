package report

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

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
	tpl := defaultTemplate(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		src, err := Parse("testdata/fuzz.toml", data, tpl)
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not a non-empty ErrorList: %v", err)
			}
			lines := strings.Count(string(data), "\n") + 1
			for _, e := range list {
				if e.Pos.Line > lines || e.Pos.Line < 0 {
					t.Fatalf("error at line %d of a %d-line file: %v", e.Pos.Line, lines, e)
				}
				if e.Msg == "" || !utf8.ValidString(e.Error()) {
					t.Fatalf("empty or invalid message: %q", e.Error())
				}
			}
			return
		}
		y, n := src.DefaultTertial()
		doc, err := NewDocument(src, tpl, y, n, testDate)
		if err != nil {
			t.Fatalf("an accepted source gives no document: %v", err)
		}
		if _, warnings := doc.Sanitize(Printable, "the test"); len(warnings) > 0 {
			for _, w := range warnings {
				if w.Pos.Line < 1 {
					t.Fatalf("warning without a line: %v", w)
				}
			}
		}
	})
}

// FuzzScan: the position scanner never panics or loops, and every position
// it records lies inside the text.
func FuzzScan(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		text := string(data)
		m := scanTOML(text)
		for path, s := range m.values {
			if s.start < 0 || s.end < s.start || s.end > len(text) {
				t.Fatalf("%s: span %d–%d outside a %d-byte text", path, s.start, s.end, len(text))
			}
			_ = m.valuePos(path)
		}
		for path, off := range m.keys {
			if off < 0 || off > len(text) {
				t.Fatalf("%s: key at %d outside the text", path, off)
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
		tpl, err := LoadTemplate("fuzz.toml", data)
		if err != nil {
			return
		}
		src, err := Parse("eksjo.toml", example, tpl)
		if err != nil {
			return // a template may leave out a status the example uses
		}
		if _, err := NewDocument(src, tpl, 2020, 1, testDate); err != nil {
			t.Fatalf("an accepted template makes no document: %v", err)
		}
	})
}
