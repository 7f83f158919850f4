package main

import (
	"uppfoljning/internal/msg"
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

// choose is the flag's tertial, or else the one def gives, and then it
// tells which tertial was chosen for the source and how to pick another.
func (c *cli) choose(t *tertialFlag, src *report.Source, def func() report.Tertial) report.Tertial {
	if t.set {
		return t.t
	}
	chosen := def()
	other := chosen.Prev()
	if src.CheckTertial(other) != nil {
		other = chosen.Next()
	}
	c.say(c.stderr, msg.TertialChosen, src.File.Name, chosen.Name(), other.String())
	return chosen
}
