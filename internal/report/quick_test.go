package report

import (
	"os"
	"testing"
	"time"

	"uppfoljning/templates"
)

func TestQuick(t *testing.T) {
	tpl, err := LoadTemplate("sv", templates.Default)
	if err != nil {
		t.Fatal(err)
	}
	src, err := Load("../../examples/eksjo-2020-2021.toml", tpl)
	if err != nil {
		t.Fatal(err)
	}
	y, n := src.DefaultTertial()
	doc, err := NewDocument(src, tpl, y, n, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	doc.Dump(os.Stdout)
}
