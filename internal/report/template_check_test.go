package report_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// statusList is a template's [[status]] list of n statuses.
func statusList(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "[[status]]\nword = \"status %d\"\ncolor = \"#00000%d\"\n", i, i)
	}
	return b.String()
}

// helpLines is a template's fill-in help of n lines.
func helpLines(n int) string {
	lines := make([]string, n)
	for i := range lines {
		lines[i] = fmt.Sprintf("%q", fmt.Sprintf("Rad %d.", i+1))
	}
	return "[fillin]\nhelp = [" + strings.Join(lines, ", ") + "]\n"
}

// TestTemplateLimitsAreInclusive: each of a template's limits allows the
// value at the limit and refuses the one just past it, with the key's line
// and the limit in words. A template that sits exactly at a limit is one a
// user has every reason to expect to load.
func TestTemplateLimitsAreInclusive(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       string // "" when the template loads
	}{
		{"10 help lines", helpLines(10), ""},
		{"11 help lines", helpLines(11), "t.toml:2:1: fillin.help must list from 1 to 10 lines, it lists 11"},
		{"sheet name of 31 characters", "[workbook]\nreport_sheet = \"" + strings.Repeat("å", 31) + "\"\n", ""},
		{"sheet name of 32 characters", "[workbook]\nreport_sheet = \"" + strings.Repeat("å", 32) + "\"\n",
			"t.toml:2:1: workbook.report_sheet \"" + strings.Repeat("å", 32) + "\" is longer than the 31 characters Excel allows"},
		// Excel counts UTF-16 units: an emoji is two, so 31 characters
		// with one emoji are too many.
		{"sheet name of 32 UTF-16 units", "[workbook]\nreport_sheet = \"" + strings.Repeat("å", 30) + "🚲\"\n", "is longer than the 31 characters Excel allows"},
		{"8 statuses", statusList(8), ""},
		{"9 statuses", statusList(9), "list from 1 to 8 [[status]], the template lists 9"},
		{"size at its least", "[theme]\nbody_size = 6.0\n", ""},
		{"size at its most", "[theme]\nbody_size = 24.0\n", ""},
		{"size under its least", "[theme]\nbody_size = 5.9\n", "t.toml:2:1: theme.body_size is 5.9; it must be between 6 and 24"},
		{"size over its most", "[theme]\nbody_size = 24.1\n", "t.toml:2:1: theme.body_size is 24.1; it must be between 6 and 24"},
		{"future column at its least", "[theme]\nfuture_column = 0.04\n", ""},
		{"future column at its most", "[theme]\nfuture_column = 0.2\n", ""},
		{"column share of 0.1", "[theme]\ncolumns = [0.7, 0.1, 0.1, 0.1]\n", ""},
		{"column share under 0.1", "[theme]\ncolumns = [0.71, 0.1, 0.1, 0.09]\n", "t.toml:2:1: theme.columns: each share must be at least 0.1, here is 0.09"},
		{"data widths at their limits", "[theme]\ndata_widths = [2, 40, 8, 50, 22, 6, 6, 12, 100]\n", ""},
		{"data width under 2", "[theme]\ndata_widths = [1.5, 40, 8, 50, 22, 6, 6, 12, 60]\n", "t.toml:2:1: theme.data_widths: each width must be between 2 and 100 characters, here is 1.5"},
		{"data width over 100", "[theme]\ndata_widths = [8, 40, 8, 50, 22, 6, 6, 12, 100.5]\n", "here is 100.5"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := report.LoadTemplate("t.toml", []byte(c.text))
			switch {
			case c.want == "" && err != nil:
				t.Errorf("refused: %s", msg.Text(err, msg.English))
			case c.want != "" && (err == nil || !strings.Contains(msg.Text(err, msg.English), c.want)):
				t.Errorf("got %v, want an error with %q", err, c.want)
			}
		})
	}
}

// TestTemplateFileSizeLimit: a template file of up to 20 MB is read; a
// larger one is refused before it is read at all. The file here starts with
// a byte that is not UTF-8, so one that is read is refused for that.
func TestTemplateFileSizeLimit(t *testing.T) {
	data := bytes.Repeat([]byte("x"), report.MaxSourceBytes+1)
	data[0] = 0xFF
	_, err := report.LoadTemplate("t.toml", data[:report.MaxSourceBytes])
	if got := msg.Text(err, msg.English); !strings.HasPrefix(got, "t.toml:1:1: the file is not UTF-8 text here") {
		t.Errorf("a template of exactly %d bytes: got %q, want it read (and refused as not UTF-8)", report.MaxSourceBytes, got)
	}
	_, err = report.LoadTemplate("t.toml", data)
	if got, want := msg.Text(err, msg.English), "t.toml: the template is larger than 20 MB"; got != want {
		t.Errorf("a template one byte over the limit: got %q, want %q", got, want)
	}
}
