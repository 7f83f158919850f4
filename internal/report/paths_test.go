package report_test

import (
	"errors"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// pathSource is a complete source holding the line given: a note on line
// 10, in a follow-up; any other key on line 8, in the activity.
func pathSource(line string) string {
	head := "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"
	if strings.HasPrefix(line, "note") {
		return head + "[[promise.activity.followup]]\ntertial = \"2020-T1\"\n" + line + "\n"
	}
	return head + line + "\n"
}

// TestWindowsPathsNeverChangeSilently: a Windows path written with single
// backslashes in a text in "…" or """…""" is refused at the column where
// it starts, whichever key holds it and whether or not TOML would have
// read its escapes; an escape that runs into a letter is warned of; the
// escapes meant as escapes, and paths in '…', stay accepted as they are.
func TestWindowsPathsNeverChangeSilently(t *testing.T) {
	tpl := reporttest.Template(t)
	const refused, warned, accepted = "refused", "warned", "accepted"
	for _, c := range []struct {
		line string
		want string // refused, warned or accepted
		at   string // line:column of the message
		path string // the path (or word) the message names, as written
	}{
		{`note = "G:\temp\rapport.docx"`, refused, "10:9", `G:\temp\rapport.docx`},
		{`note = "g:\temp\rapport.docx"`, refused, "10:9", `g:\temp\rapport.docx`},
		{`note = "C:\"`, refused, "10:9", `C:\"`},
		{`note = "C:\Users\anna\mall.docx"`, refused, "10:9", `C:\Users\anna\mall.docx`},
		{`note = "c:\users\anna"`, refused, "10:9", `c:\users\anna`},
		{`note = "K:\Trygghet\2020.docx"`, refused, "10:9", `K:\Trygghet\2020.docx`},
		{`note = "Protokollet ligger i G:\temp\rapport.docx sedan maj"`, refused, "10:30", `G:\temp\rapport.docx`},
		{`note = "(se H:\beslut\fil.pdf)"`, refused, "10:13", `H:\beslut\fil.pdf)`},
		{`note = "\\server\temp\rapport.docx"`, refused, "10:9", `\\server\temp\rapport.docx`},
		{`note = "\\server\share\rapport.docx"`, refused, "10:9", `\\server\share\rapport.docx`},
		{`note = "på \\srv01\nämnd\protokoll"`, refused, "10:12", `\\srv01\nämnd\protokoll`},
		{`note = "G:\\temp\rapport.docx"`, refused, "10:9", `G:\\temp\rapport.docx`},
		{`note = "rad ett\nG:\temp"`, refused, "10:18", `G:\temp`},
		{"note = \"\"\"\nFörsta raden.\nSe G:\\temp\\rapport.docx.\n\"\"\"", refused, "12:4", `G:\temp\rapport.docx.`},
		{"note = \"\"\"G:\\arkiv\\n\\\n  nästa\"\"\"", refused, "10:11", `G:\arkiv\n\`},
		{`note = "\nG:\temp"`, refused, "10:11", `G:\temp`},
		{`note = "a:\temp"`, refused, "10:9", `a:\temp`},
		{`note = "Z:\temp"`, refused, "10:9", `Z:\temp`},
		{`note = "C:\users\anna"`, refused, "10:9", `C:\users\anna`},
		{`responsible = "G:\Polisen"`, refused, "8:16", `G:\Polisen`},
		{`responsible = ["Polisen", "F:\temp"]`, refused, "8:28", `F:\temp`},
		{`responsible = "A"` + "\n" + `# G:\temp in a comment is no text`, accepted, "", ""},
		// Escapes that run into a letter: warned, at the backslash.
		{`note = "Läs \rapport.docx"`, warned, "10:13", `\rapport.docx`},
		{`note = "mapp\tabell"`, warned, "10:13", `mapp\tabell`},
		{`note = "ett\ftal"`, warned, "10:12", `ett\ftal`},
		{`note = "x\bild"`, warned, "10:10", `x\bild`},
		// The escapes meant as escapes, and paths that are written right.
		{`note = "Han sa \"ja\" i går"`, accepted, "", ""},
		{`note = "G:\\temp\\rapport.docx"`, accepted, "", ""},
		{`note = "\\\\server\\share\\fil.docx"`, accepted, "", ""},
		{`note = "Första raden.\nAndra raden."`, accepted, "", ""},
		{`note = "r\u00e5d"`, accepted, "", ""},
		{`note = "kolumn\t2"`, accepted, "", ""},
		{`note = 'C:\temp\rapport.docx'`, accepted, "", ""},
		{`note = '\\server\temp'`, accepted, "", ""},
		{"note = '''\nG:\\temp\\rapport.docx\n'''", accepted, "", ""},
		{`note = "G:/temp/rapport.docx"`, accepted, "", ""},
		{`note = "C:\\Mapp\u00e5\\fil"`, accepted, "", ""},
		{`note = "C:\\x\U0001F600"`, accepted, "", ""},
		{`note = "{:\\temp"`, accepted, "", ""},
		{`note = "a\\\\G:\\temp"`, accepted, "", ""},
		{`note = "Klockan 10:\t Möte"`, accepted, "", ""},
		{`note = "Ordet A:\\ är inte en sökväg"`, accepted, "", ""},
	} {
		t.Run(c.line, func(t *testing.T) {
			src, err := report.Parse("x.toml", []byte(pathSource(c.line)), tpl)
			var list report.ErrorList
			switch c.want {
			case refused:
				if !errors.As(err, &list) || len(list) != 1 {
					t.Fatalf("got %v, want one error", err)
				}
				got := list[0].In(msg.English)
				if want := "x.toml:" + c.at + ": " + c.path + " is a path with backslashes"; !strings.HasPrefix(got, want) {
					t.Errorf("got %q\nwant it to begin %q", got, want)
				}
				if strings.ContainsFunc(got, isControl) {
					t.Errorf("the message holds a control character: %q", got)
				}
			case warned:
				if err != nil {
					t.Fatal(err)
				}
				if len(src.Warnings) != 1 {
					t.Fatalf("got warnings %v, want one", src.Warnings)
				}
				got := src.Warnings[0].In(msg.English)
				if want := "warning: x.toml:" + c.at + ": "; !strings.HasPrefix(got, want) || !strings.Contains(got, " in "+c.path+" becomes ") {
					t.Errorf("got %q\nwant it at %s, naming %s", got, c.at, c.path)
				}
			default:
				if err != nil {
					t.Fatal(err)
				}
				if len(src.Warnings) != 0 {
					t.Errorf("warnings: %v", src.Warnings)
				}
			}
		})
	}
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f }

// TestEscapeMessages: the messages of the path rule, in both languages.
func TestEscapeMessages(t *testing.T) {
	tpl := reporttest.Template(t)
	var sv, en strings.Builder
	for _, line := range []string{
		`note = "Protokollet ligger i G:\temp\rapport.docx"`,
		`note = "\\server\temp\rapport.docx"`,
	} {
		_, err := report.Parse("x.toml", []byte(pathSource(line)), tpl)
		sv.WriteString(msg.Text(err, msg.Swedish) + "\n")
		en.WriteString(msg.Text(err, msg.English) + "\n")
	}
	for _, line := range []string{`note = "Läs \rapport"`, `note = "mapp\tabell"`, `note = "ett\ftal"`, `note = "x\bild"`} {
		src, err := report.Parse("x.toml", []byte(pathSource(line)), tpl)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range src.Warnings {
			sv.WriteString(w.In(msg.Swedish) + "\n")
			en.WriteString(w.In(msg.English) + "\n")
		}
	}
	golden(t, "escapes.golden", []byte(sv.String()))
	golden(t, "escapes.en.golden", []byte(en.String()))
}

// TestLogoMessagesShowThePathAsWritten: a logo's file name is told as the
// source writes it, without what an escape makes of it; a logo refused as
// a Windows path is told of once.
func TestLogoMessagesShowThePathAsWritten(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range []struct{ logos, want string }{
		{`logos = ["G:\temp\bild.png"]`, `x.toml:1:11: G:\temp\bild.png is a path`},
		{`logos = ["saknas\\bild.png"]`, `x.toml:1:10: logo "saknas\\bild.png" cannot be read`},
	} {
		_, err := report.Parse("x.toml", []byte(c.logos+"\n"+pathSource("")), tpl)
		var list report.ErrorList
		if !errors.As(err, &list) || len(list) != 1 {
			t.Fatalf("%s: got %v, want one error", c.logos, err)
		}
		if got := list[0].In(msg.English); !strings.HasPrefix(got, c.want) || strings.ContainsFunc(got, isControl) {
			t.Errorf("got %q\nwant it to begin %q", got, c.want)
		}
	}
}

// TestPathAdviceWritesSlashes: the advice shows the path with / for each
// run of backslashes, and a share's two leading ones as //.
func TestPathAdviceWritesSlashes(t *testing.T) {
	tpl := reporttest.Template(t)
	for _, c := range []struct{ line, want string }{
		{`note = "G:\\temp\rapport"`, ": G:/temp/rapport"},
		{`note = "\\server\temp\\x"`, ": //server/temp/x"},
		{`note = "C:\Users"`, ": C:/Users"},
		{"note = \"C:\\\"", ": C:/\""},
	} {
		_, err := report.Parse("x.toml", []byte(pathSource(c.line)), tpl)
		if got := msg.Text(err, msg.English); err == nil || !strings.HasSuffix(got, c.want) {
			t.Errorf("%s: got %q, want it to end %q", c.line, got, c.want)
		}
	}
}
