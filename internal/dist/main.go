// Command dist writes the zip files a coordinator downloads: for each
// system, the program, the example source, the Swedish guides as web pages
// and a Swedish quick-start (SNABBSTART.txt), in
// dist/uppfoljning-<version>-<os>-<arch>.zip.
//
//	go run ./internal/dist -version v1.2.0
//
// It is run by "make dist" from the module's root. The programs are pure Go
// (no cgo) and built with -trimpath; the zips' entries are sorted and
// dated SOURCE_DATE_EPOCH (or the last commit's date), so the same source
// and version give the same bytes.
package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// targets are the systems a zip is made for.
var targets = []struct{ goos, goarch string }{
	{"windows", "amd64"}, {"windows", "arm64"}, {"darwin", "arm64"}, {"darwin", "amd64"}, {"linux", "amd64"},
}

func main() {
	version := flag.String("version", "dev", "the version written into the program and the zips' names")
	out := flag.String("out", "dist", "the folder to write the zips into")
	flag.Parse()
	if err := run(*version, *out); err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
}

func run(version, out string) error {
	date, err := zipDate()
	if err != nil {
		return err
	}
	shared, err := sharedFiles()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "uppfoljning-dist-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for _, t := range targets {
		exe := "uppfoljning"
		if t.goos == "windows" {
			exe += ".exe"
		}
		bin := filepath.Join(tmp, t.goos+"-"+t.goarch, exe)
		cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false",
			"-ldflags", "-s -w -buildid= -X main.version="+version, "-o", bin, "./cmd/uppfoljning")
		cmd.Env = append(os.Environ(), "GOOS="+t.goos, "GOARCH="+t.goarch, "CGO_ENABLED=0")
		if msg, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("build for %s/%s: %v\n%s", t.goos, t.goarch, err, msg)
		}
		program, err := os.ReadFile(bin)
		if err != nil {
			return err
		}
		files := map[string][]byte{exe: program}
		for name, data := range shared {
			files[name] = data
		}
		name := filepath.Join(out, fmt.Sprintf("uppfoljning-%s-%s-%s.zip", version, t.goos, t.goarch))
		if err := writeZip(name, "uppfoljning-"+version, files, exe, date); err != nil {
			return err
		}
		fmt.Println(name)
	}
	return nil
}

// sharedFiles are what every zip holds besides the program: the example,
// the Swedish guides and the quick-start, by their names in the zip.
func sharedFiles() (map[string][]byte, error) {
	files := map[string][]byte{}
	add := func(from, to string) error {
		data, err := os.ReadFile(from)
		if err != nil {
			return err
		}
		files[to] = data
		return nil
	}
	if err := add("internal/dist/SNABBSTART.txt", "SNABBSTART.txt"); err != nil {
		return nil, err
	}
	if err := add("examples/eksjo-2020-2021.toml", "exempel/eksjo-2020-2021.toml"); err != nil {
		return nil, err
	}
	for _, guide := range guides {
		data, err := os.ReadFile(filepath.Join("docs", guide+".md"))
		if err != nil {
			return nil, err
		}
		files["dokumentation/"+guide+".html"] = []byte(renderPage(string(data)))
	}
	return files, nil
}

// guides are the documents a coordinator reads, in Swedish, from docs/;
// each goes into the zips as a page of its own (see markdown.go). The
// English documents are for those who work on the program.
var guides = []string{"kallfilens-format", "tertialens-arbetsgang"}

// zipDate is the time every entry of the zips carries: SOURCE_DATE_EPOCH,
// or the last commit's, or the start of 2020.
func zipDate() (time.Time, error) {
	if v := os.Getenv("SOURCE_DATE_EPOCH"); v != "" {
		sec, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", v)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	if out, err := exec.Command("git", "log", "-1", "--format=%ct").Output(); err == nil {
		if sec, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64); err == nil {
			return time.Unix(sec, 0).UTC(), nil
		}
	}
	return time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), nil
}

// writeZip writes files into a folder of the zip, sorted by name, all
// dated date; the program is executable.
func writeZip(name, folder string, files map[string][]byte, exe string, date time.Time) error {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		h := &zip.FileHeader{Name: folder + "/" + n, Method: zip.Deflate, Modified: date}
		mode := fs.FileMode(0o644)
		if n == exe {
			mode = 0o755
		}
		h.SetMode(mode)
		w, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := w.Write(files[n]); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(name, buf.Bytes(), 0o644)
}
