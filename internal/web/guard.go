package web

import (
	"crypto/subtle"
	"net"
	"net/http"
	"strconv"
	"strings"
)

// The Content-Security-Policy of the workspace's pages: nothing but the
// workspace's own script, styles and frames, and forms only to itself. A
// note's text, escaped by html/template, could not run as script even if
// it were not.
const pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// reportPolicy is the policy of a report shown in the workspace: the same
// page build writes, which carries its own stylesheet and logo; no script
// at all, and shown only inside the workspace.
const reportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; " +
	"base-uri 'none'; frame-ancestors 'self'"

// maxFormBytes is the most a form other than the workbooks' may send.
const maxFormBytes = 1 << 20

// ServeHTTP guards every request before it reaches a page.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", pagePolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	// same-origin, not no-referrer: under no-referrer a browser sends
	// "Origin: null" with a form, and the workspace could not tell its own.
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	if !s.hostAllowed(r.Host) {
		// Another name that resolves here (DNS rebinding): not this
		// workspace's page.
		s.refuse(w, r, http.StatusForbidden, "host")
		return
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
	case http.MethodPost:
		if !s.sameOrigin(r) {
			s.refuse(w, r, http.StatusForbidden, "origin")
			return
		}
		if !strings.HasSuffix(r.URL.Path, "/forhandsgranska") {
			// Only workbooks are large; every other form is a few fields.
			r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
		}
	default:
		h.Set("Allow", "GET, HEAD, POST")
		s.refuse(w, r, http.StatusMethodNotAllowed, "method")
		return
	}
	if t := r.URL.Query().Get("token"); t != "" && r.Method != http.MethodPost {
		s.welcome(w, r, t)
		return
	}
	if !s.hasSecret(r) {
		s.refuse(w, r, http.StatusForbidden, "token")
		return
	}
	s.mux.ServeHTTP(w, r)
}

// welcome takes the secret from the address the program opened, keeps it
// in a cookie, and sends the browser on to the same page without it, so
// that the secret is not left in the address bar or its history.
func (s *Server) welcome(w http.ResponseWriter, r *http.Request, token string) {
	if !s.same(token) {
		s.refuse(w, r, http.StatusForbidden, "token")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: s.cookieName(), Value: s.token, Path: "/",
		HttpOnly: true, SameSite: http.SameSiteStrictMode})
	q := r.URL.Query()
	q.Del("token")
	// One slash in front, never two or a backslash: a browser reads
	// "//host/" and "/\host/" as another site's address.
	to := "/" + strings.TrimLeft(r.URL.Path, `/\`)
	if len(q) > 0 {
		to += "?" + q.Encode()
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// cookieName names the session's cookie by its port: a browser sends a
// host's cookies to every port, and two workspaces must not take each
// other's.
func (s *Server) cookieName() string { return "uppfoljning-" + strconv.Itoa(s.port) }

// hasSecret tells whether any of the request's cookies of the session's
// name holds the secret: a page on another localhost port can plant one
// of that name for a narrower path, which the browser sends first.
func (s *Server) hasSecret(r *http.Request) bool {
	for _, c := range r.CookiesNamed(s.cookieName()) {
		if s.same(c.Value) {
			return true
		}
	}
	return false
}

func (s *Server) same(token string) bool {
	return subtle.ConstantTimeCompare([]byte(token), []byte(s.token)) == 1
}

// hostAllowed tells whether a Host header names this workspace: the
// loopback address, localhost or the address listened on, with its port.
func (s *Server) hostAllowed(host string) bool {
	h, port, err := net.SplitHostPort(host)
	if err != nil || port != strconv.Itoa(s.port) {
		return false
	}
	switch strings.ToLower(h) {
	case "127.0.0.1", "localhost", "::1":
		return true
	}
	return s.host != "" && h == s.host
}

// sameOrigin tells whether a POST comes from the workspace's own pages:
// its Origin must be the workspace's. Browsers send Origin with every
// POST; a request without one is not from a page of ours.
func (s *Server) sameOrigin(r *http.Request) bool {
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
		return false
	}
	return r.Header.Get("Origin") == "http://"+r.Host
}

// refuse answers a request the guard turns away, in words a person who
// opened an old address can act on.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, code int, why string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		s.writeRefusal(w, why)
	}
}
