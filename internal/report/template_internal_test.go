package report

import "testing"

// TestFillLeavesUnknownPlaceholders: a placeholder with no value is left
// as written, also when there are no values at all, so that a template's
// mistake shows in the report instead of stopping the build.
func TestFillLeavesUnknownPlaceholders(t *testing.T) {
	for _, c := range []struct {
		s    string
		vars map[string]string
		want string
	}{
		{"Tertial {n} {year}", map[string]string{"n": "2", "year": "2020"}, "Tertial 2 2020"},
		{"Tertial {n} {år}", map[string]string{"n": "2"}, "Tertial 2 {år}"},
		{"Sida {page}", nil, "Sida {page}"},
		{"Sida {page}", map[string]string{}, "Sida {page}"},
		{"Inga platshållare", nil, "Inga platshållare"},
	} {
		if got := fill(c.s, c.vars); got != c.want {
			t.Errorf("fill(%q, %v) = %q, want %q", c.s, c.vars, got, c.want)
		}
	}
}
