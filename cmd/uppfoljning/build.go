package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/html"
	"uppfoljning/internal/report/pdf"
	"uppfoljning/internal/report/xlsx"
)

// format is one output build can write.
type format struct {
	name, ext string
	report.Renderer
}

// formats are the outputs build can write, in the order they are written.
var formats = []format{
	{"pdf", "pdf", pdf.Renderer{}},
	{"xlsx", "xlsx", xlsx.Renderer{}},
	{"html", "html", html.Renderer{}},
}

const defaultFormats = "pdf,xlsx"

func formatByName(name string) (format, bool) {
	for _, f := range formats {
		if f.name == name {
			return f, true
		}
	}
	return format{}, false
}

func formatNames() string {
	names := ""
	for i, f := range formats {
		if i > 0 {
			names += ", "
		}
		names += f.name
	}
	return names
}

type buildOptions struct {
	template *report.Template
	created  time.Time
	tertial  tertialFlag // unset: each source's latest tertial
	formats  []string
	outDir   string
}

const buildHelp = `Usage: uppfoljning build [flags] SOURCE.toml…

Builds the follow-up report of each source: the PDF to publish and the
council's workbook, written to DIR/<source name>-<YYYY>-T<n>.<format>.
Each path written is printed. A source that is refused writes nothing and
does not stop the others.

The report covers the latest tertial the source has a follow-up for (the
period's first if it has none) unless -tertial says otherwise. Set
SOURCE_DATE_EPOCH (seconds since 1970) to fix the date in the files'
properties; the same source and date give the same bytes.

Flags:
`

func build(args []string, stdout, stderr io.Writer) error {
	var templatePath, formatList string
	opts := buildOptions{}
	fs := newFlagSet("build", buildHelp, &templatePath)
	fs.Var(&opts.tertial, "tertial", "report this tertial, written YYYY-Tn (e.g. 2020-T1), instead of the latest with a follow-up")
	fs.StringVar(&formatList, "format", defaultFormats, "comma-separated formats to write: "+formatNames())
	fs.StringVar(&opts.outDir, "out", "out", "write the reports into this folder (made if missing)")
	sources, err := parseFlags(fs, args, stdout, stderr)
	if err != nil || sources == nil {
		return err
	}
	if opts.formats, err = parseFormats(formatList); err != nil {
		return err
	}
	if opts.created, err = sourceDate(); err != nil {
		return err
	}
	if opts.template, err = loadTemplate(templatePath); err != nil {
		return err
	}
	if err := checkOutputFolder(opts.outDir); err != nil {
		return fmt.Errorf("uppfoljning build: %w", err)
	}
	defer removeOnInterrupt()()
	written := map[string]string{}
	var errs []error
	for _, src := range sources {
		if err := buildOneSafely(src, opts, written, stdout, stderr); err != nil {
			errs = append(errs, err)
		}
	}
	return reported{errors.Join(errs...)}.orNil()
}

// buildOneSafely builds one source; should a library fail with a panic, it
// is told as an error of that source, and the other sources are built.
func buildOneSafely(path string, opts buildOptions, written map[string]string, stdout, stderr io.Writer) (err error) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "%s: internal error, nothing more was written for this source: %v\n", path, p)
			err = fmt.Errorf("%s: internal error: %v", path, p)
		}
	}()
	return buildOne(path, opts, written, stdout, stderr)
}

// buildOne builds the reports of one source and tells what it wrote and
// what went wrong. The error it returns has been told.
func buildOne(path string, opts buildOptions, written map[string]string, stdout, stderr io.Writer) error {
	tell := func(err error) error {
		fmt.Fprintln(stderr, err)
		return err
	}
	src, err := loadSource(path, opts.template, stderr)
	if err != nil {
		return tell(err)
	}
	year, tertial := opts.tertial.or(src.DefaultTertial)
	doc, err := report.NewDocument(src, opts.template, year, tertial, opts.created)
	if err != nil {
		return tell(err)
	}
	warnMissing(stderr, src, year, tertial)
	warned := map[string]bool{}
	var errs []error
	for _, name := range opts.formats {
		f, _ := formatByName(name)
		out := filepath.Join(opts.outDir, fmt.Sprintf("%s-%d-T%d.%s", doc.Name, doc.Year, doc.Tertial, f.ext))
		if other, ok := written[out]; ok && other != path {
			return tell(badInput{fmt.Sprintf("%s: not built: its report %s would replace the one just built from %s; rename one of the sources", path, out, other)})
		}
		var warnings []report.Warning
		err := writeFileAtomic(out, func(w io.Writer) error {
			var err error
			warnings, err = f.Render(w, doc)
			return err
		})
		for _, w := range warnings {
			if s := w.String(); !warned[s] {
				warned[s] = true
				fmt.Fprintln(stderr, s)
			}
		}
		if err != nil {
			errs = append(errs, tell(fmt.Errorf("%s: %s not written: %w", path, out, err)))
			continue
		}
		written[out] = path
		fmt.Fprintln(stdout, out)
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
