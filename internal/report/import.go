package report

import (
	"cmp"
	"slices"
	"strings"

	"uppfoljning/internal/msg"
)

// An Answer is what a contributor wrote for one activity in a tertial: a
// status, a note, both or neither.
type Answer struct {
	Activity ActivityRef
	Status   string // a status word of the template, or ""
	Note     string // as typed, blank lines around it trimmed; or ""
	// Party is who the workbook was made for ("" for everyone): notes from
	// several parties for one activity are joined in the order the source
	// names them as responsible.
	Party string
	// Where it was written, for messages: the workbook, and the cells as
	// "Underlag!G5". NoteFile is the note's workbook when answers from
	// several are merged into one.
	File, StatusCell, NoteCell string
	NoteFile                   string
	// Settle, when not Refuse, settles this answer's conflicts instead of
	// the import's choice: a page settles each conflict on its own. Of
	// answers for one activity merged into one, the first that is not
	// Refuse rules; the merged answer holds the choice that applies.
	Settle Settle
}

// Empty tells whether the answer says nothing.
func (a Answer) Empty() bool { return a.Status == "" && a.Note == "" }

// Outcome is what an import did with an answer.
type Outcome uint8

const (
	Unanswered Outcome = iota // the answer said nothing; the source keeps what it has
	Unchanged                 // the source says the same already
	Kept                      // the answer differs from the source's, which is kept (a conflict left out)
	Added                     // a new follow-up
	Filled                    // a placeholder, or a status or note the follow-up lacked, filled in
	Appended                  // the note added after the source's own, as a paragraph of its own
	Replaced                  // a different status or note replaced
)

// Settle is how an import settles a conflict: an answer whose status or
// note differs from what the source already holds for the tertial, or
// from another workbook's answer for the same activity.
type Settle uint8

const (
	Refuse  Settle = iota // nothing is written while there is a conflict; each is told
	Keep                  // the source's stays; everything else is imported
	Replace               // the workbook's replaces the source's
	Append                // the workbook's note follows the source's as a paragraph; a differing status stays the source's
)

// An Import is a source with answers written into it.
type Import struct {
	Text     []byte    // the new file, encoded as the old one was
	Outcomes []Outcome // one for each answer, in their order
	// Changes are, in the source's order, the activities the answers
	// change or conflict with: what they held and what they hold now.
	Changes []Change
	// Conflicts are the answers that differ from the source's or from each
	// other, told as Refuse would tell them; Change.Outcome says how each
	// was settled.
	Conflicts ErrorList
}

// A Change is what an import does to one activity's follow-up.
type Change struct {
	Activity             ActivityRef
	Answer               Answer // the workbooks' answer, merged
	Outcome              Outcome
	Conflict             bool   // an answer differed from the source's or another's
	OldStatus, NewStatus string // the status word, "" for none
	OldNote, NewNote     string // the note as compared, "" for none
}

// Import writes the answers for a tertial into the source: a new
// [[promise.activity.followup]] right after an activity's last line, or a
// placeholder filled in where it stands. Every other byte of the file stays
// as it was. A status or note that differs from one the source already has
// for the tertial is a conflict, settled as the answer's Settle says, or,
// where that is Refuse, as settle says; while any conflict is left at
// Refuse, those conflicts are returned at once, as an ErrorList naming the
// answers' cells and the source's lines, and nothing else is done. Notes from several workbooks for one activity are
// joined as paragraphs in the order of its responsible parties; statuses
// that differ between workbooks are a conflict that only Refuse does not
// leave out.
//
// The result is read back before it is returned: it must load with tpl and
// hold exactly what was planned.
func (s *Source) Import(tpl *Template, tertial Tertial, answers []Answer, settle Settle) (*Import, error) {
	if err := s.CheckTertial(tertial); err != nil {
		return nil, err
	}
	im := &importer{src: s, tpl: tpl, tertial: tertial, settle: settle}
	merged := im.merge(im.normalize(answers))
	if len(im.errs) > 0 {
		im.errs.sort()
		return nil, im.errs
	}
	outcomes := map[ActivityRef]Outcome{}
	var changes []Change
	for _, a := range merged {
		ch := im.answer(a)
		ch.Conflict = ch.Conflict || im.split[a.Activity]
		outcomes[a.Activity] = ch.Outcome
		if ch.Outcome != Unchanged || ch.Conflict {
			changes = append(changes, ch)
		}
	}
	im.conflicts.sort()
	if len(im.unsettled) > 0 {
		im.unsettled.sort()
		return nil, im.unsettled
	}
	if len(im.errs) > 0 {
		im.errs.sort()
		return nil, im.errs
	}
	text, err := s.File.Apply(im.edits)
	if err != nil {
		return nil, err
	}
	if err := s.verifyImport(tpl, text, tertial, changes); err != nil {
		return nil, err
	}
	out := &Import{Text: s.File.Encode(text), Changes: changes, Conflicts: im.conflicts}
	for _, a := range answers {
		out.Outcomes = append(out.Outcomes, outcomes[a.Activity])
	}
	return out, nil
}

