package safefile

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func text(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func perm(t *testing.T, path string) fs.FileMode {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Perm()
}

// A file keeps its mode; a new one is 0644; a link is written through and
// stays a link; a folder in the file's place is refused.
func TestWriteKeepsWhatTheFileWas(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix modes, and links need rights")
	}
	dir := t.TempDir()
	fresh := filepath.Join(dir, "ny.pdf")
	if err := Write(fresh, text("ny"), Options{}); err != nil || perm(t, fresh) != 0o644 {
		t.Errorf("a new file: %v, mode %v", err, perm(t, fresh))
	}
	private := filepath.Join(dir, "privat.toml")
	os.WriteFile(private, []byte("gammal"), 0o600)
	if err := Write(private, text("ny"), Options{}); err != nil || perm(t, private) != 0o600 {
		t.Errorf("a private file: %v, mode %v", err, perm(t, private))
	}
	target := filepath.Join(dir, "mål", "källa.toml")
	os.Mkdir(filepath.Dir(target), 0o755)
	os.WriteFile(target, []byte("gammal"), 0o640)
	link := filepath.Join(dir, "länk.toml")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := Write(link, text("ny"), Options{}); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Lstat(link); st.Mode()&fs.ModeSymlink == 0 {
		t.Error("the link became a file")
	}
	if got := mustRead(t, target); got != "ny" || perm(t, target) != 0o640 {
		t.Errorf("the link's target: %q, mode %v", got, perm(t, target))
	}
	folder := filepath.Join(dir, "mapp.pdf")
	os.Mkdir(folder, 0o755)
	if err := Write(folder, text("ny"), Options{}); !errors.Is(err, ErrFolder) {
		t.Errorf("a folder in the file's place: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 5 {
		t.Errorf("left in the folder: %v", entries)
	}
}

// A temporary file is cleared only when the process that made it is gone:
// one of a running process (another build of the same report) stays.
func TestStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "rapport.pdf")
	prefix := tempPrefix("rapport.pdf")
	livePid, _ := otherProcess(t, "wait")
	deadPid, stopDead := otherProcess(t, "wait")
	stopDead(true)
	temp := func(pid int) string {
		name := filepath.Join(dir, prefix+strconv.Itoa(pid)+"-123.tmp")
		os.WriteFile(name, []byte("halv"), 0o644)
		return name
	}
	live, dead, own := temp(livePid), temp(deadPid), temp(os.Getpid())
	otherHost := filepath.Join(dir, ".rapport.pdf.0badc0de-"+strconv.Itoa(deadPid)+"-1.tmp")
	old := filepath.Join(dir, ".rapport.pdf.123456.tmp")
	for _, name := range []string{otherHost, old} {
		os.WriteFile(name, []byte("halv"), 0o644)
	}
	if err := Write(path, text("ny"), Options{}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{live, own, otherHost, old} {
		if _, err := os.Stat(name); err != nil {
			t.Errorf("%s was removed", filepath.Base(name))
		}
	}
	if _, err := os.Stat(dead); err == nil {
		t.Errorf("the stale %s stayed", filepath.Base(dead))
	}
}

// A second Open waits for the first's lock, and then reads what the first
// wrote; a change made meanwhile by a program that takes no lock is
// refused, and nothing is written.
func TestSnapshotLock(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "källa.toml")
	os.WriteFile(path, []byte("1"), 0o644)
	first, err := Open(path, 100, Options{})
	if err != nil {
		t.Fatal(err)
	}
	waiting := make(chan struct{})
	second := make(chan *Snapshot)
	go func() {
		s, err := Open(path, 100, Options{Waiting: func() { close(waiting) }})
		if err != nil {
			t.Error(err)
		}
		second <- s
	}()
	<-waiting
	if _, err := first.Replace([]byte("1 2"), 10); err != nil {
		t.Fatal(err)
	}
	first.Close()
	s := <-second
	if string(s.Data) != "1 2" {
		t.Fatalf("the second read %q, not what the first wrote", s.Data)
	}
	s.opts.BeforeReplace = func() { os.WriteFile(path, []byte("1 2 editor"), 0o644) }
	if _, err := s.Replace([]byte("1 2 3"), 10); !errors.Is(err, ErrChanged) {
		t.Errorf("a change under the snapshot: %v", err)
	}
	s.Close()
	if got := mustRead(t, path); got != "1 2 editor" {
		t.Errorf("the editor's text became %q", got)
	}
	if versions, _ := os.ReadDir(VersionsFolder(path)); len(versions) != 1 {
		t.Errorf("versions: %v", versions)
	}
}

// A lock held by a process killed outright is let go by the OS.
func TestLockOfKilledProcess(t *testing.T) {
	path := filepath.Join(t.TempDir(), "källa.toml")
	os.WriteFile(path, []byte("1"), 0o644)
	_, stop := otherProcess(t, "lock:"+path)
	l, err := LockFile(path, func() { stop(true) })
	if err != nil {
		t.Fatal(err)
	}
	l.Unlock()
}

