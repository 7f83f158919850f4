package report_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

const example = "../../examples/eksjo-2020-2021.toml"

// answer is a test's answer for activity p.a (from 1), from workbook w.
// party marks an answer as from the workbook of one party.
func party(a report.Answer, name string) report.Answer {
	a.Party = name
	return a
}

func answer(w string, p, a int, status, note string) report.Answer {
	return report.Answer{Activity: report.ActivityRef{Promise: p - 1, Activity: a - 1}, Status: status, Note: note,
		File: w, StatusCell: fmt.Sprintf("Underlag!F%d", p*10+a), NoteCell: fmt.Sprintf("Underlag!G%d", p*10+a)}
}

// TestImport golden-tests what an import changes in a source, as a diff,
// or the messages it refuses the answers with.
func TestImport(t *testing.T) {
	for _, c := range []struct {
		name, source string
		tertial      string
		answers      []report.Answer
		settle       report.Settle
	}{
		{"example-add", example, "2020-T2", []report.Answer{
			answer("a.xlsx", 1, 1, "pågår", "Ett medborgarmöte hölls i Mariannelund.\nNästa i Ingatorp."),
			answer("a.xlsx", 2, 1, "Genomförd", ""),
			answer("a.xlsx", 2, 6, "", `Mötet i "Stora salen" flyttades; se K:\Trygghet\protokoll.docx`),
			answer("a.xlsx", 2, 2, "", ""),
		}, report.Refuse},
		{"example-same", example, "2020-T1", []report.Answer{
			answer("a.xlsx", 2, 1, "genomförd", "Misstankar narkotikabrott\n2 överlåtelse\n21 innehav\n66 eget bruk\n4 dopningslagen innehav\n3 dopningslagen eget bruk.\nGenomfört tio riktade insatser under perioden."),
			answer("a.xlsx", 2, 6, "PÅGÅR", "\n\nGenomfört tre\n  \n"),
		}, report.Refuse},
		{"example-conflict", example, "2020-T1", []report.Answer{
			answer("a.xlsx", 2, 5, "genomförd", "Arbete pågår\nUppstartsmöte 2020-03-09\nFler möten i maj."),
			answer("a.xlsx", 2, 6, "", "Genomfört fyra"),
		}, report.Refuse},
		{"example-replace", example, "2020-T1", []report.Answer{
			answer("a.xlsx", 2, 5, "genomförd", "Arbete pågår\nUppstartsmöte 2020-03-09\nFler möten i maj."),
			answer("a.xlsx", 2, 6, "", "Genomfört fyra"),
		}, report.Replace},
		{"example-keep", example, "2020-T1", []report.Answer{
			answer("a.xlsx", 2, 5, "genomförd", "Arbete pågår\nUppstartsmöte 2020-03-09\nFler möten i maj."),
			answer("a.xlsx", 2, 6, "", "Genomfört fyra"),
			answer("a.xlsx", 1, 1, "pågår", "Ett möte i Mariannelund."),
		}, report.Keep},
		{"example-append", example, "2020-T1", []report.Answer{
			answer("a.xlsx", 2, 5, "genomförd", "Arbete pågår\nUppstartsmöte 2020-03-09\nFler möten i maj."),
			answer("a.xlsx", 2, 6, "", "Genomfört fyra"),
		}, report.Append},
		{"two-parties-one-activity", example, "2020-T2", []report.Answer{
			party(answer("kommunen.xlsx", 1, 1, "pågår", "Kommunen bjöd in."), "Kommunen"),
			party(answer("polisen.xlsx", 1, 1, "pågår", "Polisen deltog."), "Polisen"),
		}, report.Refuse},
		{"two-parties-differing-status", example, "2020-T2", []report.Answer{
			party(answer("kommunen.xlsx", 1, 1, "genomförd", "Kommunen bjöd in."), "Kommunen"),
			party(answer("polisen.xlsx", 1, 1, "pågår", "Polisen deltog."), "Polisen"),
		}, report.Keep},
		{"placeholders-fill", "testdata/good/placeholders.toml", "2020-T2", []report.Answer{
			answer("a.xlsx", 1, 1, "pågår", "Synts på torget."),
			answer("a.xlsx", 2, 1, "ej påbörjad", "Väntar på skolan."),
		}, report.Refuse},
		{"placeholders-status-only", "testdata/good/placeholders.toml", "2020-T1", []report.Answer{
			answer("a.xlsx", 1, 1, "", "Synts på torget\nvarje fredag."),
			answer("a.xlsx", 1, 2, "pågår", ""),
		}, report.Refuse},
		{"windows-crlf-bom", "testdata/good/windows.toml", "2023-T3", []report.Answer{
			answer("a.xlsx", 1, 1, "genomförd", "Tre möten.\n  Ett i Vrigstad.\n\nKlart."),
		}, report.Refuse},
		{"flat-no-final-newline", "testdata/import/flat.toml", "2024-T1", []report.Answer{
			answer("a.xlsx", 1, 1, "pågår", "Första"),
			answer("a.xlsx", 1, 2, "", "Sista\nraden"),
		}, report.Refuse},
		{"two-workbooks", example, "2020-T2", []report.Answer{
			answer("polisen.xlsx", 2, 1, "pågår", "Fem insatser."),
			answer("kommunen.xlsx", 2, 1, "", ""),
			answer("kommunen.xlsx", 2, 1, "pågår", "Fem insatser."),
			answer("polisen.xlsx", 2, 3, "pågår", "Föreläsning i april."),
			answer("kommunen.xlsx", 2, 3, "genomförd", "Föreläsning i mars."),
		}, report.Refuse},
		{"inline", "testdata/import/inline.toml", "2024-T2", []report.Answer{
			answer("a.xlsx", 1, 1, "pågår", "I klamrar."),
			answer("a.xlsx", 2, 1, "pågår", "I klamrar."),
		}, report.Refuse},
		{"unknown-status", example, "2020-T2", []report.Answer{answer("a.xlsx", 1, 1, "klar", "")}, report.Refuse},
		{"outside-period", example, "2022-T1", []report.Answer{answer("a.xlsx", 1, 1, "pågår", "")}, report.Refuse},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := reporttest.Source(t, c.source)
			tertial, err := report.ParseTertial(c.tertial)
			if err != nil {
				t.Fatal(err)
			}
			im, err := src.Import(reporttest.Template(t), tertial, c.answers, c.settle)
			var got string
			if err != nil {
				got = "refused:\n" + msg.Text(err, msg.Swedish) + "\n" + msg.Text(err, msg.English) + "\n"
			} else {
				old, _ := os.ReadFile(c.source)
				got = fmt.Sprintf("outcomes: %v\n", im.Outcomes)
				for _, ch := range im.Changes {
					got += fmt.Sprintf("change %d.%d: outcome %d, conflict %v, status %q → %q, note %q → %q\n", ch.Activity.Promise+1, ch.Activity.Activity+1,
						ch.Outcome, ch.Conflict, ch.OldStatus, ch.NewStatus, ch.OldNote, ch.NewNote)
				}
				if len(im.Conflicts) > 0 {
					got += "conflicts:\n" + msg.Text(im.Conflicts, msg.Swedish) + "\n"
				}
				got += reporttest.Diff(string(old), string(im.Text))
			}
			reporttest.Golden(t, filepath.Join("testdata", "import", c.name+".golden"), []byte(got))
		})
	}
}

