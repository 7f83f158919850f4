package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
)

func sourceHref(name string) string { return "/k/" + url.PathEscape(name) }

// sourceRow is a source as the start page lists it.
type sourceRow struct {
	Name, Href                            string
	Municipality, Period, Round, Followed string
	Problem                               string
}

type startPage struct {
	page
	Sources       []sourceRow
	Here, Recent  []string // folders to open: inside this one, and opened before
	PeriodExample string
}

// start lists the sources in the folder, the folders opened before, and
// how to open another or make a new source.
func (s *Server) start(w http.ResponseWriter, r *http.Request) {
	p := startPage{page: s.page(s.say(msg.WebStartTitle))}
	for _, dir := range s.recentFolders() {
		if dir != s.Folder() {
			p.Recent = append(p.Recent, dir)
		}
	}
	y := s.cfg.Today().Year()
	p.PeriodExample = fmt.Sprintf("%d-%d", y, y+1)
	p.Here = foldersWithSources(s.Folder())
	names, _ := sourceNames(s.Folder())
	for _, name := range names {
		row := sourceRow{Name: name, Href: sourceHref(name)}
		l, err := s.load(name)
		switch {
		case err != nil:
			continue
		case l.err != nil:
			row.Problem = s.say(msg.WebStartProblem)
		default:
			src := l.src
			t := src.RoundTertial(s.cfg.Today())
			row.Municipality, row.Period, row.Round = src.Municipality.S, src.Period.S, t.Name().In(s.cfg.Lang)
			all := src.All()
			row.Followed = s.say(msg.WebFollowed, len(all)-len(src.Missing(t)), len(all))
		}
		p.Sources = append(p.Sources, row)
	}
	s.render(w, http.StatusOK, "start.html", p)
}

// option is a choice in a list.
type option struct {
	Value, Label string
	Selected     bool
	Group        string // an option that opens a group of options
	EndGroup     bool   // the last of its group
}

// missingParty is one party's activities without a status.
type missingParty struct {
	Party      string
	Activities []missingActivity
}

type missingActivity struct {
	Text, WriteHref string
	Line            int
}

type sourcePage struct {
	page
	Name, About, Href, ReportHref, ProblemsHref, LiveHref string
	Tertial                                               string
	Tertials                                              []option
	State                                                 reportState
	Loaded                                                bool
	MissingSummary                                        string
	Missing                                               []missingParty
	Version                                               string
	Activities, Statuses                                  []option
	Note                                                  string
}

// loadOr404 loads the source a page names, or answers that there is none.
func (s *Server) loadOr404(w http.ResponseWriter, r *http.Request) (*loaded, bool) {
	name := r.PathValue("name")
	l, err := s.load(name)
	if err != nil {
		s.notFound(w, name)
		return nil, false
	}
	return l, true
}

func (s *Server) notFound(w http.ResponseWriter, name string) {
	s.render(w, http.StatusNotFound, "result.html", resultPage{page: s.page(s.say(msg.WebNotFound, name, s.Folder())),
		Back: "/", BackLabel: s.say(msg.WebBack, s.say(msg.WebStartTitle))})
}

// sourcePage is one source's page for a tertial: its report, live, what
// is missing, and the round's steps.
func (s *Server) sourcePage(w http.ResponseWriter, r *http.Request) {
	l, ok := s.loadOr404(w, r)
	if !ok {
		return
	}
	href := sourceHref(l.name)
	p := sourcePage{page: s.page(l.name), Name: l.name, Href: href, Version: l.version}
	q := url.Values{}
	if l.src == nil {
		p.State = s.redrawLast(l)
	} else {
		src := l.src
		t := s.tertial(r, src)
		q.Set("t", t.String())
		p.Loaded, p.Tertial = true, t.String()
		p.About = strings.Trim(src.Municipality.S+", "+src.Period.S, ", ")
		for o := range src.Tertials() {
			p.Tertials = append(p.Tertials, option{Value: o.String(), Label: o.Name().In(s.cfg.Lang), Selected: o == t})
		}
		p.State = s.redraw(l, t)
		s.missing(&p, l, t)
		s.writeForm(&p, r, src, t)
	}
	p.ReportHref = href + "/rapport?" + q.Encode()
	p.ProblemsHref = href + "/fel?" + q.Encode()
	p.LiveHref = href + "/live?" + url.Values{"v": {l.version}}.Encode()
	s.render(w, http.StatusOK, "source.html", p)
}

// missing fills in the activities without a status for the tertial, by
// responsible party: what status tells.
func (s *Server) missing(p *sourcePage, l *loaded, t report.Tertial) {
	src := l.src
	doc, err := report.NewDocument(src, s.cfg.Template, t, s.cfg.Today())
	if err != nil {
		return
	}
	all, missing := src.All(), doc.Unreported()
	switch {
	case len(missing) == 0:
		p.MissingSummary = s.say(msg.WebMissingNone, t.Name())
	default:
		p.MissingSummary = msg.Plural(len(all), msg.WebMissingOne, msg.WebMissing, len(missing), len(all), t.Name()).In(s.cfg.Lang)
	}
	for _, party := range src.ByResponsible(missing) {
		mp := missingParty{Party: round.PartyName(s.cfg.Template, party.Name)}
		for _, ref := range party.Activities {
			a := src.Activity(ref)
			mp.Activities = append(mp.Activities, missingActivity{Text: a.Text.S,
				Line:      src.File.At(a.Text.Span).Line,
				WriteHref: p.Href + "?" + url.Values{"t": {t.String()}, "aktivitet": {refValue(ref)}}.Encode() + "#skriv"})
		}
		p.Missing = append(p.Missing, mp)
	}
}

// refValue names an activity in a form: its promise's and its own place.
func refValue(r report.ActivityRef) string {
	return strconv.Itoa(r.Promise+1) + "-" + strconv.Itoa(r.Activity+1)
}

func parseRef(src *report.Source, v string) (report.ActivityRef, bool) {
	ps, as, ok := strings.Cut(v, "-")
	p, err1 := strconv.Atoi(ps)
	a, err2 := strconv.Atoi(as)
	if !ok || err1 != nil || err2 != nil || p < 1 || p > len(src.Promises) || a < 1 || a > len(src.Promises[p-1].Activities) {
		return report.ActivityRef{}, false
	}
	return report.ActivityRef{Promise: p - 1, Activity: a - 1}, true
}

// writeForm fills in the form for one activity's answer: the activity
// the page asks for, with what the source holds for the tertial.
func (s *Server) writeForm(p *sourcePage, r *http.Request, src *report.Source, t report.Tertial) {
	chosen, chose := parseRef(src, r.FormValue("aktivitet"))
	status := -1
	for pi, pr := range src.Promises {
		for ai := range pr.Activities {
			ref := report.ActivityRef{Promise: pi, Activity: ai}
			o := option{Value: refValue(ref), Label: msg.Shorten(pr.Activities[ai].Text.S, 90), Selected: chose && ref == chosen}
			if ai == 0 {
				o.Group = strconv.Itoa(pi+1) + ". " + msg.Shorten(pr.Text.S, 60)
			}
			o.EndGroup = ai == len(pr.Activities)-1
			p.Activities = append(p.Activities, o)
		}
	}
	if chose {
		if f := src.Activity(chosen).Followup(t); f != nil {
			status, p.Note = f.Status, report.NormalizeNote(f.NoteRaw)
		}
	}
	for i, st := range s.cfg.Template.Statuses {
		p.Statuses = append(p.Statuses, option{Value: st.Word, Label: st.Word, Selected: i == status})
	}
}