// A read-only file is refused, untouched.
func TestReadOnlyRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "källa.toml")
	os.WriteFile(path, []byte("1"), 0o444)
	s, err := Open(path, 100, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Writable(); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Writable: %v", err)
	}
	if _, err := s.Replace([]byte("2"), 10); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Replace: %v", err)
	}
	if mustRead(t, path) != "1" {
		t.Error("the read-only file was written")
	}
}

// The newest ten versions stay, named so that they sort by time, each
// holding the text it replaced; other files in the folder are left alone.
func TestVersions(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "källa.toml")
	os.WriteFile(path, []byte("0"), 0o644)
	os.MkdirAll(VersionsFolder(path), 0o755)
	mine := filepath.Join(VersionsFolder(path), "anteckning.txt")
	os.WriteFile(mine, nil, 0o644)
	for i := 1; i <= 12; i++ {
		s, err := Open(path, 100, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Replace([]byte(strconv.Itoa(i)), 10); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	entries, _ := os.ReadDir(VersionsFolder(path))
	var names []string
	for _, e := range entries {
		if e.Name() != "anteckning.txt" {
			names = append(names, e.Name())
		}
	}
	if len(names) != 10 || len(entries) != 11 {
		t.Fatalf("versions: %v", entries)
	}
	for i, n := range names { // ReadDir sorts by name
		if got := mustRead(t, filepath.Join(VersionsFolder(path), n)); got != strconv.Itoa(i+2) {
			t.Errorf("version %d (%s) holds %q", i, n, got)
		}
	}
	// Two versions in one millisecond get two names, in order.
	at := time.Date(2025, 1, 15, 14, 30, 5, 123e6, time.Local)
	a, _ := SaveVersion(path, []byte("a"), 0o644, 20, at, Options{})
	b, _ := SaveVersion(path, []byte("b"), 0o644, 20, at, Options{})
	if filepath.Base(a) != "källa-20250115-143005-123.toml" || filepath.Base(b) != "källa-20250115-143005-124.toml" {
		t.Errorf("names %s, %s", a, b)
	}
}

// Long names are cut to MaxName bytes at a character, with a hash that
// keeps two of them apart; short ones stay as they are.
func TestFitName(t *testing.T) {
	if got := FitName("eksjo", "-2020-T1.pdf"); got != "eksjo-2020-T1.pdf" {
		t.Errorf("a short name became %q", got)
	}
	long := strings.Repeat("Åtgärdsgrupp ", 20)
	a, b := FitName(long+"A", ".xlsx"), FitName(long+"B", ".xlsx")
	for _, n := range []string{a, b} {
		if len(n) > MaxName || !utf8.ValidString(n) || !strings.HasSuffix(n, ".xlsx") || !strings.HasPrefix(n, "Åtgärdsgrupp") {
			t.Errorf("%q (%d bytes)", n, len(n))
		}
	}
	if a == b {
		t.Error("two long names became one")
	}
	if got := FitName(strings.Repeat("a", MaxName-4), ".pdf"); len(got) != MaxName || strings.Contains(got, "-") {
		t.Errorf("a name of just MaxName bytes became %q", got)
	}
}

// A device or a folder is not read.
func TestReadRegular(t *testing.T) {
	if _, err := ReadRegular(os.DevNull, 10); !errors.Is(err, ErrNotRegular) {
		t.Errorf("%s: %v", os.DevNull, err)
	}
	if _, err := ReadRegular(t.TempDir(), 10); !errors.Is(err, ErrFolder) {
		t.Errorf("a folder: %v", err)
	}
	path := filepath.Join(t.TempDir(), "f")
	os.WriteFile(path, bytes.Repeat([]byte("x"), 20), 0o644)
	if data, err := ReadRegular(path, 10); err != nil || len(data) != 11 {
		t.Errorf("read %d bytes, %v; want the limit and one more", len(data), err)
	}
}

// Whatever the names, FitName keeps the suffix, stays within MaxName and
// cuts only between characters.
func FuzzFitName(f *testing.F) {
	f.Add("eksjo", "-2020-T1.pdf")
	f.Add(strings.Repeat("Socialförvaltningen / IFO ", 10), ".xlsx")
	f.Fuzz(func(t *testing.T, stem, suffix string) {
		if !utf8.ValidString(stem) || len(suffix) > 20 {
			return
		}
		got := FitName(stem, suffix)
		if !strings.HasSuffix(got, suffix) || len(got) > max(MaxName, len(stem)+len(suffix)) || !utf8.ValidString(strings.TrimSuffix(got, suffix)) {
			t.Errorf("FitName(%q, %q) = %q", stem, suffix, got)
		}
		if len(stem)+len(suffix) <= MaxName && got != stem+suffix {
			t.Errorf("a short name changed: %q", got)
		}
	})
}
