package web

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// errNoSuchFile is a name from the browser that names no file the
// workspace shows: not a plain name, or not in the folder.
var errNoSuchFile = errors.New("no such file in the folder")

// plainName tells whether a name from the browser is a file's name and
// nothing more: no folder, no way out of the folder, no hidden file.
func plainName(name string) bool {
	return name != "" && name != "." && name != ".." && !strings.HasPrefix(name, ".") &&
		!strings.ContainsAny(name, `/\:`+"\x00") && filepath.Base(name) == name && !filepath.IsAbs(name) &&
		len(name) <= 255 && !windowsDevice(name)
}

// windowsDevice tells whether Windows takes a name for a device (CON,
// NUL, COM1, …) whatever its extension: "CON.toml" is no file there, and
// what is written to it goes nowhere.
func windowsDevice(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	stem = strings.ToUpper(strings.TrimRight(stem, " "))
	switch stem {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	return len(stem) == 4 && (strings.HasPrefix(stem, "COM") || strings.HasPrefix(stem, "LPT")) &&
		stem[3] >= '0' && stem[3] <= '9'
}

// within resolves a name in dir: a plain name of a regular file whose
// real place, links followed, is in dir itself.
func within(dir, name string) (string, error) {
	if !plainName(name) {
		return "", errNoSuchFile
	}
	path := filepath.Join(dir, name)
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", errNoSuchFile
	}
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil || filepath.Dir(real) != realDir {
		return "", errNoSuchFile
	}
	if st, err := os.Stat(real); err != nil || !st.Mode().IsRegular() {
		return "", errNoSuchFile
	}
	return path, nil
}

// sourceNames are the sources in dir: its .toml files, by name.
func sourceNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if strings.EqualFold(filepath.Ext(e.Name()), ".toml") {
			if _, err := within(dir, e.Name()); err == nil {
				names = append(names, e.Name())
			}
		}
	}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return names, nil
}

// foldersWithSources are the folders right inside dir that hold a
// source, such as the zip's "exempel" beside the program a double click
// opens on: a few, by name.
func foldersWithSources(dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") || len(out) == keptFolders {
			continue
		}
		sub := filepath.Join(dir, e.Name())
		if names, _ := sourceNames(sub); len(names) > 0 {
			out = append(out, sub)
		}
	}
	return out
}

// The folders opened before, newest first, one a line in the file
// Config.Recent names.
const keptFolders = 8

func (s *Server) recentFolders() []string {
	if s.cfg.Recent == "" {
		return nil
	}
	data, err := os.ReadFile(s.cfg.Recent)
	if err != nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
		if line = strings.TrimSpace(line); line != "" && !slices.Contains(out, line) {
			out = append(out, line)
		}
	}
	return out
}

// remember puts dir first among the folders opened before. Remembering
// is a help, not the work: a config folder that cannot be written is no
// error.
func (s *Server) remember(dir string) {
	if s.cfg.Recent == "" {
		return
	}
	list := []string{dir}
	for _, d := range s.recentFolders() {
		if d != dir && len(list) < keptFolders {
			list = append(list, d)
		}
	}
	os.MkdirAll(filepath.Dir(s.cfg.Recent), 0o700)
	os.WriteFile(s.cfg.Recent, []byte(strings.Join(list, "\n")+"\n"), 0o600)
}

// folderPath cleans a folder's path as a person pastes it from a file
// manager's address bar: quotes and spaces around it left out.
func folderPath(p string) string {
	p = strings.TrimSpace(p)
	p = strings.Trim(p, `"'`)
	return filepath.Clean(strings.TrimSpace(p))
}
