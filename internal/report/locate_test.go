package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
	m := scanTOML(NewFile("scan.toml", text))
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
		p := m.file.At(m.valueSpan(path))
		if p.Line != want[0] || p.Col != want[1] {
			t.Errorf("%s at %d:%d, want %d:%d", path, p.Line, p.Col, want[0], want[1])
		}
	}
	if p := m.file.At(m.keySpan("promise[1].activity[0].text")); p.Line != 16 {
		t.Errorf("a missing key is placed at line %d, want its table's header, 16", p.Line)
	}
}

// FuzzScan: the position scanner never panics or loops, and every position
// it records lies inside the text.
func FuzzScan(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.toml")
	for _, file := range append(files, "../../examples/eksjo-2020-2021.toml") {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text := string(data)
		m := scanTOML(NewFile("fuzz.toml", text))
		for path, s := range m.values {
			if s.Offset < 0 || s.End < s.Offset || s.End > len(text) {
				t.Fatalf("%s: span %d–%d outside a %d-byte text", path, s.Offset, s.End, len(text))
			}
			_ = m.file.At(m.valueSpan(path))
		}
		for path, off := range m.keys {
			if off < 0 || off > len(text) {
				t.Fatalf("%s: key at %d outside the text", path, off)
			}
		}
	})
}

// The rules of the scanner that the messages and the import rely on: how
// a path is cut into its parents, which keys a line is read as, where a
// table's heading ends and which bytes a value spans.

// TestParentPathRules: a message about a value that is not written falls
// back to its nearest written parent, so each path must lose exactly one
// step: an index, or a dotted key. A quoted key may hold brackets and dots
// of its own.
func TestParentPathRules(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"title", ""},
		{"logos[1]", "logos"},
		{"logos[1].alt", "logos[1]"},
		{"promise[0].activity[2]", "promise[0].activity"},
		{"promise[0].activity[2].followup[1].tertial", "promise[0].activity[2].followup[1]"},
		{"promise[0].activity", "promise[0]"},
		{"[0]", ""},
		{"[a.b]", ""},
		{"x.[a.b]", "x."},
		{".x", ""},
		{"", ""},
	} {
		if got := parentPath(c.path); got != c.want {
			t.Errorf("the parent of %q is %q, want %q", c.path, got, c.want)
		}
	}
}

// TestScanKeySpellings: a key is found under the name the TOML decoder
// gives it, so that a message about it points at the line it is on: bare
// keys of every allowed character (the first and last letter and digit
// included), quoted keys with their escapes decoded, literal keys taken
// as written, dotted keys, and keys after blank lines, tabs, CRLF line
// ends and comments.
func TestScanKeySpellings(t *testing.T) {
	for _, c := range []struct {
		name, text, path string
		offset           int
	}{
		{"lowercase a", "a = 1", "a", 0},
		{"lowercase z", "z = 1", "z", 0},
		{"uppercase A", "A = 1", "A", 0},
		{"uppercase Z", "Z = 1", "Z", 0},
		{"digit 0", "0 = 1", "0", 0},
		{"digit 9", "9 = 1", "9", 0},
		{"underscore and hyphen", "_-_ = 1", "_-_", 0},
		{"all classes", "aZ09_-mM = 1", "aZ09_-mM", 0},
		{"a key ending the file", "x\ntitle", "", -1},
		{"a quoted key with an escape", `"\u00e5r" = 1`, "år", 0},
		{"a quoted key with an escaped tab", `"a\tb" = 1`, "a\tb", 0},
		{"a literal key keeps its backslash", `'\t' = 1`, `\t`, 0},
		{"a literal key", `'år' = 1`, "år", 0},
		{"a dotted key", `a . "b c" . 'd' = 1`, "a.b c.d", 0},
		{"after blank lines", "\n\n  \t\r\nkey = 1", "key", 7},
		{"after CRLF lines", "a = 1\r\nb = 2\r\n", "b", 7},
		{"after a comment", "# a = 1\nb = 2", "b", 8},
		{"after a comment and blanks", "  # note\r\n\t# more\n\tb = 2", "b", 19},
		{"in a table", "[t]\nk = 1", "t.k", 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := scanTOML(NewFile("k.toml", c.text))
			if c.offset < 0 {
				if len(m.keys) != 0 {
					t.Errorf("keys %v found in %q, want none", m.keys, c.text)
				}
				return
			}
			if off, ok := m.keys[c.path]; !ok || off != c.offset {
				t.Errorf("in %q the keys are %v, want %q at %d", c.text, m.keys, c.path, c.offset)
			}
			if _, ok := m.keys["a"]; ok && strings.Contains(c.text, "# a") {
				t.Errorf("in %q a key in a comment was read", c.text)
			}
		})
	}
}

// TestScanBareKeyBytes: exactly the letters A–Z and a–z, the digits, _ and -
// make up a bare key, as in TOML; a key spelt with anything else is quoted.
func TestScanBareKeyBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
		if got := isBareKeyByte(byte(c)); got != want {
			t.Errorf("byte %q in a bare key: %v, want %v", rune(c), got, want)
		}
	}
}

