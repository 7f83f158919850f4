package report

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExampleDump(t *testing.T) {
	doc := document(t, "../../examples/eksjo-2020-2021.toml")
	var b bytes.Buffer
	if err := doc.Dump(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "eksjo-2020-2021.dump", b.Bytes())
}

func TestGoodSourcesDump(t *testing.T) {
	for _, c := range []struct {
		file          string
		year, tertial int // 0: the source's default
	}{
		{"windows.toml", 0, 0},
		{"messy.toml", 0, 0},
		{"years.toml", 2021, 2},
		{"years.toml", 2020, 3},
		{"years.toml", 0, 0},
	} {
		name := strings.TrimSuffix(c.file, ".toml")
		if c.year > 0 {
			name += fmt.Sprintf("-%d-T%d", c.year, c.tertial)
		}
		t.Run(name, func(t *testing.T) {
			tpl := defaultTemplate(t)
			src, err := Load(filepath.Join("testdata", "good", c.file), tpl)
			if err != nil {
				t.Fatal(err)
			}
			y, n := c.year, c.tertial
			if y == 0 {
				y, n = src.DefaultTertial()
			}
			doc, err := NewDocument(src, tpl, y, n, testDate)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			doc.Dump(&b)
			golden(t, filepath.Join("good", name+".dump"), b.Bytes())
		})
	}
}

// TestBadSources checks every refused source under testdata/bad against
// its golden message: the file, the line and column, and what is allowed.
func TestBadSources(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 40 {
		t.Fatalf("only %d bad sources; the corpus should hold at least 40", len(files))
	}
	tpl := defaultTemplate(t)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".toml")
		t.Run(name, func(t *testing.T) {
			_, err := Load(file, tpl)
			if err == nil {
				t.Fatal("the source was accepted; it should be refused")
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error %v is not an ErrorList", err)
			}
			for _, e := range list {
				if e.File != file {
					t.Errorf("error names file %q, want %q", e.File, file)
				}
			}
			golden(t, filepath.Join("bad", name+".golden"), []byte(err.Error()+"\n"))
		})
	}
}

// Each refused source must name a line where the file has one, except
// for problems of the file as a whole.
func TestBadSourcesNameLines(t *testing.T) {
	wholeFile := map[string]bool{"empty-file": true, "whitespace-only": true}
	files, _ := filepath.Glob("testdata/bad/*.toml")
	tpl := defaultTemplate(t)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".toml")
		_, err := Load(file, tpl)
		var list ErrorList
		if !errors.As(err, &list) {
			t.Errorf("%s: no ErrorList: %v", name, err)
			continue
		}
		for _, e := range list {
			if e.Pos.Line == 0 && !wholeFile[name] {
				t.Errorf("%s: error without a line: %v", name, e)
			}
		}
	}
}

func TestLimits(t *testing.T) {
	tpl := defaultTemplate(t)
	head := "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"
	cases := []struct {
		name, text, want string
	}{
		{"huge file", head + "# " + strings.Repeat("x", MaxSourceBytes) + "\n", "larger than 20 MB"},
		{"huge note", head + "[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = \"" + strings.Repeat("ord ", MaxTextBytes/3) + "\"\n", "testdata/limits.toml:10:8: note is longer than 100000 characters"},
		{"many arrays deep", "title = " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000), "nest more than 32 levels"},
		{"deep inline tables", "a = " + strings.Repeat("{b = ", 200) + "1" + strings.Repeat("}", 200), "nest more than 32 levels"},
		// Deep enough to exhaust the decoder's stack, which no recover
		// catches: it must be refused before the decoder reads it.
		{"nesting to the limit of the file size", "title = " + strings.Repeat("[", MaxSourceBytes-10), "nest more than 32 levels"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("testdata/limits.toml", []byte(c.text), tpl)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}

func TestTidy(t *testing.T) {
	for _, c := range []struct{ in, line, note string }{
		{"  a  b\tc ", "a b c", "a b c"},
		{"rad ett\r\nrad två", "rad ett rad två", "rad ett\nrad två"},
		{"\n\n  första\n\n\n\nandra  \n\n", "första andra", "första\n\nandra"},
		{"10\u00a0000 kr", "10\u00a0000 kr", "10\u00a0000 kr"},
		{"minsta fyra", "minsta fyra", "minsta fyra"}, // typos are kept
		{"a\u200bb", "a b", "a b"},
		{"   ", "", ""},
	} {
		if got := tidyLine(c.in); got != c.line {
			t.Errorf("tidyLine(%q) = %q, want %q", c.in, got, c.line)
		}
		if got := tidyNote(c.in); got != c.note {
			t.Errorf("tidyNote(%q) = %q, want %q", c.in, got, c.note)
		}
	}
}

// The fast paths of tidyLine and tidyNote agree with the slow ones: they
// say a text is tidy exactly when tidying would not change it.
func TestTidyFastPaths(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", "å ä ö", "å\u00a0ä",
		"a\u2003b", "a\u200bb", "ett två tre", "a\n\nb", "a\n\n\nb", "\na", "a\n", "a\n\n", " a\nb",
		"a \nb", "a\r\nb", "a\n \nb", "å\nä", "\n", "\n\n"} {
		slowLine := strings.Join(strings.FieldsFunc(s, isTidySpace), " ")
		if isTidyLine(s) != (slowLine == s) {
			t.Errorf("isTidyLine(%q) = %v, but tidying gives %q", s, isTidyLine(s), slowLine)
		}
		if slow := tidyNoteSlow(s); isTidyNote(s) != (slow == s) {
			t.Errorf("isTidyNote(%q) = %v, but tidying gives %q", s, isTidyNote(s), slow)
		}
	}
}

