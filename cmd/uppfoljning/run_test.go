package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"uppfoljning/internal/report/pdf"
	"uppfoljning/internal/report/reporttest"
)

const example = "../../examples/eksjo-2020-2021.toml"

func golden(t *testing.T, name, got string) {
	t.Helper()
	reporttest.Golden(t, filepath.Join("testdata", name), []byte(got))
}

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

func TestBuildExample(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1588291200")
	dir := t.TempDir()
	r := runCLI(t, "build", "-out", dir, example)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	pdfPath := filepath.Join(dir, "eksjo-2020-2021-2020-T1.pdf")
	if !strings.Contains(r.stdout, pdfPath+"\n") {
		t.Errorf("stdout %q does not name %s", r.stdout, pdfPath)
	}
	data, err := os.ReadFile(pdfPath)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	// The example, true to the report it comes from, has four activities
	// with nothing to report in its first tertial: the build says so.
	if !strings.HasPrefix(r.stderr, "warning: "+example+": 4 of 7 activities have no follow-up for tertial 1 2020:\n") || strings.Count(r.stderr, "\n") != 5 {
		t.Errorf("messages: %s", r.stderr)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

// Same source and SOURCE_DATE_EPOCH give the same bytes, on one core or
// many.
func TestBuildReproducible(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1588291200")
	build := func(procs int) map[string][]byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		dir := t.TempDir()
		if r := runCLI(t, "build", "-format", formatNames(), "-out", dir, example); r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		files := map[string][]byte{}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			files[e.Name()], _ = os.ReadFile(filepath.Join(dir, e.Name()))
		}
		return files
	}
	a, b := build(1), build(max(4, runtime.NumCPU()))
	if len(a) != len(formats) {
		t.Fatalf("%d files written, want one per format (%d)", len(a), len(formats))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

func TestCheck(t *testing.T) {
	r := runCLI(t, "check", example, "../../internal/report/testdata/bad/tertial-four.toml")
	if r.code != exitBadInput {
		t.Errorf("exit %d, want %d", r.code, exitBadInput)
	}
	golden(t, "check.stdout", r.stdout)
	golden(t, "check.stderr", r.stderr)
}

// TestCommandLine golden-tests what users see for each kind of mistake on
// the command line, and the exit codes.
func TestCommandLine(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1588291200")
	out := t.TempDir()
	bad := "../../internal/report/testdata/bad/"
	for _, c := range []struct {
		name string
		args []string
		code int
	}{
		{"no-arguments", nil, exitBadInput},
		{"help", []string{"-h"}, exitOK},
		{"build-help", []string{"build", "-h"}, exitOK},
		{"check-help", []string{"check", "-h"}, exitOK},
		{"unknown-command", []string{"bygg", example}, exitBadInput},
		{"no-source", []string{"build"}, exitBadInput},
		{"unknown-flag", []string{"build", "-tertail", "2020-T1", example}, exitBadInput},
		{"tertial-malformed", []string{"build", "-out", out, "-tertial", "2020-4", example}, exitBadInput},
		{"tertial-outside-period", []string{"build", "-out", out, "-tertial", "2023-T1", example}, exitBadInput},
		{"unknown-format", []string{"build", "-out", out, "-format", "pdf,docx", example}, exitBadInput},
		{"missing-source", []string{"build", "-out", out, "saknas.toml"}, exitBadInput},
		{"bad-and-good", []string{"build", "-out", out, "-format", "pdf", bad + "status-unknown.toml", example, bad + "empty-file.toml"}, exitBadInput},
		{"flags-after-source", []string{"build", example, "-format", "pdf", "-out", out, "-tertial", "2020-T2"}, exitOK},
		{"missing-template", []string{"check", "-template", "saknas.toml", example}, exitBadInput},
		{"bad-epoch", []string{"build", "-out", out, example}, exitBadInput},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.name == "bad-epoch" {
				t.Setenv("SOURCE_DATE_EPOCH", "igår")
			}
			r := runCLI(t, c.args...)
			if r.code != c.code {
				t.Errorf("exit %d, want %d\n%s", r.code, c.code, r.stderr)
			}
			clean := strings.ReplaceAll(r.stdout+"--- stderr\n"+r.stderr, out, "OUT")
			golden(t, filepath.Join("cli", c.name+".golden"), clean)
		})
	}
}

// Two sources with the same name would write the same report; the second
// is refused rather than replacing the first's.
func TestSameNameRefused(t *testing.T) {
	dir := t.TempDir()
	data, _ := os.ReadFile(example)
	other := filepath.Join(dir, "b", "eksjo-2020-2021.toml")
	os.MkdirAll(filepath.Dir(other), 0o755)
	os.WriteFile(other, data, 0o644)
	r := runCLI(t, "build", "-format", "pdf", "-out", filepath.Join(dir, "out"), example, other)
	if r.code != exitBadInput || !strings.Contains(r.stderr, "would replace the one just built from") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestUnwritableOutput(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "en-fil")
	os.WriteFile(file, nil, 0o644)
	r := runCLI(t, "build", "-out", file, example, example)
	if r.code != exitFailure {
		t.Errorf("exit %d, want %d", r.code, exitFailure)
	}
	if !strings.Contains(r.stderr, "cannot make the output folder") || strings.Count(r.stderr, "\n") != 1 || r.stdout != "" {
		t.Errorf("want one clear error, got %q", r.stderr)
	}
}

