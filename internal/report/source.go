package report

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // logos may be JPEG
	_ "image/png"  // or PNG
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
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
	File         string // as given, for messages
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

	text string // the file's text, for locating characters
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
	one := func(p Pos, format string, a ...any) error {
		return ErrorList{{File: name, Pos: p, Msg: fmt.Sprintf(format, a...)}}
	}
	if len(data) > MaxSourceBytes {
		return nil, one(Pos{}, "the file is larger than %d MB; a source holds text only, so this is not a source file", MaxSourceBytes>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, one(Pos{}, "the file is empty; a source needs at least title, municipality, period and one [[promise]]")
	}
	if p, ok := firstInvalidUTF8(data); !ok {
		if bytes.IndexByte(data, 0) >= 0 {
			return nil, one(p, "the file is not text (it holds binary data); save the source as plain text in UTF-8")
		}
		return nil, one(p, "the file is not UTF-8 text here (was it saved as Windows-1252 or Latin-1?); save it as UTF-8 and try again")
	}
	text := string(data)
	sm, raw, err := scanAndDecode(text)
	if sm.tooDeep >= 0 {
		return nil, one(sm.pos(sm.tooDeep), "lists or tables nest more than %d levels deep; a source needs two at most", maxNesting)
	}
	if err != nil {
		return nil, syntaxError(name, sm, err)
	}
	d := &decoder{file: name, sm: sm, tpl: tpl, suggested: map[string]bool{}}
	src := d.source(raw)
	src.File = name
	src.text = text
	if len(d.errs) > 0 {
		d.errs.sort()
		return nil, d.errs
	}
	return src, nil
}

// safeOpenings is how many opening brackets a text may hold for the TOML
// decoder to read it at the same time as the scanner: nesting that deep
// cannot exhaust the decoder's stack. A text with more is scanned first, so
// that nesting too deep is refused before the decoder sees it.
const safeOpenings = 100_000

// scanAndDecode maps the text's positions and decodes it, side by side when
// that is safe: for a large source they take about as long as each other.
func scanAndDecode(text string) (*sourceMap, map[string]any, error) {
	var raw map[string]any
	if strings.Count(text, "[")+strings.Count(text, "{") > safeOpenings {
		sm := scanTOML(text)
		if sm.tooDeep >= 0 {
			return sm, nil, nil
		}
		_, err := toml.Decode(text, &raw)
		return sm, raw, err
	}
	scanned := make(chan *sourceMap, 1)
	go func() { scanned <- scanTOML(text) }()
	_, err := toml.Decode(text, &raw)
	return <-scanned, raw, err
}

