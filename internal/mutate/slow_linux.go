package main

import (
	"context"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// maxTestMemory is the most memory a mutant's tests may hold: the
// package's hold a few hundred MB at most (20 MB sources copied a few
// times), while a mutant that appends as it loops for ever takes GBs in
// seconds, and two of them at once would leave the machine none.
const maxTestMemory = 2 << 30

// endSlowTests ends, until ctx ends, each test binary called name (as the
// kernel cuts it, to 15 bytes) in process group pgid that has run longer
// than limit or holds more than maxTestMemory, and tells how many it
// ended when ctx ends.
//
// gremlins' own limit for a mutant is three times its coverage run's
// time, which runs the subpackages' tests with their readers: several
// minutes, while the package's tests run in seconds. A mutant that loops
// for ever (i++ made i-- in a loop that does not index with i) holds a
// worker that long, and one that appends as it loops fills the memory. Ended sooner,
// the mutant's go test fails and gremlins counts it KILLED rather than
// TIMED OUT: both count as caught, and the count of those ended here is
// printed.
func endSlowTests(ctx context.Context, pgid int, name string, limit time.Duration, ended chan<- int) {
	if len(name) > 15 {
		name = name[:15]
	}
	seen := map[string]time.Time{}
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	n := 0
	for {
		select {
		case <-ctx.Done():
			ended <- n
			return
		case now := <-tick.C:
			for _, pid := range slowTests(pgid, name, seen, now, limit, maxTestMemory) {
				if syscall.Kill(pid, syscall.SIGKILL) == nil {
					n++
				}
			}
		}
	}
}

// slowTests lists the processes called name in group pgid first seen
// longer than limit before now, or holding more than maxBytes of memory.
// seen holds when each process (its id and start time) was first seen.
func slowTests(pgid int, name string, seen map[string]time.Time, now time.Time, limit time.Duration, maxBytes int64) []int {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var out []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		data, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		// "PID (NAME) STATE PPID PGRP ... STARTTIME VSIZE RSS ...": the
		// start time is the 22nd field, the resident pages the 24th.
		open, end := strings.IndexByte(string(data), '('), strings.LastIndexByte(string(data), ')')
		if open < 0 || end < open {
			continue
		}
		f := strings.Fields(string(data[end+1:]))
		if len(f) < 22 || string(data[open+1:end]) != name || f[2] != strconv.Itoa(pgid) || f[0] == "Z" {
			continue
		}
		id := e.Name() + " " + f[19]
		first, ok := seen[id]
		if !ok {
			seen[id] = now
		}
		pages, _ := strconv.ParseInt(f[21], 10, 64)
		if ok && now.Sub(first) > limit || pages*int64(os.Getpagesize()) > maxBytes {
			out = append(out, pid)
		}
	}
	return out
}
