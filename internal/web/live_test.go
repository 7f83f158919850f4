package web

import (
	"bufio"
	"context"
	"net/http"
	"strings"
	"testing"
)

// TestReportFollowsTheFile: a save is told on the live stream, the report
// is drawn from what was saved, and while the file has problems they are
// listed, with the line quoted, above the last good report, marked as out
// of date.
func TestReportFollowsTheFile(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	_, page := w.get("/k/eksjo.toml?t=2020-T1")
	if !strings.Contains(page, `src="/k/eksjo.toml/rapport?t=2020-T1"`) {
		t.Fatalf("no report frame:\n%s", page)
	}
	_, report := w.get("/k/eksjo.toml/rapport?t=2020-T1")
	if !strings.Contains(report, "Eksjö") {
		t.Fatalf("not the report:\n%.500s", report)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := w.request("GET", "/k/eksjo.toml/live", nil, "").WithContext(ctx)
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	events := bufio.NewReader(resp.Body)
	next := func() string {
		t.Helper()
		for {
			line, err := events.ReadString('\n')
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasPrefix(line, "event: ") {
				return strings.TrimSpace(line)
			}
		}
	}

	good := w.read()
	good = strings.Replace(good, "Eksjö kommun\"", "Eksjö kommun och Nässjö\"", 1)
	w.write(good)
	if e := next(); e != "event: change" {
		t.Fatalf("event %q", e)
	}
	if _, report := w.get("/k/eksjo.toml/rapport?t=2020-T1"); !strings.Contains(report, "Nässjö") {
		t.Error("the report does not follow the save")
	}

	broken := strings.Replace(good, `municipality = "Eksjö kommun och Nässjö"`, `municipality = "Eksjö kommun`, 1)
	w.write(broken)
	if e := next(); e != "event: change" {
		t.Fatalf("event %q", e)
	}
	_, state := w.get("/k/eksjo.toml/fel?t=2020-T1")
	for _, want := range []string{`role="alert"`, "eksjo.toml:", `<pre class="line">municipality = &#34;Eksjö`, "^", "senaste som gick att göra"} {
		if !strings.Contains(state, want) {
			t.Errorf("the problems lack %q:\n%s", want, state)
		}
	}
	code, report := w.get("/k/eksjo.toml/rapport?t=2020-T1")
	if code != 200 || !strings.Contains(report, "Nässjö") {
		t.Errorf("the last good report is gone (%d):\n%.300s", code, report)
	}
	if code, page := w.get("/k/eksjo.toml?t=2020-T1"); code != 200 || !strings.Contains(page, "senaste som gick att göra") {
		t.Errorf("the page does not say the report is out of date (%d)", code)
	}

	w.write(good)
	next()
	if _, state := w.get("/k/eksjo.toml/fel?t=2020-T1"); strings.Contains(state, "alert") {
		t.Errorf("problems left after the fix:\n%s", state)
	}
}

// TestBrokenFromTheStart: a source that never loaded shows its problems
// and a note where the report will be, never a blank page.
func TestBrokenFromTheStart(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	w.write("title = \"Medborgarlöften\nmunicipality = \"Eksjö\"\n")
	code, page := w.get("/k/eksjo.toml")
	if code != 200 || !strings.Contains(page, `role="alert"`) || !strings.Contains(page, "eksjo.toml:1:9") {
		t.Fatalf("status %d:\n%s", code, page)
	}
	_, report := w.get("/k/eksjo.toml/rapport")
	if !strings.Contains(report, "när källfilen går att läsa") {
		t.Errorf("the frame is not told:\n%s", report)
	}
	_, start := w.get("/")
	if !strings.Contains(start, "kan inte läsas") {
		t.Errorf("the start page does not tell:\n%s", start)
	}
}
