package report

import (
	"strings"

	"uppfoljning/internal/msg"
)

// An Answer is what a contributor wrote for one activity in a tertial: a
// status, a note, both or neither.
type Answer struct {
	Activity ActivityRef
	Status   string // a status word of the template, or ""
	Note     string // as typed, blank lines around it trimmed; or ""
	// Where it was written, for messages: the workbook, and the cells as
	// "Underlag!G5".
	File, StatusCell, NoteCell string
}

// Empty tells whether the answer says nothing.
func (a Answer) Empty() bool { return a.Status == "" && a.Note == "" }

// Outcome is what an import did with an answer.
type Outcome uint8

const (
	Unanswered Outcome = iota // the answer said nothing; the source keeps what it has
	Unchanged                 // the source says the same already
	Added                     // a new follow-up
	Filled                    // a placeholder, or a status or note the follow-up lacked, filled in
	Replaced                  // a different status or note replaced
)

// An Import is a source with answers written into it.
type Import struct {
	Text     []byte    // the new file, encoded as the old one was
	Outcomes []Outcome // one for each answer, in their order
}

// Import writes the answers for a tertial into the source: a new
// [[promise.activity.followup]] right after an activity's last line, or a
// placeholder filled in where it stands. Every other byte of the file stays
// as it was. A status or note that differs from one the source already has
// for the tertial is a conflict, refused unless replace; two answers for
// one activity that say different things are always refused. All conflicts
// are returned at once, as an ErrorList naming the answers' cells and the
// source's lines.
//
// The result is read back before it is returned: it must load with tpl and
// hold exactly the answers' texts.
func (s *Source) Import(tpl *Template, tertial Tertial, answers []Answer, replace bool) (*Import, error) {
	if err := s.CheckTertial(tertial); err != nil {
		return nil, err
	}
	im := &importer{src: s, tpl: tpl, tertial: tertial, replace: replace}
	merged := im.merge(im.normalize(answers))
	outcomes := map[ActivityRef]Outcome{}
	for _, a := range merged {
		outcomes[a.Activity] = im.answer(a)
	}
	if len(im.errs) > 0 {
		im.errs.sort()
		return nil, im.errs
	}
	text, err := s.File.Apply(im.edits)
	if err != nil {
		return nil, err
	}
	if err := s.verifyImport(tpl, text, tertial, merged); err != nil {
		return nil, err
	}
	out := &Import{Text: s.File.Encode(text)}
	for _, a := range answers {
		out.Outcomes = append(out.Outcomes, outcomes[a.Activity])
	}
	return out, nil
}

type importer struct {
	src     *Source
	tpl     *Template
	tertial Tertial
	replace bool
	edits   []Edit
	errs    ErrorList
}

func (im *importer) fail(file string, key msg.Key, a ...any) {
	im.errs = append(im.errs, &Error{File: file, Msg: msg.New(key, a...)})
}

// normalize gives each answer's status the template's spelling and its
// note the form it is compared and written in.
func (im *importer) normalize(answers []Answer) []Answer {
	out := make([]Answer, 0, len(answers))
	for _, a := range answers {
		if a.Status = strings.TrimSpace(a.Status); a.Status != "" {
			i := im.tpl.Statuses.Index(a.Status)
			if i < 0 {
				im.fail(a.File, msg.BookStatusUnknown, a.StatusCell, a.Status, strings.Join(im.tpl.Statuses.Words(), ", "))
				continue
			}
			a.Status = im.tpl.Statuses[i].Word
		}
		a.Note = NormalizeNote(a.Note)
		out = append(out, a)
	}
	return out
}

