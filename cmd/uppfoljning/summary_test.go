package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// summarySources are a period of two years reported for an early tertial
// (an activity done the year before, one with only a note) and a report
// where most activities have not reported.
func summarySources(t *testing.T, dir string) map[string]string {
	t.Helper()
	two := `title = "T"
municipality = "Provstads kommun"
period = "2023-2024"
[[promise]]
text = "Löfte ett."
  [[promise.activity]]
  text = "Klar 2023."
    [[promise.activity.followup]]
    tertial = "2023-T3"
    status = "genomförd"
  [[promise.activity]]
  text = "Bara en anteckning."
    [[promise.activity.followup]]
    tertial = "2024-T1"
    note = "Vi har börjat."
  [[promise.activity]]
  text = "Pågår."
    [[promise.activity.followup]]
    tertial = "2024-T1"
    status = "pågår"
    [[promise.activity.followup]]
    tertial = "2024-T2"
    status = "genomförd"
`
	var many strings.Builder
	many.WriteString("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2024\"\n")
	for p := range 4 {
		fmt.Fprintf(&many, "[[promise]]\ntext = \"Löfte %d.\"\n", p+1)
		for a := range 10 + p%2 {
			fmt.Fprintf(&many, "  [[promise.activity]]\n  text = \"Aktivitet %d.%d.\"\n", p+1, a+1)
			if a < 3 {
				fmt.Fprintf(&many, "    [[promise.activity.followup]]\n    tertial = \"2024-T1\"\n    status = \"pågår\"\n")
			}
		}
	}
	files := map[string]string{"two-years.toml": two, "many.toml": many.String()}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// TestSummaryAgreesWithStatusAndWarning: the page's summary, the build's
// warning and status count the same activities as having no status for
// the report's tertial.
func TestSummaryAgreesWithStatusAndWarning(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	dir := t.TempDir()
	summarySources(t, dir)
	warning := regexp.MustCompile(`: (\d+) av (\d+) aktiviteter saknar status för tertial 1 2024:`)
	statusLine := regexp.MustCompile(`: tertial 1 2024: (\d+) av (\d+) aktiviteter har status`)
	noStatus := regexp.MustCompile(`(?s)<tfoot>.*<td data-label="ingen uppgift">(\d+)</td>`)
	for _, c := range []struct {
		name           string
		missing, total int
	}{
		{"two-years", 2, 3},
		{"many", 30, 42},
	} {
		src := filepath.Join(dir, c.name+".toml")
		out := filepath.Join(dir, "out")
		r := runCLI(t, "build", "-format", "html", "-tertial", "2024-T1", "-out", out, src)
		if r.code != 0 {
			t.Fatalf("%s: exit %d: %s", c.name, r.code, r.stderr)
		}
		m := warning.FindStringSubmatch(r.stderr)
		if m == nil {
			t.Fatalf("%s: no warning of activities without a status:\n%s", c.name, r.stderr)
		}
		warned, _ := strconv.Atoi(m[1])
		page, err := os.ReadFile(filepath.Join(out, c.name+"-2024-T1.html"))
		if err != nil {
			t.Fatal(err)
		}
		p := noStatus.FindSubmatch(page)
		if p == nil {
			t.Fatalf("%s: the page's summary has no total without a status", c.name)
		}
		summary, _ := strconv.Atoi(string(p[1]))
		r = runCLI(t, "status", "-tertial", "2024-T1", src)
		s := statusLine.FindStringSubmatch(r.stdout)
		if r.code != 0 || s == nil {
			t.Fatalf("%s: status exit %d:\n%s%s", c.name, r.code, r.stdout, r.stderr)
		}
		reported, _ := strconv.Atoi(s[1])
		all, _ := strconv.Atoi(s[2])
		if warned != c.missing || summary != c.missing || all-reported != c.missing || all != c.total {
			t.Errorf("%s: warning %d, summary %d, status %d of %d without a status; want %d of %d in all three",
				c.name, warned, summary, all-reported, all, c.missing, c.total)
		}
	}
}
