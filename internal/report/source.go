package report

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"strings"
	"syscall"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"uppfoljning/internal/msg"
)

// Limits on what a source may hold. They are far above any real report and
// keep a mistaken or hostile file from exhausting the machine.
const (
	MaxSourceBytes = 20 << 20 // 20 MB
	MaxLogoBytes   = 10 << 20 // 10 MB
	MaxLogoPixels  = 40e6     // 40 megapixels
	MaxLogos       = 8
	MaxTextChars   = 100_000 // one note, title or activity
)

// Source is a validated source file: one promise period.
type Source struct {
	File         *File // the text, for messages and for editing
	Title        Text
	Municipality Text
	Period       Text
	FirstYear    int
	LastYear     int
	// Date is the day the follow-up was settled, as written, and Settled
	// that day; both are empty when the source gives none.
	Date    Text
	Settled time.Time

	// Optional texts; S is empty when the template's default applies.
	Subtitle, Intro, PromisesHeading, ActivitiesHeading Text

	Logos       []Logo
	Signatories []Signatory
	Promises    []SourcePromise

	// Warnings are what does not stop a build but should be looked at,
	// such as two activities with the same text.
	Warnings []Warning
}

// Logo is an image printed in the logo row.
type Logo struct {
	Path   string // as written in the source
	Alt    string // text alternative for readers who cannot see it
	Format string // "png" or "jpeg"
	Data   []byte
	Width  int // pixels
	Height int
	Span   Span // of its file name in the source
}

// Signatory closes the document.
type Signatory struct {
	Name, Role Text
}

// SourcePromise is a promise as written in the source.
type SourcePromise struct {
	Text       Text
	Activities []SourceActivity
	Header     int // the offset of its [[promise]] line, or -1 when written inline
}

// SourceActivity is an activity as written in the source.
type SourceActivity struct {
	Text        Text
	Responsible []Text
	Followups   []Followup // in the order of their tertials
	// Header is the offset of the activity's [[promise.activity]] line, or
	// -1 when it is written inline. End is the offset just past its last
	// key or follow-up: a new follow-up goes on the line after it.
	Header, End int
}

// Followup is what was done in one tertial. A follow-up whose status and
// note are both empty (status = "", note = "") is a placeholder: "not
// written yet".
type Followup struct {
	Tertial Tertial
	Status  int  // index into the template's statuses, or -1 for none
	Note    Text // tidied for the report; its Span covers the value
	Span    Span // of the tertial value

	// As written, for editing: the status and note exactly as the file
	// holds them (StatusText.Span and Note.Span cover their values; a key
	// that is not written has no span).
	StatusText Text
	NoteRaw    string
	// Header is the offset of the follow-up's [[promise.activity.followup]]
	// line, or -1 when it is written inline. End is the offset just past
	// its last key.
	Header, End int
}

// ActivityRef names an activity by its promise and its place in it, both
// counted from 0.
type ActivityRef struct{ Promise, Activity int }

// Activity is the activity r names.
func (s *Source) Activity(r ActivityRef) *SourceActivity {
	return &s.Promises[r.Promise].Activities[r.Activity]
}

// Followup is the activity's follow-up for a tertial, or nil.
func (a *SourceActivity) Followup(t Tertial) *Followup {
	for i := range a.Followups {
		if f := &a.Followups[i]; f.Tertial == t {
			return f
		}
	}
	return nil
}

// Missing lists, in the source's order, the activities that have no
// follow-up for a tertial, or only a placeholder: the answers a round
// still waits for. (A note without a status is an answer, though the
// report counts it under no status: see Document.Unreported.)
func (s *Source) Missing(t Tertial) []ActivityRef {
	var out []ActivityRef
	for p := range s.Promises {
		for a := range s.Promises[p].Activities {
			if f := s.Promises[p].Activities[a].Followup(t); f == nil || f.Placeholder() {
				out = append(out, ActivityRef{p, a})
			}
		}
	}
	return out
}

// Party is a responsible party and its activities, in the source's order.
// Activities without anyone responsible are under the Name "".
type Party struct {
	Name       string
	Activities []ActivityRef
}

// ByResponsible groups activities by who is responsible for them: an
// activity with several parties is under each. Names that differ only in
// case or space are one party, under the name the source first writes. Parties come in the order
// the source first names them; the activities no one is named for last.
func (s *Source) ByResponsible(refs []ActivityRef) []Party {
	var parties []Party
	at := map[string]int{}
	var nobody []ActivityRef
	for _, r := range refs {
		a := s.Activity(r)
		if len(a.Responsible) == 0 {
			nobody = append(nobody, r)
		}
		for _, name := range a.Responsible {
			key := PartyKey(name.S)
			i, ok := at[key]
			if !ok {
				i = len(parties)
				at[key] = i
				parties = append(parties, Party{Name: name.S})
			}
			if n := len(parties[i].Activities); n == 0 || parties[i].Activities[n-1] != r {
				parties[i].Activities = append(parties[i].Activities, r)
			}
		}
	}
	if len(nobody) > 0 {
		parties = append(parties, Party{Activities: nobody})
	}
	return parties
}

// All lists every activity of the source, in its order.
func (s *Source) All() []ActivityRef {
	var out []ActivityRef
	for p := range s.Promises {
		for a := range s.Promises[p].Activities {
			out = append(out, ActivityRef{p, a})
		}
	}
	return out
}

