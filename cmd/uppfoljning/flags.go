package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"uppfoljning/internal/report"
	"uppfoljning/templates"
)

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

func newFlagSet(name, help string, templatePath *string) *flag.FlagSet {
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

// parseFlags parses a command's flags and sources. With help asked for, it
// prints the help and returns no sources and no error.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) ([]string, error) {
	sources, err := parseInterspersed(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		return nil, nil
	case err != nil:
		return nil, badInput{fmt.Sprintf("uppfoljning %s: %v\nRun \"uppfoljning %s -h\" for help.", fs.Name(), err, fs.Name())}
	case len(sources) == 0:
		return nil, badInput{fmt.Sprintf("uppfoljning %s: name at least one source file, e.g. uppfoljning %s examples/eksjo-2020-2021.toml", fs.Name(), fs.Name())}
	}
	return sources, nil
}

func loadTemplate(path string) (*report.Template, error) {
	if path == "" {
		return report.DefaultTemplate()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, badInput{fmt.Sprintf("template %s: cannot read it: %v", path, unwrapPath(err))}
	}
	return report.LoadTemplate(path, data)
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
		if _, ok := formatByName(f); !ok {
			return nil, badInput{fmt.Sprintf("uppfoljning build: -format: unknown format %q; the formats are %s", f, formatNames())}
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
		return nil, badInput{fmt.Sprintf("uppfoljning build: -format: name at least one format: %s", formatNames())}
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
		return time.Time{}, badInput{fmt.Sprintf("uppfoljning build: SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", v)}
	}
	return time.Unix(sec, 0).UTC(), nil
}
