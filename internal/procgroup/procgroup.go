// Package procgroup runs a command so that it can be ended together with
// every process it started: go test and the test binary it builds,
// soffice and soffice.bin, node and Chromium, wine64 and the program it
// runs. exec.CommandContext ends only the command's own process; what that
// process started runs on, often at full speed, until it ends by itself.
package procgroup

import (
	"context"
	"os/exec"
)

// Command is exec.CommandContext, but the command starts in a process group
// of its own, and the end of ctx ends the whole group rather than the
// command's process alone.
func Command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	setGroup(cmd)
	cmd.Cancel = func() error { return Kill(cmd) }
	return cmd
}
