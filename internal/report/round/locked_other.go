//go:build !windows

package round

import "errors"

// isLocked tells whether a file could not be replaced because another
// program holds it open. Only Windows refuses that; elsewhere a file open
// in another program is replaced, and that program keeps the old one.
func isLocked(err error) bool { return errors.Is(err, ErrLocked) }
