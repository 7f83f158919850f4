package main

import (
	"bufio"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// counter counts to n: with i++ made i-- (6:22 INCREMENT_DECREMENT), it
// never ends.
const counter = `package sample

// Count counts to n.
func Count(n int) int {
	c := 0
	for i := 0; i < n; i++ {
		c++
	}
	return c
}
`

// counterTest tells a listener which processes run the test, when there is
// one: the test binary and a process it starts, as the tests that run
// LibreOffice or Chromium do. Each keeps its connection open until it ends.
const counterTest = `package sample

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"testing"
)

func TestCount(t *testing.T) {
	if addr := os.Getenv("MUTATE_TEST_SOCKET"); addr != "" {
		conn, err := net.Dial("unix", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprintln(conn, os.Getpid())
		if os.Getenv("MUTATE_TEST_CHILD") == "" {
			child := exec.Command(os.Args[0], "-test.run=^TestCount$")
			child.Env = append(os.Environ(), "MUTATE_TEST_CHILD=1")
			if err := child.Start(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if Count(3) != 3 {
		t.Error("Count(3) is not 3")
	}
}
`

// TestRunMutantNeverEnds runs a mutant whose tests never end, in the test
// binary and in a process it started, and checks that both have ended
// once the run has returned.
func TestRunMutantNeverEnds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module for each mutant")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	dir := t.TempDir()
	files := map[string]string{"go.mod": "module sample\n\ngo 1.26\n", "sample.go": counter, "sample_test.go": counterTest}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	// A mutant that ends shows how long one takes to build and start:
	// the limit leaves the one that never ends room to start.
	start := time.Now()
	caught := mutant{File: "sample.go", Line: 6, Column: 16, Type: "CONDITIONALS_BOUNDARY"}
	if got, err := runMutant(t.Context(), ".", caught, time.Minute, t.TempDir()); got != "KILLED" || err != nil {
		t.Fatalf("%s: %s, %v; want KILLED", caught.id(), got, err)
	}
	limit := max(5*time.Second, 3*time.Since(start))

	sock := filepath.Join(t.TempDir(), "s")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("no unix sockets: %v", err)
	}
	defer ln.Close()
	conns := make(chan net.Conn, 2)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns <- c
		}
	}()
	t.Setenv("MUTATE_TEST_SOCKET", sock)
	forever := mutant{File: "sample.go", Line: 6, Column: 22, Type: "INCREMENT_DECREMENT"}
	if got, err := runMutant(t.Context(), ".", forever, limit, t.TempDir()); got != "TIMED OUT" || err != nil {
		t.Errorf("%s: %s, %v; want TIMED OUT", forever.id(), got, err)
	}
	for range 2 {
		var c net.Conn
		select {
		case c = <-conns:
		default:
			t.Fatalf("the mutant's tests did not start both processes within %v", limit)
		}
		// A connection reads to its end when its process has ended.
		c.SetReadDeadline(time.Now().Add(10 * time.Second))
		r := bufio.NewReader(c)
		line, _ := r.ReadString('\n')
		if _, err := io.Copy(io.Discard, r); err != nil {
			pid, _ := strconv.Atoi(strings.TrimSpace(line))
			if p, err := os.FindProcess(pid); err == nil && pid > 0 {
				p.Kill()
			}
			t.Errorf("process %d of the mutant's tests still runs after the run returned", pid)
		}
		c.Close()
	}
}
