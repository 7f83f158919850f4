package main

import (
	"errors"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// pending holds the temporary files being written, so that an interrupted
// run can remove them.
var pending sync.Map

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
			pending.Range(func(name, _ any) bool {
				os.Remove(name.(string))
				return true
			})
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

// writeFile writes a file so that a reader never sees it half written:
// into a temporary file in the same folder, synced, then renamed over the
// old one. If write fails, or the process dies, the previous file is
// untouched and no partial file is left under the final name.
func (c *cli) writeFile(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	pattern := "." + filepath.Base(path) + ".*.tmp"
	// A run killed outright (SIGKILL, power cut) leaves its temporary
	// file; the next write of the same file clears it away.
	if stale, _ := filepath.Glob(filepath.Join(dir, pattern)); len(stale) > 0 {
		for _, s := range stale {
			os.Remove(s)
		}
	}
	tmp, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return fail(msg.CannotWriteFolder, dir, report.PlainOSError(err))
	}
	pending.Store(tmp.Name(), true)
	renamed := false
	defer func() { // also when write panics
		pending.Delete(tmp.Name())
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fail(msg.CannotSave, path, report.PlainOSError(err))
	}
	if err := tmp.Sync(); err != nil {
		return fail(msg.CannotSave, path, report.PlainOSError(err))
	}
	if err := tmp.Close(); err != nil {
		return fail(msg.CannotSave, path, report.PlainOSError(err))
	}
	if err := c.rename(tmp.Name(), path); err != nil {
		if isLocked(err) {
			return msg.Wrap(errLocked, msg.FileLocked, path)
		}
		return fail(msg.CannotSave, path, report.PlainOSError(err))
	}
	renamed = true
	return nil
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
