package xlsx

import (
	"archive/zip"
	"bytes"
	"testing"
	"runtime"
)

func TestScratchDiff(t *testing.T) {
	doc := load(t, "testdata/many-activities.toml")
	a, _ := render(t, doc)
	runtime.GOMAXPROCS(1)
	for i := 0; i < 10; i++ {
		b, _ := render(t, doc)
		if bytes.Equal(a, b) {
			continue
		}
		za, _ := zip.NewReader(bytes.NewReader(a), int64(len(a)))
		zb, _ := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		for j := range za.File {
			fa, fb := za.File[j], zb.File[j]
			if fa.Name != fb.Name || fa.CRC32 != fb.CRC32 || fa.CompressedSize64 != fb.CompressedSize64 {
				t.Logf("%s %s %x %x %d %d", fa.Name, fb.Name, fa.CRC32, fb.CRC32, fa.CompressedSize64, fb.CompressedSize64)
			}
		}
		k := 0
		for a[k] == b[k] {
			k++
		}
		t.Logf("first byte differs at %d of %d", k, len(a))
	}
}
