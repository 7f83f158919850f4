package xlsx

import (
	"bytes"
	"encoding/csv"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

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
	args := append([]string{"-env:UserInstallation=file://" + profile, "--headless", "--norestore",
		"--convert-to", to, "--outdir", out}, files...)
	// soffice starts soffice.bin, which must end with it.
	cmd := reporttest.Command(t, 4*time.Minute, bin, args...)
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
	reference := filepath.Join(dir, "reference.xlsx")
	writeReference(t, reference, docs[name(sources[0])])
	profile := filepath.Join(dir, "profile")
	csvDir, pdfDir := filepath.Join(dir, "csv"), filepath.Join(dir, "pdf")
	convert(t, bin, profile, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", csvDir, files)
	convert(t, bin, profile, "pdf", pdfDir, append(files, reference))
	pdftotext := reporttest.Tool(t, "pdftotext")
	headings := printHeadings(docs[name(sources[0])])
	var full [3]float64
	for i, h := range headings {
		w := wordWidths(t, pdftotext, filepath.Join(pdfDir, "reference.pdf"), h.text)
		if len(w) != 1 {
			t.Fatalf("the reference print shows %q %d times, want once", h.text, len(w))
		}
		full[i] = w[0]
	}

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
			checkNotesPrinted(t, pdftotext, pdf, clean)
			// The footer's page numbers are codes that only a reader fills in.
			out, err := exec.Command(pdftotext, "-layout", pdf, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			label := regexp.QuoteMeta(clean.PageLabel("1", "\x00"))
			label = strings.Replace(label, "\x00", `[0-9]+`, 1)
			if !regexp.MustCompile(label).Match(out) {
				t.Errorf("the printed pages have no footer like %q", clean.PageLabel("1", "N"))
			}
			// Each sheet, fitted to the page's width, prints a heading of
			// its own at a share of its size at 100 %.
			for i, h := range headings {
				printed := wordWidths(t, pdftotext, pdf, h.text)
				if len(printed) == 0 {
					t.Fatalf("the print has no heading %q", h.text)
				}
				w := printed[0]
				if h.smallest {
					w = slices.Min(printed)
				}
				if scale := w / full[i]; scale < 0.85 {
					t.Errorf("sheet %s prints at %.0f %%, want 85 %% or more", h.sheet, scale*100)
				} else {
					t.Logf("sheet %s prints at %.0f %%", h.sheet, scale*100)
				}
			}
		})
	}
}

// checkNotesPrinted looks in the workbook's print for the last word of
// every line of every note, as often as the report sheet and the data
// sheet print it: a cell that shows its text on one clipped line (as
// LibreOffice shows a linked cell) loses them. Addresses, which may break
// anywhere, are left out.
func checkNotesPrinted(t *testing.T, pdftotext, pdf string, doc *report.Document) {
	t.Helper()
	out, err := exec.Command(pdftotext, pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	printed := map[string]int{}
	for _, w := range strings.Fields(string(out)) {
		printed[w]++
	}
	want := map[string]int{}
	for _, p := range doc.Promises {
		for _, a := range p.Activities {
			for _, c := range a.Cells {
				if !c.Due {
					continue
				}
				for _, line := range strings.Split(c.Note.S, "\n") {
					words := strings.Fields(line)
					if len(words) == 0 {
						continue
					}
					last := words[len(words)-1]
					if len(report.Links(last)) == 0 && !strings.Contains(last, "://") {
						want[last] += printedTimes(doc, c.Note.S)
					}
				}
			}
		}
	}
	for w, n := range want {
		if printed[w] < n {
			t.Errorf("LibreOffice prints %q %d times, want %d or more (a note's last words are cut off)", w, printed[w], n)
		}
	}
}

// printedTimes is how often a note prints: on the report sheet, and on
// the data sheet unless it is taller than a row may be there (the data
// sheet then shows its top, the report sheet all of it).
func printedTimes(doc *report.Document, note string) int {
	size := doc.Theme.TableSize
	if linesHeight(wrappedLines(note, textEms(doc.Theme.DataWidths[dataNote], size), false), size) > maxRowHeight {
		return 1
	}
	return 2
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

// printHeading is a heading that measures a sheet's print: its text, its
// font, and whether the print's smallest of its word is the sheet's (the
// heading repeats on each page, the word may occur elsewhere) or its first.
type printHeading struct {
	sheet, text string
	size        float64
	smallest    bool
}

// printHeadings are the report sheet's first column heading (the print's
// first word of it), the data sheet's last and the overview's summary
// heading.
func printHeadings(doc *report.Document) [3]printHeading {
	th, wb := doc.Theme, doc.Workbook
	return [3]printHeading{
		{wb.ReportSheet, doc.Columns[0], th.TableSize, false},
		{wb.DataSheet, wb.DataColumns[dataNote], th.TableSize, true},
		{wb.OverviewSheet, doc.Summary.Heading, th.HeadingSize, false},
	}
}

// writeReference writes a workbook that holds the headings that measure
// the sheets' print, each in its font, printed at 100 %.
func writeReference(t *testing.T, path string, doc *report.Document) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, h := range printHeadings(doc) {
		style, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: fontName, Size: h.size, Bold: true}})
		if err != nil {
			t.Fatal(err)
		}
		cell := cellName(1, i+1)
		if err := f.SetCellStr("Sheet1", cell, h.text); err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellStyle("Sheet1", cell, cell, style); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// wordWidths is how wide, in points, a PDF prints each occurrence of word.
