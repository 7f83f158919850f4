package web

import (
	"net/http"
	"strings"
	"testing"
)

// TestGuard: every way in without the session's secret, from another
// name, or from another site, is refused before any page runs.
func TestGuard(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	port := w.base[strings.LastIndexByte(w.base, ':')+1:]
	tests := []struct {
		name   string
		method string
		path   string
		edit   func(*http.Request)
		want   int
	}{
		{"the session's browser", "GET", "/", nil, 200},
		{"localhost by name", "GET", "/", func(r *http.Request) { r.Host = "localhost:" + port }, 200},
		{"IPv6 loopback", "GET", "/", func(r *http.Request) { r.Host = "[::1]:" + port }, 200},
		{"no cookie", "GET", "/", func(r *http.Request) { r.Header.Del("Cookie") }, 403},
		{"a wrong cookie", "GET", "/", func(r *http.Request) {
			r.Header.Del("Cookie")
			r.AddCookie(&http.Cookie{Name: w.srv.cookieName(), Value: strings.Repeat("0", 32)})
		}, 403},
		{"the cookie of another port's session", "GET", "/", func(r *http.Request) {
			r.Header.Del("Cookie")
			r.AddCookie(&http.Cookie{Name: "uppfoljning-1", Value: w.srv.Token()})
		}, 403},
		{"a wrong token in the address", "GET", "/?token=" + strings.Repeat("a", 32), func(r *http.Request) { r.Header.Del("Cookie") }, 403},
		{"a report without the cookie", "GET", "/k/eksjo.toml/rapport", func(r *http.Request) { r.Header.Del("Cookie") }, 403},
		{"a file without the cookie", "GET", "/fil/rapporter/x.pdf", func(r *http.Request) { r.Header.Del("Cookie") }, 403},
		{"DNS rebinding: another name", "GET", "/", func(r *http.Request) { r.Host = "attacker.example:" + port }, 403},
		{"another port", "GET", "/", func(r *http.Request) { r.Host = "127.0.0.1:1" }, 403},
		{"no port", "GET", "/", func(r *http.Request) { r.Host = "127.0.0.1" }, 403},
		{"a LAN address", "GET", "/", func(r *http.Request) { r.Host = "192.168.1.10:" + port }, 403},
		{"POST from the workspace", "POST", "/mapp", nil, 422},
		{"POST without Origin", "POST", "/mapp", func(r *http.Request) { r.Header.Del("Origin") }, 403},
		{"POST from another site", "POST", "/mapp", func(r *http.Request) { r.Header.Set("Origin", "http://attacker.example") }, 403},
		{"POST from another port", "POST", "/mapp", func(r *http.Request) { r.Header.Set("Origin", "http://127.0.0.1:1") }, 403},
		{"POST with a null Origin", "POST", "/mapp", func(r *http.Request) { r.Header.Set("Origin", "null") }, 403},
		{"POST the browser calls cross-site", "POST", "/mapp", func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "cross-site") }, 403},
		{"POST with the token but no cookie", "POST", "/mapp?token=" + w.srv.Token(), func(r *http.Request) { r.Header.Del("Cookie") }, 403},
		{"a GET that would change something", "GET", "/k/eksjo.toml/bygg", nil, 405},
		{"PUT", "PUT", "/", nil, 405},
		{"DELETE", "DELETE", "/k/eksjo.toml", nil, 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := w.request(tt.method, tt.path, strings.NewReader("mapp="), "application/x-www-form-urlencoded")
			if tt.edit != nil {
				tt.edit(r)
			}
			code, body, h := w.do(r)
			if code != tt.want {
				t.Fatalf("status %d, want %d: %s", code, tt.want, body)
			}
			if h.Get("Content-Security-Policy") == "" || h.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("no CSP or nosniff: %v", h)
			}
			if h.Get("Access-Control-Allow-Origin") != "" {
				t.Errorf("CORS allowed: %v", h)
			}
		})
	}
}

// TestTokenBecomesCookie: the address the program opens sets an HttpOnly,
// SameSite=Strict cookie and sends the browser on without the secret.
func TestTokenBecomesCookie(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	r := w.request("GET", "/k/eksjo.toml?t=2020-T1&token="+w.srv.Token(), nil, "")
	r.Header.Del("Cookie")
	code, _, h := w.do(r)
	if code != http.StatusSeeOther {
		t.Fatalf("status %d", code)
	}
	if loc := h.Get("Location"); loc != "/k/eksjo.toml?t=2020-T1" {
		t.Errorf("sent on to %q", loc)
	}
	c := h.Get("Set-Cookie")
	for _, want := range []string{w.srv.cookieName() + "=" + w.srv.Token(), "HttpOnly", "SameSite=Strict", "Path=/"} {
		if !strings.Contains(c, want) {
			t.Errorf("cookie %q lacks %q", c, want)
		}
	}
}

// TestPoliciesForbidScripts: the pages allow only the workspace's own
// script; a report allows none, and is shown only inside the workspace.
func TestPoliciesForbidScripts(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	_, _, h := w.do(w.request("GET", "/", nil, ""))
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") ||
		!strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("page policy %q", csp)
	}
	_, _, h = w.do(w.request("GET", "/k/eksjo.toml/rapport", nil, ""))
	if csp := h.Get("Content-Security-Policy"); strings.Contains(csp, "script") || !strings.Contains(csp, "default-src 'none'") ||
		!strings.Contains(csp, "frame-ancestors 'self'") {
		t.Errorf("report policy %q", csp)
	}
}
