package main

import (
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"path/filepath"
	"strings"
	"testing"

	"uppfoljning/internal/report/reporttest"
	"uppfoljning/internal/web"
)

// TestServeOnlyOnLoopback: an address other computers could reach is
// refused as bad input, before anything listens.
func TestServeOnlyOnLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "192.168.1.10:8080", "example.com:80", "[::]:0", "127.0.0.1"} {
		c, _, errOut := hooked()
		if code := c.runArgs("serve", "-no-browser", "-addr", addr, t.TempDir()); code != exitBadInput ||
			!strings.Contains(errOut.String(), "tar bara emot anslutningar från den egna datorn") {
			t.Errorf("-addr %s: exit %d\n%s", addr, code, errOut)
		}
	}
}

// TestServeOnABusyPort: a port another program holds is told as such,
// not as an address other computers could reach.
func TestServeOnABusyPort(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c, _, errOut := hooked()
	if code := c.runArgs("serve", "-no-browser", "-addr", l.Addr().String(), t.TempDir()); code != exitBadInput ||
		!strings.Contains(errOut.String(), "använder porten") || strings.Contains(errOut.String(), "egna datorn") {
		t.Errorf("exit %d\n%s", code, errOut)
	}
}

// TestServeASource: serve on a source prints the address of its page, on
// a line of its own, and the page answers there.
func TestServeASource(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1598918400")
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	_, src := reporttest.CopyExample(t)
	c, out, errOut := hooked()
	got := make(chan string, 1)
	c.serving = func(s *web.Server) {
		go func() {
			defer s.Shutdown()
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			address := lines[len(lines)-1]
			jar, _ := cookiejar.New(nil)
			resp, err := (&http.Client{Jar: jar}).Get(address)
			if err != nil {
				got <- err.Error()
				return
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			got <- address + "\n" + resp.Status + "\n" + string(body)
		}()
	}
	if code := c.runArgs("serve", "-no-browser", src); code != exitOK {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	r := <-got
	address, rest, _ := strings.Cut(r, "\n")
	if !strings.HasPrefix(address, "http://127.0.0.1:") || !strings.Contains(address, "/k/"+filepath.Base(src)+"?token=") {
		t.Errorf("address %q", address)
	}
	if !strings.HasPrefix(rest, "200") || !strings.Contains(rest, "<h1>eksjo.toml</h1>") || !strings.Contains(rest, "tertial 2 2020") {
		t.Errorf("the source's page: %.300s", rest)
	}
	if !strings.Contains(out.String(), "Arbetsytan är öppen") {
		t.Errorf("stdout %q", out)
	}
}

// TestNoArgumentsFromATerminal: from a terminal, no arguments still print
// the usage, and serve is in it.
func TestNoArgumentsFromATerminal(t *testing.T) {
	r := runCLI(t)
	if r.code != exitBadInput || !strings.Contains(r.stderr, "uppfoljning serve") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
}
