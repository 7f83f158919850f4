// Package pdf lays out a report.Document as the published PDF: A4, one
// table per promise, tagged for screen readers. It is the only package that
// imports fpdf; internal/pdftag adds the tags.
package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/go-pdf/fpdf"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/pdftag"
	"uppfoljning/internal/report"
)

// pdfUA tells whether the files claim PDF/UA-1 in their XMP metadata; see
// docs/accessibility.md for the requirements checked.
const pdfUA = false

// Renderer writes the published PDF. The zero value is what a build uses.
type Renderer struct {
	// VerifyTags makes the tagging read every page back and check it mark
	// by mark against the structure tree (pdftag.Config.VerifyContent). The
	// tests turn it on for every document they make.
	VerifyTags bool
}

var _ report.Renderer = Renderer{}

// Render writes the PDF of doc to w. Characters that none of the embedded
// fonts can draw are replaced and reported as warnings.
func (r Renderer) Render(w io.Writer, doc *report.Document) ([]report.Warning, error) {
	data, warnings, err := r.render(doc)
	if err != nil {
		return warnings, err
	}
	_, err = w.Write(data)
	return warnings, err
}

func (r Renderer) render(doc *report.Document) ([]byte, []report.Warning, error) {
	fonts, err := newFontSet(doc.Theme.Font, doc.Theme.FallbackFont)
	if err != nil {
		return nil, nil, err
	}
	// A character no font has is kept, to be drawn as the replacement mark
	// with the character as its /ActualText, and told of in a warning.
	_, warnings := doc.Sanitize(func(r rune) bool {
		return r == '\n' || r != '\t' && report.Printable(r) && fonts.drawable(r)
	}, msg.OutputPDF)
	clean, _ := doc.Sanitize(func(r rune) bool {
		return r == '\n' || r != '\t' && report.Printable(r)
	}, msg.OutputPDF)
	// The drawer measures with fonts of its own: it draws pages in a
	// goroutine of its own while the layout goes on with the next ones.
	drawFonts, err := newFontSet(doc.Theme.Font, doc.Theme.FallbackFont)
	if err != nil {
		return nil, warnings, err
	}
	d, err := newDrawer(clean, drawFonts)
	if err != nil {
		return nil, warnings, err
	}
	pages := make(chan *page, 4)
	drawn := make(chan error, 1)
	go func() {
		var err error
		for p := range pages {
			if err == nil {
				err = d.page(p)
			}
		}
		drawn <- err
	}()
	l := newLayout(clean, fonts, func(p *page) error { pages <- p; return nil })
	l.run()
	close(pages)
	if err := <-drawn; err != nil {
		return nil, warnings, err
	}
	data, err := d.output()
	if err != nil {
		return nil, warnings, err
	}
	m := clean.Meta
	tagged, err := pdftag.Config{VerifyContent: r.VerifyTags}.Tag(data, l.root, pdftag.Info{
		Title:     m.Title,
		Language:  m.Language,
		Author:    m.Author,
		Subject:   m.Subject,
		Created:   m.Created,
		Creator:   m.Creator,
		Settled:   m.Settled,
		DateName:  m.DateProperty,
		PDFUA:     pdfUA,
		FontNames: fonts.postScriptNames(),
	})
	if err != nil {
		return nil, warnings, err
	}
	return tagged, warnings, nil
}

// drawer draws laid-out pages with fpdf.
type drawer struct {
	f          *fpdf.Fpdf
	fonts      *fontSet
	imageTypes []string
	face       *face // the font and size set last, to set them only on change
	size       float64
}

func newDrawer(d *report.Document, fonts *fontSet) (*drawer, error) {
	f := fpdf.New("P", "pt", "A4", "")
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(0, 0, 0)
	f.SetCatalogSort(true)
	f.SetCreationDate(d.Meta.Created)
	f.SetModificationDate(d.Meta.Created)
	f.SetTitle(d.Meta.Title, true)
	f.SetAuthor(d.Meta.Author, true)
	f.SetSubject(d.Meta.Subject, true)
	f.SetKeywords(strings.Join(d.Meta.Keywords, ", "), true)
	f.SetCreator(d.Meta.Creator, true)
	f.SetProducer("uppfoljning with fpdf and pdfcpu", true)
	f.SetLang(d.Meta.Language)
	dr := &drawer{f: f, fonts: fonts, imageTypes: make([]string, len(d.Logos))}
	for i, logo := range d.Logos {
		data, typ, err := logoForPDF(logo)
		if err != nil {
			return nil, fmt.Errorf("logo %s: %w", logo.Path, err)
		}
		dr.imageTypes[i] = typ
		f.RegisterImageOptionsReader(imageName(i), fpdf.ImageOptions{ImageType: typ}, bytes.NewReader(data))
		if err := f.Error(); err != nil {
			return nil, fmt.Errorf("logo %s: %w", logo.Path, err)
		}
	}
	return dr, nil
}

