package web

import (
	"errors"
	"net/http"
	"strings"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
	"uppfoljning/internal/report/xlsx"
	"uppfoljning/internal/safefile"
)

// previewPage shows what returned workbooks would change, activity by
// activity, and asks how each conflict is to be settled.
type previewPage struct {
	page
	Summary         string
	Lines           []string
	Refused         []problem
	Warnings        []problem
	Changes         []changeRow
	Href, Tertial   string
	Version, Batch  string
	CanWrite        bool
	Back, BackLabel string
}

// changeRow is one activity an import changes, or conflicts with.
type changeRow struct {
	Activity, Outcome, From string
	Line                    int
	OldStatus, NewStatus    string
	OldNote, NewNote        []string
	Conflict                bool
	Field                   string // the name of the choice that settles it
}

// preview reads the workbooks dropped on the page and shows what they
// would change. Nothing is written; the workbooks are kept for "För in".
func (s *Server) preview(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	_, books, err := readUploads(w, r)
	l, lerr := s.load(name)
	if lerr != nil {
		s.notFound(w, name)
		return
	}
	back, backLabel := s.backTo(l.name, report.Tertial{})
	fail := func(code int, ps []problem) {
		s.render(w, code, "result.html", resultPage{page: s.page(s.say(msg.WebSourceAnswers)), Problems: ps,
			Back: back, BackLabel: backLabel})
	}
	switch {
	case errors.Is(err, errTooLarge):
		fail(http.StatusRequestEntityTooLarge, []problem{{Text: s.say(msg.WebUploadTooLarge, xlsx.MaxWorkbookBytes>>20, maxBooks, maxBatchBytes>>20)}})
		return
	case err != nil:
		fail(http.StatusBadRequest, []problem{{Text: s.say(msg.WebNoBooks)}})
		return
	case len(books) == 0:
		fail(http.StatusUnprocessableEntity, []problem{{Text: s.say(msg.WebNoBooks)}})
		return
	case l.err != nil:
		fail(http.StatusUnprocessableEntity, s.problems(l.err, l.data))
		return
	}
	key := s.sent.put(batch{source: name, books: books})
	s.showPreview(w, l, key, books)
}

func (s *Server) showPreview(w http.ResponseWriter, l *loaded, key string, books []round.Workbook) {
	p := previewPage{page: s.page(s.say(msg.WebPreviewTitle, l.name)), Href: sourceHref(l.name),
		Version: l.version, Batch: key}
	p.Back, p.BackLabel = s.backTo(l.name, report.Tertial{})
	ans, err := round.ReadAnswers(books, l.src, s.cfg.Template, report.Keep)
	if err != nil {
		p.Refused = s.problems(err, nil)
		s.render(w, http.StatusUnprocessableEntity, "preview.html", p)
		return
	}
	p.Tertial = ans.Tertial.String()
	p.Back, p.BackLabel = s.backTo(l.name, ans.Tertial)
	p.Warnings = s.warnings(ans.Warnings, nil)
	if len(ans.Gone) > 0 {
		p.Refused = s.problems(ans.Gone, nil)
	}
	im, err := l.src.Import(s.cfg.Template, ans.Tertial, ans.Answers, report.Keep)
	if err != nil {
		p.Refused = append(p.Refused, s.problems(err, l.data)...)
		s.render(w, http.StatusUnprocessableEntity, "preview.html", p)
		return
	}
	p.Lines = s.summaries(books, ans.Answers, im.Outcomes)
	for _, ch := range im.Changes {
		p.Changes = append(p.Changes, s.changeRow(l.src, ch))
	}
	p.CanWrite = len(p.Changes) > 0
	// The workbooks' tertial, not the page's: a workbook from another
	// round is written into its own tertial, so the page says which.
	p.Summary = s.say(msg.WebPreviewFor, ans.Tertial.Name())
	if !p.CanWrite {
		p.Summary = s.say(msg.WebNothingToTakeIn, l.name, ans.Tertial.Name())
	}
	s.render(w, http.StatusOK, "preview.html", p)
}

// summaries say, for each workbook, what the import does with its
// answers: import's own summary line.
func (s *Server) summaries(books []round.Workbook, answers []report.Answer, outcomes []report.Outcome) []string {
	var lines []string
	for _, b := range books {
		summary, _ := round.ImportSummary(b.Name, answers, outcomes)
		lines = append(lines, summary.In(s.cfg.Lang))
	}
	return lines
}

func (s *Server) changeRow(src *report.Source, ch report.Change) changeRow {
	a := src.Activity(ch.Activity)
	row := changeRow{Activity: a.Text.S, Line: src.File.At(a.Text.Span).Line, Conflict: ch.Conflict,
		OldStatus: s.statusWord(ch.OldStatus), NewStatus: s.statusWord(ch.NewStatus),
		OldNote: paragraphs(ch.OldNote), NewNote: paragraphs(ch.NewNote), Field: "val-" + refValue(ch.Activity)}
	if label, ok := round.OutcomeLabel(ch.Outcome); ok && !ch.Conflict {
		row.Outcome = label.In(s.cfg.Lang)
	}
	if ch.Conflict {
		// What the workbooks hold: the choice is between this and the
		// source's.
		if ch.Answer.Status != "" {
			row.NewStatus = ch.Answer.Status
		}
		if ch.Answer.Note != "" {
			row.NewNote = paragraphs(ch.Answer.Note)
		}
		row.From = ch.Answer.File
	}
	return row
}

func (s *Server) statusWord(w string) string {
	if w == "" {
		return s.say(msg.ChangeNone)
	}
	return w
}

