package msg

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// verb finds fmt verbs with their flags: %q, %d, %.0f, %[2]s; %% is none.
var verb = regexp.MustCompile(`%(?:\[\d+\])?[-+# 0]*\d*(?:\.\d+)?[a-zA-Z%]`)

// verbs lists a format's verbs, in the order of their arguments.
func verbs(format string) []string {
	var out []string
	for _, v := range verb.FindAllString(format, -1) {
		if v != "%%" {
			out = append(out, v)
		}
	}
	sort.Strings(out) // a translation may order its arguments otherwise, with %[n]
	return out
}

// TestCatalogues: every message has words in each language, and the words
// take the same arguments.
func TestCatalogues(t *testing.T) {
	if len(english) != int(keyCount) || len(swedish) != int(keyCount) {
		t.Errorf("%d keys, %d English and %d Swedish texts", keyCount, len(english), len(swedish))
	}
	for k := Key(0); k < keyCount; k++ {
		en, sv := english[k], swedish[k]
		switch {
		case strings.TrimSpace(en) == "":
			t.Errorf("key %d has no English text", k)
		case strings.TrimSpace(sv) == "":
			t.Errorf("key %d (%q) has no Swedish text", k, en)
		case fmt.Sprint(verbs(en)) != fmt.Sprint(verbs(sv)):
			t.Errorf("%q takes %v, its Swedish %q %v", en, verbs(en), sv, verbs(sv))
		}
	}
}

// TestKeysUsed: every key is used by the program; a message nobody tells
// is a message nobody translates right.
func TestKeysUsed(t *testing.T) {
	used := map[string]bool{}
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && id.Name == "msg" {
					used[sel.Sel.Name] = true
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), "keys.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
			for _, s := range g.Specs {
				for _, name := range s.(*ast.ValueSpec).Names {
					if name.Name != "keyCount" && !used[name.Name] {
						t.Errorf("msg.%s is in the catalogues but the program never tells it", name.Name)
					}
				}
			}
		}
	}
}

func TestIn(t *testing.T) {
	m := New(UnknownKeySuggest, "statu", New(WhereFollowup), "status", "tertial, status, note")
	if got := m.In(English); got != `unknown key "statu" in a [[promise.activity.followup]]; did you mean "status"? The keys allowed here are tertial, status, note` {
		t.Errorf("English: %s", got)
	}
	if got := m.String(); got != `okänd nyckel "statu" i en [[promise.activity.followup]]; menade du "status"? De nycklar som får stå här är tertial, status, note` {
		t.Errorf("Swedish: %s", got)
	}
	err := Errorf(CannotSave, "rapport.pdf", Errorf(PermissionDenied))
	if got := Text(err, English); got != "cannot save rapport.pdf: permission denied" {
		t.Errorf("wrapped: %s", got)
	}
	joined := errors.Join(Errorf(NotExist), errors.New("plain"))
	if got := Text(joined, Swedish); got != "den finns inte\nplain" {
		t.Errorf("joined: %q", got)
	}
}

func TestFromEnv(t *testing.T) {
	for _, c := range []struct {
		all, messages, lang string
		want                Lang
	}{
		{"", "", "", Swedish},
		{"", "", "en_US.UTF-8", English},
		{"", "", "sv_SE.UTF-8", Swedish},
		{"", "", "C", Swedish},
		{"", "en_GB", "sv_SE", English},
		{"sv_SE.UTF-8", "en_GB", "en_US", Swedish},
		{"en", "", "sv_SE", English},
		{"", "", "en-US", English},
		{"", "", "eng", Swedish},
	} {
		env := map[string]string{"LC_ALL": c.all, "LC_MESSAGES": c.messages, "LANG": c.lang}
		if got := FromEnv(func(k string) string { return env[k] }); got != c.want {
			t.Errorf("%v: %v, want %v", env, got, c.want)
		}
	}
}

// TestPlural: one of something takes the singular's words, any other
// count (none too) the plural's.
func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "x: t: 0 av 0 aktiviteter har status"}, {1, "x: t: 0 av 1 aktivitet har status"}, {2, "x: t: 0 av 2 aktiviteter har status"}} {
		if got := Plural(c.n, StatusLineOne, StatusLine, "x", "t", 0, c.n).In(Swedish); got != c.want {
			t.Errorf("Plural(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}

// TestHelpSpeaksToPeople: the help is for the people who run the commands
// by hand: it names no setting for scripts, and what appears on the screen
// is shown ("visas"), not printed on paper ("skrivs ut").
func TestHelpSpeaksToPeople(t *testing.T) {
	for _, k := range []Key{HelpHint, HelpUsage, HelpBuild, HelpCheck, HelpStatus, HelpCollect, HelpImport, HelpNew, HelpVersion} {
		for _, c := range []map[Key]string{swedish, english} {
			for _, word := range []string{"SOURCE_DATE_EPOCH", "skrivs ut", "skriver ut", "printed", "prints"} {
				if strings.Contains(c[k], word) {
					t.Errorf("help %d says %q", k, word)
				}
			}
		}
	}
}

func TestShorten(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"kort", 4, "kort"},
		{"Polisen och kommunen lovar", 10, "Polisen…"},
		{"Ett, två, tre", 9, "Ett, två…"},
		{"Alltihopsammanskrivet ord", 10, "Alltihopsa…"},
		{"åäö åäö", 5, "åäö…"},
	} {
		if got := Shorten(c.in, c.n); got != c.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
