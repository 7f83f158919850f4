package report

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"uppfoljning/internal/msg"
)

// decoder turns the decoded TOML into a Source, collecting every error.
type decoder struct {
	file     string
	sm       *sourceMap
	statuses Statuses
	errs     ErrorList
	// suggested holds the keys an unknown key was taken to be a misspelling
	// of; their absence is not reported a second time.
	suggested map[string]bool
	// refused holds the offsets of the values refused for a Windows path
	// in "…": nothing more is told of them.
	refused map[int]bool
}

// errorAt tells of a mistake at a place in the file.
func (d *decoder) errorAt(s Span, key msg.Key, a ...any) {
	d.errs = append(d.errs, &Error{File: d.file, Pos: d.sm.file.At(s), Msg: msg.New(key, a...)})
}

var (
	topKeys       = []string{"title", "municipality", "period", "date", "subtitle", "intro", "promises_heading", "activities_heading", "logos", "signatory", "promise"}
	logoKeys      = []string{"path", "alt"}
	signatoryKeys = []string{"name", "role"}
	promiseKeys   = []string{"text", "activity"}
	activityKeys  = []string{"text", "responsible", "followup"}
	followupKeys  = []string{"tertial", "status", "note"}
)

// where names the table in messages.
func (d *decoder) unknownKeys(table map[string]any, path string, where msg.Key, allowed []string) {
	for _, k := range sortedKeys(table) {
		if contains(allowed, k) {
			continue
		}
		full := joinPath(path, k)
		if d.unknownTable(full, table[k]) {
			continue
		}
		if s := suggest(k, allowed); s != "" {
			d.suggested[joinPath(path, s)] = true
			d.errorAt(d.sm.keySpan(full), msg.UnknownKeySuggest, k, msg.New(where), s, strings.Join(allowed, ", "))
			continue
		}
		d.errorAt(d.sm.keySpan(full), msg.UnknownKey, k, msg.New(where), strings.Join(allowed, ", "))
	}
}

// tableHeaders are the tables a source has, as their headings are written.
var tableHeaders = []string{"promise", "promise.activity", "promise.activity.followup", "signatory"}

// unknownTable tells of an unknown key that is a table written with its own
// heading ([[followup]] instead of [[promise.activity.followup]]), at the
// heading's line. It reports false for any other key.
func (d *decoder) unknownTable(path string, v any) bool {
	header, ok := d.sm.header(path)
	if !ok {
		return false
	}
	_, isList := v.([]map[string]any)
	written := "[" + strings.ReplaceAll(tableOf(path), "[", "") + "]"
	if isList {
		written = "[" + written + "]"
	}
	last := path[strings.LastIndexByte("."+path, '.'):]
	for _, t := range tableHeaders {
		if suggest(last, []string{t[strings.LastIndexByte("."+t, '.'):]}) != "" {
			d.errorAt(point(header), msg.UnknownTableSuggest, written, "[["+t+"]]")
			return true
		}
	}
	d.errorAt(point(header), msg.UnknownTable, written)
	return true
}

