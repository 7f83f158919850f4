package report_test

import (
	"fmt"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// TestErrorTellsOnlyTheKnownPlace: a message starts with where the problem
// is, as an editor's "go to line" takes it: file, line and column when
// both are known, file and line when the column is not, the file alone
// when the problem is the file's as a whole. A line or column of 0 is
// unknown and never printed, so no one looks for line 0 or column 0.
func TestErrorTellsOnlyTheKnownPlace(t *testing.T) {
	m := msg.New(msg.LogoNoName)
	for _, c := range []struct {
		name string
		err  report.Error
		want string
	}{
		{"line and column", report.Error{File: "x.toml", Pos: report.Position{Line: 12, Col: 15}, Msg: m}, "x.toml:12:15: the logo's file name is empty"},
		{"first line and column", report.Error{File: "x.toml", Pos: report.Position{Line: 1, Col: 1}, Msg: m}, "x.toml:1:1: the logo's file name is empty"},
		{"line only", report.Error{File: "x.toml", Pos: report.Position{Line: 12}, Msg: m}, "x.toml:12: the logo's file name is empty"},
		{"column without a line", report.Error{File: "x.toml", Pos: report.Position{Col: 15}, Msg: m}, "x.toml: the logo's file name is empty"},
		{"file only", report.Error{File: "x.toml", Msg: m}, "x.toml: the logo's file name is empty"},
		{"nothing", report.Error{Msg: m}, "the logo's file name is empty"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.err.In(msg.English); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
			w := report.Warning(c.err)
			if got := w.In(msg.English); got != "warning: "+c.want {
				t.Errorf("as a warning: got %q, want %q", got, "warning: "+c.want)
			}
		})
	}
}

// TestErrorListTellsALineEach: every error of a file is told on a line of
// its own, in the list's order.
func TestErrorListTellsALineEach(t *testing.T) {
	l := report.ErrorList{
		{File: "x.toml", Pos: report.Position{Line: 2, Col: 3}, Msg: msg.New(msg.LogoNoName)},
		{File: "x.toml", Pos: report.Position{Line: 4}, Msg: msg.New(msg.LogoNoName)},
	}
	want := "x.toml:2:3: the logo's file name is empty\nx.toml:4: the logo's file name is empty"
	if got := l.In(msg.English); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestErrorsOnOneLineInOrder: the errors of one line are told from left
// to right, whatever order the keys are checked in.
func TestErrorsOnOneLineInOrder(t *testing.T) {
	for _, logos := range []string{
		`logos = [{ path = 1, alt = 2 }, { pth = "a.png" }]`,
		`logos = [{ alt = 2, path = 1 }, { pth = "a.png" }]`,
	} {
		_, got := reporttest.Parse(t, reporttest.SmallSource(logos))
		lines := strings.Split(got, "\n")
		if len(lines) != 3 {
			t.Fatalf("%s: want 3 messages, got:\n%s", logos, got)
		}
		col := 0
		for _, l := range lines {
			var c int
			if _, err := fmt.Sscanf(l, "x.toml:4:%d:", &c); err != nil || c <= col {
				t.Errorf("%s: messages not at line 4 from left to right:\n%s", logos, got)
				break
			}
			col = c
		}
	}
}
