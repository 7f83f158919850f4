package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/html"
	"uppfoljning/internal/report/pdf"
	"uppfoljning/internal/report/xlsx"
	"uppfoljning/templates"
)

// Exit codes.
const (
	exitOK       = 0
	exitFailure  = 1 // the build could not be done: a file could not be written, a renderer failed
	exitBadInput = 2 // the source, the template or the command line is wrong
)

// renderer writes one output format of a document.
type renderer struct {
	ext    string
	render func(io.Writer, *report.Document) ([]report.Warning, error)
}

// formats are the outputs build can write, in the order they are written.
var formats = []struct {
	name string
	renderer
}{
	{"pdf", renderer{"pdf", pdf.Render}},
	{"xlsx", renderer{"xlsx", xlsx.Render}},
	{"html", renderer{"html", html.Render}},
}

const defaultFormats = "pdf,xlsx"

const usage = `uppfoljning builds the tertial follow-up report of medborgarlöften.

Usage:
  uppfoljning build [-tertial YYYY-Tn] [-format LIST] [-out DIR] [-template FILE] SOURCE.toml…
  uppfoljning check [-template FILE] SOURCE.toml…

Commands:
  build   write the report of each source into DIR as <source name>-<YYYY>-T<n>.<format>
  check   check each source and say "ok" or what is wrong

Run "uppfoljning build -h" or "uppfoljning check -h" for their flags.
The source format is described in docs/source-format.md.

Exit status: 0 success, 2 bad input or usage, 1 anything else.
`

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitBadInput
	}
	switch args[0] {
	case "build":
		tuneGC()
		return build(args[1:], stdout, stderr)
	case "check":
		return check(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "uppfoljning: unknown command %q; the commands are build and check\n\n%s", args[0], usage)
	return exitBadInput
}

// parseInterspersed lets flags come after the sources too, as users type
// "uppfoljning build eksjo.toml -tertial 2020-T2".
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

type options struct {
	template *report.Template
	created  time.Time
	year     int // 0: each source's latest tertial
	tertial  int
	formats  []string
	outDir   string
}

func newFlagSet(name, help string, stderr io.Writer, templatePath *string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	// Errors are told by parseFlags, in one line; help goes to stdout.
	fs.SetOutput(io.Discard)
	fs.StringVar(templatePath, "template", "", "use the words and look of this template instead of the built-in Swedish one (see "+templates.DefaultName+")")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), help)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses a command's flags and sources. done is true when the
// command has nothing more to do: help was asked for, or the flags were
// wrong (code says which).
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (sources []string, done bool, code int) {
	sources, err := parseInterspersed(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		return nil, true, exitOK
	case err != nil:
		fmt.Fprintf(stderr, "uppfoljning %s: %v\nRun \"uppfoljning %s -h\" for help.\n", fs.Name(), err, fs.Name())
		return nil, true, exitBadInput
	case len(sources) == 0:
		fmt.Fprintf(stderr, "uppfoljning %s: name at least one source file, e.g. uppfoljning %s examples/eksjo-2020-2021.toml\n", fs.Name(), fs.Name())
		return nil, true, exitBadInput
	}
	return sources, false, exitOK
}

func loadTemplate(path string) (*report.Template, error) {
	if path == "" {
		return report.LoadTemplate(templates.DefaultName, templates.Default)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("template %s: cannot read it: %w", path, unwrapPath(err))
	}
	return report.LoadTemplate(path, data)
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

func build(args []string, stdout, stderr io.Writer) int {
	var templatePath, tertial, formatList string
	opts := options{}
	fs := newFlagSet("build", buildHelp, stderr, &templatePath)
	fs.StringVar(&tertial, "tertial", "", "report this tertial, written YYYY-Tn (e.g. 2020-T1), instead of the latest with a follow-up")
	fs.StringVar(&formatList, "format", defaultFormats, "comma-separated formats to write: "+formatNames())
	fs.StringVar(&opts.outDir, "out", "out", "write the reports into this folder (made if missing)")
	sources, done, code := parseFlags(fs, args, stdout, stderr)
	if done {
		return code
	}
	var err error
	if tertial != "" {
		if opts.year, opts.tertial, err = report.ParseTertial(tertial); err != nil {
			fmt.Fprintf(stderr, "uppfoljning build: -tertial %q: %v\n", tertial, err)
			return exitBadInput
		}
	}
	if opts.formats, err = parseFormats(formatList); err != nil {
		fmt.Fprintf(stderr, "uppfoljning build: -format: %v\n", err)
		return exitBadInput
	}
	if opts.created, err = sourceDate(); err != nil {
		fmt.Fprintf(stderr, "uppfoljning build: %v\n", err)
		return exitBadInput
	}
	if opts.template, err = loadTemplate(templatePath); err != nil {
		fmt.Fprintln(stderr, err)
		return exitBadInput
	}
	if err := checkOutputFolder(opts.outDir); err != nil {
		fmt.Fprintf(stderr, "uppfoljning build: %v\n", err)
		return exitFailure
	}
	defer removeOnInterrupt()()
	written := map[string]string{}
	for _, src := range sources {
		code = worse(code, buildOneSafely(src, opts, written, stdout, stderr))
	}
	return code
}

// buildOneSafely builds one source; should a library fail with a panic, it
// is told as an error of that source, and the other sources are built.
func buildOneSafely(path string, opts options, written map[string]string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "%s: internal error, nothing more was written for this source: %v\n", path, p)
			code = exitFailure
		}
	}()
	return buildOne(path, opts, written, stdout, stderr)
}

