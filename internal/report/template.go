package report

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"

	"uppfoljning/internal/report/fonts"
)

// Template is the report's words and look, read from a TOML file such as
// templates/sv.toml.
type Template struct {
	Language string        `toml:"language"`
	Creator  string        `toml:"creator"`
	Words    Words         `toml:"words"`
	Statuses []StatusDef   `toml:"status"`
	Workbook WorkbookWords `toml:"workbook"`
	Theme    Theme         `toml:"theme"`
}

// Words are the report's fixed texts. They may hold placeholders such as
// {municipality}; see templates/sv.toml.
type Words struct {
	Subtitle          string   `toml:"subtitle"`
	Intro             string   `toml:"intro"`
	Covers            string   `toml:"covers"`
	Ordinals          []string `toml:"ordinals"`
	PromisesHeading   string   `toml:"promises_heading"`
	ActivitiesHeading string   `toml:"activities_heading"`
	ActivityColumn    string   `toml:"activity_column"`
	TertialColumn     string   `toml:"tertial_column"`
	Continued         string   `toml:"continued"`
	Responsible       string   `toml:"responsible"`
	SignaturesHeading string   `toml:"signatures_heading"`
	NoStatus          string   `toml:"no_status"`
	PageFooter        string   `toml:"page_footer"`
	ShortTitle        string   `toml:"short_title"`
	DocumentTitle     string   `toml:"document_title"`
	Subject           string   `toml:"subject"`
	Keywords          []string `toml:"keywords"`
}

// StatusDef is one status a follow-up may have.
type StatusDef struct {
	Word  string `toml:"word"`
	Color string `toml:"color"`
}

// WorkbookWords are the texts of the council's workbook.
type WorkbookWords struct {
	ReportSheet     string   `toml:"report_sheet"`
	DataSheet       string   `toml:"data_sheet"`
	OverviewSheet   string   `toml:"overview_sheet"`
	DataColumns     []string `toml:"data_columns"`
	OverviewPromise string   `toml:"overview_promise"`
	OverviewTotal   string   `toml:"overview_total"`
	ChartTitle      string   `toml:"chart_title"`
}

// Theme is the look of the laid-out report. Sizes are in points, lengths in
// millimetres, colours "#RRGGBB".
type Theme struct {
	Font         string    `toml:"font"`
	FallbackFont string    `toml:"fallback_font"`
	TitleSize    float64   `toml:"title_size"`
	SubtitleSize float64   `toml:"subtitle_size"`
	HeadingSize  float64   `toml:"heading_size"`
	BodySize     float64   `toml:"body_size"`
	TableSize    float64   `toml:"table_size"`
	FooterSize   float64   `toml:"footer_size"`
	LineSpacing  float64   `toml:"line_spacing"`
	TextColor    string    `toml:"text_color"`
	HeadingColor string    `toml:"heading_color"`
	RuleColor    string    `toml:"rule_color"`
	PromiseFill  string    `toml:"promise_fill"`
	HeaderFill   string    `toml:"header_fill"`
	MarginTop    float64   `toml:"margin_top"`
	MarginBottom float64   `toml:"margin_bottom"`
	MarginLeft   float64   `toml:"margin_left"`
	MarginRight  float64   `toml:"margin_right"`
	CellPadding  float64   `toml:"cell_padding"`
	LogoHeight   float64   `toml:"logo_height"`
	Columns      []float64 `toml:"columns"`
}

var hexColor = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

