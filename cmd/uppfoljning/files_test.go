package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report/reporttest"
)

// runArgs runs the command line args with c, as run does: the error told, the
// exit status returned.
func (c *cli) runArgs(args ...string) int {
	err := c.dispatch(args)
	var told reported
	if err != nil && !errors.As(err, &told) {
		c.tellErr(err)
	}
	return exitCode(err)
}

// hooked is a run of the command whose output is kept, in Swedish.
func hooked() (*cli, *bytes.Buffer, *bytes.Buffer) {
	var out, errOut bytes.Buffer
	return &cli{stdout: &out, stderr: &errOut, rename: os.Rename}, &out, &errOut
}

// roundBooks collects the fill-in workbook of the example for tertial 2
// 2020 and makes n copies of it, the i-th with a note of its own for
// activity i+1, as n colleagues would return them.
func roundBooks(t *testing.T, n int) (src string, books []string, notes []string) {
	t.Helper()
	t.Setenv("SOURCE_DATE_EPOCH", "1598918400")
	dir, src := reporttest.CopyExample(t)
	if r := runCLI(t, "collect", "-out", dir, src); r.code != 0 {
		t.Fatal(r.stderr)
	}
	blank, err := os.ReadFile(filepath.Join(dir, "eksjo-2020-T2-underlag.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		book := filepath.Join(dir, fmt.Sprintf("svar-%d.xlsx", i+1))
		os.WriteFile(book, blank, 0o644)
		note := fmt.Sprintf("Kollega %d har gjort sitt.", i+1)
		reporttest.FillBook(t, book, map[string]string{fmt.Sprintf("G%d", i+2): note})
		books, notes = append(books, book), append(notes, note)
	}
	return src, books, notes
}

// lost lists the notes the source does not hold.
func lost(t *testing.T, src string, notes []string) []string {
	t.Helper()
	data, _ := os.ReadFile(src)
	var out []string
	for _, n := range notes {
		if !strings.Contains(string(data), n) {
			out = append(out, n)
		}
	}
	return out
}

// Two imports into one source at once: the second waits for the first's
// lock, then reads what the first wrote. Both sets of notes land.
func TestTwoImportsAtOnce(t *testing.T) {
	src, books, notes := roundBooks(t, 2)
	first, _, firstErr := hooked()
	second, _, secondErr := hooked()
	firstRead := make(chan struct{})
	secondWaits := make(chan struct{})
	first.beforeReplace = func() {
		close(firstRead)
		<-secondWaits // the second import is at the lock now
	}
	second.waiting = func() { close(secondWaits) }
	codes := make(chan int)
	go func() { codes <- first.runArgs("import", src, books[0]) }()
	select {
	case <-firstRead:
	case code := <-codes:
		t.Fatalf("the first import ended before it wrote: exit %d\n%s", code, firstErr)
	}
	go func() { codes <- second.runArgs("import", src, books[1]) }()
	if a, b := <-codes, <-codes; a != exitOK || b != exitOK {
		t.Fatalf("exit %d and %d\n%s\n%s", a, b, firstErr, secondErr)
	}
	if l := lost(t, src, notes); len(l) > 0 {
		t.Errorf("notes lost: %q", l)
	}
	if kept := versions(t, src); len(kept) != 2 {
		t.Errorf("%d versions kept, want 2", len(kept))
	}
}

// Imports racing with no order imposed: every note lands.
func TestImportsRacing(t *testing.T) {
	src, books, notes := roundBooks(t, 4)
	var wg sync.WaitGroup
	for _, book := range books {
		wg.Go(func() {
			c, _, errOut := hooked()
			if code := c.runArgs("import", src, book); code != exitOK {
				t.Errorf("%s: exit %d\n%s", book, code, errOut)
			}
		})
	}
	wg.Wait()
	if l := lost(t, src, notes); len(l) > 0 {
		t.Errorf("notes lost: %q", l)
	}
}

// The source saved in an editor while an import runs: the import writes
// nothing and says so; the editor's text stays; run again, it lands.
func TestEditorSavesDuringImport(t *testing.T) {
	src, books, notes := roundBooks(t, 1)
	edited := func() []byte {
		data, _ := os.ReadFile(src)
		return append(data, "# Sparad i Anteckningar under importen.\n"...)
	}()
	c, _, errOut := hooked()
	c.beforeReplace = func() { os.WriteFile(src, edited, 0o644) }
	if code := c.runArgs("import", src, books[0]); code != exitFailure {
		t.Errorf("exit %d, want 1", code)
	}
	want := src + " ändrades av någon annan (ett annat program eller en annan import) efter att den lästes in, så ingenting skrevs; kör igen\n"
	if !strings.HasSuffix(errOut.String(), want) {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
	if now, _ := os.ReadFile(src); !bytes.Equal(now, edited) {
		t.Error("the editor's save was lost")
	}
	if kept := versions(t, src); len(kept) != 0 {
		t.Errorf("a refused import kept %d versions", len(kept))
	}
	if r := runCLI(t, "import", src, books[0]); r.code != exitOK || len(lost(t, src, append(notes, "Sparad i Anteckningar"))) > 0 {
		t.Errorf("run again: exit %d\n%s", r.code, r.stderr)
	}
}

// A source behind a link is written through it, a private source stays
// private, and a read-only one is refused, untouched.
func TestImportKeepsTheFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix modes and links")
	}
	src, books, notes := roundBooks(t, 1)
	dir := filepath.Dir(src)
	link := filepath.Join(dir, "länk.toml")
	if err := os.Symlink(src, link); err != nil {
		t.Fatal(err)
	}
	os.Chmod(src, 0o600)
	if r := runCLI(t, "import", link, books[0]); r.code != exitOK {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if st, _ := os.Lstat(link); st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link became a file")
	}
	if l := lost(t, src, notes); len(l) > 0 {
		t.Error("the link's target was not written")
	}
	if st, _ := os.Stat(src); st.Mode().Perm() != 0o600 {
		t.Errorf("the private source became %v", st.Mode().Perm())
	}

	src, books, _ = roundBooks(t, 1)
	os.Chmod(src, 0o444)
	before, _ := os.ReadFile(src)
	r := runCLI(t, "import", src, books[0])
	if r.code != exitBadInput || !strings.HasSuffix(r.stderr, src+" är skrivskyddad, så ingenting skrevs; ta bort skrivskyddet (i Utforskaren: Egenskaper, Skrivskyddad) och försök igen\n") {
		t.Errorf("a read-only source: exit %d\n%s", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(src); !bytes.Equal(after, before) {
		t.Error("the read-only source was written")
	}
	if st, _ := os.Stat(src); st.Mode().Perm() != 0o444 {
		t.Errorf("the read-only source became %v", st.Mode().Perm())
	}
}

// Every version import replaces is kept, the newest ten, oldest first by
// name.
func TestImportKeepsVersions(t *testing.T) {
	src, books, _ := roundBooks(t, 1)
	var texts []string
	for i := range 12 {
		reporttest.FillBook(t, books[0], map[string]string{"G2": fmt.Sprintf("Version %d.", i)})
		before, _ := os.ReadFile(src)
		texts = append(texts, string(before))
		if r := runCLI(t, "import", "-replace", src, books[0]); r.code != exitOK {
			t.Fatalf("import %d: exit %d\n%s", i, r.code, r.stderr)
		}
	}
	kept := versions(t, src)
	if len(kept) != 10 {
		t.Fatalf("%d versions kept, want 10", len(kept))
	}
	for i, k := range kept {
		if k != texts[i+2] {
			t.Errorf("version %d is not the text import %d replaced", i, i+2)
		}
	}
}

// Two builds of one source at once both write their reports: neither
// takes away the other's temporary file.
func TestTwoBuildsAtOnce(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1588291200")
	dir := t.TempDir()
	second, _, secondErr := hooked()
	first, _, firstErr := hooked()
	once := true
	first.rename = func(from, to string) error {
		if once { // the first's temporary file is written: the second builds now
			once = false
			if code := second.runArgs("build", "-format", "pdf", "-out", dir, example); code != exitOK {
				t.Errorf("the second build: exit %d\n%s", code, secondErr)
			}
		}
		return os.Rename(from, to)
	}
	if code := first.runArgs("build", "-format", "pdf", "-out", dir, example); code != exitOK {
		t.Errorf("the first build: exit %d\n%s", code, firstErr)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

// Names too long for a file system are shortened: a party of 200
// characters, a source whose name is long.
func TestLongOutputNames(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1598918400")
	dir := t.TempDir()
	party := strings.Repeat("Förvaltningen för samhällsbyggnad ", 6)[:200]
	src := filepath.Join(dir, strings.Repeat("källa", 40)+"abcd.toml")
	os.WriteFile(src, []byte("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\nresponsible = \""+party+"\"\n"), 0o644)
	for _, args := range [][]string{
		{"collect", "-per-responsible", "-out", dir, src},
		{"build", "-out", dir, src},
	} {
		r := runCLI(t, args...)
		if r.code != exitOK {
			t.Errorf("%s: exit %d\n%s", args[0], r.code, r.stderr)
		}
		for _, line := range strings.Fields(r.stdout) {
			if n := len(filepath.Base(line)); n > 120 {
				t.Errorf("%s: a name of %d bytes", args[0], n)
			}
		}
	}
}

// What the commands say when a file is not what they need, in both
// languages: a folder where a report goes, a workbook named twice.
func TestFileMessages(t *testing.T) {
	var log strings.Builder
	for _, lang := range []msg.Lang{msg.Swedish, msg.English} {
		src, books, _ := roundBooks(t, 1)
		dir := filepath.Dir(src)
		clean := func(s string) string {
			return versionTime.ReplaceAllString(strings.ReplaceAll(s, dir, "DIR"), "-ÅÅÅÅMMDD-TTMMSS-mmm.")
		}
		for _, args := range [][]string{
			{"import", src, books[0], books[0], dir + "/./" + filepath.Base(books[0])},
			{"build", "-format", "pdf", "-tertial", "2020-T2", "-out", dir, src},
		} {
			if args[0] == "build" {
				os.Mkdir(filepath.Join(dir, "eksjo-2020-T2.pdf"), 0o755)
			}
			c, out, errOut := hooked()
			c.lang = lang
			code := c.runArgs(args...)
			fmt.Fprintf(&log, "$ uppfoljning %s\nexit %d\n%s--- stderr\n%s\n", clean(strings.Join(args, " ")), code, clean(out.String()), clean(errOut.String()))
		}
	}
	golden(t, "files.golden", log.String())
}

// A source in a folder no one may write in can be tried with -n; without
// it, the import says it cannot write there, and writes nothing. (Root
// writes anywhere, so this runs only as another user.)
func TestImportReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 || runtime.GOOS == "windows" {
		t.Skip("root writes in a read-only folder")
	}
	src, books, _ := roundBooks(t, 1)
	dir := filepath.Dir(src)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	if r := runCLI(t, "import", "-n", src, books[0]); r.code != exitOK {
		t.Errorf("-n: exit %d\n%s", r.code, r.stderr)
	}
	if r := runCLI(t, "import", src, books[0]); r.code != exitFailure || !strings.Contains(r.stderr, "kan inte skriva i mappen "+dir) {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
}
