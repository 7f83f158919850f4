package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"uppfoljning/internal/procgroup"
)

// gremlins v0.6.0 leaves the conditions of a switch's cases NOT COVERED
// whether or not the tests run them: Go's coverage has no counter for a
// case's condition, only for its body (gremlins' issue #298). A package
// written with switches, as Go is, would be measured for what gremlins
// cannot see. mutate runs those mutants itself, as gremlins runs the
// others: the package's file changed by one token, through go test's
// -overlay, so that the tree stays as it is.

// mutations are gremlins' token mutations of the kinds it runs by default.
var mutations = map[string]map[token.Token]token.Token{
	"ARITHMETIC_BASE":       {token.ADD: token.SUB, token.SUB: token.ADD, token.MUL: token.QUO, token.QUO: token.MUL, token.REM: token.MUL},
	"CONDITIONALS_BOUNDARY": {token.GEQ: token.GTR, token.GTR: token.GEQ, token.LEQ: token.LSS, token.LSS: token.LEQ},
	"CONDITIONALS_NEGATION": {token.EQL: token.NEQ, token.NEQ: token.EQL, token.GEQ: token.LSS, token.GTR: token.LEQ,
		token.LEQ: token.GTR, token.LSS: token.GEQ},
	"INCREMENT_DECREMENT": {token.INC: token.DEC, token.DEC: token.INC},
	"INVERT_NEGATIVES":    {token.SUB: token.ADD},
}

// inCaseConditions tells, for each mutant, whether it lies in the
// condition of a switch's case in pkg's source.
func inCaseConditions(pkg string, all []mutant) (map[int]bool, error) {
	cases := map[string][][2]token.Position{} // file → the conditions' extents
	out := map[int]bool{}
	for i, m := range all {
		if m.Status != "NOT COVERED" {
			continue
		}
		extents, ok := cases[m.File]
		if !ok {
			var err error
			if extents, err = caseConditions(filepath.Join(pkg, m.File)); err != nil {
				return nil, err
			}
			cases[m.File] = extents
		}
		for _, e := range extents {
			if after(m.Line, m.Column, e[0]) && !after(m.Line, m.Column, e[1]) {
				out[i] = true
				break
			}
		}
	}
	return out, nil
}

// after tells whether line:col is at or after p.
func after(line, col int, p token.Position) bool {
	return line > p.Line || line == p.Line && col >= p.Column
}

// caseConditions finds where the conditions of the cases of a file's
// switches are.
func caseConditions(path string) ([][2]token.Position, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var out [][2]token.Position
	ast.Inspect(f, func(n ast.Node) bool {
		if cc, ok := n.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				out = append(out, [2]token.Position{fset.Position(e.Pos()), fset.Position(e.End())})
			}
		}
		return true
	})
	return out, nil
}

// mutate changes the token at line:col of src as gremlins would.
func mutate(src []byte, line, col int, kind string) ([]byte, error) {
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, src, nil, 0)
	for {
		pos, tok, _ := s.Scan()
		if tok == token.EOF {
			return nil, fmt.Errorf("no token at %d:%d", line, col)
		}
		p := fset.Position(pos)
		if p.Line != line || p.Column != col {
			continue
		}
		to, ok := mutations[kind][tok]
		if !ok {
			return nil, fmt.Errorf("%d:%d: %s does not change %s", line, col, kind, tok)
		}
		at := file.Offset(pos)
		var b bytes.Buffer
		b.Write(src[:at])
		b.WriteString(to.String())
		b.Write(src[at+len(tok.String()):])
		return b.Bytes(), nil
	}
}

// runMutant runs pkg's tests with one file changed: KILLED when they fail,
// LIVED when they pass, TIMED OUT when they take longer than limit, NOT
// VIABLE when the change does not compile. go vet is off, as in
// gremlins' runs (see goFlags): it is no test, so a mutant only vet
// objects to must be caught by the tests too. A mutant that makes the tests
// run on forever (a loop that never ends) is ended with all that its go
// test started: go test runs in a process group of its own (procgroup),
// killed when limit has passed or ctx ends, and once more when go test
// has ended, for what the tests left running. The test binary is told the
// limit too (-timeout), to stop itself should the kill miss it.
func runMutant(ctx context.Context, pkg string, m mutant, limit time.Duration, tmp string) (string, error) {
	path, err := filepath.Abs(filepath.Join(pkg, m.File))
	if err != nil {
		return "", err
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	changed, err := mutate(src, m.Line, m.Column, m.Type)
	if err != nil {
		return "", fmt.Errorf("%s: %w", m.id(), err)
	}
	mutated := filepath.Join(tmp, "mutant.go")
	if err := os.WriteFile(mutated, changed, 0o644); err != nil {
		return "", err
	}
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {path: mutated}})
	if err != nil {
		return "", err
	}
	overlayFile := filepath.Join(tmp, "overlay.json")
	if err := os.WriteFile(overlayFile, overlay, 0o644); err != nil {
		return "", err
	}
	limited, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	cmd := procgroup.Command(limited, "go", "test", "-count=1", "-vet=off", "-failfast", "-timeout", limit.String(),
		"-overlay", overlayFile, pkg)
	cmd.WaitDelay = time.Minute // should the kill miss a process that holds the output
	out, err := cmd.CombinedOutput()
	procgroup.Kill(cmd) // what the tests started and left running
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		return "", ctx.Err()
	case limited.Err() != nil || bytes.Contains(out, []byte("panic: test timed out after")):
		return "TIMED OUT", nil
	case err == nil:
		return "LIVED", nil
	case errors.As(err, &exit) && bytes.Contains(out, []byte("[build failed]")):
		return "NOT VIABLE", nil
	case errors.As(err, &exit):
		return "KILLED", nil
	}
	return "", fmt.Errorf("go test: %w\n%s", err, out)
}

// baseline runs pkg's tests once, without a mutant: they must pass. It
// builds what the mutants' runs reuse, and tells how long it took.
func baseline(ctx context.Context, pkg string) (time.Duration, error) {
	start := time.Now()
	cmd := procgroup.Command(ctx, "go", "test", "-count=1", "-vet=off", pkg)
	out, err := cmd.CombinedOutput()
	procgroup.Kill(cmd)
	if err != nil {
		return 0, fmt.Errorf("the tests fail without a mutant: %w\n%s", err, out)
	}
	return time.Since(start), nil
}

// runCaseConditions runs the mutants gremlins left NOT COVERED in case
// conditions, workers at once, each for at most limit, records what the
// tests did about each, and tells how many it ran.
func runCaseConditions(ctx context.Context, pkg string, all []mutant, limit time.Duration, workers int) (int, error) {
	which, err := inCaseConditions(pkg, all)
	if err != nil || len(which) == 0 {
		return 0, err
	}
	tmp, err := os.MkdirTemp("", "mutate-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	fmt.Printf("running the %d mutants in switch cases that gremlins does not run\n", len(which))
	jobs := make(chan int)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range errs {
		dir := filepath.Join(tmp, strconv.Itoa(w))
		if err := os.Mkdir(dir, 0o755); err != nil {
			return 0, err
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				status, err := runMutant(ctx, pkg, all[i], limit, dir)
				if err != nil {
					errs[w] = err
					continue
				}
				all[i].Status = status
				if status != "KILLED" {
					fmt.Printf("%12s %s\n", status, all[i].id())
				}
			}
		}()
	}
	for i := range all {
		if which[i] {
			jobs <- i
		}
	}
	close(jobs)
	wg.Wait()
	return len(which), errors.Join(errs...)
}
