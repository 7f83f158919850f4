package xlsx

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// awkwardTexts are texts that XML cannot hold as they are, or that look
// like the escapes OOXML uses for them.
var awkwardTexts = []string{
	"Word's line break\vin a note", "\x00\x01\x08\x0c\x0e\x1f\x7f", "a literal _x0043_ escape",
	"_x005F_", "_x005F_x0043_", "_x0041_x0042_", "_x0041\v_", "_xD800_ and _xFFFE_", "\ufffe\uffff",
	"_x00_ _x12345_ _xGGGG_ __x0041__", "carriage\rreturn", "crlf\r\nline", "  spaces around  ",
	"tab\there", "line\u2028separator", "emoji 😀 and Sámi ŋ š", "ends with an underscore _x",
}

// roundTripSource is a source of two promises whose promise, activity and
// note texts are all text, with notes in the tertials 2020-T1 and 2020-T2.
func roundTripSource(text string) string {
	q := report.QuoteTOML(text, false)
	act := func(tertial string) string {
		return fmt.Sprintf("[[promise.activity]]\ntext = %s\nresponsible = [%s]\n[[promise.activity.followup]]\ntertial = \"2020-T1\"\nstatus = \"pågår\"\nnote = %s\n[[promise.activity.followup]]\ntertial = %q\nnote = %s\n", q, q, q, tertial, q)
	}
	return "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020-2021\"\n" +
		"[[promise]]\ntext = " + q + "\n" + act("2020-T2") + act("2020-T3") +
		"[[promise]]\ntext = \"P\"\n" + act("2020-T2")
}

// checkRoundTrip writes the fill-in workbook of a source whose texts are
// text, reads it back untouched and imports it: nothing may change.
func checkRoundTrip(t *testing.T, text string) {
	tpl := reporttest.Template(t)
	src, err := report.Parse("x.toml", []byte(roundTripSource(text)), tpl)
	if err != nil {
		t.Skip("not a text a source holds")
	}
	book := fillIn(t, src, report.Tertial{Year: 2020, N: 2})
	got, err := ReadFillIn("underlag.xlsx", book, src, tpl)
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	for _, a := range got.Answers {
		want := ""
		if f := src.Activity(a.Activity).Followup(report.Tertial{Year: 2020, N: 2}); f != nil {
			want = report.NormalizeNote(f.NoteRaw)
		}
		if a.Note != want {
			t.Errorf("%q: the note reads back as %q", text, a.Note)
		}
	}
	// excelize, as Excel and LibreOffice, reads the escapes as we do.
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Underlag")
	for i, r := range src.All() {
		if want := src.Activity(r).Text.S; len(rows) <= i+1 || rows[i+1][colActivity-1] != want {
			t.Errorf("%q: excelize reads row %d's activity otherwise", text, i+2)
		}
	}
	im, err := src.Import(tpl, got.Tertial, got.Answers, report.Refuse)
	if err != nil {
		t.Fatalf("%q: importing the untouched workbook: %v", text, err)
	}
	for i, o := range im.Outcomes {
		if o != report.Unchanged && o != report.Unanswered {
			t.Errorf("%q: answer %d would change the source (%v)", text, i, o)
		}
	}
}

// TestFillInRoundTripTexts: whatever its characters, a text collect writes
// reads back as it was.
func TestFillInRoundTripTexts(t *testing.T) {
	for _, text := range awkwardTexts {
		t.Run(fmt.Sprintf("%q", text), func(t *testing.T) { checkRoundTrip(t, text) })
	}
}

// FuzzFillInRoundTrip: an untouched workbook imports nothing, whatever the
// texts of the source it was made from.
func FuzzFillInRoundTrip(f *testing.F) {
	for _, text := range awkwardTexts {
		f.Add(text)
	}
	f.Fuzz(checkRoundTrip)
}
