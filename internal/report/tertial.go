package report

import (
	"cmp"
	"fmt"
	"iter"
	"regexp"
	"strconv"
	"strings"
	"time"

	"uppfoljning/internal/msg"
)

// Tertial is one of a year's three four-month periods: T1 January–April,
// T2 May–August, T3 September–December. Every tertial in the program is
// one, so that a year and a tertial's number can never be swapped.
type Tertial struct {
	Year int
	N    int // 1, 2 or 3
}

// tertialPattern is "2020-T1"; "t" and an en dash are accepted too, as in
// a period.
var tertialPattern = regexp.MustCompile(`^(\d{4})\s*[-–]\s*[Tt]([0-9]+)$`)

// ParseTertial reads "2020-T1". It is the format of a source's follow-ups
// and of the commands' -tertial flag.
func ParseTertial(s string) (Tertial, error) {
	m := tertialPattern.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Tertial{}, msg.Errorf(msg.TertialFormat)
	}
	year, _ := strconv.Atoi(m[1])
	n, err := strconv.Atoi(m[2])
	if err != nil || n < 1 || n > 3 {
		return Tertial{}, msg.Errorf(msg.TertialFormat)
	}
	return Tertial{year, n}, nil
}

// TertialOf is the tertial a day falls in.
func TertialOf(day time.Time) Tertial {
	return Tertial{day.Year(), (int(day.Month())-1)/4 + 1}
}

// String is the tertial as a source writes it: "2020-T1".
func (t Tertial) String() string { return fmt.Sprintf("%d-T%d", t.Year, t.N) }

// Name is the tertial in the reader's words: "tertial 1 2020".
func (t Tertial) Name() msg.Message { return msg.New(msg.TertialName, t.N, t.Year) }

// Compare orders tertials in time: -1 when t is earlier than u, 0 when
// they are the same, +1 when t is later.
func (t Tertial) Compare(u Tertial) int {
	return cmp.Or(cmp.Compare(t.Year, u.Year), cmp.Compare(t.N, u.N))
}

// Prev is the tertial before t.
func (t Tertial) Prev() Tertial {
	if t.N > 1 {
		return Tertial{t.Year, t.N - 1}
	}
	return Tertial{t.Year - 1, 3}
}

// Next is the tertial after t.
func (t Tertial) Next() Tertial {
	if t.N < 3 {
		return Tertial{t.Year, t.N + 1}
	}
	return Tertial{t.Year + 1, 1}
}

// First and Last are the period's first and last tertials.
func (s *Source) First() Tertial { return Tertial{s.FirstYear, 1} }
func (s *Source) Last() Tertial  { return Tertial{s.LastYear, 3} }

// Tertials are the period's tertials, in order.
func (s *Source) Tertials() iter.Seq[Tertial] {
	return func(yield func(Tertial) bool) {
		for t := s.First(); t.Compare(s.Last()) <= 0; t = t.Next() {
			if !yield(t) {
				return
			}
		}
	}
}

// Latest is the latest tertial with a follow-up in the source; ok is
// false when there is none. A placeholder is not a follow-up.
func (s *Source) Latest() (latest Tertial, ok bool) {
	for _, p := range s.Promises {
		for _, a := range p.Activities {
			for _, f := range a.Followups {
				if !f.Placeholder() && (!ok || f.Tertial.Compare(latest) > 0) {
					latest, ok = f.Tertial, true
				}
			}
		}
	}
	return latest, ok
}

// DefaultTertial is the tertial a report is built for unless told: the
// latest with a follow-up, or the period's first when there is none.
func (s *Source) DefaultTertial() Tertial {
	if t, ok := s.Latest(); ok {
		return t
	}
	return s.First()
}

// RoundTertial is the tertial of the round in progress on a day: the one
// status and collect offer unless told. It is the latest tertial with a
// follow-up while some of its activities still lack one and no later
// tertial has ended since; otherwise the tertial after it. It is never
// past the day's tertial, and always within the period.
//
// So in October, with tertial 2 half written in, it is tertial 2; in
// January after tertial 2's round, tertial 3, even if one tertial 2
// answer never came; in a new period with nothing written, its first.
func (s *Source) RoundTertial(day time.Time) Tertial {
	today := TertialOf(day)
	round := s.First()
	if latest, ok := s.Latest(); ok {
		round = latest
		ended := today.Compare(latest.Next()) > 0
		if ended || len(s.Missing(latest)) == 0 {
			round = latest.Next()
		}
	}
	if round.Compare(today) > 0 {
		round = today
	}
	return s.clamp(round)
}

// clamp holds a tertial within the period.
func (s *Source) clamp(t Tertial) Tertial {
	switch {
	case t.Compare(s.First()) < 0:
		return s.First()
	case t.Compare(s.Last()) > 0:
		return s.Last()
	}
	return t
}

// SettledFor tells whether the source's date is the day the follow-up of
// a tertial was settled. A source holds one date, its latest follow-up's:
// a report of another tertial has none.
func (s *Source) SettledFor(t Tertial) bool {
	return !s.Settled.IsZero() && s.DefaultTertial() == t
}

// CheckTertial tells whether a report for the tertial can be made from the
// source.
func (s *Source) CheckTertial(t Tertial) error {
	if t.Year < s.FirstYear || t.Year > s.LastYear || t.N < 1 || t.N > 3 {
		return &Error{File: s.File.Name, Msg: msg.New(msg.TertialOutside, t.String(), s.Period.S, s.FirstYear, s.LastYear)}
	}
	return nil
}
