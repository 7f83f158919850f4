package html

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// TestPrintKeepsHeadingsWithTheirText prints each page with Chromium and
// reads every printed page back with poppler: no page ends with a heading
// whose text is on the next page.
func TestPrintKeepsHeadingsWithTheirText(t *testing.T) {
	chromium := reporttest.Tool(t, "chromium")
	pdftotext := reporttest.Tool(t, "pdftotext")
	pdfinfo := reporttest.Tool(t, "pdfinfo")
	dir := t.TempDir()
	for _, s := range sources {
		doc := build(t, s.path)
		out, _ := render(t, doc)
		page := filepath.Join(dir, s.name+".html")
		pdf := filepath.Join(dir, s.name+".pdf")
		if err := os.WriteFile(page, out, 0o644); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
		cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir="+filepath.Join(dir, "profile"), "--no-pdf-header-footer", "--print-to-pdf="+pdf, "file://"+page)
		if b, err := cmd.CombinedOutput(); err != nil {
			cancel()
			t.Fatalf("chromium --print-to-pdf: %v\n%s", err, b)
		}
		cancel()
		info, err := exec.Command(pdfinfo, pdf).Output()
		if err != nil {
			t.Fatalf("pdfinfo: %v", err)
		}
		m := regexp.MustCompile(`Pages:\s+(\d+)`).FindSubmatch(info)
		if m == nil {
			t.Fatalf("pdfinfo gives no page count:\n%s", info)
		}
		pages, _ := strconv.Atoi(string(m[1]))
		headings := printedHeadings(doc)
		for p := 1; p < pages; p++ { // the last page's heading has nothing after it
			text, err := exec.Command(pdftotext, "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), pdf, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			body := pageBody(string(text), doc)
			for _, h := range headings {
				if strings.HasSuffix(body, h) {
					t.Errorf("%s: page %d of %d ends with the heading %q", s.name, p, pages, h)
				}
			}
		}
	}
}

// printedHeadings are the page's headings, as poppler reads them, with
// their words one space apart.
func printedHeadings(doc *report.Document) []string {
	hs := []string{doc.PromisesHeading.S, doc.Summary.Heading, doc.Summary.Caption, doc.ActivitiesHeading.S, doc.Words.SignaturesHeading}
	for _, p := range doc.Promises {
		hs = append(hs, p.Text.S)
	}
	for i, h := range hs {
		hs[i] = strings.Join(strings.Fields(h), " ")
	}
	return hs
}

// pageBody is a printed page's text without its margins' short title and
// page label, its words one space apart.
func pageBody(text string, doc *report.Document) string {
	label := pageLabel(doc)
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line != doc.Meta.ShortTitle && !label.MatchString(line) {
			lines = append(lines, line)
		}
	}
	return strings.Join(strings.Fields(strings.Join(lines, " ")), " ")
}

// pageLabel matches the page label, "Sida 3 av 12".
func pageLabel(doc *report.Document) *regexp.Regexp {
	q := regexp.QuoteMeta(doc.PageLabel("\x00", "\x01"))
	q = strings.NewReplacer("\x00", `\d+`, "\x01", `\d+`).Replace(q)
	return regexp.MustCompile("^" + q + "$")
}
