package report

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

var tomlMessageCleaner = strings.NewReplacer("toml: ", "")

func syntaxError(sm *sourceMap, err error) error {
	name := sm.file.Name
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if pe.Usage != "" {
			msg += "; " + strings.Join(strings.Fields(pe.Usage), " ")
		}
		p := Pos{Line: pe.Position.Line, Col: pe.Position.Col}
		if f := sm.file; p.Line >= 1 && p.Line <= f.Lines() {
			// The decoder's column is past the line's end for some errors
			// (a key defined twice); a wrong column misleads more than none.
			if p.Col > utf8.RuneCountInString(f.Text[f.LineStart(p.Line):f.LineEnd(p.Line)])+1 {
				p.Col = 0
			}
		}
		return ErrorList{{File: name, Pos: p, Msg: "this is not valid TOML: " + msg}}
	}
	return ErrorList{{File: name, Msg: "this is not valid TOML: " + tomlMessageCleaner.Replace(err.Error())}}
}
