package report_test

import (
	"os"
	"testing"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

func BenchmarkParseExample(b *testing.B) {
	data, _ := os.ReadFile("../../examples/eksjo-2020-2021.toml")
	tpl := reporttest.Template(b)
	for b.Loop() {
		if _, err := report.Parse("eksjo.toml", data, tpl); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParse200(b *testing.B) {
	data := reporttest.Generated(10, 20, 40)
	b.SetBytes(int64(len(data)))
	tpl := reporttest.Template(b)
	for b.Loop() {
		if _, err := report.Parse("big.toml", data, tpl); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParse1000(b *testing.B) {
	data := reporttest.Generated(50, 20, 40)
	b.SetBytes(int64(len(data)))
	tpl := reporttest.Template(b)
	for b.Loop() {
		if _, err := report.Parse("big.toml", data, tpl); err != nil {
			b.Fatal(err)
		}
	}
}
