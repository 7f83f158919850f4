package safefile

import "errors"

var (
	// ErrChanged is a file that was changed by someone else since it was
	// read. Nothing was written; run again.
	ErrChanged = errors.New("the file was changed by someone else since it was read")
	// ErrReadOnly is a file marked read-only, or one this process may not
	// write: it is refused, not replaced.
	ErrReadOnly = errors.New("the file is read-only")
	// ErrFolder is a folder where a file is to be read or written.
	ErrFolder = errors.New("a folder is in the file's place")
	// ErrNotRegular is a named pipe, a device or a socket where a file is
	// to be read: reading one could wait forever.
	ErrNotRegular = errors.New("not a regular file")
	// ErrVersion is a file whose earlier version could not be kept, and
	// which was therefore not replaced.
	ErrVersion = errors.New("the previous version could not be kept")
)

// An Error is the file system refusing a write, as opposed to an error of
// the function that writes the bytes, which Write returns as it is.
type Error struct {
	Path string
	// InFolder tells that not even a temporary file could be made in
	// the file's folder.
	InFolder bool
	Err      error
}

func (e *Error) Error() string { return "write " + e.Path + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }
