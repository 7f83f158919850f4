package report

import (
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"uppfoljning/internal/msg"
)

// syntaxError tells a TOML syntax error in plain words, at the line where
// the mistake is written: the mistakes people make (quotation marks inside
// a text, a Windows path, Word's quotation marks, "" for """, a text never
// closed, a missing =, [promise] for [[promise]], a forgotten heading) each
// have a message that says what to write instead. The TOML decoder's own
// words never reach the user; its position is a starting point only, as it
// is often a line or more past the mistake.
func syntaxError(sm *sourceMap, err error) error {
	p, m := Position{}, msg.New(msg.SyntaxEOF)
	var pe toml.ParseError
	if errors.As(err, &pe) {
		g := &diagnosis{sm: sm, text: sm.file.Text, message: pe.Message, at: max(0, min(pe.Position.Start, len(sm.file.Text)))}
		p, m = g.diagnose()
	}
	return ErrorList{{File: sm.file.Name, Pos: p, Msg: m}}
}

// diagnosis finds the mistake behind a decoder's message.
type diagnosis struct {
	sm      *sourceMap
	text    string
	message string // the decoder's
	at      int    // the offset the decoder stopped at
}

// rules are tried in order; the first that knows the mistake tells it.
func (g *diagnosis) diagnose() (Position, msg.Message) {
	for _, rule := range []func() (int, msg.Message, bool){
		g.unclosedMultiline, g.swallowedMultiline, g.windowsPath, g.unclosedLine, g.earlyEnd, g.missingEquals, g.backslash,
		g.valueNotText, g.header, g.singleBrackets, g.keyTwice, g.lists, g.number,
	} {
		if off, m, ok := rule(); ok {
			return g.sm.pos(off), m
		}
	}
	if strings.HasPrefix(g.message, "unexpected EOF") {
		return g.sm.pos(len(g.text)), msg.New(msg.SyntaxEOF)
	}
	p := g.sm.pos(g.at)
	return p, msg.New(msg.SyntaxNotUnderstood, p.Col)
}

// line is the start and end (before its line break) of the line at off.
func (g *diagnosis) line(off int) (start, end int) {
	f := g.sm.file
	l := f.Position(off).Line
	return f.LineStart(l), f.LineEnd(l)
}

// keyValue splits the line at off into its key and the start of its value,
// when it is a key = value line.
var keyValueLine = regexp.MustCompile(`^\s*([A-Za-z0-9_\-."']+)\s*=\s*`)

func (g *diagnosis) keyValue(off int) (key string, value int, ok bool) {
	start, end := g.line(off)
	m := keyValueLine.FindStringSubmatchIndex(g.text[start:end])
	if m == nil {
		return "", 0, false
	}
	return g.text[start+m[2] : start+m[3]], start + m[1], true
}

// unclosedMultiline: a multi-line text (three quotation marks or three
// apostrophes) that the file ends in, told where it opens rather than at
// the end of the file. The scanner has found it when the parser ran out
// of text.
func (g *diagnosis) unclosedMultiline() (int, msg.Message, bool) {
	open := g.sm.unclosed
	if open == -1 || !strings.HasPrefix(g.message, "unexpected EOF") {
		return 0, msg.Message{}, false
	}
	delim := g.text[open : open+3]
	return open, msg.New(msg.MultilineUnclosed, delim, delim), true
}

// swallowedLine is a line inside a multi-line text that is a table's
// heading, and closingAfterKey a text whose closing quotes follow a key =
// on its line: signs that the quotes that closed it opened another text.
var (
	swallowedLine   = regexp.MustCompile(`(?m)^[ \t]*\[\[?[A-Za-z_.]+\]\]?[ \t]*\r?$`)
	closingAfterKey = regexp.MustCompile(`\n[ \t]*[A-Za-z0-9_\-.]+[ \t]*=[ \t]*$`)
)

// swallowedMultiline: a multi-line text never closed, whose content runs
// on to the three quotation marks that open the next one. The decoder
// stumbles on the next text's words as if they were keys; the mistake is
// where the first text opens.
func (g *diagnosis) swallowedMultiline() (int, msg.Message, bool) {
	for _, s := range g.sm.sortedValues() {
		raw := g.text[s.Offset:s.End]
		if s.Offset > g.at || len(raw) < 6 || !strings.HasPrefix(raw, `"""`) && !strings.HasPrefix(raw, "'''") {
			continue
		}
		if content := raw[3 : len(raw)-3]; swallowedLine.MatchString(content) || closingAfterKey.MatchString(content) {
			delim := raw[:3]
			return s.Offset, msg.New(msg.MultilineUnclosed, delim, delim), true
		}
	}
	return 0, msg.Message{}, false
}

