package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

const sample = `package sample

func Size(n int) string {
	switch {
	case n > 10:
		return "big"
	case n == 0:
		return "none"
	}
	if n < -1 {
		n++
	}
	return "small"
}

var greeting = "hej" + "då"
`

func TestMutate(t *testing.T) {
	for _, c := range []struct {
		line, col int
		kind      string
		want      string // the changed line
	}{
		{5, 9, "CONDITIONALS_BOUNDARY", "\tcase n >= 10:"},
		{5, 9, "CONDITIONALS_NEGATION", "\tcase n <= 10:"},
		{7, 9, "CONDITIONALS_NEGATION", "\tcase n != 0:"},
		{10, 7, "CONDITIONALS_BOUNDARY", "\tif n <= -1 {"},
		{10, 9, "INVERT_NEGATIVES", "\tif n < +1 {"},
		{11, 4, "INCREMENT_DECREMENT", "\t\tn--"},
	} {
		got, err := mutate([]byte(sample), c.line, c.col, c.kind)
		if err != nil {
			t.Errorf("%d:%d %s: %v", c.line, c.col, c.kind, err)
			continue
		}
		if line := lineOf(string(got), c.line); line != c.want {
			t.Errorf("%d:%d %s: %q, want %q", c.line, c.col, c.kind, line, c.want)
		}
	}
	if _, err := mutate([]byte(sample), 7, 9, "CONDITIONALS_BOUNDARY"); err == nil {
		t.Error("== was given a boundary")
	}
	if _, err := mutate([]byte(sample), 7, 8, "CONDITIONALS_NEGATION"); err == nil {
		t.Error("a mutant between tokens was made")
	}
}

func lineOf(s string, n int) string {
	for i := 1; ; i++ {
		line, rest, found := cut(s)
		if i == n || !found {
			return line
		}
		s = rest
	}
}

func cut(s string) (string, string, bool) {
	for i := range s {
		if s[i] == '\n' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

func TestInCaseConditions(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "sample.go"), []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	all := []mutant{
		{File: "sample.go", Line: 5, Column: 9, Type: "CONDITIONALS_BOUNDARY", Status: "NOT COVERED"},
		{File: "sample.go", Line: 7, Column: 9, Type: "CONDITIONALS_NEGATION", Status: "NOT COVERED"},
		{File: "sample.go", Line: 10, Column: 7, Type: "CONDITIONALS_BOUNDARY", Status: "NOT COVERED"},
		{File: "sample.go", Line: 5, Column: 9, Type: "CONDITIONALS_NEGATION", Status: "KILLED"},
	}
	got, err := inCaseConditions(dir, all)
	if err != nil {
		t.Fatal(err)
	}
	if !got[0] || !got[1] || got[2] || got[3] || len(got) != 2 {
		t.Errorf("got %v, want the first two: the not covered in case conditions", got)
	}
}

// TestRunMutant runs mutants of a small module's code against its tests.
func TestRunMutant(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module for each mutant")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":    "module sample\n\ngo 1.26\n",
		"sample.go": sample,
		// A mutant of it go vet objects to ("suspect or"): vet is off,
		// so the tests, which do not call it, let it live.
		"vet.go": "package sample\n\nfunc One(n int) bool { return n == 1 || n != 2 }\n",
		// Tests both cases, not the condition below them.
		"sample_test.go": "package sample\n\nimport \"testing\"\n\nfunc TestSize(t *testing.T) {\n\tif Size(10) != \"small\" || Size(11) != \"big\" {\n\t\tt.Fail()\n\t}\n}\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	for _, c := range []struct {
		m    mutant
		want string
	}{
		{mutant{File: "sample.go", Line: 5, Column: 9, Type: "CONDITIONALS_BOUNDARY"}, "KILLED"},
		{mutant{File: "sample.go", Line: 7, Column: 9, Type: "CONDITIONALS_NEGATION"}, "KILLED"},
		{mutant{File: "sample.go", Line: 10, Column: 9, Type: "INVERT_NEGATIVES"}, "LIVED"},
		{mutant{File: "sample.go", Line: 16, Column: 22, Type: "ARITHMETIC_BASE"}, "NOT VIABLE"},
		{mutant{File: "vet.go", Line: 3, Column: 33, Type: "CONDITIONALS_NEGATION"}, "LIVED"},
	} {
		got, err := runMutant(t.Context(), ".", c.m, time.Minute, t.TempDir())
		if err != nil || got != c.want {
			t.Errorf("%s: %s, %v; want %s", c.m.id(), got, err, c.want)
		}
	}
	if src, _ := os.ReadFile("sample.go"); string(src) != sample {
		t.Error("the source was changed")
	}
}
