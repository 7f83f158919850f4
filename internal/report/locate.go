package report

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// maxNesting bounds how deeply arrays and inline tables may nest. The TOML
// decoder recurses on nesting and a hostile file could exhaust the stack,
// which no recover catches; a real source nests two levels at most.
const maxNesting = 32

// sourceMap tells where each table, key and value of a TOML file starts.
//
// The TOML decoder's own positions are unreliable inside arrays of tables
// (the last element's line wins), so the file is scanned once more here.
// Paths name values the way the decoded data does: "title",
// "promise[0].activity[2].followup[1].tertial", "logos[1]".
type sourceMap struct {
	file   *File
	keys   map[string]int // path → byte offset of the key
	values map[string]Span
	tables map[string]int // path of a [table] or [[array]] element → header offset
	// ends maps the path of a table, and of each table above it, to the
	// offset just past its header or the last value written in it: a new
	// line for the table goes after the line this offset is on.
	ends map[string]int
	// tooDeep is the offset where nesting first exceeded maxNesting, or -1.
	tooDeep int
	// unclosed is the offset of the first multi-line string that the text
	// ends in, or -1.
	unclosed int
	// dups are the keys written twice in one table, in the file's order.
	dups []dup
}

// dup is a key written a second time: where both are.
type dup struct {
	path          string
	first, second int
}

// pos turns a byte offset into a line and a column in characters.
func (m *sourceMap) pos(offset int) Position { return m.file.Position(offset) }

// sortedValues are the spans of every value, in the file's order.
func (m *sourceMap) sortedValues() []Span {
	spans := make([]Span, 0, len(m.values))
	for _, s := range m.values {
		spans = append(spans, s)
	}
	slices.SortFunc(spans, func(a, b Span) int { return cmp.Compare(a.Offset, b.Offset) })
	return spans
}

// point is the span of the character at offset.
func point(offset int) Span { return Span{offset, offset + 1} }

// valueSpan is where the value at path is written; failing that, where its
// key or table starts, or where its nearest located parent starts.
func (m *sourceMap) valueSpan(path string) Span {
	if s, ok := m.values[path]; ok {
		return s
	}
	return m.keySpan(path)
}

// keySpan is where the key of path is written, falling back to the value,
// the table header or the nearest parent, and at last the file's start.
func (m *sourceMap) keySpan(path string) Span {
	for p := path; p != ""; p = parentPath(p) {
		if off, ok := m.keys[p]; ok {
			return point(off)
		}
		if off, ok := m.header(p); ok {
			return point(off)
		}
		if s, ok := m.values[p]; ok {
			return point(s.Offset)
		}
	}
	return point(0)
}

// header is where the heading of the table at path is written: the
// table's own, or the first element's of an array of tables.
func (m *sourceMap) header(path string) (int, bool) {
	if off, ok := m.tables[path]; ok {
		return off, true
	}
	off, ok := m.tables[indexPath(path, 0)]
	return off, ok
}

func parentPath(p string) string {
	if strings.HasSuffix(p, "]") {
		if i := strings.LastIndexByte(p, '['); i >= 0 {
			return p[:i]
		}
	}
	return p[:max(strings.LastIndexByte(p, '.'), 0)]
}

func joinPath(base, key string) string {
	if base == "" {
		return key
	}
	return base + "." + key
}

func indexPath(base string, i int) string {
	return base + "[" + strconv.Itoa(i) + "]"
}

// scanTOML maps a TOML text. It accepts any input without failing: on text
// that is not valid TOML it records what it can, and the decoder reports
// the syntax error.
func scanTOML(file *File) *sourceMap {
	m := &sourceMap{
		file:     file,
		keys:     map[string]int{},
		values:   map[string]Span{},
		tables:   map[string]int{},
		ends:     map[string]int{},
		tooDeep:  -1,
		unclosed: -1,
	}
	s := &scanner{m: m, text: file.Text, counts: map[string]int{}, arrays: map[string]bool{}}
	s.document()
	return m
}

type scanner struct {
	m      *sourceMap
	text   string
	i      int
	table  string          // path of the current table
	counts map[string]int  // array-of-tables path → elements seen
	arrays map[string]bool // paths that are arrays of tables
}

func (s *scanner) peek(k int) byte {
	if s.i+k < len(s.text) {
		return s.text[s.i+k]
	}
	return 0
}

func (s *scanner) skipSpace() {
	for s.i < len(s.text) && (s.text[s.i] == ' ' || s.text[s.i] == '\t') {
		s.i++
	}
}

// skipBlank skips white space, newlines and comments.
func (s *scanner) skipBlank() {
	for s.i < len(s.text) {
		switch c := s.text[s.i]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			s.i++
		case c == '#':
			s.skipLine()
		default:
			return
		}
	}
}

func (s *scanner) skipLine() {
	for s.i < len(s.text) && s.text[s.i] != '\n' {
		s.i++
	}
}

func (s *scanner) document() {
	for {
		s.skipBlank()
		if s.i >= len(s.text) {
			return
		}
		start := s.i
		if s.text[s.i] == '[' {
			s.header()
		} else {
			s.keyValue(s.table, 0)
		}
		if s.i == start { // nothing understood: skip the line
			s.skipLine()
		}
	}
}

