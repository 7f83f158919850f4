// Package reporttest helps the tests of the report and its renderers: it
// makes documents from sources (document.go), compares output with golden
// files and finds the outside readers the outputs are checked with
// (golden.go), and writes large sources from a fixed seed, so that every
// run gets the same text (generate.go).
package reporttest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
)

var words = strings.Fields(`polisen kommunen lovar att genomföra trygghetsvandringar i centrum och
	på landsbygden samverkan med skolan fritidsgården föreningar näringslivet riktade insatser mot
	narkotika alkohol langning skadegörelse inbrott bedrägerier mot äldre information medborgardialog
	möten under perioden genomfört planerat försenat på grund av pandemin uppföljning visar att
	tryggheten ökat något enligt enkäten medborgarlöftet följs upp tertialvis av styrgruppen
	Höglandet Eksjö Nässjö Sävsjö Tranås Vetlanda Aneby Jokkmokk Čohkkiras Ŋuolla Sávži åtgärder`)

// Generated returns a source with promises × activities activities. Each
// activity has a follow-up with a note of about noteWords words in each
// tertial of 2020, the first year of the period 2020-2021, so the report
// of 2020-T3 shows three notes per activity.
func Generated(promises, activities, noteWords int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	text := func(n int) string {
		w := make([]string, n)
		for i := range w {
			w[i] = words[r.IntN(len(words))]
		}
		first := []rune(strings.Join(w, " "))
		first[0] = unicode.ToUpper(first[0])
		return string(first) + "."
	}
	statuses := []string{"ej påbörjad", "pågår", "genomförd", "försenad"}
	var b strings.Builder
	b.WriteString("title = \"Lokala medborgarlöften i Provkommun 2020-2021\"\n")
	b.WriteString("municipality = \"Provkommun\"\nperiod = \"2020-2021\"\n")
	for p := 0; p < promises; p++ {
		fmt.Fprintf(&b, "\n[[promise]]\ntext = %q\n", text(12))
		for a := 0; a < activities; a++ {
			fmt.Fprintf(&b, "\n  [[promise.activity]]\n  text = %q\n  responsible = [\"Polisen\", \"Kommunen\"]\n", text(22))
			for t := 1; t <= 3; t++ {
				fmt.Fprintf(&b, "\n    [[promise.activity.followup]]\n    tertial = \"2020-T%d\"\n    status = %q\n    note = \"\"\"\n%s\n%s\"\"\"\n",
					t, statuses[r.IntN(len(statuses))], text(noteWords/2), text(noteWords-noteWords/2))
			}
		}
	}
	return []byte(b.String())
}

// LongNote returns a source whose one note runs over several pages: its
// words are numbered ("ord1. ord2. …", a number never the start of another) so a test can check none is lost.
func LongNote(words int) []byte {
	var note strings.Builder
	for i := 1; i <= words; i++ {
		fmt.Fprintf(&note, "ord%d. ", i)
		if i%40 == 0 {
			note.WriteString("\n")
		}
	}
	return []byte(fmt.Sprintf(`title = "Lång anteckning"
municipality = "Provkommun"
period = "2020"

[[promise]]
text = "Ett löfte med en mycket lång uppföljning."

  [[promise.activity]]
  text = "Kort aktivitet före."

  [[promise.activity]]
  text = "Aktivitet med lång anteckning."

    [[promise.activity.followup]]
    tertial = "2020-T2"
    status = "pågår"
    note = """
%s"""

  [[promise.activity]]
  text = "Kort aktivitet efter."
`, note.String()))
}