func wordWidths(t *testing.T, pdftotext, pdf, word string) []float64 {
	t.Helper()
	out, err := exec.Command(pdftotext, "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", pdf, err)
	}
	re := regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>`)
	var widths []float64
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		if html.UnescapeString(m[3]) != word {
			continue
		}
		x0, _ := strconv.ParseFloat(m[1], 64)
		x1, _ := strconv.ParseFloat(m[2], 64)
		widths = append(widths, x1-x0)
	}
	return widths
}

// TestLinksInExcelJS reads the workbook's hyperlinks back with exceljs: a
// cell that is one address, and fits on a line, links to it where it
// stands; every other address is linked in a cell of its own beside the
// printed columns, on every sheet, so that no linked cell loses its text.
func TestLinksInExcelJS(t *testing.T) {
	node := reporttest.Tool(t, "node")
	const dir = "testdata/exceljs"
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "exceljs")); err != nil {
		reporttest.Missing(t, filepath.Join(dir, "node_modules", "exceljs")+" (npm ci --prefix internal/report/xlsx/"+dir+")")
	}
	doc := parse(t, "links.toml", `title = "Medborgarlöften i Provstad, se www.provstad.se"
municipality = "Provstads kommun"
period = "2024"
[[promise]]
text = "Trygghet i centrum, www.provstad.se/trygghet"
[[promise.activity]]
text = "Trygghetsvandringar, frågor till trygg@provstad.se"
[[promise.activity.followup]]
tertial = "2024-T1"
status = "pågår"
note = "Protokoll: https://provstad.se/trygghet/protokoll-2024.pdf."
[[promise.activity]]
text = "Två adresser: https://a.example.se och https://b.example.se"
[[promise.activity.followup]]
tertial = "2024-T1"
note = "https://provstad.se/plan"
`)
	data, _ := render(t, doc)
	file := filepath.Join(t.TempDir(), "links.xlsx")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, "links.mjs", file)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("exceljs: %v\n%s", err, out)
	}
	want := strings.Join([]string{
		"Uppföljning!E1 https://www.provstad.se",                          // the title
		"Uppföljning!E6 https://www.provstad.se/trygghet",                 // the list of promises
		"Uppföljning!E9 https://www.provstad.se/trygghet",                 // the promise above its table
		"Uppföljning!E11 mailto:trygg@provstad.se",                        // the activity
		"Uppföljning!F11 https://provstad.se/trygghet/protokoll-2024.pdf", // the note, after its status
		"Uppföljning!B12 https://provstad.se/plan",                        // a note that is an address
		"Uppföljning!E12 https://a.example.se",                            // two addresses in a cell
		"Uppföljning!F12 https://b.example.se",
		"Data!J2 https://www.provstad.se/trygghet",
		"Data!K2 mailto:trygg@provstad.se",
		"Data!L2 https://provstad.se/trygghet/protokoll-2024.pdf",
		"Data!I3 https://provstad.se/plan",
		"Data!J3 https://www.provstad.se/trygghet",
		"Data!K3 https://a.example.se",
		"Data!L3 https://b.example.se",
		"Översikt!H4 https://www.provstad.se/trygghet",
	}, "\n") + "\n"
	if got := string(out); got != want {
		t.Errorf("exceljs finds the links:\n%s\nwant:\n%s", got, want)
	}
}
