package report

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"uppfoljning/internal/msg"
)

// Inside a text in "…" or """…""" a backslash starts an escape, and a
// Windows path such as G:\temp\rapport.docx is read as G:, a tab and
// "emp". TOML refuses only the escapes that are no escape (\U, \S); \t, \r,
// \b, \f and \n pass and change the text without a word. So a path written
// with single backslashes in such a text is refused at its column, and an
// escape that runs into a letter (as in "se \rapport") is warned of.

// escape is one backslash escape in a basic string's written text.
type escape struct {
	at   int  // offset of the backslash in the written text
	code byte // the character after the backslash
}

// basicContent is the written text of a "…" or """…""" value between its
// quotation marks, and the offset where it starts; ok is false for any
// other value.
func basicContent(text string, s Span) (content string, start int, ok bool) {
	raw := text[s.Offset:s.End]
	delim := `"`
	if strings.HasPrefix(raw, `"""`) {
		delim = `"""`
	} else if !strings.HasPrefix(raw, `"`) {
		return "", 0, false
	}
	raw = raw[len(delim):]
	if body := strings.TrimSuffix(raw, delim); body != raw && !escapedEnd(body) {
		raw = body
	}
	return raw, s.Offset + len(delim), true
}

// escapedEnd tells whether s ends in a backslash that escapes what
// follows it: an odd number of backslashes.
func escapedEnd(s string) bool {
	n := len(s) - len(strings.TrimRight(s, `\`))
	return n%2 == 1
}

// escapes lists the escapes of a basic string's written content. A
// backslash written twice is one escape whose code is a backslash.
func escapes(content string) []escape {
	var out []escape
	for i := 0; i < len(content); i++ {
		if content[i] != '\\' {
			continue
		}
		code := byte(0)
		if i+1 < len(content) {
			code = content[i+1]
		}
		out = append(out, escape{i, code})
		i++
	}
	return out
}

// changesPath tells whether the escape e inside a path makes it another
// path, or no text at all: every escape but a doubled backslash, a \u code
// (which stands for the character meant) and a line-ending backslash,
// which ends the path.
func changesPath(content string, e escape) bool {
	switch e.code {
	case '\\', ' ', '\t', '\r', '\n', 0:
		return false
	case 'u':
		return !hexDigits(content[e.at+2:], 4)
	case 'U':
		return !hexDigits(content[e.at+2:], 8)
	}
	return true
}

// hexDigits tells whether s starts with n hexadecimal digits.
func hexDigits(s string, n int) bool {
	if len(s) < n {
		return false
	}
	for _, c := range []byte(s[:n]) {
		if !strings.ContainsRune("0123456789abcdefABCDEF", rune(c)) {
			return false
		}
	}
	return true
}

// windowsPath is a path written with single backslashes in a basic string:
// where it starts in the content and the path as written.
type windowsPath struct {
	at      int
	written string
}

// windowsPaths finds the drive-letter paths (G:\…) and shares (\\server\…)
// of a basic string's content that an escape changes.
func windowsPaths(content string) []windowsPath {
	esc := escapes(content)
	var out []windowsPath
	for i := 0; i < len(content); i++ {
		if !pathStart(content, i, esc) {
			continue
		}
		end := pathEnd(content, i)
		for _, e := range esc {
			if e.at >= i && e.at < end && changesPath(content, e) {
				out = append(out, windowsPath{i, content[i:end]})
				break
			}
		}
		i = end
	}
	return out
}

// pathStart tells whether a path starts at i: a drive letter, a colon and
// a backslash, or a doubled backslash (one escape) before a name, neither
// right after a letter or a backslash.
func pathStart(content string, i int, esc []escape) bool {
	if i > 0 {
		prev, _ := utf8.DecodeLastRuneInString(content[:i])
		afterEscape := i >= 2 && content[i-2] == '\\' && escapeAt(esc, i-2)
		if prev == '\\' || !afterEscape && (unicode.IsLetter(prev) || unicode.IsDigit(prev)) {
			return false
		}
	}
	c := content[i]
	if (c|0x20 >= 'a' && c|0x20 <= 'z') && strings.HasPrefix(content[i+1:], `:\`) {
		return true
	}
	if !strings.HasPrefix(content[i:], `\\`) {
		return false
	}
	// Nothing after the two backslashes decodes as U+FFFD, no letter.
	next, _ := utf8.DecodeRuneInString(content[i+2:])
	return escapeAt(esc, i) && (unicode.IsLetter(next) || unicode.IsDigit(next))
}

// escapeAt tells whether an escape starts at offset i.
func escapeAt(esc []escape, i int) bool {
	k := sort.Search(len(esc), func(k int) bool { return esc[k].at >= i })
	return k < len(esc) && esc[k].at == i
}

// pathEnd is where a path starting at i ends: at white space, or at the
// end of the content.
func pathEnd(content string, i int) int {
	n := strings.IndexAny(content[i:], " \t\r\n")
	if n == -1 {
		return len(content)
	}
	return i + n
}

// withSlashes is a written path with each run of backslashes written as /,
// and a share's two leading backslashes as //.
func withSlashes(written string) string {
	var b strings.Builder
	if strings.HasPrefix(written, `\\`) {
		b.WriteString("//")
		written = strings.TrimLeft(written, `\`)
	}
	for i := 0; i < len(written); i++ {
		if written[i] != '\\' {
			b.WriteByte(written[i])
			continue
		}
		b.WriteByte('/')
		for i+1 < len(written) && written[i+1] == '\\' {
			i++
		}
	}
	return b.String()
}

// controlNames are the escapes that become an invisible character, by the
// key naming that character.
var controlNames = map[byte]msg.Key{'t': msg.CharTab, 'r': msg.CharReturn, 'b': msg.CharBackspace, 'f': msg.CharFormFeed}

// checkEscapes refuses the Windows paths written in "…" texts and warns of
// an escape that runs into a letter. refused holds the offsets of the
// values refused, so that nothing else is told of them.
func (d *decoder) checkEscapes() (warnings []Warning, refused map[int]bool) {
	refused = map[int]bool{}
	text := d.sm.file.Text
	for _, s := range d.sm.sortedValues() {
		content, start, ok := basicContent(text, s)
		if !ok {
			continue
		}
		if paths := windowsPaths(content); len(paths) > 0 {
			for _, p := range paths {
				d.errorAt(point(start+p.at), msg.PathInText, p.written, withSlashes(p.written))
			}
			refused[s.Offset] = true
			continue
		}
		for _, e := range escapes(content) {
			name, control := controlNames[e.code]
			next, _ := utf8.DecodeRuneInString(content[min(e.at+2, len(content)):])
			if !control || !unicode.IsLetter(next) {
				continue
			}
			word := content[wordStart(content, e.at):pathEnd(content, e.at)]
			at := d.sm.file.Position(start + e.at)
			warnings = append(warnings, Warning{File: d.file, Pos: at, Msg: msg.New(msg.EscapeBeforeLetter, `\`+string(e.code), word, msg.New(name), string(e.code))})
		}
	}
	return warnings, refused
}

// wordStart is where the word holding offset i starts: after the white
// space before it.
func wordStart(content string, i int) int {
	return strings.LastIndexAny(content[:i], " \t\r\n") + 1
}

// written is a value as the source writes it, without its quotation
// marks: a path as the person wrote it, escapes and all.
func (d *decoder) written(s Span) string {
	raw := d.sm.file.Text[s.Offset:s.End]
	for _, q := range []string{`"""`, `'''`, `"`, `'`} {
		if len(raw) >= 2*len(q) && strings.HasPrefix(raw, q) && strings.HasSuffix(raw, q) {
			return raw[len(q) : len(raw)-len(q)]
		}
	}
	return raw
}
