// Command mutate runs mutation testing on one package with gremlins
// (github.com/go-gremlins/gremlins) and holds it to thresholds:
//
//	go run ./internal/mutate -pkg ./internal/report -efficacy 95 -coverage 95
//
// gremlins changes the package's code one mutant at a time (a < for a <=,
// a + for a -, a condition negated) and runs its tests: a mutant the tests
// still pass with has "lived". Test efficacy is the share of the mutants
// the tests ran that they caught; mutator coverage the share of all
// mutants on lines the tests run at all. The package's subpackages are
// left out: each is measured on its own.
//
// A mutant that cannot change what the program does (an equivalent
// mutant) is listed in the package's testdata/mutants.txt, one a line,
// with why; it then counts as neither caught nor lived. The list must stay
// short and true: an entry that no lived (or timed-out) mutant matches is
// an error.
//
// gremlins v0.6.0 does not run the mutants in the conditions of a
// switch's cases (see cases.go): mutate runs them itself.
//
// Time: each mutant costs a build of the package's tests (compile, link)
// and a run of them, about 3 to 4 s of CPU; there are hundreds. Both
// gremlins and the cases runner run as many mutants at once as there are
// CPUs (-workers), without go vet; a mutant whose tests run ten times as
// long as without it (at least 30 s) is ended, and counts as caught, as
// is, in gremlins' runs, one whose tests hold more than 2 GB. mutate ends with a line of how many mutants it
// ran and how long it took, for CI's log.
//
// It is run by "make mutate" from the module's root; gremlins is taken
// from PATH or GOPATH/bin, or run with "go run" at the version below.
//
// Nothing it starts outlives it. gremlins and each go test that mutate
// runs start in a process group of their own (internal/procgroup), which
// is ended whole: a go test when its mutant runs out of time, gremlins
// when it is done (its own timeouts end a mutant's go command only, not
// the test binary that go command started), and both when the run is
// interrupted (Ctrl-C, which no longer reaches them from the terminal).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"uppfoljning/internal/procgroup"
)

// gremlinsModule is the version of gremlins this project measures with:
// another may find other mutants.
const gremlinsModule = "github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0"

func main() {
	pkg := flag.String("pkg", "./internal/report", "the package to measure, from the module's root")
	efficacy := flag.Float64("efficacy", 95, "the least test efficacy, in per cent")
	coverage := flag.Float64("coverage", 95, "the least mutator coverage, in per cent")
	workers := flag.Int("workers", runtime.NumCPU(), "how many mutants to run at once")
	one := flag.String("mutant", "", `run only this mutant, "FILE:LINE:COLUMN TYPE", and tell what the tests do about it`)
	flag.Parse()
	// gremlins gathers coverage by running the tests of the package's
	// subpackages too, whose outside readers (LibreOffice, Chromium, npm
	// packages) are not what is measured here: one that is missing skips
	// its test rather than failing the run, as it does without READERS.
	os.Unsetenv("READERS")
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	if *one != "" {
		err = runOne(ctx, *pkg, *one)
	} else {
		err = run(ctx, *pkg, *efficacy, *coverage, max(*workers, 1))
	}
	if ctx.Err() != nil {
		err = errors.New("interrupted")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mutate:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, pkg string, minEfficacy, minCoverage float64, workers int) error {
	start := time.Now()
	equivalent, err := readEquivalents(filepath.Join(pkg, "testdata", "mutants.txt"))
	if err != nil {
		return err
	}
	out, err := os.CreateTemp("", "gremlins-*.json")
	if err != nil {
		return err
	}
	out.Close()
	defer os.Remove(out.Name())
	exclude, err := subpackages(pkg)
	if err != nil {
		return err
	}
	// A mutant's tests may run ten times as long as the package's, at
	// least 30 seconds: a mutant that makes them run longer is caught.
	base, err := baseline(ctx, pkg)
	if err != nil {
		return err
	}
	limit := max(30*time.Second, 10*base)
	cmd := gremlins(ctx, unleashArgs(out.Name(), exclude, workers, pkg)...)
	cmd.Env = append(os.Environ(), "GOFLAGS="+goFlags(os.Getenv("GOFLAGS")))
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	// Interrupted, gremlins stops and removes its copies of the module;
	// then, or after a minute, its group is killed.
	cmd.Cancel = func() error { return procgroup.Interrupt(cmd) }
	cmd.WaitDelay = time.Minute
	abs, err := filepath.Abs(pkg)
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("gremlins: %w", err)
	}
	watch, unwatch := context.WithCancel(ctx)
	ended := make(chan int, 1)
	go endSlowTests(watch, cmd.Process.Pid, filepath.Base(abs)+".test", limit, ended)
	err = cmd.Wait()
	unwatch()
	procgroup.Kill(cmd) // the test binaries of the mutants it timed out
	if err != nil {
		return fmt.Errorf("gremlins: %w", err)
	}
	if n := <-ended; n > 0 {
		fmt.Printf("%s: ended the tests of %d mutants that ran longer than %s or held more than %d GB (gremlins counts them killed)\n",
			pkg, n, limit.Round(time.Second), maxTestMemory>>30)
	}
	data, err := os.ReadFile(out.Name())
	if err != nil {
		return err
	}
	res, err := parseResults(data)
	if err != nil {
		return err
	}
	cases, err := runCaseConditions(ctx, pkg, res, limit, workers)
	if err != nil {
		return err
	}
	s, err := score(res, equivalent)
	if err != nil {
		return err
	}
	fmt.Print(s.report(pkg))
	fmt.Print(timing(pkg, len(res)-s.notCovered, cases, workers, time.Since(start)))
	return s.check(minEfficacy, minCoverage)
}

