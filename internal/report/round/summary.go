package round

import (
	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
)

// ImportSummary is what an import does with one workbook's answers, as
// import and the page's preview both tell it: how many are new, filled
// in, changed, the same and unanswered. It tells too whether any of them
// changes the source.
func ImportSummary(book string, answers []report.Answer, outcomes []report.Outcome) (msg.Message, bool) {
	var n [report.Replaced + 1]int
	for i, a := range answers {
		if a.File == book {
			n[outcomes[i]]++
		}
	}
	changed := n[report.Added]+n[report.Filled]+n[report.Replaced]+n[report.Appended] > 0
	return msg.New(msg.ImportSummary, book, n[report.Added], n[report.Filled], n[report.Replaced]+n[report.Appended],
		n[report.Unchanged]+n[report.Kept], n[report.Unanswered]), changed
}

// outcomeLabels name what an import did to an activity, where it did
// something.
var outcomeLabels = map[report.Outcome]msg.Key{report.Added: msg.ChangeAdded, report.Filled: msg.ChangeFilled,
	report.Replaced: msg.ChangeReplaced, report.Appended: msg.ChangeAppended, report.Kept: msg.ChangeKept}

// OutcomeLabel names what an import did to an activity ("ny", "ersatt",
// …); an answer left as the source had it has none.
func OutcomeLabel(o report.Outcome) (msg.Message, bool) {
	k, ok := outcomeLabels[o]
	return msg.New(k), ok
}
