package main

import (
	"fmt"

	"uppfoljning/internal/report"
)

// tertialFlag is a -tertial flag's value: a tertial, or none given.
type tertialFlag struct {
	year, n int
	set     bool
}

func (t *tertialFlag) String() string {
	if !t.set {
		return ""
	}
	return fmt.Sprintf("%d-T%d", t.year, t.n)
}

func (t *tertialFlag) Set(s string) error {
	y, n, err := report.ParseTertial(s)
	if err != nil {
		return err
	}
	t.year, t.n, t.set = y, n, true
	return nil
}

// or is the flag's tertial, or else the one def gives.
func (t *tertialFlag) or(def func() (int, int)) (int, int) {
	if t.set {
		return t.year, t.n
	}
	return def()
}
