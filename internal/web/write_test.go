package web

import (
	"bytes"
	"mime/multipart"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"

	"uppfoljning/internal/safefile"
)

// writeForm is "Skriv själv" for the example's first activity.
func writeForm(version, note string) url.Values {
	return url.Values{"t": {"2020-T2"}, "version": {version}, "aktivitet": {"1-1"}, "status": {"pågår"}, "kommentar": {note}}
}

// TestWriteOneAnswer: an answer typed on the page is written into the
// source, every other byte kept, and the earlier version saved.
func TestWriteOneAnswer(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	before := w.read()
	_, page := w.get("/k/eksjo.toml?t=2020-T2")
	code, body := w.post("/k/eksjo.toml/skriv", writeForm(w.versionOf(page), "Ett möte hölls i Mariannelund.\n\nNästa i oktober."))
	if code != 200 || !strings.Contains(body, "skriven för tertial 2 2020") {
		t.Fatalf("status %d:\n%s", code, body)
	}
	after := w.read()
	// Only added: the old text is the new one's start and end.
	p := 0
	for p < len(before) && before[p] == after[p] {
		p++
	}
	if !strings.HasSuffix(after, before[p:]) {
		t.Errorf("not only added:\n%s", after)
	}
	for _, want := range []string{`tertial = "2020-T2"`, `status  = "pågår"`, "Nästa i oktober."} {
		if !strings.Contains(strings.Join(strings.Fields(after), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("the source lacks %q:\n%s", want, after)
		}
	}
	if kept, _ := os.ReadDir(w.source + ".versioner"); len(kept) != 1 {
		t.Errorf("%d earlier versions kept, want 1", len(kept))
	}
}

// TestWriteAfterASaveRefused: a file saved in another program after the
// page read it is never written over: the page says it has changed.
func TestWriteAfterASaveRefused(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	_, page := w.get("/k/eksjo.toml?t=2020-T2")
	saved := w.read() + "\n# sparad i Anteckningar\n"
	w.write(saved)
	code, body := w.post("/k/eksjo.toml/skriv", writeForm(w.versionOf(page), "Från telefonen."))
	if code != 409 || !strings.Contains(body, "har ändrats sedan sidan läste in den") {
		t.Fatalf("status %d:\n%s", code, body)
	}
	if w.read() != saved {
		t.Error("the saved file was written over")
	}
}

// TestWriteRacingASave: a save that lands while the page writes (after
// the source is read under its lock, before it is replaced) is kept; the
// page's change is not written, and it says so.
func TestWriteRacingASave(t *testing.T) {
	var w *workspace
	var saved string
	w = newWorkspace(t, safefile.Options{BeforeReplace: func() {
		saved = w.read() + "\n# sparad mitt i\n"
		w.write(saved)
	}})
	_, page := w.get("/k/eksjo.toml?t=2020-T2")
	code, body := w.post("/k/eksjo.toml/skriv", writeForm(w.versionOf(page), "Från telefonen."))
	if code != 409 || !strings.Contains(body, "har ändrats") {
		t.Fatalf("status %d:\n%s", code, body)
	}
	if w.read() != saved {
		t.Error("the save was lost")
	}
}

// TestTwoWritesAtOnce: two tabs writing from the same page at once: one
// is written, the other refused, and neither lost unseen.
func TestTwoWritesAtOnce(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	_, page := w.get("/k/eksjo.toml?t=2020-T2")
	v := w.versionOf(page)
	var wg sync.WaitGroup
	codes := make([]int, 2)
	for i, note := range []string{"Flik ett.", "Flik två."} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i], _ = w.post("/k/eksjo.toml/skriv", writeForm(v, note))
		}()
	}
	wg.Wait()
	text := w.read()
	one, two := strings.Contains(text, "Flik ett."), strings.Contains(text, "Flik två.")
	switch {
	case codes[0] == 200 && codes[1] == 409 && one && !two:
	case codes[1] == 200 && codes[0] == 409 && two && !one:
	default:
		t.Errorf("statuses %v; note one written %v, two %v", codes, one, two)
	}
}

// TestWriteNothing: a form without a status or a note writes nothing.
func TestWriteNothing(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	before := w.read()
	_, page := w.get("/k/eksjo.toml?t=2020-T2")
	f := writeForm(w.versionOf(page), " ")
	f.Set("status", "")
	if code, body := w.post("/k/eksjo.toml/skriv", f); code != 422 || !strings.Contains(body, "inget att skriva in") {
		t.Errorf("status %d:\n%s", code, body)
	}
	f = writeForm(w.versionOf(page), "x")
	f.Set("aktivitet", "9-9")
	if code, _ := w.post("/k/eksjo.toml/skriv", f); code != 422 {
		t.Errorf("an activity that is not there: status %d", code)
	}
	if w.read() != before {
		t.Error("written")
	}
}

// multipartBooks is a form with workbooks as a browser sends it.
func multipartBooks(t *testing.T, books map[string][]byte) (*bytes.Buffer, string) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	mw.WriteField("t", "2020-T2")
	for name, data := range books {
		part, err := mw.CreateFormFile("arbetsbok", name)
		if err != nil {
			t.Fatal(err)
		}
		part.Write(data)
	}
	mw.Close()
	return &b, mw.FormDataContentType()
}

// TestUploadLimits: workbooks beyond import's limits are refused before
// they are read in full, and nothing is written.
func TestUploadLimits(t *testing.T) {
	w := newWorkspace(t, safefileOptions())
	big := bytes.Repeat([]byte("x"), 21<<20)
	many := map[string][]byte{}
	for i := range maxBooks + 1 {
		many[strings.Repeat("a", i+1)+".xlsx"] = []byte("PK")
	}
	for name, books := range map[string]map[string][]byte{
		"one too large": {"stor.xlsx": big},
		"too many":      many,
	} {
		t.Run(name, func(t *testing.T) {
			body, ct := multipartBooks(t, books)
			code, page, _ := w.do(w.request("POST", "/k/eksjo.toml/forhandsgranska", body, ct))
			if code != 413 || !strings.Contains(page, "för stora") {
				t.Errorf("status %d:\n%s", code, page)
			}
		})
	}
	body, ct := multipartBooks(t, nil)
	if code, page, _ := w.do(w.request("POST", "/k/eksjo.toml/forhandsgranska", body, ct)); code != 422 || !strings.Contains(page, "Välj minst en") {
		t.Errorf("no workbooks: status %d:\n%s", code, page)
	}
}