// unleashArgs are gremlins' arguments. Not --timeout-coefficient: each
// mutant's limit stays gremlins' coverage run's time (which runs the
// tests of pkg's subpackages too, a minute or more) times 3, and a
// mutant's tests that loop for ever are ended long before it by
// endSlowTests. 1 would be safe for ./internal/report only while its
// subpackages' tests are slow: the coverage run of a package without
// them takes about as long as one mutant's run, and a limit of that would
// time out, and so count as caught, mutants that did nothing wrong. Not
// --test-cpu: v0.6.0 passes "-cpu N" to go test as one argument, which go
// test takes for a package that does not exist, and every mutant would
// count as caught.
func unleashArgs(out, exclude string, workers int, pkg string) []string {
	args := []string{"unleash", "-o", out, "-S", "lct", "--workers", strconv.Itoa(workers)}
	if exclude != "" {
		args = append(args, "-E", exclude)
	}
	return append(args, pkg)
}

// goFlags are the go flags gremlins runs go test with, added to those of
// the environment. -count=1: a coverage run answered from the test cache
// (as after an earlier make mutate) takes no time, and a time limit taken
// of it would time out every mutant, which would count as caught.
// -vet=off: go vet is no test (a mutant only vet objects to must be caught
// by the tests too), and costs each mutant about a tenth of its time.
func goFlags(env string) string {
	return strings.TrimSpace(env + " -count=1 -vet=off")
}

// timing is the line that tells how many mutants ran and how long it
// took: CI's log shows it, so that a slower make mutate is seen.
func timing(pkg string, mutants, cases, workers int, took time.Duration) string {
	return fmt.Sprintf("%s: ran %d mutants (%d of them in switch cases) with %d workers in %s, %.1f s a mutant\n",
		pkg, mutants, cases, workers, took.Round(time.Second), took.Seconds()/float64(max(mutants, 1)))
}

// runOne runs one mutant, as gremlins names it, against pkg's tests: to
// see a new test catch it without running them all.
func runOne(ctx context.Context, pkg, id string) error {
	var m mutant
	var pos string
	if _, err := fmt.Sscanf(id, "%s %s", &pos, &m.Type); err != nil {
		return fmt.Errorf("mutant %q: want FILE:LINE:COLUMN TYPE", id)
	}
	if _, err := fmt.Sscanf(strings.ReplaceAll(pos, ":", " "), "%s %d %d", &m.File, &m.Line, &m.Column); err != nil {
		return fmt.Errorf("mutant %q: want FILE:LINE:COLUMN TYPE", id)
	}
	tmp, err := os.MkdirTemp("", "mutate-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	status, err := runMutant(ctx, pkg, m, 5*time.Minute, tmp)
	if err != nil {
		return err
	}
	fmt.Println(status, m.id())
	return nil
}

// gremlins is the command that runs gremlins, in a process group of its
// own that the end of ctx ends.
func gremlins(ctx context.Context, args ...string) *exec.Cmd {
	if path, err := exec.LookPath("gremlins"); err == nil {
		return procgroup.Command(ctx, path, args...)
	}
	if gopath, err := exec.Command("go", "env", "GOPATH").Output(); err == nil {
		path := filepath.Join(strings.TrimSpace(string(gopath)), "bin", "gremlins")
		if _, err := os.Stat(path); err == nil {
			return procgroup.Command(ctx, path, args...)
		}
	}
	return procgroup.Command(ctx, "go", append([]string{"run", gremlinsModule}, args...)...)
}

// subpackages is a pattern of the files of pkg's subpackages, which
// gremlins would otherwise mutate too, or "" when it has none.
func subpackages(pkg string) (string, error) {
	entries, err := os.ReadDir(pkg)
	if err != nil {
		return "", err
	}
	var dirs []string
	for _, e := range entries {
		if e.IsDir() && e.Name() != "testdata" && !strings.HasPrefix(e.Name(), ".") {
			dirs = append(dirs, regexp.QuoteMeta(e.Name()))
		}
	}
	if len(dirs) == 0 {
		return "", nil
	}
	sort.Strings(dirs)
	return "(^|/)(" + strings.Join(dirs, "|") + ")/", nil
}
