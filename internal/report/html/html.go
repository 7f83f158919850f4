// Package html lays out a report as one self-contained HTML page for a
// municipality's website. The page must be accessible (EN 301 549, WCAG 2.1
// AA), so it keeps real table markup, says every status in words and needs
// nothing from elsewhere: no scripts, fonts or images outside the file.
package html

import (
	"bytes"
	_ "embed"
	"encoding/base64"
	"html/template"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// pageLayout is the page's markup and stylesheet. It is this renderer's
// code, not a template a user changes: the words and the look come from
// the document.
//
//go:embed report.html
var pageLayout string

var page = template.Must(template.New("report.html").Funcs(template.FuncMap{
	"paragraphs": paragraphs,
	"linked":     linked,
	"counts":     counts,
	"years":      years,
	"numbered":   numbered,
}).Parse(pageLayout))

// count is one number of the summary, with its column's heading, which
// labels it where a phone shows a row as a block.
type count struct {
	Label string
	N     int
}

// counts are a summary row's numbers, each status's, no status's and the
// total, with their columns' headings.
func counts(r report.SummaryRow, columns []string) []count {
	var out []count
	for i, n := range append(append([]int(nil), r.Counts...), r.Total) {
		out = append(out, count{Label: columns[i+1], N: n})
	}
	return out
}

// Renderer writes the HTML version of a report.
type Renderer struct{}

var _ report.Renderer = Renderer{}

// Render writes the HTML version of doc to w.
func (Renderer) Render(w io.Writer, doc *report.Document) ([]report.Warning, error) {
	doc, warnings := doc.Sanitize(report.Printable, msg.OutputHTML)
	// Rendered into a buffer so that a failure leaves no half page behind.
	var buf bytes.Buffer
	if err := page.Execute(&buf, newView(doc)); err != nil {
		return warnings, err
	}
	_, err := w.Write(buf.Bytes())
	return warnings, err
}

// view is what report.html is executed with: the document and
// the few values the template language cannot work out itself.
type view struct {
	Doc      *report.Document
	Lang     string
	Keywords string
	Created  string
	Images   []image
	Widths   []width
	Sizes    sizes
	Folio    []folioPart
	Date     *date // nil when the source gives none
}

// date is the day the follow-up was settled, for <time>, after its label.
type date struct {
	ISO, Label, Written string
}

type image struct {
	Src           template.URL
	Alt           string
	Width, Height int
}

type width struct {
	Nth   int // CSS counts columns from 1
	Width string
}

// sizes are the theme's font sizes relative to its body size, so that one
// stylesheet serves the screen (body at the reader's chosen size) and print
// (body at the theme's size in points).
type sizes struct {
	Title, Subtitle, Heading, Table, Footer string
}

// folioPart is a piece of the printed page label: text or a CSS counter.
type folioPart struct {
	Text    string
	Counter string
}

func newView(doc *report.Document) *view {
	v := &view{
		Doc:      doc,
		Lang:     language(doc.Meta.Language),
		Keywords: strings.Join(doc.Meta.Keywords, ", "),
		Created:  doc.Meta.Created.UTC().Format("2006-01-02T15:04:05Z"),
		Folio:    folio(doc),
	}
	for _, l := range doc.Logos {
		v.Images = append(v.Images, image{
			// Trusted: the format is png or jpeg, checked when the source was
			// loaded, and base64 holds no characters that need escaping.
			Src: template.URL("data:image/" + l.Format + ";base64," + base64.StdEncoding.EncodeToString(l.Data)),
			Alt: l.Alt, Width: l.Width, Height: l.Height,
		})
	}
	for i, c := range doc.Shares {
		v.Widths = append(v.Widths, width{Nth: i + 1, Width: number(c*100) + "%"})
	}
	if doc.Date.S != "" {
		v.Date = &date{ISO: doc.Meta.Settled.Format("2006-01-02"), Label: doc.DateLabel, Written: doc.DateWritten()}
	}
	th := doc.Theme
	em := func(pt float64) string { return number(pt/th.BodySize) + "em" }
	v.Sizes = sizes{Title: em(th.TitleSize), Subtitle: em(th.SubtitleSize), Heading: em(th.HeadingSize),
		Table: em(th.TableSize), Footer: em(th.FooterSize)}
	return v
}

// language gives the page's lang: the primary language subtag, which is
// what screen readers pick a voice by ("sv-SE" → "sv"). The template's
// language is checked when it is loaded.
func language(tag string) string {
	primary, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(primary)
}

// folio splits the page label ("Sida {page} av {pages}") into text and the
// CSS counters a printing browser fills in.
func folio(doc *report.Document) []folioPart {
	const page, pages = '\uE000', '\uE001' // private-use marks that no template word holds
	label := doc.PageLabel(string(page), string(pages))
	var parts []folioPart
	for label != "" {
		i := strings.IndexFunc(label, func(r rune) bool { return r == page || r == pages })
		if i < 0 {
			return append(parts, folioPart{Text: label})
		}
		if i > 0 {
			parts = append(parts, folioPart{Text: label[:i]})
		}
		r, n := utf8.DecodeRuneInString(label[i:])
		parts = append(parts, folioPart{Counter: map[rune]string{page: "page", pages: "pages"}[r]})
		label = label[i+n:]
	}
	return parts
}

// paragraphs splits a note at its empty lines; single line breaks stay in
// each paragraph for the stylesheet to keep.
func paragraphs(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n\n")
}

// linked writes a text as HTML with each web and e-mail address a link.
// A long address may break where report.AddressBreaks says (<wbr>), never
// with a hyphen added.
func linked(s string) template.HTML {
	var b strings.Builder
	at := 0
	for _, l := range report.Links(s) {
		b.WriteString(string(years(s[at:l.Start])))
		b.WriteString(`<a href="`)
		b.WriteString(template.HTMLEscapeString(l.Target))
		b.WriteString(`">`)
		text := s[l.Start:l.End]
		from := 0
		for _, i := range report.AddressBreaks(text) {
			b.WriteString(template.HTMLEscapeString(text[from:i]))
			b.WriteString("<wbr>")
			from = i
		}
		b.WriteString(template.HTMLEscapeString(text[from:]))
		b.WriteString("</a>")
		at = l.End
	}
	b.WriteString(string(years(s[at:])))
	return template.HTML(b.String())
}

// yearRange is a range of years, "2024–2025" or "2024-2025", as a heading
// or a note writes it.
var yearRange = regexp.MustCompile(`\b[0-9]{4}[-–][0-9]{4}\b`)

// years writes a text as HTML with each range of years in a span that
// keeps it on one line: a line never breaks as "2024– / 2025".
func years(s string) template.HTML {
	var b strings.Builder
	at := 0
	for _, m := range yearRange.FindAllStringIndex(s, -1) {
		b.WriteString(template.HTMLEscapeString(s[at:m[0]]))
		b.WriteString(`<span class="years">`)
		b.WriteString(template.HTMLEscapeString(s[m[0]:m[1]]))
		b.WriteString(`</span>`)
		at = m[1]
	}
	b.WriteString(template.HTMLEscapeString(s[at:]))
	return template.HTML(b.String())
}

// numberedWord is a word and the number after it: "Tertial 3".
var numberedWord = regexp.MustCompile(`\pL+ [0-9]+`)

// numbered keeps a word and its number on one line, as a column's heading
// "Tertial 3 2020" may wrap only before its year.
func numbered(s string) template.HTML {
	var b strings.Builder
	at := 0
	for _, m := range numberedWord.FindAllStringIndex(s, -1) {
		b.WriteString(template.HTMLEscapeString(s[at:m[0]]))
		b.WriteString(`<span class="keep">`)
		b.WriteString(template.HTMLEscapeString(s[m[0]:m[1]]))
		b.WriteString(`</span>`)
		at = m[1]
	}
	b.WriteString(template.HTMLEscapeString(s[at:]))
	return template.HTML(b.String())
}

// number formats a length or share for CSS, without noise such as
// 31.000000000000004.
func number(f float64) string {
	s := strconv.FormatFloat(f, 'f', 3, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
