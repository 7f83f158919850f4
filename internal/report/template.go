package report

import (
	"reflect"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"

	"uppfoljning/internal/msg"
	"uppfoljning/templates"
)

// Template is the report's words and look, read from a TOML file such as
// templates/sv.toml.
type Template struct {
	Language string        `toml:"language"`
	Creator  string        `toml:"creator"`
	Words    Words         `toml:"words"`
	Statuses Statuses      `toml:"status"`
	Workbook WorkbookWords `toml:"workbook"`
	FillIn   FillInWords   `toml:"fillin"`
	Theme    Theme         `toml:"theme"`
}

// Words are the report's fixed texts. They may hold placeholders such as
// {municipality}; see templates/sv.toml.
type Words struct {
	Subtitle          string   `toml:"subtitle"`
	Intro             string   `toml:"intro"`
	Covers            string   `toml:"covers"`
	Ordinals          []string `toml:"ordinals"`
	Months            []string `toml:"months"`
	MonthNames        []string `toml:"month_names"`
	Date              string   `toml:"date"`
	DateProperty      string   `toml:"date_property"`
	DateLabel         string   `toml:"date_label"`
	PromisesHeading   string   `toml:"promises_heading"`
	ActivitiesHeading string   `toml:"activities_heading"`
	ActivityColumn    string   `toml:"activity_column"`
	TertialColumn     string   `toml:"tertial_column"`
	TertialColumnYear string   `toml:"tertial_column_year"`
	Continued         string   `toml:"continued"`
	Responsible       string   `toml:"responsible"`
	ResponsibleOne    string   `toml:"responsible_one"`
	SignaturesHeading string   `toml:"signatures_heading"`
	SummaryHeading    string   `toml:"summary_heading"`
	SummaryCaption    string   `toml:"summary_caption"`
	NoStatus          string   `toml:"no_status"`
	NoFollowupMark    string   `toml:"no_followup_mark"` // shown for a tertial reported without a follow-up, read as NoStatus
	PageFooter        string   `toml:"page_footer"`
	ShortTitle        string   `toml:"short_title"`
	DocumentTitle     string   `toml:"document_title"`
	Subject           string   `toml:"subject"`
	Keywords          []string `toml:"keywords"`
	LogoAlt           string   `toml:"logo_alt"`
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

// FillInWords are the texts of the fill-in workbook that collect writes
// for the contributors of a tertial's notes.
type FillInWords struct {
	Sheet          string   `toml:"sheet"`
	HelpSheet      string   `toml:"help_sheet"`
	Title          string   `toml:"title"`
	Promise        string   `toml:"promise"`
	Activity       string   `toml:"activity"`
	Responsible    string   `toml:"responsible"`
	PreviousStatus string   `toml:"previous_status"`
	PreviousNote   string   `toml:"previous_note"`
	Previous       string   `toml:"previous"`
	Status         string   `toml:"status"`
	Note           string   `toml:"note"`
	Key            string   `toml:"key"`
	Help           []string `toml:"help"`
	NoResponsible  string   `toml:"no_responsible"`
}

// Theme is the look of the laid-out report. Sizes are in points, lengths in
// millimetres, colours "#RRGGBB".
type Theme struct {
	Font             string    `toml:"font"`
	FallbackFont     string    `toml:"fallback_font"`
	TitleSize        float64   `toml:"title_size"`
	SubtitleSize     float64   `toml:"subtitle_size"`
	HeadingSize      float64   `toml:"heading_size"`
	BodySize         float64   `toml:"body_size"`
	TableSize        float64   `toml:"table_size"`
	PDFTableSize     float64   `toml:"pdf_table_size"` // the PDF's tables, which print at A4 width
	FooterSize       float64   `toml:"footer_size"`
	LineSpacing      float64   `toml:"line_spacing"`
	TextColor        string    `toml:"text_color"`
	HeadingColor     string    `toml:"heading_color"`
	RuleColor        string    `toml:"rule_color"`
	PromiseFill      string    `toml:"promise_fill"`
	HeaderFill       string    `toml:"header_fill"`
	ResponsibleColor string    `toml:"responsible_color"`
	NoStatusColor    string    `toml:"no_status_color"`
	InputFill        string    `toml:"input_fill"`
	LinkColor        string    `toml:"link_color"`
	PromiseMarker    string    `toml:"promise_marker"`
	MarginTop        float64   `toml:"margin_top"`
	MarginBottom     float64   `toml:"margin_bottom"`
	MarginLeft       float64   `toml:"margin_left"`
	MarginRight      float64   `toml:"margin_right"`
	CellPadding      float64   `toml:"cell_padding"`
	LogoHeight       float64   `toml:"logo_height"`
	Columns          []float64 `toml:"columns"`
	FutureColumn     float64   `toml:"future_column"`
	DataWidths       []float64 `toml:"data_widths"`
}

// DefaultTemplate is the built-in Swedish template, templates/sv.toml.
func DefaultTemplate() (*Template, error) {
	return LoadTemplate(templates.DefaultName, templates.Default)
}

// LoadTemplate reads and checks a template. A template holds what it
// changes: every key it leaves out keeps the built-in template's value.
// Every rule a renderer relies on is checked here, so that a template that
// loads never makes a build fail. name is used in messages.
func LoadTemplate(name string, data []byte) (*Template, error) {
	t, md, sm, err := decodeTemplate(name, data)
	if err != nil {
		return nil, err
	}
	if name != templates.DefaultName {
		base, _, _, err := decodeTemplate(templates.DefaultName, templates.Default)
		if err != nil {
			return nil, msg.Errorf(msg.BuiltInTemplate, err)
		}
		inherit(reflect.ValueOf(t).Elem(), reflect.ValueOf(base).Elem(), md, nil)
	}
	c := templateChecker{file: name, sm: sm}
	for _, k := range md.Undecoded() {
		c.errorAt(k.String(), msg.TemplateUnknownKey, k.String())
	}
	c.check(t)
	if len(c.errs) > 0 {
		c.errs.sort()
		return nil, c.errs
	}
	return t, nil
}

// decodeTemplate reads a template file's TOML, refusing nesting that could
// exhaust the decoder before the decoder sees it.
func decodeTemplate(name string, data []byte) (*Template, toml.MetaData, *sourceMap, error) {
	fail := func(err error) (*Template, toml.MetaData, *sourceMap, error) {
		return nil, toml.MetaData{}, nil, err
	}
	if len(data) > MaxSourceBytes {
		return fail(ErrorList{{File: name, Msg: msg.New(msg.TemplateTooLarge, MaxSourceBytes>>20)}})
	}
	file, err := readText(name, data)
	if err != nil {
		return fail(err)
	}
	sm, _, err := scanAndDecode(file)
	if sm.tooDeep != -1 {
		return fail(ErrorList{{File: name, Pos: sm.pos(sm.tooDeep), Msg: msg.New(msg.NestedTooDeep, maxNesting)}})
	}
	if err != nil {
		return fail(syntaxError(sm, err))
	}
	// Decoded a second time, into the template's fields: the text is known
	// to be TOML, and its values of the wrong type are told of here.
	var t Template
	md, err := toml.Decode(file.Text, &t)
	if err != nil {
		// The decoder tells a value of the wrong type only as text:
		// "toml: line 2 (last key "words.covers"): incompatible types …".
		key := "?"
		if m := lastKey.FindStringSubmatch(err.Error()); m != nil {
			key = m[1]
		}
		return fail(ErrorList{{File: name, Pos: sm.file.At(sm.keySpan(key)), Msg: msg.New(msg.TemplateWrongType, key)}})
	}
	return &t, md, sm, nil
}

var lastKey = regexp.MustCompile(`\(last key "([^"]+)"\)`)

// inherit copies into t, field by field, the base's value of every key the
// template file does not set. A list the file sets replaces the base's
// whole.
func inherit(t, base reflect.Value, md toml.MetaData, path []string) {
	for i := 0; i < t.NumField(); i++ {
		key, _, _ := strings.Cut(t.Type().Field(i).Tag.Get("toml"), ",")
		p := append(path[:len(path):len(path)], key)
		switch f := t.Field(i); {
		case f.Kind() == reflect.Struct && md.IsDefined(p...):
			inherit(f, base.Field(i), md, p)
		case !md.IsDefined(p...):
			f.Set(base.Field(i))
		}
	}
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
