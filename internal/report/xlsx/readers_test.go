package xlsx

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// soffice finds LibreOffice. Without it the reader tests are skipped,
// unless READERS=required says that this machine must have it.
func soffice(t *testing.T) string {
	t.Helper()
	return reporttest.Tool(t, "soffice", "libreoffice")
}

// convert runs one LibreOffice over all the workbooks, with a profile of
// its own so that parallel runs do not share one.
func convert(t *testing.T, bin, profile, to, out string, files []string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=file://" + profile, "--headless", "--norestore",
		"--convert-to", to, "--outdir", out}, files...)
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("soffice --convert-to %s: %v\n%s%s", to, err, stdout.String(), stderr.String())
	}
	if strings.Contains(stderr.String(), "Error") || strings.Contains(stdout.String(), "Error") {
		t.Fatalf("soffice --convert-to %s reported an error:\n%s%s", to, stdout.String(), stderr.String())
	}
}

// TestLibreOffice opens every workbook in LibreOffice, exports each sheet
// as CSV and the workbook as PDF, and looks for every text of the source
// in the CSV files.
func TestLibreOffice(t *testing.T) {
	bin := soffice(t)
	dir := t.TempDir()
	docs := map[string]*report.Document{}
	var files []string
	for _, path := range sources {
		doc := load(t, path)
		data, _ := render(t, doc)
		file := filepath.Join(dir, name(path)+".xlsx")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		docs[name(path)] = doc
		files = append(files, file)
	}
	profile := filepath.Join(dir, "profile")
	csvDir, pdfDir := filepath.Join(dir, "csv"), filepath.Join(dir, "pdf")
	convert(t, bin, profile, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", csvDir, files)
	convert(t, bin, profile, "pdf", pdfDir, files)

	for base, doc := range docs {
		t.Run(base, func(t *testing.T) {
			clean, _ := doc.Sanitize(report.Printable, msg.OutputPDF)
			var all strings.Builder
			for _, sheet := range []string{clean.Workbook.ReportSheet, clean.Workbook.DataSheet, clean.Workbook.OverviewSheet} {
				file := filepath.Join(csvDir, base+"-"+sheet+".csv")
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatalf("LibreOffice wrote no CSV for sheet %s: %v", sheet, err)
				}
				r := csv.NewReader(bytes.NewReader(data))
				r.FieldsPerRecord, r.LazyQuotes = -1, true
				records, err := r.ReadAll()
				if err != nil {
					t.Fatalf("%s: %v", file, err)
				}
				for _, rec := range records {
					all.WriteString(strings.Join(rec, "\n"))
					all.WriteString("\n")
				}
			}
			text := all.String()
			for _, want := range texts(clean) {
				if !strings.Contains(text, want) {
					t.Errorf("LibreOffice does not show %q", want)
				}
			}
			pdf := filepath.Join(pdfDir, base+".pdf")
			if st, err := os.Stat(pdf); err != nil || st.Size() == 0 {
				t.Fatalf("LibreOffice wrote no PDF: %v", err)
			}
			// The footer's page numbers are codes that only a reader fills in.
			if _, err := exec.LookPath("pdftotext"); err == nil {
				out, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
				if err != nil {
					t.Fatalf("pdftotext: %v", err)
				}
				label := regexp.QuoteMeta(clean.PageLabel("1", "\x00"))
				label = strings.Replace(label, "\x00", `[0-9]+`, 1)
				if !regexp.MustCompile(label).Match(out) {
					t.Errorf("the printed pages have no footer like %q", clean.PageLabel("1", "N"))
				}
			}
		})
	}
}

// texts lists every text of the document a reader must find, notes line
// by line: a cell's lines are one CSV field.
func texts(d *report.Document) []string {
	var out []string
	for _, t := range d.Texts() {
		for _, line := range strings.Split(t, "\n") {
			if line != "" {
				out = append(out, line)
			}
		}
	}
	return out
}