// unclosedLine: a "…" or '…' text not closed on its line.
func (g *diagnosis) unclosedLine() (int, msg.Message, bool) {
	quote := ""
	switch {
	case g.message == "strings cannot contain newlines":
		quote = `"`
		if key, value, ok := g.keyValue(g.at); ok && key != "" && strings.HasPrefix(g.text[value:], "'") {
			quote = "'"
		}
	case g.message == `unexpected EOF; expected '"'`:
		quote = `"`
	case g.message == `unexpected EOF; expected "'"`:
		quote = "'"
	default:
		return 0, msg.Message{}, false
	}
	at := min(g.at, len(g.text)-1)
	if _, value, ok := g.keyValue(at); ok {
		return value, msg.New(msg.StringUnclosed, quote), true
	}
	return at, msg.New(msg.StringUnclosed, quote), true
}

// earlyEnd: a text that ends before the line does. Quotation marks inside
// it ("…"…"…"), an apostrophe inside '…', or "" meant as """.
func (g *diagnosis) earlyEnd() (int, msg.Message, bool) {
	if !strings.HasPrefix(g.message, "expected a top-level item to end with a newline") {
		return 0, msg.Message{}, false
	}
	_, value, ok := g.keyValue(g.at)
	if !ok {
		return 0, msg.Message{}, false
	}
	switch v := g.text[value:]; {
	case strings.HasPrefix(v, `""`) && !strings.HasPrefix(v, `"""`):
		return value, msg.New(msg.TwoQuotesForThree), true
	case strings.HasPrefix(v, `"`):
		return value, msg.New(msg.QuotesInside), true
	case strings.HasPrefix(v, "'") && !strings.HasPrefix(v, "'''"):
		return value, msg.New(msg.ApostropheInside), true
	}
	return 0, msg.Message{}, false
}

// missingEquals: a line that is neither a key = value nor a heading. After
// a key = "" it is most likely a text that was meant to start with """.
func (g *diagnosis) missingEquals() (int, msg.Message, bool) {
	if !strings.HasPrefix(g.message, "expected '.' or '='") && !strings.HasPrefix(g.message, "unexpected EOF; expected key separator") {
		return 0, msg.Message{}, false
	}
	start, end := g.line(g.at)
	for prev := start; prev > 0; {
		ps, pe := g.line(prev - 1)
		line := strings.TrimSpace(g.text[ps:pe])
		if line == "" {
			prev = ps
			continue
		}
		if _, value, ok := g.keyValue(ps); ok && strings.TrimSpace(stripComment(g.text[value:pe])) == `""` {
			return value, msg.New(msg.TwoQuotesForThree), true
		}
		break
	}
	line := g.text[start:end]
	key := strings.Fields(line)
	indent := len(line) - len(strings.TrimLeft(line, " \t"))
	if len(key) == 0 {
		return start, msg.New(msg.EqualsMissing, "", ""), true
	}
	return start + indent, msg.New(msg.EqualsMissing, key[0], key[0]), true
}

// stripComment drops a # comment from the end of a line (a rough cut: the
// lines it is used on have no # inside a text).
func stripComment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		return s[:i]
	}
	return s
}

// windowsPath: a Windows path in a text in "…", which TOML refuses for an
// escape that is none (C:\Users) or for a text never closed (C:\"), told
// at the path with the path as written.
func (g *diagnosis) windowsPath() (int, msg.Message, bool) {
	if !strings.Contains(g.message, "hexadecimal digits after") && !strings.Contains(g.message, "invalid escape") &&
		g.message != "strings cannot contain newlines" && g.message != `unexpected EOF; expected '"'` {
		return 0, msg.Message{}, false
	}
	_, value, _ := g.keyValue(min(g.at, len(g.text)-1))
	for _, s := range g.sm.values {
		if s.Offset != value && (g.at < s.Offset || g.at >= s.End) {
			continue
		}
		if content, start, ok := basicContent(g.text, s); ok {
			if paths := windowsPaths(content); len(paths) > 0 {
				p := paths[0]
				return start + p.at, msg.New(msg.PathInText, p.written, withSlashes(p.written)), true
			}
		}
	}
	return 0, msg.Message{}, false
}

// backslash: \U, \x or another code that is no code, in a text in "…".
func (g *diagnosis) backslash() (int, msg.Message, bool) {
	if !strings.Contains(g.message, "hexadecimal digits after") && !strings.Contains(g.message, "invalid escape") {
		return 0, msg.Message{}, false
	}
	if _, value, ok := g.keyValue(g.at); ok {
		return value, msg.New(msg.BackslashInText), true
	}
	return g.at, msg.New(msg.BackslashInText), true
}

// typographic are the quotation marks a word processor writes.
const typographic = "“”„‟«»‘’‚‛"

// valueNotText: a value that does not start with a quotation mark: Word's
// quotation marks, or a text written without any.
func (g *diagnosis) valueNotText() (int, msg.Message, bool) {
	if !strings.HasPrefix(g.message, "expected value but found") {
		return 0, msg.Message{}, false
	}
	key, value, ok := g.keyValue(g.at)
	if !ok {
		return 0, msg.Message{}, false
	}
	_, end := g.line(value)
	rest := strings.TrimSpace(stripComment(g.text[value:end]))
	if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(typographic, r) {
		last, _ := utf8.DecodeLastRuneInString(rest)
		marks := string(r)
		if last != r && strings.ContainsRune(typographic, last) {
			marks += " " + string(last)
		}
		return value, msg.New(msg.TypographicQuotes, marks), true
	}
	if rest == "" {
		return value, msg.New(msg.ValueMissing, key, key), true
	}
	return value, msg.New(msg.ValueWithoutQuotes, rest, key, rest), true
}

