package report_test

import (
	"fmt"
	"strings"
	"testing"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// twoYearsSource is a period of two years reported for its first tertial
// of 2024: activity 1.1 was done in 2023 and has nothing for 2024-T1,
// 1.2 is not started (the first status), 1.3 has only a note, 1.4 only a
// placeholder, 2.1 is ongoing in 2024-T1 and done in 2024-T2, after the
// report's tertial.
const twoYearsSource = `title = "Medborgarlöften i Provstad 2023-2024"
municipality = "Provstads kommun"
period = "2023-2024"

[[promise]]
text = "Löfte ett."

  [[promise.activity]]
  text = "Klar 2023."
    [[promise.activity.followup]]
    tertial = "2023-T3"
    status = "genomförd"
    note = "Klart."

  [[promise.activity]]
  text = "Ej påbörjad."
    [[promise.activity.followup]]
    tertial = "2024-T1"
    status = "ej påbörjad"

  [[promise.activity]]
  text = "Bara en anteckning."
    [[promise.activity.followup]]
    tertial = "2024-T1"
    note = "Vi har börjat."

  [[promise.activity]]
  text = "Platshållare."
    [[promise.activity.followup]]
    tertial = "2024-T1"
    status = ""
    note = ""

[[promise]]
text = "Löfte två."

  [[promise.activity]]
  text = "Pågår, sedan klar."
    [[promise.activity.followup]]
    tertial = "2024-T1"
    status = "pågår"
    [[promise.activity.followup]]
    tertial = "2024-T2"
    status = "genomförd"
`

// TestSummaryCountsTheStatusesOfTheReportsTertial: the summary counts the
// status written for the report's tertial; an activity without one (done
// in an earlier year, only a note, a placeholder, nothing) counts as no
// status, and a later tertial's status does not count. Unreported lists
// exactly the activities counted as no status, so the build's warning and
// status agree with the summary.
func TestSummaryCountsTheStatusesOfTheReportsTertial(t *testing.T) {
	for _, c := range []struct {
		tertial  int
		promises []string // each promise's counts: ej påbörjad, pågår, genomförd, försenad, none
		total    string
		missing  string
	}{
		{1, []string{"[1 0 0 0 3]", "[0 1 0 0 0]"}, "[1 1 0 0 3] = 5", "[{0 0} {0 2} {0 3}]"},
		{2, []string{"[0 0 0 0 4]", "[0 0 1 0 0]"}, "[0 0 1 0 4] = 5", "[{0 0} {0 1} {0 2} {0 3}]"},
	} {
		doc := reporttest.Document(t, "two-years.toml", reporttest.Text([]byte(twoYearsSource)), reporttest.Tertial(fmt.Sprintf("2024-T%d", c.tertial)))
		for i, p := range doc.Promises {
			if got := fmt.Sprint(p.Counts); got != c.promises[i] {
				t.Errorf("2024-T%d, promise %d counts %s, want %s", c.tertial, i+1, got, c.promises[i])
			}
			if got := fmt.Sprint(doc.Summary.Rows[i].Counts); got != c.promises[i] {
				t.Errorf("2024-T%d, summary row %d %s, want %s", c.tertial, i+1, got, c.promises[i])
			}
		}
		if got := fmt.Sprintf("%v = %d", doc.Summary.Total.Counts, doc.Summary.Total.Total); got != c.total {
			t.Errorf("2024-T%d, total %s, want %s", c.tertial, got, c.total)
		}
		if got := fmt.Sprint(doc.Unreported()); got != c.missing {
			t.Errorf("2024-T%d, unreported %s, want %s", c.tertial, got, c.missing)
		}
		agree(t, doc)
	}
	doc := reporttest.Document(t, "two-years.toml", reporttest.Text([]byte(twoYearsSource)), reporttest.Tertial("2024-T1"))
	if a := doc.Promises[0].Activities[0]; a.Reported != nil || !a.Cells[0].Empty() {
		t.Errorf("an activity done in 2023 shows in 2024-T1: %+v", a)
	}
	if a := doc.Promises[0].Activities[1]; a.Reported == nil || a.Reported.Index != 0 {
		t.Errorf("the first status is not counted: %+v", a.Reported)
	}
	if a := doc.Promises[1].Activities[0]; a.Reported == nil || a.Reported.Word != "pågår" || a.Cells[1].Status != nil {
		t.Errorf("2024-T1 of an activity done in 2024-T2: %+v", a)
	}
}

// TestSummaryOfManyUnreported: in a report where most activities have not
// reported, the summary's no status is as many as the warning names.
func TestSummaryOfManyUnreported(t *testing.T) {
	var b strings.Builder
	b.WriteString("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2024\"\n")
	for p := range 5 {
		fmt.Fprintf(&b, "[[promise]]\ntext = \"Löfte %d.\"\n", p+1)
		for a := range 8 + p%2 {
			fmt.Fprintf(&b, "  [[promise.activity]]\n  text = \"Aktivitet %d.%d.\"\n", p+1, a+1)
			if a < 3 || a == 3 && p < 4 {
				fmt.Fprintf(&b, "    [[promise.activity.followup]]\n    tertial = \"2024-T2\"\n    status = \"genomförd\"\n")
			}
		}
	}
	doc := reporttest.Document(t, "many.toml", reporttest.Text([]byte(b.String())), reporttest.Tertial("2024-T2"))
	if got := doc.Summary.Total.Total; got != 42 {
		t.Fatalf("%d activities, want 42", got)
	}
	if got := len(doc.Unreported()); got != 23 {
		t.Errorf("%d unreported, want 23", got)
	}
	agree(t, doc)
}

// agree checks that the summary counts as no status exactly the
// activities Unreported lists, promise by promise.
func agree(t *testing.T, doc *report.Document) {
	t.Helper()
	none := len(doc.Statuses)
	per := make([]int, len(doc.Promises))
	for _, r := range doc.Unreported() {
		per[r.Promise]++
		if a := doc.Promises[r.Promise].Activities[r.Activity]; a.Reported != nil {
			t.Errorf("unreported %v has status %s", r, a.Reported.Word)
		}
	}
	for i, row := range doc.Summary.Rows {
		if row.Counts[none] != per[i] {
			t.Errorf("promise %d: summary says %d without a status, Unreported %d", i+1, row.Counts[none], per[i])
		}
	}
	if got := doc.Summary.Total.Counts[none]; got != len(doc.Unreported()) {
		t.Errorf("summary says %d without a status, Unreported %d", got, len(doc.Unreported()))
	}
}

// TestGeneratedYearRangesUseAnEnDash: the texts the template makes from
// the period write it with an en dash, whichever dash the source used; a
// one-year period is its year; the source's own title stays as written.
func TestGeneratedYearRangesUseAnEnDash(t *testing.T) {
	for _, c := range []struct{ period, want string }{
		{"2023-2024", "2023–2024"},
		{"2023–2024", "2023–2024"},
		{"2024", "2024"},
	} {
		src := strings.Replace(twoYearsSource, `period = "2023-2024"`, `period = "`+c.period+`"`, 1)
		src = strings.ReplaceAll(src, "2023-T3", "2024-T3")
		doc := reporttest.Document(t, "x.toml", reporttest.Text([]byte(src)), reporttest.Tertial("2024-T1"))
		if want := "Medborgarlöften Provstads kommun " + c.want; doc.PromisesHeading.S != want {
			t.Errorf("period %q: heading %q, want %q", c.period, doc.PromisesHeading.S, want)
		}
		if !strings.Contains(doc.Meta.Subject, " "+c.want+" ") {
			t.Errorf("period %q: subject %q, want %q in it", c.period, doc.Meta.Subject, c.want)
		}
		if doc.Title.S != "Medborgarlöften i Provstad 2023-2024" {
			t.Errorf("the source's title changed: %q", doc.Title.S)
		}
	}
}

// TestDateLabelled: the date under the title is labelled by the
// template's word; without a word it stands alone. DateWritten is the
// date either way.
func TestDateLabelled(t *testing.T) {
	src := []byte(strings.Replace(twoYearsSource, "period = \"2023-2024\"\n", "period = \"2023-2024\"\ndate = \"2024-05-02\"\n", 1))
	doc := reporttest.Document(t, "x.toml", reporttest.Text(src))
	if doc.Date.S != "Fastställd 2 maj 2024" || doc.DateLabel != "Fastställd" || doc.DateWritten() != "2 maj 2024" {
		t.Errorf("date %q, label %q, written %q; want Fastställd 2 maj 2024", doc.Date.S, doc.DateLabel, doc.DateWritten())
	}
	tpl := reporttest.Template(t)
	tpl.Words.DateLabel = ""
	doc = reporttest.Document(t, "x.toml", reporttest.Text(src), reporttest.WithTemplate(tpl))
	if doc.Date.S != "2 maj 2024" || doc.DateLabel != "" || doc.DateWritten() != "2 maj 2024" {
		t.Errorf("without a label: date %q, label %q, written %q; want 2 maj 2024", doc.Date.S, doc.DateLabel, doc.DateWritten())
	}
}
