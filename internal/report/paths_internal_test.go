package report

import "testing"

// TestWindowsPathsAtEdges: a drive letter right after a letter is not
// one; a share whose only escape is its own doubled backslash reads as
// written and is no path to refuse.
func TestWindowsPathsAtEdges(t *testing.T) {
	for content, want := range map[string]int{
		`\\fil01`:     0,
		`se \\fil01`:  0,
		`xC:\temp`:    0, // "xC" is a word, not a drive
		`a\\xC:\temp`: 0, // nor after the second backslash of an escape
		`C:\temp`:     1,
	} {
		if got := len(windowsPaths(content)); got != want {
			t.Errorf("windowsPaths(%q): %d paths, want %d", content, got, want)
		}
	}
}
