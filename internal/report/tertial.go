package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"uppfoljning/internal/msg"
)

// ParseTertial reads "2020-T1". It is the format of a source's follow-ups
// and of the build command's -tertial flag.
func ParseTertial(s string) (year, tertial int, err error) {
	m := tertialPattern.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, 0, msg.Errorf(msg.TertialFormat)
	}
	year, _ = strconv.Atoi(m[1])
	tertial, err = strconv.Atoi(m[2])
	if err != nil || tertial < 1 || tertial > 3 {
		return 0, 0, msg.Errorf(msg.TertialFormat)
	}
	return year, tertial, nil
}

// DefaultTertial is the latest tertial with a follow-up in the source, or
// the period's first when there is none. A placeholder is not a follow-up.
func (s *Source) DefaultTertial() (year, tertial int) {
	year, tertial = s.FirstYear, 1
	for _, p := range s.Promises {
		for _, a := range p.Activities {
			for _, f := range a.Followups {
				if f.Placeholder() {
					continue
				}
				if f.Year > year || f.Year == year && f.Tertial > tertial {
					year, tertial = f.Year, f.Tertial
				}
			}
		}
	}
	return year, tertial
}

// SettledFor tells whether the source's date is the day the follow-up of
// a tertial was settled. A source holds one date, its latest follow-up's:
// a report of another tertial has none.
func (s *Source) SettledFor(year, tertial int) bool {
	if s.Settled.IsZero() {
		return false
	}
	y, n := s.DefaultTertial()
	return y == year && n == tertial
}

// CheckTertial tells whether a report for the tertial can be made from the
// source.
func (s *Source) CheckTertial(year, tertial int) error {
	if year < s.FirstYear || year > s.LastYear || tertial < 1 || tertial > 3 {
		return &Error{File: s.File.Name, Msg: msg.New(msg.TertialOutside, fmt.Sprintf("%d-T%d", year, tertial), s.Period.S, s.FirstYear, s.LastYear)}
	}
	return nil
}

// CurrentTertial is the tertial a date falls in, held within the source's
// period: its first tertial before the period, its last after it. It is
// the tertial the notes are gathered for by default.
func (s *Source) CurrentTertial(now time.Time) (year, tertial int) {
	year, tertial = now.Year(), (int(now.Month())-1)/4+1
	switch {
	case year < s.FirstYear:
		return s.FirstYear, 1
	case year > s.LastYear:
		return s.LastYear, 3
	}
	return year, tertial
}
