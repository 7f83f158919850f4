package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

// maxEquivalents is the most mutants a package may call equivalent: more
// would hide tests that are missing.
const maxEquivalents = 10

// mutant is one change gremlins made, and what the tests did about it.
type mutant struct {
	File   string `json:"file_name"` // set from its file's entry
	Type   string `json:"type"`
	Status string `json:"status"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// id names a mutant as testdata/mutants.txt does: "decode.go:12:7
// CONDITIONALS_BOUNDARY".
func (m mutant) id() string { return fmt.Sprintf("%s:%d:%d %s", m.File, m.Line, m.Column, m.Type) }

// parseResults reads gremlins' JSON output (-o).
func parseResults(data []byte) ([]mutant, error) {
	var out struct {
		Files []struct {
			Name      string   `json:"file_name"`
			Mutations []mutant `json:"mutations"`
		} `json:"files"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("gremlins' results: %w", err)
	}
	var all []mutant
	for _, f := range out.Files {
		for _, m := range f.Mutations {
			m.File = f.Name
			all = append(all, m)
		}
	}
	return all, nil
}

// readEquivalents reads a package's list of equivalent mutants: lines of
// "FILE:LINE:COLUMN TYPE why", and # comments. A missing list is empty.
func readEquivalents(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, err
	}
	list := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 || strings.Count(f[0], ":") != 2 {
			return nil, fmt.Errorf("%s:%d: want FILE:LINE:COLUMN TYPE and why the mutant changes nothing", path, n)
		}
		list[f[0]+" "+f[1]] = strings.Join(f[2:], " ")
	}
	if len(list) > maxEquivalents {
		return nil, fmt.Errorf("%s lists %d equivalent mutants; at most %d: write tests for the others", path, len(list), maxEquivalents)
	}
	return list, nil
}

// scores are the counts that the thresholds are taken of.
type scores struct {
	killed, lived, notCovered, timedOut, notViable, equivalent int
	survivors                                                  []string // the lived and not covered, by id
}

// score counts the mutants. A mutant that made the tests run out of time
// was caught: the tests did not pass. One listed as equivalent counts
// for nothing; the list must name only mutants that lived, or that ran
// out of time, as an equivalent mutant does on a busy machine when its
// tests take longer than gremlins allows.
func score(all []mutant, equivalent map[string]string) (scores, error) {
	var s scores
	matched := map[string]bool{}
	for _, m := range all {
		if _, ok := equivalent[m.id()]; ok && (m.Status == "LIVED" || m.Status == "TIMED OUT") {
			matched[m.id()] = true
			s.equivalent++
			continue
		}
		switch m.Status {
		case "KILLED":
			s.killed++
		case "TIMED OUT":
			s.timedOut++
		case "LIVED":
			s.lived++
			s.survivors = append(s.survivors, "lived       "+m.id())
		case "NOT COVERED":
			s.notCovered++
			s.survivors = append(s.survivors, "not covered "+m.id())
		case "NOT VIABLE":
			s.notViable++
		}
	}
	var stale []string
	for id := range equivalent {
		if !matched[id] {
			stale = append(stale, id)
		}
	}
	if len(stale) > 0 {
		sort.Strings(stale)
		return s, fmt.Errorf("testdata/mutants.txt lists mutants that the tests caught or did not run: %s; remove them", strings.Join(stale, ", "))
	}
	return s, nil
}

// efficacy is the share, in per cent, of the mutants the tests ran that
// they caught.
func (s scores) efficacy() float64 {
	return percent(s.killed+s.timedOut, s.killed+s.timedOut+s.lived)
}

// coverage is the share, in per cent, of the mutants on lines the tests
// run.
func (s scores) coverage() float64 {
	ran := s.killed + s.timedOut + s.lived
	return percent(ran, ran+s.notCovered)
}

func percent(part, whole int) float64 {
	if whole == 0 {
		return 100
	}
	return 100 * float64(part) / float64(whole)
}

func (s scores) report(pkg string) string {
	var b strings.Builder
	for _, line := range s.survivors {
		fmt.Fprintln(&b, line)
	}
	fmt.Fprintf(&b, "%s: killed %d, timed out %d, lived %d, not covered %d, equivalent %d, not viable %d\n",
		pkg, s.killed, s.timedOut, s.lived, s.notCovered, s.equivalent, s.notViable)
	fmt.Fprintf(&b, "%s: test efficacy %.2f %%, mutator coverage %.2f %%\n", pkg, s.efficacy(), s.coverage())
	return b.String()
}

// check holds the scores to the thresholds.
func (s scores) check(minEfficacy, minCoverage float64) error {
	var errs []error
	if e := s.efficacy(); e < minEfficacy {
		errs = append(errs, fmt.Errorf("test efficacy %.2f %% is below %.0f %%", e, minEfficacy))
	}
	if c := s.coverage(); c < minCoverage {
		errs = append(errs, fmt.Errorf("mutator coverage %.2f %% is below %.0f %%", c, minCoverage))
	}
	return errors.Join(errs...)
}
