package report_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// The tests in this file guard the rules a source's values are read by:
// which dates, texts, tertials and tables are accepted, and what the user
// is told, at which line and column, when one is not.

// TestSettledDateIsADayNotATime: the date a follow-up was settled is a
// day, a TOML date. A date-time or a time of day is refused, at the value,
// as written: a report must not silently drop the hour, the time zone or
// the fraction of a second a user wrote.
func TestSettledDateIsADayNotATime(t *testing.T) {
	for _, c := range []struct {
		date string
		want string // "" when accepted; else the whole message
	}{
		{"2020-12-15", ""},
		{"2020-12-15T00:00:00", `x.toml:4:8: date "2020-12-15T00:00:00": write the date as YYYY-MM-DD, like "2020-12-15"`},
		{"2020-12-15T00:00:00.5", `x.toml:4:8: date "2020-12-15T00:00:00.5": write the date as YYYY-MM-DD, like "2020-12-15"`},
		{"2020-12-15T00:00:00Z", `x.toml:4:8: date "2020-12-15T00:00:00Z": write the date as YYYY-MM-DD, like "2020-12-15"`},
		{"2020-12-15 00:00:00+05:00", `x.toml:4:8: date "2020-12-15 00:00:00+05:00": write the date as YYYY-MM-DD, like "2020-12-15"`},
		{"00:00:00", `x.toml:4:8: date "00:00:00": write the date as YYYY-MM-DD, like "2020-12-15"`},
		{"2020-12-15T01:00:00", `x.toml:4:8: date "2020-12-15T01:00:00": write the date as YYYY-MM-DD, like "2020-12-15"`},
		{"2020-12-15T00:01:00", `x.toml:4:8: date "2020-12-15T00:01:00": write the date as YYYY-MM-DD, like "2020-12-15"`},
		{"2020-12-15T00:00:01", `x.toml:4:8: date "2020-12-15T00:00:01": write the date as YYYY-MM-DD, like "2020-12-15"`},
		// Hour and minute, or minute and second, that would cancel out
		// if they were subtracted rather than added.
		{"2020-12-15T01:01:00", `x.toml:4:8: date "2020-12-15T01:01:00": write the date as YYYY-MM-DD, like "2020-12-15"`},
		{"2020-12-15T00:01:01", `x.toml:4:8: date "2020-12-15T00:01:01": write the date as YYYY-MM-DD, like "2020-12-15"`},
		{"2020-12-15T01:02:01", `x.toml:4:8: date "2020-12-15T01:02:01": write the date as YYYY-MM-DD, like "2020-12-15"`},
	} {
		src, got := reporttest.Parse(t, reporttest.SmallSource("date = "+c.date))
		if got != c.want {
			t.Errorf("date = %s: got %q, want %q", c.date, got, c.want)
			continue
		}
		if c.want == "" {
			want := time.Date(2020, 12, 15, 0, 0, 0, 0, time.UTC)
			if src.Date.S != "2020-12-15" || !src.Settled.Equal(want) {
				t.Errorf("date = %s: read as %q, %v; want 2020-12-15", c.date, src.Date.S, src.Settled)
			}
		}
	}
}