// TestScanHeaderEnds: a table reaches at least to the end of its heading
// (and an array of tables' element to the end of its own), which is where
// an import adds lines to a table that has no keys yet; a table above it
// reaches as far as the table.
func TestScanHeaderEnds(t *testing.T) {
	for _, c := range []struct {
		text string
		ends map[string]int
	}{
		{"[x]\n", map[string]int{"": 3, "x": 3}},
		{"[x]  # c\n", map[string]int{"": 3, "x": 3}},
		{"[ x ]\n", map[string]int{"": 5, "x": 5}},
		{"[[p]]\n", map[string]int{"": 5, "p[0]": 5}},
		{"[[p]] # c\n[[p]]\n", map[string]int{"": 15, "p[0]": 5, "p[1]": 15}},
		{"[[ p ]]", map[string]int{"": 7, "p[0]": 7}},
		{"[[p]]\n[[p.q]]\n", map[string]int{"": 13, "p[0]": 13, "p[0].q[0]": 13}},
		{"[[p]]\na = 1\n[x]\n", map[string]int{"": 15, "p[0]": 11, "x": 15}},
		{"[[p]\n", map[string]int{"": 3, "p[0]": 3}},
		{"[x\n", map[string]int{"": 2, "x": 2}},
	} {
		m := scanTOML(NewFile("h.toml", c.text))
		for path, want := range c.ends {
			if got := m.ends[path]; got != want {
				t.Errorf("in %q table %q ends at %d, want %d", c.text, path, got, want)
			}
		}
	}
}

// TestScanValueSpans: a value spans exactly what is written for it, from
// its first byte to its last, without the spaces or tabs before a comment;
// it is what a message quotes and what an import replaces. A missing value
// spans nothing at the place it should be written, never a span that ends
// before it starts (an edit of such a span is refused).
func TestScanValueSpans(t *testing.T) {
	for _, c := range []struct {
		text  string
		spans map[string]string // path → the text the value spans
		next  string            // a key after the value that must be found
	}{
		{"a = 1", map[string]string{"a": "1"}, ""},
		{"a = 1  \t # c\nb = 2", map[string]string{"a": "1", "b": "2"}, "b"},
		{"a = [1, 2]\nb = 2", map[string]string{"a": "[1, 2]", "a[0]": "1", "a[1]": "2"}, "b"},
		{"a = []\nb = 2", map[string]string{"a": "[]"}, "b"},
		{"a = [[], 3]\nb = 2", map[string]string{"a": "[[], 3]", "a[0]": "[]", "a[1]": "3"}, "b"},
		{"a = {x = 1, y = 'z'}\nb = 2", map[string]string{"a": "{x = 1, y = 'z'}", "a.x": "1", "a.y": "'z'"}, "b"},
		{"a = [\n{x = 1}]\nb = 2", map[string]string{"a[0]": "{x = 1}", "a[0].x": "1"}, "b"},
		{"a={=}\nb = 2", map[string]string{"a": "{=}"}, "b"},
		{"a = [}]\nb = 2", map[string]string{"a": "[}]", "a[0]": ""}, "b"},
		{"a = \nb = 2", map[string]string{"a": ""}, "b"},
		{"a = {x = }\nb = 2", map[string]string{"a": "{x = }", "a.x": ""}, "b"},
		{`a = "x\"y" # "` + "\nb = 2", map[string]string{"a": `"x\"y"`}, "b"},
		{`a = 'C:\' # '` + "\nb = 2", map[string]string{"a": `'C:\'`}, "b"},
		{`a = "abc` + "\nb = 2", map[string]string{"a": `"abc`}, "b"},
		{`a = "abc\`, map[string]string{"a": `"abc\`}, ""},
		{`a = """x""""` + "\nb = 2", map[string]string{"a": `"""x""""`}, "b"},
		{`a = '''x'''''` + "\nb = 2", map[string]string{"a": `'''x'''''`}, "b"},
		{`a = '''x''y'''` + "\nb = 2", map[string]string{"a": `'''x''y'''`}, "b"},
		{`a = '''C:\'''` + "\nb = 2", map[string]string{"a": `'''C:\'''`}, "b"},
		{`a = """\""""` + "\nb = 2", map[string]string{"a": `"""\""""`}, "b"},
		{`a = """x"""`, map[string]string{"a": `"""x"""`}, ""},
	} {
		m := scanTOML(NewFile("v.toml", c.text))
		for path, want := range c.spans {
			s, ok := m.values[path]
			if !ok {
				t.Errorf("in %q no value %q", c.text, path)
				continue
			}
			if s.Offset < 0 || s.End < s.Offset || s.End > len(c.text) {
				t.Errorf("in %q value %q spans %d–%d", c.text, path, s.Offset, s.End)
				continue
			}
			if got := c.text[s.Offset:s.End]; got != want {
				t.Errorf("in %q value %q is %q, want %q", c.text, path, got, want)
			}
		}
		if _, ok := m.keys[c.next]; c.next != "" && !ok {
			t.Errorf("in %q key %q is not found after the value", c.text, c.next)
		}
		if m.tooDeep >= 0 || m.unclosed >= 0 {
			t.Errorf("in %q nesting too deep at %d, unclosed text at %d; want neither", c.text, m.tooDeep, m.unclosed)
		}
	}
}
