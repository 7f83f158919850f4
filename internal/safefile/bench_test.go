package safefile

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"uppfoljning/internal/report/reporttest"
)

// BenchmarkReplace measures what the lock, the second read and the
// comparison cost an import of a 5,000-activity source, beside writing the
// file alone (write) and with a version kept as import does (versions).
func BenchmarkReplace(b *testing.B) {
	data := reporttest.Generated(100, 50, 20)
	path := filepath.Join(b.TempDir(), "stor.toml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("write", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if err := Write(path, func(w io.Writer) error { _, err := w.Write(data); return err }, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, keep := range []int{0, 10} {
		name := map[int]string{0: "lock+read+compare+write", 10: "versions"}[keep]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				s, err := Open(path, 20<<20, Options{})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := s.Replace(data, keep); err != nil {
					b.Fatal(err)
				}
				s.Close()
			}
		})
	}
}
