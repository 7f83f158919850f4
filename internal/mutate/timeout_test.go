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

// counterTest tells a listener which processes run the test: the test
// binary and a process it starts and leaves running, as a test that runs
// LibreOffice or Chromium might, once that process has connected. Each
// keeps its connection open until it ends; the one left running waits on
// its connection.
const counterTest = `package sample

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"testing"
)

func TestCount(t *testing.T) {
	conn, err := net.Dial("unix", os.Getenv("MUTATE_TEST_SOCKET"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintln(conn, os.Getpid())
	if os.Getenv("MUTATE_TEST_CHILD") != "" {
		fmt.Println("connected")
		io.Copy(io.Discard, conn)
		return
	}
	child := exec.Command(os.Args[0], "-test.run=^TestCount$")
	child.Env = append(os.Environ(), "MUTATE_TEST_CHILD=1")
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	if _, err := bufio.NewReader(out).ReadString('\n'); err != nil {
		t.Fatal(err)
	}
	if Count(3) != 3 {
		t.Error("Count(3) is not 3")
	}
}
`

// TestRunMutantNeverEnds runs a mutant the tests catch and one whose tests
// never end. Each time the test binary starts a process and leaves it
// running; once the run has returned, both must have ended.
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
	sock := filepath.Join(t.TempDir(), "s")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Skipf("no unix sockets: %v", err)
	}
	defer ln.Close()
	conns := make(chan net.Conn, 4)
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

	// The mutant that ends shows how long one takes to build and start:
	// the limit leaves the one that never ends room to start.
	start := time.Now()
	caught := mutant{File: "sample.go", Line: 6, Column: 16, Type: "CONDITIONALS_BOUNDARY"}
	if got, err := runMutant(t.Context(), ".", caught, time.Minute, t.TempDir()); got != "KILLED" || err != nil {
		t.Errorf("%s: %s, %v; want KILLED", caught.id(), got, err)
	}
	limit := max(5*time.Second, 3*time.Since(start))
	ended(t, conns, caught)
	forever := mutant{File: "sample.go", Line: 6, Column: 22, Type: "INCREMENT_DECREMENT"}
	if got, err := runMutant(t.Context(), ".", forever, limit, t.TempDir()); got != "TIMED OUT" || err != nil {
		t.Errorf("%s: %s, %v; want TIMED OUT", forever.id(), got, err)
	}
	ended(t, conns, forever)
}

// ended checks that the two processes of m's tests have ended: the
// connection each opened reads to its end once it has. One still running
// is killed.
func ended(t *testing.T, conns chan net.Conn, m mutant) {
	t.Helper()
	for range 2 {
		var c net.Conn
		select {
		case c = <-conns:
		default:
			t.Fatalf("%s: the tests did not start both processes", m.id())
		}
		c.SetReadDeadline(time.Now().Add(10 * time.Second))
		r := bufio.NewReader(c)
		line, _ := r.ReadString('\n')
		if _, err := io.Copy(io.Discard, r); err != nil {
			pid, _ := strconv.Atoi(strings.TrimSpace(line))
			if p, err := os.FindProcess(pid); err == nil && pid > 0 {
				p.Kill()
			}
			t.Errorf("%s: process %d of the tests still runs after the run returned", m.id(), pid)
		}
		c.Close()
	}
}
