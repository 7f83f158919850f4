package round_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
	"uppfoljning/internal/report/round"
	"uppfoljning/internal/safefile"
)

var t1 = report.Tertial{Year: 2020, N: 1}

// ref26 is activity 2.6 of the example: "Genomfört tre" in tertial 1.
var ref26 = report.ActivityRef{Promise: 1, Activity: 5}

// TestEditReplaces: a note typed in by hand replaces the source's for the
// tertial, and nothing else of the file changes; typed again, it changes
// nothing; an empty status leaves the source's.
func TestEditReplaces(t *testing.T) {
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	im, err := round.Edit(src, tpl, t1, ref26, "", "Genomfört fyra,\ntill sist.")
	if err != nil {
		t.Fatal(msg.Text(err, msg.English))
	}
	old, _ := os.ReadFile(example)
	want := strings.Replace(string(old), `note    = "Genomfört tre"`, "note    = '''\nGenomfört fyra,\ntill sist.'''", 1)
	if string(im.Text) != want || len(im.Outcomes) != 1 || im.Outcomes[0] != report.Replaced {
		t.Fatalf("outcomes %v; wrote\n%s", im.Outcomes, reporttest.Diff(string(old), string(im.Text)))
	}
	back, err := report.Parse(example, im.Text, tpl)
	if err != nil {
		t.Fatal(err)
	}
	again, err := round.Edit(back, tpl, t1, ref26, "pågår", "Genomfört fyra,\ntill sist.")
	if err != nil || string(again.Text) != string(im.Text) || len(again.Changes) != 0 {
		t.Errorf("typed again: %v, %v", again.Changes, err)
	}
	// Typed for a tertial without a follow-up: one is added.
	added, err := round.Edit(src, tpl, t2, ref26, "genomförd", "")
	if err != nil || added.Outcomes[0] != report.Added {
		t.Errorf("added: %v, %v", added, err)
	}
}

// TestEditRefused: a status the template does not have is refused naming
// the source and the field.
func TestEditRefused(t *testing.T) {
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	_, err := round.Edit(src, tpl, t1, ref26, "klar", "")
	if got := msg.Text(err, msg.Swedish); !strings.HasPrefix(got, example+": "+tpl.FillIn.Status+`: status "klar"`) {
		t.Errorf("got %q", got)
	}
}

// TestReplace: the source written under its lock, the old kept as a
// version; a file saved meanwhile by an editor is never overwritten.
func TestReplace(t *testing.T) {
	tpl := reporttest.Template(t)
	_, path := reporttest.CopyExample(t)
	old, _ := os.ReadFile(path)
	snap, err := round.OpenSource(path, safefile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src, err := report.Parse(path, snap.Data, tpl)
	if err != nil {
		t.Fatal(err)
	}
	im, err := round.Edit(src, tpl, t1, ref26, "", "Genomfört fyra")
	if err != nil {
		t.Fatal(err)
	}
	version, err := round.Replace(snap, path, im.Text)
	snap.Close()
	if err != nil || version == "" {
		t.Fatalf("version %q, %v", version, err)
	}
	if now, _ := os.ReadFile(path); string(now) != string(im.Text) {
		t.Error("the source does not hold the edit")
	}
	kept, _ := filepath.Glob(filepath.Join(safefile.VersionsFolder(path), "*"))
	if len(kept) != 1 {
		t.Fatalf("versions %v", kept)
	}
	if data, _ := os.ReadFile(kept[0]); string(data) != string(old) {
		t.Error("the version is not the old source")
	}

	// Saved in an editor between reading and writing.
	saved := []byte(strings.Replace(string(im.Text), "Genomfört fyra", "Genomfört fem", 1))
	snap, err = round.OpenSource(path, safefile.Options{BeforeReplace: func() { os.WriteFile(path, saved, 0o644) }})
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	_, err = round.Replace(snap, path, old)
	if !errors.Is(err, safefile.ErrChanged) || !strings.Contains(msg.Text(err, msg.Swedish), "ändrades av någon annan") {
		t.Errorf("error %v, want the file changed", err)
	}
	if now, _ := os.ReadFile(path); string(now) != string(saved) {
		t.Error("the editor's save was overwritten")
	}
}

func TestOpenSourceFolder(t *testing.T) {
	dir := t.TempDir()
	_, err := round.OpenSource(dir, safefile.Options{})
	var list report.ErrorList
	if !errors.As(err, &list) || len(list) != 1 || list[0].File != dir {
		t.Errorf("got %v", err)
	}
}

// TestNewSource: a new source loads, and is never written over a file.
func TestNewSource(t *testing.T) {
	tpl := reporttest.Template(t)
	path := filepath.Join(t.TempDir(), "ny.toml")
	if err := round.NewSource(path, tpl, "Eksjö kommun", 2024, 2025); err != nil {
		t.Fatal(err)
	}
	written, _ := os.ReadFile(path)
	if _, err := report.Parse(path, written, tpl); err != nil {
		t.Errorf("the new source does not load: %v", err)
	}
	err := round.NewSource(path, tpl, "Annan kommun", 2024, 2025)
	var bad round.BadInput
	if !errors.As(err, &bad) || !strings.Contains(bad.In(msg.English), path) {
		t.Errorf("over a file: %v", err)
	}
	if now, _ := os.ReadFile(path); string(now) != string(written) {
		t.Error("the file was written over")
	}
}

// TestParsePeriod: a period as a person writes it, on the command line or
// in the page's form.
func TestParsePeriod(t *testing.T) {
	for _, c := range []struct {
		in          string
		first, last int
		ok          bool
	}{
		{"", 2026, 2026, true},
		{"  ", 2026, 2026, true},
		{"2025", 2025, 2025, true},
		{"2025-2026", 2025, 2026, true},
		{" 2025 – 2026 ", 2025, 2026, true},
		{"2025/2026", 0, 0, false},
		{"25-26", 0, 0, false},
		{"förra året", 0, 0, false},
	} {
		first, last, ok := round.ParsePeriod(c.in, 2026)
		if first != c.first || last != c.last || ok != c.ok {
			t.Errorf("%q: %d, %d, %v; want %d, %d, %v", c.in, first, last, ok, c.first, c.last, c.ok)
		}
	}
}
