package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
	"uppfoljning/templates"
)

// sources are the documents the golden and reader tests render: the
// example, and testdata files that each stress one thing.
var sources = []string{
	"../../../examples/eksjo-2020-2021.toml",
	"testdata/long-notes.toml",
	"testdata/many-activities.toml",
	"testdata/two-years.toml",
	"testdata/messy.toml",
	"testdata/signatories.toml",
}

// tertials names the sources built for a tertial other than their latest.
var tertials = map[string]string{
	"two-years": "2021-T2", // it has a follow-up for 2021-T3 that must not show
}

// created dates the workbooks the tests make.
var created = reporttest.CreatedAt(time.Unix(1700000000, 0))

// load builds a document with the real pipeline, at the source's latest
// tertial unless tertials names another.
func load(t testing.TB, path string) *report.Document {
	t.Helper()
	opts := []reporttest.Option{created}
	if tt, ok := tertials[name(path)]; ok {
		opts = append(opts, reporttest.Tertial(tt))
	}
	return reporttest.Document(t, path, opts...)
}

func parse(t testing.TB, name, text string) *report.Document {
	t.Helper()
	return reporttest.Document(t, name, reporttest.Text([]byte(text)), created)
}

func render(t testing.TB, doc *report.Document) ([]byte, []report.Warning) {
	t.Helper()
	var buf bytes.Buffer
	warnings, err := (Renderer{}).Render(&buf, doc)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), warnings
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	reporttest.Golden(t, path, []byte(got))
}

func name(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

func TestGolden(t *testing.T) {
	for _, path := range sources {
		t.Run(name(path), func(t *testing.T) {
			data, warnings := render(t, load(t, path))
			var b strings.Builder
			for _, w := range warnings {
				fmt.Fprintln(&b, w)
			}
			b.WriteString(dump(t, data))
			if strings.Contains(b.String(), "ska inte synas") {
				t.Error("a follow-up after the report's tertial is in the workbook")
			}
			golden(t, filepath.Join("testdata", name(path)+".golden"), b.String())
		})
	}
}

// dump writes, as text, what a reader of the workbook sees and what
// carries meaning: values, merges, fills, bold and wrapping, row heights,
// column widths, panes, print settings, defined names, the table, the
// validation, the conditional formats, the chart and the properties.
func dump(t testing.TB, data []byte) string {
	t.Helper()
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	parts := zipParts(t, data)
	p("== parts")
	for _, name := range parts.names {
		p("%s", name)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p("== properties")
	dp, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	p("title: %s\nsubject: %s\ncreator: %s\nkeywords: %s\nlanguage: %s\ncreated: %s\nmodified: %s\nlast modified by: %s",
		dp.Title, dp.Subject, dp.Creator, dp.Keywords, dp.Language, dp.Created, dp.Modified, dp.LastModifiedBy)
	ap, err := f.GetAppProps()
	if err != nil {
		t.Fatal(err)
	}
	p("application: %s\ncompany: %s", ap.Application, ap.Company)
	custom, err := f.GetCustomProps()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range custom {
		p("custom property %s: %v", c.Name, c.Value)
	}
	// exceljs refuses the workbook unless the names are prefixed as here.
	p("core.xml: %s", parts.data["docProps/core.xml"])
	p("== defined names")
	for _, dn := range f.GetDefinedName() {
		p("%s (%s) = %s", dn.Name, dn.Scope, dn.RefersTo)
	}
	for _, sheet := range f.GetSheetList() {
		p("== sheet %s", sheet)
		dumpSheet(t, f, sheet, p)
		xml := parts.data[sheetPath(t, f, sheet)]
		p("sheetPr: %s", regexp.MustCompile(`<sheetPr>.*?</sheetPr>|<sheetPr[^>]*/>`).FindString(xml))
	}
	for _, name := range parts.names {
		if strings.HasPrefix(name, "xl/charts/chart") {
			p("== %s", name)
			dumpChart(parts.data[name], p)
		}
		if strings.HasPrefix(name, "xl/drawings/drawing") {
			p("== %s", name)
			for _, m := range regexp.MustCompile(`<xdr:from><xdr:col>(\d+)</xdr:col>.*?<xdr:row>(\d+)</xdr:row>.*?<xdr:to><xdr:col>(\d+)</xdr:col>.*?<xdr:row>(\d+)</xdr:row>.*?descr="([^"]*)"`).FindAllStringSubmatch(parts.data[name], -1) {
				p("anchor: columns %s-%s rows %s-%s (from 0) alt text: %s", m[1], m[3], m[2], m[4], m[5])
			}
		}
	}
	return b.String()
}

type zipContent struct {
	names []string
	data  map[string]string
}

func zipParts(t testing.TB, data []byte) zipContent {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	c := zipContent{data: map[string]string{}}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", zf.Name, err)
		}
		c.names = append(c.names, zf.Name)
		c.data[zf.Name] = string(body)
	}
	return c
}

