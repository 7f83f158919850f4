package report

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"uppfoljning/internal/msg"
)

// Replacement is drawn in place of a character an output cannot show.
const Replacement = '\uFFFD'

// Drawable tells whether an output can show a character.
type Drawable func(r rune) bool

// Printable is what every output can show at most: no control characters
// besides line breaks and tabs, and no non-characters.
func Printable(r rune) bool {
	if r == '\n' || r == '\t' {
		return true
	}
	if unicode.IsControl(r) || r == 0xFFFE || r == 0xFFFF {
		return false
	}
	return utf8.ValidRune(r)
}

// Sanitize returns a copy of the document in which every character of the
// user's text that ok refuses is replaced by Replacement, with one warning
// per character and line. Nothing is dropped: the mark shows where the
// character was, and the warning tells which it was. output names the
// output in warnings (msg.OutputPDF); a control character, which no
// output shows, is told of in the same words for all.
func (d *Document) Sanitize(ok Drawable, output msg.Key) (*Document, []Warning) {
	s := sanitizer{doc: d, ok: ok, output: output, seen: map[warnKey]bool{}}
	c := *d
	// The properties and the footer are made of the template's words and
	// the municipality's name: a character there is told of where the name
	// was written.
	meta := func(m string) string { return s.text(Text{S: m, Span: d.Municipality.Span}).S }
	c.Meta.Title, c.Meta.ShortTitle = meta(d.Meta.Title), meta(d.Meta.ShortTitle)
	c.Meta.Author, c.Meta.Subject = meta(d.Meta.Author), meta(d.Meta.Subject)
	c.Meta.Keywords = make([]string, len(d.Meta.Keywords))
	for i, k := range d.Meta.Keywords {
		c.Meta.Keywords[i] = meta(k)
	}
	c.Municipality = s.text(d.Municipality)
	c.Title = s.text(d.Title)
	c.Subtitle = s.text(d.Subtitle)
	c.Intro = s.texts(d.Intro)
	c.PromisesHeading = s.text(d.PromisesHeading)
	c.ActivitiesHeading = s.text(d.ActivitiesHeading)
	c.Logos = append([]Logo(nil), d.Logos...)
	for i := range c.Logos {
		c.Logos[i].Alt = s.text(Text{S: c.Logos[i].Alt, Span: c.Logos[i].Span}).S
	}
	c.Signatories = make([]Signatory, len(d.Signatories))
	for i, sg := range d.Signatories {
		c.Signatories[i] = Signatory{Name: s.text(sg.Name), Role: s.text(sg.Role)}
	}
	c.Promises = make([]Promise, len(d.Promises))
	for i, p := range d.Promises {
		p.Text = s.text(p.Text)
		acts := make([]Activity, len(p.Activities))
		for j, a := range p.Activities {
			a.Text = s.text(a.Text)
			a.Responsible = s.texts(a.Responsible)
			for k := range a.Cells {
				a.Cells[k].Note = s.text(a.Cells[k].Note)
			}
			acts[j] = a
		}
		p.Activities = acts
		c.Promises[i] = p
	}
	sort.SliceStable(s.warnings, func(i, j int) bool { return s.warnings[i].Pos.Line < s.warnings[j].Pos.Line })
	return &c, s.warnings
}

type warnKey struct {
	line int
	r    rune
}

type sanitizer struct {
	doc      *Document
	ok       Drawable
	output   msg.Key
	seen     map[warnKey]bool
	warnings []Warning
}

func (s *sanitizer) texts(ts []Text) []Text {
	if ts == nil {
		return nil
	}
	out := make([]Text, len(ts))
	for i, t := range ts {
		out[i] = s.text(t)
	}
	return out
}

func (s *sanitizer) text(t Text) Text {
	clean := true
	for _, r := range t.S {
		if !s.ok(r) {
			clean = false
			break
		}
	}
	if clean {
		return t
	}
	var b strings.Builder
	for _, r := range t.S {
		if s.ok(r) {
			b.WriteRune(r)
			continue
		}
		b.WriteRune(Replacement)
		m := msg.New(msg.NoGlyph, describeRune(r), msg.New(s.output), Replacement)
		if !Printable(r) {
			m = msg.New(msg.CannotShow, describeRune(r), Replacement)
		}
		w := s.doc.Warning(s.locate(t, r), m)
		if k := (warnKey{w.Pos.Line, r}); !s.seen[k] {
			s.seen[k] = true
			s.warnings = append(s.warnings, w)
		}
	}
	t.S = b.String()
	return t
}

// locate finds the line of a character within the value t came from. A
// character written as an escape such as \U0001F600 is not found and the
// value's own position is used.
func (s *sanitizer) locate(t Text, r rune) Span {
	f := s.doc.File
	if f == nil || !t.Span.IsValid() {
		return t.Span
	}
	end := min(t.Span.End, len(f.Text))
	i := strings.IndexRune(f.Text[min(t.Span.Offset, end):end], r)
	if i < 0 || r == utf8.RuneError {
		return t.Span
	}
	return point(t.Span.Offset + i)
}

func describeRune(r rune) any {
	name := fmt.Sprintf("U+%04X", r)
	if unicode.IsPrint(r) {
		return fmt.Sprintf("%s %q", name, string(r))
	}
	return msg.New(msg.ControlCharacter, name)
}
