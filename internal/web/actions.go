package web

import (
	"errors"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
)

// The folders beside a source that the round writes into: the workbooks
// sent out, and the reports built.
const (
	collectFolder = "underlag"
	buildFolder   = "rapporter"
)

// resultPage tells what a step did: the files it wrote, with links, and
// the problems it met.
type resultPage struct {
	page
	Done            string
	ProblemsHeading string
	Problems        []problem
	Lines           []string
	Links           []link
	Back, BackLabel string
}

type link struct {
	Name, Href, Note string
	Download         bool
}

func fileHref(dir, name string) string {
	return "/fil/" + url.PathEscape(dir) + "/" + url.PathEscape(name)
}

func (s *Server) backTo(name string, t report.Tertial) (string, string) {
	href := sourceHref(name)
	if t != (report.Tertial{}) {
		href += "?" + url.Values{"t": {t.String()}}.Encode()
	}
	return href, s.say(msg.WebBack, name)
}

// loadForStep loads the source a step is for, and tells its problems on
// a page when it does not load.
func (s *Server) loadForStep(w http.ResponseWriter, r *http.Request, title msg.Key) (*loaded, report.Tertial, bool) {
	l, ok := s.loadOr404(w, r)
	if !ok {
		return nil, report.Tertial{}, false
	}
	if l.err != nil {
		p := resultPage{page: s.page(s.say(title)), ProblemsHeading: s.say(msg.WebSourceProblems),
			Problems: s.problems(l.err, l.data)}
		p.Back, p.BackLabel = s.backTo(l.name, report.Tertial{})
		s.render(w, http.StatusUnprocessableEntity, "result.html", p)
		return nil, report.Tertial{}, false
	}
	return l, s.tertial(r, l.src), true
}

// collect writes the fill-in workbooks, as collect does, into the folder
// "underlag" beside the source.
func (s *Server) collect(w http.ResponseWriter, r *http.Request) {
	l, t, ok := s.loadForStep(w, r, msg.WebSourceCollect)
	if !ok {
		return
	}
	dir := filepath.Join(s.Folder(), collectFolder)
	books, err := round.Collect(l.src, s.cfg.Template, t, s.cfg.Today(), r.FormValue("per") != "", dir, s.cfg.Files)
	p := resultPage{page: s.page(s.say(msg.WebSourceCollect))}
	p.Back, p.BackLabel = s.backTo(l.name, t)
	if err != nil {
		p.Problems = s.problems(err, nil)
		s.render(w, http.StatusInternalServerError, "result.html", p)
		return
	}
	p.Done = s.say(msg.WebCollectDone, t.Name(), dir)
	for _, b := range books {
		name := filepath.Base(b.Path)
		if b.Err != nil {
			p.Problems = append(p.Problems, problem{Text: s.tell(b.Err)})
			continue
		}
		p.Links = append(p.Links, link{Name: name, Href: fileHref(collectFolder, name), Download: true, Note: b.Party})
	}
	s.render(w, http.StatusOK, "result.html", p)
}

// build writes the report, in every format, into the folder "rapporter"
// beside the source, as a source dropped on the program is built.
func (s *Server) build(w http.ResponseWriter, r *http.Request) {
	l, t, ok := s.loadForStep(w, r, msg.WebSourceBuild)
	if !ok {
		return
	}
	p := resultPage{page: s.page(s.say(msg.WebSourceBuild))}
	p.Back, p.BackLabel = s.backTo(l.name, t)
	doc, err := report.NewDocument(l.src, s.cfg.Template, t, s.cfg.Today())
	if err != nil {
		p.Problems = s.problems(err, l.data)
		s.render(w, http.StatusUnprocessableEntity, "result.html", p)
		return
	}
	dir := filepath.Join(s.Folder(), buildFolder)
	outs, warnings, err := round.Build(doc, round.Formats, dir, s.cfg.Files)
	if err != nil {
		p.Problems = s.problems(err, nil)
		s.render(w, http.StatusInternalServerError, "result.html", p)
		return
	}
	p.Done = s.say(msg.WebBuildDone, t.Name(), dir)
	p.Problems = s.warnings(warnings, l.data)
	if missing, all := len(doc.Unreported()), len(l.src.All()); missing > 0 {
		// As build warns: an incomplete report is never published unnoticed.
		p.ProblemsHeading = s.say(msg.WebSourceWarnings)
		p.Problems = append([]problem{{Text: msg.Plural(all, msg.WebMissingOne, msg.WebMissing, missing, all, t.Name()).In(s.cfg.Lang)}}, p.Problems...)
	}
	for _, o := range outs {
		if o.Err != nil {
			p.Problems = append(p.Problems, problem{Text: s.tell(o.Err)})
			continue
		}
		name := filepath.Base(o.Path)
		p.Links = append(p.Links, link{Name: name, Href: fileHref(buildFolder, name), Download: o.Format.Ext == "xlsx"})
	}
	s.render(w, http.StatusOK, "result.html", p)
}

