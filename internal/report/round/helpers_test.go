package round_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

const example = "../../../examples/eksjo-2020-2021.toml"

// copyExample copies the example source into a folder of its own.
func copyExample(t *testing.T) (dir, path string) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "eksjo.toml")
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

// fillBook types answers into a fill-in workbook, as a colleague would.
func fillBook(t *testing.T, path string, cells map[string]string) {
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
