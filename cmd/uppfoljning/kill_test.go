package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain lets the test binary run an import that stops where the
// environment says (UPPFOLJNING_STOP: "lock", under the source's lock
// before it is checked; "rename", with the new source written to its
// temporary file), says "stopped" and waits there to be killed.
func TestMain(m *testing.M) {
	if at, ok := os.LookupEnv("UPPFOLJNING_STOP"); ok {
		stop := func() {
			fmt.Println("stopped")
			io.Copy(io.Discard, os.Stdin) // until killed
			os.Exit(3)
		}
		c := &cli{stdout: io.Discard, stderr: os.Stderr, rename: os.Rename}
		switch at {
		case "lock":
			c.beforeReplace = stop
		case "rename":
			c.rename = func(from, to string) error {
				if strings.HasSuffix(to, ".toml") && !strings.Contains(to, ".versioner") {
					stop()
				}
				return os.Rename(from, to)
			}
		}
		os.Exit(c.runArgs(os.Args[len(os.Args)-3:]...))
	}
	os.Exit(m.Run())
}

// An import killed outright, under the lock or with the new text written
// but not yet in place, leaves the source as it was and its lock free; the
// next import clears the dead one's temporary file and writes every note.
func TestImportKilled(t *testing.T) {
	for _, at := range []string{"lock", "rename"} {
		t.Run(at, func(t *testing.T) {
			src, books, notes := roundBooks(t, 1)
			before, _ := os.ReadFile(src)
			cmd := exec.Command(os.Args[0], "-test.run=^$", "import", src, books[0])
			cmd.Env = append(os.Environ(), "UPPFOLJNING_STOP="+at)
			in, _ := cmd.StdinPipe()
			out, _ := cmd.StdoutPipe()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, _ := bufio.NewReader(out).ReadString('\n')
			cmd.Process.Kill()
			in.Close()
			cmd.Wait()
			if line != "stopped\n" {
				t.Fatalf("the import did not stop where it should: %q", line)
			}
			if after, _ := os.ReadFile(src); string(after) != string(before) {
				t.Error("the killed import changed the source")
			}
			temps, _ := filepath.Glob(filepath.Join(filepath.Dir(src), ".eksjo.toml.*.tmp"))
			if want := map[string]int{"lock": 0, "rename": 1}[at]; len(temps) != want {
				t.Errorf("%d temporary files after the kill, want %d", len(temps), want)
			}
			c, _, errOut := hooked()
			c.waiting = func() { t.Error("the killed import's lock is still held") }
			if code := c.runArgs("import", src, books[0]); code != exitOK {
				t.Fatalf("the next import: exit %d\n%s", code, errOut)
			}
			if l := lost(t, src, notes); len(l) > 0 {
				t.Errorf("notes lost: %q", l)
			}
			if temps, _ := filepath.Glob(filepath.Join(filepath.Dir(src), ".eksjo.toml.*.tmp")); len(temps) > 0 {
				t.Errorf("the dead import's temporary file stayed: %v", temps)
			}
		})
	}
}
