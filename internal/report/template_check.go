package report

import (
	"math"
	"regexp"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/language"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report/fonts"
)

// templateChecker collects every fault of a template, each at the line of
// its key where the template file sets it.
type templateChecker struct {
	file string
	sm   *sourceMap
	errs ErrorList
}

// errorAt reports a fault of the value at path ("words.covers").
func (c *templateChecker) errorAt(path string, key msg.Key, a ...any) {
	var p Position
	if off, ok := c.sm.keys[path]; ok {
		p = c.sm.pos(off)
	} else if off, ok := c.sm.header(path); ok {
		p = c.sm.pos(off) // a table, such as [[status]]
	}
	c.errs = append(c.errs, &Error{File: c.file, Pos: p, Msg: msg.New(key, a...)})
}

var hexColor = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

const maxStatuses = 8 // the summary and the overview have a column for each

func (c *templateChecker) check(t *Template) {
	if tag, err := language.Parse(t.Language); err != nil || tag.String() != t.Language {
		c.errorAt("language", msg.TemplateLanguage, t.Language)
	}
	w, wb, th := t.Words, t.Workbook, t.Theme
	for _, r := range []struct{ key, v string }{
		{"words.covers", w.Covers}, {"words.activity_column", w.ActivityColumn},
		{"words.tertial_column", w.TertialColumn}, {"words.continued", w.Continued},
		{"words.responsible", w.Responsible}, {"words.responsible_one", w.ResponsibleOne},
		{"words.signatures_heading", w.SignaturesHeading}, {"words.summary_heading", w.SummaryHeading},
		{"words.tertial_column_year", w.TertialColumnYear}, {"words.date", w.Date}, {"words.date_property", w.DateProperty},
		{"words.page_footer", w.PageFooter}, {"words.document_title", w.DocumentTitle},
		{"words.short_title", w.ShortTitle}, {"words.no_status", w.NoStatus},
		// A logo without alternative text would be an image a screen reader
		// cannot tell of.
		{"words.logo_alt", w.LogoAlt},
		{"workbook.overview_promise", wb.OverviewPromise}, {"workbook.overview_total", wb.OverviewTotal},
	} {
		if strings.TrimSpace(r.v) == "" {
			c.errorAt(r.key, msg.TemplateWordEmpty, r.key)
		}
	}
	c.list("words.ordinals", w.Ordinals, 3)
	c.list("words.months", w.Months, 3)
	c.list("words.month_names", w.MonthNames, 12)
	c.list("workbook.data_columns", wb.DataColumns, 9)
	c.distinct("workbook.data_columns", wb.DataColumns)
	c.sheetNames([]struct{ key, v string }{
		{"workbook.report_sheet", wb.ReportSheet}, {"workbook.data_sheet", wb.DataSheet},
		{"workbook.overview_sheet", wb.OverviewSheet},
	})
	c.fillIn(t.FillIn)
	c.statuses(t.Statuses)
	c.theme(th)
}

// list checks that a list has n words, none of them empty.
func (c *templateChecker) list(key string, words []string, n int) {
	if len(words) != n {
		c.errorAt(key, msg.TemplateListCount, key, n, len(words))
	}
	for i, s := range words {
		if strings.TrimSpace(s) == "" {
			c.errorAt(key, msg.TemplateListWordEmpty, key, i+1)
		}
	}
}

// distinct checks that no two words are the same but for case and spaces:
// each is a heading, and an Excel table needs different ones.
func (c *templateChecker) distinct(key string, words []string) {
	seen := map[string]bool{}
	for _, s := range words {
		k := NormalizeStatus(s)
		if seen[k] && k != "" {
			c.errorAt(key, msg.TemplateTwice, key, s)
		}
		seen[k] = true
	}
}

// FillInMetaSheet is the hidden sheet of a fill-in workbook that ties it to
// its source and tertial. No sheet the template names may be called so.
const FillInMetaSheet = "uppfoljning"

// fillIn checks the fill-in workbook's words: its sheets are named as
// Excel allows, its headings are there and different from each other.
func (c *templateChecker) fillIn(f FillInWords) {
	c.sheetNames([]struct{ key, v string }{
		{"fillin.meta", FillInMetaSheet}, {"fillin.sheet", f.Sheet}, {"fillin.help_sheet", f.HelpSheet},
	})
	headings := []struct{ key, v string }{
		{"fillin.promise", f.Promise}, {"fillin.activity", f.Activity}, {"fillin.responsible", f.Responsible},
		{"fillin.previous_status", f.PreviousStatus}, {"fillin.previous_note", f.PreviousNote},
		{"fillin.status", f.Status}, {"fillin.note", f.Note}, {"fillin.key", f.Key},
		{"fillin.no_responsible", f.NoResponsible},
	}
	var words []string
	for _, h := range headings {
		if strings.TrimSpace(h.v) == "" {
			c.errorAt(h.key, msg.TemplateWordEmpty, h.key)
		}
		if h.key != "fillin.no_responsible" {
			words = append(words, h.v)
		}
	}
	c.distinct("fillin", words)
	if len(f.Help) == 0 || len(f.Help) > 10 {
		c.errorAt("fillin.help", msg.TemplateHelpLines, len(f.Help))
	}
}

