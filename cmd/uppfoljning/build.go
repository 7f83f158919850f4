package main

import (
	"errors"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
)

const defaultFormats = "pdf,xlsx"

func formatNames() string {
	names := make([]string, len(round.Formats))
	for i, f := range round.Formats {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}

// buildOptions say how sources are built, or checked.
type buildOptions struct {
	template *report.Template
	created  time.Time
	tertial  tertialFlag // unset: each source's latest tertial
	formats  []round.Format
	outDir   string
	// write is false for check: the reports are made, to hear their
	// warnings, but not written.
	write bool
}

// buildFlags reads the flags build and check share.
func (c *cli) buildFlags(cmd string, help msg.Key, args []string, opts *buildOptions) ([]string, bool, error) {
	var templatePath string
	formatList := defaultFormats
	fs := newFlags(cmd)
	fs.tertial(&opts.tertial)
	fs.string("format", &formatList)
	fs.string("template", &templatePath)
	if opts.write {
		fs.string("out", &opts.outDir)
	}
	sources, done, err := c.files(fs, help, args)
	if done {
		return nil, true, err
	}
	if opts.formats, err = parseFormats(formatList); err != nil {
		return nil, true, err
	}
	if opts.created, err = sourceDate(); err != nil {
		return nil, true, err
	}
	if opts.template, err = loadTemplate(templatePath); err != nil {
		return nil, true, err
	}
	return sources, false, nil
}

func (c *cli) build(args []string) error {
	opts := buildOptions{outDir: "out", write: true}
	sources, done, err := c.buildFlags("build", msg.HelpBuild, args, &opts)
	if done {
		return err
	}
	tuneGC()
	if c.onlyWorkbooks(sources) {
		return told([]error{bad(msg.FileIsWorkbook, sources[0])}) // told; no folder made for nothing
	}
	if err := round.CheckFolder(opts.outDir); err != nil {
		return err
	}
	return c.buildAll(sources, opts)
}

// buildAll builds each source; a source that is refused does not stop
// the others.
func (c *cli) buildAll(sources []string, opts buildOptions) error {
	if opts.write {
		defer c.removeOnInterrupt()()
	}
	written := map[string]string{}
	var errs []error
	for _, src := range sources {
		if err := c.buildOneSafely(src, opts, written); err != nil {
			errs = append(errs, err)
		}
	}
	return told(errs)
}

// buildOneSafely builds one source; should a library fail with a panic, it
// is told as an error of that source, and the other sources are built.
func (c *cli) buildOneSafely(path string, opts buildOptions, written map[string]string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fail(msg.InternalErrorSource, path, p)
			c.tellErr(err)
		}
	}()
	return c.buildOne(path, opts, written)
}

// buildOne builds the reports of one source and tells what it wrote and
// what went wrong. The error it returns has been told.
func (c *cli) buildOne(path string, opts buildOptions, written map[string]string) error {
	tell := func(err error) error {
		c.tellErr(err)
		return err
	}
	src, err := c.loadSource(path, opts.template)
	if err != nil {
		return tell(err)
	}
	tertial := c.choose(&opts.tertial, src, src.DefaultTertial)
	doc, err := report.NewDocument(src, opts.template, tertial, opts.created)
	if err != nil {
		return tell(err)
	}
	c.warnMissing(src, doc)
	if !src.Settled.IsZero() && !src.SettledFor(tertial) {
		c.tellWarning(doc.Warning(src.Date.Span, msg.New(msg.DateNotShown, src.Date.S,
			src.DefaultTertial().Name(), tertial.Name())))
	}
	warned := map[string]bool{}
	warn := func(w report.Warning) {
		if s := w.In(c.lang); !warned[s] {
			warned[s] = true
			c.tellWarning(w)
		}
	}
	var errs []error
	for _, f := range opts.formats {
		if !opts.write {
			// check: the reports are made, to hear their warnings.
			warnings, err := f.Render(io.Discard, doc)
			for _, w := range warnings {
				warn(w)
			}
			if err != nil {
				errs = append(errs, tell(fail(msg.InternalErrorSource, path, err)))
			}
			continue
		}
		out := round.OutputPath(doc, f, opts.outDir)
		if other, ok := written[out]; ok && other != path {
			return tell(bad(msg.SameName, path, out, other))
		}
		if err := round.WriteOutput(doc, f, out, c.fileOptions(), warn); err != nil {
			errs = append(errs, tell(err))
			continue
		}
		written[out] = path
		c.print(c.stdout, out)
	}
	return errors.Join(errs...)
}

// tuneGC lets the heap grow further between collections than Go's default:
// a build is short and allocates much that it soon drops (a fifth less time
// for the example). A soft cap keeps a large report near 300 MB; one whose
// live data is larger still builds. GOGC and GOMEMLIMIT, when set, rule.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(300 << 20)
	}
}