// Placeholder tells whether the follow-up says nothing yet.
func (f *Followup) Placeholder() bool { return f.Status < 0 && f.Note.S == "" }

// Load reads, parses and validates a source file. All problems of the file
// are returned at once as an ErrorList.
func Load(path string, tpl *Template) (*Source, error) {
	// A pipe or a device is refused before it is opened: opening one can
	// wait forever.
	if st, err := os.Stat(path); err == nil && !st.IsDir() && !st.Mode().IsRegular() {
		return nil, ErrorList{{File: path, Msg: msg.New(msg.NotRegularFile)}}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, ErrorList{{File: path, Msg: msg.New(msg.CannotReadFile, PlainOSError(err))}}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, ErrorList{{File: path, Msg: msg.New(msg.IsFolder)}}
	}
	data := make([]byte, 0, 64<<10)
	buf := bytes.NewBuffer(data)
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxSourceBytes+1)); err != nil {
		return nil, ErrorList{{File: path, Msg: msg.New(msg.CannotReadFile, PlainOSError(err))}}
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
	if sm.tooDeep != -1 {
		return nil, ErrorList{{File: name, Pos: sm.pos(sm.tooDeep), Msg: msg.New(msg.NestedTooDeep, maxNesting)}}
	}
	if err != nil {
		return nil, syntaxError(sm, err)
	}
	d := &decoder{file: name, sm: sm, statuses: tpl.Statuses, suggested: map[string]bool{}}
	src := d.source(raw)
	src.File = file
	if len(d.errs) > 0 {
		d.errs.sort()
		return nil, d.errs
	}
	return src, nil
}

// IsWorkbook tells whether data is a workbook (a zip, as .xlsx files are,
// or Excel's older binary format) rather than a text: a filled-in
// workbook given where a source goes.
func IsWorkbook(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0})
}

// readText checks that data is a text a source can be, and makes its
// table of lines.
func readText(name string, data []byte) (*File, error) {
	one := func(p Position, key msg.Key, a ...any) error {
		return ErrorList{{File: name, Pos: p, Msg: msg.New(key, a...)}}
	}
	if len(data) > MaxSourceBytes {
		return nil, one(Position{}, msg.FileTooLarge, MaxSourceBytes>>20)
	}
	if IsWorkbook(data) {
		return nil, one(Position{}, msg.FileIsWorkbook, name)
	}
	enc := UTF8
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		data, enc = data[len(utf8BOM):], UTF8BOM
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		// Notepad's "Unicode": read as text, written back the same way.
		enc = UTF16LE
		if data[0] == 0xFE {
			enc = UTF16BE
		}
		text, broken := decodeUTF16(data[2:], enc == UTF16BE)
		if broken >= 0 {
			return nil, one(NewFile(name, text).Position(broken), msg.UTF16Broken)
		}
		data = []byte(text)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, one(Position{}, msg.FileEmpty)
	}
	if bytes.IndexByte(data, '\r') >= 0 && bytes.IndexByte(data, '\n') < 0 {
		return nil, one(Position{}, msg.CROnlyLineEnds)
	}
	file := NewFile(name, string(data))
	file.Encoding = enc
	if i := firstInvalidUTF8(data); i >= 0 {
		p := file.Position(i)
		if bytes.IndexByte(data, 0) >= 0 {
			return nil, one(p, msg.FileBinary)
		}
		return nil, one(p, msg.FileNotUTF8)
	}
	return file, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// decodeUTF16 turns UTF-16 into UTF-8. broken is the offset in the text of
// where it stops being UTF-16 (an odd byte, half a surrogate pair), or -1.
func decodeUTF16(data []byte, bigEndian bool) (text string, broken int) {
	order := binary.ByteOrder(binary.LittleEndian)
	if bigEndian {
		order = binary.BigEndian
	}
	var b strings.Builder
	b.Grow(len(data) / 2)
	for i := 0; i < len(data); i += 2 {
		if i+1 >= len(data) {
			return b.String(), b.Len()
		}
		u := rune(order.Uint16(data[i:]))
		if utf16.IsSurrogate(u) {
			if i+3 >= len(data) {
				return b.String(), b.Len()
			}
			r := utf16.DecodeRune(u, rune(order.Uint16(data[i+2:])))
			if r == utf8.RuneError {
				return b.String(), b.Len()
			}
			b.WriteRune(r)
			i += 2
			continue
		}
		b.WriteRune(u)
	}
	return b.String(), -1
}

// scanAndDecode maps the file's positions and decodes it. The scan comes
// first: it refuses nesting deep enough to exhaust the decoder's stack,
// which no recover catches.
func scanAndDecode(file *File) (*sourceMap, map[string]any, error) {
	sm := scanTOML(file)
	if sm.tooDeep != -1 {
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

// PlainOSError says in plain words why a file could not be read or
// written, without the file's name, which the message around it gives.
func PlainOSError(err error) any {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return msg.New(msg.NotExist)
	case errors.Is(err, os.ErrPermission):
		return msg.New(msg.PermissionDenied)
	case errors.Is(err, syscall.ENOTDIR):
		return msg.New(msg.NotAFolder)
	case errors.Is(err, syscall.ENOSPC):
		return msg.New(msg.DiskFull)
	case errors.Is(err, syscall.EROFS):
		return msg.New(msg.ReadOnlyDisk)
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
