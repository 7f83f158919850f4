package report

import (
	"regexp"
	"strings"
)

// Link is a web or e-mail address in a text: the bytes [Start, End) of
// the text, and where it leads.
type Link struct {
	Start, End int
	Target     string // "https://…", or "mailto:…"
}

// address matches the addresses a text may hold: an e-mail address, or
// http and https, or www. without a scheme. Matches are found from the
// left, and where both could start an e-mail address is tried first, so
// "anna.www.berg@eksjo.se" is one e-mail address; an address that starts
// with its scheme is one web address whatever it holds
// ("https://eksjo.se/?till=anna@eksjo.se"). A trailing full stop, comma or
// closing bracket ends the sentence, not the address.
var address = regexp.MustCompile(`(?i)(\b[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b)|\b(?:https?://|www\.)[^\s<>"]+`)

// Links finds the web and e-mail addresses in s, in order. Most texts
// hold none, and the regular expression is slow: it runs only on a text
// that holds what a match must start with or contain.
func Links(s string) []Link {
	if !containsFold(s, "http") && !containsFold(s, "www.") && !strings.Contains(s, "@") {
		return nil
	}
	var out []Link
	for _, m := range address.FindAllStringSubmatchIndex(s, -1) {
		if m[2] >= 0 { // the e-mail address
			out = append(out, Link{Start: m[0], End: m[1], Target: "mailto:" + s[m[0]:m[1]]})
			continue
		}
		end := trimAddress(s[m[0]:m[1]]) + m[0]
		target := s[m[0]:end]
		if strings.HasPrefix(strings.ToLower(target), "www.") {
			target = "https://" + target
		}
		if end > m[0]+3 { // more than the "www" a bare "www." is trimmed to
			out = append(out, Link{Start: m[0], End: end, Target: target})
		}
	}
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

// AddressBreaks are the places where a long address may be broken over
// lines, as the Chicago Manual of Style has it: the offsets of the bytes a
// new line may start with. A web address breaks after a double slash or a
// colon, before a slash, full stop, comma, hyphen, underscore, question
// mark, number sign, percent sign or tilde, and before or after an equals
// sign or ampersand; an e-mail address before its @ or a full stop. A
// break before a full stop or hyphen keeps them from reading as a
// sentence's end or a hyphenation; no hyphen is ever added.
func AddressBreaks(addr string) []int {
	var out []int
	add := func(i int) {
		if i > 0 && i < len(addr) && (len(out) == 0 || out[len(out)-1] < i) {
			out = append(out, i)
		}
	}
	mail := strings.Contains(addr, "@") && !strings.Contains(addr, "://")
	for i := 0; i < len(addr); i++ {
		c := addr[i]
		switch {
		case mail:
			if c == '@' || c == '.' {
				add(i)
			}
		case c == '/' && i+1 < len(addr) && addr[i+1] == '/':
			add(i)
			add(i + 2) // after the double slash, never between its slashes
			i++
		case c == ':':
			add(i + 1)
		case c == '=' || c == '&':
			add(i)
			add(i + 1)
		case strings.IndexByte("/.,-_?#%~", c) >= 0:
			add(i)
		}
	}
	return out
}
