package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/xlsx"
	"uppfoljning/internal/safefile"
)

// dateAndTemplate are what most commands need besides their files: today
// (or SOURCE_DATE_EPOCH) and the template.
func dateAndTemplate(templatePath string) (time.Time, *report.Template, error) {
	today, err := sourceDate()
	if err != nil {
		return today, nil, err
	}
	tpl, err := loadTemplate(templatePath)
	return today, tpl, err
}

// collect writes the fill-in workbooks of a tertial.
func (c *cli) collect(args []string) error {
	var templatePath string
	outDir := "out"
	var tertial tertialFlag
	var perParty bool
	fs := newFlags("collect")
	fs.tertial(&tertial)
	fs.string("out", &outDir)
	fs.bool("per-responsible", &perParty)
	fs.string("template", &templatePath)
	sources, done, err := c.files(fs, msg.HelpCollect, args)
	if done {
		return err
	}
	if len(sources) != 1 {
		return bad(msg.OneSource, "collect", len(sources))
	}
	today, tpl, err := dateAndTemplate(templatePath)
	if err != nil {
		return err
	}
	src, err := c.loadSource(sources[0], tpl)
	if err != nil {
		return err
	}
	t := c.choose(&tertial, src, func() report.Tertial { return src.RoundTertial(today) })
	if err := src.CheckTertial(t); err != nil {
		return err
	}
	if err := checkFolder(outDir); err != nil {
		return err
	}
	defer c.removeOnInterrupt()()
	base := src.Stem() + "-" + t.String() + "-underlag"
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
		b.Source, b.Template, b.Tertial, b.Created = src, tpl, t, today
		path := filepath.Join(outDir, safefile.FitName(names[i], ".xlsx"))
		if err := keepAnswers(path, src, tpl); err != nil {
			c.tellErr(err)
			errs = append(errs, err)
			continue
		}
		if err := c.writeFile(path, func(w io.Writer) error { return xlsx.WriteFillIn(w, b) }); err != nil {
			if !whole(err) {
				err = fail(msg.NotWritten, src.File.Name, path, err)
			}
			c.tellErr(err)
			errs = append(errs, err)
			continue
		}
		c.print(c.stdout, path)
	}
	return told(errs)
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