func TestParseTertial(t *testing.T) {
	for _, c := range []struct {
		in      string
		y, n    int
		wantErr bool
	}{
		{"2020-T1", 2020, 1, false},
		{"2021-t3", 2021, 3, false},
		{" 2022-T2 ", 2022, 2, false},
		{"2020-T0", 0, 0, true},
		{"2020-T4", 0, 0, true},
		{"2020-T01", 2020, 1, false},
		{"2020T1", 0, 0, true},
		{"20-T1", 0, 0, true},
		{"2020-T99999999999999999999", 0, 0, true},
		{"", 0, 0, true},
	} {
		y, n, err := ParseTertial(c.in)
		if (err != nil) != c.wantErr || y != c.y || n != c.n {
			t.Errorf("ParseTertial(%q) = %d, %d, %v; want %d, %d, error %v", c.in, y, n, err, c.y, c.n, c.wantErr)
		}
	}
}

func TestDefaultTertialAndDueCells(t *testing.T) {
	tpl := defaultTemplate(t)
	src, err := Load("testdata/good/years.toml", tpl)
	if err != nil {
		t.Fatal(err)
	}
	if y, n := src.DefaultTertial(); y != 2021 || n != 3 {
		t.Errorf("default tertial %d-T%d, want 2021-T3 (the latest follow-up)", y, n)
	}
	doc, err := NewDocument(src, tpl, 2021, 2, testDate)
	if err != nil {
		t.Fatal(err)
	}
	a := doc.Promises[0].Activities[0]
	if got := a.Cells[0].Note.S; got != "En insats i februari." {
		t.Errorf("2021-T2 report, tertial 1 note %q; want 2021's, not 2020's", got)
	}
	if !a.Cells[1].Due || a.Cells[2].Due {
		t.Errorf("due = %v %v %v, want true true false", a.Cells[0].Due, a.Cells[1].Due, a.Cells[2].Due)
	}
	if a.Current == nil || a.Current.Word != "genomförd" {
		t.Errorf("current status %v, want genomförd", a.Current)
	}
	// A follow-up after the report's tertial never shows.
	later := doc.Promises[1].Activities[0]
	if !later.Cells[2].Empty() || later.Current != nil {
		t.Errorf("2021-T3 follow-up shows in the 2021-T2 report: %+v", later)
	}
	if _, err := NewDocument(src, tpl, 2022, 1, testDate); err == nil {
		t.Error("a tertial outside the period was accepted")
	}
	empty, err := Parse("x.toml", []byte("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020-2021\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"), tpl)
	if err != nil {
		t.Fatal(err)
	}
	if y, n := empty.DefaultTertial(); y != 2020 || n != 1 {
		t.Errorf("without follow-ups the default is %d-T%d, want the period's first, 2020-T1", y, n)
	}
}

func TestStatusCaseInsensitive(t *testing.T) {
	tpl := defaultTemplate(t)
	for _, word := range []string{"Genomförd", "GENOMFÖRD", "  genomförd ", "Ej  Påbörjad"} {
		if tpl.statusIndex(word) < 0 {
			t.Errorf("status %q not recognised", word)
		}
	}
	if tpl.statusIndex("genomförda") >= 0 {
		t.Error("status genomförda recognised; only the template's words are")
	}
}

