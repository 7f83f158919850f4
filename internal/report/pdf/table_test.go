package pdf

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"uppfoljning/internal/report/reporttest"
)

type outlineItem struct {
	Title string        `json:"title"`
	Kids  []outlineItem `json:"kids"`
}

// TestNavigation reads the example back with qpdf and poppler: a bookmark
// for the summary and below the activities' heading one for each promise,
// each promise an H3 (under the H2 of the activities), each activity a row
// header, each tertial reported without a follow-up read as "ingen
// uppgift".
func TestNavigation(t *testing.T) {
	reporttest.Tool(t, "qpdf")
	reporttest.Tool(t, "pdfinfo")
	doc := reporttest.Document(t, example)
	data, _ := renderDoc(t, doc)
	path := tempPDF(t, data)
	var q struct {
		Outlines []outlineItem `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(command(t, "qpdf", "--json", "--json-key=outlines", path)), &q); err != nil {
		t.Fatal(err)
	}
	var top []string
	var promises []string
	for _, o := range q.Outlines {
		top = append(top, o.Title)
		if o.Title == doc.ActivitiesHeading.S {
			for _, k := range o.Kids {
				promises = append(promises, k.Title)
			}
		}
	}
	if want := []string{doc.PromisesHeading.S, doc.Summary.Heading, doc.ActivitiesHeading.S}; strings.Join(top, "|") != strings.Join(want, "|") {
		t.Errorf("outline %q, want %q", top, want)
	}
	var want []string
	empty, activities := 0, 0
	for _, p := range doc.Promises {
		want = append(want, p.Text.S)
		for _, a := range p.Activities {
			activities++
			for _, c := range a.Cells {
				if c.Due && c.Empty() {
					empty++
				}
			}
		}
	}
	if strings.Join(promises, "|") != strings.Join(want, "|") {
		t.Errorf("promises in the outline %q, want %q", promises, want)
	}
	if marker := doc.Theme.PromiseMarker; strings.Contains(command(t, "pdfinfo", "-struct-text", path), marker) {
		t.Errorf("the promise's marker %q is read out; it is furniture", marker)
	}
	tree := command(t, "pdfinfo", "-struct", path)
	if n := strings.Count(tree, "H3"); n != len(doc.Promises) {
		t.Errorf("%d H3 in the structure tree, want one per promise (%d)", n, len(doc.Promises))
	}
	if n := strings.Count(tree, "/Scope /Row"); n != activities+len(doc.Summary.Rows)+1 {
		t.Errorf("%d row headers, want one per activity (%d) and summary row (%d)", n, activities, len(doc.Summary.Rows)+1)
	}
	objects := command(t, "qpdf", "--json", "--json-key=qpdf", path)
	if n := strings.Count(objects, `"/ActualText": "u:`+doc.Words.NoStatus+`"`); n != empty || empty == 0 {
		t.Errorf("%d cells read as %q, want %d", n, doc.Words.NoStatus, empty)
	}
	text := readText(t, data)
	if n := strings.Count(text, doc.Words.NoFollowupMark); n < empty {
		t.Errorf("%d marks %q drawn, want at least %d", n, doc.Words.NoFollowupMark, empty)
	}
}

// TestTertialKeepsItsNumber: in the narrow columns of the tertials after
// the report's, "Tertial" and its number stay on one line; the year may go
// below.
func TestTertialKeepsItsNumber(t *testing.T) {
	reporttest.Tool(t, "pdftotext")
	doc := reporttest.Document(t, "../testdata/good/years.toml", reporttest.Tertial("2021-T1"))
	data, _ := renderDoc(t, doc)
	pages := assertLaidOutWell(t, doc, data)
	word := strings.Fields(doc.Columns[1])[0]
	seen := 0
	for _, p := range pages {
		for i, w := range p.words {
			if w.text != word {
				continue
			}
			seen++
			if i+1 >= len(p.words) || math.Abs(p.words[i+1].yMin-w.yMin) > 1 || !strings.ContainsAny(p.words[i+1].text[:1], "0123456789") {
				t.Errorf("page: %q is not followed by its number on the same line", w.text)
			}
		}
	}
	if seen < 3 {
		t.Errorf("found %q %d times", word, seen)
	}
}

// Numbers with spaces inside, a number and its unit sign, a sign and its
// number never part; a year after a number does.
func TestNumbersHoldTogether(t *testing.T) {
	doc := reporttest.Document(t, example)
	fonts, err := newFontSet(doc.Theme.Font, doc.Theme.FallbackFont)
	if err != nil {
		t.Fatal(err)
	}
	l := newLayout(doc, fonts, func(*page) error { return nil })
	for _, c := range []struct{ text, want string }{
		{"kostar ≈ 1 200 € i år", "kostar|≈ 1 200 €|i|år"},
		{"betalt 12 500 kr", "betalt|12 500|kr"},
		{"ökat 40 % sedan", "ökat|40 %|sedan"},
		{"tertial 2 2020 och 1 2000x", "tertial|2|2020|och|1|2000x"},
		{"år 1 23 och 12 3456", "år|1|23|och|12|3456"},
	} {
		got := strings.Join(l.units(c.text, false), "|")
		if got != c.want {
			t.Errorf("units(%q) = %s, want %s", c.text, got, c.want)
		}
		// Lines as narrow as the widest part break between parts only.
		lines := strings.Join(l.wrap(c.text, false, 10, l.fonts.measure("≈ 1 200 €", false, 10)), "|")
		for _, part := range strings.Split(c.want, "|") {
			if !strings.Contains(lines, part) {
				t.Errorf("wrap(%q) = %s breaks inside %q", c.text, lines, part)
			}
		}
	}
	if got := strings.Join(l.units("Tertial 2 2020", true), "|"); got != "Tertial 2|2020" {
		t.Errorf("a heading's word and number part: %s", got)
	}
}

// TestPagesAreFilled: a row that does not fit the rest of a page is split
// there, so no page of tables is left a third empty, and on average they
// are nearly full (a row moved whole left a fifth of each page empty).
func TestPagesAreFilled(t *testing.T) {
	reporttest.Tool(t, "pdftotext")
	for name, src := range map[string][]byte{
		"big":  reporttest.Generated(4, 7, 40),
		"tall": reporttest.Generated(2, 6, 100),
	} {
		doc := reporttest.Document(t, name+".toml", reporttest.Text(src), reporttest.Tertial("2020-T3"))
		data, _ := renderDoc(t, doc)
		pages := assertLaidOutWell(t, doc, data)
		frame := doc.Theme.MarginTop * mm
		bottom := pages[0].height - doc.Theme.MarginBottom*mm - 3*doc.Theme.FooterSize*doc.Theme.LineSpacing
		total := 0.0
		for i, p := range pages[1 : len(pages)-1] {
			low := 0.0
			for _, w := range p.words {
				if w.yMax < bottom {
					low = max(low, w.yMax)
				}
			}
			blank := (bottom - low) / (bottom - frame)
			if blank > 1.0/3 {
				t.Errorf("%s: page %d is %.0f %% empty at its foot", name, i+2, 100*blank)
			}
			total += blank
		}
		if mean := total / float64(len(pages)-2); mean > 0.08 {
			t.Errorf("%s: the pages of tables are on average %.0f %% empty at their foot", name, 100*mean)
		}
		text := readText(t, data)
		if strings.Contains(text, "\f"+doc.Meta.ShortTitle) {
			t.Errorf("%s: a page holds nothing but its footer", name)
		}
	}
}

// TestLastRowNotAlone: a table whose last row would go alone to a new page
// takes the row before it along.
func TestLastRowNotAlone(t *testing.T) {
	reporttest.Tool(t, "pdftotext")
	for filler := 15; filler <= 30; filler++ { // the second row at the foot of the first page
		src := fmt.Sprintf("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"Ett\"\n"+
			"[[promise.activity]]\ntext = \"A\"\n[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = %q\n"+
			"[[promise.activity]]\ntext = \"B\"\n[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = \"rad\\nrad\\nrad\"\n"+
			"[[promise.activity]]\ntext = \"C\"\n[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = \"rad\\nrad\\nrad\"\n",
			strings.Repeat("rad\n", filler))
		doc := reporttest.Document(t, "last.toml", reporttest.Text([]byte(src)))
		data, _ := renderDoc(t, doc)
		for i, p := range wordBoxes(t, data) {
			var rows []string
			for _, w := range p.words {
				if w.text == "A" || w.text == "B" || w.text == "C" {
					rows = append(rows, w.text)
				}
			}
			if i > 0 && strings.Join(rows, "") == "C" {
				t.Errorf("filler %d: the last row is alone on page %d", filler, i+1)
			}
		}
	}
}
