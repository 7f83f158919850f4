package main

import (
	"uppfoljning/internal/report"
)

// tertialFlag is a -tertial flag's value: a tertial, or none given.
type tertialFlag struct {
	t   report.Tertial
	set bool
}

func (t *tertialFlag) String() string {
	if !t.set {
		return ""
	}
	return t.t.String()
}

func (t *tertialFlag) Set(s string) error {
	v, err := report.ParseTertial(s)
	if err != nil {
		return err
	}
	t.t, t.set = v, true
	return nil
}

// or is the flag's tertial, or else the one def gives.
func (t *tertialFlag) or(def func() report.Tertial) report.Tertial {
	if t.set {
		return t.t
	}
	return def()
}
