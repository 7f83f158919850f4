package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"uppfoljning/internal/report/reporttest"
)

// The benchmarks below time whole processes, as users run the tool:
// start, read the source, write the PDF.

func buildBinary(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "uppfoljning")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func benchmarkProcess(b *testing.B, source string) {
	bin := buildBinary(b)
	out := b.TempDir()
	for b.Loop() {
		cmd := exec.Command(bin, "build", "-format", "pdf", "-out", out, source)
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("%v\n%s", err, msg)
		}
	}
}

func BenchmarkProcessExample(b *testing.B) {
	benchmarkProcess(b, example)
}

// BenchmarkProcessThousandActivities builds 1,000 activities with three
// notes each: about 450 pages.
func BenchmarkProcessThousandActivities(b *testing.B) {
	source := filepath.Join(b.TempDir(), "tusen.toml")
	if err := os.WriteFile(source, reporttest.Generated(50, 20, 36), 0o644); err != nil {
		b.Fatal(err)
	}
	benchmarkProcess(b, source)
}

// The tertial round of a large source: 5,000 activities (an 8 MB source),
// each given a new note, as whole processes.
func roundFiles(b *testing.B) (bin, source, book string) {
	bin = buildBinary(b)
	dir := b.TempDir()
	source = filepath.Join(dir, "stor.toml")
	if err := os.WriteFile(source, reporttest.Generated(50, 100, 40), 0o644); err != nil {
		b.Fatal(err)
	}
	if out, err := exec.Command(bin, "collect", "-tertial", "2021-T1", "-out", dir, source).CombinedOutput(); err != nil {
		b.Fatalf("%v\n%s", err, out)
	}
	book = filepath.Join(dir, "stor-2021-T1-underlag.xlsx")
	f, err := excelize.OpenFile(book)
	if err != nil {
		b.Fatal(err)
	}
	for n := 2; n <= 5001; n++ {
		f.SetCellStr("Underlag", fmt.Sprintf("F%d", n), "pågår")
		f.SetCellStr("Underlag", fmt.Sprintf("G%d", n), fmt.Sprintf("Rad %d: genomfört enligt plan.\nNästa steg i maj.", n))
	}
	if err := f.Save(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	return bin, source, book
}

func BenchmarkProcessCollect5000(b *testing.B) {
	bin, source, _ := roundFiles(b)
	out := b.TempDir()
	for b.Loop() {
		if msg, err := exec.Command(bin, "collect", "-tertial", "2021-T1", "-out", out, source).CombinedOutput(); err != nil {
			b.Fatalf("%v\n%s", err, msg)
		}
	}
}

func BenchmarkProcessImport5000(b *testing.B) {
	bin, source, book := roundFiles(b)
	original, _ := os.ReadFile(source)
	for b.Loop() {
		b.StopTimer()
		os.WriteFile(source, original, 0o644)
		b.StartTimer()
		if msg, err := exec.Command(bin, "import", source, book).CombinedOutput(); err != nil {
			b.Fatalf("%v\n%s", err, msg)
		}
	}
}
