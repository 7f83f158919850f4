package pdftag

import (
	"fmt"
	"strings"
	"testing"
)

// TestLexer: each kind of token of a content stream, with its offset.
func TestLexer(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/P <</MCID 0>> BDC", "name(P)@0 open(<<)@3 name(MCID)@5 number(0)@11 close(>>)@12 keyword(BDC)@15"},
		{"BT (a (b) \\) c) Tj ET", "keyword(BT)@0 string@3 keyword(Tj)@16 keyword(ET)@19"},
		{"<2F4D> Tj % comment /MCID 9\n[(x) -20] TJ", "string@0 keyword(Tj)@7 skipped@10 open([)@28 string@29 number(-20)@33 close(])@36 keyword(TJ)@38"},
		{"BI /W 1 ID xEIx EI Q", "keyword(BI)@0 name(W)@3 number(1)@6 keyword(ID)@8 skipped@10 keyword(Q)@19"},
		{") } {", "skipped@0 skipped@2 skipped@4"},
		{"true false null .5 +1", "keyword(true)@0 keyword(false)@5 keyword(null)@11 number(.5)@16 number(+1)@19"},
		{"<2F4D", "error(unterminated hex string)@0"},
		{"BI ID \x00\x00", "keyword(BI)@0 keyword(ID)@3 error(inline image without EI)@5"},
		{"(open", "string@0"},
	} {
		l := &lexer{b: []byte(c.in)}
		var got []string
		for {
			tok := l.next()
			if tok.kind == tokEOF {
				break
			}
			got = append(got, describeToken(tok))
			if tok.kind == tokError {
				break
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, g, c.want)
		}
	}
}

func describeToken(tok token) string {
	name := map[tokenKind]string{tokError: "error", tokName: "name", tokNumber: "number", tokString: "string",
		tokOpen: "open", tokClose: "close", tokKeyword: "keyword", tokSkipped: "skipped"}[tok.kind]
	if tok.text != "" {
		name += "(" + tok.text + ")"
	}
	return fmt.Sprintf("%s@%d", name, tok.pos)
}
