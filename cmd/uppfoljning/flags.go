package main

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"time"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
	"uppfoljning/internal/safefile"
)

// flagSet reads a command's flags, which may come before or after its
// files, as people type "uppfoljning build eksjo.toml -tertial 2020-T2".
// Its own parser, rather than the flag package's, so that every mistake is
// told in the user's language.
type flagSet struct {
	cmd   string
	flags map[string]*flagDef
}

type flagDef struct {
	isBool bool
	set    func(value string) error // for a bool flag, value is ""
}

func newFlags(cmd string) *flagSet { return &flagSet{cmd: cmd, flags: map[string]*flagDef{}} }

func (fs *flagSet) string(name string, p *string) {
	fs.flags[name] = &flagDef{set: func(v string) error { *p = v; return nil }}
}

func (fs *flagSet) bool(name string, p *bool) {
	fs.flags[name] = &flagDef{isBool: true, set: func(string) error { *p = true; return nil }}
}

func (fs *flagSet) tertial(p *tertialFlag) {
	fs.flags["tertial"] = &flagDef{set: func(v string) error {
		if err := p.Set(v); err != nil {
			return bad(msg.FlagTertial, fs.cmd, v, err)
		}
		return nil
	}}
}

// parse reads args. It returns the files named, and whether help was
// asked for.
func (fs *flagSet) parse(args []string) (files []string, help bool, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(files, args[i+1:]...), false, nil
		}
		if len(a) < 2 || a[0] != '-' {
			files = append(files, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "h" || name == "help" {
			return nil, true, nil
		}
		def, ok := fs.flags[name]
		switch {
		case !ok:
			return nil, false, fs.usage(msg.FlagUnknown, fs.cmd, a)
		case def.isBool && hasValue:
			return nil, false, fs.usage(msg.FlagBool, fs.cmd, "-"+name)
		case def.isBool:
		case !hasValue && i+1 < len(args):
			i++
			value = args[i]
		case !hasValue:
			return nil, false, fs.usage(msg.FlagNeedsValue, fs.cmd, "-"+name, "-"+name)
		}
		if err := def.set(value); err != nil {
			return nil, false, err
		}
	}
	return files, false, nil
}

// usage is a mistake on the command line, with where to find help.
func (fs *flagSet) usage(key msg.Key, args ...any) error {
	return badInput{msg.New(key, args...), msg.New(msg.HelpHint, fs.cmd)}
}

// files parses the flags, prints the command's help when asked for it,
// and wants at least one file.
func (c *cli) files(fs *flagSet, help msg.Key, args []string) (files []string, done bool, err error) {
	files, wantHelp, err := fs.parse(args)
	switch {
	case err != nil:
		return nil, true, err
	case wantHelp:
		c.say(c.stdout, help)
		return nil, true, nil
	case len(files) == 0:
		return nil, true, bad(msg.NoSource, fs.cmd, fs.cmd)
	}
	return files, false, nil
}

// loadTemplate reads the template -template names, or the built-in one.
func loadTemplate(path string) (*report.Template, error) {
	if path == "" {
		return report.DefaultTemplate()
	}
	data, err := safefile.ReadRegular(path, 1<<30)
	switch {
	case errors.Is(err, safefile.ErrFolder):
		return nil, bad(msg.TemplateUnreadable, path, msg.New(msg.IsFolder))
	case errors.Is(err, safefile.ErrNotRegular):
		return nil, bad(msg.TemplateUnreadable, path, msg.New(msg.NotRegularFile))
	case err != nil:
		return nil, bad(msg.TemplateUnreadable, path, report.PlainOSError(err))
	}
	return report.LoadTemplate(path, data)
}

// parseFormats reads "pdf,xlsx" into the formats, in the order formats
// lists them, each once.
func parseFormats(list string) ([]round.Format, error) {
	want := map[string]bool{}
	for _, f := range strings.Split(list, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		if _, ok := round.FormatByName(f); !ok {
			return nil, bad(msg.FormatUnknown, f, formatNames())
		}
		want[f] = true
	}
	var out []round.Format
	for _, f := range round.Formats {
		if want[f.Name] {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, bad(msg.FormatNone, formatNames())
	}
	return out, nil
}

// sourceDate is the date written into the files' properties, and today
// for the commands that ask which tertial it is: SOURCE_DATE_EPOCH when
// set, so that builds are reproducible, else now.
func sourceDate() (time.Time, error) {
	v, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || v == "" {
		return time.Now().UTC().Truncate(time.Second), nil
	}
	sec, err := strconv.ParseInt(v, 10, 64)
	if err != nil || sec < 0 || sec > 253402300799 {
		return time.Time{}, bad(msg.EpochBad, v)
	}
	return time.Unix(sec, 0).UTC(), nil
}
