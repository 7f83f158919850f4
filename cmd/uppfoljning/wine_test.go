package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"uppfoljning/internal/report/reporttest"
)

// bcryptprimitives stands in for a DLL that Go's runtime needs and Wine 8
// lacks: its ProcessPrng forwards to BCryptGenRandom. Real Windows 10 and
// 11 have the DLL; this is scaffolding for the test only.
const bcryptprimitives = `#include <windows.h>
#include <bcrypt.h>
BOOL WINAPI ProcessPrng(PBYTE d, SIZE_T n) {
  return BCryptGenRandom(NULL, d, (ULONG)n, BCRYPT_USE_SYSTEM_PREFERRED_RNG) == 0;
}
`

// TestWindowsUnderWine builds the Windows program and runs it under Wine,
// as a coordinator on a municipal PC would: on the example, in a folder
// with spaces and å, ä, ö, by drive-letter and relative paths with
// backslashes, as a file dropped on the program, and serving the
// workspace. Its outputs must be
// the Linux build's, byte for byte.
func TestWindowsUnderWine(t *testing.T) {
	if testing.Short() || runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		t.Skip("runs the Windows build under Wine on linux/amd64")
	}
	wine := reporttest.Tool(t, "wine64", "/usr/lib/wine/wine64")
	gcc := reporttest.Tool(t, "x86_64-w64-mingw32-gcc")
	dir := t.TempDir()

	exe := filepath.Join(dir, "uppfoljning.exe")
	build := exec.Command("go", "build", "-trimpath", "-o", exe, ".")
	build.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build for windows: %v\n%s", err, out)
	}

	prefix := filepath.Join(dir, "wine")
	env := append(os.Environ(), "WINEPREFIX="+prefix, "WINEDEBUG=-all", "SOURCE_DATE_EPOCH=1588291200",
		// Wine passes arguments to the program in the locale's code page: in UTF-8,
		// "å" arrives as "å", as from Explorer on Windows.
		"LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=")
	// wineserver, started by the first wine64, stays after the last ends:
	// it is ended before the prefix is removed.
	t.Cleanup(func() { endWineserver(t, wine, env) })
	deadline := time.Now().Add(5 * time.Minute)
	wineRun := func(workdir string, args ...string) (string, string, int) {
		t.Helper()
		cmd := reporttest.Command(t, time.Until(deadline), wine, args...)
		cmd.Env, cmd.Dir = env, workdir
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		cmd.Stdin = nil // /dev/null: not a console, so the program never waits for Enter
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("wine %v: %v\n%s", args, err, stderr.String())
		}
		return stdout.String(), stderr.String(), code
	}
	wineRun(dir, "wineboot", "-i")
	dll := filepath.Join(prefix, "drive_c", "windows", "system32", "bcryptprimitives.dll")
	os.WriteFile(filepath.Join(dir, "bcp.c"), []byte(bcryptprimitives), 0o644)
	os.WriteFile(filepath.Join(dir, "bcp.def"), []byte("LIBRARY bcryptprimitives\nEXPORTS\nProcessPrng\n"), 0o644)
	if out, err := exec.Command(gcc, "-shared", "-o", dll, filepath.Join(dir, "bcp.c"), filepath.Join(dir, "bcp.def"), "-lbcrypt").CombinedOutput(); err != nil {
		t.Fatalf("the stand-in DLL: %v\n%s", err, out)
	}

	// The example in a folder with spaces and Swedish letters.
	folder := filepath.Join(dir, "Medborgarlöften på Höglandet")
	os.MkdirAll(folder, 0o755)
	data, _ := os.ReadFile(example)
	source := filepath.Join(folder, "eksjö 2020–2021.toml")
	os.WriteFile(source, data, 0o644)
	windowsPath := func(p string) string { return "Z:" + strings.ReplaceAll(p, "/", `\`) }

	// What Linux builds, for comparison.
	t.Setenv("SOURCE_DATE_EPOCH", "1588291200")
	linuxOut := filepath.Join(dir, "linux")
	if r := runCLI(t, "build", "-format", "pdf,xlsx,html", "-out", linuxOut, source); r.code != 0 {
		t.Fatalf("linux build: %s", r.stderr)
	}

	same := func(outDir string) {
		t.Helper()
		entries, _ := os.ReadDir(linuxOut)
		for _, e := range entries {
			want, _ := os.ReadFile(filepath.Join(linuxOut, e.Name()))
			got, err := os.ReadFile(filepath.Join(outDir, e.Name()))
			if err != nil {
				t.Errorf("%s: %v", e.Name(), err)
				continue
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s from Windows differs from the Linux build's (%d bytes against %d)", e.Name(), len(got), len(want))
			}
		}
	}

	t.Run("drive letter", func(t *testing.T) {
		out := filepath.Join(folder, "ut")
		stdout, stderr, code := wineRun(dir, exe, "build", "-format", "pdf,xlsx,html", "-out", windowsPath(out), windowsPath(source))
		if code != 0 || !strings.Contains(stdout, `\ut\eksjö 2020–2021-2020-T1.pdf`) {
			t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
		}
		if !strings.Contains(stderr, "varning: ") || !strings.Contains(stderr, "aktiviteter saknar status") {
			t.Errorf("the warning is not in Swedish:\n%s", stderr)
		}
		same(out)
	})
	t.Run("relative with backslashes", func(t *testing.T) {
		_, stderr, code := wineRun(dir, exe, "build", "-format", "pdf,xlsx,html", "-out", `Medborgarlöften på Höglandet\rel\ut`, `Medborgarlöften på Höglandet\eksjö 2020–2021.toml`)
		if code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		same(filepath.Join(folder, "rel", "ut"))
	})
	t.Run("dropped on the program", func(t *testing.T) {
		stdout, stderr, code := wineRun(dir, exe, windowsPath(source))
		if code != 0 || !strings.Contains(stdout, "rapporten finns i") {
			t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
		}
		built := filepath.Join(folder, dropFolder)
		for _, ext := range []string{"pdf", "xlsx"} {
			want, _ := os.ReadFile(filepath.Join(linuxOut, "eksjö 2020–2021-2020-T1."+ext))
			got, err := os.ReadFile(filepath.Join(built, "eksjö 2020–2021-2020-T1."+ext))
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("the dropped file's %s: %v, or not the Linux build's", ext, err)
			}
		}
	})
	t.Run("the workspace", func(t *testing.T) {
		// serve prints the address to open; the Windows build answers on
		// loopback, to the key only.
		cmd := reporttest.Command(t, time.Until(deadline), wine, exe, "serve", "-no-browser", windowsPath(folder))
		cmd.Env, cmd.Dir = env, dir
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer cmd.Process.Kill()
		lines := bufio.NewScanner(stdout)
		address := ""
		for address == "" && lines.Scan() {
			if l := strings.TrimSpace(lines.Text()); strings.HasPrefix(l, "http://127.0.0.1:") {
				address = l
			}
		}
		if address == "" {
			t.Fatalf("no address printed:\n%s", stderr.String())
		}
		client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		resp, err := client.Get(address)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		cookies := resp.Cookies()
		if resp.StatusCode != http.StatusSeeOther || len(cookies) != 1 {
			t.Fatalf("the address: %s, cookies %v", resp.Status, cookies)
		}
		u, _ := url.Parse(address)
		page := "http://" + u.Host + "/k/" + url.PathEscape("eksjö 2020–2021.toml")
		req, _ := http.NewRequest("GET", page, nil)
		req.AddCookie(cookies[0])
		resp, err = client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), "Eksjö kommun") || !strings.Contains(string(body), "Saknas") {
			t.Errorf("the source's page: %s\n%.500s", resp.Status, body)
		}
		if resp, err := client.Get(page); err != nil || resp.StatusCode != http.StatusForbidden {
			t.Errorf("without the key: %v %v", resp, err)
		}
	})
	t.Run("a mistake, in Swedish", func(t *testing.T) {
		bad := filepath.Join(folder, "fel.toml")
		os.WriteFile(bad, []byte("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"Han sa \"hej\".\"\n"), 0o644)
		_, stderr, code := wineRun(dir, exe, "check", windowsPath(bad))
		if code != exitBadInput || !strings.Contains(stderr, `fel.toml:5:8: texten innehåller citattecken (")`) {
			t.Errorf("exit %d\n%s", code, stderr)
		}
	})
}

// endWineserver ends the wineserver of env's WINEPREFIX, and waits until it
// has ended. It lives next to wine64, and leaves the process group it was
// started in.
func endWineserver(t *testing.T, wine string, env []string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	server := filepath.Join(filepath.Dir(wine), "wineserver")
	if _, err := os.Stat(server); err != nil {
		if server, err = exec.LookPath("wineserver"); err != nil {
			t.Errorf("no wineserver to end: %v", err)
			return
		}
	}
	for _, arg := range []string{"-k", "-w"} {
		cmd := exec.CommandContext(ctx, server, arg)
		cmd.Env = env
		cmd.Run() // -k fails when no wineserver runs
	}
}
