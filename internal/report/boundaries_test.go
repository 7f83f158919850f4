package report_test

import (
	"fmt"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// The tests in this file each guard a defect a reader would meet and that
// the other tests once let through: the wrong tertial reported, a period
// or a year accepted that is not allowed, a column off by the byte order
// mark, errors of one line told out of order.

// source is a small source with the given head lines and follow-ups.
func source(head string, followups ...string) string {
	var b strings.Builder
	b.WriteString("title = \"T\"\nmunicipality = \"M\"\n" + head + "\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n")
	for _, f := range followups {
		fmt.Fprintf(&b, "[[promise.activity.followup]]\ntertial = %q\nnote = \"Gjort.\"\n", f)
	}
	return b.String()
}

// TestDefaultTertialOrdersByYear: a report is built for the latest
// follow-up, and a later year is later whatever its tertial.
func TestDefaultTertialOrdersByYear(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range []struct {
		followups []string
		want      string
	}{
		{[]string{"2020-T3", "2021-T1"}, "2021-T1"},
		{[]string{"2021-T1", "2020-T3"}, "2021-T1"},
		{[]string{"2021-T2", "2021-T1", "2020-T3"}, "2021-T2"},
		{[]string{"2020-T1", "2020-T2"}, "2020-T2"},
		{[]string{"2020-T2", "2020-T1"}, "2020-T2"},
		{[]string{"2021-T1"}, "2021-T1"},
	} {
		src, err := report.Parse("x.toml", []byte(source(`period = "2020-2021"`, c.followups...)), tpl)
		if err != nil {
			t.Fatal(err)
		}
		if y, n := src.DefaultTertial(); fmt.Sprintf("%d-T%d", y, n) != c.want {
			t.Errorf("follow-ups %v: the default tertial is %d-T%d, want %s", c.followups, y, n, c.want)
		}
	}
}

// TestPeriodLengthBoundary: a period spans at most 10 years, each between
// 1990 and 2200, and the first is not after the last.
func TestPeriodLengthBoundary(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range []struct {
		period string
		want   string // "" when accepted; else what the message says
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
		_, err := report.Parse("x.toml", []byte(source(fmt.Sprintf("period = %q", c.period))), tpl)
		got := ""
		if err != nil {
			got = msg.Text(err, msg.English)
		}
		switch {
		case c.want == "" && err != nil:
			t.Errorf("period %s refused: %s", c.period, got)
		case c.want != "" && !strings.Contains(got, c.want):
			t.Errorf("period %s: got %q, want a message containing %q", c.period, got, c.want)
		case c.want != "" && !strings.HasPrefix(got, "x.toml:3:10: "):
			t.Errorf("period %s: the message %q is not at the period's value, line 3, column 10", c.period, got)
		}
	}
}

// TestByteOrderMarkKeepsColumns: a byte order mark is not a character of
// the first line; an error there is at the column the editor shows.
func TestByteOrderMarkKeepsColumns(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range []struct {
		name, text, want string
	}{
		{"key", "\uFEFFtitel = \"T\"\n", "x.toml:1:1: unknown key \"titel\""},
		{"value", "\uFEFFtitle = 5\n", "x.toml:1:9: title must be text"},
		{"syntax", "\uFEFFtitle = \"T\n", "x.toml:1:9: "},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := report.Parse("x.toml", []byte(c.text+"municipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"), tpl)
			if err == nil {
				t.Fatal("accepted")
			}
			if got := msg.Text(err, msg.English); !strings.HasPrefix(got, c.want) {
				t.Errorf("got %q, want it to begin %q", got, c.want)
			}
		})
	}
}

// TestErrorsOnOneLineInOrder: the errors of one line are told from left
// to right, whatever order the keys are checked in.
func TestErrorsOnOneLineInOrder(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, logos := range []string{
		`logos = [{ path = 1, alt = 2 }, { pth = "a.png" }]`,
		`logos = [{ alt = 2, path = 1 }, { pth = "a.png" }]`,
	} {
		_, err := report.Parse("x.toml", []byte(source("period = \"2020\"\n"+logos)), tpl)
		var list report.ErrorList
		if err == nil || !asList(err, &list) {
			t.Fatalf("%s: want a list of errors, got %v", logos, err)
		}
		if len(list) != 3 {
			t.Fatalf("%s: %d errors, want 3: %v", logos, len(list), err)
		}
		for i := 1; i < len(list); i++ {
			a, b := list[i-1].Pos, list[i].Pos
			if a.Line != 4 || b.Line != 4 || a.Col >= b.Col {
				t.Errorf("%s: errors out of order:\n%s", logos, msg.Text(err, msg.English))
				break
			}
		}
	}
}

func asList(err error, list *report.ErrorList) bool {
	l, ok := err.(report.ErrorList)
	*list = l
	return ok
}
