//go:build windows

package procgroup

import (
	"os/exec"
	"strconv"
)

// setGroup has nothing to set on Windows: Kill finds the processes cmd
// started by their parent's id.
func setGroup(*exec.Cmd) {}

// Kill ends cmd's process and every process it started, and they started,
// with taskkill /T. Windows knows a process's children only while it runs:
// what cmd leaves behind after it ends is not found. It returns
// os.ErrProcessDone when cmd's process has ended.
func Kill(cmd *exec.Cmd) error {
	if cmd.Process == nil {
		return nil
	}
	if exec.Command("taskkill", "/T", "/F", "/PID", strconv.Itoa(cmd.Process.Pid)).Run() == nil {
		return nil
	}
	return cmd.Process.Kill()
}

// Interrupt is Kill on Windows: a console's Ctrl-C cannot be sent to
// another process's group without sharing its console.
func Interrupt(cmd *exec.Cmd) error { return Kill(cmd) }