// sheetPath finds a sheet's part through the workbook's relationships.
func sheetPath(t testing.TB, f *excelize.File, sheet string) string {
	t.Helper()
	idx, err := f.GetSheetIndex(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("xl/worksheets/sheet%d.xml", idx+1)
}

func dumpSheet(t testing.TB, f *excelize.File, sheet string, p func(string, ...any)) {
	t.Helper()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	rows, err := f.GetRows(sheet)
	must(err)
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	var widths []string
	for c := 1; c <= cols; c++ {
		w, err := f.GetColWidth(sheet, colName(c))
		must(err)
		widths = append(widths, fmt.Sprintf("%s=%g", colName(c), w))
	}
	p("columns: %s", strings.Join(widths, " "))
	panes, err := f.GetPanes(sheet)
	must(err)
	p("panes: freeze=%v ySplit=%d xSplit=%d topLeft=%s", panes.Freeze, panes.YSplit, panes.XSplit, panes.TopLeftCell)
	props, err := f.GetSheetProps(sheet)
	must(err)
	layout, err := f.GetPageLayout(sheet)
	must(err)
	p("print: size=%s orientation=%s fitToPage=%s fitToWidth=%s fitToHeight=%s",
		val(layout.Size), val(layout.Orientation), val(props.FitToPage), val(layout.FitToWidth), val(layout.FitToHeight))
	m, err := f.GetPageMargins(sheet)
	must(err)
	p("margins (in): top=%s bottom=%s left=%s right=%s header=%s footer=%s", val(m.Top), val(m.Bottom), val(m.Left), val(m.Right), val(m.Header), val(m.Footer))
	hf, err := f.GetHeaderFooter(sheet)
	must(err)
	if hf != nil {
		p("footer: %s", hf.OddFooter)
	}
	merges, err := f.GetMergeCells(sheet, true)
	must(err)
	var ms []string
	for _, mc := range merges {
		ms = append(ms, mc.GetStartAxis()+":"+mc.GetEndAxis())
	}
	p("merges: %s", strings.Join(ms, " "))
	for i, r := range rows {
		n := i + 1
		h, err := f.GetRowHeight(sheet, n)
		must(err)
		p("row %d height=%g", n, h)
		for c := range r {
			cell := cellName(c+1, n)
			v := r[c]
			id, err := f.GetCellStyle(sheet, cell)
			must(err)
			if v == "" && id == 0 {
				continue
			}
			runs, err := f.GetCellRichText(sheet, cell)
			must(err)
			if len(runs) > 1 {
				v = ""
				for _, run := range runs {
					if run.Font != nil && run.Font.Bold {
						v += "**" + run.Text + "**"
					} else {
						v += run.Text
					}
				}
			}
			link := ""
			if ok, target, err := f.GetCellHyperLink(sheet, cell); err != nil {
				t.Fatal(err)
			} else if ok {
				link = " link=" + target
			}
			p("  %s %s %q%s", cell, describeStyle(t, f, id), v, link)
		}
	}
	tables, err := f.GetTables(sheet)
	must(err)
	for _, tb := range tables {
		p("table %s %s style=%s", tb.Name, tb.Range, tb.StyleName)
	}
	dvs, err := f.GetDataValidations(sheet)
	must(err)
	for _, dv := range dvs {
		p("validation %s type=%s formula=%s allowBlank=%v", dv.Sqref, dv.Type, dv.Formula1, dv.AllowBlank)
	}
	cfs, err := f.GetConditionalFormats(sheet)
	must(err)
	var refs []string
	for ref := range cfs {
		refs = append(refs, ref)
	}
	sort.Strings(refs)
	for _, ref := range refs {
		for _, cf := range cfs[ref] {
			fill := ""
			if cf.Format != nil {
				s, err := f.GetConditionalStyle(*cf.Format)
				must(err)
				fill = strings.Join(s.Fill.Color, ",")
			}
			p("conditional %s %s %s %s fill=%s", ref, cf.Type, cf.Criteria, cf.Value, fill)
		}
	}
}

// val shows what a pointer points to, or "-" for nil.
func val[T any](v *T) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprint(*v)
}