// file serves a file the round wrote: a report or a workbook, by its
// folder and name.
func (s *Server) file(w http.ResponseWriter, r *http.Request) {
	dir, name := r.PathValue("dir"), r.PathValue("name")
	if dir != collectFolder && dir != buildFolder {
		s.notFound(w, name)
		return
	}
	path, err := within(filepath.Join(s.Folder(), dir), name)
	if err != nil {
		s.notFound(w, name)
		return
	}
	h := w.Header()
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		h.Set("Content-Type", "application/pdf")
	case ".html":
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", reportPolicy)
	case ".xlsx":
		h.Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
		h.Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(name))
	default:
		h.Set("Content-Type", "application/octet-stream")
		h.Set("Content-Disposition", "attachment")
	}
	http.ServeFile(w, r, path)
}

// newSource makes a new source in the folder, as new does, and opens it.
func (s *Server) newSource(w http.ResponseWriter, r *http.Request) {
	p := resultPage{page: s.page(s.say(msg.WebStartNew)), Back: "/", BackLabel: s.say(msg.WebBack, s.say(msg.WebStartTitle))}
	name := strings.TrimSpace(r.FormValue("filnamn"))
	if !strings.EqualFold(filepath.Ext(name), ".toml") {
		name += ".toml"
	}
	first, last, ok := round.ParsePeriod(r.FormValue("period"), s.cfg.Today().Year())
	if !ok {
		p.Problems = []problem{{Text: s.say(msg.WebPeriod, r.FormValue("period"))}}
		s.render(w, http.StatusUnprocessableEntity, "result.html", p)
		return
	}
	if !plainName(name) {
		p.Problems = []problem{{Text: s.say(msg.WebNameTaken, name)}}
		s.render(w, http.StatusUnprocessableEntity, "result.html", p)
		return
	}
	municipality := strings.TrimSpace(r.FormValue("kommun"))
	if err := round.NewSource(filepath.Join(s.Folder(), name), s.cfg.Template, municipality, first, last); err != nil {
		p.Problems = s.problems(err, nil)
		s.render(w, http.StatusUnprocessableEntity, "result.html", p)
		return
	}
	http.Redirect(w, r, sourceHref(name), http.StatusSeeOther)
}

// openFolder shows another folder, by its path as a person pastes it. A
// source's own path, as copied from the file manager, opens its folder
// and its page.
func (s *Server) openFolder(w http.ResponseWriter, r *http.Request) {
	typed := strings.TrimSpace(r.FormValue("mapp"))
	dir, page := folderPath(typed), "/"
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	st, err := os.Stat(dir)
	switch {
	case typed == "":
		dir, err = typed, os.ErrNotExist
	case err == nil && st.Mode().IsRegular() && strings.EqualFold(filepath.Ext(dir), ".toml"):
		dir, page = filepath.Dir(dir), sourceHref(filepath.Base(dir))
	case err == nil && !st.IsDir():
		err = errors.New(s.say(msg.NotAFolder))
	}
	if err != nil {
		p := resultPage{page: s.page(s.say(msg.WebStartOpen)), Back: "/", BackLabel: s.say(msg.WebBack, s.say(msg.WebStartTitle)),
			Problems: []problem{{Text: s.say(msg.WebNotFolder, strconv.Quote(dir), report.PlainOSError(err))}}}
		s.render(w, http.StatusUnprocessableEntity, "result.html", p)
		return
	}
	s.setFolder(dir)
	s.remember(dir)
	http.Redirect(w, r, page, http.StatusSeeOther)
}