// rawNotes reads a source's notes exactly as the file holds them, with
// another TOML reader than the loader's own path through the document.
func rawNotes(t *testing.T, data []byte) map[string]string {
	t.Helper()
	var v struct {
		Promise []struct {
			Activity []struct {
				Followup []struct{ Tertial, Status, Note string }
			}
		}
	}
	src, err := report.Parse("testdata/good/raw.toml", data, reporttest.Template(t))
	if err != nil {
		t.Fatalf("the imported source does not load: %v", err)
	}
	if _, err := toml.Decode(src.File.Text, &v); err != nil {
		t.Fatalf("the imported source is not TOML: %v", err)
	}
	out := map[string]string{}
	for p, pr := range v.Promise {
		for a, ac := range pr.Activity {
			for _, f := range ac.Followup {
				tt, _ := report.ParseTertial(f.Tertial)
				// A multi-line note in a CRLF source holds its line breaks
				// as CRLF; every reader takes them as line feeds.
				out[fmt.Sprintf("%d.%d %s", p+1, a+1, tt)] = strings.ToLower(f.Status) + "|" + report.UnixLineBreaks(f.Note)
			}
		}
	}
	return out
}

// Importing a source's own notes changes nothing, byte for byte; importing
// twice changes nothing the second time.
func TestImportIdempotent(t *testing.T) {
	for _, path := range []string{example, "testdata/good/windows.toml", "testdata/good/messy.toml", "testdata/good/years.toml",
		"testdata/good/utf16le.toml", "testdata/good/utf16be.toml"} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src := reporttest.Source(t, path)
			data, _ := os.ReadFile(path)
			tpl := reporttest.Template(t)
			tt := src.DefaultTertial()
			var own []report.Answer
			for p, pr := range src.Promises {
				for a, ac := range pr.Activities {
					if f := ac.Followup(tt); f != nil {
						own = append(own, answer("a.xlsx", p+1, a+1, f.StatusText.S, f.NoteRaw))
					}
				}
			}
			im, err := src.Import(tpl, tt, own, report.Refuse)
			if err != nil {
				t.Fatal(err)
			}
			if string(im.Text) != string(data) {
				t.Errorf("importing the source's own notes changed it:\n%s", reporttest.Diff(string(data), string(im.Text)))
			}
			fresh := []report.Answer{answer("a.xlsx", 1, 1, "pågår", "Ny rad ett.\nNy rad två med \"citat\" och C:\\sökväg\\.")}
			first, err := src.Import(tpl, tt, fresh, report.Replace)
			if err != nil {
				t.Fatal(err)
			}
			again, err := report.Parse(path, first.Text, tpl)
			if err != nil {
				t.Fatal(err)
			}
			second, err := again.Import(tpl, tt, fresh, report.Refuse)
			if err != nil {
				t.Fatal(err)
			}
			if string(second.Text) != string(first.Text) {
				t.Errorf("a second import changed the source:\n%s", reporttest.Diff(string(first.Text), string(second.Text)))
			}
			if key := fmt.Sprintf("1.1 %s", tt); rawNotes(t, first.Text)[key] != "pågår|"+fresh[0].Note {
				t.Errorf("%s reads back as %q", key, rawNotes(t, first.Text)[key])
			}
		})
	}
}

