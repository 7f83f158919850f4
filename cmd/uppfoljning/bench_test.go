package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

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
