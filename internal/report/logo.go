package report

import (
	"bytes"
	"image"
	_ "image/jpeg" // logos may be JPEG
	_ "image/png"  // or PNG
	"io"
	"os"
	"path/filepath"
	"strings"

	"uppfoljning/internal/msg"
)

func (d *decoder) logos(v any) []Logo {
	if v == nil {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		d.errorAt(d.sm.valueSpan("logos"), msg.LogosNotList, describe(v))
		return nil
	}
	if len(list) > MaxLogos {
		d.errorAt(d.sm.valueSpan("logos"), msg.TooManyLogos, len(list), MaxLogos)
		return nil
	}
	var out []Logo
	for i, e := range list {
		path := indexPath("logos", i)
		var file, alt Text
		switch x := e.(type) {
		case string:
			file = Text{S: strings.TrimSpace(x), Span: d.sm.valueSpan(path)}
		case map[string]any:
			d.unknownKeys(x, path, msg.WhereLogo, logoKeys)
			file = d.text(x, path, "path", msg.WhatLogoPath, required, strings.TrimSpace)
			alt = d.text(x, path, "alt", msg.WhatLogoAlt, optional, tidyLine)
		default:
			d.errorAt(d.sm.valueSpan(path), msg.LogoEntry, describe(e))
			continue
		}
		if file.S == "" {
			if _, isString := e.(string); isString {
				d.errorAt(file.Span, msg.LogoNoName)
			}
			continue
		}
		if d.refused[file.Span.Offset] {
			continue
		}
		if l, ok := d.logo(file); ok {
			l.Alt = alt.S // "" when not written: the document gives the template's
			out = append(out, l)
		}
	}
	return out
}

func (d *decoder) logo(file Text) (Logo, bool) {
	l := Logo{Path: file.S, Span: file.Span}
	// Messages name the file as the source writes it: a decoded text may
	// hold what an escape made of a backslash.
	name := d.written(file.Span)
	full := file.S
	if !filepath.IsAbs(full) {
		full = filepath.Join(filepath.Dir(d.file), full)
	}
	// A pipe or a device is refused before it is opened: opening one can
	// wait forever.
	if st, err := os.Stat(full); err == nil && !st.IsDir() && !st.Mode().IsRegular() {
		d.errorAt(file.Span, msg.LogoNotRegular, file.S)
		return l, false
	}
	f, err := os.Open(full)
	if err != nil {
		d.errorAt(file.Span, msg.LogoCannotReadLooked, name, PlainOSError(err), full)
		return l, false
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		d.errorAt(file.Span, msg.LogoFolder, name)
		return l, false
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxLogoBytes+1)); err != nil {
		d.errorAt(file.Span, msg.LogoCannotRead, name, PlainOSError(err))
		return l, false
	}
	if buf.Len() > MaxLogoBytes {
		d.errorAt(file.Span, msg.LogoTooLarge, name, MaxLogoBytes>>20)
		return l, false
	}
	l.Data = buf.Bytes()
	cfg, format, err := image.DecodeConfig(bytes.NewReader(l.Data))
	if err != nil || (format != "png" && format != "jpeg") {
		d.errorAt(file.Span, msg.LogoNotImage, name)
		return l, false
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		d.errorAt(file.Span, msg.LogoNoPixels, name, cfg.Width, cfg.Height)
		return l, false
	}
	if float64(cfg.Width)*float64(cfg.Height) > MaxLogoPixels {
		d.errorAt(file.Span, msg.LogoTooManyPixels, name, cfg.Width, cfg.Height, MaxLogoPixels/1e6)
		return l, false
	}
	if _, _, err := image.Decode(bytes.NewReader(l.Data)); err != nil {
		d.errorAt(file.Span, msg.LogoDamaged, name, strings.ToUpper(format), err)
		return l, false
	}
	l.Format, l.Width, l.Height = format, cfg.Width, cfg.Height
	return l, true
}