func describeStyle(t testing.TB, f *excelize.File, id int) string {
	s, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	if s.Font != nil {
		font := fmt.Sprintf("%s %g", s.Font.Family, s.Font.Size)
		if s.Font.Bold {
			font += " bold"
		}
		parts = append(parts, font)
	}
	if len(s.Fill.Color) > 0 {
		parts = append(parts, "fill="+strings.Join(s.Fill.Color, ","))
	}
	if s.Alignment != nil && s.Alignment.WrapText {
		parts = append(parts, "wrap")
	}
	if len(s.Border) > 0 {
		parts = append(parts, "border")
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func dumpChart(xml string, p func(string, ...any)) {
	find := func(re string) string {
		var out []string
		for _, m := range regexp.MustCompile(re).FindAllStringSubmatch(xml, -1) {
			out = append(out, m[1])
		}
		return strings.Join(out, " | ")
	}
	// excelize writes the chart namespace as the default one; Excel
	// writes it as c:.
	xml = regexp.MustCompile(`<(/?)c:`).ReplaceAllString(xml, "<$1")
	p("type: barDir=%s grouping=%s", find(`<barDir val="(\w+)"`), find(`<grouping val="(\w+)"`))
	p("series: %s", find(`<tx><strRef><f>([^<]*)</f>`))
	p("categories: %s", find(`<cat><(?:num|str)Ref><f>([^<]*)</f>`))
	p("values: %s", find(`<val><numRef><f>([^<]*)</f>`))
	p("colours: %s", find(`<ser>.*?<a:srgbClr val="(\w+)"`))
	p("texts: %s", find(`<a:t>([^<]*)</a:t>`))
}

// TestDeterministic renders the same document repeatedly, with different
// numbers of threads, and wants the same bytes each time.
func TestDeterministic(t *testing.T) {
	doc := load(t, "testdata/many-activities.toml")
	first, _ := render(t, doc)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for i, procs := range []int{1, 2, 4, 8, 1, 3} {
		runtime.GOMAXPROCS(procs)
		again, _ := render(t, doc)
		if !bytes.Equal(first, again) {
			t.Fatalf("render %d (GOMAXPROCS=%d) differs from the first: %d bytes against %d", i+2, procs, len(again), len(first))
		}
	}
}

// TestConcurrent renders in several goroutines at once, as a command that
// writes the PDF and the workbook side by side may: the shared font
// tables must not race (go test -race) nor change the output.
func TestConcurrent(t *testing.T) {
	doc := load(t, sources[0])
	want, _ := render(t, doc)
	got := make([][]byte, 4)
	done := make(chan bool)
	for i := range got {
		go func() {
			defer func() { done <- true }()
			var buf bytes.Buffer
			if _, err := (Renderer{}).Render(&buf, doc); err != nil {
				t.Error(err)
			}
			got[i] = buf.Bytes()
		}()
	}
	for range got {
		<-done
	}
	for i, g := range got {
		if !bytes.Equal(g, want) {
			t.Errorf("render %d in parallel differs from the one alone", i)
		}
	}
}

// TestRowHeights checks every wrapped cell against a rough estimate made
// independently of measure.go: characters times an average width smaller
// than any real text's, paragraph by paragraph, and a line height smaller
// than the readers draw. A row lower than that is certainly cut off.
func TestRowHeights(t *testing.T) {
	for _, path := range append(sources[:len(sources):len(sources)], "generated") {
		t.Run(name(path), func(t *testing.T) {
			var doc *report.Document
			if path == "generated" {
				doc = parse(t, "generated.toml", generate(3, 30, 3))
			} else {
				doc = load(t, path)
			}
			data, _ := render(t, doc)
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			checked := 0
			for _, sheet := range f.GetSheetList() {
				checked += checkHeights(t, f, sheet)
			}
			if checked == 0 {
				t.Fatal("no wrapped cell was checked")
			}
		})
	}
}

func checkHeights(t *testing.T, f *excelize.File, sheet string) int {
	merged := map[string]string{} // top-left cell → bottom-right
	merges, err := f.GetMergeCells(sheet, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, mc := range merges {
		merged[mc.GetStartAxis()] = mc.GetEndAxis()
	}
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for i, r := range rows {
		n := i + 1
		h, err := f.GetRowHeight(sheet, n)
		if err != nil {
			t.Fatal(err)
		}
		for c, v := range r {
			if v == "" {
				continue
			}
			cell := cellName(c+1, n)
			id, _ := f.GetCellStyle(sheet, cell)
			s, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			if s.Alignment == nil || !s.Alignment.WrapText {
				continue
			}
			last := c + 1
			if end, ok := merged[cell]; ok {
				last, _, _ = excelize.CellNameToCoordinates(end)
			}
			widthPt := 0.0
			for col := c + 1; col <= last; col++ {
				w, _ := f.GetColWidth(sheet, colName(col))
				widthPt += w * 7 * 0.75 // at least 7 pixels a unit
			}
			size := s.Font.Size
			perLine := math.Max(1, math.Floor(widthPt/(0.42*size))) // characters
			lines := 0
			for _, para := range strings.Split(v, "\n") {
				lines += max(1, int(math.Ceil(float64(utf8.RuneCountInString(para))/perLine)))
			}
			need := float64(lines) * size * 1.1
			if need > 409 {
				need = 409
			}
			if h < need {
				t.Errorf("%s!%s: row %d is %gpt high; %d lines of %gpt text need at least %.1fpt: %q", sheet, cell, n, h, lines, size, need, v)
			}
			checked++
		}
	}
	return checked
}

// generate writes a source of promises × activities, each with a note
// and a status in the first tertials of 2024. It is written tersely: the
// source of 20,000 activities must stay under report.MaxSourceBytes.
func generate(promises, activities, notes int) string {
	var b strings.Builder
	b.WriteString("title = \"Lokala medborgarlöften i Provstad 2024\"\nmunicipality = \"Provstads kommun\"\nperiod = \"2024\"\n")
	statuses := []string{"ej påbörjad", "pågår", "genomförd", "försenad"}
	for p := 1; p <= promises; p++ {
		fmt.Fprintf(&b, "[[promise]]\ntext = \"Löfte %d: att öka tryggheten i centrum och i bostadsområdena kvällstid.\"\n", p)
		for a := 1; a <= activities; a++ {
			fmt.Fprintf(&b, "[[promise.activity]]\ntext = \"Aktivitet %d.%d: polisen och kommunen genomför trygghetsvandringar med boende, fastighetsägare och föreningar.\"\nresponsible = [\"Polisen\", \"Kommunen\"]\n", p, a)
			for n := 1; n <= notes; n++ {
				fmt.Fprintf(&b, "[[promise.activity.followup]]\ntertial = \"2024-T%d\"\nstatus = %q\nnote = \"\"\"\nGenomfört %d trygghetsvandringar under tertialet.\nDeltagare: boende, fastighetsägare och föreningar.\nNästa vandring planeras till skolstarten.\"\"\"\n",
					n, statuses[(p+a+n)%len(statuses)], a+n)
			}
		}
	}
	return b.String()
}

func BenchmarkRender5000(b *testing.B) {
	doc := parse(b, "generated.toml", generate(20, 250, 3))
	b.ReportAllocs()
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if _, err := (Renderer{}).Render(&buf, doc); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "bytes/workbook")
}

// TestStatusWithComma uses a template whose status word holds a comma,
// which a literal drop-down list would split: the list then refers to the
// overview's header, which must hold exactly the status words.
func TestStatusWithComma(t *testing.T) {
	text := strings.Replace(string(templates.Default), `word  = "försenad"`, `word  = "försenad, åter"`, 1)
	tpl, err := report.LoadTemplate("comma.toml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	data, _ := render(t, reporttest.Document(t, sources[0], reporttest.WithTemplate(tpl), created))
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dvs, err := f.GetDataValidations("Data")
	if err != nil || len(dvs) != 1 {
		t.Fatalf("want one validation, got %v (%v)", dvs, err)
	}
	sheet, ref, _ := strings.Cut(dvs[0].Formula1, "!")
	from, to, _ := strings.Cut(strings.ReplaceAll(ref, "$", ""), ":")
	c1, r1, err := excelize.CellNameToCoordinates(from)
	if err != nil {
		t.Fatal(err)
	}
	c2, r2, err := excelize.CellNameToCoordinates(to)
	if err != nil || r1 != r2 {
		t.Fatalf("the drop-down list refers to %s, not to one row (%v)", ref, err)
	}
	var words []string
	for c := c1; c <= c2; c++ {
		v, err := f.GetCellValue(strings.Trim(sheet, "'"), cellName(c, r1))
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, v)
	}
	if got, want := strings.Join(words, "|"), "ej påbörjad|pågår|genomförd|försenad, åter"; got != want {
		t.Errorf("the drop-down list %s holds %q, want %q", dvs[0].Formula1, got, want)
	}
}

// TestNoPromises renders a document stripped of its promises, which no
// source gives but a caller could: the workbook must still be whole.
func TestNoPromises(t *testing.T) {
	doc := load(t, sources[0])
	doc.Promises = nil
	data, _ := render(t, doc)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "Uppföljning,Data,Översikt" {
		t.Errorf("sheets %s", got)
	}
}

// TestLarge renders 20,000 activities: it must work, and every activity
// and follow-up must reach the sheets.
func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("20,000 activities take a few seconds")
	}
	doc := parse(t, "large.toml", generate(20, 1000, 3))
	data, _ := render(t, doc)
	parts := zipParts(t, data)
	if got := strings.Count(parts.data["xl/worksheets/sheet1.xml"], "<row "); got < 20000+20*3 {
		t.Errorf("the report sheet has %d rows for 20,000 activities in 20 promises", got)
	}
	if got, want := strings.Count(parts.data["xl/worksheets/sheet2.xml"], "<row "), 1+20000*3; got != want {
		t.Errorf("the data sheet has %d rows, want %d", got, want)
	}
}