// header: a [table] heading that is not closed, or has a space inside.
func (g *diagnosis) header() (int, msg.Message, bool) {
	for _, prefix := range []string{"expected '.' or ']' to end table name", "expected end of table array name delimiter",
		"unexpected end of table name", "unexpected table separator"} {
		if strings.HasPrefix(g.message, prefix) {
			start, end := g.line(g.at)
			line := g.text[start:end]
			return start + len(line) - len(strings.TrimLeft(line, " \t")), msg.New(msg.HeaderNotClosed), true
		}
	}
	return 0, msg.Message{}, false
}

var createdKey = regexp.MustCompile(`^Key '([^']*)' was already created (and cannot be used as an array|as a hash)`)

// singleBrackets: [promise] where [[promise]] was meant, told at the
// [promise] line rather than at the [[promise]] after it.
func (g *diagnosis) singleBrackets() (int, msg.Message, bool) {
	m := createdKey.FindStringSubmatch(g.message)
	if m == nil {
		return 0, msg.Message{}, false
	}
	name := m[1]
	if off, ok := g.sm.tables[name]; ok {
		return off, msg.New(msg.SingleBrackets, name, name), true
	}
	start, _ := g.line(g.at)
	return start, msg.New(msg.SingleBrackets, name, name), true
}

var definedKey = regexp.MustCompile(`^Key '([^']*)' has already been defined`)

// keyTwice: a key written twice in one table. A second text is most likely
// an activity (or promise) whose heading was forgotten.
func (g *diagnosis) keyTwice() (int, msg.Message, bool) {
	m := definedKey.FindStringSubmatch(g.message)
	if m == nil || len(g.sm.dups) == 0 {
		return 0, msg.Message{}, false
	}
	d := g.sm.dups[0]
	for _, x := range g.sm.dups {
		if tableOf(x.path) == m[1] {
			d = x
			break
		}
	}
	key := d.path[strings.LastIndexByte("."+d.path, '.'):]
	first := g.sm.pos(d.first).Line
	parent := parentPath(d.path)
	table := tableOf(parent)
	switch {
	case table == "promise.activity.followup" && contains(followupKeys, key):
		// A second follow-up written on under the first one's heading.
		return d.second, msg.New(msg.FollowupHeaderMissing, first, g.sm.pos(d.second).Line), true
	case table == "promise" && key == "text" && g.activityInPromise(parent):
		// The activity's heading was deleted: its keys land in the promise.
		at := d.second
		if r, ok := g.sm.keys[parent+".responsible"]; ok && r > d.first {
			at = min(at, r)
		}
		return at, msg.New(msg.ActivityHeaderMissing, g.sm.pos(at).Line), true
	}
	if key == "text" && (table == "promise" || table == "promise.activity") {
		header := "[[" + table + "]]"
		return d.second, msg.New(msg.ForgottenHeader, key, header, first, header), true
	}
	return d.second, msg.New(msg.KeyTwice, key, first), true
}

// activityInPromise tells whether the promise at path holds what only an
// activity holds: a responsible key, or follow-ups.
func (g *diagnosis) activityInPromise(path string) bool {
	_, responsible := g.sm.keys[path+".responsible"]
	_, followups := g.sm.tables[path+".activity.followup[0]"]
	return responsible || followups
}

// lists: a list or an inline table not closed, or without a comma.
func (g *diagnosis) lists() (int, msg.Message, bool) {
	switch {
	case strings.HasPrefix(g.message, "expected a comma (',') or array terminator"):
		return g.at, msg.New(msg.ListNotClosed), true
	case strings.HasPrefix(g.message, "expected a comma or an inline table terminator"),
		strings.HasPrefix(g.message, "newlines not allowed within inline tables"):
		return g.at, msg.New(msg.InlineTableNotClosed), true
	}
	return 0, msg.Message{}, false
}

var numberMessage = regexp.MustCompile(`^(Invalid (integer|float)|invalid float|not a (binary|hexadecimal|octal) number|expected a digit|floats must start|cannot use sign)`)

// number: a value that starts like a number but is none.
func (g *diagnosis) number() (int, msg.Message, bool) {
	if !numberMessage.MatchString(g.message) {
		return 0, msg.Message{}, false
	}
	if _, value, ok := g.keyValue(g.at); ok {
		_, end := g.line(value)
		return value, msg.New(msg.BadNumber, strings.TrimSpace(stripComment(g.text[value:end]))), true
	}
	return g.at, msg.New(msg.BadNumber, ""), true
}
