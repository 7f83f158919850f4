package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report/reporttest"
)

// versionTime is the time in a kept version's name, which the real
// clock gives.
var versionTime = regexp.MustCompile(`-\d{8}-\d{6}-\d{3}\.`)

// versions are the texts of the kept versions of a source, oldest first.
func versions(t *testing.T, src string) []string {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(src+".versioner", "*"))
	var texts []string
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

// TestTertialRound runs the round as a coordinator would: status, collect,
// the colleagues fill in, import (first with -n), status again, build.
func TestTertialRound(t *testing.T) {
	// 1 September 2020: tertial 1's round is over, so it is tertial 2's.
	t.Setenv("SOURCE_DATE_EPOCH", "1598918400")
	dir, src := reporttest.CopyExample(t)
	clean := func(s string) string {
		return versionTime.ReplaceAllString(strings.ReplaceAll(s, dir, "DIR"), "-ÅÅÅÅMMDD-TTMMSS-mmm.")
	}
	var log strings.Builder
	step := func(want int, args ...string) result {
		t.Helper()
		r := runCLI(t, args...)
		if r.code != want {
			t.Fatalf("%v: exit %d, want %d\n%s%s", args, r.code, want, r.stdout, r.stderr)
		}
		log.WriteString("$ uppfoljning " + clean(strings.Join(args, " ")) + "\n" + clean(r.stdout))
		if r.stderr != "" {
			log.WriteString("--- stderr\n" + clean(r.stderr))
		}
		return r
	}
	step(0, "status", src)
	out := filepath.Join(dir, "ut")
	step(0, "collect", "-out", out, src)
	book := filepath.Join(out, "eksjo-2020-T2-underlag.xlsx")
	reporttest.FillBook(t, book, map[string]string{
		"F2": "pågår", "G2": "Ett medborgarmöte hölls i Mariannelund.\nNästa i Ingatorp.",
		"F3": "genomförd", "G3": "Tolv insatser, \"Operation Vår\".",
		"G8": "2020-05-20",
	})
	before, _ := os.ReadFile(src)
	step(0, "import", "-n", src, book)
	if after, _ := os.ReadFile(src); string(after) != string(before) {
		t.Fatal("import -n wrote the source")
	}
	step(0, "import", src, book)
	after, _ := os.ReadFile(src)
	if kept := versions(t, src); len(kept) != 1 || kept[0] != string(before) {
		t.Errorf("the previous version is not kept: %d versions", len(kept))
	}
	log.WriteString("--- the source's change\n" + reporttest.Diff(string(before), string(after)))
	step(0, "import", src, book)
	if again, _ := os.ReadFile(src); string(again) != string(after) {
		t.Error("importing the same workbook twice changed the source")
	}
	// A colleague changes an answer already written in: a conflict, shown
	// by -n with the choices, refused without one, settled by -append.
	reporttest.FillBook(t, book, map[string]string{"G2": "Ett andra möte hölls i Hult."})
	step(0, "import", "-n", src, book)
	step(exitBadInput, "import", src, book)
	step(exitBadInput, "import", "-keep", "-append", src, book)
	step(0, "import", "-append", src, book)
	appended, _ := os.ReadFile(src)
	log.WriteString("--- the source's change\n" + reporttest.Diff(string(after), string(appended)))
	step(0, "status", src)
	step(0, "build", "-format", "pdf", "-out", out, src)
	golden(t, "round.golden", log.String())
}

// A contributor's workbook per party: one for each, the party in the name,
// and the activities no one is named for in one of their own.
func TestCollectPerResponsible(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1590969600")
	dir := t.TempDir()
	src := filepath.Join(dir, "lista.toml")
	os.WriteFile(src, []byte(`title = "T"
municipality = "M"
period = "2020"
[[promise]]
text = "P"
[[promise.activity]]
text = "A"
responsible = ["Polisen", "Socialförvaltningen / IFO"]
[[promise.activity]]
text = "B"
[[promise.activity]]
text = "C"
responsible = "Polisen"
`), 0o644)
	r := runCLI(t, "collect", "-per-responsible", "-out", dir, src)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// Nothing is written yet: the round is the period's first tertial's.
	want := []string{"lista-2020-T1-underlag-Polisen.xlsx", "lista-2020-T1-underlag-Socialförvaltningen-IFO.xlsx", "lista-2020-T1-underlag-utan-ansvarig.xlsx"}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != len(want) {
		t.Fatalf("wrote %q, want %q", lines, want)
	}
	for i, w := range want {
		if filepath.Base(lines[i]) != w {
			t.Errorf("workbook %d is %s, want %s", i+1, filepath.Base(lines[i]), w)
		}
	}
	rows := func(name string) int {
		f, err := excelize.OpenFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		all, _ := f.GetRows("Underlag")
		return len(all) - 1
	}
	if rows(want[0]) != 2 || rows(want[1]) != 1 || rows(want[2]) != 1 {
		t.Errorf("rows %d %d %d, want 2 1 1", rows(want[0]), rows(want[1]), rows(want[2]))
	}
}

