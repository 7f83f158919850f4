package report

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

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
	src.Title = d.text(raw, "", "title", "the document's title", required, tidyLine)
	src.Municipality = d.text(raw, "", "municipality", "the municipality's name", required, tidyLine)
	src.Period = d.text(raw, "", "period", "the promise period", required, tidyLine)
	if src.Period.S != "" {
		src.FirstYear, src.LastYear = d.period(src.Period)
	}
	src.Subtitle = d.text(raw, "", "subtitle", "the subtitle", optional, tidyLine)
	src.Intro = d.text(raw, "", "intro", "the introduction", optional, tidyNote)
	src.PromisesHeading = d.text(raw, "", "promises_heading", "the promises' heading", optional, tidyLine)
	src.ActivitiesHeading = d.text(raw, "", "activities_heading", "the activities' heading", optional, tidyLine)
	src.Logos = d.logos(raw["logos"])
	for i, t := range d.tables(raw, "", "signatory", "[[signatory]]") {
		path := indexPath("signatory", i)
		d.unknownKeys(t, path, "a [[signatory]]", signatoryKeys)
		src.Signatories = append(src.Signatories, Signatory{
			Name: d.text(t, path, "name", "the signatory's name", required, tidyLine),
			Role: d.text(t, path, "role", "the signatory's role", optional, tidyLine),
		})
	}
	promises := d.tables(raw, "", "promise", "[[promise]]")
	if _, ok := raw["promise"]; !ok {
		d.errorAt(Pos{Line: 1, Col: 1}, "the source has no promise; add one with [[promise]] and text = \"…\"")
	}
	for i, t := range promises {
		src.Promises = append(src.Promises, d.promise(t, indexPath("promise", i), src))
	}
	src.Warnings = d.repeatedTexts(src)
	return src
}

// repeatedTexts warns of a promise or an activity whose text is the same
// as another's: a block pasted twice, or one left unedited after a copy.
func (d *decoder) repeatedTexts(src *Source) []Warning {
	var out []Warning
	promises, activities := map[string]Pos{}, map[string]Pos{}
	repeated := func(seen map[string]Pos, t Text, what string) {
		if t.S == "" {
			return
		}
		if first, ok := seen[t.S]; ok {
			out = append(out, Warning{File: d.file, Pos: Pos{Line: t.Pos.Line, Col: t.Pos.Col},
				Msg: fmt.Sprintf("this %s has the same text as the one on line %d; if they are not the same, tell them apart", what, first.Line)})
			return
		}
		seen[t.S] = t.Pos
	}
	for _, p := range src.Promises {
		repeated(promises, p.Text, "promise")
		for _, a := range p.Activities {
			repeated(activities, a.Text, "activity")
		}
	}
	return out
}

func (d *decoder) promise(t map[string]any, path string, src *Source) SourcePromise {
	d.unknownKeys(t, path, "a [[promise]]", promiseKeys)
	p := SourcePromise{Text: d.text(t, path, "text", "the promise's text", required, tidyLine), Header: d.header(path)}
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
	a := SourceActivity{Text: d.text(t, path, "text", "the activity's text", required, tidyLine), Header: d.header(path), End: d.sm.ends[path]}
	switch v := t["responsible"].(type) {
	case nil:
	case string:
		if r := d.text(t, path, "responsible", "who is responsible", required, tidyLine); r.S != "" {
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
	fu := Followup{Status: -1, Header: d.header(path), End: d.sm.ends[path]}
	ok := true
	tertial := d.text(t, path, "tertial", "the follow-up's tertial", required, strings.TrimSpace)
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
	// status = "" and note = "" are placeholders: "not written yet".
	if _, has := t["status"]; has {
		st := d.text(t, path, "status", "the status", placeholder, tidyLine)
		if st.S != "" {
			fu.Status = d.tpl.statusIndex(st.S)
			if fu.Status < 0 {
				d.errorAt(st.Pos, "status %q is not one of: %s", st.S, strings.Join(d.tpl.statusWords(), ", "))
			}
		}
		fu.StatusText = st
		fu.StatusText.S, _ = t["status"].(string)
	}
	fu.Note = d.text(t, path, "note", "the note", placeholder, tidyNote)
	fu.NoteRaw, _ = t["note"].(string)
	if _, hasNote := t["note"]; !hasNote {
		if _, hasStatus := t["status"]; !hasStatus {
			d.errorAt(d.sm.keyPos(path), "this follow-up has neither a note nor a status; write what was done with note = \"…\"")
		}
	}
	return fu, ok
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

// need says whether a key must be written, and whether it may be empty.
type need uint8

const (
	optional    need = iota // may be left out; when written, not empty
	required                // must be written, and not empty
	placeholder             // may be left out or empty: "" is "not written yet"
)

// text reads a string value. tidy normalises it.
func (d *decoder) text(table map[string]any, path, key, what string, n need, tidy func(string) string) Text {
	full := joinPath(path, key)
	v, ok := table[key]
	if !ok {
		if n == required && !d.suggested[full] {
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
	switch {
	case t.S != "" || n == placeholder:
	case n == required:
		d.errorAt(pos, "%s is empty; write %s here", key, what)
	default:
		d.errorAt(pos, "%s is empty; write %s or leave the key out", key, what)
	}
	return t
}

// header is the offset of the [[…]] line of the table at path, or -1 when
// the table is written inline.
func (d *decoder) header(path string) int {
	if off, ok := d.sm.tables[path]; ok {
		return off
	}
	return -1
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

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