// TestSettledDateYears: the settled date's year lies between 1990 and
// 2200, both included, whether the date is written as a TOML date or in
// quotes; a year just outside is refused at the value.
func TestSettledDateYears(t *testing.T) {
	for _, c := range []struct {
		date string
		want string // "" when accepted; else the whole message
	}{
		{`1990-01-01`, ""},
		{`2200-12-31`, ""},
		{`1989-12-31`, `x.toml:4:8: date "1989-12-31": the year must lie between 1990 and 2200`},
		{`2201-01-01`, `x.toml:4:8: date "2201-01-01": the year must lie between 1990 and 2200`},
		{`"1990-01-01"`, ""},
		{`"2200-12-31"`, ""},
		{`"1989-12-31"`, `x.toml:4:8: date "1989-12-31": the year must lie between 1990 and 2200`},
		{`"2201-01-01"`, `x.toml:4:8: date "2201-01-01": the year must lie between 1990 and 2200`},
		// A day that does not exist, and a date not written as
		// YYYY-MM-DD, are told apart.
		{`"2021-02-29"`, `x.toml:4:8: date "2021-02-29": there is no such day; check the month and the day`},
		{`"15/12/2020"`, `x.toml:4:8: date "15/12/2020": write the date as YYYY-MM-DD, like "2020-12-15"`},
	} {
		src, got := reporttest.Parse(t, reporttest.SmallSource("date = "+c.date))
		if got != c.want {
			t.Errorf("date = %s: got %q, want %q", c.date, got, c.want)
			continue
		}
		if want := strings.Trim(c.date, `"`); c.want == "" && (src.Date.S != want || src.Settled.Format(time.DateOnly) != want) {
			t.Errorf("date = %s: read as %q, %v", c.date, src.Date.S, src.Settled)
		}
	}
}

// TestTextLengthLimit: a text may be exactly MaxTextChars characters long
// and is then kept whole; one more is refused, at the value, with the
// limit named. Characters are counted, as the message says, not bytes: a
// Swedish note of å and ä is as long as one of x.
func TestTextLengthLimit(t *testing.T) {
	for _, c := range []struct {
		char string
		n    int
		want string
	}{
		{"x", report.MaxTextChars, ""},
		{"x", report.MaxTextChars + 1, "x.toml:10:8: note is longer than 100000 characters; split it up"},
		{"å", report.MaxTextChars, ""},
		{"å", report.MaxTextChars + 1, "x.toml:10:8: note is longer than 100000 characters; split it up"},
	} {
		note := strings.Repeat(c.char, c.n)
		src, got := reporttest.Parse(t, reporttest.SmallSource("", "tertial = \"2020-T1\"\nnote = \""+note+"\""))
		if got != c.want {
			t.Errorf("a note of %d %q: got %q, want %q", c.n, c.char, got, c.want)
			continue
		}
		if c.want == "" {
			if f := src.Activity(report.ActivityRef{}).Followup(report.Tertial{Year: 2020, N: 1}); f == nil || f.Note.S != note {
				t.Errorf("a note of %d %q is not kept whole", c.n, c.char)
			}
		}
	}
}

