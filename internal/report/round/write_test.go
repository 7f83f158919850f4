package round_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"uppfoljning/internal/report/pdf"
	"uppfoljning/internal/report/reporttest"
	"uppfoljning/internal/report/round"
	"uppfoljning/internal/safefile"
)

// A failing renderer or writer leaves the previous report untouched and
// no partial file behind.
func TestAtomicWrite(t *testing.T) {
	writeFileAtomic := func(path string, write func(io.Writer) error) error {
		return round.WriteFile(path, write, safefile.Options{})
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "rapport.pdf")
	if err := writeFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "förra tertialets rapport"); return err }); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk full")
	err := writeFileAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "halva nya rappor")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want the writer's", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "förra tertialets rapport" {
		t.Errorf("the previous report became %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left: %v", entries)
	}
	// A writer failing midway through a real render.
	fail := &failingWriter{after: 1000}
	err = writeFileAtomic(path, func(w io.Writer) error {
		_, err := pdf.Renderer{}.Render(io.MultiWriter(w, fail), reporttest.Document(t, example, reporttest.CreatedAt(time.Unix(0, 0))))
		return err
	})
	if err == nil {
		t.Fatal("a failing writer was not reported")
	}
	if got, _ := os.ReadFile(path); string(got) != "förra tertialets rapport" {
		t.Errorf("the previous report became %d bytes", len(got))
	}
	// A renderer that panics leaves nothing behind either.
	func() {
		defer func() { recover() }()
		writeFileAtomic(path, func(w io.Writer) error { io.WriteString(w, "halv"); panic("fel i biblioteket") })
	}()
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left after a panic: %v", entries)
	}
	// A temporary file whose name does not say which process made it
	// may be another's live one, and stays.
	other := filepath.Join(dir, ".rapport.pdf.123456.tmp")
	os.WriteFile(other, []byte("halv"), 0o644)
	if err := writeFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "ny"); return err }); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files after a build: %v", entries)
	}
}

type failingWriter struct{ after int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.after -= len(p); f.after < 0 {
		return 0, errors.New("write failed")
	}
	return len(p), nil
}
