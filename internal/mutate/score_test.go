package main

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// results is gremlins' JSON output, as v0.6.0 writes it, cut to what is
// read.
const results = `{
  "go_module": "uppfoljning",
  "test_efficacy": 60,
  "files": [
    {"file_name": "decode.go", "mutations": [
      {"type": "CONDITIONALS_BOUNDARY", "status": "KILLED", "line": 10, "column": 5},
      {"type": "CONDITIONALS_NEGATION", "status": "LIVED", "line": 10, "column": 5},
      {"type": "ARITHMETIC_BASE", "status": "TIMED OUT", "line": 12, "column": 9},
      {"type": "INVERT_NEGATIVES", "status": "NOT COVERED", "line": 30, "column": 2}
    ]},
    {"file_name": "locate.go", "mutations": [
      {"type": "CONDITIONALS_BOUNDARY", "status": "LIVED", "line": 7, "column": 14},
      {"type": "INCREMENT_DECREMENT", "status": "KILLED", "line": 8, "column": 3},
      {"type": "ARITHMETIC_BASE", "status": "NOT VIABLE", "line": 9, "column": 3}
    ]}
  ]
}`

func TestScore(t *testing.T) {
	all, err := parseResults([]byte(results))
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 7 || all[4].File != "locate.go" || all[4].id() != "locate.go:7:14 CONDITIONALS_BOUNDARY" {
		t.Fatalf("read %d mutants, the fifth %+v", len(all), all[4])
	}
	for _, c := range []struct {
		name               string
		equivalent         map[string]string
		efficacy, coverage float64
		err                string
	}{
		// killed 2 + timed out 1 of 5 that ran; 5 of 6 ran.
		{"none equivalent", nil, 60, 100 * 5.0 / 6, ""},
		{"one equivalent", map[string]string{"locate.go:7:14 CONDITIONALS_BOUNDARY": "why"}, 75, 80, ""},
		// An equivalent mutant whose tests ran out of time on a busy
		// machine is still the mutant listed: killed 2 of 4 that ran.
		{"an equivalent that timed out", map[string]string{"decode.go:12:9 ARITHMETIC_BASE": "why"}, 50, 80, ""},
		{"a stale entry", map[string]string{"decode.go:10:5 CONDITIONALS_BOUNDARY": "was killed"}, 0, 0, "caught or did not run: decode.go:10:5 CONDITIONALS_BOUNDARY"},
		{"an entry not run", map[string]string{"decode.go:30:2 INVERT_NEGATIVES": "not covered"}, 0, 0, "caught or did not run: decode.go:30:2 INVERT_NEGATIVES"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := score(all, c.equivalent)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Errorf("error %v, want one saying %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(s.efficacy()-c.efficacy) > 1e-9 || math.Abs(s.coverage()-c.coverage) > 1e-9 {
				t.Errorf("efficacy %.2f, coverage %.2f; want %.2f, %.2f", s.efficacy(), s.coverage(), c.efficacy, c.coverage)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	s := scores{killed: 19, lived: 1, notCovered: 1}
	if err := s.check(95, 95); err != nil {
		t.Errorf("95 %% and 95.2 %% fail 95/95: %v", err)
	}
	err := s.check(96, 96)
	if err == nil || !strings.Contains(err.Error(), "efficacy 95.00 % is below 96 %") || !strings.Contains(err.Error(), "coverage 95.24 % is below 96 %") {
		t.Errorf("got %v, want both thresholds missed", err)
	}
	if e := (scores{}).efficacy(); e != 100 {
		t.Errorf("no mutants: efficacy %.0f, want 100", e)
	}
}

func TestReadEquivalents(t *testing.T) {
	dir := t.TempDir()
	write := func(text string) string {
		path := filepath.Join(dir, "mutants.txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	list, err := readEquivalents(write("# why each changes nothing\n\nlocate.go:7:14 CONDITIONALS_BOUNDARY the byte is never 0x7f here\n"))
	if err != nil || list["locate.go:7:14 CONDITIONALS_BOUNDARY"] != "the byte is never 0x7f here" || len(list) != 1 {
		t.Errorf("got %v, %v", list, err)
	}
	if _, err := readEquivalents(write("locate.go:7:14 CONDITIONALS_BOUNDARY\n")); err == nil {
		t.Error("an entry without why was accepted")
	}
	var many strings.Builder
	for i := 1; i <= maxEquivalents+1; i++ {
		many.WriteString("a.go:" + strings.Repeat("1", i) + ":1 ARITHMETIC_BASE why\n")
	}
	if _, err := readEquivalents(write(many.String())); err == nil || !strings.Contains(err.Error(), "at most 10") {
		t.Errorf("eleven entries: %v", err)
	}
	if list, err := readEquivalents(filepath.Join(dir, "none.txt")); err != nil || len(list) != 0 {
		t.Errorf("a missing list: %v, %v", list, err)
	}
}

func TestSubpackages(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"pdf", "testdata", "x.y", ".hidden"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	got, err := subpackages(dir)
	if err != nil || got != `(^|/)(pdf|x\.y)/` {
		t.Errorf("got %q, %v", got, err)
	}
}

// TestUnleashArgs: gremlins runs a mutant a CPU, with its own time
// limit, and without --test-cpu, which v0.6.0 passes to go test wrongly.
func TestUnleashArgs(t *testing.T) {
	got := strings.Join(unleashArgs("out.json", `(^|/)(pdf)/`, 3, "./p"), " ")
	want := "unleash -o out.json -S lct --workers 3 -E (^|/)(pdf)/ ./p"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := strings.Join(unleashArgs("o", "", 2, "./p"), " "); got != "unleash -o o -S lct --workers 2 ./p" {
		t.Errorf("without subpackages: %s", got)
	}
}

// TestGoFlags: the environment's go flags are kept; the test cache and
// go vet are off.
func TestGoFlags(t *testing.T) {
	for env, want := range map[string]string{
		"":         "-count=1 -vet=off",
		"-mod=mod": "-mod=mod -count=1 -vet=off",
		" -race  ": "-race   -count=1 -vet=off",
	} {
		if got := goFlags(env); got != want {
			t.Errorf("GOFLAGS %q: got %q, want %q", env, got, want)
		}
	}
}

func TestTiming(t *testing.T) {
	got := timing("./p", 400, 40, 2, 20*time.Minute+300*time.Millisecond)
	if want := "./p: ran 400 mutants (40 of them in switch cases) with 2 workers in 20m0s, 3.0 s a mutant\n"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got := timing("./p", 0, 0, 2, time.Second); !strings.Contains(got, "ran 0 mutants") {
		t.Errorf("no mutants: %q", got)
	}
}
