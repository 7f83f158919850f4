//go:build unix

package report_test

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// A named pipe as a source or a logo is refused, not opened: opening it
// would wait for a writer that never comes.
func TestNamedPipeRefused(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "rör.png")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if _, err := report.Load(pipe, reporttest.Template(t)); err == nil || !strings.Contains(err.Error(), "ingen vanlig fil") {
		t.Errorf("source: %v", err)
	}
	if _, got := parseWithLogos(t, dir, `["rör.png"]`); !strings.Contains(got, `x.toml:4:10: logo "rör.png" is not a regular file`) {
		t.Errorf("logo: %s", got)
	}
}
