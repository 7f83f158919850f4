package safefile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
	"time"
)

// A Snapshot is a file read whole under its lock, to be replaced by a text
// computed from exactly those bytes. The lock is held until Close.
type Snapshot struct {
	Path   string // as given
	Target string // the file itself, its links resolved
	Data   []byte // as read
	mode   fs.FileMode
	lock   *Lock
	// lockErr is why the file could not be locked, when it can be read
	// but not replaced.
	lockErr error
	opts    Options
}

// Open takes the lock of the file at path, waiting while another holds it,
// and reads the file, at most limit bytes and one more (so that a caller
// can tell the file is too large). A folder is ErrFolder; a pipe or a
// device ErrNotRegular, and neither is opened. Close lets the lock go.
func Open(path string, limit int64, opts Options) (*Snapshot, error) {
	target, err := resolve(path)
	if err != nil {
		return nil, err
	}
	if _, err := regular(target); err != nil {
		return nil, err
	}
	s := &Snapshot{Path: path, Target: target, opts: opts}
	s.lock, err = LockFile(target, opts.Waiting)
	switch {
	case errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS):
		// A folder no one may write in: the file can be read (import -n)
		// but not replaced, so it needs no lock; Replace tells why.
		s.lockErr = &Error{Path: target, InFolder: true, Err: err}
	case err != nil:
		return nil, &Error{Path: target, InFolder: true, Err: err}
	}
	if s.Data, s.mode, err = read(target, limit); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Close lets the lock go.
func (s *Snapshot) Close() error {
	if s.lock == nil {
		return nil
	}
	return s.lock.Unlock()
}

// Writable tells whether the file may be replaced: ErrReadOnly when it is
// marked read-only or this process may not write it.
func (s *Snapshot) Writable() error { return writable(s.Target) }

// Replace replaces the file with data if it is still byte for byte what
// was read; if not, nothing is written and the error is ErrChanged. Before
// the file is replaced its text is kept as a version (see SaveVersion)
// when keep is over 0; version is that copy's path.
func (s *Snapshot) Replace(data []byte, keep int) (version string, err error) {
	if s.opts.BeforeReplace != nil {
		s.opts.BeforeReplace()
	}
	if err := writable(s.Target); err != nil {
		return "", err
	}
	if s.lockErr != nil {
		return "", s.lockErr
	}
	now, mode, err := read(s.Target, int64(len(s.Data)))
	if err != nil {
		return "", err
	}
	if !bytes.Equal(now, s.Data) {
		return "", &fs.PathError{Op: "replace", Path: s.Path, Err: ErrChanged}
	}
	if keep > 0 {
		if version, err = SaveVersion(s.Target, s.Data, mode, keep, time.Now(), s.opts); err != nil {
			return "", fmt.Errorf("%w: %w", ErrVersion, err)
		}
	}
	return version, writeAs(s.Target, mode, func(w io.Writer) error { _, err := w.Write(data); return err }, s.opts)
}

// ReadRegular reads a file that must be a regular file, at most limit
// bytes and one more. A folder is ErrFolder; a pipe or a device is
// ErrNotRegular, and is not opened: opening one can wait forever.
func ReadRegular(path string, limit int64) ([]byte, error) {
	data, _, err := read(path, limit)
	return data, err
}

// read reads path, which must be a regular file.
func read(path string, limit int64) ([]byte, fs.FileMode, error) {
	if _, err := regular(path); err != nil {
		return nil, 0, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, 0, err
	}
	// Room for the whole file at once, and for a few bytes it may have
	// grown by.
	buf := bytes.NewBuffer(make([]byte, 0, min(st.Size(), limit)+bytes.MinRead))
	_, err = buf.ReadFrom(io.LimitReader(f, limit+1))
	return buf.Bytes(), st.Mode().Perm(), err
}

// regular checks that path is a regular file, without opening it.
func regular(path string) (fs.FileInfo, error) {
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, err
	case st.IsDir():
		return nil, &fs.PathError{Op: "read", Path: path, Err: ErrFolder}
	case !st.Mode().IsRegular():
		return nil, &fs.PathError{Op: "read", Path: path, Err: ErrNotRegular}
	}
	return st, nil
}

// writable is ErrReadOnly for a file marked read-only (no one may write
// it: Windows' read-only attribute, or chmod 0444, which root too is held
// to here) or one this process may not open for writing. Opening it
// changes nothing.
func writable(path string) error {
	st, err := regular(path)
	if err != nil {
		return err
	}
	readOnly := &fs.PathError{Op: "write", Path: path, Err: ErrReadOnly}
	if st.Mode().Perm()&0o222 == 0 {
		return readOnly
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if errors.Is(err, fs.ErrPermission) {
		return readOnly
	}
	if err != nil {
		return err
	}
	return f.Close()
}
