package report_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

func TestParseTertial(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // "" when refused
	}{
		{"2020-T1", "2020-T1"},
		{"2021-t3", "2021-T3"},
		{" 2022-T2 ", "2022-T2"},
		{"2025–T1", "2025-T1"}, // an en dash, as in a period
		{"2025 - T3", "2025-T3"},
		{"2020-T01", "2020-T1"},
		{"2020-T0", ""},
		{"2020-T4", ""},
		{"2020T1", ""},
		{"20-T1", ""},
		{"2020-T99999999999999999999", ""},
		{"2020—T1", ""}, // an em dash is not a dash here
		{"", ""},
	} {
		got, err := report.ParseTertial(c.in)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("ParseTertial(%q) = %s, want an error", c.in, got)
		case c.want != "" && (err != nil || got.String() != c.want):
			t.Errorf("ParseTertial(%q) = %s, %v; want %s", c.in, got, err, c.want)
		}
	}
}

func TestTertialOrder(t *testing.T) {
	t3, t1 := report.Tertial{Year: 2025, N: 3}, report.Tertial{Year: 2026, N: 1}
	for _, c := range []struct {
		a, b report.Tertial
		want int
	}{
		{t3, t1, -1}, {t1, t3, 1}, {t3, t3, 0},
		{report.Tertial{Year: 2025, N: 1}, report.Tertial{Year: 2025, N: 2}, -1},
		{report.Tertial{Year: 2025, N: 2}, report.Tertial{Year: 2025, N: 1}, 1},
	} {
		if got := c.a.Compare(c.b); got != c.want {
			t.Errorf("%s.Compare(%s) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	if t3.Next() != t1 || t1.Prev() != t3 {
		t.Errorf("2025-T3 next %s, 2026-T1 prev %s", t3.Next(), t1.Prev())
	}
	mid := report.Tertial{Year: 2025, N: 2}
	if mid.Next().String() != "2025-T3" || mid.Prev().String() != "2025-T1" {
		t.Errorf("2025-T2 next %s, prev %s", mid.Next(), mid.Prev())
	}
	if got := t3.Name().In(msg.Swedish); got != "tertial 3 2025" {
		t.Errorf("name %q, want tertial 3 2025", got)
	}
}

func TestTertialOf(t *testing.T) {
	for day, want := range map[string]string{
		"2020-01-01": "2020-T1", "2020-04-30": "2020-T1", "2020-05-01": "2020-T2",
		"2020-08-31": "2020-T2", "2020-09-01": "2020-T3", "2020-12-31": "2020-T3",
	} {
		d, _ := time.Parse(time.DateOnly, day)
		if got := report.TertialOf(d).String(); got != want {
			t.Errorf("%s: %s, want %s", day, got, want)
		}
	}
}

func TestPeriodTertials(t *testing.T) {
	src := querySource(t, reporttest.SmallSource(`period = "2020"`))
	var got []string
	for tt := range src.Tertials() {
		got = append(got, tt.String())
	}
	if want := "2020-T1 2020-T2 2020-T3"; strings.Join(got, " ") != want {
		t.Errorf("tertials %v, want %s", got, want)
	}
	// The loop stops when told.
	for tt := range src.Tertials() {
		if tt.N == 2 {
			break
		}
	}
	two := querySource(t, reporttest.SmallSource(""))
	if n := len(slices.Collect(two.Tertials())); n != 6 {
		t.Errorf("a two-year period has %d tertials, want 6", n)
	}
}

// TestRoundTertial: status and collect offer the tertial of the round in
// progress.
func TestRoundTertial(t *testing.T) {
	// Three activities in a period of two years; each case writes some of
	// their follow-ups.
	source := func(followups ...string) *report.Source {
		var b strings.Builder
		b.WriteString("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2025-2026\"\n[[promise]]\ntext = \"P\"\n")
		for i := range 3 {
			fmt.Fprintf(&b, "[[promise.activity]]\ntext = \"A%d\"\n", i+1)
			for _, f := range followups {
				who, tertial, _ := strings.Cut(f, ":")
				if who == fmt.Sprint(i+1) {
					fmt.Fprintf(&b, "[[promise.activity.followup]]\ntertial = %q\nnote = \"Gjort.\"\n", tertial)
				}
			}
		}
		return querySource(t, b.String())
	}
	placeholder := querySource(t, "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2025-2026\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n[[promise.activity.followup]]\ntertial = \"2025-T3\"\nstatus = \"\"\nnote = \"\"\n")
	for _, c := range []struct {
		name string
		src  *report.Source
		day  string
		want string
	}{
		{"October, tertial 2 half written in", source("1:2025-T2"), "2025-10-15", "2025-T2"},
		{"December, tertial 2 half written in", source("1:2025-T2", "2:2025-T2"), "2025-12-31", "2025-T2"},
		{"January after tertial 2's round, one answer missing", source("1:2025-T2", "2:2025-T2"), "2026-01-20", "2025-T3"},
		{"October, tertial 2 all written in", source("1:2025-T2", "2:2025-T2", "3:2025-T2"), "2025-10-15", "2025-T3"},
		{"August, tertial 2 all written in early", source("1:2025-T2", "2:2025-T2", "3:2025-T2"), "2025-08-20", "2025-T2"},
		{"January, tertial 3 half written in", source("1:2025-T2", "2:2025-T3"), "2026-01-10", "2025-T3"},
		{"nothing written, in the period", source(), "2025-06-01", "2025-T1"},
		{"nothing written, before the period", source(), "2024-11-01", "2025-T1"},
		{"nothing written, late in the period", source(), "2026-10-01", "2025-T1"},
		{"the last tertial done, after the period", source("1:2026-T3", "2:2026-T3", "3:2026-T3"), "2027-02-01", "2026-T3"},
		{"a placeholder is not a follow-up", placeholder, "2025-10-01", "2025-T1"},
	} {
		day, _ := time.Parse(time.DateOnly, c.day)
		if got := c.src.RoundTertial(day).String(); got != c.want {
			t.Errorf("%s (%s): %s, want %s", c.name, c.day, got, c.want)
		}
	}
}

func TestCheckTertial(t *testing.T) {
	src := querySource(t, reporttest.SmallSource(""))
	for tt, ok := range map[report.Tertial]bool{
		{Year: 2020, N: 1}: true, {Year: 2021, N: 3}: true,
		{Year: 2019, N: 3}: false, {Year: 2022, N: 1}: false, {Year: 2020, N: 0}: false, {Year: 2020, N: 4}: false,
	} {
		err := src.CheckTertial(tt)
		if (err == nil) != ok {
			t.Errorf("%v: %v", tt, err)
		}
		if err != nil && tt.N >= 1 && tt.N <= 3 && !strings.Contains(err.Error(), tt.String()) {
			t.Errorf("%v: the message does not name it: %v", tt, err)
		}
	}
}
