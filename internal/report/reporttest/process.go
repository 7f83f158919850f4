package reporttest

import (
	"context"
	"os/exec"
	"testing"
	"time"

	"uppfoljning/internal/procgroup"
)

// Command is the command a test runs for an outside program that starts
// others (LibreOffice's soffice.bin, Chromium under node, Wine): it runs
// in a process group of its own, and that group ends, with every process
// still in it, when limit has passed or the test ends, whichever comes
// first. Nothing it started outlives the test, even when the test fails
// or gives up waiting.
func Command(t testing.TB, limit time.Duration, name string, args ...string) *exec.Cmd {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), limit)
	cmd := procgroup.Command(ctx, name, args...)
	t.Cleanup(func() {
		cancel()
		procgroup.Kill(cmd) // what it left running after it ended
	})
	return cmd
}
