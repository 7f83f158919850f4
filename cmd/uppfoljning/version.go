package main

import (
	"runtime/debug"

	"uppfoljning/internal/msg"
)

// version is set when the program is built for release:
//
//	go build -ldflags "-X main.version=$(git describe --tags --always)"
var version string

// programVersion is the version the build gave, or else what Go recorded
// of the build (a module version, or the commit built from), or else
// "dev".
func programVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	revision, modified := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if len(revision) >= 12 {
		if modified {
			return revision[:12] + "-dirty"
		}
		return revision[:12]
	}
	return "dev"
}

func (c *cli) version(args []string) error {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		c.say(c.stdout, msg.HelpVersion)
		return nil
	}
	c.say(c.stdout, msg.Version, programVersion())
	return nil
}
