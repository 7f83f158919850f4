package report

import (
	"bytes"
	"testing"
)

// TestApplyKeepsTheOrderOfInsertionsAtOneOffset: an import that inserts
// two things at one place (a follow-up after an activity, a key after it)
// must write them in the order it planned them, or the source gets its
// lines shuffled.
func TestApplyKeepsTheOrderOfInsertionsAtOneOffset(t *testing.T) {
	f := NewFile("källa.toml", "abc")
	got, err := f.Apply([]Edit{{Offset: 1, End: 1, Text: "X"}, {Offset: 1, End: 1, Text: "Y"}, {Offset: 1, End: 1, Text: "Z"}})
	if err != nil || got != "aXYZbc" {
		t.Errorf("three insertions at offset 1 = %q, %v; want \"aXYZbc\"", got, err)
	}
}

// TestApplyEditsAtTheEdges: edits may start at the first byte, touch each
// other and end at the last byte: a value at the very start or end of a
// short file is edited like any other. Edits that overlap or reach past
// the text are refused rather than garbling the source.
func TestApplyEditsAtTheEdges(t *testing.T) {
	for _, c := range []struct {
		name, text string
		edits      []Edit
		want       string // "" for refused
	}{
		{"replace the first byte", "abc", []Edit{{Offset: 0, End: 1, Text: "A"}}, "Abc"},
		{"insert at the start", "abc", []Edit{{Offset: 0, End: 0, Text: ">"}}, ">abc"},
		{"touching replacements", "abc", []Edit{{Offset: 1, End: 2, Text: "B"}, {Offset: 0, End: 1, Text: "A"}, {Offset: 2, End: 3, Text: "C"}}, "ABC"},
		{"insert at the end", "abc", []Edit{{Offset: 3, End: 3, Text: "!"}}, "abc!"},
		{"empty text", "", []Edit{{Offset: 0, End: 0, Text: "ny"}}, "ny"},
		{"no edits", "abc", nil, "abc"},
		{"overlapping", "abcd", []Edit{{Offset: 0, End: 2, Text: "x"}, {Offset: 1, End: 3, Text: "y"}}, ""},
		{"past the end", "abc", []Edit{{Offset: 2, End: 4, Text: "x"}}, ""},
		{"end before offset", "abc", []Edit{{Offset: 2, End: 1, Text: "x"}}, ""},
	} {
		got, err := NewFile("källa.toml", c.text).Apply(c.edits)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("%s: Apply = %q; want it refused", c.name, got)
		case c.want != "" && (err != nil || got != c.want):
			t.Errorf("%s: Apply = %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

// TestEncodeWritesTheFilesEncoding: an imported source is written back as
// it was stored, byte order mark and all, even when the text is empty;
// Notepad's "Unicode" files stay UTF-16.
func TestEncodeWritesTheFilesEncoding(t *testing.T) {
	for _, c := range []struct {
		enc  Encoding
		text string
		want []byte
	}{
		{UTF16LE, "", []byte{0xFF, 0xFE}},
		{UTF16BE, "", []byte{0xFE, 0xFF}},
		{UTF16LE, "a", []byte{0xFF, 0xFE, 'a', 0}},
		{UTF16BE, "aé😀", []byte{0xFE, 0xFF, 0, 'a', 0, 0xE9, 0xD8, 0x3D, 0xDE, 0x00}},
		{UTF16LE, "aé😀", []byte{0xFF, 0xFE, 'a', 0, 0xE9, 0, 0x3D, 0xD8, 0x00, 0xDE}},
		{UTF8BOM, "", []byte{0xEF, 0xBB, 0xBF}},
		{UTF8BOM, "å", []byte{0xEF, 0xBB, 0xBF, 0xC3, 0xA5}},
		{UTF8, "å", []byte{0xC3, 0xA5}},
	} {
		f := NewFile("källa.toml", "")
		f.Encoding = c.enc
		if got := f.Encode(c.text); !bytes.Equal(got, c.want) {
			t.Errorf("Encode(%q) in encoding %d = % X; want % X", c.text, c.enc, got, c.want)
		}
	}
}

// TestCRLFIsTheFirstLineEnding: an import writes its lines with the line
// ending the file has, judged by its first line break. A file that starts
// with an empty line is not a Windows file for that, and must not crash
// the import.
func TestCRLFIsTheFirstLineEnding(t *testing.T) {
	for _, c := range []struct {
		text string
		crlf bool
	}{
		{"", false},
		{"title = \"T\"", false},
		{"\ntitle = \"T\"\r\n", false},
		{"\r\ntitle = \"T\"\n", true},
		{"title = \"T\"\r\nx = 1\r\n", true},
		{"title = \"T\"\nx = 1\r\n", false},
	} {
		f := NewFile("källa.toml", c.text)
		if got := f.CRLF(); got != c.crlf {
			t.Errorf("CRLF(%q) = %v; want %v", c.text, got, c.crlf)
		}
		want := "\n"
		if c.crlf {
			want = "\r\n"
		}
		if got := f.Newline(); got != want {
			t.Errorf("Newline(%q) = %q; want %q", c.text, got, want)
		}
	}
}

// TestNextLineAfterEmptyLines: a new follow-up goes on the line after the
// activity's last; when that line is empty, the next line is still the
// one right after it, not the end of the file.
func TestNextLineAfterEmptyLines(t *testing.T) {
	f := NewFile("källa.toml", "a\n\n\nb") // lines start at 0, 2, 3, 4
	for offset, want := range map[int]int{0: 2, 1: 2, 2: 3, 3: 4, 4: 5, 5: 5, 9: 5} {
		if got := f.NextLine(offset); got != want {
			t.Errorf("NextLine(%d) = %d; want %d", offset, got, want)
		}
	}
}

// TestLineEndLeavesOutTheLineBreak: a line's text (for an indentation, or
// to see whether it is blank) ends before its line feed and the carriage
// return of a CRLF, and an empty line, even the first of the file, is
// empty.
func TestLineEndLeavesOutTheLineBreak(t *testing.T) {
	f := NewFile("källa.toml", "\nab\r\n\r\ncd\r") // lines start at 0, 1, 5, 7
	for line, want := range map[int]string{1: "", 2: "ab", 3: "", 4: "cd"} {
		if got := f.Text[f.LineStart(line):f.LineEnd(line)]; got != want {
			t.Errorf("line %d = %q; want %q", line, got, want)
		}
	}
	if got := NewFile("tom.toml", "").LineEnd(1); got != 0 {
		t.Errorf("LineEnd(1) of an empty file = %d; want 0", got)
	}
}
