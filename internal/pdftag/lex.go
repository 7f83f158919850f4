package pdftag

import "bytes"

// A lexer splits a page's content stream (ISO 32000-1 7.8.2) into tokens,
// one per call to next, in the manner of text/template/parse's lexer. It
// knows only what the check of marked content needs: names, numbers,
// strings, the brackets of arrays and dictionaries, and keywords (the
// operators, and true, false and null). Comments, and the data of inline
// images, are stepped over whole.

type tokenKind uint8

const (
	tokEOF     tokenKind = iota
	tokError             // text is the message
	tokName              // text is the name without its slash
	tokNumber            // 12, -1, .5
	tokString            // (literal) or <hex>
	tokOpen              // [ or <<
	tokClose             // ] or >>
	tokKeyword           // an operator, or true, false, null
	tokSkipped           // a comment, a stray delimiter, or an inline image's data and EI
)

type token struct {
	kind tokenKind
	text string
	pos  int // byte offset in the stream
}

type lexer struct {
	b   []byte
	pos int
	// inlineData is set after the keyword ID: what follows is an inline
	// image's binary data, up to white space, EI and white space.
	inlineData bool
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return isSpace(c)
}

// next returns the next token; at the end of the stream, tokEOF.
func (l *lexer) next() token {
	if l.inlineData {
		l.inlineData = false
		return l.inlineImage()
	}
	for l.pos < len(l.b) && isSpace(l.b[l.pos]) {
		l.pos++
	}
	if l.pos >= len(l.b) {
		return token{kind: tokEOF, pos: l.pos}
	}
	start := l.pos
	switch c := l.b[l.pos]; {
	case c == '%':
		for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
			l.pos++
		}
		return token{kind: tokSkipped, pos: start}
	case c == '(':
		l.literalString()
		return token{kind: tokString, pos: start}
	case c == '[' || c == '<' && l.peek(1) == '<':
		l.pos += 1 + boolInt(c == '<')
		return token{kind: tokOpen, text: string(l.b[start:l.pos]), pos: start}
	case c == ']' || c == '>' && l.peek(1) == '>':
		l.pos += 1 + boolInt(c == '>')
		return token{kind: tokClose, text: string(l.b[start:l.pos]), pos: start}
	case c == '<':
		j := bytes.IndexByte(l.b[l.pos:], '>')
		if j < 0 {
			l.pos = len(l.b)
			return token{kind: tokError, text: "unterminated hex string", pos: start}
		}
		l.pos += j + 1
		return token{kind: tokString, pos: start}
	case c == '/':
		l.pos++
		l.word()
		return token{kind: tokName, text: string(l.b[start+1 : l.pos]), pos: start}
	case isDelim(c): // ) > } { on their own
		l.pos++
		return token{kind: tokSkipped, pos: start}
	default:
		l.word()
		text := string(l.b[start:l.pos])
		if c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' {
			return token{kind: tokNumber, text: text, pos: start}
		}
		l.inlineData = text == "ID"
		return token{kind: tokKeyword, text: text, pos: start}
	}
}

func (l *lexer) peek(k int) byte {
	if l.pos+k < len(l.b) {
		return l.b[l.pos+k]
	}
	return 0
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// word steps over regular characters.
func (l *lexer) word() {
	for l.pos < len(l.b) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
}

// literalString steps over a (string), with its balanced parentheses and
// escapes. An unterminated one runs to the end of the stream.
func (l *lexer) literalString() {
	nest := 0
	for ; l.pos < len(l.b); l.pos++ {
		switch l.b[l.pos] {
		case '\\':
			l.pos++
		case '(':
			nest++
		case ')':
			nest--
			if nest == 0 {
				l.pos++
				return
			}
		}
	}
	l.pos = len(l.b)
}

// inlineImage steps over an inline image's data: it runs to white space,
// EI and white space (or the end of the stream).
func (l *lexer) inlineImage() token {
	start := l.pos
	k := l.pos + 1
	for {
		e := bytes.Index(l.b[min(k, len(l.b)):], []byte("EI"))
		if e < 0 {
			l.pos = len(l.b)
			return token{kind: tokError, text: "inline image without EI", pos: start}
		}
		k += e
		if isSpace(l.b[k-1]) && (k+2 == len(l.b) || isSpace(l.b[k+2])) {
			break
		}
		k += 2
	}
	l.pos = k + 2
	return token{kind: tokSkipped, pos: start}
}