// LoadTemplate reads and checks a template. name is used in messages.
func LoadTemplate(name string, data []byte) (*Template, error) {
	if len(data) > MaxSourceBytes {
		return nil, ErrorList{{File: name, Msg: fmt.Sprintf("the template is larger than %d MB", MaxSourceBytes>>20)}}
	}
	if m := scanTOML(string(data)); m.tooDeep >= 0 {
		return nil, ErrorList{{File: name, Pos: m.pos(m.tooDeep), Msg: fmt.Sprintf("lists or tables nest more than %d levels deep", maxNesting)}}
	}
	var t Template
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&t)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, ErrorList{{File: name, Pos: Pos{Line: pe.Position.Line, Col: pe.Position.Col}, Msg: pe.Message}}
		}
		return nil, ErrorList{{File: name, Msg: strings.TrimPrefix(err.Error(), "toml: ")}}
	}
	var errs ErrorList
	bad := func(format string, a ...any) {
		errs = append(errs, &Error{File: name, Msg: fmt.Sprintf(format, a...)})
	}
	for _, k := range md.Undecoded() {
		bad("unknown key %q", k.String())
	}
	required := map[string]string{
		"language": t.Language, "words.covers": t.Words.Covers, "words.activity_column": t.Words.ActivityColumn,
		"words.tertial_column": t.Words.TertialColumn, "words.continued": t.Words.Continued,
		"words.page_footer": t.Words.PageFooter, "words.document_title": t.Words.DocumentTitle,
		"words.short_title": t.Words.ShortTitle, "words.no_status": t.Words.NoStatus,
		"workbook.report_sheet": t.Workbook.ReportSheet, "workbook.data_sheet": t.Workbook.DataSheet,
		"workbook.overview_sheet": t.Workbook.OverviewSheet,
	}
	for _, k := range sortedKeys(required) {
		if strings.TrimSpace(required[k]) == "" {
			bad("%s is missing or empty", k)
		}
	}
	if len(t.Words.Ordinals) != 3 {
		bad("words.ordinals must list 3 words (första, andra, tredje), it lists %d", len(t.Words.Ordinals))
	}
	if len(t.Workbook.DataColumns) != 9 {
		bad("workbook.data_columns must list 9 headings, it lists %d", len(t.Workbook.DataColumns))
	}
	if len(t.Statuses) == 0 {
		bad("at least one [[status]] is needed")
	}
	seen := map[string]bool{}
	for i, s := range t.Statuses {
		if strings.TrimSpace(s.Word) == "" {
			bad("status %d has no word", i+1)
		}
		if seen[foldStatus(s.Word)] {
			bad("status %q is listed twice", s.Word)
		}
		seen[foldStatus(s.Word)] = true
		if !hexColor.MatchString(s.Color) {
			bad("status %q: color %q is not a colour like \"#2E7D32\"", s.Word, s.Color)
		}
	}
	th := t.Theme
	for _, c := range []struct{ key, v string }{
		{"text_color", th.TextColor}, {"heading_color", th.HeadingColor}, {"rule_color", th.RuleColor},
		{"promise_fill", th.PromiseFill}, {"header_fill", th.HeaderFill},
	} {
		if !hexColor.MatchString(c.v) {
			bad("theme.%s %q is not a colour like \"#2E7D32\"", c.key, c.v)
		}
	}
	for _, f := range []struct {
		key string
		v   string
	}{{"font", th.Font}, {"fallback_font", th.FallbackFont}} {
		if !contains(fonts.Names, f.v) {
			bad("theme.%s %q is not one of the embedded fonts: %s", f.key, f.v, strings.Join(fonts.Names, ", "))
		}
	}
	for _, s := range []struct {
		key    string
		v      float64
		lo, hi float64
	}{
		{"title_size", th.TitleSize, 6, 48}, {"subtitle_size", th.SubtitleSize, 6, 36}, {"heading_size", th.HeadingSize, 6, 36},
		{"body_size", th.BodySize, 6, 24}, {"table_size", th.TableSize, 6, 24}, {"footer_size", th.FooterSize, 5, 16},
		{"line_spacing", th.LineSpacing, 1, 3}, {"margin_top", th.MarginTop, 5, 60}, {"margin_bottom", th.MarginBottom, 5, 60},
		{"margin_left", th.MarginLeft, 5, 60}, {"margin_right", th.MarginRight, 5, 60}, {"cell_padding", th.CellPadding, 0.5, 6},
		{"logo_height", th.LogoHeight, 5, 60},
	} {
		if !(s.v >= s.lo && s.v <= s.hi) {
			bad("theme.%s is %v; it must be between %v and %v", s.key, s.v, s.lo, s.hi)
		}
	}
	sum := 0.0
	for _, c := range th.Columns {
		if !(c >= 0.1) {
			bad("theme.columns: each share must be at least 0.1, found %v", c)
		}
		sum += c
	}
	if len(th.Columns) != 4 || math.Abs(sum-1) > 0.001 {
		bad("theme.columns must be 4 shares that add up to 1 (Aktivitet, Tertial 1, 2, 3)")
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return &t, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// fill replaces {name} placeholders.
func fill(s string, vars map[string]string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	pairs := make([]string, 0, 2*len(vars))
	for _, k := range sortedKeys(vars) {
		pairs = append(pairs, "{"+k+"}", vars[k])
	}
	return strings.NewReplacer(pairs...).Replace(s)
}
