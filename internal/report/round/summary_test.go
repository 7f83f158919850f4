package round_test

import (
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/round"
)

// TestImportSummary: each workbook's answers counted by what the import
// did with them, and whether any changes the source.
func TestImportSummary(t *testing.T) {
	answers := []report.Answer{{File: "a.xlsx"}, {File: "a.xlsx"}, {File: "a.xlsx"}, {File: "b.xlsx"}, {File: "b.xlsx"}, {File: "a.xlsx"}}
	outcomes := []report.Outcome{report.Added, report.Appended, report.Replaced, report.Unchanged, report.Kept, report.Unanswered}
	a, changedA := round.ImportSummary("a.xlsx", answers, outcomes)
	b, changedB := round.ImportSummary("b.xlsx", answers, outcomes)
	if want := msg.New(msg.ImportSummary, "a.xlsx", 1, 0, 2, 0, 1); a.String() != want.String() || !changedA {
		t.Errorf("a.xlsx: %q, changed %v; want %q, changed", a, changedA, want)
	}
	if want := msg.New(msg.ImportSummary, "b.xlsx", 0, 0, 0, 2, 0); b.String() != want.String() || changedB {
		t.Errorf("b.xlsx: %q, changed %v; want %q, unchanged", b, changedB, want)
	}
	for o, want := range map[report.Outcome]bool{report.Added: true, report.Kept: true, report.Unchanged: false, report.Unanswered: false} {
		if _, ok := round.OutcomeLabel(o); ok != want {
			t.Errorf("outcome %d labelled %v, want %v", o, ok, want)
		}
	}
}
