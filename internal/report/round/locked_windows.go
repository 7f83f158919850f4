package round

import (
	"errors"
	"syscall"
)

// isLocked tells whether a file could not be replaced because another
// program holds it open. Windows refuses to replace a file that Excel or a
// PDF reader has open: with a sharing or lock violation, or, when the
// program opened it for writing, with access denied (the folder itself has
// been written in already, so that is not the cause).
func isLocked(err error) bool {
	const (
		errorAccessDenied     = syscall.Errno(5)
		errorSharingViolation = syscall.Errno(32)
		errorLockViolation    = syscall.Errno(33)
	)
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return errors.Is(err, ErrLocked)
	}
	return errno == errorAccessDenied || errno == errorSharingViolation || errno == errorLockViolation
}
