package pdf

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// headerColumns reads, from where poppler finds the words of the first
// table's header row, how wide each of its four columns is: each heading
// starts a cell's padding after the cell's left edge.
func headerColumns(t *testing.T, doc *report.Document, pages []bboxPage) [4]float64 {
	t.Helper()
	first := strings.Fields(doc.Columns[1])[0] // "Tertial"
	p := pages[0]
	byRow := map[float64][]float64{}
	for _, w := range p.words {
		if w.text == first {
			y := math.Round(w.yMin)
			byRow[y] = append(byRow[y], w.xMin)
		}
	}
	var rows []float64
	for y, xs := range byRow {
		if len(xs) == 3 {
			rows = append(rows, y)
		}
	}
	if len(rows) == 0 {
		t.Fatalf("no row of three headings %q on the first page", first)
	}
	sort.Float64s(rows)
	xs := byRow[rows[0]]
	sort.Float64s(xs)
	left, right := doc.Theme.MarginLeft*mm, p.width-doc.Theme.MarginRight*mm
	pad := doc.Theme.CellPadding * mm
	return [4]float64{xs[0] - left, xs[1] - xs[0], xs[2] - xs[1], right - (xs[2] - pad)}
}

// TestColumnsFollowContent measures the printed tables: the tertials
// after the report's are narrow and alike, but wide enough for "Tertial 2"
// on one line; the reported ones share the rest with the activity as the
// theme says.
func TestColumnsFollowContent(t *testing.T) {
	reporttest.Tool(t, "pdftotext")
	for _, tertial := range []int{1, 2, 3} {
		doc := reporttest.Document(t, "../testdata/good/years.toml", reporttest.Tertial(fmt.Sprintf("2021-T%d", tertial)))
		data, _ := renderDoc(t, doc)
		cols := headerColumns(t, doc, assertLaidOutWell(t, doc, data))
		total := cols[0] + cols[1] + cols[2] + cols[3]
		// The activity and the reported tertials, which give room to the
		// narrow ones, keep their shares among themselves.
		wide, given := 0.0, 0.0
		for i := 0; i <= tertial; i++ {
			wide += doc.Shares[i]
			given += cols[i]
		}
		for i := 0; i <= tertial; i++ {
			if got, want := cols[i]/given, doc.Shares[i]/wide; math.Abs(got-want) > 0.01 {
				t.Errorf("tertial %d: column %d takes %.3f of the reported columns, want %.3f", tertial, i+1, got, want)
			}
		}
		for i := 1; i <= 3; i++ {
			reported := i <= tertial
			if narrow := cols[i] < total*0.1; narrow == reported {
				t.Errorf("tertial %d: column %d (reported: %v) is %.0f of %.0f points wide", tertial, i+1, reported, cols[i], total)
			}
		}
		if tertial == 1 && cols[1] < 3*cols[2] {
			t.Errorf("tertial 1: the reported column is %.0f points wide, the empty ones %.0f", cols[1], cols[2])
		}
	}
}

// linkSource has addresses in a title, an activity, a long one in a note,
// and two in one note.
const linkSource = `title = "Medborgarlöften i Provstad, se www.provstad.se"
municipality = "Provstads kommun"
period = "2024"
[[promise]]
text = "Trygghet i centrum"
[[promise.activity]]
text = "Trygghetsvandringar, frågor till trygg@provstad.se"
[[promise.activity.followup]]
tertial = "2024-T1"
status = "pågår"
note = "Protokoll: https://polisen.se/aktuellt/nyheter/2023/april/trygghetsvandringar-i-jokkmokk-och-porjus-sammanfattning-av-varens-arbete."
[[promise.activity]]
text = "Två adresser"
[[promise.activity.followup]]
tertial = "2024-T1"
note = "Se https://a.example.se och https://b.example.se/sida?x=1"
`

const longAddress = "https://polisen.se/aktuellt/nyheter/2023/april/trygghetsvandringar-i-jokkmokk-och-porjus-sammanfattning-av-varens-arbete"

// TestLinks reads the links back as qpdf and poppler find them: a link
// annotation for each line of an address, leading to it, with an
// alternative text and a place in the structure tree, and the address
// broken only after / . - ? & = _ #, never hyphenated.
func TestLinks(t *testing.T) {
	reporttest.Tool(t, "pdfinfo")
	doc := reporttest.Document(t, "links.toml", reporttest.Text([]byte(linkSource)))
	data, _ := renderDoc(t, doc)
	path := tempPDF(t, data)
	targets := map[string]int{}
	for _, obj := range qpdfObjects(t, data) {
		v, _ := obj.(map[string]any)
		if v["/Subtype"] != "/Link" {
			continue
		}
		action, _ := v["/A"].(map[string]any)
		uri, _ := action["/URI"].(string)
		uri = strings.TrimPrefix(uri, "u:")
		targets[uri]++
		if contents, _ := v["/Contents"].(string); strings.TrimPrefix(contents, "u:") == "" {
			t.Errorf("the link to %s has no /Contents", uri)
		}
		if _, ok := v["/StructParent"]; !ok {
			t.Errorf("the link to %s has no /StructParent", uri)
		}
	}
	for _, want := range []string{"https://www.provstad.se", "mailto:trygg@provstad.se", longAddress, "https://a.example.se", "https://b.example.se/sida?x=1"} {
		if targets[want] == 0 {
			t.Errorf("no link annotation leads to %s; found %v", want, targets)
		}
	}
	if targets[longAddress] < 2 {
		t.Errorf("the long address has %d annotations; broken over lines, it has one per line", targets[longAddress])
	}
	tree := command(t, "pdfinfo", "-struct-text", path)
	if n := strings.Count(tree, "Link (inline)"); n < 5 {
		t.Errorf("the structure tree has %d Link elements, want one for each address:\n%s", n, tree)
	}
	// A line that starts or ends with a link leaves no empty piece of its
	// cell's text beside the link's.
	for _, line := range strings.Split(tree, "\n") {
		if strings.TrimSpace(line) == `""` {
			t.Errorf("the structure tree has empty marked content:\n%s", tree)
			break
		}
	}
	assertBrokenWhereAllowed(t, readText(t, data), longAddress)
}

// assertBrokenWhereAllowed finds address in text, broken over lines, and
// checks that each line after the first starts where
// report.AddressBreaks allows, and that no line ends in a full stop or a
// hyphen, which would read as a sentence's end or a hyphenation.
func assertBrokenWhereAllowed(t *testing.T, text, address string) {
	t.Helper()
	start := strings.Index(text, address[:20])
	if start < 0 {
		t.Fatalf("the address %s is not in the text", address)
	}
	allowed := map[int]bool{}
	for _, i := range report.AddressBreaks(address) {
		allowed[i] = true
	}
	var got string
	for _, line := range strings.Split(text[start:], "\n") {
		piece := strings.TrimSpace(line)
		if got != "" && !allowed[len(got)] {
			t.Errorf("the address is broken before %q", piece)
		}
		if len(got)+len(piece) >= len(address) {
			got += piece
			break
		}
		if piece == "" || strings.HasSuffix(piece, ".") || strings.HasSuffix(piece, "-") {
			t.Errorf("the address is broken after %q", piece)
		}
		got += piece
	}
	if !strings.HasPrefix(got, address) {
		t.Errorf("the lines put together read %q, want %q", got, address)
	}
}
