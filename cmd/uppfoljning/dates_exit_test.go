package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	nethtml "golang.org/x/net/html"

	"uppfoljning/internal/report/reporttest"
)

// TestSourceDateEpochInAllOutputs builds with a SOURCE_DATE_EPOCH years
// in the past and reads the creation date back from each output as its
// readers do: poppler for the PDF (its information and XMP), the
// workbook's core properties, the page's dcterms.created. A build that
// wrote the current time instead would show it.
func TestSourceDateEpochInAllOutputs(t *testing.T) {
	const epoch, want = "1000000000", "2001-09-09T01:46:40Z" // long before any build
	t.Setenv("SOURCE_DATE_EPOCH", epoch)
	dir := t.TempDir()
	c := &cli{stdout: io.Discard, stderr: io.Discard, rename: os.Rename}
	if code := exitCode(c.dispatch([]string{"build", "-format", "pdf,xlsx,html", "-out", dir, example})); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	base := filepath.Join(dir, "eksjo-2020-2021-2020-T1")

	pdfinfo := reporttest.Tool(t, "pdfinfo")
	info, err := exec.Command(pdfinfo, "-isodates", base+".pdf").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"CreationDate", "ModDate"} {
		if !regexp.MustCompile(`(?m)^` + key + `: +` + regexp.QuoteMeta(want) + `$`).Match(info) {
			t.Errorf("the PDF's %s is not %s:\n%s", key, want, info)
		}
	}
	meta, err := exec.Command(pdfinfo, "-meta", base+".pdf").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"} {
		if !strings.Contains(string(meta), "<"+key+">"+want+"</"+key+">") {
			t.Errorf("the PDF's XMP %s is not %s", key, want)
		}
	}

	core := zipPart(t, base+".xlsx", "docProps/core.xml")
	for _, key := range []string{"dcterms:created", "dcterms:modified"} {
		if !regexp.MustCompile(`<` + key + `[^>]*>` + regexp.QuoteMeta(want) + `</` + key + `>`).MatchString(core) {
			t.Errorf("the workbook's %s is not %s:\n%s", key, want, core)
		}
	}

	page, err := os.ReadFile(base + ".html")
	if err != nil {
		t.Fatal(err)
	}
	root, err := nethtml.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	created := ""
	var find func(n *nethtml.Node)
	find = func(n *nethtml.Node) {
		if n.Type == nethtml.ElementNode && n.Data == "meta" {
			name, content := "", ""
			for _, a := range n.Attr {
				switch a.Key {
				case "name":
					name = a.Val
				case "content":
					content = a.Val
				}
			}
			if name == "dcterms.created" {
				created = content
			}
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			find(k)
		}
	}
	find(root)
	if created != want {
		t.Errorf("the page's dcterms.created is %q, want %s", created, want)
	}
}

// zipPart reads one part of a zip file.
func zipPart(t *testing.T, path, name string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("%s has no %s", path, name)
	return ""
}

// TestExitCodeWorstOfSeveral builds several sources, each refused, not
// written or built: the exit status is the worst, and bad input (which
// the user can fix) outranks a file that could not be written.
func TestExitCodeWorstOfSeveral(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1588291200")
	bad := "../../internal/report/testdata/bad/status-unknown.toml"
	good := "../../internal/report/testdata/good/years.toml"
	for _, c := range []struct {
		name    string
		sources []string
		want    int
	}{
		{"built", []string{good}, exitOK},
		{"refused", []string{bad}, exitBadInput},
		{"not written", []string{example}, exitFailure},
		{"refused, then not written", []string{bad, example}, exitBadInput},
		{"not written, then refused", []string{example, bad}, exitBadInput},
		{"not written, then built", []string{example, good}, exitFailure},
	} {
		t.Run(c.name, func(t *testing.T) {
			var errOut bytes.Buffer
			cl := &cli{stdout: io.Discard, stderr: &errOut, rename: func(from, to string) error {
				if strings.Contains(to, "eksjo") {
					os.Remove(from)
					return fmt.Errorf("rename %s: %w", to, errors.New("disken är full"))
				}
				return os.Rename(from, to)
			}}
			args := append([]string{"build", "-format", "pdf", "-out", t.TempDir()}, c.sources...)
			if got := exitCode(cl.dispatch(args)); got != c.want {
				t.Errorf("exit %d, want %d\n%s", got, c.want, errOut.String())
			}
		})
	}
}