// new writes a source that checks and builds as it is, and never replaces
// a file.
func TestNew(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1590969600")
	dir := t.TempDir()
	path := filepath.Join(dir, "ny.toml")
	if r := runCLI(t, "new", "-municipality", `Åre "fjällkommun"`, "-period", "2025-2026", path); r.code != 0 || r.stdout != path+"\n" {
		t.Fatalf("exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, "check", path); r.code != 0 {
		t.Fatalf("check: exit %d\n%s", r.code, r.stderr)
	}
	if r := runCLI(t, "build", "-format", "pdf,xlsx,html", "-out", dir, path); r.code != 0 {
		t.Fatalf("build: exit %d\n%s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(path)
	for _, want := range []string{`municipality = 'Åre "fjällkommun"'`, `period       = "2025-2026"`, `tertial = "2025-T1"`, "# date"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the new source lacks %q", want)
		}
	}
	r := runCLI(t, "new", path)
	if again, _ := os.ReadFile(path); r.code != exitBadInput || string(again) != string(data) {
		t.Errorf("new over an existing file: exit %d, the file changed %v", r.code, string(again) != string(data))
	}
	if r := runCLI(t, "new", "-period", "2026-2020", filepath.Join(dir, "fel.toml")); r.code != exitBadInput || !strings.Contains(r.stderr, "slutar innan den börjar") {
		t.Errorf("a reversed period: exit %d\n%s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "fel.toml")); err == nil {
		t.Error("new wrote a source it refused")
	}
}

// A workbook with a problem is refused with exit 2, naming it, and nothing
// is written.
func TestImportRefused(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1598918400") // 1 September 2020: tertial 2's round
	dir, src := reporttest.CopyExample(t)
	if r := runCLI(t, "collect", "-out", dir, src); r.code != 0 {
		t.Fatal(r.stderr)
	}
	book := filepath.Join(dir, "eksjo-2020-T2-underlag.xlsx")
	reporttest.FillBook(t, book, map[string]string{"F2": "klar", "G3": "Bra."})
	before, _ := os.ReadFile(src)
	r := runCLI(t, "import", src, book, filepath.Join(dir, "saknas.xlsx"))
	if r.code != exitBadInput {
		t.Errorf("exit %d, want 2", r.code)
	}
	golden(t, "import-refused.golden", strings.ReplaceAll(r.stdout+"--- stderr\n"+r.stderr, dir, "DIR"))
	if after, _ := os.ReadFile(src); string(after) != string(before) {
		t.Error("a refused import wrote the source")
	}
	if _, err := os.Stat(src + ".versioner"); err == nil {
		t.Error("a refused import kept a version")
	}
}

// A word fixed in an activity after the workbooks went out: its row is
// still imported, with a warning quoting both texts. A row whose activity
// is gone (here its promise was rewritten) refuses the workbook, by its
// cell, unless -keep, which imports the rest.
func TestImportEditedAndGoneActivities(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1598918400") // 1 September 2020: tertial 2's round
	dir, src := reporttest.CopyExample(t)
	if r := runCLI(t, "collect", "-out", dir, src); r.code != 0 {
		t.Fatal(r.stderr)
	}
	book := filepath.Join(dir, "eksjo-2020-T2-underlag.xlsx")
	reporttest.FillBook(t, book, map[string]string{"G2": "Ett möte i Hult.", "G3": "Tio insatser."})
	text, _ := os.ReadFile(src)
	edited := strings.Replace(string(text), "två medborgarmöte med", "två medborgarmöten med", 1)
	edited = strings.Replace(edited, "Att minska risken för unga", "Att minska risken för barn och unga", 1)
	os.WriteFile(src, []byte(edited), 0o644)
	r := runCLI(t, "import", src, book)
	if r.code != exitBadInput || !strings.Contains(r.stderr, "Underlag!B3: aktiviteten på rad 3") || !strings.Contains(r.stderr, "-keep") {
		t.Fatalf("a gone activity: exit %d\n%s", r.code, r.stderr)
	}
	if now, _ := os.ReadFile(src); string(now) != edited {
		t.Fatal("a refused import wrote the source")
	}
	r = runCLI(t, "import", "-keep", src, book)
	if r.code != 0 {
		t.Fatalf("-keep: exit %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, `två medborgarmöte med fokus`) || !strings.Contains(r.stderr, `två medborgarmöten med fokus`) {
		t.Errorf("no warning quoting both texts:\n%s", r.stderr)
	}
	after, _ := os.ReadFile(src)
	if !strings.Contains(string(after), "Ett möte i Hult.") || strings.Contains(string(after), "Tio insatser.") {
		t.Errorf("-keep imported the wrong rows:\n%s", reporttest.Diff(edited, string(after)))
	}
}
