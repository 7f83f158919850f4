package report

import (
	"bytes"
	"runtime"
	"testing"
)

// TestDecodeUTF16MemoryIsTheTextsSize: a UTF-16 source is turned into
// UTF-8 in one buffer sized for the text it holds. A source may be 20 MB;
// reading one must not take several times that in memory, which the size
// limit is there to prevent.
func TestDecodeUTF16MemoryIsTheTextsSize(t *testing.T) {
	const units = 1 << 20
	data := bytes.Repeat([]byte{'a', 0}, units) // 2 MB of UTF-16, 1 MB of text
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	text, broken := decodeUTF16(data, false)
	runtime.ReadMemStats(&after)
	if broken != -1 || len(text) != units {
		t.Fatalf("decoded %d bytes, broken at %d; want %d bytes, whole", len(text), broken, units)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > units*3/2 {
		t.Errorf("decoding %d bytes of text allocated %d bytes; want about the text's size", units, got)
	}
}
