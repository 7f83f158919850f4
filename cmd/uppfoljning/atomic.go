package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
)

// pending holds the temporary files being written, so that an interrupted
// build can remove them.
var pending sync.Map

// removeOnInterrupt makes Ctrl-C or a termination signal remove the
// temporary files of the outputs being written before the process ends.
// The returned function stops listening.
func removeOnInterrupt() (stop func()) {
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
			fmt.Fprintln(os.Stderr, "uppfoljning: interrupted; the reports being written were not changed")
			os.Exit(exitFailure)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(signals)
		close(done)
	}
}

// writeFileAtomic writes a file so that a reader never sees it half
// written: into a temporary file in the same folder, synced, then renamed
// over the old one. If write fails, or the process dies, the previous
// file is untouched and no partial file is left under the final name.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	pattern := "." + filepath.Base(path) + ".*.tmp"
	// A build killed outright (SIGKILL, power cut) leaves its temporary
	// file; the next build of the same report clears it away.
	if stale, _ := filepath.Glob(filepath.Join(dir, pattern)); len(stale) > 0 {
		for _, s := range stale {
			os.Remove(s)
		}
	}
	tmp, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, unwrapPath(err))
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
		return err
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("cannot save %s: %w", path, unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot save %s: %w", path, unwrapPath(err))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot save %s: %w", path, unwrapPath(err))
	}
	renamed = true
	return nil
}

// checkOutputFolder makes the folder if needed and checks that files can
// be made in it, so that a folder that cannot be written is one error
// rather than one per report.
func checkOutputFolder(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot make the output folder %s: %w", dir, unwrapPath(err))
	}
	probe, err := os.CreateTemp(dir, ".uppfoljning-*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write in the output folder %s: %w", dir, unwrapPath(err))
	}
	probe.Close()
	return os.Remove(probe.Name())
}

// unwrapPath drops the temporary file's name from an error: the user never
// asked for that file.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
