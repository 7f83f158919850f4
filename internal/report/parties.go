package report

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"uppfoljning/internal/msg"
)

// A party is who is responsible for an activity. People write the same
// party in different ways ("Polisen", "polisen "): parties are one when
// their names differ only in case and surrounding space.

// PartyKey is what names of one party have in common: the name tidied and
// in lower case.
func PartyKey(name string) string { return strings.ToLower(tidyLine(name)) }

// SameParty tells whether two names name one party.
func SameParty(a, b string) bool { return PartyKey(a) == PartyKey(b) }

// partyWarnings warns of names that are most likely a mistake: two names
// a letter or two apart ("Socialtjänsten", "Socialtjansten"), and a comma
// inside one name ("Polisen, Tekniska kontoret" is probably two parties).
func (d *decoder) partyWarnings(src *Source) []Warning {
	var out []Warning
	warn := func(t Text, key msg.Key, a ...any) {
		out = append(out, Warning{File: d.file, Pos: d.sm.file.At(t.Span), Msg: msg.New(key, a...)})
	}
	var firsts []Text // the first name of each party, in the source's order
	seen := map[string]bool{}
	for _, p := range src.Promises {
		for _, a := range p.Activities {
			for _, r := range a.Responsible {
				if strings.Contains(r.S, ",") {
					warn(r, msg.PartyComma, r.S, quotedList(strings.Split(r.S, ",")))
				}
				key := PartyKey(r.S)
				if seen[key] {
					continue
				}
				seen[key] = true
				for _, f := range firsts {
					if near(key, PartyKey(f.S)) {
						warn(r, msg.PartyNearDuplicate, r.S, f.S, d.sm.file.At(f.Span).Line)
						break
					}
				}
				firsts = append(firsts, r)
			}
		}
	}
	return out
}

// near tells whether two names of different parties are a letter or two
// apart. Short names (abbreviations such as "IFO" and "IFA") are not
// compared: a letter there makes another name.
func near(a, b string) bool {
	return min(utf8.RuneCountInString(a), utf8.RuneCountInString(b)) >= 5 && editDistance(a, b) <= 2
}

// quotedList writes names as a TOML list: ["Polisen", "Tekniska kontoret"].
func quotedList(names []string) string {
	quoted := make([]string, 0, len(names))
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			quoted = append(quoted, strconv.Quote(n))
		}
	}
	return "[" + strings.Join(quoted, ", ") + "]"
}
