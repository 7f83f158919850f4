package web

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"strings"

	"uppfoljning/internal/msg"
)

//go:embed assets
var assets embed.FS

// words name the catalogue's texts a page template uses: {{w "app"}}.
var words = map[string]msg.Key{
	"app": msg.WebApp, "skip": msg.WebSkip, "folder": msg.WebFolder,
	"start.title": msg.WebStartTitle, "start.sources": msg.WebStartSources, "start.name": msg.WebStartName,
	"start.municipality": msg.WebStartMunicipality, "start.period": msg.WebStartPeriod, "start.round": msg.WebStartRound,
	"start.followed": msg.WebStartFollowed, "start.none": msg.WebStartNone, "start.open": msg.WebStartOpen,
	"start.path": msg.WebStartPath, "start.openbutton": msg.WebStartOpenButton, "start.recent": msg.WebStartRecent,
	"start.here": msg.WebStartHere,
	"start.new":  msg.WebStartNew, "start.newmunicipality": msg.WebStartNewMunicipality,
	"start.newperiod": msg.WebStartNewPeriod, "start.newperiodhelp": msg.WebStartNewPeriodHelp,
	"start.newname": msg.WebStartNewName, "start.newnamehelp": msg.WebStartNewNameHelp,
	"start.newbutton": msg.WebStartNewButton,
	"source.sections": msg.WebSourceSections, "source.report": msg.WebSourceReport, "source.missing": msg.WebSourceMissing,
	"source.collect": msg.WebSourceCollect, "source.answers": msg.WebSourceAnswers, "source.write": msg.WebSourceWrite,
	"source.build": msg.WebSourceBuild, "source.tertial": msg.WebSourceTertial, "source.show": msg.WebSourceShow,
	"source.reportframe": msg.WebSourceReportFrame, "source.reportwindow": msg.WebSourceReportWindow,
	"source.line": msg.WebSourceLine, "source.writethis": msg.WebSourceWriteThis,
	"source.collecthelp": msg.WebSourceCollectHelp, "source.collecthow": msg.WebSourceCollectHow,
	"source.collectone": msg.WebSourceCollectOne, "source.collectper": msg.WebSourceCollectPer,
	"source.collectbutton": msg.WebSourceCollectButton, "source.books": msg.WebSourceBooks,
	"source.bookshelp": msg.WebSourceBooksHelp, "source.preview": msg.WebSourcePreview,
	"source.writehelp": msg.WebSourceWriteHelp, "source.activity": msg.WebSourceActivity,
	"source.status": msg.WebSourceStatus, "source.nostatus": msg.WebSourceNoStatus, "source.note": msg.WebSourceNote,
	"source.writebutton": msg.WebSourceWriteButton, "source.buildhelp": msg.WebSourceBuildHelp,
	"source.buildbutton": msg.WebSourceBuildButton, "source.stale": msg.WebSourceStale,
	"source.warnings": msg.WebSourceWarnings,
	"preview.refused": msg.WebPreviewRefused, "preview.caption": msg.WebPreviewCaption,
	"preview.activity": msg.WebPreviewActivity, "preview.now": msg.WebPreviewNow, "preview.then": msg.WebPreviewThen,
	"preview.settle": msg.WebPreviewSettle, "preview.keep": msg.WebPreviewKeep, "preview.replace": msg.WebPreviewReplace,
	"preview.both": msg.WebPreviewBoth, "preview.write": msg.WebPreviewWrite,
}

// pages are the page templates, one set per language: a word a template
// names that the catalogue lacks fails when the pages are made, which the
// tests do.
type pages struct{ t *template.Template }

func makePages(l msg.Lang) (*pages, error) {
	funcs := template.FuncMap{"w": func(name string) (string, error) {
		k, ok := words[name]
		if !ok {
			return "", &missingWord{name}
		}
		return msg.New(k).In(l), nil
	}}
	t, err := template.New("").Funcs(funcs).ParseFS(assets, "assets/*.html")
	if err != nil {
		return nil, err
	}
	return &pages{t}, nil
}

type missingWord struct{ name string }

func (e *missingWord) Error() string { return "no word " + e.name + " in the catalogue" }

// page is what every page shows around its own content.
type page struct {
	Lang   string
	Title  string
	Folder string
}

func langTag(l msg.Lang) string {
	if l == msg.English {
		return "en"
	}
	return "sv"
}

// render writes a page. It is made in full before anything is sent, so a
// template's failure is an error page, not half a page.
func (s *Server) render(w http.ResponseWriter, code int, name string, data any) {
	var b bytes.Buffer
	if err := s.pages.t.ExecuteTemplate(&b, name, data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

// say is a catalogue message in the session's language.
func (s *Server) say(key msg.Key, args ...any) string { return msg.New(key, args...).In(s.cfg.Lang) }

// tell is an error in the session's language.
func (s *Server) tell(err error) string { return msg.Text(err, s.cfg.Lang) }

func (s *Server) page(title string) page {
	return page{Lang: langTag(s.cfg.Lang), Title: title, Folder: s.Folder()}
}

// asset serves the workspace's stylesheet and script.
func (s *Server) asset(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	data, err := fs.ReadFile(assets, "assets/"+name)
	if err != nil || strings.HasSuffix(name, ".html") {
		http.NotFound(w, r)
		return
	}
	switch {
	case strings.HasSuffix(name, ".css"):
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	case strings.HasSuffix(name, ".js"):
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	}
	w.Write(data)
}

// refusal is the words of a request the guard turns away.
func (s *Server) writeRefusal(w http.ResponseWriter, why string) {
	key := map[string]msg.Key{"host": msg.WebRefusedHost, "token": msg.WebRefusedToken,
		"origin": msg.WebRefusedOrigin, "method": msg.WebRefusedMethod}[why]
	w.Write([]byte(s.say(key) + "\n"))
}