// A failing renderer or writer leaves the previous report untouched and
// no partial file behind.
func TestAtomicWrite(t *testing.T) {
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
		_, err := pdf.Renderer{}.Render(io.MultiWriter(w, fail), mustDocument(t))
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
	// A build killed outright leaves its temporary file; the next build
	// of that report removes it.
	stale := filepath.Join(dir, ".rapport.pdf.123456.tmp")
	os.WriteFile(stale, []byte("halv"), 0o644)
	if err := writeFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "ny"); return err }); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left after a build: %v", entries)
	}
}

type failingWriter struct{ after int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.after -= len(p); f.after < 0 {
		return 0, errors.New("write failed")
	}
	return len(p), nil
}

// Every refused source exits 2, says which file (and line where there is
// one), and writes nothing.
func TestBadCorpusRefused(t *testing.T) {
	files, _ := filepath.Glob("../../internal/report/testdata/bad/*.toml")
	if len(files) < 40 {
		t.Fatalf("%d bad sources", len(files))
	}
	for _, file := range files {
		out := t.TempDir()
		r := runCLI(t, "build", "-format", "pdf,xlsx,html", "-out", out, file)
		if r.code != exitBadInput {
			t.Errorf("%s: exit %d, want %d", file, r.code, exitBadInput)
		}
		if !strings.HasPrefix(r.stderr, file+":") || r.stdout != "" {
			t.Errorf("%s: stdout %q, stderr %q", file, r.stdout, r.stderr)
		}
		if entries, _ := os.ReadDir(out); len(entries) > 0 {
			t.Errorf("%s: a refused source wrote %v", file, entries)
		}
	}
}

// Windows-saved sources (byte order mark, CRLF) build like any other.
func TestWindowsSourceBuilds(t *testing.T) {
	r := runCLI(t, "build", "-format", "pdf,xlsx,html", "-out", t.TempDir(), "../../internal/report/testdata/good/windows.toml")
	if r.code != exitOK || strings.Count(r.stdout, "\n") != 3 {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// Characters no output can show are replaced, each named once with its
// line, and the build succeeds.
func TestUndrawableCharactersWarn(t *testing.T) {
	r := runCLI(t, "build", "-format", "pdf,xlsx,html", "-out", t.TempDir(), "../../internal/report/testdata/good/messy.toml")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	golden(t, "messy.stderr", r.stderr)
}

// A folder that cannot be written in is one error, not one per report.
// (Root writes anywhere, so this runs only as another user.)
func TestReadOnlyOutput(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write in a read-only folder")
	}
	dir := filepath.Join(t.TempDir(), "skrivskyddad")
	os.Mkdir(dir, 0o555)
	r := runCLI(t, "build", "-out", dir, example)
	if r.code != exitFailure || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "cannot write in the output folder") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestTemplateFaultsAtCheck: check finds every template fault that build
// would meet, with exit 2, and build refuses the same template before it
// writes anything.
func TestTemplateFaultsAtCheck(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"data column twice": "[workbook]\ndata_columns = [\"Löfte nr\", \"Medborgarlöfte\", \"Aktivitet nr\", \"Aktivitet\", \"Ansvariga\", \"År\", \"Tertial\", \"Status\", \"Aktivitet\"]\n",
		"sheet names alike": "[workbook]\ndata_sheet = \"Översikt\"\n",
		"sheet name":        "[workbook]\nreport_sheet = \"Uppföljning: 2020\"\n",
		"no logo alt":       "[words]\nlogo_alt = \"\"\n",
		"language":          "language = \"svenska\"\n",
		"syntax":            "[words\n",
	} {
		t.Run(name, func(t *testing.T) {
			tpl := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".toml")
			if err := os.WriteFile(tpl, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			r := runCLI(t, "check", "-template", tpl, example)
			if r.code != exitBadInput || !strings.HasPrefix(r.stderr, tpl+":") || r.stdout != "" {
				t.Errorf("check: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
			out := filepath.Join(dir, "out-"+filepath.Base(tpl))
			r = runCLI(t, "build", "-template", tpl, "-format", "pdf,xlsx,html", "-out", out, example)
			if r.code != exitBadInput {
				t.Errorf("build: exit %d, stderr %q", r.code, r.stderr)
			}
			if entries, _ := os.ReadDir(out); len(entries) > 0 {
				t.Errorf("build wrote %v with a refused template", entries)
			}
		})
	}
}
