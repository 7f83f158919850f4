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
		p := m.valuePos(path)
		if p.Line != want[0] || p.Col != want[1] {
			t.Errorf("%s at %d:%d, want %d:%d", path, p.Line, p.Col, want[0], want[1])
		}
	}
	if p := m.keyPos("promise[1].activity[0].text"); p.Line != 16 {
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
			if s.start < 0 || s.end < s.start || s.end > len(text) {
				t.Fatalf("%s: span %d–%d outside a %d-byte text", path, s.start, s.end, len(text))
			}
			_ = m.valuePos(path)
		}
		for path, off := range m.keys {
			if off < 0 || off > len(text) {
				t.Fatalf("%s: key at %d outside the text", path, off)
			}
		}
	})
}
