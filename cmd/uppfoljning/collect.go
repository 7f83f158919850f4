package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode"

	"uppfoljning/internal/report/xlsx"
)

const collectHelp = `Usage: uppfoljning collect [flags] SOURCE.toml

Writes the fill-in workbook for a tertial's notes, DIR/<source name>-<YYYY>-T<n>-underlag.xlsx:
one row per activity, with a status to choose and a note to write, already
filled in with what the source has for the tertial. Send it to those who
report the activities and bring their answers into the source with
"uppfoljning import". Each path written is printed.

The tertial is the current one (by today's date, or SOURCE_DATE_EPOCH),
or the period's last when it is over, unless -tertial says otherwise.

Flags:
`

func collect(args []string, stdout, stderr io.Writer) error {
	var templatePath, outDir string
	var tertial tertialFlag
	var perParty bool
	fs := newFlagSet("collect", collectHelp, &templatePath)
	fs.Var(&tertial, "tertial", "gather the notes of this tertial, written YYYY-Tn (e.g. 2020-T2)")
	fs.StringVar(&outDir, "out", "out", "write the workbooks into this folder (made if missing)")
	fs.BoolVar(&perParty, "per-responsible", false, "write one workbook for each responsible party, with its activities")
	sources, err := parseFlags(fs, args, stdout, stderr)
	if err != nil || sources == nil {
		return err
	}
	if len(sources) != 1 {
		return badInput{fmt.Sprintf("uppfoljning collect: name one source file, not %d", len(sources))}
	}
	today, err := sourceDate()
	if err != nil {
		return err
	}
	tpl, err := loadTemplate(templatePath)
	if err != nil {
		return err
	}
	src, err := loadSource(sources[0], tpl, stderr)
	if err != nil {
		return err
	}
	year, n := tertial.or(func() (int, int) { return src.CurrentTertial(today) })
	if err := src.CheckTertial(year, n); err != nil {
		return err
	}
	if err := checkOutputFolder(outDir); err != nil {
		return fmt.Errorf("uppfoljning collect: %w", err)
	}
	defer removeOnInterrupt()()
	stem := strings.TrimSuffix(filepath.Base(src.File.Name), filepath.Ext(src.File.Name))
	base := fmt.Sprintf("%s-%d-T%d-underlag", stem, year, n)
	books := []xlsx.FillIn{{Activities: src.All()}}
	names := []string{base}
	if perParty {
		books, names = nil, nil
		taken := map[string]bool{}
		for _, p := range src.ByResponsible(src.All()) {
			label := p.Name
			if label == "" {
				label = tpl.FillIn.NoResponsible
			}
			books = append(books, xlsx.FillIn{Party: p.Name, Activities: p.Activities})
			names = append(names, base+"-"+fileLabel(label, taken))
		}
	}
	var errs []error
	for i, b := range books {
		b.Source, b.Template, b.Year, b.Tertial, b.Created = src, tpl, year, n, today
		path := filepath.Join(outDir, names[i]+".xlsx")
		if err := writeFileAtomic(path, func(w io.Writer) error { return xlsx.WriteFillIn(w, b) }); err != nil {
			err = fmt.Errorf("%s: %s not written: %w", src.File.Name, path, err)
			fmt.Fprintln(stderr, err)
			errs = append(errs, err)
			continue
		}
		fmt.Fprintln(stdout, path)
	}
	return reported{errors.Join(errs...)}.orNil()
}

// fileLabel makes a party's name fit in a file name on every system:
// letters and digits kept, spaces as dashes, the rest left out, and a
// number added when two parties would get the same.
func fileLabel(name string, taken map[string]bool) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	label := b.String()
	if label == "" {
		label = "part"
	}
	for i, l := 2, label; ; i++ {
		if !taken[strings.ToLower(l)] {
			taken[strings.ToLower(l)] = true
			return l
		}
		l = fmt.Sprintf("%s-%d", label, i)
	}
}
