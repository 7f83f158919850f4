package main

import (
	"bufio"
	"path/filepath"

	"uppfoljning/internal/msg"
)

// dropFolder is where a source given without a command is built: a folder
// beside it.
const dropFolder = "rapporter"

// dropped builds sources named without a command, as Windows passes a file
// dropped on the program or opened with it: each into the folder
// "rapporter" beside it, with build's defaults. When the program has a
// console window of its own, it waits for Enter before it closes, so the
// person can read what happened.
func (c *cli) dropped(sources []string) error {
	defer c.waitIfOwnConsole()
	opts := buildOptions{write: true}
	var err error
	if opts.formats, err = parseFormats(defaultFormats); err != nil {
		return err
	}
	if opts.created, err = sourceDate(); err != nil {
		return err
	}
	if opts.template, err = loadTemplate(""); err != nil {
		return err
	}
	tuneGC()
	var errs []error
	for _, src := range sources {
		opts.outDir = filepath.Join(filepath.Dir(src), dropFolder)
		if err := checkFolder(opts.outDir); err != nil {
			c.tellErr(err)
			errs = append(errs, err)
			continue
		}
		if err := c.buildAll([]string{src}, opts); err != nil {
			errs = append(errs, err)
			continue
		}
		c.say(c.stdout, msg.DropBuilt, src, opts.outDir)
	}
	return told(errs)
}

// waitIfOwnConsole waits for Enter when the program runs in a console
// window that closes when it ends: started from Explorer, not from a
// terminal, and with standard input a console.
func (c *cli) waitIfOwnConsole() {
	if !ownConsole() {
		return
	}
	c.print(c.stdout, "")
	c.say(c.stdout, msg.PressEnter)
	bufio.NewReader(c.stdin).ReadString('\n')
}