// The scanner must find values inside arrays of tables where the TOML
// decoder's own positions go wrong.
func TestScanPositions(t *testing.T) {
	text := strings.Join([]string{
		`title = "T"`,                    // 1
		`logos = [`,                      // 2
		`  "a.png",`,                     // 3
		`  {path = "b.png", alt = "B"},`, // 4
		`]`,                              // 5
		`[[promise]]`,                    // 6
		`text = "P1"`,                    // 7
		`[[promise.activity]]`,           // 8
		`text = """multi`,                // 9
		`line [[promise]] "quoted"`,      // 10
		`"""`,                            // 11
		`[[promise.activity.followup]]`,  // 12
		`tertial = "2020-T1" # comment`,  // 13
		`[[promise]]`,                    // 14
		`"text" = 'P2'`,                  // 15
		`[[promise.activity]]`,           // 16
		`[[promise.activity]]`,           // 17
		`  text   =   "Å"`,               // 18
	}, "\n")
	m := scanTOML(text)
	for path, want := range map[string][2]int{
		"title":                       {1, 9},
		"logos[0]":                    {3, 3},
		"logos[1].alt":                {4, 26},
		"promise[0].text":             {7, 8},
		"promise[0].activity[0].text": {9, 8},
		"promise[0].activity[0].followup[0].tertial": {13, 11},
		"promise[1].text":             {15, 10},
		"promise[1].activity[1].text": {18, 14},
	} {
		p := m.valuePos(path)
		if p.Line != want[0] || p.Col != want[1] {
			t.Errorf("%s at %d:%d, want %d:%d", path, p.Line, p.Col, want[0], want[1])
		}
	}
	if p := m.keyPos("promise[1].activity[0].text"); p.Line != 16 {
		t.Errorf("a missing key is placed at line %d, want its table's header, 16", p.Line)
	}
}

func TestSanitize(t *testing.T) {
	doc := document(t, "testdata/good/messy.toml")
	noEmoji := func(r rune) bool { return Printable(r) && r <= 0xFFFF }
	clean, warnings := doc.Sanitize(noEmoji, "the PDF")
	var got []string
	for _, w := range warnings {
		got = append(got, w.String())
	}
	want := []string{
		`warning: testdata/good/messy.toml:46:57: character U+1F6B2 "🚲" has no glyph in the fonts of the PDF; it is shown there as ` + string(Replacement),
		`warning: testdata/good/messy.toml:46:15: character U+0007 (a control character) cannot be shown; it is shown as ` + string(Replacement),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	note := clean.Promises[0].Activities[1].Cells[0].Note.S
	if strings.ContainsRune(note, '🚲') || strings.Count(note, string(Replacement)) != 2 {
		t.Errorf("sanitized note %q: want both characters replaced, each by one mark", note)
	}
	if orig := doc.Promises[0].Activities[1].Cells[0].Note.S; !strings.ContainsRune(orig, '🚲') {
		t.Error("Sanitize changed the original document")
	}
}

func TestTemplateErrors(t *testing.T) {
	_, err := LoadTemplate("bad.toml", []byte("language = \"sv-SE\"\nsurprise = 1\n[theme]\ncolumns = [0.5, 0.5]\n"))
	if err == nil {
		t.Fatal("a broken template was accepted")
	}
	for _, want := range []string{`unknown key "surprise"`, "theme.columns must be 4 shares", "words.covers is missing"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("template error lacks %q:\n%v", want, err)
		}
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "saknas.toml"), defaultTemplate(t))
	if err == nil || !strings.Contains(err.Error(), "saknas.toml: cannot read the file: it does not exist") {
		t.Fatalf("got %v", err)
	}
	dir := t.TempDir()
	if _, err := Load(dir, defaultTemplate(t)); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Fatalf("a folder: got %v", err)
	}
	if os.Getuid() != 0 { // root reads anything
		p := filepath.Join(dir, "hemlig.toml")
		os.WriteFile(p, []byte("title = \"x\""), 0o000)
		if _, err := Load(p, defaultTemplate(t)); err == nil || !strings.Contains(err.Error(), "permission denied") {
			t.Fatalf("unreadable: got %v", err)
		}
	}
}

// The municipality's name is also in the properties and the footer: a
// character there that an output cannot show is replaced there too, and
// told of at the line where the name was written.
func TestSanitizeMeta(t *testing.T) {
	tpl := defaultTemplate(t)
	src, err := Parse("m.toml", []byte("title = \"T\"\nsubtitle = \"S\"\npromises_heading = \"P\"\nactivities_heading = \"A\"\n"+
		"municipality = \"Åre 🏔 kommun\"\nperiod = \"2020\"\n[[promise]]\ntext = \"L\"\n[[promise.activity]]\ntext = \"A\"\n"), tpl)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := NewDocument(src, tpl, 2020, 1, testDate)
	if err != nil {
		t.Fatal(err)
	}
	clean, warnings := doc.Sanitize(func(r rune) bool { return r <= 0xFFFF }, "the PDF")
	if len(warnings) != 1 || warnings[0].Pos.Line != 5 {
		t.Fatalf("warnings %v, want one at line 5", warnings)
	}
	for _, s := range []string{clean.Meta.Title, clean.Meta.ShortTitle, clean.Meta.Author, clean.Meta.Subject} {
		if strings.ContainsRune(s, '🏔') || !strings.ContainsRune(s, Replacement) {
			t.Errorf("%q: want the character replaced", s)
		}
	}
}
