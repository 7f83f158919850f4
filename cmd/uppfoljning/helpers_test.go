package main

import (
	"testing"
	"time"

	"uppfoljning/internal/report"
)

func mustDocument(t testing.TB) *report.Document {
	t.Helper()
	tpl, err := loadTemplate("")
	if err != nil {
		t.Fatal(err)
	}
	src, err := report.Load(example, tpl)
	if err != nil {
		t.Fatal(err)
	}
	y, n := src.DefaultTertial()
	doc, err := report.NewDocument(src, tpl, y, n, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
