package report_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// settled is a test's answer with its own choice for its conflicts.
func settled(a report.Answer, s report.Settle) report.Answer {
	a.Settle = s
	return a
}

// settleAnswers are answers for tertial 1 2020 of the example that conflict
// in every way: 2.5's status and note and 2.6's note differ from the
// source's, and the two parties' statuses for 1.1 differ from each other.
// s gives each of 2.5, 2.6 and 1.1 its own choice.
func settleAnswers(s25, s26, s11 report.Settle) []report.Answer {
	return []report.Answer{
		settled(answer("a.xlsx", 2, 5, "genomförd", "Arbete pågår\nUppstartsmöte 2020-03-09\nFler möten i maj."), s25),
		settled(answer("a.xlsx", 2, 6, "", "Genomfört fyra"), s26),
		settled(party(answer("polisen.xlsx", 1, 1, "pågår", "Polisen deltog."), "Polisen"), s11),
		settled(party(answer("kommunen.xlsx", 1, 1, "genomförd", "Kommunen bjöd in."), "Kommunen"), s11),
	}
}

// TestImportSettlePerAnswerAsWhole: every answer choosing X is the same
// import, byte for byte and change for change, as the import choosing X:
// a page that settles each conflict the same way writes what the command
// writes.
func TestImportSettlePerAnswerAsWhole(t *testing.T) {
	src := reporttest.Source(t, example)
	tpl := reporttest.Template(t)
	tertial := report.Tertial{Year: 2020, N: 1}
	for _, s := range []report.Settle{report.Keep, report.Replace, report.Append} {
		whole, err := src.Import(tpl, tertial, settleAnswers(report.Refuse, report.Refuse, report.Refuse), s)
		if err != nil {
			t.Fatalf("settle %d: %s", s, msg.Text(err, msg.English))
		}
		each, err := src.Import(tpl, tertial, settleAnswers(s, s, s), report.Refuse)
		if err != nil {
			t.Fatalf("each answer settle %d: %s", s, msg.Text(err, msg.English))
		}
		if string(each.Text) != string(whole.Text) {
			t.Errorf("settle %d: each answer's choice wrote\n%s", s, reporttest.Diff(string(whole.Text), string(each.Text)))
		}
		if !reflect.DeepEqual(each, whole) {
			t.Errorf("settle %d: each answer's choice gave\n%+v\nthe import's\n%+v", s, each, whole)
		}
		if len(whole.Conflicts) != 4 {
			t.Errorf("settle %d: %d conflicts told, want 4", s, len(whole.Conflicts))
		}
	}
}