// TestCellLimit gives a note longer than an Excel cell holds. The data
// sheet keeps its beginning in one cell and says so; the report sheet
// continues it in the rows below, so that all of it shows.
func TestCellLimit(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("Lång anteckning om trygghetsvandringen. ", 1000)) // 40,000 characters
	doc := parse(t, "long.toml", `title = "T"
municipality = "M"
period = "2024"
[[promise]]
text = "P"
[[promise.activity]]
text = "A"
[[promise.activity.followup]]
tertial = "2024-T1"
note = "`+long+`"
`)
	data, warnings := render(t, doc)
	if len(warnings) != 1 || !strings.Contains(warnings[0].Msg.String(), "32767") || warnings[0].Pos.Line != 10 {
		t.Errorf("want a warning about the cell's limit on line 10, got %v", warnings)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	v, err := f.GetCellValue("Data", "I2")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(utf16.Encode([]rune(v))); n > 32767 || n < 32000 || !strings.HasSuffix(v, "…") || !strings.HasPrefix(v, "Lång anteckning") {
		t.Errorf("Data!I2 holds %d UTF-16 units ending %q; want the note's beginning cut to fit 32767, ending in …", n, v[max(0, len(v)-20):])
	}
	rows, err := f.GetRows("Uppföljning")
	if err != nil {
		t.Fatal(err)
	}
	var pieces []string
	for n := 11; n <= len(rows); n++ {
		h, _ := f.GetRowHeight("Uppföljning", n)
		if h > 409 {
			t.Errorf("row %d is %g points high, more than Excel allows", n, h)
		}
		if len(rows[n-1]) > 1 {
			pieces = append(pieces, rows[n-1][1])
			if want := "(forts.)"; n > 11 && rows[n-1][0] != want {
				t.Errorf("A%d holds %q; a continued row says %q", n, rows[n-1][0], want)
			}
		}
	}
	if got := strings.Join(pieces, " "); got != long {
		t.Errorf("the report sheet's rows from B11 hold %d bytes of the note's %d in %d rows", len(got), len(long), len(pieces))
	}
	if len(pieces) < 20 {
		t.Errorf("the note is in %d rows; 40,000 characters in rows of at most 409 points take more", len(pieces))
	}
}