func paragraphs(note string) []string {
	var out []string
	for _, p := range strings.Split(note, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// settles are the choices a page can make for a conflict.
var settles = map[string]report.Settle{"behall": report.Keep, "ersatt": report.Replace, "bada": report.Append}

// takeIn writes the previewed workbooks' answers into the source, each
// conflict settled as chosen on the page, with the engine import uses:
// under the source's lock, and only over the version the preview read.
func (s *Server) takeIn(w http.ResponseWriter, r *http.Request) {
	s.writeSource(w, r, msg.WebSourceAnswers, func(src *report.Source) (*report.Import, []problem, bool) {
		b, ok := s.sent.get(r.PostFormValue("svar"), r.PathValue("name"))
		if !ok {
			return nil, []problem{{Text: s.say(msg.WebUploadGone)}}, false
		}
		ans, err := round.ReadAnswers(b.books, src, s.cfg.Template, report.Keep)
		if err != nil {
			return nil, s.problems(err, nil), false
		}
		// Every conflict must have been settled on the page: a choice
		// left out refuses the whole, as import does without a flag.
		seen, err := src.Import(s.cfg.Template, ans.Tertial, ans.Answers, report.Keep)
		if err != nil {
			return nil, s.problems(err, []byte(src.File.Text)), false
		}
		for _, ch := range seen.Changes {
			if _, chosen := settles[r.PostFormValue("val-"+refValue(ch.Activity))]; ch.Conflict && !chosen {
				return nil, []problem{{Text: s.say(msg.WebUnsettled)}}, false
			}
		}
		for i, a := range ans.Answers {
			ans.Answers[i].Settle = settles[r.PostFormValue("val-"+refValue(a.Activity))]
		}
		im, err := src.Import(s.cfg.Template, ans.Tertial, ans.Answers, report.Refuse)
		if err != nil {
			return nil, s.problems(err, []byte(src.File.Text)), false
		}
		return im, nil, true
	})
}

// write writes one activity's status and note, typed on the page, with
// the same byte-preserving edit.
func (s *Server) write(w http.ResponseWriter, r *http.Request) {
	s.writeSource(w, r, msg.WebSourceWrite, func(src *report.Source) (*report.Import, []problem, bool) {
		ref, ok := parseRef(src, r.PostFormValue("aktivitet"))
		status, note := r.PostFormValue("status"), r.PostFormValue("kommentar")
		if !ok || strings.TrimSpace(status+note) == "" {
			return nil, []problem{{Text: s.say(msg.WebEditNothing)}}, false
		}
		im, err := round.Edit(src, s.cfg.Template, s.tertial(r, src), ref, status, note)
		if err != nil {
			return nil, s.problems(err, []byte(src.File.Text)), false
		}
		return im, nil, true
	})
}

// writeSource rewrites a source as plan says, and tells what it did. The
// source is read once under its lock; a version other than the one the
// page was made from is not written over: the page says it has changed.
func (s *Server) writeSource(w http.ResponseWriter, r *http.Request, title msg.Key,
	plan func(*report.Source) (*report.Import, []problem, bool)) {
	name := r.PathValue("name")
	p := resultPage{page: s.page(s.say(title))}
	path, err := within(s.Folder(), name)
	if err != nil || !strings.HasSuffix(strings.ToLower(name), ".toml") {
		s.notFound(w, name)
		return
	}
	p.Back, p.BackLabel = s.backTo(name, report.Tertial{})
	fail := func(code int, ps []problem) {
		p.Problems = ps
		s.render(w, code, "result.html", p)
	}
	// A form cut off at the limit would lack its version and read as a
	// file that has changed: it is told as what it is.
	var tooLarge *http.MaxBytesError
	if err := r.ParseForm(); errors.As(err, &tooLarge) {
		fail(http.StatusRequestEntityTooLarge, []problem{{Text: s.say(msg.WebFormTooLarge, maxFormBytes>>20)}})
		return
	}
	snap, err := round.OpenSource(path, s.cfg.Files)
	if err != nil {
		fail(http.StatusInternalServerError, s.problems(err, nil))
		return
	}
	defer snap.Close()
	if version(snap.Data) != r.PostFormValue("version") {
		fail(http.StatusConflict, []problem{{Text: s.say(msg.WebChanged, name)}})
		return
	}
	src, err := report.Parse(path, snap.Data, s.cfg.Template)
	if err != nil {
		fail(http.StatusUnprocessableEntity, s.problems(err, snap.Data))
		return
	}
	im, problems, ok := plan(src)
	if !ok {
		fail(http.StatusUnprocessableEntity, problems)
		return
	}
	t := s.tertial(r, src)
	p.Back, p.BackLabel = s.backTo(name, t)
	if string(im.Text) == string(snap.Data) {
		p.Done = s.say(msg.WebNothingToTakeIn, name, t.Name())
		s.render(w, http.StatusOK, "result.html", p)
		return
	}
	saved, err := round.Replace(snap, path, im.Text)
	switch {
	case errors.Is(err, safefile.ErrChanged):
		fail(http.StatusConflict, []problem{{Text: s.say(msg.WebChanged, name)}})
		return
	case err != nil:
		fail(http.StatusInternalServerError, s.problems(err, nil))
		return
	}
	p.Done = s.say(msg.ImportWritten, name, t.Name(), saved)
	for _, ch := range im.Changes {
		if ch.Conflict && ch.Outcome == report.Kept {
			p.Lines = append(p.Lines, s.say(msg.ChangeKept)+": "+src.Activity(ch.Activity).Text.S)
		}
	}
	s.render(w, http.StatusOK, "result.html", p)
}