func firstInvalidUTF8(data []byte) (Pos, bool) {
	if utf8.Valid(data) {
		return Pos{}, true
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 || r == 0 {
			return Pos{Line: line, Col: col, Offset: i}, false
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return Pos{Line: line, Col: col}, false
}

var tomlMessageCleaner = strings.NewReplacer("toml: ", "")

func syntaxError(name string, sm *sourceMap, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if pe.Usage != "" {
			msg += "; " + strings.Join(strings.Fields(pe.Usage), " ")
		}
		p := Pos{Line: pe.Position.Line, Col: pe.Position.Col}
		if p.Line >= 1 && p.Line <= len(sm.lines) {
			// The decoder's column is past the line's end for some errors
			// (a key defined twice); a wrong column misleads more than none.
			end := len(sm.text)
			if p.Line < len(sm.lines) {
				end = sm.lines[p.Line] - 1
			}
			if p.Col > utf8.RuneCountInString(sm.text[sm.lines[p.Line-1]:end])+1 {
				p.Col = 0
			}
		}
		return ErrorList{{File: name, Pos: p, Msg: "this is not valid TOML: " + msg}}
	}
	return ErrorList{{File: name, Msg: "this is not valid TOML: " + tomlMessageCleaner.Replace(err.Error())}}
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

// decoder turns the decoded TOML into a Source, collecting every error.
type decoder struct {
	file string
	sm   *sourceMap
	tpl  *Template
	errs ErrorList
	// suggested holds the keys an unknown key was taken to be a misspelling
	// of; their absence is not reported a second time.
	suggested map[string]bool
}

func (d *decoder) errorAt(p Pos, format string, a ...any) {
	d.errs = append(d.errs, &Error{File: d.file, Pos: Pos{Line: p.Line, Col: p.Col}, Msg: fmt.Sprintf(format, a...)})
}

var (
	topKeys       = []string{"title", "municipality", "period", "subtitle", "intro", "promises_heading", "activities_heading", "logos", "signatory", "promise"}
	logoKeys      = []string{"path", "alt"}
	signatoryKeys = []string{"name", "role"}
	promiseKeys   = []string{"text", "activity"}
	activityKeys  = []string{"text", "responsible", "followup"}
	followupKeys  = []string{"tertial", "status", "note"}
)

// what names a table in messages.
func (d *decoder) unknownKeys(table map[string]any, path, what string, allowed []string) {
	for _, k := range sortedKeys(table) {
		if contains(allowed, k) {
			continue
		}
		msg := fmt.Sprintf("unknown key %q in %s", k, what)
		if s := suggest(k, allowed); s != "" {
			msg += fmt.Sprintf("; did you mean %q? The", s)
			d.suggested[joinPath(path, s)] = true
		} else {
			msg += "; the"
		}
		msg += " keys allowed here are " + strings.Join(allowed, ", ")
		d.errorAt(d.sm.keyPos(joinPath(path, k)), "%s", msg)
	}
}

func (d *decoder) source(raw map[string]any) *Source {
	src := &Source{}
	d.unknownKeys(raw, "", "the document", topKeys)
	src.Title = d.text(raw, "", "title", "the document's title", true, tidyLine)
	src.Municipality = d.text(raw, "", "municipality", "the municipality's name", true, tidyLine)
	src.Period = d.text(raw, "", "period", "the promise period", true, tidyLine)
	if src.Period.S != "" {
		src.FirstYear, src.LastYear = d.period(src.Period)
	}
	src.Subtitle = d.text(raw, "", "subtitle", "the subtitle", false, tidyLine)
	src.Intro = d.text(raw, "", "intro", "the introduction", false, tidyNote)
	src.PromisesHeading = d.text(raw, "", "promises_heading", "the promises' heading", false, tidyLine)
	src.ActivitiesHeading = d.text(raw, "", "activities_heading", "the activities' heading", false, tidyLine)
	src.Logos = d.logos(raw["logos"])
	for i, t := range d.tables(raw, "", "signatory", "[[signatory]]") {
		path := indexPath("signatory", i)
		d.unknownKeys(t, path, "a [[signatory]]", signatoryKeys)
		src.Signatories = append(src.Signatories, Signatory{
			Name: d.text(t, path, "name", "the signatory's name", true, tidyLine),
			Role: d.text(t, path, "role", "the signatory's role", false, tidyLine),
		})
	}
	promises := d.tables(raw, "", "promise", "[[promise]]")
	if _, ok := raw["promise"]; !ok {
		d.errorAt(Pos{Line: 1, Col: 1}, "the source has no promise; add one with [[promise]] and text = \"…\"")
	}
	for i, t := range promises {
		src.Promises = append(src.Promises, d.promise(t, indexPath("promise", i), src))
	}
	return src
}

func (d *decoder) promise(t map[string]any, path string, src *Source) SourcePromise {
	d.unknownKeys(t, path, "a [[promise]]", promiseKeys)
	p := SourcePromise{Text: d.text(t, path, "text", "the promise's text", true, tidyLine)}
	acts := d.tables(t, path, "activity", "[[promise.activity]]")
	if _, ok := t["activity"]; !ok {
		d.errorAt(d.sm.keyPos(path), "this promise has no activity; add one with [[promise.activity]] below it")
	}
	for i, a := range acts {
		p.Activities = append(p.Activities, d.activity(a, indexPath(path+".activity", i), src))
	}
	return p
}

func (d *decoder) activity(t map[string]any, path string, src *Source) SourceActivity {
	d.unknownKeys(t, path, "a [[promise.activity]]", activityKeys)
	a := SourceActivity{Text: d.text(t, path, "text", "the activity's text", true, tidyLine)}
	switch v := t["responsible"].(type) {
	case nil:
	case string:
		if r := d.text(t, path, "responsible", "who is responsible", true, tidyLine); r.S != "" {
			a.Responsible = []Text{r}
		}
	case []any:
		for i, x := range v {
			p := indexPath(path+".responsible", i)
			s, ok := x.(string)
			if !ok {
				d.errorAt(d.sm.valuePos(p), "responsible must list names in quotes, like [\"Polisen\", \"Kommunen\"]; found %s", describe(x))
				continue
			}
			if r := tidyLine(s); r != "" {
				a.Responsible = append(a.Responsible, Text{S: r, Pos: d.sm.valuePos(p)})
			}
		}
	default:
		d.errorAt(d.sm.valuePos(path+".responsible"), "responsible must list names in quotes, like [\"Polisen\", \"Kommunen\"]; found %s", describe(v))
	}
	seen := map[[2]int]Pos{}
	for i, f := range d.tables(t, path, "followup", "[[promise.activity.followup]]") {
		fp := indexPath(path+".followup", i)
		fu, ok := d.followup(f, fp, src)
		if !ok {
			continue
		}
		key := [2]int{fu.Year, fu.Tertial}
		if first, dup := seen[key]; dup {
			d.errorAt(fu.Pos, "a second follow-up for tertial %d-T%d in this activity (the first is on line %d); write both in one note", fu.Year, fu.Tertial, first.Line)
			continue
		}
		seen[key] = fu.Pos
		a.Followups = append(a.Followups, fu)
	}
	sort.SliceStable(a.Followups, func(i, j int) bool {
		x, y := a.Followups[i], a.Followups[j]
		return x.Year < y.Year || x.Year == y.Year && x.Tertial < y.Tertial
	})
	return a
}

var tertialPattern = regexp.MustCompile(`^(\d{4})-[Tt]([0-9]+)$`)

func (d *decoder) followup(t map[string]any, path string, src *Source) (Followup, bool) {
	d.unknownKeys(t, path, "a [[promise.activity.followup]]", followupKeys)
	fu := Followup{Status: -1}
	ok := true
	tertial := d.text(t, path, "tertial", "the follow-up's tertial", true, strings.TrimSpace)
	fu.Pos = tertial.Pos
	if tertial.S == "" {
		ok = false
	} else {
		y, n, err := ParseTertial(tertial.S)
		switch {
		case err != nil:
			d.errorAt(tertial.Pos, "tertial %q: %v", tertial.S, err)
			ok = false
		case src.FirstYear > 0 && (y < src.FirstYear || y > src.LastYear):
			d.errorAt(tertial.Pos, "tertial %q is outside the period %s; use a tertial from %d-T1 to %d-T3", tertial.S, src.Period.S, src.FirstYear, src.LastYear)
			ok = false
		default:
			fu.Year, fu.Tertial = y, n
		}
	}
	if _, has := t["status"]; has {
		st := d.text(t, path, "status", "the status", true, tidyLine)
		if st.S != "" {
			fu.Status = d.tpl.statusIndex(st.S)
			if fu.Status < 0 {
				d.errorAt(st.Pos, "status %q is not one of: %s", st.S, strings.Join(d.tpl.statusWords(), ", "))
			}
		}
	}
	fu.Note = d.text(t, path, "note", "the note", false, tidyNote)
	if _, hasNote := t["note"]; !hasNote {
		if _, hasStatus := t["status"]; !hasStatus {
			d.errorAt(d.sm.keyPos(path), "this follow-up has neither a note nor a status; write what was done with note = \"…\"")
		}
	}
	return fu, ok
}

// ParseTertial reads "2020-T1". It is the format of a source's follow-ups
// and of the build command's -tertial flag.
func ParseTertial(s string) (year, tertial int, err error) {
	m := tertialPattern.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, 0, errors.New("a tertial is YYYY-T1, YYYY-T2 or YYYY-T3")
	}
	year, _ = strconv.Atoi(m[1])
	tertial, err = strconv.Atoi(m[2])
	if err != nil || tertial < 1 || tertial > 3 {
		return 0, 0, errors.New("a tertial is YYYY-T1, YYYY-T2 or YYYY-T3")
	}
	return year, tertial, nil
}

var periodPattern = regexp.MustCompile(`^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$`)

const minYear, maxYear, maxPeriodYears = 1990, 2200, 10

func (d *decoder) period(t Text) (first, last int) {
	m := periodPattern.FindStringSubmatch(t.S)
	if m == nil {
		d.errorAt(t.Pos, "period %q: a period is one year (\"2023\") or two years with a dash (\"2020-2021\")", t.S)
		return 0, 0
	}
	first, _ = strconv.Atoi(m[1])
	last = first
	if m[2] != "" {
		last, _ = strconv.Atoi(m[2])
	}
	switch {
	case first < minYear || last > maxYear:
		d.errorAt(t.Pos, "period %q: years must lie between %d and %d", t.S, minYear, maxYear)
	case last < first:
		d.errorAt(t.Pos, "period %q ends before it starts; write the earlier year first, like \"%d-%d\"", t.S, last, first)
	case last-first >= maxPeriodYears:
		d.errorAt(t.Pos, "period %q spans more than %d years; one source holds one promise period", t.S, maxPeriodYears)
	default:
		return first, last
	}
	return 0, 0
}

// text reads a string value. tidy normalises it; an empty result of a
// required or present key is an error.
func (d *decoder) text(table map[string]any, path, key, what string, required bool, tidy func(string) string) Text {
	full := joinPath(path, key)
	v, ok := table[key]
	if !ok {
		if required && !d.suggested[full] {
			d.errorAt(d.sm.keyPos(path), "%s is missing: add %s = \"…\" %s", what, key, tableName(path))
		}
		return Text{}
	}
	pos := d.sm.valuePos(full)
	s, isString := v.(string)
	if !isString {
		d.errorAt(pos, "%s must be text in quotes, like %s = \"…\"; found %s", key, key, describe(v))
		return Text{}
	}
	if len(s) > MaxTextBytes {
		d.errorAt(pos, "%s is longer than %d characters; split it up", key, MaxTextBytes)
		return Text{}
	}
	t := Text{S: tidy(s), Pos: pos}
	if t.S == "" {
		if required {
			d.errorAt(pos, "%s is empty; write %s here", key, what)
		} else {
			d.errorAt(pos, "%s is empty; write %s or leave the key out", key, what)
		}
	}
	return t
}

// tableName says where a missing key belongs: "at the top of the file" or
// "under this [[promise.activity]]".
func tableName(path string) string {
	if path == "" {
		return "at the top of the file"
	}
	if strings.HasPrefix(path, "logos[") {
		return "inside this logo's { }"
	}
	var parts []string
	for _, p := range strings.Split(path, ".") {
		if i := strings.IndexByte(p, '['); i >= 0 {
			p = p[:i]
		}
		parts = append(parts, p)
	}
	return "under this [[" + strings.Join(parts, ".") + "]]"
}

// tables reads an array of tables, reporting anything else.
func (d *decoder) tables(table map[string]any, path, key, header string) []map[string]any {
	v, ok := table[key]
	if !ok {
		return nil
	}
	full := joinPath(path, key)
	switch x := v.(type) {
	case []map[string]any:
		return x
	case []any:
		out := make([]map[string]any, 0, len(x))
		for i, e := range x {
			m, ok := e.(map[string]any)
			if !ok {
				d.errorAt(d.sm.valuePos(indexPath(full, i)), "%s must be written as %s tables; found %s", key, header, describe(e))
				continue
			}
			out = append(out, m)
		}
		return out
	}
	d.errorAt(d.sm.keyPos(full), "%s must be written as %s tables; found %s", key, header, describe(v))
	return nil
}

func (d *decoder) logos(v any) []Logo {
	if v == nil {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		d.errorAt(d.sm.valuePos("logos"), "logos must be a list of image files, like logos = [\"logos/polisen.png\"]; found %s", describe(v))
		return nil
	}
	if len(list) > MaxLogos {
		d.errorAt(d.sm.valuePos("logos"), "logos lists %d images; at most %d fit in the logo row", len(list), MaxLogos)
		return nil
	}
	var out []Logo
	for i, e := range list {
		path := indexPath("logos", i)
		var file, alt Text
		switch x := e.(type) {
		case string:
			file = Text{S: strings.TrimSpace(x), Pos: d.sm.valuePos(path)}
		case map[string]any:
			d.unknownKeys(x, path, "a logo", logoKeys)
			file = d.text(x, path, "path", "the image file", true, strings.TrimSpace)
			alt = d.text(x, path, "alt", "the logo's text alternative", false, tidyLine)
		default:
			d.errorAt(d.sm.valuePos(path), "each logo is a file name in quotes or {path = \"…\", alt = \"…\"}; found %s", describe(e))
			continue
		}
		if file.S == "" {
			if _, isString := e.(string); isString {
				d.errorAt(file.Pos, "the logo's file name is empty")
			}
			continue
		}
		if l, ok := d.logo(file); ok {
			l.Alt = alt.S
			if l.Alt == "" {
				l.Alt = "Logotyp " + strings.TrimSuffix(filepath.Base(file.S), filepath.Ext(file.S))
			}
			out = append(out, l)
		}
	}
	return out
}

func (d *decoder) logo(file Text) (Logo, bool) {
	l := Logo{Path: file.S, Pos: file.Pos}
	full := file.S
	if !filepath.IsAbs(full) {
		full = filepath.Join(filepath.Dir(d.file), full)
	}
	f, err := os.Open(full)
	if err != nil {
		d.errorAt(file.Pos, "logo %q cannot be read: %s (looked for %s)", file.S, plainOSError(err), full)
		return l, false
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		d.errorAt(file.Pos, "logo %q is a folder, not an image file", file.S)
		return l, false
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxLogoBytes+1)); err != nil {
		d.errorAt(file.Pos, "logo %q cannot be read: %s", file.S, plainOSError(err))
		return l, false
	}
	if buf.Len() > MaxLogoBytes {
		d.errorAt(file.Pos, "logo %q is larger than %d MB; save a smaller image", file.S, MaxLogoBytes>>20)
		return l, false
	}
	l.Data = buf.Bytes()
	cfg, format, err := image.DecodeConfig(bytes.NewReader(l.Data))
	if err != nil || (format != "png" && format != "jpeg") {
		d.errorAt(file.Pos, "logo %q is not a PNG or JPEG image", file.S)
		return l, false
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || float64(cfg.Width)*float64(cfg.Height) > MaxLogoPixels {
		d.errorAt(file.Pos, "logo %q is %d×%d pixels; at most %.0f megapixels are accepted, save a smaller image", file.S, cfg.Width, cfg.Height, MaxLogoPixels/1e6)
		return l, false
	}
	if _, _, err := image.Decode(bytes.NewReader(l.Data)); err != nil {
		d.errorAt(file.Pos, "logo %q is damaged: %s image that cannot be decoded (%v)", file.S, strings.ToUpper(format), err)
		return l, false
	}
	l.Format, l.Width, l.Height = format, cfg.Width, cfg.Height
	return l, true
}

// describe names a TOML value's type in plain words.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("text %q", x)
	case int64:
		return fmt.Sprintf("the number %d", x)
	case float64:
		return fmt.Sprintf("the number %v", x)
	case bool:
		return fmt.Sprintf("%v (true/false)", x)
	case time.Time:
		return "a date or time"
	case []any, []map[string]any:
		return "a list"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}

// suggest returns the allowed name closest to a misspelt one, if close.
func suggest(name string, allowed []string) string {
	best, bestDist := "", 3
	for _, a := range allowed {
		if dist := editDistance(strings.ToLower(name), a); dist < bestDist {
			best, bestDist = a, dist
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// foldStatus is how status words are compared: case and spacing do not
// matter.
func foldStatus(s string) string {
	return strings.ToLower(tidyLine(s))
}

func (t *Template) statusIndex(word string) int {
	for i, s := range t.Statuses {
		if foldStatus(s.Word) == foldStatus(word) {
			return i
		}
	}
	return -1
}

func (t *Template) statusWords() []string {
	words := make([]string, len(t.Statuses))
	for i, s := range t.Statuses {
		words[i] = s.Word
	}
	return words
}
