package web

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"uppfoljning/internal/report/reporttest"
)

// redrawOnce is what a save costs the page: the source read and loaded
// anew, and its report drawn, as the live report does after a save.
func redrawOnce(tb testing.TB, s *Server, name string) reportState {
	l, err := s.load(name)
	if err != nil || l.err != nil {
		tb.Fatal(err, l.err)
	}
	return s.redraw(l, s.tertial(noForm, l.src))
}

// redrawServer is a workspace on a folder holding one source, text.
func redrawServer(tb testing.TB, text []byte) *Server {
	dir := tb.TempDir()
	if err := os.WriteFile(dir+"/k.toml", text, 0o644); err != nil {
		tb.Fatal(err)
	}
	w := newWorkspaceIn(tb, dir)
	return w
}

// changed is the source with its nth save: a different byte, so that the
// report is drawn again, not taken from the last one drawn.
func save(tb testing.TB, s *Server, text []byte, n int) {
	edited := strings.Replace(string(text), "\n", "\n# sparad "+strings.Repeat("x", n%7)+"\n", 1)
	if err := os.WriteFile(s.Folder()+"/k.toml", []byte(edited), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkRedraw is the live report after a save: the target is 300 ms
// for the example and 2 s for 1,000 activities.
func BenchmarkRedraw(b *testing.B) {
	example, err := os.ReadFile(example)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		text []byte
	}{
		{"example", example},
		{"1000-activities", reporttest.Generated(50, 20, 40)},
	} {
		b.Run(c.name, func(b *testing.B) {
			s := redrawServer(b, c.text)
			n := 0
			for b.Loop() {
				n++
				save(b, s, c.text, n)
				if st := redrawOnce(b, s, "k.toml"); st.html == nil {
					b.Fatal("no report")
				}
			}
		})
	}
}

// TestRedrawMemoryFlat: a thousand saves and redraws leave the heap as it
// was after the first hundred: nothing is kept per redraw but the last
// report.
func TestRedrawMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("a thousand redraws")
	}
	text, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	s := redrawServer(t, text)
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	var after100 uint64
	start := time.Now()
	for n := 1; n <= 1000; n++ {
		save(t, s, text, n)
		redrawOnce(t, s, "k.toml")
		if n == 100 {
			after100 = heap()
		}
	}
	after1000 := heap()
	t.Logf("heap after 100 redraws %d KB, after 1000 %d KB; %v a redraw", after100>>10, after1000>>10, time.Since(start)/1000)
	if after1000 > after100+after100/2 {
		t.Errorf("the heap grew from %d KB to %d KB over 900 redraws", after100>>10, after1000>>10)
	}
}
