package main

import (
	"os"
	"os/signal"
	"syscall"

	"uppfoljning/internal/msg"
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

// fileOptions are how this run writes files.
func (c *cli) fileOptions() safefile.Options {
	return safefile.Options{Rename: c.rename, Waiting: c.waiting, BeforeReplace: c.beforeReplace}
}