func (s *scanner) header() {
	start := s.i
	array := s.peek(1) == '['
	if array {
		s.i += 2
	} else {
		s.i++
	}
	parts := s.key()
	s.skipSpace()
	if array {
		if s.peek(0) == ']' && s.peek(1) == ']' {
			s.i += 2
		}
	} else if s.peek(0) == ']' {
		s.i++
	}
	end := s.i
	s.skipLine()
	if len(parts) == 0 {
		return
	}
	path := ""
	for _, p := range parts[:len(parts)-1] {
		path = s.resolve(joinPath(path, p))
	}
	path = joinPath(path, parts[len(parts)-1])
	if array {
		n := s.counts[path]
		s.counts[path] = n + 1
		s.arrays[path] = true
		path = indexPath(path, n)
	}
	s.table = path
	s.m.tables[path] = start
	s.extend(path, end)
}

// extend records that table, and each table above it, reaches at least to
// end.
func (s *scanner) extend(table string, end int) {
	for p := table; ; p = parentPath(p) {
		s.m.ends[p] = max(s.m.ends[p], end)
		if p == "" {
			return
		}
	}
}

// resolve turns a path into the path of the latest element when it names
// an array of tables.
func (s *scanner) resolve(path string) string {
	if s.arrays[path] {
		return indexPath(path, s.counts[path]-1)
	}
	return path
}

// key reads a possibly dotted, possibly quoted key.
func (s *scanner) key() []string {
	var parts []string
	for {
		s.skipSpace()
		switch c := s.peek(0); {
		case c == '"' || c == '\'':
			start := s.i
			s.stringValue()
			raw := s.text[start:s.i]
			if v, err := strconv.Unquote(raw); err == nil && c == '"' {
				parts = append(parts, v)
			} else {
				parts = append(parts, strings.Trim(raw, "'\""))
			}
		case isBareKeyByte(c):
			start := s.i
			for s.i < len(s.text) && isBareKeyByte(s.text[s.i]) {
				s.i++
			}
			parts = append(parts, s.text[start:s.i])
		default:
			return parts
		}
		s.skipSpace()
		if s.peek(0) != '.' {
			return parts
		}
		s.i++
	}
}

func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// keyValue reads "key = value" in a table, or in an inline table nested
// depth levels deep.
func (s *scanner) keyValue(table string, depth int) {
	start := s.i
	parts := s.key()
	s.skipSpace()
	if len(parts) == 0 || s.peek(0) != '=' {
		return
	}
	s.i++
	s.skipSpace()
	path := table
	for _, p := range parts {
		path = joinPath(path, p)
	}
	if first, ok := s.m.keys[path]; ok {
		s.m.dups = append(s.m.dups, dup{path, first, start})
	}
	s.m.keys[path] = start
	s.value(path, depth+1)
	if depth == 0 {
		s.extend(table, s.m.values[path].End)
	}
}

func (s *scanner) value(path string, depth int) {
	start := s.i
	if depth > maxNesting {
		if s.m.tooDeep == -1 {
			s.m.tooDeep = start
		}
		s.i = len(s.text)
		return
	}
	switch c := s.peek(0); c {
	case '"', '\'':
		s.stringValue()
	case '[':
		s.i++
		for n := 0; ; n++ {
			s.skipBlank()
			if s.i >= len(s.text) {
				break
			}
			if s.text[s.i] == ']' {
				s.i++
				break
			}
			before := s.i
			s.value(indexPath(path, n), depth+1)
			s.skipBlank()
			if s.peek(0) == ',' {
				s.i++
			} else if s.i == before {
				s.i++ // not a value: step over it
			}
		}
	case '{':
		s.i++
		for {
			s.skipSpace()
			if s.i >= len(s.text) || s.text[s.i] == '\n' {
				break
			}
			if s.text[s.i] == '}' {
				s.i++
				break
			}
			before := s.i
			s.keyValue(path, depth)
			s.skipSpace()
			if s.peek(0) == ',' {
				s.i++
			} else if s.i == before {
				s.i++
			}
		}
	default:
		for s.i < len(s.text) {
			c := s.text[s.i]
			if c == ',' || c == ']' || c == '}' || c == '#' || c == '\n' || c == '\r' {
				break
			}
			s.i++
		}
	}
	end := s.i
	for end > start && (s.text[end-1] == ' ' || s.text[end-1] == '\t') {
		end--
	}
	s.m.values[path] = Span{start, end}
}

// stringValue steps over a basic, literal or multi-line string.
func (s *scanner) stringValue() {
	q := s.text[s.i]
	if s.peek(1) == q && s.peek(2) == q {
		open := s.i
		s.i += 3
		for s.i < len(s.text) {
			if q == '"' && s.text[s.i] == '\\' {
				s.i += 2
				continue
			}
			if s.text[s.i] == q && s.peek(1) == q && s.peek(2) == q {
				s.i += 3
				for s.i < len(s.text) && s.text[s.i] == q { // up to two quotes may close the content
					s.i++
				}
				return
			}
			s.i++
		}
		if s.m.unclosed == -1 {
			s.m.unclosed = open
		}
		s.i = len(s.text)
		return
	}
	s.i++
	for s.i < len(s.text) {
		c := s.text[s.i]
		switch {
		case c == '\\' && q == '"':
			s.i += 2
			continue
		case c == q:
			s.i++
			return
		case c == '\n':
			return
		}
		s.i++
	}
	s.i = min(s.i, len(s.text))
}