// FuzzImport: whatever note a contributor types, the import writes it so
// that the source loads and its note reads back exactly, and no other
// byte of the source changes but the lines the import adds.
func FuzzImport(f *testing.F) {
	for _, s := range []string{"Klart.", "rad ett\nrad två", `C:\Users\x\`, "'''", `"""`, "a\r\nb", "\tindrag", "  mellanslag  ", "ending '", "\\", "emoji 🚲", "\x07"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	tpl := reporttest.Template(f)
	lf, _ := os.ReadFile(example)
	crlf := []byte(strings.ReplaceAll(string(lf), "\n", "\r\n"))
	f.Fuzz(func(t *testing.T, note string, windows bool) {
		data := lf
		if windows {
			data = crlf
		}
		src, err := report.Parse("eksjo.toml", data, tpl)
		if err != nil {
			t.Fatal(err)
		}
		want := report.NormalizeNote(note)
		if want == "" || len(want) > report.MaxTextChars || !utf8Valid(want) {
			return
		}
		im, err := src.Import(tpl, report.Tertial{Year: 2020, N: 2}, []report.Answer{answer("a.xlsx", 2, 6, "pågår", note)}, report.Refuse)
		if err != nil {
			t.Fatalf("note %q: %v", note, err)
		}
		if got := rawNotes(t, im.Text)["2.6 2020-T2"]; got != "pågår|"+want {
			t.Fatalf("note %q reads back as %q", want, got)
		}
		if !strings.HasPrefix(string(im.Text), string(data[:src.Activity(report.ActivityRef{Promise: 1, Activity: 5}).End])) ||
			!strings.HasSuffix(string(im.Text), string(data[src.Activity(report.ActivityRef{Promise: 1, Activity: 5}).End:])) {
			t.Fatal("the import changed more than the lines it adds")
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// importEdges imports answers for a tertial into a source given as text,
// and tells what came of it: the outcomes and the new text, or the
// messages (in English) the import was refused with.
func importEdges(t *testing.T, text string, tertial report.Tertial, answers ...report.Answer) (outcomes []report.Outcome, out string, refused string) {
	t.Helper()
	tpl := reporttest.Template(t)
	src, err := report.Parse("källa.toml", []byte(text), tpl)
	if err != nil {
		t.Fatalf("the source does not load: %v", err)
	}
	im, err := src.Import(tpl, tertial, answers, report.Refuse)
	if err != nil {
		return nil, "", msg.Text(err, msg.English)
	}
	return im.Outcomes, string(im.Text), ""
}

// importEdgesHead is the start of every source of these tests.
const importEdgesHead = "title = \"Indrag\"\nmunicipality = \"Provkommun\"\nperiod = \"2024\"\n"

// TestImportAddedFollowupIndent: a new follow-up is indented as the
// activity's own follow-ups are, whatever that is; an activity with none
// gets one a step further in than itself. A source that someone keeps tidy
// by hand must not come back from an import with its indentation mixed.
func TestImportAddedFollowupIndent(t *testing.T) {
	text := importEdgesHead + `
[[promise]]
text = "Ett löfte."

  [[promise.activity]]
  text = "Med uppföljning."

  [[promise.activity.followup]]
  tertial = "2024-T1"
  status = "pågår"

  [[promise.activity]]
  text = "Utan uppföljning."
`
	outcomes, got, refused := importEdges(t, text, report.Tertial{Year: 2024, N: 2},
		answer("a.xlsx", 1, 1, "pågår", "Andra."), answer("a.xlsx", 1, 2, "genomförd", ""))
	if refused != "" {
		t.Fatalf("refused: %s", refused)
	}
	want := strings.Replace(text, "  status = \"pågår\"\n", "  status = \"pågår\"\n"+`
  [[promise.activity.followup]]
  tertial = "2024-T2"
  status = "pågår"
  note = "Andra."
`, 1) + `
    [[promise.activity.followup]]
    tertial = "2024-T2"
    status = "genomförd"
`
	if got != want {
		t.Errorf("the import wrote\n%s\nwant\n%s", got, want)
	}
	if fmt.Sprint(outcomes) != fmt.Sprint([]report.Outcome{report.Added, report.Added}) {
		t.Errorf("outcomes %v; want both added", outcomes)
	}
}

// TestImportLinedUpKeys: in a file that lines up the "=" of a follow-up's
// keys, a new follow-up's keys are lined up the same; a key as long as
// the column still gets a space before its "=", as "key = value" always
// has.
func TestImportLinedUpKeys(t *testing.T) {
	for _, c := range []struct{ name, followup, want string }{
		{"column after tertial", `
    [[promise.activity.followup]]
    tertial = "2024-T1"
    note    = "Klart."
`, `
    [[promise.activity.followup]]
    tertial = "2024-T2"
    status  = "pågår"
    note    = "Nytt."
`},
		{"column at the end of tertial", `
    [[promise.activity.followup]]
    tertial= "2024-T1"
    note   = "Klart."
`, `
    [[promise.activity.followup]]
    tertial = "2024-T2"
    status = "pågår"
    note   = "Nytt."
`},
		{"not lined up", `
    [[promise.activity.followup]]
    tertial = "2024-T1"
    note = "Klart."
`, `
    [[promise.activity.followup]]
    tertial = "2024-T2"
    status = "pågår"
    note = "Nytt."
`},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := importEdgesHead + `
[[promise]]
text = "Ett löfte."

  [[promise.activity]]
  text = "En aktivitet."
` + c.followup
			_, got, refused := importEdges(t, text, report.Tertial{Year: 2024, N: 2}, answer("a.xlsx", 1, 1, "pågår", "Nytt."))
			if refused != "" {
				t.Fatalf("refused: %s", refused)
			}
			if want := text + c.want; got != want {
				t.Errorf("the import wrote\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestImportFillsWhatTheFollowupLacks: an answer with a status only, for a
// follow-up that has a note but no status, adds the status and keeps the
// note, and the other way round. The import reads its result back; it
// must not take the value it did not touch for one that failed to read
// back as written.
func TestImportFillsWhatTheFollowupLacks(t *testing.T) {
	for _, c := range []struct{ name, has, answerStatus, answerNote, added string }{
		{"status into a follow-up with a note", "    note    = \"Tjugo lyktor är tända.\"\n", "genomförd", "",
			"    status  = \"genomförd\"\n"},
		{"note into a follow-up with a status", "    status  = \"pågår\"\n", "", "Tjugo lyktor är tända.",
			"    note    = \"Tjugo lyktor är tända.\"\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := importEdgesHead + `
[[promise]]
text = "Ett löfte."

  [[promise.activity]]
  text = "En aktivitet."

    [[promise.activity.followup]]
    tertial = "2024-T1"
` + c.has
			outcomes, got, refused := importEdges(t, text, report.Tertial{Year: 2024, N: 1}, answer("a.xlsx", 1, 1, c.answerStatus, c.answerNote))
			if refused != "" {
				t.Fatalf("refused: %s", refused)
			}
			if want := text + c.added; got != want {
				t.Errorf("the import wrote\n%s\nwant\n%s", got, want)
			}
			if len(outcomes) != 1 || outcomes[0] != report.Filled {
				t.Errorf("outcomes %v; want filled", outcomes)
			}
		})
	}
}

// TestImportMergesAnswersFromTwoWorkbooks: the police and the municipality
// each send a workbook, and both may answer for one activity. What one
// leaves out the other fills in; what they both say must agree, or the
// import names both cells so that someone can settle it.
func TestImportMergesAnswersFromTwoWorkbooks(t *testing.T) {
	text := importEdgesHead + `
[[promise]]
text = "Ett löfte."

  [[promise.activity]]
  text = "En aktivitet."
`
	added := "\n    [[promise.activity.followup]]\n    tertial = \"2024-T1\"\n"
	for _, c := range []struct {
		name     string
		answers  []report.Answer
		want     string // the lines added, or the messages
		accepted bool
	}{
		{"note, then status", []report.Answer{answer("polisen.xlsx", 1, 1, "", "Klart."), answer("kommunen.xlsx", 1, 1, "genomförd", "")},
			added + "    status = \"genomförd\"\n    note = \"Klart.\"\n", true},
		{"status, then note", []report.Answer{answer("polisen.xlsx", 1, 1, "genomförd", ""), answer("kommunen.xlsx", 1, 1, "", "Klart.")},
			added + "    status = \"genomförd\"\n    note = \"Klart.\"\n", true},
		{"the same in other case", []report.Answer{answer("polisen.xlsx", 1, 1, "Pågår", "Klart."), answer("kommunen.xlsx", 1, 1, "PÅGÅR", "Klart.")},
			added + "    status = \"pågår\"\n    note = \"Klart.\"\n", true},
		{"nothing, then both", []report.Answer{answer("polisen.xlsx", 1, 1, "", ""), answer("kommunen.xlsx", 1, 1, "pågår", "Klart.")},
			added + "    status = \"pågår\"\n    note = \"Klart.\"\n", true},
		{"different statuses", []report.Answer{answer("polisen.xlsx", 1, 1, "pågår", ""), answer("kommunen.xlsx", 1, 1, "genomförd", "")},
			`kommunen.xlsx: Underlag!F11: status "genomförd" differs from "pågår" in polisen.xlsx Underlag!F11 for the same activity; make them say the same, or import one of them`, false},
		{"different notes, as paragraphs in the workbooks' order", []report.Answer{answer("polisen.xlsx", 1, 1, "", "Klart."), answer("kommunen.xlsx", 1, 1, "", "Inte klart.")},
			added + "    note = '''\nKlart.\n\nInte klart.'''\n", true},
		{"the same note twice is one", []report.Answer{answer("polisen.xlsx", 1, 1, "", "Klart."), answer("kommunen.xlsx", 1, 1, "", "Klart."), answer("x.xlsx", 1, 1, "", "Inte.")},
			added + "    note = '''\nKlart.\n\nInte.'''\n", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, got, refused := importEdges(t, text, report.Tertial{Year: 2024, N: 1}, c.answers...)
			switch {
			case c.accepted && refused != "":
				t.Errorf("refused: %s", refused)
			case c.accepted && got != text+c.want:
				t.Errorf("the import wrote\n%s\nwant\n%s", got, text+c.want)
			case !c.accepted && refused != c.want:
				t.Errorf("the import said\n%s\nwant\n%s", refused, c.want)
			}
		})
	}
}

// TestImportReplacesExactlyTheOldNote: an import that replaces a note
// rewrites the old note's text, however it is quoted, and not one byte
// around it: the comment after it, the keys after it and a missing final
// newline stay as they were. A span one byte short or long would leave a
// stray quotation mark, eat a comment, or make the file unreadable.
func TestImportReplacesExactlyTheOldNote(t *testing.T) {
	tpl := reporttest.Template(t)
	const newNote = "Nytt."
	for _, c := range []struct {
		name, note, after string
	}{
		{"basic text", `"Gammalt."`, "\n"},
		{"spaces and a comment after it", `"Gammalt."`, "   # kommentar\nstatus = \"pågår\"\n"},
		{"a tab and a comment after it", `"Gammalt."`, "\t# kommentar\n"},
		{"escaped quotation marks", `"Sade \"hej\" igen."`, "\nstatus = \"pågår\"\n"},
		{"a literal text ending in a backslash", `'C:\Mapp\'`, "\nstatus = \"pågår\"\n"},
		{"a literal multi-line text ending in a backslash", `'''C:\Mapp\'''`, "\nstatus = \"pågår\"\n"},
		{"two quotation marks inside a literal multi-line text", `'''Han sa ''hej'' i går.'''`, "\n"},
		{"two quotation marks inside a multi-line text", `"""Han sa ""hej"" i går."""`, "\n"},
		{"a quotation mark ending a multi-line text", `"""Han sa "hej""""`, "\nstatus = \"pågår\"\n"},
		{"two quotation marks ending a literal multi-line text", `'''Han sa ''hej'''''`, "\n"},
		{"an escaped quotation mark in a multi-line text", `"""Han sa \"""hej\""" i går."""`, "\n"},
		{"a multi-line text over lines", "\"\"\"Rad ett\nrad två.\"\"\"", "\n"},
		{"a multi-line text ending the file", `"""Gammalt."""`, ""},
		{"a text ending the file", `"Gammalt."`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := locateHead + "[[promise.activity.followup]]\ntertial = \"2020-T1\"\nnote = "
			src, err := report.Parse("x.toml", []byte(before+c.note+c.after), tpl)
			if err != nil {
				t.Fatalf("the source does not load: %s", msg.Text(err, msg.English))
			}
			answers := []report.Answer{{Note: newNote, File: "a.xlsx", NoteCell: "Underlag!G11"}}
			im, err := src.Import(tpl, report.Tertial{Year: 2020, N: 1}, answers, report.Replace)
			if err != nil {
				t.Fatalf("the import is refused: %s", msg.Text(err, msg.English))
			}
			if want := before + report.QuoteTOML(newNote, false) + c.after; string(im.Text) != want {
				t.Errorf("the imported file is\n%s\nwant\n%s", im.Text, want)
			}
			if len(im.Outcomes) != 1 || im.Outcomes[0] != report.Replaced {
				t.Errorf("the outcomes are %v, want one Replaced", im.Outcomes)
			}
		})
	}
}

// TestImportAppendTwice: a workbook imported again with -append adds
// nothing the second time, nor does one whose note goes on from the
// source's.
func TestImportAppendTwice(t *testing.T) {
	tpl := reporttest.Template(t)
	src := reporttest.Source(t, example)
	tertial := report.Tertial{Year: 2020, N: 1}
	answers := []report.Answer{answer("a.xlsx", 2, 6, "", "Genomfört fyra")}
	first, err := src.Import(tpl, tertial, answers, report.Append)
	if err != nil {
		t.Fatal(err)
	}
	again, err := report.Parse(example, first.Text, tpl)
	if err != nil {
		t.Fatal(err)
	}
	second, err := again.Import(tpl, tertial, answers, report.Append)
	if err != nil {
		t.Fatal(err)
	}
	if string(second.Text) != string(first.Text) || len(second.Changes) != 0 {
		t.Errorf("a second -append changed the source: %v\n%s", second.Changes, reporttest.Diff(string(first.Text), string(second.Text)))
	}
}

// TestImportConflictNamesTheNotesCell: when one party answers only the
// status and another the note, a conflict over the note names the cell
// of the workbook that wrote it.
func TestImportConflictNamesTheNotesCell(t *testing.T) {
	src := reporttest.Source(t, example)
	_, err := src.Import(reporttest.Template(t), report.Tertial{Year: 2020, N: 1}, []report.Answer{
		party(answer("polisen.xlsx", 2, 6, "pågår", ""), "Polisen"),
		party(answer("kommunen.xlsx", 2, 6, "", "Genomfört fyra"), "Kommunen"),
	}, report.Refuse)
	if got := msg.Text(err, msg.English); !strings.Contains(got, "kommunen.xlsx: Underlag!G26: the comment differs") {
		t.Errorf("got %s", got)
	}
}
