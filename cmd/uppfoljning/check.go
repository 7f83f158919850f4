package main

import (
	"uppfoljning/internal/msg"
)

// check checks each source as build would build it, and tells the same
// problems and warnings, but writes nothing.
func (c *cli) check(args []string) error {
	opts := buildOptions{}
	sources, done, err := c.buildFlags("check", msg.HelpCheck, args, &opts)
	if done {
		return err
	}
	var errs []error
	for _, path := range sources {
		if err := c.buildOneSafely(path, opts, nil); err != nil {
			errs = append(errs, err)
			continue
		}
		c.say(c.stdout, msg.CheckOK, path)
	}
	return told(errs)
}
