//go:build unix

package procgroup

import (
	"bufio"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startShell starts script in sh with Command, its output going to a pipe of
// which the test keeps only the reading end: the pipe reads to its end
// when every process that was given it (sh and what sh started) has ended.
// It returns the first line sh printed: the id of a process it started.
func startShell(t *testing.T, ctx context.Context, script string) (*exec.Cmd, *os.File, int) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	t.Cleanup(func() { r.Close() })
	cmd := Command(ctx, "sh", "-c", script)
	cmd.Stdout = w
	cmd.WaitDelay = 10 * time.Second // then sh is killed alone, as without a group
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(r).ReadString('\n')
	pid, perr := strconv.Atoi(strings.TrimSpace(line))
	if err != nil || perr != nil {
		t.Fatalf("sh printed %q: %v %v", line, err, perr)
	}
	return cmd, r, pid
}

// gone tells whether every process that holds the pipe has ended, or kills
// the one left when it is still there after a while.
func gone(t *testing.T, r *os.File, pid int) bool {
	t.Helper()
	r.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.Copy(io.Discard, r); err != nil {
		syscall.Kill(pid, syscall.SIGKILL)
		return false
	}
	return true
}

func TestCancelEndsTheGroup(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cmd, r, pid := startShell(t, ctx, "sleep 600 & echo $!; wait")
	cancel()
	if err := cmd.Wait(); err == nil {
		t.Error("sh ended well, though it was killed")
	}
	if !gone(t, r, pid) {
		t.Errorf("the process sh started (%d) still runs after sh's context ended", pid)
	}
}

func TestKillEndsWhatIsLeft(t *testing.T) {
	cmd, r, pid := startShell(t, t.Context(), "sleep 600 & echo $!")
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	err := Kill(cmd)
	if !gone(t, r, pid) {
		t.Errorf("the process sh left behind (%d) still runs after Kill (%v)", pid, err)
	}
}

func TestKillEmptyGroup(t *testing.T) {
	cmd := Command(t.Context(), "sh", "-c", "exit 0")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	if err := Kill(cmd); !errors.Is(err, os.ErrProcessDone) {
		t.Errorf("Kill of an empty group: %v, want os.ErrProcessDone", err)
	}
	if err := Kill(Command(t.Context(), "sh")); err != nil {
		t.Errorf("Kill of a command never started: %v", err)
	}
}