// merge makes one answer of all answers for an activity. Answers that say
// nothing are left out; two that say different things are a conflict.
func (im *importer) merge(answers []Answer) []Answer {
	var out []Answer
	at := map[ActivityRef]int{}
	for _, a := range answers {
		if a.Empty() {
			continue
		}
		i, seen := at[a.Activity]
		if !seen {
			at[a.Activity] = len(out)
			out = append(out, a)
			continue
		}
		m := &out[i]
		if a.Status != "" {
			switch {
			case m.Status == "":
				m.Status, m.StatusCell, m.File = a.Status, a.StatusCell, a.File
			case !SameStatus(m.Status, a.Status):
				im.fail(a.File, msg.StatusDiffersBooks, a.StatusCell, a.Status, m.Status, m.File, m.StatusCell)
			}
		}
		if a.Note != "" {
			switch {
			case m.Note == "":
				m.Note, m.NoteCell = a.Note, a.NoteCell
			case m.Note != a.Note:
				im.fail(a.File, msg.NoteDiffersBooks, a.NoteCell, m.File, m.NoteCell)
			}
		}
	}
	return out
}

// answer plans the edits for one activity's answer.
func (im *importer) answer(a Answer) Outcome {
	act := im.src.Activity(a.Activity)
	f := act.Followup(im.tertial)
	if f == nil {
		return im.add(a)
	}
	outcome := Unchanged
	if a.Status != "" {
		outcome = max(outcome, im.field(f, a, "status", f.StatusText.S, a.Status, f.StatusText.Span, a.StatusCell,
			SameStatus(f.StatusText.S, a.Status)))
	}
	if a.Note != "" {
		outcome = max(outcome, im.field(f, a, "note", f.NoteRaw, a.Note, f.Note.Span, a.NoteCell,
			NormalizeNote(f.NoteRaw) == a.Note))
	}
	return outcome
}

// field plans writing one value of an existing follow-up: have is what the
// file holds (at span, when the key is written), want the answer's.
func (im *importer) field(f *Followup, a Answer, key, have, want string, span Span, cell string, same bool) Outcome {
	file := im.src.File
	outcome := Filled
	switch {
	case same:
		return Unchanged
	case strings.TrimSpace(have) != "":
		if !im.replace {
			tertial := im.tertial.Name()
			if key == "status" {
				im.fail(a.File, msg.StatusConflict, cell, want, file.Name, file.At(span).Line, tertial)
			} else {
				im.fail(a.File, msg.NoteConflict, cell, file.Name, file.At(span).Line, tertial)
			}
			return Unchanged
		}
		outcome = Replaced
	}
	value := QuoteTOML(want, file.CRLF())
	if span.IsValid() {
		im.edits = append(im.edits, Edit{Offset: span.Offset, End: span.End, Text: value})
		return outcome
	}
	// The key is not written: a line of its own after the follow-up's last.
	if writtenInline(f.Header) {
		im.fail(a.File, msg.FollowupInline, cell, file.At(f.Span).Line)
		return Unchanged
	}
	st := im.style(f)
	im.edits = append(im.edits, im.lines(f.End, st.key(key)+value))
	return outcome
}

// add plans a new follow-up after the activity's last line.
func (im *importer) add(a Answer) Outcome {
	act := im.src.Activity(a.Activity)
	inline := writtenInline(act.Header)
	for _, f := range act.Followups {
		inline = inline || writtenInline(f.Header)
	}
	if inline {
		im.fail(a.File, msg.ActivityInline, a.NoteCell, im.src.File.At(act.Text.Span).Line)
		return Unanswered
	}
	var sample *Followup
	if n := len(act.Followups); n > 0 {
		sample = &act.Followups[n-1]
	}
	st := im.style(sample)
	if sample == nil {
		st.indent = im.nestedIndent(a.Activity)
	}
	crlf := im.src.File.CRLF()
	lines := []string{st.indent + "[[promise.activity.followup]]", st.key("tertial") + `"` + im.tertial.String() + `"`}
	if a.Status != "" {
		lines = append(lines, st.key("status")+QuoteTOML(a.Status, crlf))
	}
	if a.Note != "" {
		lines = append(lines, st.key("note")+QuoteTOML(a.Note, crlf))
	}
	if st.blank {
		lines = append([]string{""}, lines...)
	}
	im.edits = append(im.edits, im.lines(act.End, lines...))
	return Added
}

