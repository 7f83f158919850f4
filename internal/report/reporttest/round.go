package reporttest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/xuri/excelize/v2"
)

// ExamplePath is the example source, examples/eksjo-2020-2021.toml, from
// whichever package's tests ask.
func ExamplePath(t testing.TB) string {
	t.Helper()
	_, here, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("reporttest: no path of its own")
	}
	return filepath.Join(filepath.Dir(here), "..", "..", "..", "examples", "eksjo-2020-2021.toml")
}

// CopyExample puts a copy of the example source, named eksjo.toml, in a
// folder of its own, for a test that writes into it.
func CopyExample(t testing.TB) (dir, path string) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "eksjo.toml")
	data, err := os.ReadFile(ExamplePath(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

// FillBook types answers into a fill-in workbook's sheet "Underlag" as a
// colleague would, cell by cell ("G2" → a note), and saves it.
func FillBook(t testing.TB, path string, cells map[string]string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, v := range cells {
		if err := f.SetCellStr("Underlag", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}
