package report_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	reporttest.Golden(t, filepath.Join("testdata", name), got)
}

func TestExampleDump(t *testing.T) {
	doc := reporttest.Document(t, "../../examples/eksjo-2020-2021.toml")
	var b bytes.Buffer
	if err := doc.Dump(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "eksjo-2020-2021.dump", b.Bytes())
}

func TestGoodSourcesDump(t *testing.T) {
	for _, c := range []struct {
		file    string
		tertial string // "": the source's default
	}{
		{"windows.toml", ""},
		{"messy.toml", ""},
		{"years.toml", "2021-T2"},
		{"years.toml", "2020-T3"},
		{"years.toml", ""},
		{"placeholders.toml", ""},
		{"utf16le.toml", ""},
		{"utf16be.toml", ""},
	} {
		name := strings.TrimSuffix(c.file, ".toml")
		if c.tertial != "" {
			name += "-" + c.tertial
		}
		t.Run(name, func(t *testing.T) {
			tpl := reporttest.Template(t)
			src, err := report.Load(filepath.Join("testdata", "good", c.file), tpl)
			if err != nil {
				t.Fatal(err)
			}
			tertial := src.DefaultTertial()
			if c.tertial != "" {
				tertial, _ = report.ParseTertial(c.tertial)
			}
			doc, err := report.NewDocument(src, tpl, tertial, reporttest.Created)
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
// its golden messages, in Swedish (name.golden) and English
// (name.en.golden): the file, the line and column, and what is allowed.
func TestBadSources(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 40 {
		t.Fatalf("only %d bad sources; the corpus should hold at least 40", len(files))
	}
	tpl := reporttest.Template(t)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".toml")
		t.Run(name, func(t *testing.T) {
			_, err := report.Load(file, tpl)
			if err == nil {
				t.Fatal("the source was accepted; it should be refused")
			}
			var list report.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error %v is not an ErrorList", err)
			}
			for _, e := range list {
				if e.File != file {
					t.Errorf("error names file %q, want %q", e.File, file)
				}
			}
			golden(t, filepath.Join("bad", name+".golden"), []byte(list.In(msg.Swedish)+"\n"))
			golden(t, filepath.Join("bad", name+".en.golden"), []byte(list.In(msg.English)+"\n"))
		})
	}
}

// Each refused source must name a line where the file has one, except
// for problems of the file as a whole.
func TestBadSourcesNameLines(t *testing.T) {
	wholeFile := map[string]bool{"empty-file": true, "whitespace-only": true, "cr-only-line-ends": true}
	files, _ := filepath.Glob("testdata/bad/*.toml")
	tpl := reporttest.Template(t)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".toml")
		_, err := report.Load(file, tpl)
		var list report.ErrorList
		if !errors.As(err, &list) {
			t.Errorf("%s: no report.ErrorList: %v", name, err)
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
	tpl := reporttest.Template(t)
	head := "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"
	cases := []struct {
		name, text, want string
	}{
		{"huge file", head + "# " + strings.Repeat("x", report.MaxSourceBytes) + "\n", "larger than 20 MB"},
		{"huge note", head + "[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = \"" + strings.Repeat("ord ", report.MaxTextChars/3) + "\"\n", "testdata/limits.toml:10:8: note is longer than 100000 characters"},
		{"many arrays deep", "title = " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000), "nest more than 32 levels"},
		{"deep inline tables", "a = " + strings.Repeat("{b = ", 200) + "1" + strings.Repeat("}", 200), "nest more than 32 levels"},
		// Deep enough to exhaust the decoder's stack, which no recover
		// catches: it must be refused before the decoder reads it.
		{"nesting to the limit of the file size", "title = " + strings.Repeat("[", report.MaxSourceBytes-10), "nest more than 32 levels"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := report.Parse("testdata/limits.toml", []byte(c.text), tpl)
			if err == nil || !strings.Contains(msg.Text(err, msg.English), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}

func TestDefaultTertialAndDueCells(t *testing.T) {
	tpl := reporttest.Template(t)
	src, err := report.Load("testdata/good/years.toml", tpl)
	if err != nil {
		t.Fatal(err)
	}
	if got := src.DefaultTertial().String(); got != "2021-T3" {
		t.Errorf("default tertial %s, want 2021-T3 (the latest follow-up)", got)
	}
	doc, err := report.NewDocument(src, tpl, report.Tertial{Year: 2021, N: 2}, reporttest.Created)
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
	if a.Reported == nil || a.Reported.Word != "genomförd" {
		t.Errorf("status of 2021-T2 %v, want genomförd", a.Reported)
	}
	// A follow-up after the report's tertial never shows.
	later := doc.Promises[1].Activities[0]
	if !later.Cells[2].Empty() || later.Reported != nil {
		t.Errorf("2021-T3 follow-up shows in the 2021-T2 report: %+v", later)
	}
	if _, err := report.NewDocument(src, tpl, report.Tertial{Year: 2022, N: 1}, reporttest.Created); err == nil {
		t.Error("a tertial outside the period was accepted")
	}
	empty, err := report.Parse("x.toml", []byte("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020-2021\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"), tpl)
	if err != nil {
		t.Fatal(err)
	}
	if got := empty.DefaultTertial().String(); got != "2020-T1" {
		t.Errorf("without follow-ups the default is %s, want the period's first, 2020-T1", got)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := report.Load(filepath.Join(t.TempDir(), "saknas.toml"), reporttest.Template(t))
	if err == nil || !strings.Contains(msg.Text(err, msg.English), "saknas.toml: cannot read the file: it does not exist") {
		t.Fatalf("got %v", err)
	}
	dir := t.TempDir()
	if _, err := report.Load(dir, reporttest.Template(t)); err == nil || !strings.Contains(msg.Text(err, msg.English), "is a folder") {
		t.Fatalf("a folder: got %v", err)
	}
	if os.Getuid() != 0 { // root reads anything
		p := filepath.Join(dir, "hemlig.toml")
		os.WriteFile(p, []byte("title = \"x\""), 0o000)
		if _, err := report.Load(p, reporttest.Template(t)); err == nil || !strings.Contains(msg.Text(err, msg.English), "permission denied") {
			t.Fatalf("unreadable: got %v", err)
		}
	}
}

// Placeholders are accepted and count as no status; a placeholder is not
// a follow-up when the default tertial is chosen. A note without a status
// is no status either: the summary counts it under none.
func TestPlaceholdersAndMissing(t *testing.T) {
	src := reporttest.Source(t, "testdata/good/placeholders.toml")
	if got := src.DefaultTertial().String(); got != "2020-T2" {
		t.Errorf("default tertial %s, want 2020-T2 (the note of the second activity)", got)
	}
	for _, c := range []struct {
		tertial report.Tertial
		want    []report.ActivityRef
	}{
		{report.Tertial{Year: 2020, N: 1}, []report.ActivityRef{{0, 1}, {1, 0}}},
		{report.Tertial{Year: 2020, N: 2}, []report.ActivityRef{{0, 0}, {0, 1}, {1, 0}}},
		{report.Tertial{Year: 2020, N: 3}, []report.ActivityRef{{0, 0}, {0, 1}, {1, 0}}},
	} {
		doc, err := report.NewDocument(src, reporttest.Template(t), c.tertial, reporttest.Created)
		if err != nil {
			t.Fatal(err)
		}
		if got := doc.Unreported(); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("without a status in %s: %v, want %v", c.tertial, got, c.want)
		}
	}
	f := src.Activity(report.ActivityRef{0, 0}).Followup(report.Tertial{Year: 2020, N: 1})
	if f == nil || f.Placeholder() || f.Status != 2 || f.NoteRaw != "" || src.File.At(f.Note.Span).Line != 16 {
		t.Errorf("a status without a note: %+v", f)
	}
	var warnings []string
	for _, w := range src.Warnings {
		warnings = append(warnings, w.In(msg.English))
	}
	want := "warning: testdata/good/placeholders.toml:35:10: this activity has the same text as the one on line 10; if they are not the same, tell them apart"
	if strings.Join(warnings, "\n") != want {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), want)
	}
}

// TestSizeLimit: a source of exactly MaxSourceBytes is not too large: it
// is read as text and told of its first real problem; one byte more is
// refused as too large. Reading stops at the limit: a file without end is
// refused as too large instead of filling the memory.
func TestSizeLimit(t *testing.T) {
	const tooLarge = "the file is larger than 20 MB; a source holds text only, so this is not a source file"
	// Windows-1252, found without reading on; then a comment to the limit.
	data := bytes.Repeat([]byte{'x'}, report.MaxSourceBytes+1)
	copy(data, "title = \"\xc5tg\xe4rder\"\n#")
	for _, c := range []struct {
		size int
		want string
	}{
		{report.MaxSourceBytes, "x.toml:1:10: the file is not UTF-8 text here (was it saved as Windows-1252 or Latin-1?); save it as UTF-8 and try again"},
		{report.MaxSourceBytes + 1, "x.toml: " + tooLarge},
	} {
		if _, err := report.Parse("x.toml", data[:c.size], reporttest.Template(t)); err == nil || msg.Text(err, msg.English) != c.want {
			t.Errorf("%d bytes: got %v, want %q", c.size, err, c.want)
		}
	}

	// A file too large is read no further than the limit and told so.
	// (An endless device is not read at all: see TestNotRegularFilesRefused.)
	big := filepath.Join(t.TempDir(), "stor.toml")
	if err := os.WriteFile(big, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := report.Load(big, reporttest.Template(t)); err == nil || msg.Text(err, msg.English) != big+": "+tooLarge {
		t.Errorf("%s: got %v, want %q", big, err, tooLarge)
	}
}

// utf16Bytes encodes s as UTF-16, as Notepad's "Unicode" saves it, with
// a byte order mark when bom is set.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	order := binary.AppendByteOrder(binary.LittleEndian)
	if bigEndian {
		order = binary.BigEndian
	}
	var out []byte
	if bom {
		out = order.AppendUint16(out, 0xFEFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

// TestUTF16Sources: a source saved as UTF-16 is read as the text it
// holds, characters outside the Basic Multilingual Plane (written as two
// units) included; a UTF-16 file that is cut short or holds half a
// surrogate pair is refused at the first character that is not whole.
func TestUTF16Sources(t *testing.T) {
	const title = "Trygghet 😀 för 🏠 alla"
	body := "title = \"" + title + "\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"
	for _, bigEndian := range []bool{false, true} {
		src, err := report.Parse("u.toml", utf16Bytes(body, bigEndian, true), reporttest.Template(t))
		if err != nil {
			t.Fatalf("big endian %v: %s", bigEndian, msg.Text(err, msg.English))
		}
		if src.Title.S != title {
			t.Errorf("big endian %v: title %q, want %q", bigEndian, src.Title.S, title)
		}
	}

	const broken = "the file is marked as Unicode (UTF-16) but is not whole here; save it again, as UTF-8"
	le := func(s string) []byte { return utf16Bytes(s, false, false) }
	join := func(parts ...[]byte) []byte {
		out := []byte{0xFF, 0xFE}
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	high, low := []byte{0x3D, 0xD8}, []byte{0x00, 0xDE} // 😀, little endian
	for _, c := range []struct {
		name string
		data []byte
		at   string
	}{
		{"one odd byte", join([]byte{'t'}), "1:1"},
		{"an odd last byte", join(le("title"), []byte{'x'}), "1:6"},
		{"a high surrogate last", join(le("ti"), high), "1:3"},
		{"a high surrogate and an odd byte", join(high, []byte{'x'}), "1:1"},
		{"a high surrogate without its pair", join(le("t"), high, le("a = 1")), "1:2"},
		{"a low surrogate alone", join(le("tå"), low, le("a = 1")), "1:3"},
		{"a pair, then an odd byte", join(high, low, []byte{'x'}), "1:2"},
		{"big endian, cut short", append(utf16Bytes("title = 1\n\"å", true, true), 0x00), "2:3"},
	} {
		_, err := report.Parse("u.toml", c.data, reporttest.Template(t))
		if want := "u.toml:" + c.at + ": " + broken; err == nil || msg.Text(err, msg.English) != want {
			t.Errorf("%s: got %v, want %q", c.name, err, want)
		}
	}
}

// TestNotUTF8Text: a file that is not UTF-8 is refused at the first byte
// that is not; one that holds a NUL byte is binary, not text in another
// encoding, even when the NUL is its very first byte (UTF-16 saved
// without a byte order mark).
func TestNotUTF8Text(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"Windows-1252", []byte("title = \"\xc5tg\xe4rder\"\n"), "w.toml:1:10: the file is not UTF-8 text here (was it saved as Windows-1252 or Latin-1?); save it as UTF-8 and try again"},
		{"UTF-16 without a mark", utf16Bytes("title = \"Åtgärder\"\n", true, false), "w.toml:1:1: the file is not text (it holds binary data); save the source as plain text in UTF-8"},
		{"a NUL later", []byte("title = \"T\x00\xe4\"\n"), "w.toml:1:11: the file is not text (it holds binary data); save the source as plain text in UTF-8"},
	} {
		_, err := report.Parse("w.toml", c.data, reporttest.Template(t))
		if err == nil || msg.Text(err, msg.English) != c.want {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

// TestByteOrderMarkKeepsColumns: a byte order mark is not a character of
// the first line; an error there is at the column the editor shows.
func TestByteOrderMarkKeepsColumns(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
	}{
		{"key", "\uFEFFtitel = \"T\"\n", "x.toml:1:1: unknown key \"titel\""},
		{"value", "\uFEFFtitle = 5\n", "x.toml:1:9: title must be text"},
		{"syntax", "\uFEFFtitle = \"T\n", "x.toml:1:9: "},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, got := reporttest.Parse(t, c.text+"municipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n")
			if !strings.HasPrefix(got, c.want) {
				t.Errorf("got %q, want it to begin %q", got, c.want)
			}
		})
	}
}

// TestWorkbookIsNoSource: a workbook given as a source, an .xlsx (a zip)
// or an old .xls, is told to be one, with the command that takes it.
func TestWorkbookIsNoSource(t *testing.T) {
	for name, data := range map[string][]byte{
		"svar.xlsx": []byte("PK\x03\x04\x14\x00rest"),
		"svar.xls":  {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1},
	} {
		_, err := report.Parse(name, data, reporttest.Template(t))
		if got := msg.Text(err, msg.Swedish); !strings.Contains(got, "ett ifyllt underlag") || !strings.Contains(got, "import KÄLLFIL.toml "+name) {
			t.Errorf("%s: %s", name, got)
		}
	}
	for _, text := range []string{"PK\x03", "P", "PK\x03\x05", "\xD0\xCF\x11\xE1"} {
		if report.IsWorkbook([]byte(text)) {
			t.Errorf("%q taken for a workbook", text)
		}
	}
}
