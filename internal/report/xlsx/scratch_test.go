package xlsx

import (
	"bytes"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"
)

func TestScratchBig(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("ACTS"))
	doc := parse(t, "gen.toml", generate(20, n/20, 3))
	runtime.GC()
	var m0 runtime.MemStats
	runtime.ReadMemStats(&m0)
	peak := uint64(0)
	stop := make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapInuse)
			}
		}
	}()
	start := time.Now()
	var buf bytes.Buffer
	if _, err := Render(&buf, doc); err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	stop <- true
	t.Logf("heap in use before %d MB, peak %d MB", m0.HeapInuse>>20, peak>>20)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	t.Logf("%d activities: %v, %d bytes, alloc %d MB, heap sys %d MB", n, el, buf.Len(), (m.TotalAlloc-m0.TotalAlloc)>>20, m.HeapSys>>20)
	os.WriteFile("/tmp/wb/big.xlsx", buf.Bytes(), 0o644)
}
