package report

import (
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// The vocabulary every part of the program shares: how statuses are told
// apart, how names are joined, how line breaks and placeholders are
// written, and what a source is called. The workbooks and the commands use
// these, never copies of them.

// Statuses are the statuses a follow-up may have, in the template's order.
type Statuses []StatusDef

// NormalizeStatus is a status as it is compared: in Unicode's composed
// form (macOS writes "å" as "a" and a ring), without zero-width
// characters, with every run of spaces (a no-break space too) as one
// space, trimmed and in lower case. Two spellings that a reader cannot
// tell apart on screen are the same status.
func NormalizeStatus(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
			return -1
		case '\u00a0', '\u202f', '\u2007':
			return ' '
		}
		return r
	}, norm.NFC.String(s))
	return strings.ToLower(tidyLine(s))
}

// Index is the place of the status word names, however it is spelt, or -1.
func (s Statuses) Index(word string) int {
	want := NormalizeStatus(word)
	for i, st := range s {
		if NormalizeStatus(st.Word) == want {
			return i
		}
	}
	return -1
}

// Same tells whether two status words name the same status.
func SameStatus(a, b string) bool { return NormalizeStatus(a) == NormalizeStatus(b) }

// Words are the statuses' words, in order.
func (s Statuses) Words() []string {
	words := make([]string, len(s))
	for i, st := range s {
		words[i] = st.Word
	}
	return words
}

// Word is the word of the status at index i, or "" for none (-1).
func (s Statuses) Word(i int) string {
	if i < 0 {
		return ""
	}
	return s[i].Word
}

// JoinNames lists names as the report and the workbooks show them:
// "Polisen, Kommunen".
func JoinNames(names []Text) string {
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = n.S
	}
	return strings.Join(parts, ", ")
}

var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// UnixLineBreaks writes every line break (CRLF, or a lone CR as old Macs
// and some cells hold) as a line feed.
func UnixLineBreaks(s string) string { return lineBreaks.Replace(s) }

// Stem is the source's file name without its folder and extension:
// "eksjo" for "C:\Rapporter\eksjo.toml". Output files are named after it.
func (s *Source) Stem() string { return stem(s.File.Name) }

func stem(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return strings.TrimSuffix(name, filepath.Ext(name))
}

// Fill fills a template text's placeholders for a tertial: {n}, {year},
// {ordinal} ("första") and {months} ("januari–april"), and any more given
// as name and value.
func (t *Template) Fill(s string, tertial Tertial, more ...string) string {
	vars := map[string]string{
		"year":    strconv.Itoa(tertial.Year),
		"n":       strconv.Itoa(tertial.N),
		"ordinal": t.Words.Ordinals[tertial.N-1],
		"months":  t.Words.Months[tertial.N-1],
	}
	for i := 0; i+1 < len(more); i += 2 {
		vars[more[i]] = more[i+1]
	}
	return fill(s, vars)
}
