package web

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/safefile"
)

// loaded is a source as a page read it: its bytes, a version that names
// exactly those bytes, and the source, or the problems that keep it from
// loading.
type loaded struct {
	name, path string
	data       []byte
	version    string
	src        *report.Source
	err        error
}

// load reads the source a page names. A name that is not a source in the
// folder is errNoSuchFile.
func (s *Server) load(name string) (*loaded, error) {
	if !strings.EqualFold(filepath.Ext(name), ".toml") {
		return nil, errNoSuchFile
	}
	path, err := within(s.Folder(), name)
	if err != nil {
		return nil, err
	}
	l := &loaded{name: name, path: path}
	l.data, err = safefile.ReadRegular(path, report.MaxSourceBytes)
	if err != nil {
		l.err = report.ErrorList{{File: path, Msg: msg.New(msg.CannotReadFile, report.PlainOSError(err))}}
		return l, nil
	}
	l.version = version(l.data)
	l.src, l.err = report.Parse(path, l.data, s.cfg.Template)
	return l, nil
}

// version names a file's bytes: a page that read one version may write
// only over that version.
func version(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}

// tertial is the tertial a page asks for, or else the round's, as status
// chooses it.
func (s *Server) tertial(r *http.Request, src *report.Source) report.Tertial {
	if t, err := report.ParseTertial(r.FormValue("t")); err == nil && src.CheckTertial(t) == nil {
		return t
	}
	return src.RoundTertial(s.cfg.Today())
}

// problem is one problem as a page shows it: where, what, and the line of
// the source it is on, with a mark under the column.
type problem struct {
	Where, Text, Line, Caret string
}

// problems puts an error into words, each problem with its line quoted
// from data when it has one.
func (s *Server) problems(err error, data []byte) []problem {
	var list report.ErrorList
	var one *report.Error
	switch {
	case errors.As(err, &list):
	case errors.As(err, &one):
		list = report.ErrorList{one}
	default:
		return []problem{{Text: s.tell(err)}}
	}
	var out []problem
	for _, e := range list {
		out = append(out, s.quoted(e.File, e.Pos, e.Msg, data))
	}
	return out
}

func (s *Server) warnings(ws []report.Warning, data []byte) []problem {
	var out []problem
	for _, w := range ws {
		out = append(out, s.quoted(w.File, w.Pos, w.Msg, data))
	}
	return out
}

func (s *Server) quoted(file string, pos report.Position, m msg.Message, data []byte) problem {
	p := problem{Where: filepath.Base(file), Text: m.In(s.cfg.Lang)}
	if file == "" {
		p.Where = ""
	}
	if pos.Line == 0 {
		return p
	}
	p.Where += ":" + strconv.Itoa(pos.Line)
	if pos.Col > 0 {
		p.Where += ":" + strconv.Itoa(pos.Col)
	}
	line, ok := lineOf(data, pos.Line)
	if !ok {
		return p
	}
	p.Line = strings.ReplaceAll(line, "\t", " ")
	if pos.Col > 0 && pos.Col <= utf8.RuneCountInString(line)+1 {
		p.Caret = strings.Repeat(" ", pos.Col-1) + "^"
	}
	return p
}

// lineOf is line n (from 1) of data, without its line break, cut to a
// length a page can show.
func lineOf(data []byte, n int) (string, bool) {
	lines := strings.SplitN(string(data), "\n", n+1)
	if n > len(lines) || n < 1 {
		return "", false
	}
	line := strings.TrimRight(lines[n-1], "\r")
	if !utf8.ValidString(line) {
		return "", false
	}
	if r := []rune(line); len(r) > 200 {
		line = string(r[:200]) + "…"
	}
	return line, true
}
