package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestRenderPage: the Markdown the guides use becomes HTML, and nothing of
// the Markdown is left to be seen.
func TestRenderPage(t *testing.T) {
	got := renderPage("# Rubrik & mer\n\nEn `kod | <b>` och **fet** och *kursiv* text,\nen [länk](https://example.se) och \\* och \\\\t.\n\n" +
		"## Lista\n\n- ett\n  två\n- tre\n\n| a | b |\n|---|---|\n| `x|y` | z |\n\n```toml\nnote = \"<G:\\\\temp>\"\n```\nSist.\n")
	for _, want := range []string{
		"<html lang=\"sv\">", "<meta charset=\"utf-8\">", "<title>Rubrik &amp; mer</title>", "<h1>Rubrik &amp; mer</h1>",
		"<p>En <code>kod | &lt;b&gt;</code> och <strong>fet</strong> och <em>kursiv</em> text,\nen <a href=\"https://example.se\">länk</a> och * och \\t.</p>",
		"<h2>Lista</h2>", "<ul>\n<li>ett\ntvå</li>\n<li>tre</li>\n</ul>",
		"<tr><th>a</th><th>b</th></tr>\n<tr><td><code>x|y</code></td><td>z</td></tr>",
		"<pre><code>note = &#34;&lt;G:\\\\temp&gt;&#34;</code></pre>", "<p>Sist.</p>",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the page lacks %q:\n%s", want, got)
		}
	}
}

// TestGuidesInSwedishHTML: the zips hold each Swedish guide as a page a
// browser opens, with every heading of the guide and no Markdown left in
// what a reader sees, and no Markdown file.
func TestGuidesInSwedishHTML(t *testing.T) {
	if err := os.Chdir("../.."); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir("internal/dist")
	files, err := sharedFiles()
	if err != nil {
		t.Fatal(err)
	}
	for name := range files {
		if strings.HasSuffix(name, ".md") {
			t.Errorf("the zip holds %s, which a managed PC cannot show", name)
		}
	}
	for _, g := range guides {
		page := string(files["dokumentation/"+g+".html"])
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var text strings.Builder
		var walk func(n *html.Node, inCode bool)
		walk = func(n *html.Node, inCode bool) {
			if n.Type == html.TextNode && !inCode {
				text.WriteString(n.Data)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, inCode || n.Data == "code" || n.Data == "style")
			}
		}
		walk(doc, false)
		for _, marker := range []string{"```", "**", "](", "|---", "\n# ", "\n## "} {
			if strings.Contains(text.String(), marker) {
				t.Errorf("%s shows Markdown %q", g, marker)
			}
		}
		md, _ := os.ReadFile(filepath.Join("docs", g+".md"))
		fenced := false
		for _, line := range strings.Split(string(md), "\n") {
			if strings.HasPrefix(line, "```") {
				fenced = !fenced
			}
			if !fenced && strings.HasPrefix(line, "#") && !strings.Contains(page, ">"+html.EscapeString(strings.TrimLeft(line, "# "))+"<") && !strings.Contains(line, "`") {
				t.Errorf("%s lacks the heading %q", g, line)
			}
		}
	}
}
