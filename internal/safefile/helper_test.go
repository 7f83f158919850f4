package safefile

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMain lets the test binary stand in for another process: with
// SAFEFILE_HELPER=lock:PATH it takes PATH's lock, says "locked" and waits
// until its standard input closes; with SAFEFILE_HELPER=wait it only
// waits.
func TestMain(m *testing.M) {
	if how, ok := os.LookupEnv("SAFEFILE_HELPER"); ok {
		if path, ok := strings.CutPrefix(how, "lock:"); ok {
			if _, err := LockFile(path, nil); err != nil {
				fmt.Println(err)
				os.Exit(1)
			}
		}
		fmt.Println("locked")
		io.Copy(io.Discard, os.Stdin)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// otherProcess starts the test binary as another process doing how, and
// returns once it has done it. stop ends it: kill outright or let it end.
func otherProcess(t *testing.T, how string) (pid int, stop func(kill bool)) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "SAFEFILE_HELPER="+how)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if line != "locked\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("the other process says %q", line)
	}
	stopped := false
	stop = func(kill bool) {
		if stopped {
			return
		}
		stopped = true
		if kill {
			cmd.Process.Kill()
		}
		in.Close()
		cmd.Wait()
	}
	t.Cleanup(func() { stop(true) })
	return cmd.Process.Pid, stop
}
