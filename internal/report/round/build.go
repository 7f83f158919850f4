package round

import (
	"io"
	"path/filepath"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/html"
	"uppfoljning/internal/report/pdf"
	"uppfoljning/internal/report/xlsx"
	"uppfoljning/internal/safefile"
)

// A Format is one output Build can write: its name (as -format says it),
// its file extension, and its renderer.
type Format struct {
	Name, Ext string
	report.Renderer
}

// Formats are the outputs Build can write, in the order they are written.
var Formats = []Format{
	{"pdf", "pdf", pdf.Renderer{}},
	{"xlsx", "xlsx", xlsx.Renderer{}},
	{"html", "html", html.Renderer{}},
}

// FormatByName is the format of that name, as -format spells it.
func FormatByName(name string) (Format, bool) {
	for _, f := range Formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// An Output is one file Build wrote, or failed to write: Err is then a
// message that names the file and the source.
type Output struct {
	Format Format
	Path   string
	Err    error
}

// Build renders doc in each format into dir, made if needed. A file that
// cannot be written does not stop the others: its Output says why. The
// warnings are the renderers', each once (a character the PDF and the
// workbook both replace is one warning). err is set only when the folder
// cannot be made or written in, and then nothing was written.
func Build(doc *report.Document, formats []Format, dir string, opts safefile.Options) (outs []Output, warnings []report.Warning, err error) {
	if err := CheckFolder(dir); err != nil {
		return nil, nil, err
	}
	seen := map[string]bool{}
	warn := func(w report.Warning) {
		if s := w.String(); !seen[s] {
			seen[s] = true
			warnings = append(warnings, w)
		}
	}
	for _, f := range formats {
		path := OutputPath(doc, f, dir)
		outs = append(outs, Output{Format: f, Path: path, Err: WriteOutput(doc, f, path, opts, warn)})
	}
	return outs, warnings, nil
}

// OutputPath is the file Build writes doc to in format f: the source's
// name and the tertial, cut to fit every file system.
func OutputPath(doc *report.Document, f Format, dir string) string {
	return filepath.Join(dir, safefile.FitName(doc.Name, "-"+doc.Tertial.String()+"."+f.Ext))
}

// WriteOutput renders doc in format f into the file at path, as Build does
// for each format. warn hears each of the renderer's warnings as it comes,
// so that a command tells them in the order they arise. The error names
// the file, and the source it is made from.
func WriteOutput(doc *report.Document, f Format, path string, opts safefile.Options, warn func(report.Warning)) error {
	err := WriteFile(path, func(w io.Writer) error {
		warnings, err := f.Render(w, doc)
		for _, w := range warnings {
			warn(w)
		}
		return err
	}, opts)
	if err != nil && !Whole(err) {
		err = fail(msg.NotWritten, doc.File.Name, path, err)
	}
	return err
}
