package web

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
	"uppfoljning/internal/report/round"
)

// browserRun is what testdata/browser/workspace.mjs saw.
type browserRun struct {
	Pages []struct {
		Name, Viewport string
		Overflow       int
		Passes         int
		Violations     []struct {
			ID, Help string
			Nodes    []string
		}
	}
	Steps struct {
		StartURL, SourceURL, ReportHeading    string
		TabsToSource                          int
		FollowedMs                            int
		ProblemText                           string
		ReportKept                            int
		Written, Collected, Preview, Imported string
		Built                                 string
		Books, Filled, Dropped                []string
		Conflicts                             int
		TypedChoice                           string
		PDF                                   struct {
			Status      int
			Type, Start string
		}
	}
	Requests      []string
	ConsoleErrors []string
	Error         string
}

// TestInBrowser runs the whole round in Chromium, by keyboard: the report
// shown and following a save, an answer typed in, workbooks sent out,
// filled in by exceljs, dropped on the page, a conflict settled, the
// answers taken in, the report built and its PDF opened; axe-core on
// every page. What the page writes must be what import writes for the
// same choices, byte for byte. It needs node, chromium and the packages
// of testdata/browser (npm ci --prefix internal/web/testdata/browser).
func TestInBrowser(t *testing.T) {
	const dir = "testdata/browser"
	node, err := exec.LookPath("node")
	if err != nil {
		reporttest.Missing(t, "node")
	}
	for _, pkg := range []string{"axe-core", "playwright-core", "exceljs"} {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", pkg)); err != nil {
			reporttest.Missing(t, filepath.Join(dir, "node_modules", pkg)+" (npm ci --prefix internal/web/"+dir+")")
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err != nil {
		reporttest.Missing(t, "/usr/bin/chromium")
	}
	w := newWorkspace(t, safefileOptions())
	w.srv.cfg.Poll = 100 * time.Millisecond
	cmd := reporttest.Command(t, 4*time.Minute, node, "workspace.mjs", w.srv.URL("/"), w.dir)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("workspace.mjs: %v\n%s", err, stderr.String())
	}
	var run browserRun
	if err := json.Unmarshal(out, &run); err != nil {
		t.Fatalf("workspace.mjs printed no results: %v\n%s", err, out)
	}
	if run.Error != "" {
		t.Fatalf("the round stopped: %s\n%s", run.Error, out)
	}
	s := run.Steps
	check := func(what, got string, wants ...string) {
		t.Helper()
		for _, want := range wants {
			if !strings.Contains(got, want) {
				t.Errorf("%s lacks %q:\n%s", what, want, got)
			}
		}
	}
	if strings.Contains(s.StartURL, "token") || !strings.HasSuffix(s.SourceURL, "/k/eksjo.toml") {
		t.Errorf("addresses: start %s, source %s", s.StartURL, s.SourceURL)
	}
	check("the report", s.ReportHeading, "Eksjö")
	// Followed within a second or so of the save (polled every 100 ms);
	// logged, not asserted: the machine may be busy.
	t.Logf("the report followed a save after %d ms; %d Tab presses to the source", s.FollowedMs, s.TabsToSource)
	check("the problems", s.ProblemText, "eksjo.toml:6:", `municipality = "Eksjö kommun`)
	if s.ReportKept == 0 {
		t.Error("the report was not kept while the source had problems")
	}
	if s.TypedChoice != "1-1 pågår" {
		t.Errorf("typing chose %q, want the first activity and pågår", s.TypedChoice)
	}
	check("the typed answer", s.Written, "skriven för tertial 2 2020")
	check("collect", s.Collected, "underlag", "Polisen", "Kommunen")
	if len(s.Dropped) != 2 {
		t.Errorf("dropped %v, want the two workbooks", s.Dropped)
	}
	check("the preview", s.Preview, "Mötet hölls i Mariannelund", "Från telefonen: mötet är bokat.", "Tolv insatser.", "Närvaron följs varje vecka.")
	if s.Conflicts != 1 {
		t.Errorf("%d conflicts to settle, want 1:\n%s", s.Conflicts, s.Preview)
	}
	check("the import", s.Imported, "skriven för tertial 2 2020")
	check("build", s.Built, ".pdf", ".xlsx", ".html")
	if s.PDF.Status != 200 || s.PDF.Type != "application/pdf" || s.PDF.Start != "%PDF-" {
		t.Errorf("the PDF's link: %+v", s.PDF)
	}
	for _, p := range run.Pages {
		if len(p.Violations) > 0 {
			t.Errorf("axe on %s at %s: %+v", p.Name, p.Viewport, p.Violations)
		}
		if p.Passes < 10 {
			t.Errorf("axe on %s at %s passed only %d rules; did it run?", p.Name, p.Viewport, p.Passes)
		}
		if p.Overflow > 0 {
			t.Errorf("%s at %s scrolls sideways by %d px", p.Name, p.Viewport, p.Overflow)
		}
	}
	if len(run.Pages) != 16 {
		t.Errorf("axe ran on %d pages and widths, want 16", len(run.Pages))
	}
	if len(run.Requests) > 0 || len(run.ConsoleErrors) > 0 {
		t.Errorf("requests elsewhere %v; console errors %v", run.Requests, run.ConsoleErrors)
	}

	// The same choices by import's engine: Replace for the one conflict.
	before, err := os.ReadFile(filepath.Join(w.dir, "fore-import.toml"))
	if err != nil {
		t.Fatal(err)
	}
	tpl, _ := report.DefaultTemplate()
	src, err := report.Parse(w.source, before, tpl)
	if err != nil {
		t.Fatal(err)
	}
	var books []round.Workbook
	for _, f := range s.Filled {
		b, err := round.ReadWorkbook(f)
		if err != nil {
			t.Fatal(err)
		}
		books = append(books, b)
	}
	ans, err := round.ReadAnswers(books, src, tpl, report.Replace)
	if err != nil {
		t.Fatal(err)
	}
	im, err := src.Import(tpl, ans.Tertial, ans.Answers, report.Replace)
	if err != nil {
		t.Fatal(err)
	}
	if got := w.read(); got != string(im.Text) {
		t.Errorf("the page wrote other bytes than import -replace:\n%s", reporttest.Diff(string(im.Text), got))
	}
	// What a reader of the published page sees: the workbooks' notes, the
	// settled conflict taken from the workbook, the typed note replaced.
	built, err := os.ReadFile(filepath.Join(w.dir, "rapporter", "eksjo-2020-T2.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(built)
	for _, want := range []string{"Mötet hölls i Mariannelund den 12 juni.", "Tolv insatser.", "Närvaron följs varje vecka."} {
		if !strings.Contains(page, want) {
			t.Errorf("the built report lacks %q", want)
		}
	}
	if strings.Contains(page, "Från telefonen") {
		t.Error("the built report keeps the note the workbook's replaced")
	}
}
