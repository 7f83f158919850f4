package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"uppfoljning/internal/report/reporttest"
	"uppfoljning/internal/report/round"
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
	// The build says which tertial it chose, and the example, true to the
	// report it comes from, has four activities with nothing to report in
	// its first tertial: the build says so.
	chosen := example + ": tertial 1 2020 (välj en annan med -tertial, till exempel -tertial 2020-T2)\n"
	if !strings.HasPrefix(r.stderr, chosen+"varning: "+example+": 4 av 7 aktiviteter saknar status för tertial 1 2020:\n") || strings.Count(r.stderr, "\n") != 6 {
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
	if len(a) != len(round.Formats) {
		t.Fatalf("%d files written, want one per format (%d)", len(a), len(round.Formats))
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

// languages are the languages every message is told in, with the
// environment that chooses each and the ending of its golden files.
var languages = []struct{ name, lang, suffix string }{
	{"sv", "", ""},
	{"en", "en_US.UTF-8", ".en"},
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
		{"help-build", []string{"help", "build"}, exitOK},
		{"version", []string{"version"}, exitOK},
		{"unknown-flag-value", []string{"build", "-format"}, exitBadInput},
		{"bool-flag-value", []string{"import", "-n=false", "a.toml", "b.xlsx"}, exitBadInput},
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
		{"date-of-a-later-tertial", []string{"check", "-tertial", "2021-T2", "../../internal/report/testdata/good/years.toml"}, exitOK},
	} {
		for _, l := range languages {
			t.Run(c.name+"/"+l.name, func(t *testing.T) {
				t.Setenv("LANG", l.lang)
				if c.name == "bad-epoch" {
					t.Setenv("SOURCE_DATE_EPOCH", "igår")
				}
				r := runCLI(t, c.args...)
				if r.code != c.code {
					t.Errorf("exit %d, want %d\n%s", r.code, c.code, r.stderr)
				}
				clean := strings.ReplaceAll(r.stdout+"--- stderr\n"+r.stderr, out, "OUT")
				if c.name == "version" {
					clean = strings.ReplaceAll(clean, programVersion(), "VERSION")
				}
				golden(t, filepath.Join("cli", c.name+l.suffix+".golden"), clean)
			})
		}
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
	if r.code != exitBadInput || !strings.Contains(r.stderr, "skulle ersätta den som just byggdes från") {
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
	if !strings.Contains(r.stderr, "kan inte skapa mappen") || strings.Count(r.stderr, "\n") != 1 || r.stdout != "" {
		t.Errorf("want one clear error, got %q", r.stderr)
	}
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
	for _, l := range languages {
		t.Run(l.name, func(t *testing.T) {
			t.Setenv("LANG", l.lang)
			r := runCLI(t, "build", "-format", "pdf,xlsx,html", "-out", t.TempDir(), "../../internal/report/testdata/good/messy.toml")
			if r.code != exitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			golden(t, "messy"+l.suffix+".stderr", r.stderr)
			// check warns what build warns, and says ok.
			c := runCLI(t, "check", "-format", "pdf,xlsx,html", "../../internal/report/testdata/good/messy.toml")
			if c.code != exitOK || c.stderr != r.stderr || c.stdout != "../../internal/report/testdata/good/messy.toml: ok\n" {
				t.Errorf("check: exit %d\n%s---\n%s", c.code, c.stdout, c.stderr)
			}
		})
	}
}

// help COMMAND is COMMAND -h, in every language.
func TestHelpIsDashH(t *testing.T) {
	for _, l := range languages {
		t.Setenv("LANG", l.lang)
		for _, cmd := range commands {
			a, b := runCLI(t, "help", cmd.name), runCLI(t, cmd.name, "-h")
			if a.code != 0 || b.code != 0 || a.stdout != b.stdout || a.stdout == "" {
				t.Errorf("%s %s: help %q (exit %d), -h %q (exit %d)", l.name, cmd.name, a.stdout, a.code, b.stdout, b.code)
			}
		}
	}
}

// A file another program holds open cannot be replaced on Windows: the
// message says which and what to do, exit 1, the old file is as it was and
// the other outputs are written.
func TestLockedOutput(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1588291200")
	dir := t.TempDir()
	pdfPath := filepath.Join(dir, "eksjo-2020-2021-2020-T1.pdf")
	os.WriteFile(pdfPath, []byte("förra rapporten"), 0o644)
	var out, errOut bytes.Buffer
	c := &cli{stdout: &out, stderr: &errOut, rename: func(from, to string) error {
		if strings.HasSuffix(to, ".pdf") {
			return fmt.Errorf("rename %s: %w", to, round.ErrLocked)
		}
		return os.Rename(from, to)
	}}
	code := exitCode(c.dispatch([]string{"build", "-out", dir, example}))
	if code != exitFailure {
		t.Errorf("exit %d, want 1", code)
	}
	if got, _ := os.ReadFile(pdfPath); string(got) != "förra rapporten" {
		t.Error("the open file was changed")
	}
	if _, err := os.Stat(filepath.Join(dir, "eksjo-2020-2021-2020-T1.xlsx")); err != nil {
		t.Error("the workbook was not written")
	}
	want := pdfPath + " är öppen i ett annat program (Excel eller en PDF-läsare?), så den kunde inte ersättas; stäng den där och försök igen. Filen är som den var."
	if !strings.Contains(errOut.String(), want+"\n") {
		t.Errorf("stderr %q, want %q", errOut.String(), want)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
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
	if r.code != exitFailure || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "kan inte skriva i mappen") {
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

// A source named without a command, as Windows passes a file dropped on
// the program, is built into the folder beside it, and the program says
// where.
func TestDropped(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1588291200")
	dir, src := reporttest.CopyExample(t)
	r := runCLI(t, src)
	if r.code != exitOK {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	folder := filepath.Join(dir, dropFolder)
	for _, name := range []string{"eksjo-2020-T1.pdf", "eksjo-2020-T1.xlsx"} {
		if _, err := os.Stat(filepath.Join(folder, name)); err != nil {
			t.Errorf("%s was not built: %v", name, err)
		}
	}
	if !strings.HasSuffix(r.stdout, src+": rapporten finns i "+folder+"\n") {
		t.Errorf("stdout %q does not say where the report is", r.stdout)
	}
	if r := runCLI(t, "eksjo"); r.code != exitBadInput || !strings.Contains(r.stderr, `okänt kommando "eksjo"`) {
		t.Errorf("a word that is no file is an unknown command: exit %d\n%s", r.code, r.stderr)
	}
}

// A filled-in workbook dropped on the program, or given to build or
// check, is told to be one, with the command that takes it; no folder is
// made for a report.
func TestWorkbookGivenAsSource(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1598918400")
	dir, src := reporttest.CopyExample(t)
	if r := runCLI(t, "collect", "-out", dir, src); r.code != 0 {
		t.Fatal(r.stderr)
	}
	book := filepath.Join(dir, "eksjo-2020-T2-underlag.xlsx")
	for _, args := range [][]string{{book}, {"build", "-out", filepath.Join(dir, "ut"), book}, {"check", book}} {
		r := runCLI(t, args...)
		if r.code != exitBadInput || !strings.Contains(r.stderr, "ett ifyllt underlag") || !strings.Contains(r.stderr, "uppfoljning import KÄLLFIL.toml "+book) {
			t.Errorf("%v: exit %d\n%s", args, r.code, r.stderr)
		}
	}
	for _, folder := range []string{dropFolder, "ut"} {
		if _, err := os.Stat(filepath.Join(dir, folder)); err == nil {
			t.Errorf("a folder %s was left behind", folder)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		if r := runCLI(t, args...); r.code != 0 || r.stdout != "uppfoljning "+programVersion()+"\n" {
			t.Errorf("%v: exit %d, %q", args, r.code, r.stdout)
		}
	}
	defer func(v string) { version = v }(version)
	version = "v1.2.3"
	if programVersion() != "v1.2.3" {
		t.Error("the version the build gives is not used")
	}
}