// TestPrintTitlesAndPageNumbers: only the data sheet, one table that runs
// over many pages, repeats its header row on printed pages; the report
// sheet's tables have their own headers, and a repeated one would stand
// above the signatures or the overview's chart. Every sheet prints its
// page numbers on the right, as the PDF does, and only its own columns,
// not the addresses linked beside them.
func TestPrintTitlesAndPageNumbers(t *testing.T) {
	doc := load(t, "testdata/signatories.toml")
	data, _ := render(t, doc)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	wb := doc.Workbook
	want := map[string]string{
		"_xlnm.Print_Titles " + wb.DataSheet:   "'Data'!$1:$1",
		"_xlnm.Print_Area " + wb.ReportSheet:   "'Uppföljning'!$A:$D",
		"_xlnm.Print_Area " + wb.DataSheet:     "'Data'!$A:$I",
		"_xlnm.Print_Area " + wb.OverviewSheet: "'Översikt'!$A:$G",
	}
	got := map[string]string{}
	for _, n := range f.GetDefinedName() {
		got[n.Name+" "+n.Scope] = n.RefersTo
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("defined names %v, want %v", got, want)
	}
	for _, sheet := range f.GetSheetList() {
		hf, err := f.GetHeaderFooter(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if _, page, ok := strings.Cut(hf.OddFooter, "&R"); !ok || !strings.Contains(page, "&P") || strings.Contains(hf.OddFooter, "&C") {
			t.Errorf("%s: footer %q, want the page number on the right (&R)", sheet, hf.OddFooter)
		}
	}
}

// TestChartUsesTheTablesLabels: the overview's chart names its bars by
// the table's own promise column, shows each bar's number (zeros left
// out), and fills no status unlike any status; white numbers stand on the
// dark fills only.
func TestChartUsesTheTablesLabels(t *testing.T) {
	doc := load(t, "testdata/two-years.toml")
	data, _ := render(t, doc)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var chart string
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/charts/chart") {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			chart = string(b)
		}
	}
	last := 3 + len(doc.Promises)
	cats := fmt.Sprintf("<cat><strRef><f>&#39;Översikt&#39;!$A$4:$A$%d</f>", last)
	if got := strings.Count(chart, cats); got != len(doc.Statuses)+1 {
		t.Errorf("%d series name their bars by %s, want %d", got, cats, len(doc.Statuses)+1)
	}
	for _, want := range []string{`<showVal val="1">`, `formatCode="0;;;"`, `srgbClr val="BFD7EE"`} {
		if !strings.Contains(chart, want) {
			t.Errorf("the chart has no %s", want)
		}
	}
	for fill, want := range map[string]string{"#2E7D32": "FFFFFF", "#C62828": "FFFFFF", "#8A939C": "1A1A1A", "#E0A800": "1A1A1A", "#BFD7EE": "1A1A1A", "#zzzzzz": "1A1A1A"} {
		if got := labelColor(fill, "#1A1A1A"); got != want {
			t.Errorf("labelColor(%s) = %s, want %s", fill, got, want)
		}
	}
}
