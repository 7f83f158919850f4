package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Limits on what a source may hold. They are far above any real report and
// keep a mistaken or hostile file from exhausting the machine.
const (
	MaxSourceBytes = 20 << 20 // 20 MB
	MaxLogoBytes   = 10 << 20 // 10 MB
	MaxLogoPixels  = 40e6     // 40 megapixels
	MaxLogos       = 8
	MaxTextBytes   = 100_000 // one note, title or activity
)

// Source is a validated source file: one promise period.
type Source struct {
	File         *File // the text, for messages and for editing
	Title        Text
	Municipality Text
	Period       Text
	FirstYear    int
	LastYear     int

	// Optional texts; S is empty when the template's default applies.
	Subtitle, Intro, PromisesHeading, ActivitiesHeading Text

	Logos       []Logo
	Signatories []Signatory
	Promises    []SourcePromise
}

// Logo is an image printed in the logo row.
type Logo struct {
	Path   string // as written in the source
	Alt    string // text alternative for readers who cannot see it
	Format string // "png" or "jpeg"
	Data   []byte
	Width  int // pixels
	Height int
	Pos    Pos
}

// Signatory closes the document.
type Signatory struct {
	Name, Role Text
}

// SourcePromise is a promise as written in the source.
type SourcePromise struct {
	Text       Text
	Activities []SourceActivity
}

// SourceActivity is an activity as written in the source.
type SourceActivity struct {
	Text        Text
	Responsible []Text
	Followups   []Followup
}

// Followup is what was done in one tertial.
type Followup struct {
	Year, Tertial int
	Status        int // index into the template's statuses, or -1 for none
	Note          Text
	Pos           Pos // of the tertial value
}

// Load reads, parses and validates a source file. All problems of the file
// are returned at once as an ErrorList.
func Load(path string, tpl *Template) (*Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, ErrorList{{File: path, Msg: "cannot read the file: " + plainOSError(err)}}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, ErrorList{{File: path, Msg: "is a folder, not a source file"}}
	}
	data := make([]byte, 0, 64<<10)
	buf := bytes.NewBuffer(data)
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxSourceBytes+1)); err != nil {
		return nil, ErrorList{{File: path, Msg: "cannot read the file: " + plainOSError(err)}}
	}
	return Parse(path, buf.Bytes(), tpl)
}

// Parse validates source text. name is the file's path: messages use it and
// logos are found relative to its folder.
func Parse(name string, data []byte, tpl *Template) (*Source, error) {
	file, err := readText(name, data)
	if err != nil {
		return nil, err
	}
	sm, raw, err := scanAndDecode(file)
	if sm.tooDeep >= 0 {
		return nil, ErrorList{{File: name, Pos: sm.pos(sm.tooDeep),
			Msg: fmt.Sprintf("lists or tables nest more than %d levels deep; a source needs two at most", maxNesting)}}
	}
	if err != nil {
		return nil, syntaxError(sm, err)
	}
	d := &decoder{file: name, sm: sm, tpl: tpl, suggested: map[string]bool{}}
	src := d.source(raw)
	src.File = file
	if len(d.errs) > 0 {
		d.errs.sort()
		return nil, d.errs
	}
	return src, nil
}

// readText checks that data is a text a source can be, and makes its
// table of lines.
func readText(name string, data []byte) (*File, error) {
	one := func(p Pos, format string, a ...any) error {
		return ErrorList{{File: name, Pos: p, Msg: fmt.Sprintf(format, a...)}}
	}
	if len(data) > MaxSourceBytes {
		return nil, one(Pos{}, "the file is larger than %d MB; a source holds text only, so this is not a source file", MaxSourceBytes>>20)
	}
	enc := UTF8
	if bytes.HasPrefix(data, utf8BOM) {
		data, enc = data[len(utf8BOM):], UTF8BOM
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, one(Pos{}, "the file is empty; a source needs at least title, municipality, period and one [[promise]]")
	}
	file := NewFile(name, string(data))
	file.Encoding = enc
	if i := firstInvalidUTF8(data); i >= 0 {
		p := file.Position(i)
		if bytes.IndexByte(data, 0) >= 0 {
			return nil, one(p, "the file is not text (it holds binary data); save the source as plain text in UTF-8")
		}
		return nil, one(p, "the file is not UTF-8 text here (was it saved as Windows-1252 or Latin-1?); save it as UTF-8 and try again")
	}
	return file, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// scanAndDecode maps the file's positions and decodes it. The scan comes
// first: it refuses nesting deep enough to exhaust the decoder's stack,
// which no recover catches.
func scanAndDecode(file *File) (*sourceMap, map[string]any, error) {
	sm := scanTOML(file)
	if sm.tooDeep >= 0 {
		return sm, nil, nil
	}
	var raw map[string]any
	_, err := toml.Decode(file.Text, &raw)
	return sm, raw, err
}

// firstInvalidUTF8 is the offset of the first byte that is not UTF-8, or
// of a NUL before it; -1 when data is UTF-8.
func firstInvalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	i := 0
	for {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 || r == 0 {
			return i
		}
		i += n
	}
}

func plainOSError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "it does not exist"
	case errors.Is(err, os.ErrPermission):
		return "permission denied"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