// sheetNames checks a workbook's sheet names as Excel does.
func (c *templateChecker) sheetNames(names []struct{ key, v string }) {
	seen := map[string]bool{}
	for _, n := range names {
		switch {
		case strings.TrimSpace(n.v) == "":
			c.errorAt(n.key, msg.SheetNameEmpty, n.key)
		case len(utf16.Encode([]rune(n.v))) > 31:
			c.errorAt(n.key, msg.SheetNameLong, n.key, n.v)
		case strings.ContainsAny(n.v, `:\/?*[]`):
			c.errorAt(n.key, msg.SheetNameChars, n.key, n.v)
		case strings.HasPrefix(n.v, "'") || strings.HasSuffix(n.v, "'"):
			c.errorAt(n.key, msg.SheetNameQuote, n.key, n.v)
		case strings.EqualFold(n.v, "History"):
			c.errorAt(n.key, msg.SheetNameReserved, n.key)
		case seen[strings.ToLower(n.v)]:
			c.errorAt(n.key, msg.SheetNameTaken, n.key, n.v)
		}
		seen[strings.ToLower(n.v)] = true
	}
}

func (c *templateChecker) statuses(list []StatusDef) {
	if len(list) == 0 || len(list) > maxStatuses {
		c.errorAt("status", msg.TemplateStatusCount, maxStatuses, len(list))
	}
	seen := map[string]bool{}
	for i, s := range list {
		at := indexPath("status", i)
		if strings.TrimSpace(s.Word) == "" {
			c.errorAt(at, msg.TemplateStatusNoWord, i+1)
		}
		if seen[NormalizeStatus(s.Word)] {
			c.errorAt(at+".word", msg.TemplateStatusTwice, s.Word)
		}
		seen[NormalizeStatus(s.Word)] = true
		if !hexColor.MatchString(s.Color) {
			c.errorAt(at+".color", msg.TemplateStatusColour, s.Word, s.Color)
		}
	}
}

func (c *templateChecker) theme(th Theme) {
	for _, col := range []struct{ key, v string }{
		{"text_color", th.TextColor}, {"heading_color", th.HeadingColor}, {"rule_color", th.RuleColor},
		{"promise_fill", th.PromiseFill}, {"header_fill", th.HeaderFill},
		{"responsible_color", th.ResponsibleColor}, {"no_status_color", th.NoStatusColor},
		{"input_fill", th.InputFill}, {"link_color", th.LinkColor},
	} {
		if !hexColor.MatchString(col.v) {
			c.errorAt("theme."+col.key, msg.TemplateColour, "theme."+col.key, col.v)
		}
	}
	for _, f := range []struct{ key, v string }{{"font", th.Font}, {"fallback_font", th.FallbackFont}} {
		if !contains(fonts.Names, f.v) {
			c.errorAt("theme."+f.key, msg.TemplateFont, "theme."+f.key, f.v, strings.Join(fonts.Names, ", "))
		}
	}
	for _, s := range []struct {
		key    string
		v      float64
		lo, hi float64
	}{
		{"title_size", th.TitleSize, 6, 48}, {"subtitle_size", th.SubtitleSize, 6, 36}, {"heading_size", th.HeadingSize, 6, 36},
		{"body_size", th.BodySize, 6, 24}, {"table_size", th.TableSize, 6, 24}, {"pdf_table_size", th.PDFTableSize, 6, 24}, {"footer_size", th.FooterSize, 5, 16},
		{"line_spacing", th.LineSpacing, 1, 3}, {"margin_top", th.MarginTop, 5, 60}, {"margin_bottom", th.MarginBottom, 5, 60},
		{"margin_left", th.MarginLeft, 5, 60}, {"margin_right", th.MarginRight, 5, 60}, {"cell_padding", th.CellPadding, 0.5, 6},
		{"logo_height", th.LogoHeight, 5, 60}, {"future_column", th.FutureColumn, 0.04, 0.2},
	} {
		if !(s.v >= s.lo && s.v <= s.hi) {
			c.errorAt("theme."+s.key, msg.TemplateRange, "theme."+s.key, s.v, s.lo, s.hi)
		}
	}
	sum := 0.0
	for _, share := range th.Columns {
		if !(share >= 0.1) {
			c.errorAt("theme.columns", msg.TemplateShare, "theme.columns", share)
		}
		sum += share
	}
	if len(th.Columns) != 4 || math.Abs(sum-1) > 0.001 {
		c.errorAt("theme.columns", msg.TemplateShares, "theme.columns", 4)
	}
	if len(th.DataWidths) != 9 {
		c.errorAt("theme.data_widths", msg.TemplateWidths, len(th.DataWidths))
	}
	for _, w := range th.DataWidths {
		if !(w >= 2 && w <= 100) {
			c.errorAt("theme.data_widths", msg.TemplateWidth, w)
		}
	}
}