// TestEmptyTexts: an empty required text is refused with what to write
// there; an empty optional one with the advice to leave it out; an empty
// note or status is a placeholder, "not written yet", and accepted.
func TestEmptyTexts(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
	}{
		{"required", "title = \"\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n",
			"x.toml:1:9: title is empty; write the document's title here"},
		{"optional", reporttest.SmallSource("subtitle = \"  \""), "x.toml:4:12: subtitle is empty; write the subtitle or leave the key out"},
		{"placeholder", reporttest.SmallSource("", "tertial = \"2020-T1\"\nstatus = \"\"\nnote = \"\""), ""},
	} {
		if _, got := reporttest.Parse(t, c.text); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestFollowupTertialWithinPeriod: a follow-up's tertial lies within the
// period, its first and last year included; a tertial outside it is
// refused at the tertial, and one that is not a tertial at all is told so.
func TestFollowupTertialWithinPeriod(t *testing.T) {
	for _, c := range []struct {
		tertial, want string
	}{
		{"2020-T1", ""},
		{"2021-T3", ""},
		{"2019-T3", `x.toml:9:11: tertial "2019-T3" is outside the period 2020-2021; use a tertial from 2020-T1 to 2021-T3`},
		{"2022-T1", `x.toml:9:11: tertial "2022-T1" is outside the period 2020-2021; use a tertial from 2020-T1 to 2021-T3`},
		{"2020-T4", `x.toml:9:11: tertial "2020-T4": a tertial is written YYYY-T1, YYYY-T2 or YYYY-T3, like 2020-T1`},
	} {
		_, got := reporttest.Parse(t, reporttest.SmallSource("", "tertial = \""+c.tertial+"\"\nnote = \"Gjort.\""))
		if got != c.want {
			t.Errorf("tertial %s: got %q, want %q", c.tertial, got, c.want)
		}
	}
}

// TestBrokenPeriodIsToldOnce: when the period itself is refused, the
// follow-ups' tertials cannot be checked against it; the user is told of
// the period alone, not of every tertial as well.
func TestBrokenPeriodIsToldOnce(t *testing.T) {
	for _, period := range []string{"2020-2030", "2021-2020", "1989", "tjugotjugo"} {
		_, got := reporttest.Parse(t, reporttest.SmallSource("period = \""+period+"\"", "tertial = \"2020-T1\"\nnote = \"Gjort.\""))
		if !strings.HasPrefix(got, "x.toml:3:10: ") || strings.Contains(got, "\n") {
			t.Errorf("period %s: got\n%s\nwant one message, at the period", period, got)
		}
	}
}

// TestUnknownTableNamedAsAHeading: a table heading the source does not
// have is refused at the heading, and the message names it as a heading,
// brackets balanced, so that the user can find it; a misspelt heading is
// answered with the one meant.
func TestUnknownTableNamedAsAHeading(t *testing.T) {
	for _, c := range []struct {
		heading, want string
	}{
		{"[extra]", "x.toml:4:1: [extra] is not a table a source has"},
		{"[[followup]]", "x.toml:4:1: [[followup]] is not a table a source has; did you mean [[promise.activity.followup]]?"},
		{"[[promise.extra]]", "x.toml:8:1: [[promise.extra]] is not a table a source has"},
		// A quoted key that begins with a bracket. The message cannot
		// repeat it as written (the name is rebuilt from the key's path),
		// but it must not name a heading with a stray bracket, "[x]]".
		{`["[x]"]`, "x.toml:4:1: "},
		{`[["[x]"]]`, "x.toml:4:1: "},
	} {
		text := reporttest.SmallSource(c.heading + "\nn = 1")
		if strings.HasPrefix(c.heading, "[[promise.") {
			text = reporttest.SmallSource("") + c.heading + "\nn = 1\n"
		}
		_, got := reporttest.Parse(t, text)
		if !strings.HasPrefix(got, c.want) || !strings.Contains(got, " is not a table a source has") {
			t.Errorf("%s: got %q, want it to begin %q", c.heading, got, c.want)
		}
		heading, _, _ := strings.Cut(strings.TrimPrefix(got, "x.toml:"), " is not")
		heading = heading[strings.LastIndexByte(heading, ' ')+1:]
		if strings.Count(heading, "[") != strings.Count(heading, "]") {
			t.Errorf("%s: the message names %s, with unbalanced brackets", c.heading, heading)
		}
	}
}

// TestPeriodLengthBoundary: a period spans at most 10 years, each between
// 1990 and 2200, and the first is not after the last.
func TestPeriodLengthBoundary(t *testing.T) {
	for _, c := range []struct {
		period string
		want   string
	}{
		{"2020-2029", ""},
		{"2020-2030", "spans more than 10 years"},
		{"1990", ""},
		{"1989", "years must lie between 1990 and 2200"},
		{"2200", ""},
		{"2201", "years must lie between 1990 and 2200"},
		{"1990-1999", ""},
		{"2191-2200", ""},
		{"2021-2020", "ends before it starts"},
		{"2020-2020", ""},
	} {
		_, got := reporttest.Parse(t, reporttest.SmallSource(fmt.Sprintf("period = %q", c.period)))
		switch {
		case c.want == "" && got != "":
			t.Errorf("period %s refused: %s", c.period, got)
		case c.want != "" && !strings.Contains(got, c.want):
			t.Errorf("period %s: got %q, want a message containing %q", c.period, got, c.want)
		case c.want != "" && !strings.HasPrefix(got, "x.toml:3:10: "):
			t.Errorf("period %s: the message %q is not at the period's value, line 3, column 10", c.period, got)
		}
	}
}
