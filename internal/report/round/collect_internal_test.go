package round

import "testing"

// TestFileLabel: a party's name as part of a file name on every system,
// each party's its own.
func TestFileLabel(t *testing.T) {
	taken := map[string]bool{}
	for _, c := range []struct{ name, want string }{
		{"Polisen", "Polisen"},
		{"Räddningstjänsten Höglandet", "Räddningstjänsten-Höglandet"},
		{"  Skola/förskola: väst ", "Skola-förskola-väst"},
		{"POLISEN", "POLISEN-2"},
		{"polisen", "polisen-3"},
		{"?!", "part"},
		{"", "part-2"},
	} {
		if got := fileLabel(c.name, taken); got != c.want {
			t.Errorf("fileLabel(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