func (d *decoder) source(raw map[string]any) *Source {
	src := &Source{}
	var escapeWarnings []Warning
	escapeWarnings, d.refused = d.checkEscapes()
	d.unknownKeys(raw, "", msg.WhereDocument, topKeys)
	src.Title = d.text(raw, "", "title", msg.WhatTitle, required, tidyLine)
	src.Municipality = d.text(raw, "", "municipality", msg.WhatMunicipality, required, tidyLine)
	src.Period = d.text(raw, "", "period", msg.WhatPeriod, required, tidyLine)
	if src.Period.S != "" {
		src.FirstYear, src.LastYear = d.period(src.Period)
	}
	src.Date, src.Settled = d.date(raw)
	src.Subtitle = d.text(raw, "", "subtitle", msg.WhatSubtitle, optional, tidyLine)
	src.Intro = d.text(raw, "", "intro", msg.WhatIntro, optional, tidyNote)
	src.PromisesHeading = d.text(raw, "", "promises_heading", msg.WhatPromisesHeading, optional, tidyLine)
	src.ActivitiesHeading = d.text(raw, "", "activities_heading", msg.WhatActivitiesHeading, optional, tidyLine)
	src.Logos = d.logos(raw["logos"])
	for i, t := range d.tables(raw, "", "signatory", "[[signatory]]") {
		path := indexPath("signatory", i)
		d.unknownKeys(t, path, msg.WhereSignatory, signatoryKeys)
		src.Signatories = append(src.Signatories, Signatory{
			Name: d.text(t, path, "name", msg.WhatSignatoryName, required, tidyLine),
			Role: d.text(t, path, "role", msg.WhatSignatoryRole, optional, tidyLine),
		})
	}
	promises := d.tables(raw, "", "promise", "[[promise]]")
	if _, ok := raw["promise"]; !ok {
		d.errorAt(point(0), msg.NoPromise)
	}
	for i, t := range promises {
		src.Promises = append(src.Promises, d.promise(t, indexPath("promise", i), src))
	}
	src.Warnings = append(append(escapeWarnings, d.repeatedTexts(src)...), d.partyWarnings(src)...)
	slices.SortStableFunc(src.Warnings, func(a, b Warning) int {
		return cmp.Or(cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
	return src
}

// repeatedTexts warns of a promise or an activity whose text is the same
// as another's: a block pasted twice, or one left unedited after a copy.
func (d *decoder) repeatedTexts(src *Source) []Warning {
	var out []Warning
	promises, activities := map[string]Span{}, map[string]Span{}
	repeated := func(seen map[string]Span, t Text, key msg.Key) {
		if t.S == "" {
			return
		}
		if first, ok := seen[t.S]; ok {
			out = append(out, Warning{File: d.file, Pos: d.sm.file.At(t.Span), Msg: msg.New(key, d.sm.file.At(first).Line)})
			return
		}
		seen[t.S] = t.Span
	}
	for _, p := range src.Promises {
		repeated(promises, p.Text, msg.RepeatedPromise)
		for _, a := range p.Activities {
			repeated(activities, a.Text, msg.RepeatedActivity)
		}
	}
	return out
}

func (d *decoder) promise(t map[string]any, path string, src *Source) SourcePromise {
	d.unknownKeys(t, path, msg.WherePromise, promiseKeys)
	p := SourcePromise{Text: d.text(t, path, "text", msg.WhatPromiseText, required, tidyLine), Header: d.header(path)}
	acts := d.tables(t, path, "activity", "[[promise.activity]]")
	if _, ok := t["activity"]; !ok {
		d.errorAt(d.sm.keySpan(path), msg.NoActivity)
	}
	for i, a := range acts {
		p.Activities = append(p.Activities, d.activity(a, indexPath(path+".activity", i), src))
	}
	return p
}

func (d *decoder) activity(t map[string]any, path string, src *Source) SourceActivity {
	d.unknownKeys(t, path, msg.WhereActivity, activityKeys)
	a := SourceActivity{Text: d.text(t, path, "text", msg.WhatActivityText, required, tidyLine), Header: d.header(path), End: d.sm.ends[path]}
	switch v := t["responsible"].(type) {
	case nil:
	case string:
		if r := d.text(t, path, "responsible", msg.WhatResponsible, required, tidyLine); r.S != "" {
			a.Responsible = []Text{r}
		}
	case []any:
		for i, x := range v {
			p := indexPath(path+".responsible", i)
			s, ok := x.(string)
			if !ok {
				d.errorAt(d.sm.valueSpan(p), msg.ResponsibleNotNames, describe(x))
				continue
			}
			if r := tidyLine(s); r != "" {
				a.Responsible = append(a.Responsible, Text{S: r, Span: d.sm.valueSpan(p)})
			}
		}
	default:
		d.errorAt(d.sm.valueSpan(path+".responsible"), msg.ResponsibleNotNames, describe(v))
	}
	seen := map[Tertial]Span{}
	merged := false // an activity's heading is missing above a follow-up's keys
	for i, f := range d.tables(t, path, "followup", "[[promise.activity.followup]]") {
		fp := indexPath(path+".followup", i)
		if d.activityInFollowup(f, fp) {
			merged = true
		}
		fu, ok := d.followup(f, fp, src)
		if !ok {
			continue
		}
		if first, dup := seen[fu.Tertial]; dup && !merged {
			d.errorAt(fu.Span, msg.SecondFollowup, fu.Tertial.String(), d.sm.file.At(first).Line)
			continue
		}
		seen[fu.Tertial] = fu.Span
		a.Followups = append(a.Followups, fu)
	}
	slices.SortStableFunc(a.Followups, func(x, y Followup) int {
		return x.Tertial.Compare(y.Tertial)
	})
	return a
}

func (d *decoder) followup(t map[string]any, path string, src *Source) (Followup, bool) {
	allowed := followupKeys
	if hasActivityKeys(t) { // told by activityInFollowup
		allowed = append(slices.Clone(followupKeys), "text", "responsible")
	}
	d.unknownKeys(t, path, msg.WhereFollowup, allowed)
	fu := Followup{Status: -1, Header: d.header(path), End: d.sm.ends[path]}
	ok := true
	tertial := d.text(t, path, "tertial", msg.WhatTertial, required, strings.TrimSpace)
	fu.Span = tertial.Span
	if tertial.S == "" {
		ok = false
	} else {
		tt, err := ParseTertial(tertial.S)
		switch {
		case err != nil:
			d.errorAt(tertial.Span, msg.TertialBad, tertial.S, err)
			ok = false
		case src.FirstYear > 0 && (tt.Year < src.FirstYear || tt.Year > src.LastYear):
			d.errorAt(tertial.Span, msg.TertialOutside, strconv.Quote(tertial.S), src.Period.S, src.FirstYear, src.LastYear)
			ok = false
		default:
			fu.Tertial = tt
		}
	}
	// status = "" and note = "" are placeholders: "not written yet".
	if _, has := t["status"]; has {
		st := d.text(t, path, "status", msg.WhatStatus, placeholder, tidyLine)
		if st.S != "" {
			fu.Status = d.statuses.Index(st.S)
			switch near := suggest(st.S, d.statuses.Words()); {
			case fu.Status >= 0:
			case near != "":
				d.errorAt(st.Span, msg.StatusUnknownSuggest, st.S, near, strings.Join(d.statuses.Words(), ", "))
			default:
				d.errorAt(st.Span, msg.StatusUnknown, st.S, strings.Join(d.statuses.Words(), ", "))
			}
		}
		fu.StatusText = st
		fu.StatusText.S, _ = t["status"].(string)
	}
	fu.Note = d.text(t, path, "note", msg.WhatNote, placeholder, tidyNote)
	fu.NoteRaw, _ = t["note"].(string)
	if _, hasNote := t["note"]; !hasNote {
		if _, hasStatus := t["status"]; !hasStatus {
			d.errorAt(d.sm.keySpan(path), msg.FollowupEmpty)
		}
	}
	return fu, ok
}

var periodPattern = regexp.MustCompile(`^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$`)

const minYear, maxYear, maxPeriodYears = 1990, 2200, 10

func (d *decoder) period(t Text) (first, last int) {
	m := periodPattern.FindStringSubmatch(t.S)
	if m == nil {
		d.errorAt(t.Span, msg.PeriodFormat, t.S)
		return 0, 0
	}
	first, _ = strconv.Atoi(m[1])
	last = first
	if m[2] != "" {
		last, _ = strconv.Atoi(m[2])
	}
	switch {
	case first < minYear || last > maxYear:
		d.errorAt(t.Span, msg.PeriodYears, t.S, minYear, maxYear)
	case last < first:
		d.errorAt(t.Span, msg.PeriodReversed, t.S, last, first)
	case last-first >= maxPeriodYears:
		d.errorAt(t.Span, msg.PeriodTooLong, t.S, maxPeriodYears)
	default:
		return first, last
	}
	return 0, 0
}

// isoDate is a date written as YYYY-MM-DD, whether or not the day exists.
var isoDate = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// date reads the optional date the follow-up was settled: "2020-12-15", in
// quotes or as a TOML date.
func (d *decoder) date(raw map[string]any) (Text, time.Time) {
	switch v := raw["date"].(type) {
	case nil:
		return Text{}, time.Time{}
	case time.Time:
		// A TOML date, written without quotation marks. A date-time or a
		// time of day names more than a day, which the report would drop.
		t := Text{S: v.Format(time.DateOnly), Span: d.sm.valueSpan("date")}
		if written := d.sm.file.Text[t.Span.Offset:t.Span.End]; !isoDate.MatchString(written) {
			d.errorAt(t.Span, msg.DateFormat, written)
			return Text{}, time.Time{}
		}
		if v.Year() < minYear || v.Year() > maxYear {
			d.errorAt(t.Span, msg.DateYears, t.S, minYear, maxYear)
			return Text{}, time.Time{}
		}
		return t, time.Date(v.Year(), v.Month(), v.Day(), 0, 0, 0, 0, time.UTC)
	}
	t := d.text(raw, "", "date", msg.WhatDate, optional, strings.TrimSpace)
	if t.S == "" {
		return Text{}, time.Time{}
	}
	when, err := time.Parse(time.DateOnly, t.S)
	switch {
	case err != nil && isoDate.MatchString(t.S):
		d.errorAt(t.Span, msg.DateNoSuchDay, t.S)
	case err != nil:
		d.errorAt(t.Span, msg.DateFormat, t.S)
	case when.Year() < minYear || when.Year() > maxYear:
		d.errorAt(t.Span, msg.DateYears, t.S, minYear, maxYear)
	default:
		return t, when
	}
	return Text{}, time.Time{}
}

// need says whether a key must be written, and whether it may be empty.
type need uint8

const (
	optional    need = iota // may be left out; when written, not empty
	required                // must be written, and not empty
	placeholder             // may be left out or empty: "" is "not written yet"
)

// text reads a string value. tidy normalises it.
func (d *decoder) text(table map[string]any, path, key string, what msg.Key, n need, tidy func(string) string) Text {
	full := joinPath(path, key)
	v, ok := table[key]
	if !ok {
		if n == required && !d.suggested[full] {
			d.errorAt(d.sm.keySpan(path), msg.KeyMissing, msg.New(what), key, tableName(path))
		}
		return Text{}
	}
	pos := d.sm.valueSpan(full)
	s, isString := v.(string)
	if !isString {
		d.errorAt(pos, msg.NotText, key, key, describe(v))
		return Text{}
	}
	if utf8.RuneCountInString(s) > MaxTextChars {
		d.errorAt(pos, msg.TextTooLong, key, MaxTextChars)
		return Text{}
	}
	t := Text{S: tidy(s), Span: pos}
	switch {
	case t.S != "" || n == placeholder:
	case n == required:
		d.errorAt(pos, msg.EmptyRequired, key, msg.New(what))
	default:
		d.errorAt(pos, msg.EmptyOptional, key, msg.New(what))
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
func tableName(path string) msg.Message {
	if path == "" {
		return msg.New(msg.AtTopOfFile)
	}
	if strings.HasPrefix(path, "logos[") {
		return msg.New(msg.InsideLogo)
	}
	return msg.New(msg.UnderTable, "[["+tableOf(path)+"]]")
}

// tableOf is the name of the table at path as its heading writes it:
// "promise.activity" for promise[0].activity[2].
func tableOf(path string) string {
	var parts []string
	for _, p := range strings.Split(path, ".") {
		if i := strings.IndexByte(p, '['); i >= 0 {
			p = p[:i]
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, ".")
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
				d.errorAt(d.sm.valueSpan(indexPath(full, i)), msg.NotTables, key, header, describe(e))
				continue
			}
			out = append(out, m)
		}
		return out
	}
	if _, isTable := v.(map[string]any); isTable {
		if off, ok := d.sm.tables[full]; ok { // [promise] for [[promise]]
			name := tableOf(full)
			d.errorAt(point(off), msg.SingleBrackets, name, name)
			return nil
		}
	}
	d.errorAt(d.sm.keySpan(full), msg.NotTables, key, header, describe(v))
	return nil
}

// describe names a TOML value's type in plain words.
func describe(v any) msg.Message {
	switch x := v.(type) {
	case string:
		return msg.New(msg.DescText, x)
	case int64, float64:
		return msg.New(msg.DescNumber, x)
	case bool:
		return msg.New(msg.DescBool, x)
	case time.Time:
		return msg.New(msg.DescDate)
	case []any, []map[string]any:
		return msg.New(msg.DescList)
	}
	return msg.New(msg.DescTable)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
