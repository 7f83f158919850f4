package main

import (
	"bufio"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"uppfoljning/internal/procgroup"
)

// TestEndSlowTests: a test binary of the package's name in gremlins'
// group that has run past the limit, or holds more memory than allowed,
// is ended; a younger one, one of another name, and one in another group
// are not.
func TestEndSlowTests(t *testing.T) {
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep command")
	}
	data, err := os.ReadFile(sleep)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"report.test", "pdf.test"} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// start runs script in a group of its own, its output going to the
	// pipe it returns, and reads the process ids it prints first.
	start := func(script string) (*exec.Cmd, *os.File, []int) {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Close() })
		cmd := procgroup.Command(t.Context(), "sh", "-c", script)
		cmd.Dir, cmd.Stdout = dir, w
		err = cmd.Start()
		w.Close()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { procgroup.Kill(cmd); cmd.Wait() })
		line, err := bufio.NewReader(r).ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		var pids []int
		for _, f := range strings.Fields(line) {
			pid, err := strconv.Atoi(f)
			if err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			pids = append(pids, pid)
		}
		return cmd, r, pids
	}
	// The slow one holds the pipe until it ends.
	group, out, pids := start("./report.test 3600 & t=$!; ./pdf.test 3600 >/dev/null 2>&1 & echo $t $!; exec >&-; wait")
	other, _, young := start("./report.test 3600 >/dev/null 2>&1 & echo $!; wait")
	seen := map[string]time.Time{}
	now := time.Now()
	if got := slowTests(group.Process.Pid, "report.test", seen, now, time.Minute, 1<<40); len(got) != 0 {
		t.Errorf("first seen: %v", got)
	}
	if got := slowTests(group.Process.Pid, "report.test", seen, now.Add(time.Minute), time.Minute, 1<<40); len(got) != 0 {
		t.Errorf("at the limit: %v", got)
	}
	if got := slowTests(group.Process.Pid, "report.test", seen, now.Add(time.Minute+1), time.Minute, 1<<40); len(got) != 1 || got[0] != pids[0] {
		t.Errorf("past the limit: %v, want [%d]", got, pids[0])
	}
	// A process that holds more memory than allowed is ended at once.
	if got := slowTests(group.Process.Pid, "report.test", map[string]time.Time{}, now, time.Minute, 0); len(got) != 1 || got[0] != pids[0] {
		t.Errorf("over the memory limit: %v, want [%d]", got, pids[0])
	}
	ctx, cancel := context.WithCancel(t.Context())
	ended := make(chan int, 2)
	go endSlowTests(ctx, other.Process.Pid, "report.test", time.Hour, ended)
	go endSlowTests(ctx, group.Process.Pid, "report.test", 0, ended)
	io.Copy(io.Discard, out) // until the slow one has ended
	cancel()
	if n := <-ended + <-ended; n != 1 {
		t.Errorf("ended %d, want 1", n)
	}
	if !running(pids[1]) {
		t.Error("pdf.test was ended")
	}
	if !running(young[0]) {
		t.Error("the test binary younger than the limit was ended")
	}
}

// running tells whether pid runs: it exists and is not a zombie.
func running(pid int) bool {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	return len(f) > 0 && f[0] != "Z"
}
