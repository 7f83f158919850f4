package report

import "testing"

func TestStatusCaseInsensitive(t *testing.T) {
	tpl, err := DefaultTemplate()
	if err != nil {
		t.Fatal(err)
	}
	for _, word := range []string{"Genomförd", "GENOMFÖRD", "  genomförd ", "Ej  Påbörjad"} {
		if tpl.statusIndex(word) < 0 {
			t.Errorf("status %q not recognised", word)
		}
	}
	if tpl.statusIndex("genomförda") >= 0 {
		t.Error("status genomförda recognised; only the template's words are")
	}
}
