package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"uppfoljning/internal/report/reporttest"
)

func TestMain(m *testing.M) {
	verifyContent = true // every PDF the tests make is checked mark by mark
	os.Exit(m.Run())
}

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	reporttest.Golden(t, filepath.Join("testdata", name), []byte(got))
}
