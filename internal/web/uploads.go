package web

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"path/filepath"
	"sync"

	"uppfoljning/internal/report/round"
	"uppfoljning/internal/report/xlsx"
)

// Limits on workbooks sent from the browser: each within import's limit,
// and so many at a time that the workspace's memory stays bounded.
const (
	maxBooks      = 40
	maxBatchBytes = 100 << 20
	keptBatches   = 4
)

var errTooLarge = errors.New("the workbooks are too large")

// uploads keeps the workbooks of the latest previews in memory, between
// the preview and "För in": a handful, the oldest forgotten first.
type uploads struct {
	mu    sync.Mutex
	order []string
	books map[string]batch
}

// batch is the workbooks sent for one preview, for one source.
type batch struct {
	source string
	books  []round.Workbook
}

func newUploads() *uploads { return &uploads{books: map[string]batch{}} }

func (u *uploads) put(b batch) string {
	id := make([]byte, 16)
	rand.Read(id)
	key := hex.EncodeToString(id)
	u.mu.Lock()
	defer u.mu.Unlock()
	u.books[key] = b
	u.order = append(u.order, key)
	for len(u.order) > keptBatches {
		delete(u.books, u.order[0])
		u.order = u.order[1:]
	}
	return key
}

func (u *uploads) get(key, source string) (batch, bool) {
	u.mu.Lock()
	defer u.mu.Unlock()
	b, ok := u.books[key]
	return b, ok && b.source == source
}

// readUploads reads the workbooks of a multipart form, part by part,
// refusing more than the limits allow before reading it all. Each keeps
// only its file's name, never the path a browser may send with it.
func readUploads(w http.ResponseWriter, r *http.Request) (fields map[string]string, books []round.Workbook, err error) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBatchBytes+1<<20)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, nil, err
	}
	fields = map[string]string{}
	total := 0
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return fields, books, nil
		}
		if err != nil {
			return nil, nil, tooLarge(err)
		}
		if part.FileName() == "" {
			v, err := io.ReadAll(io.LimitReader(part, 1<<10))
			if err != nil {
				return nil, nil, tooLarge(err)
			}
			fields[part.FormName()] = string(v)
			continue
		}
		data, err := readPart(part)
		if err != nil {
			return nil, nil, err
		}
		if len(data) == 0 {
			continue // a file input left empty
		}
		total += len(data)
		if len(books) == maxBooks || total > maxBatchBytes {
			return nil, nil, errTooLarge
		}
		books = append(books, round.Workbook{Name: filepath.Base(filepath.FromSlash(part.FileName())), Data: data})
	}
}

// readPart reads one file, no more than import would read of it.
func readPart(part *multipart.Part) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(part, xlsx.MaxWorkbookBytes+1))
	switch {
	case err != nil:
		return nil, tooLarge(err)
	case len(data) > xlsx.MaxWorkbookBytes:
		return nil, errTooLarge
	}
	return data, nil
}

func tooLarge(err error) error {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return errTooLarge
	}
	return err
}
