package main

import (
	"errors"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/cli/browser"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/web"
)

// serve opens the workspace on a folder, or on a source's page.
func (c *cli) serve(args []string) error {
	addr, templatePath := "127.0.0.1:0", ""
	var noBrowser bool
	fs := newFlags("serve")
	fs.string("addr", &addr)
	fs.bool("no-browser", &noBrowser)
	fs.string("template", &templatePath)
	files, wantHelp, err := fs.parse(args) // no file: the current folder
	switch {
	case err != nil:
		return err
	case wantHelp:
		c.say(c.stdout, msg.HelpServe)
		return nil
	}
	if len(files) > 1 {
		return bad(msg.OneFile, len(files))
	}
	tpl, err := loadTemplate(templatePath)
	if err != nil {
		return err
	}
	folder, page := ".", "/"
	if len(files) == 1 {
		folder, page, err = workspaceOf(files[0])
		if err != nil {
			return err
		}
	}
	return c.serveFolder(folder, page, addr, !noBrowser, tpl)
}

// workspaceOf is the folder to open for a path given, and the page: a
// folder's start page, or a source's own.
func workspaceOf(path string) (folder, page string, err error) {
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return "", "", report.ErrorList{{File: path, Msg: msg.New(msg.CannotReadFile, report.PlainOSError(err))}}
	case st.IsDir():
		return path, "/", nil
	}
	return filepath.Dir(path), "/k/" + url.PathEscape(filepath.Base(path)), nil
}

// serveFolder serves the workspace until Ctrl-C or the console window is
// closed, and opens it in the browser.
func (c *cli) serveFolder(folder, page, addr string, open bool, tpl *report.Template) error {
	l, err := web.Listen(addr)
	var busy *net.OpError // a loopback address, but taken or not allowed
	switch {
	case errors.As(err, &busy):
		return bad(msg.WebCannotListen, addr)
	case err != nil:
		return bad(msg.WebNotLoopback, addr)
	}
	if abs, err := filepath.Abs(folder); err == nil {
		folder = abs
	}
	today, err := todayFunc()
	if err != nil {
		l.Close()
		return err
	}
	srv, err := web.New(web.Config{Folder: folder, Template: tpl, Lang: c.lang, Today: today,
		Recent: recentFile(), Files: c.fileOptions()})
	if err != nil {
		l.Close()
		return err
	}
	srv.SetAddr(l.Addr().(*net.TCPAddr))
	address := srv.URL(page)
	c.say(c.stdout, msg.WebServing)
	c.print(c.stdout, address)
	if open {
		browser.Stdout, browser.Stderr = io.Discard, io.Discard
		if err := browser.OpenURL(address); err != nil {
			c.say(c.stderr, msg.WebNoBrowser, err)
		}
	}
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(signals)
	go func() {
		<-signals
		srv.Shutdown()
	}()
	if c.serving != nil {
		c.serving(srv)
	}
	return srv.Serve(l)
}

// todayFunc is the day the workspace dates by: SOURCE_DATE_EPOCH's, or
// the clock's each time it is asked.
func todayFunc() (func() time.Time, error) {
	if v := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH")); v != "" {
		t, err := sourceDate()
		return func() time.Time { return t }, err
	}
	return func() time.Time { return time.Now().UTC().Truncate(time.Second) }, nil
}

// recentFile is where the folders opened before are remembered: in the
// user's configuration folder, or nowhere when there is none.
func recentFile() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "uppfoljning", "mappar.txt")
}

// serveOwnFolder opens the workspace on the folder the program is in, as
// a double click in the file manager does. Should it not start, the
// window stays until Enter, so that the reason can be read.
func (c *cli) serveOwnFolder() error {
	folder := "."
	if exe, err := os.Executable(); err == nil {
		folder = filepath.Dir(exe)
	}
	tpl, err := loadTemplate("")
	if err == nil {
		err = c.serveFolder(folder, "/", "127.0.0.1:0", true, tpl)
	}
	if err != nil {
		c.tellErr(err)
		c.waitIfOwnConsole()
		return reported{err}
	}
	return nil
}
