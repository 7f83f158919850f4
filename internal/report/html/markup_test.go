package html

import (
	"bytes"
	"strings"
	"testing"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"uppfoljning/internal/report/reporttest"
)

// TestMarkupInTextStaysText gives markup in every kind of text, as a
// note pasted from a web page or an e-mail may hold it: a browser must
// show it as the characters written, never run or draw it.
func TestMarkupInTextStaysText(t *testing.T) {
	src := `title = "Löften </title><script>alert('titel')</script>"
municipality = "M & <b>K</b>"
period = "2024"
intro = "<b>Fet</b> & <script>alert(\"intro\")</script>"
[[signatory]]
name = "<i>Anna</i>"
role = "<u>Ordförande</u>"
[[promise]]
text = "<i>kursiv</i> löfte"
[[promise.activity]]
text = "<img src=x onerror=alert(1)> aktivitet"
responsible = ["<em>Polisen</em>"]
[[promise.activity.followup]]
tertial = "2024-T1"
status = "pågår"
note = """
<a href="javascript:alert(1)">https://polisen.se</a>
<table><tr><td>cell</td></tr></table> &amp; klart"""
`
	doc := reporttest.Document(t, "markup.toml", reporttest.Text([]byte(src)))
	out, _ := render(t, doc)
	root, err := nethtml.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []atom.Atom{atom.Script, atom.Img, atom.B, atom.I, atom.U, atom.Em} {
		if n := len(all(root, a)); n > 0 {
			t.Errorf("%d <%s> elements: markup in the source became markup in the page", n, a)
		}
	}
	// The page's own tables: the summary and one per promise.
	if n := len(all(root, atom.Table)); n != 2 {
		t.Errorf("%d tables, want 2: the note's table became markup", n)
	}
	for _, a := range all(root, atom.A) {
		if href := attr(a, "href"); href != "https://polisen.se" {
			t.Errorf("a link to %q; the only address is https://polisen.se", href)
		}
	}
	if got := text(first(root, atom.Title)); !strings.Contains(got, "M & <b>K</b>") {
		t.Errorf("the page's title reads %q", got)
	}
	if got := text(first(root, atom.H1)); got != "Löften </title><script>alert('titel')</script>" {
		t.Errorf("the heading reads %q", got)
	}
	shown := text(first(root, atom.Body))
	for _, want := range []string{
		"<b>Fet</b> & <script>alert(\"intro\")</script>",
		"<i>kursiv</i> löfte",
		"<img src=x onerror=alert(1)> aktivitet",
		"<em>Polisen</em>",
		`<a href="javascript:alert(1)">https://polisen.se</a>`,
		"<table><tr><td>cell</td></tr></table> &amp; klart",
		"<i>Anna</i>", "<u>Ordförande</u>",
	} {
		if !strings.Contains(shown, want) {
			t.Errorf("the page does not show %q as written", want)
		}
	}
}

// TestLinkBreakOpportunities: an address may break where the Chicago
// Manual says (report.AddressBreaks), marked <wbr>: after // and :, before
// / . - and the like, so that no line ends in a full stop or a hyphen.
func TestLinkBreakOpportunities(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Se https://x.se/a-b/ nu.", `Se <a href="https://x.se/a-b/">https:<wbr>//<wbr>x<wbr>.se<wbr>/a<wbr>-b<wbr>/</a> nu.`},
		{"anna@x.se", `<a href="mailto:anna@x.se">anna<wbr>@x<wbr>.se</a>`},
		{"Ingen adress.", "Ingen adress."},
	} {
		if got := string(linked(c.text)); got != c.want {
			t.Errorf("linked(%q) =\n%s\nwant\n%s", c.text, got, c.want)
		}
	}
}
