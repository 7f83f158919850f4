package web

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
	"uppfoljning/internal/safefile"
)

// shownReport is what the page last showed of a source: the report of
// the last version that loaded, which stays on the page, marked as out of
// date, while the file has problems.
type shownReport struct {
	version string // the bytes the report was made of
	tertial report.Tertial
	html    []byte
}

// reportState is a source's report for a tertial as the page shows it
// now: the problems that keep it from being made, the warnings of one
// that was, and whether the report shown is an older one.
type reportState struct {
	Heading  string
	Problems []problem
	Warnings []problem
	Stale    bool
	html     []byte // the report to show; nil when there has never been one
}

// redraw makes the report of a loaded source for a tertial, with the
// renderer build uses, or keeps the last good one when the source has
// problems. A version drawn already is not drawn again.
func (s *Server) redraw(l *loaded, t report.Tertial) reportState {
	s.mu.Lock()
	last := s.shown[l.name]
	s.mu.Unlock()
	var st reportState
	if l.err != nil {
		st.Heading = s.say(msg.WebSourceProblems)
		st.Problems = s.problems(l.err, l.data)
		if last != nil && last.tertial == t {
			st.Stale, st.html = true, last.html
		}
		return st
	}
	st.Warnings = s.warnings(l.src.Warnings, l.data)
	if last != nil && last.version == l.version && last.tertial == t {
		st.html = last.html
		return st
	}
	doc, err := report.NewDocument(l.src, s.cfg.Template, t, s.cfg.Today())
	if err == nil {
		var b bytes.Buffer
		html, _ := round.FormatByName("html")
		var ws []report.Warning
		if ws, err = html.Render(&b, doc); err == nil {
			st.Warnings = append(st.Warnings, s.warnings(ws, l.data)...)
			st.html = b.Bytes()
			s.mu.Lock()
			s.shown[l.name] = &shownReport{version: l.version, tertial: t, html: st.html}
			s.mu.Unlock()
			return st
		}
	}
	st.Heading = s.say(msg.WebSourceProblems)
	st.Problems = s.problems(err, l.data)
	if last != nil && last.tertial == t {
		st.Stale, st.html = true, last.html
	}
	return st
}

// reportFrame serves the report shown in the source's page: the same
// page build writes.
func (s *Server) reportFrame(w http.ResponseWriter, r *http.Request) {
	l, ok := s.loadOr404(w, r)
	if !ok {
		return
	}
	st := s.stateFor(l, r)
	w.Header().Set("Content-Security-Policy", reportPolicy)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if st.html == nil {
		s.render(w, http.StatusOK, "noreport.html", s.page(s.say(msg.WebNoReport)))
		return
	}
	w.Write(st.html)
}

// stateFor is the report of the tertial a page asks for, or, for a
// source that does not load, whatever the tertial, its last good report.
func (s *Server) stateFor(l *loaded, r *http.Request) reportState {
	if l.src != nil {
		return s.redraw(l, s.tertial(r, l.src))
	}
	return s.redrawLast(l)
}

// redrawLast is the state of a source that does not load, whatever the
// tertial: its last good report, if any.
func (s *Server) redrawLast(l *loaded) reportState {
	s.mu.Lock()
	last := s.shown[l.name]
	s.mu.Unlock()
	t := report.Tertial{}
	if last != nil {
		t = last.tertial
	}
	return s.redraw(l, t)
}

// problemsFragment serves the part of the source's page above the
// report, which the page's script puts in place after a save.
func (s *Server) problemsFragment(w http.ResponseWriter, r *http.Request) {
	l, ok := s.loadOr404(w, r)
	if !ok {
		return
	}
	st := s.stateFor(l, r)
	s.render(w, http.StatusOK, "state", st)
}

// stamp is what tells a save: a file's size and time, and which file it
// is (an editor that saves by renaming a new file over the old makes
// another).
type stamp struct {
	size int64
	mod  time.Time
	info os.FileInfo
}

func stampOf(path string) stamp {
	st, err := os.Stat(path)
	if err != nil {
		return stamp{size: -1}
	}
	return stamp{size: st.Size(), mod: st.ModTime(), info: st}
}

func (a stamp) same(b stamp) bool {
	if a.info == nil || b.info == nil {
		return a.info == nil && b.info == nil
	}
	return a.size == b.size && a.mod.Equal(b.mod) && os.SameFile(a.info, b.info)
}

// live tells the source's page, as server-sent events, each time the
// file is saved. The file is looked at every Config.Poll; the browser
// reconnects by itself should the stream end.
func (s *Server) live(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	path, err := within(s.Folder(), name)
	flusher, canFlush := w.(http.Flusher)
	if err != nil || !canFlush || !strings.EqualFold(filepath.Ext(name), ".toml") {
		http.NotFound(w, r)
		return
	}
	// The file as it is before the stream is answered: a save the client
	// makes once it sees the answer is a change, never the start.
	last := stampOf(path)
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 1000\n\n")
	n := 1
	if v := r.FormValue("v"); v != "" && !s.isVersion(path, v) {
		// Saved between the page and its stream: told at once.
		fmt.Fprintf(w, "event: change\ndata: %d\n\n", n)
		n++
	}
	flusher.Flush()
	tick := time.NewTicker(s.cfg.Poll)
	defer tick.Stop()
	for quiet := 0; ; {
		select {
		case <-r.Context().Done():
			return
		case <-tick.C:
		}
		now := stampOf(path)
		switch {
		case !now.same(last):
			last, quiet = now, 0
			fmt.Fprintf(w, "event: change\ndata: %d\n\n", n)
			n++
		case quiet*int(s.cfg.Poll) >= int(15*time.Second):
			// A comment now and then, so that a closed page is noticed.
			fmt.Fprint(w, ": \n\n")
			quiet = 0
		default:
			quiet++
			continue
		}
		flusher.Flush()
	}
}

// isVersion tells whether the file at path is still the version a page
// was made from.
func (s *Server) isVersion(path, v string) bool {
	data, err := safefile.ReadRegular(path, report.MaxSourceBytes)
	return err == nil && version(data) == v
}
