package round_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
	"uppfoljning/internal/report/round"
	"uppfoljning/internal/safefile"
)

func TestFormatByName(t *testing.T) {
	var names []string
	for _, f := range round.Formats {
		names = append(names, f.Name+"."+f.Ext)
		if got, ok := round.FormatByName(f.Name); !ok || got.Name != f.Name {
			t.Errorf("FormatByName(%q) = %v, %v", f.Name, got, ok)
		}
	}
	if got := strings.Join(names, " "); got != "pdf.pdf xlsx.xlsx html.html" {
		t.Errorf("formats %s, want pdf, xlsx, html in that order", got)
	}
	if _, ok := round.FormatByName("docx"); ok {
		t.Error("an unknown format was found")
	}
}

// TestBuild: every format into a folder made for it, under the names
// build has always used, the same bytes each time.
func TestBuild(t *testing.T) {
	doc := reporttest.Document(t, example, reporttest.CreatedAt(time.Unix(0, 0)))
	dir := filepath.Join(t.TempDir(), "rapporter", "2020")
	outs, warnings, err := round.Build(doc, round.Formats, dir, safefile.Options{})
	if err != nil || len(warnings) != 0 {
		t.Fatalf("error %v, warnings %v", err, warnings)
	}
	if len(outs) != len(round.Formats) {
		t.Fatalf("%d outputs, want %d", len(outs), len(round.Formats))
	}
	first := map[string][]byte{}
	for i, o := range outs {
		want := filepath.Join(dir, "eksjo-2020-2021-"+doc.Tertial.String()+"."+round.Formats[i].Ext)
		data, _ := os.ReadFile(o.Path)
		if o.Err != nil || o.Path != want || o.Format.Name != round.Formats[i].Name || len(data) == 0 {
			t.Errorf("output %d: %+v, %d bytes; want %s", i, o, len(data), want)
		}
		first[o.Path] = data
	}
	again, _, _ := round.Build(doc, round.Formats, dir, safefile.Options{})
	for _, o := range again {
		if data, _ := os.ReadFile(o.Path); !bytes.Equal(data, first[o.Path]) {
			t.Errorf("%s differs when built again", o.Path)
		}
	}
}

// TestBuildFolder: a folder that cannot be made is one error, and nothing
// is written.
func TestBuildFolder(t *testing.T) {
	doc := reporttest.Document(t, example)
	file := filepath.Join(t.TempDir(), "en-fil")
	os.WriteFile(file, nil, 0o644)
	outs, _, err := round.Build(doc, round.Formats, file, safefile.Options{})
	if err == nil || outs != nil || !strings.Contains(msg.Text(err, msg.English), file) {
		t.Errorf("outputs %v, error %v; want the folder's error alone", outs, err)
	}
}

// TestBuildFileErrors: a file open in another program, or a renderer that
// fails, is told for that file, in words that name it; the other files
// are written.
func TestBuildFileErrors(t *testing.T) {
	doc := reporttest.Document(t, example)
	dir := t.TempDir()
	opts := safefile.Options{Rename: func(from, to string) error {
		if strings.HasSuffix(to, ".pdf") {
			return fmt.Errorf("rename %s: %w", to, round.ErrLocked)
		}
		return os.Rename(from, to)
	}}
	broken := round.Format{Name: "trasig", Ext: "txt", Renderer: fakeRenderer{err: errors.New("disk full")}}
	outs, _, err := round.Build(doc, []round.Format{round.Formats[0], round.Formats[1], broken}, dir, opts)
	if err != nil || len(outs) != 3 {
		t.Fatalf("outputs %v, error %v", outs, err)
	}
	if !errors.Is(outs[0].Err, round.ErrLocked) || !round.Whole(outs[0].Err) || !strings.Contains(msg.Text(outs[0].Err, msg.English), outs[0].Path+" is open in another program") {
		t.Errorf("the locked PDF: %v", outs[0].Err)
	}
	if outs[1].Err != nil {
		t.Errorf("the workbook: %v", outs[1].Err)
	}
	got := msg.Text(outs[2].Err, msg.English)
	if round.Whole(outs[2].Err) || !strings.Contains(got, doc.File.Name) || !strings.Contains(got, outs[2].Path) || !strings.Contains(got, "disk full") {
		t.Errorf("the failed renderer: %s", got)
	}
	if _, err := os.Stat(outs[2].Path); !errors.Is(err, os.ErrNotExist) {
		t.Error("a failed renderer left a file")
	}
}

// TestBuildWarningsOnce: a warning two renderers both give is told once.
func TestBuildWarningsOnce(t *testing.T) {
	doc := reporttest.Document(t, example)
	w1 := report.Warning{File: "a.toml", Pos: report.Position{Line: 3, Col: 1}, Msg: msg.New(msg.NotRegularFile)}
	w2 := report.Warning{File: "a.toml", Pos: report.Position{Line: 4, Col: 1}, Msg: msg.New(msg.NotRegularFile)}
	formats := []round.Format{
		{Name: "a", Ext: "a", Renderer: fakeRenderer{warnings: []report.Warning{w1, w2, w1}}},
		{Name: "b", Ext: "b", Renderer: fakeRenderer{warnings: []report.Warning{w2, w1}}},
	}
	_, warnings, err := round.Build(doc, formats, t.TempDir(), safefile.Options{})
	if err != nil || len(warnings) != 2 || warnings[0].String() != w1.String() || warnings[1].String() != w2.String() {
		t.Errorf("warnings %v, error %v; want each once, in order", warnings, err)
	}
}

type fakeRenderer struct {
	warnings []report.Warning
	err      error
}

func (r fakeRenderer) Render(w io.Writer, _ *report.Document) ([]report.Warning, error) {
	io.WriteString(w, "en rapport")
	return r.warnings, r.err
}