func buildOne(path string, opts options, written map[string]string, stdout, stderr io.Writer) int {
	src, err := report.Load(path, opts.template)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBadInput
	}
	year, tertial := opts.year, opts.tertial
	if year == 0 {
		year, tertial = src.DefaultTertial()
	}
	doc, err := report.NewDocument(src, opts.template, year, tertial, opts.created)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", path, err)
		return exitBadInput
	}
	warned := map[string]bool{}
	code := exitOK
	for _, name := range opts.formats {
		r := rendererFor(name)
		out := filepath.Join(opts.outDir, fmt.Sprintf("%s-%d-T%d.%s", doc.Name, doc.Year, doc.Tertial, r.ext))
		if other, ok := written[out]; ok && other != path {
			fmt.Fprintf(stderr, "%s: not built: its report %s would replace the one just built from %s; rename one of the sources\n", path, out, other)
			return exitBadInput
		}
		var warnings []report.Warning
		err := writeFileAtomic(out, func(w io.Writer) error {
			var err error
			warnings, err = r.render(w, doc)
			return err
		})
		for _, w := range warnings {
			if s := w.String(); !warned[s] {
				warned[s] = true
				fmt.Fprintln(stderr, s)
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "%s: %s not written: %v\n", path, out, err)
			code = exitFailure
			continue
		}
		written[out] = path
		fmt.Fprintln(stdout, out)
	}
	return code
}

const checkHelp = `Usage: uppfoljning check [flags] SOURCE.toml…

Checks each source and prints "ok" for it, or every problem found in it
with its line. Nothing is written.

Flags:
`

func check(args []string, stdout, stderr io.Writer) int {
	var templatePath string
	fs := newFlagSet("check", checkHelp, stderr, &templatePath)
	sources, done, code := parseFlags(fs, args, stdout, stderr)
	if done {
		return code
	}
	tpl, err := loadTemplate(templatePath)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBadInput
	}
	for _, path := range sources {
		if _, err := report.Load(path, tpl); err != nil {
			fmt.Fprintln(stderr, err)
			code = worse(code, exitBadInput)
			continue
		}
		fmt.Fprintf(stdout, "%s: ok\n", path)
	}
	return code
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

// worse orders exit codes: bad input (the user can fix it) outranks other
// failures, which outrank success.
func worse(a, b int) int {
	rank := func(c int) int {
		switch c {
		case exitBadInput:
			return 2
		case exitFailure:
			return 1
		}
		return 0
	}
	if rank(b) > rank(a) {
		return b
	}
	return a
}

func formatNames() string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return strings.Join(names, ", ")
}

func rendererFor(name string) renderer {
	for _, f := range formats {
		if f.name == name {
			return f.renderer
		}
	}
	panic("unknown format " + name) // parseFormats lets only known names through
}

// parseFormats reads "pdf,xlsx" into known format names, in the order
// formats lists them, each once.
func parseFormats(list string) ([]string, error) {
	want := map[string]bool{}
	for _, f := range strings.Split(list, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		known := false
		for _, k := range formats {
			known = known || k.name == f
		}
		if !known {
			return nil, fmt.Errorf("unknown format %q; the formats are %s", f, formatNames())
		}
		want[f] = true
	}
	var out []string
	for _, k := range formats {
		if want[k.name] {
			out = append(out, k.name)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("name at least one format: %s", formatNames())
	}
	return out, nil
}

// sourceDate is the date written into the files' properties:
// SOURCE_DATE_EPOCH when set, so that builds are reproducible, else now.
func sourceDate() (time.Time, error) {
	v, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || v == "" {
		return time.Now().UTC().Truncate(time.Second), nil
	}
	sec, err := strconv.ParseInt(v, 10, 64)
	if err != nil || sec < 0 || sec > 253402300799 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", v)
	}
	return time.Unix(sec, 0).UTC(), nil
}
