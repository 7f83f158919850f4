package report_test

import (
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// A template holds only what it changes; the rest is the built-in one's.
func TestTemplateInherits(t *testing.T) {
	tpl, err := report.LoadTemplate("mine.toml", []byte("[words]\ncovers = \"Tertial {n} {year}.\"\n[theme]\nbody_size = 11.0\n"))
	if err != nil {
		t.Fatal(err)
	}
	def := reporttest.Template(t)
	if tpl.Words.Covers != "Tertial {n} {year}." || tpl.Theme.BodySize != 11 {
		t.Errorf("the template's own values were not kept: %q, %v", tpl.Words.Covers, tpl.Theme.BodySize)
	}
	if tpl.Words.ActivityColumn != def.Words.ActivityColumn || tpl.Theme.Font != def.Theme.Font || len(tpl.Statuses) != len(def.Statuses) {
		t.Error("what the template leaves out is not the built-in template's")
	}
	// A list the template sets replaces the built-in one whole: a status
	// never takes the colour of the built-in status in its place.
	tpl, err = report.LoadTemplate("mine.toml", []byte("[[status]]\nword = \"klar\"\ncolor = \"#112233\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(tpl.Statuses) != 1 || tpl.Statuses[0] != (report.StatusDef{Word: "klar", Color: "#112233"}) {
		t.Errorf("statuses %v, want only the template's", tpl.Statuses)
	}
	if _, err := report.LoadTemplate("mine.toml", []byte("[[status]]\nword = \"klar\"\n")); err == nil ||
		!strings.Contains(msg.Text(err, msg.English), `status "klar": color "" is not a colour`) {
		t.Errorf("a status without a colour: %v", err)
	}
}

// TestTemplateErrors: every rule a renderer relies on is checked when the
// template is loaded, and told at the line of its key.
func TestTemplateErrors(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"unknown key", "language = \"sv-SE\"\nsurprise = 1\n", `t.toml:2:1: unknown key "surprise"`},
		{"language", "language = \"svenska\"\n", `t.toml:1:1: language "svenska" is not a language tag like "sv-SE"`},
		{"language not canonical", "language = \"SV-se\"\n", `language "SV-se" is not a language tag`},
		{"empty word", "[words]\ncovers = \" \"\n", "t.toml:2:1: words.covers is empty"},
		{"empty logo alt", "[words]\nlogo_alt = \"\"\n", "words.logo_alt is empty"},
		{"ordinals", "[words]\nordinals = [\"första\", \"andra\"]\n", "words.ordinals must list 3 words"},
		{"empty ordinal", "[words]\nordinals = [\"första\", \"\", \"tredje\"]\n", "words.ordinals: word 2 is empty"},
		{"data columns count", "[workbook]\ndata_columns = [\"a\"]\n", "workbook.data_columns must list 9 words"},
		{"data column twice", "[workbook]\ndata_columns = [\"Löfte nr\", \"Medborgarlöfte\", \"Aktivitet nr\", \"Aktivitet\", \"Ansvariga\", \"År\", \"Tertial\", \"Status\", \"aktivitet \"]\n",
			`t.toml:2:1: workbook.data_columns lists "aktivitet " twice; each needs words of its own`},
		{"sheet name long", "[workbook]\nreport_sheet = \"" + strings.Repeat("å", 32) + "\"\n", "longer than the 31 characters"},
		{"sheet name character", "[workbook]\ndata_sheet = \"Data/2020\"\n", `workbook.data_sheet "Data/2020" holds one of`},
		{"sheet name quote", "[workbook]\ndata_sheet = \"'Data\"\n", "starts or ends with '"},
		{"sheet name reserved", "[workbook]\ndata_sheet = \"history\"\n", "Excel keeps the name History"},
		{"sheet names alike", "[workbook]\ndata_sheet = \"uppföljning\"\n", `workbook.data_sheet "uppföljning" names another sheet too`},
		{"empty sheet name", "[workbook]\noverview_sheet = \"\"\n", "workbook.overview_sheet is empty"},
		{"no status", "status = []\n", "list from 1 to 8 [[status]], the template lists 0"},
		{"status twice", "[[status]]\nword = \"Klar\"\ncolor = \"#000000\"\n[[status]]\nword = \"klar \"\ncolor = \"#000000\"\n", `t.toml:5:1: status "klar " is listed twice`},
		{"status without word", "[[status]]\nword = \"\"\ncolor = \"#000000\"\n\n[[status]]\ncolor = \"#000000\"\n", "t.toml:5:1: status 2 has no word"},
		{"status colour", "[[status]]\nword = \"klar\"\ncolor = \"grön\"\n", `t.toml:3:1: status "klar": color "grön" is not a colour`},
		{"status count", "[words]\ncovers = \"x\"\n" + strings.Repeat("[[status]]\ncolor = \"#000000\"\n", 9), "t.toml:3:1: list from 1 to 8 [[status]], the template lists 9"},
		{"theme colour", "[theme]\nresponsible_color = \"#12345\"\n", `t.toml:2:1: theme.responsible_color "#12345" is not a colour`},
		{"font", "[theme]\nfont = \"Arial\"\n", `theme.font "Arial" is not one of the embedded fonts`},
		{"size", "[theme]\nbody_size = 100.0\n", "theme.body_size is 100; it must be between 6 and 24"},
		{"columns", "[theme]\ncolumns = [0.5, 0.5]\n", "theme.columns must be 4 shares that add up to 1"},
		{"column share", "[theme]\ncolumns = [0.7, 0.2, 0.05, 0.05]\n", "each share must be at least 0.1"},
		{"data widths", "[theme]\ndata_widths = [8, 40]\n", "theme.data_widths must list 9 widths"},
		{"data width", "[theme]\ndata_widths = [8, 40, 8, 50, 22, 6, 6, 12, 600]\n", "between 2 and 100 characters, here is 600"},
		{"fill-in sheet taken", "[fillin]\nsheet = \"Uppfoljning\"\n", `fillin.sheet "Uppfoljning" names another sheet too`},
		{"fill-in headings alike", "[fillin]\nnote = \"status\"\n", `fillin lists "status" twice`},
		{"fill-in help", "[fillin]\nhelp = []\n", "fillin.help must list from 1 to 10 lines"},
		{"syntax", "[words\n", "t.toml:1:1: the table heading is not closed"},
		{"wrong type", "[words]\ncovers = 12\n", "t.toml:2:1: words.covers has the wrong kind of value"},
		{"nested", "a = " + strings.Repeat("[", 40), "nest more than 32 levels"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := report.LoadTemplate("t.toml", []byte(c.text))
			if err == nil || !strings.Contains(msg.Text(err, msg.English), c.want) {
				t.Errorf("got %s\nwant an error with %q", msg.Text(err, msg.English), c.want)
			}
		})
	}
}

func TestDefaultTemplateLoads(t *testing.T) {
	tpl := reporttest.Template(t)
	if tpl.Language != "sv-SE" || len(tpl.Statuses) != 4 || tpl.Theme.PromiseMarker != "➤" {
		t.Errorf("the built-in template reads as %+v", tpl)
	}
}
