package xlsx

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// TestHelpSheetPrintsWithinMargins prints the fill-in workbook with
// LibreOffice, as a contributor may to read the help sheet on paper: every
// word of the help is on the page, inside its margins.
func TestHelpSheetPrintsWithinMargins(t *testing.T) {
	bin := soffice(t)
	pdftotext := reporttest.Tool(t, "pdftotext")
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	dir := t.TempDir()
	book := filepath.Join(dir, "underlag.xlsx")
	if err := os.WriteFile(book, fillIn(t, src, report.Tertial{Year: 2020, N: 2}), 0o644); err != nil {
		t.Fatal(err)
	}
	convert(t, bin, filepath.Join(dir, "profile"), "pdf", dir, []string{book})
	out, err := exec.Command(pdftotext, "-bbox", filepath.Join(dir, "underlag.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	page := regexp.MustCompile(`<page width="([0-9.]+)"`).FindStringSubmatch(string(out))
	if page == nil {
		t.Fatal("no page in the PDF")
	}
	width, _ := strconv.ParseFloat(page[1], 64)
	word := regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>`)
	printed := map[string]bool{}
	const margin = 18.0 // points, a quarter of an inch: no printer prints closer to the edge
	for _, m := range word.FindAllStringSubmatch(string(out), -1) {
		left, _ := strconv.ParseFloat(m[1], 64)
		right, _ := strconv.ParseFloat(m[2], 64)
		if left < margin || right > width-margin {
			t.Errorf("%q is printed at %.0f–%.0f pt, outside the margins of a page %.0f pt wide", m[3], left, right, width)
		}
		printed[m[3]] = true
	}
	for _, line := range tpl.FillIn.Help {
		for _, w := range strings.Fields(line) {
			if !printed[strings.NewReplacer("&", "&amp;", "\"", "&quot;").Replace(w)] {
				t.Errorf("%q of the help is not printed", w)
			}
		}
	}
}
