//go:build unix

package reporttest

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCommandEndsWithTheTest starts a command that leaves a process
// behind; once the test that started it ends, the process must be gone.
// The command's output is a pipe that reads to its end when every process
// given it has ended.
func TestCommandEndsWithTheTest(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var pid int
	t.Run("left behind", func(t *testing.T) {
		defer w.Close()
		cmd := Command(t, time.Minute, "sh", "-c", "sleep 600 2>/dev/null & echo $! >&2")
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = w, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("sh: %v", err)
		}
		if pid, err = strconv.Atoi(strings.TrimSpace(stderr.String())); err != nil {
			t.Fatal(err)
		}
	})
	r.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.Copy(io.Discard, r); err != nil {
		syscall.Kill(pid, syscall.SIGKILL)
		t.Errorf("the process a command left behind (%d) still runs after its test ended", pid)
	}
}