// lines is an edit that inserts lines after the line holding offset-1 (the
// last byte of what they follow).
func (im *importer) lines(end int, lines ...string) Edit {
	f := im.src.File
	nl := f.Newline()
	at := f.NextLine(max(end-1, 0))
	text := strings.Join(lines, nl) + nl
	if at == len(f.Text) && !strings.HasSuffix(f.Text, "\n") {
		text = nl + text
	}
	return Edit{Offset: at, End: at, Text: text}
}

// blockStyle is how the file writes a follow-up, so that a new one looks
// like its neighbours.
type blockStyle struct {
	blank  bool   // a blank line before each follow-up
	indent string // of the header and the keys
	// eq is the column of "=" after a key, for a file that lines them up;
	// 0 for "key = value".
	eq int
}

func (st blockStyle) key(k string) string {
	if st.eq > len(k) {
		return st.indent + k + strings.Repeat(" ", st.eq-len(k)) + "= "
	}
	return st.indent + k + " = "
}

// style reads the style of a follow-up table: the sample's own, or, without
// one, the first in the file that is written as a table.
func (im *importer) style(sample *Followup) blockStyle {
	if sample == nil || writtenInline(sample.Header) {
		sample = nil
	search:
		for _, p := range im.src.Promises {
			for _, a := range p.Activities {
				for i := range a.Followups {
					if !writtenInline(a.Followups[i].Header) {
						sample = &a.Followups[i]
						break search
					}
				}
			}
		}
	}
	f := im.src.File
	if sample == nil {
		return blockStyle{blank: true}
	}
	st := blockStyle{indent: f.Indent(sample.Header)}
	if line := f.Position(sample.Header).Line; line > 1 {
		st.blank = strings.TrimSpace(f.Text[f.LineStart(line-1):f.LineEnd(line-1)]) == ""
	}
	// Keys lined up: a key shorter than "tertial" with more than one space
	// before its "=".
	prefix := func(s Span) string { return f.Text[f.LineStart(f.At(s).Line):s.Offset] }
	for _, s := range []Span{sample.StatusText.Span, sample.Note.Span} {
		if s.IsValid() && strings.Contains(prefix(s), "  =") {
			tp := prefix(sample.Span)
			st.eq = strings.IndexByte(tp, '=') - len(st.indent)
		}
	}
	return st
}

// nestedIndent is the indentation of a follow-up of an activity that has
// none yet: one step further in than the activity, as the activity is
// further in than its promise.
func (im *importer) nestedIndent(r ActivityRef) string {
	f := im.src.File
	own := f.Indent(im.src.Activity(r).Header)
	if p := im.src.Promises[r.Promise]; !writtenInline(p.Header) {
		if outer := f.Indent(p.Header); strings.HasPrefix(own, outer) {
			return own + own[len(outer):]
		}
	}
	return own
}

// verifyImport reads the new text back: it must load, and each answered
// activity must hold exactly the answer for the tertial.
func (s *Source) verifyImport(tpl *Template, text string, tertial Tertial, answers []Answer) error {
	back, err := Parse(s.File.Name, s.File.Encode(text), tpl)
	if err != nil {
		return msg.Errorf(msg.ImportWouldBreak, err)
	}
	for _, a := range answers {
		f := back.Activity(a.Activity).Followup(tertial)
		switch {
		case f == nil,
			a.Status != "" && !SameStatus(f.StatusText.S, a.Status),
			a.Note != "" && NormalizeNote(f.NoteRaw) != a.Note:
			return msg.Errorf(msg.ImportNotReadBack, s.File.At(s.Activity(a.Activity).Text.Span).Line)
		}
	}
	return nil
}

// NormalizeNote is a note as an import compares and writes it: line breaks
// (CRLF, or a lone CR) as line feeds, and the blank lines before and after
// the text left out. Nothing else is changed.
func NormalizeNote(s string) string {
	s = UnixLineBreaks(s)
	lines := strings.Split(s, "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// writtenInline tells whether a table is written inline, in { }, by the
// offset of its header: -1 then.
func writtenInline(header int) bool { return header == -1 }
