//go:build unix

package procgroup

import (
	"errors"
	"os"
	"os/exec"
	"syscall"
)

// setGroup starts cmd as the leader of a new process group, whose id is
// its process id; the processes it starts join the group unless they leave
// it themselves (a daemon such as wineserver does).
func setGroup(cmd *exec.Cmd) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Setpgid = true
}

// Kill ends at once every process still in cmd's group, also after cmd's
// own process has ended: what it left behind. It returns os.ErrProcessDone
// when none is left.
func Kill(cmd *exec.Cmd) error { return signal(cmd, syscall.SIGKILL) }

// Interrupt asks every process in cmd's group to stop, as Ctrl-C in a
// terminal does, so that each can clean up first.
func Interrupt(cmd *exec.Cmd) error { return signal(cmd, syscall.SIGINT) }

func signal(cmd *exec.Cmd, sig syscall.Signal) error {
	if cmd.Process == nil {
		return nil
	}
	err := syscall.Kill(-cmd.Process.Pid, sig)
	if errors.Is(err, syscall.ESRCH) {
		return os.ErrProcessDone
	}
	return err
}