// page draws p's operations on its page, adding the page when it is new.
func (dr *drawer) page(p *page) error {
	f := dr.f
	if p.number > f.PageCount() {
		f.AddPage()
	} else {
		f.SetPage(p.number)
	}
	// A font selection lasts within one page's content: select it again.
	dr.face = nil
	for _, o := range p.ops {
		switch o.kind {
		case opBegin:
			if o.actual != "" {
				// Tagged /Span, as readers look for /ActualText there.
				f.RawWriteStr("/Span <</MCID " + strconv.Itoa(o.mcid) + " /ActualText " + utf16Hex(o.actual) + ">> BDC\n")
				break
			}
			f.RawWriteStr("/" + o.node.Role + " <</MCID " + strconv.Itoa(o.mcid) + ">> BDC\n")
		case opArtifact:
			if o.artifact == "" {
				f.RawWriteStr("/Artifact BMC\n")
			} else {
				f.RawWriteStr("/Artifact " + o.artifact + " BDC\n")
			}
		case opEnd:
			f.RawWriteStr("EMC\n")
		case opText:
			r, g, b := rgb(o.color)
			f.SetTextColor(r, g, b)
			x := o.x
			for _, run := range dr.fonts.shape(o.text, o.bold, o.size) {
				if !run.face.used {
					f.AddUTF8FontFromBytes(run.face.family, run.face.style, run.face.TTF)
					run.face.used = true
				}
				if run.face != dr.face || o.size != dr.size {
					f.SetFont(run.face.family, run.face.style, o.size)
					dr.face, dr.size = run.face, o.size
				}
				// In furniture, and where the layout has not marked it.
				wrap := run.actual != "" && o.actual == ""
				if wrap {
					f.RawWriteStr("/Span <</ActualText " + utf16Hex(run.actual) + ">> BDC\n")
				}
				f.Text(x, o.y, run.text)
				if wrap {
					f.RawWriteStr("EMC\n")
				}
				x += run.width
			}
		case opFill:
			r, g, b := rgb(o.color)
			f.SetFillColor(r, g, b)
			f.Rect(o.x, o.y, o.w, o.h, "F")
		case opStroke, opLine:
			r, g, b := rgb(o.color)
			f.SetDrawColor(r, g, b)
			f.SetLineWidth(0.5)
			if o.kind == opLine {
				f.Line(o.x, o.y, o.x+o.w, o.y+o.h)
			} else {
				f.Rect(o.x, o.y, o.w, o.h, "D")
			}
		case opLink:
			f.LinkString(o.x, o.y, o.w, o.h, o.text)
		case opBookmark:
			dr.bookmark(o)
		case opImage:
			f.ImageOptions(imageName(o.image), o.x, o.y, o.w, o.h, false, fpdf.ImageOptions{ImageType: dr.imageTypes[o.image]}, 0, "")
		}
	}
	if err := f.Error(); err != nil {
		return fmt.Errorf("draw page %d: %w", p.number, err)
	}
	return nil
}

// bookmark adds an outline entry. fpdf writes its title as UTF-16 only
// while a UTF-8 font is selected, and cannot encode characters above
// U+FFFF: those become the replacement mark in the outline alone.
func (dr *drawer) bookmark(o op) {
	main := dr.fonts.faces[0]
	if !main.used {
		dr.f.AddUTF8FontFromBytes(main.family, main.style, main.TTF)
		main.used = true
	}
	if dr.face == nil {
		dr.f.SetFont(main.family, main.style, 10)
		dr.face, dr.size = main, 10
	}
	title := strings.Map(func(r rune) rune {
		if r > 0xFFFF {
			return report.Replacement
		}
		return r
	}, o.text)
	dr.f.Bookmark(title, int(o.h), o.y)
}

func (dr *drawer) output() ([]byte, error) {
	var buf bytes.Buffer
	if err := dr.f.Output(&buf); err != nil {
		return nil, fmt.Errorf("write pdf: %w", err)
	}
	return buf.Bytes(), nil
}

// utf16Hex is s as a PDF text string: UTF-16BE with a byte order mark,
// written in hex.
func utf16Hex(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

func imageName(i int) string { return "logo" + strconv.Itoa(i) }

// logoForPDF gives image bytes fpdf can embed. fpdf's own PNG reader knows
// neither interlacing nor 16-bit channels, so PNGs are decoded and written
// again as plain 8-bit PNGs; JPEGs are embedded as they are.
func logoForPDF(l report.Logo) ([]byte, string, error) {
	if l.Format == "jpeg" {
		return l.Data, "JPG", nil
	}
	img, _, err := image.Decode(bytes.NewReader(l.Data))
	if err != nil {
		return nil, "", err
	}
	rgba := image.NewNRGBA(img.Bounds())
	draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
	var buf bytes.Buffer
	if err := png.Encode(&buf, rgba); err != nil {
		return nil, "", err
	}
	return buf.Bytes(), "PNG", nil
}

// rgb reads "#RRGGBB"; the template's colours are checked when it is loaded.
func rgb(hex string) (int, int, int) {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		return 0, 0, 0
	}
	return int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)
}
