package report

import (
	"regexp"
	"slices"
	"strings"
)

// Link is a web or e-mail address in a text: the bytes [Start, End) of
// the text, and where it leads.
type Link struct {
	Start, End int
	Target     string // "https://…", or "mailto:…"
}

// The addresses a text may hold: http and https, www. without a scheme,
// and e-mail. A trailing full stop, comma or closing bracket ends the
// sentence, not the address.
var (
	webAddress   = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"]+`)
	emailAddress = regexp.MustCompile(`(?i)\b[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b`)
)

// Links finds the web and e-mail addresses in s, in order. Most texts
// hold none, and the regular expressions are slow: each runs only on a
// text that holds what its matches must start with or contain.
func Links(s string) []Link {
	web, mail := containsFold(s, "http") || containsFold(s, "www."), strings.IndexByte(s, '@') >= 0
	if !web && !mail {
		return nil
	}
	var out []Link
	var found [][]int
	if web {
		found = webAddress.FindAllStringIndex(s, -1)
	}
	for _, m := range found {
		end := trimAddress(s[m[0]:m[1]]) + m[0]
		target := s[m[0]:end]
		if strings.HasPrefix(strings.ToLower(target), "www.") {
			target = "https://" + target
		}
		if end > m[0]+4 {
			out = append(out, Link{Start: m[0], End: end, Target: target})
		}
	}
	found = nil
	if mail {
		found = emailAddress.FindAllStringIndex(s, -1)
	}
	for _, m := range found {
		inside := false
		for _, l := range out {
			inside = inside || m[0] < l.End && m[1] > l.Start
		}
		if !inside {
			out = append(out, Link{Start: m[0], End: m[1], Target: "mailto:" + s[m[0]:m[1]]})
		}
	}
	slices.SortFunc(out, func(a, b Link) int { return a.Start - b.Start })
	return out
}

// containsFold tells whether s holds sub, an ASCII word, in any case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// trimAddress is the length of an address without the punctuation that
// ends the sentence around it: a full stop, comma, colon and the like, and
// a closing bracket that has no opening one in the address.
func trimAddress(a string) int {
	for len(a) > 0 {
		last := a[len(a)-1]
		switch {
		case strings.IndexByte(".,;:!?'", last) >= 0:
			a = a[:len(a)-1]
		case last == ')' && strings.Count(a, "(") < strings.Count(a, ")"),
			last == ']' && strings.Count(a, "[") < strings.Count(a, "]"):
			a = a[:len(a)-1]
		default:
			return len(a)
		}
	}
	return 0
}

// BreaksAfter are the characters after which a long address may be broken
// over lines: never inside a word, and never with a hyphen added.
const BreaksAfter = "/.-?&=_#"
