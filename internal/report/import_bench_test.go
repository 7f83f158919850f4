package report_test

import (
	"fmt"
	"testing"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// BenchmarkImport imports a note and a status for every activity, into
// sources of growing size: the time per activity stays the same, the time
// grows linearly with the file.
func BenchmarkImport(b *testing.B) {
	tpl := reporttest.Template(b)
	for _, activities := range []int{1250, 2500, 5000, 10000} {
		b.Run(fmt.Sprintf("activities=%d", activities), func(b *testing.B) {
			data := reporttest.Generated(activities/50, 50, 20)
			src, err := report.Parse("big.toml", data, tpl)
			if err != nil {
				b.Fatal(err)
			}
			var answers []report.Answer
			for _, r := range src.All() {
				answers = append(answers, report.Answer{Activity: r, Status: "pågår",
					Note: fmt.Sprintf("Aktivitet %d.%d: genomfört enligt plan.\nNästa steg i maj.", r.Promise+1, r.Activity+1),
					File: "underlag.xlsx", StatusCell: "Underlag!F2", NoteCell: "Underlag!G2"})
			}
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := src.Import(tpl, report.Tertial{Year: 2021, N: 1}, answers, report.Refuse); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(activities), "ns/activity")
		})
	}
}
