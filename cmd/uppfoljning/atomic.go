package main

import (
	"errors"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/safefile"
)

// removeOnInterrupt makes Ctrl-C or a termination signal remove the
// temporary files of the outputs being written before the process ends.
// The returned function stops listening.
func (c *cli) removeOnInterrupt() (stop func()) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-signals:
			safefile.RemovePending()
			c.say(c.stderr, msg.Interrupted)
			os.Exit(exitFailure)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(signals)
		close(done)
	}
}

// errLocked is a file that another program holds open, so that it cannot
// be replaced (the PDF open in a reader, the workbook in Excel, on
// Windows).
var errLocked = errors.New("the file is open in another program")

// whole tells an error of writeFile that names the file and says what to
// do itself, so that it is told as it is.
func whole(err error) bool { return errors.Is(err, errLocked) || errors.Is(err, safefile.ErrFolder) }

// writeFile writes a file so that a reader never sees it half written
// (see safefile.Write): if write fails, or the process dies, the previous
// file is untouched and no partial file is left under the final name.
func (c *cli) writeFile(path string, write func(io.Writer) error) error {
	err := safefile.Write(path, write, c.fileOptions())
	var fe *safefile.Error
	switch {
	case err == nil:
		return nil
	case errors.Is(err, safefile.ErrFolder):
		return msg.Wrap(err, msg.OutputIsFolder, path)
	case !errors.As(err, &fe):
		return err // the writer's own
	case fe.InFolder:
		return fail(msg.CannotWriteFolder, filepath.Dir(path), report.PlainOSError(fe.Err))
	case isLocked(fe.Err):
		return msg.Wrap(errLocked, msg.FileLocked, path)
	}
	return fail(msg.CannotSave, path, report.PlainOSError(fe.Err))
}

// fileOptions are how this run writes files.
func (c *cli) fileOptions() safefile.Options {
	return safefile.Options{Rename: c.rename, Waiting: c.waiting, BeforeReplace: c.beforeReplace}
}

// checkFolder makes the output folder if needed and checks that files can
// be made in it, so that a folder that cannot be written is one error
// rather than one per report.
func checkFolder(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fail(msg.CannotMakeFolder, dir, report.PlainOSError(err))
	}
	probe, err := os.CreateTemp(dir, ".uppfoljning-*.tmp")
	if err != nil {
		return fail(msg.CannotWriteFolder, dir, report.PlainOSError(err))
	}
	probe.Close()
	return os.Remove(probe.Name())
}