type importer struct {
	src       *Source
	tpl       *Template
	tertial   Tertial
	settle    Settle
	edits     []Edit
	errs      ErrorList // what no choice settles: the import is refused
	conflicts ErrorList
	// unsettled are the conflicts whose answer's settle is Refuse: while
	// there is one, nothing is written.
	unsettled ErrorList
	// split marks the activities whose workbooks disagree on the status.
	split map[ActivityRef]bool
}

func (im *importer) fail(file string, key msg.Key, a ...any) {
	im.errs = append(im.errs, &Error{File: file, Msg: msg.New(key, a...)})
}

// conflict records a conflict, settled as settle says.
func (im *importer) conflict(settle Settle, file string, key msg.Key, a ...any) {
	e := &Error{File: file, Msg: msg.New(key, a...)}
	im.conflicts = append(im.conflicts, e)
	if settle == Refuse {
		im.unsettled = append(im.unsettled, e)
	}
}

// settleOf is how the conflicts of the answers for one activity are
// settled: as the first of them that chooses says, or as the import does.
func (im *importer) settleOf(group []Answer) Settle {
	for _, a := range group {
		if a.Settle != Refuse {
			return a.Settle
		}
	}
	return im.settle
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

// merge makes one answer of all answers for an activity, in the order the
// activities come. Answers that say nothing are left out. Different notes
// are joined as paragraphs, in the order of the activity's responsible
// parties; different statuses are a conflict, and the status is left out.
func (im *importer) merge(answers []Answer) []Answer {
	groups := map[ActivityRef][]Answer{}
	var order []ActivityRef
	for _, a := range answers {
		if a.Empty() {
			continue
		}
		if _, seen := groups[a.Activity]; !seen {
			order = append(order, a.Activity)
		}
		groups[a.Activity] = append(groups[a.Activity], a)
	}
	im.split = map[ActivityRef]bool{}
	out := make([]Answer, 0, len(order))
	for _, ref := range order {
		group := im.unrepeated(ref, groups[ref])
		settle := im.settleOf(group)
		rank := partyRank(im.src.Activity(ref).Responsible)
		slices.SortStableFunc(group, func(x, y Answer) int { return cmp.Compare(rank(x.Party), rank(y.Party)) })
		m := group[0]
		m.Note, m.Settle = "", settle
		var notes []string
		for _, a := range group {
			if a.Note != "" && !slices.Contains(notes, a.Note) {
				notes = append(notes, a.Note)
				if len(notes) == 1 {
					m.NoteFile, m.NoteCell = a.File, a.NoteCell // the first note's, for messages
				}
			}
			switch {
			case a.Status == "":
			case m.Status == "":
				m.Status, m.StatusCell, m.File = a.Status, a.StatusCell, a.File
			case !SameStatus(m.Status, a.Status):
				im.conflict(settle, a.File, msg.StatusDiffersBooks, a.StatusCell, a.Status, m.Status, m.File, m.StatusCell)
				im.split[ref] = true
			}
		}
		m.Note = strings.Join(notes, "\n\n")
		if im.split[ref] {
			m.Status = ""
		}
		if !m.Empty() {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(x, y Answer) int {
		return cmp.Or(cmp.Compare(x.Activity.Promise, y.Activity.Promise), cmp.Compare(x.Activity.Activity, y.Activity.Activity))
	})
	return out
}

// unrepeated leaves out, where several workbooks answer one activity and
// one of them says something new, what the others only repeat of the
// source: collect fills every workbook in with what the source holds, so
// a colleague who left it as it was has not answered, and another's new
// note is neither joined to the old one nor in conflict with it.
func (im *importer) unrepeated(ref ActivityRef, group []Answer) []Answer {
	f := im.src.Activity(ref).Followup(im.tertial)
	if len(group) < 2 || f == nil {
		return group
	}
	status, note := f.StatusText.S, NormalizeNote(f.NoteRaw)
	newStatus := slices.ContainsFunc(group, func(a Answer) bool { return a.Status != "" && !SameStatus(a.Status, status) })
	newNote := slices.ContainsFunc(group, func(a Answer) bool { return a.Note != "" && a.Note != note })
	out := make([]Answer, len(group))
	for i, a := range group {
		if newStatus && SameStatus(a.Status, status) {
			a.Status = ""
		}
		if newNote && a.Note == note {
			a.Note = ""
		}
		out[i] = a
	}
	return out
}

// partyRank orders parties as the activity names them; a workbook for
// everyone, or for a party not named, comes after them.
func partyRank(responsible []Text) func(party string) int {
	return func(party string) int {
		for i, r := range responsible {
			if party != "" && strings.EqualFold(strings.TrimSpace(r.S), strings.TrimSpace(party)) {
				return i
			}
		}
		return len(responsible)
	}
}

// answer plans the edits for one activity's answer.
func (im *importer) answer(a Answer) Change {
	act := im.src.Activity(a.Activity)
	f := act.Followup(im.tertial)
	ch := Change{Activity: a.Activity, Answer: a, NewStatus: a.Status, NewNote: a.Note}
	if f == nil {
		ch.Outcome = im.add(a)
		return ch
	}
	ch.OldStatus, ch.OldNote = f.StatusText.S, NormalizeNote(f.NoteRaw)
	ch.Outcome = Unchanged
	if a.Status != "" {
		o, v, conflict := im.field(f, a, "status", ch.OldStatus, a.Status, f.StatusText.Span, a.StatusCell,
			SameStatus(ch.OldStatus, a.Status))
		ch.Outcome, ch.NewStatus, ch.Conflict = max(ch.Outcome, o), v, conflict
	} else {
		ch.NewStatus = ch.OldStatus
	}
	if a.Note != "" {
		same := ch.OldNote == a.Note || a.Settle == Append && hasParagraph(ch.OldNote, a.Note)
		o, v, conflict := im.field(f, a, "note", ch.OldNote, a.Note, f.Note.Span, a.NoteCell, same)
		ch.Outcome, ch.NewNote, ch.Conflict = max(ch.Outcome, o), v, ch.Conflict || conflict
	} else {
		ch.NewNote = ch.OldNote
	}
	return ch
}

// hasParagraph tells whether note holds p as paragraphs of its own: an
// appended note imported a second time is already there.
func hasParagraph(note, p string) bool {
	return strings.Contains("\n\n"+note+"\n\n", "\n\n"+p+"\n\n")
}

// field plans writing one value of an existing follow-up: have is what the
// file holds (at span, when the key is written), want the answer's. It
// tells what becomes of it, the value the follow-up then holds, and
// whether the two were in conflict.
func (im *importer) field(f *Followup, a Answer, key, have, want string, span Span, cell string, same bool) (Outcome, string, bool) {
	file := im.src.File
	outcome := Filled
	switch {
	case same:
		return Unchanged, have, false
	case strings.TrimSpace(have) != "":
		if key == "status" {
			im.conflict(a.Settle, a.File, msg.StatusConflict, cell, want, file.Name, file.At(span).Line, im.tertial.Name())
		} else {
			im.conflict(a.Settle, cmp.Or(a.NoteFile, a.File), msg.NoteConflict, cell, file.Name, file.At(span).Line, im.tertial.Name())
		}
		switch {
		case a.Settle == Replace:
			outcome = Replaced
		case a.Settle == Append && key == "note":
			// An answer that goes on from the source's note holds it already.
			if !strings.HasPrefix(want, have) {
				want = have + "\n\n" + want
			}
			outcome = Appended
		default:
			return Kept, have, true
		}
	}
	value := QuoteTOML(want, file.CRLF())
	if span.IsValid() {
		im.edits = append(im.edits, Edit{Offset: span.Offset, End: span.End, Text: value})
		return outcome, want, outcome != Filled
	}
	// The key is not written: a line of its own after the follow-up's last.
	if writtenInline(f.Header) {
		im.fail(a.File, msg.FollowupInline, cell, file.At(f.Span).Line)
		return Unchanged, have, false
	}
	st := im.style(f)
	im.edits = append(im.edits, im.lines(f.End, st.key(key)+value))
	return outcome, want, outcome != Filled
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

// verifyImport reads the new text back: it must load, and each changed
// activity must hold exactly what was planned for the tertial.
func (s *Source) verifyImport(tpl *Template, text string, tertial Tertial, changes []Change) error {
	back, err := Parse(s.File.Name, s.File.Encode(text), tpl)
	if err != nil {
		return msg.Errorf(msg.ImportWouldBreak, err)
	}
	for _, ch := range changes {
		f := back.Activity(ch.Activity).Followup(tertial)
		switch {
		case f == nil,
			!SameStatus(f.StatusText.S, ch.NewStatus),
			NormalizeNote(f.NoteRaw) != ch.NewNote:
			return msg.Errorf(msg.ImportNotReadBack, s.File.At(s.Activity(ch.Activity).Text.Span).Line)
		}
	}
	return nil
}

// NormalizeNote is a note as an import compares and writes it: line breaks
// (CRLF, or a lone CR) as line feeds, and the blank lines before and after
// the text left out. Nothing else is changed.
func NormalizeNote(s string) string {
	s = TrimLineEnds(UnixLineBreaks(s))
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
