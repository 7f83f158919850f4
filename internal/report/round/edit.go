package round

import "uppfoljning/internal/report"

// Edit writes one activity's status and note for tertial t, as typed in
// by hand (a note that came by phone or e-mail), with the same
// byte-preserving Import as returned workbooks: what is typed replaces what
// the source holds for the tertial. An empty status or note leaves the
// source's as it is; an import never removes what a person wrote.
//
// Its messages name the source and the field as the fill-in workbook's
// column heads do (tpl.FillIn.Status and .Note), so a form labelled with
// those words is pointed to: "eksjo.toml: Status: status "klar" är inte en
// av: …".
func Edit(src *report.Source, tpl *report.Template, t report.Tertial, ref report.ActivityRef, status, note string) (*report.Import, error) {
	a := report.Answer{Activity: ref, Status: status, Note: note, Settle: report.Replace,
		File: src.File.Name, StatusCell: tpl.FillIn.Status, NoteCell: tpl.FillIn.Note}
	return src.Import(tpl, t, []report.Answer{a}, report.Replace)
}
