package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
)

// dropFolder is where a source given without a command is built: a folder
// beside it.
const dropFolder = "rapporter"

// dropped builds sources named without a command, as Windows passes a file
// dropped on the program or opened with it: each into the folder
// "rapporter" beside it, with build's defaults. When the program has a
// console window of its own, it waits for Enter before it closes, so the
// person can read what happened, and then opens the workspace on the
// first source's page, which shows what the report holds or what is wrong.
func (c *cli) dropped(sources []string) error {
	err := c.buildDropped(sources)
	if !ownConsole() {
		return err
	}
	folder, page, werr := workspaceOf(sources[0])
	if werr == nil && workbook(sources[0]) {
		page = "/"
	}
	tpl, terr := loadTemplate("")
	if werr == nil && terr == nil {
		serr := c.serveFolder(folder, page, "127.0.0.1:0", true, tpl)
		if serr == nil {
			return err
		}
		c.tellErr(serr)
	}
	c.waitIfOwnConsole()
	return err
}

// buildDropped builds the sources dropped on the program.
func (c *cli) buildDropped(sources []string) error {
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
		if workbook(src) {
			// A returned workbook dropped on the program: told what to do
			// with it, and no folder made for a report.
			err := report.ErrorList{{File: src, Msg: msg.New(msg.FileIsWorkbook, src)}}
			c.tellErr(err)
			errs = append(errs, err)
			continue
		}
		opts.outDir = filepath.Join(filepath.Dir(src), dropFolder)
		if err := round.CheckFolder(opts.outDir); err != nil {
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

// workbook tells whether the file at path starts as a workbook does.
func workbook(path string) bool {
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return false // a pipe would block; it is refused as a source anyway
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4)
	n, _ := io.ReadFull(f, head)
	return report.IsWorkbook(head[:n])
}

// onlyWorkbooks tells each workbook among sources what it is, and whether
// they are all workbooks, so that nothing is left to build.
func (c *cli) onlyWorkbooks(sources []string) bool {
	all := true
	for _, src := range sources {
		if !workbook(src) {
			all = false
		}
	}
	if all {
		for _, src := range sources {
			c.tellErr(report.ErrorList{{File: src, Msg: msg.New(msg.FileIsWorkbook, src)}})
		}
	}
	return all
}