// TestImportSettleMixed: each activity's conflicts are settled as its own
// answer chooses, over the import's choice; while one is left to Refuse,
// the import is refused with exactly those conflicts, and writes nothing.
func TestImportSettleMixed(t *testing.T) {
	src := reporttest.Source(t, example)
	tpl := reporttest.Template(t)
	const (
		r, k, p, a = report.Refuse, report.Keep, report.Replace, report.Append
	)
	for _, c := range []struct {
		name          string
		s25, s26, s11 report.Settle
		settle        report.Settle
		refused       []string // the cells the refusal names, in order
		outcomes      []report.Outcome
		note26        string
	}{
		{"each its own", p, a, k, r, nil,
			[]report.Outcome{report.Replaced, report.Appended, report.Added, report.Added}, "Genomfört tre\n\nGenomfört fyra"},
		{"one note left", p, r, k, r, []string{"G26"}, nil, ""},
		{"one activity left", r, k, k, r, []string{"F25", "G25"}, nil, ""},
		{"the workbooks' split left", k, k, r, r, []string{"F11"}, nil, ""},
		{"the import's choice for the rest", k, r, r, p, nil,
			[]report.Outcome{report.Kept, report.Replaced, report.Added, report.Added}, "Genomfört fyra"},
		{"one appends, the rest kept", r, a, r, k, nil,
			[]report.Outcome{report.Kept, report.Appended, report.Added, report.Added}, "Genomfört tre\n\nGenomfört fyra"},
	} {
		t.Run(c.name, func(t *testing.T) {
			im, err := src.Import(tpl, report.Tertial{Year: 2020, N: 1}, settleAnswers(c.s25, c.s26, c.s11), c.settle)
			if c.refused != nil {
				var list report.ErrorList
				if im != nil || !errors.As(err, &list) || len(list) != len(c.refused) {
					t.Fatalf("got %v, %v; want refused naming %v", im, err, c.refused)
				}
				for i, cell := range c.refused {
					if !strings.Contains(list[i].Msg.In(msg.English), "Underlag!"+cell+":") {
						t.Errorf("refusal %d is %q, want cell %s", i, list[i].In(msg.English), cell)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("refused: %s", msg.Text(err, msg.English))
			}
			if !reflect.DeepEqual(im.Outcomes, c.outcomes) {
				t.Errorf("outcomes %v, want %v", im.Outcomes, c.outcomes)
			}
			if len(im.Conflicts) != 4 {
				t.Errorf("%d conflicts told, want all 4", len(im.Conflicts))
			}
			back, err := report.Parse(example, im.Text, tpl)
			if err != nil {
				t.Fatal(err)
			}
			f := back.Activity(report.ActivityRef{Promise: 1, Activity: 5}).Followup(report.Tertial{Year: 2020, N: 1})
			if got := report.NormalizeNote(f.NoteRaw); got != c.note26 {
				t.Errorf("2.6's note is %q, want %q", got, c.note26)
			}
			// The split status is left out whichever way it is settled.
			if f := back.Activity(report.ActivityRef{}).Followup(report.Tertial{Year: 2020, N: 1}); f == nil || f.StatusText.S != "" {
				t.Errorf("1.1's follow-up is %+v, want one without a status", f)
			}
		})
	}
}

// TestImportSettleMerged: of several answers for one activity, the first
// (as given) that chooses rules, whatever order the parties come in.
func TestImportSettleMerged(t *testing.T) {
	src := reporttest.Source(t, example)
	tpl := reporttest.Template(t)
	kommunen := party(answer("kommunen.xlsx", 2, 6, "", "Genomfört fyra"), "Kommunen")
	polisen := party(answer("polisen.xlsx", 2, 6, "", "Genomfört fyra"), "Polisen")
	for _, c := range []struct {
		name    string
		answers []report.Answer
		want    report.Outcome
	}{
		{"the first chooses", []report.Answer{settled(kommunen, report.Keep), settled(polisen, report.Replace)}, report.Kept},
		{"the first chooses, the other way", []report.Answer{settled(kommunen, report.Replace), settled(polisen, report.Keep)}, report.Replaced},
		{"the first that chooses", []report.Answer{kommunen, settled(polisen, report.Append)}, report.Appended},
		{"the first that chooses, the other way", []report.Answer{settled(kommunen, report.Append), polisen}, report.Appended},
	} {
		t.Run(c.name, func(t *testing.T) {
			im, err := src.Import(tpl, report.Tertial{Year: 2020, N: 1}, c.answers, report.Refuse)
			if err != nil {
				t.Fatalf("refused: %s", msg.Text(err, msg.English))
			}
			if len(im.Changes) != 1 || im.Changes[0].Outcome != c.want || im.Changes[0].Answer.Settle == report.Refuse {
				t.Errorf("changes %+v, want one %d", im.Changes, c.want)
			}
		})
	}
}

// TestImportSettleAppendAgain: an answer that chooses Append, imported
// again, finds its note already there as a paragraph and changes nothing,
// though the import itself refuses conflicts.
func TestImportSettleAppendAgain(t *testing.T) {
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	tertial := report.Tertial{Year: 2020, N: 1}
	answers := []report.Answer{settled(answer("a.xlsx", 2, 6, "", "Genomfört fyra"), report.Append)}
	first, err := src.Import(tpl, tertial, answers, report.Refuse)
	if err != nil {
		t.Fatal(err)
	}
	again, err := report.Parse(example, first.Text, tpl)
	if err != nil {
		t.Fatal(err)
	}
	second, err := again.Import(tpl, tertial, answers, report.Refuse)
	if err != nil {
		t.Fatalf("refused: %s", msg.Text(err, msg.English))
	}
	if string(second.Text) != string(first.Text) || len(second.Changes) != 0 || len(second.Conflicts) != 0 {
		t.Errorf("a second Append changed the source: %v", second.Changes)
	}
}

// TestImportLeavesOutWhatWorkbooksRepeat: collect fills each party's
// workbook in with what the source holds, so where one party writes
// something new for a shared activity and the other leaves the cell as it
// was, the new is the answer: not joined to the old, nor in conflict with
// it. Example 2.6 holds "pågår" and "Genomfört tre" for tertial 1 2020.
func TestImportLeavesOutWhatWorkbooksRepeat(t *testing.T) {
	src := reporttest.Source(t, example)
	tpl := reporttest.Template(t)
	tertial := report.Tertial{Year: 2020, N: 1}
	police := func(status, note string) report.Answer {
		return party(answer("polisen.xlsx", 2, 6, status, note), "Polisen")
	}
	municipality := func(status, note string) report.Answer {
		return party(answer("kommunen.xlsx", 2, 6, status, note), "Kommunen")
	}
	for _, c := range []struct {
		name               string
		answers            []report.Answer
		conflicts          []string // under Refuse
		newStatus, newNote string   // under Replace
		outcome            report.Outcome
	}{
		{"a new note, the other repeated", []report.Answer{police("pågår", "Genomfört fyra"), municipality("pågår", "Genomfört tre")},
			[]string{"polisen.xlsx: Underlag!G26: the comment differs"}, "pågår", "Genomfört fyra", report.Replaced},
		{"the repeat ranked first", []report.Answer{police("pågår", "Genomfört tre"), municipality("pågår", "Genomfört fyra")},
			[]string{"kommunen.xlsx: Underlag!G26: the comment differs"}, "pågår", "Genomfört fyra", report.Replaced},
		{"a new status, the other repeated", []report.Answer{police("genomförd", "Genomfört tre"), municipality("pågår", "Genomfört tre")},
			[]string{"polisen.xlsx: Underlag!F26: status \"genomförd\""}, "genomförd", "Genomfört tre", report.Replaced},
		{"both repeat", []report.Answer{police("pågår", "Genomfört tre"), municipality("Pågår", "Genomfört tre")},
			nil, "pågår", "Genomfört tre", report.Unchanged},
		{"both repeat the note, no status", []report.Answer{police("", "Genomfört tre"), municipality("", "Genomfört tre")},
			nil, "pågår", "Genomfört tre", report.Unchanged},
		{"both new: joined, and their statuses differ", []report.Answer{police("genomförd", "Fyra."), municipality("försenad", "Tre.")},
			[]string{"kommunen.xlsx: Underlag!F26: status \"försenad\" differs from \"genomförd\" in polisen.xlsx", "polisen.xlsx: Underlag!G26: the comment differs"},
			"pågår", "Fyra.\n\nTre.", report.Replaced},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := src.Import(tpl, tertial, c.answers, report.Refuse)
			var got []string
			var list report.ErrorList
			if errors.As(err, &list) {
				for _, e := range list {
					got = append(got, e.In(msg.English))
				}
			}
			if len(got) != len(c.conflicts) {
				t.Fatalf("conflicts %q, want %d starting %q", got, len(c.conflicts), c.conflicts)
			}
			for i, want := range c.conflicts {
				if !strings.HasPrefix(got[i], want) {
					t.Errorf("conflict %q, want it to start %q", got[i], want)
				}
			}
			im, err := src.Import(tpl, tertial, c.answers, report.Replace)
			if err != nil {
				t.Fatal(err)
			}
			if im.Outcomes[0] != c.outcome {
				t.Errorf("outcome %d, want %d", im.Outcomes[0], c.outcome)
			}
			var ch *report.Change
			for i := range im.Changes {
				if im.Changes[i].Activity == (report.ActivityRef{Promise: 1, Activity: 5}) {
					ch = &im.Changes[i]
				}
			}
			switch {
			case c.outcome == report.Unchanged && ch != nil:
				t.Errorf("a change for answers that only repeat: %+v", ch)
			case c.outcome != report.Unchanged && (ch == nil || ch.NewStatus != c.newStatus || ch.NewNote != c.newNote):
				t.Errorf("change %+v, want status %q, note %q", ch, c.newStatus, c.newNote)
			}
		})
	}
}
