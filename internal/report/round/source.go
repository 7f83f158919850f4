package round

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/safefile"
)

// KeptVersions is how many earlier versions of a source an import keeps.
const KeptVersions = 10

// OpenSource reads a source to be rewritten, once, under its lock: another
// import (or page) waits until this one has written, and then reads what
// it wrote. The caller computes the change from exactly Snapshot.Data,
// writes it with Replace, and closes the snapshot.
func OpenSource(path string, opts safefile.Options) (*safefile.Snapshot, error) {
	snap, err := safefile.Open(path, report.MaxSourceBytes, opts)
	if err != nil {
		return nil, openError(path, err)
	}
	return snap, nil
}

// openError tells why a source to be rewritten could not be read or
// locked.
func openError(path string, err error) error {
	var fe *safefile.Error
	switch {
	case errors.Is(err, safefile.ErrFolder):
		return report.ErrorList{{File: path, Msg: msg.New(msg.IsFolder)}}
	case errors.Is(err, safefile.ErrNotRegular):
		return report.ErrorList{{File: path, Msg: msg.New(msg.NotRegularFile)}}
	case errors.As(err, &fe):
		return fail(msg.CannotWriteFolder, filepath.Dir(path), report.PlainOSError(fe.Err))
	}
	return report.ErrorList{{File: path, Msg: msg.New(msg.CannotReadFile, report.PlainOSError(err))}}
}

// Replace writes text as the source's new content, keeping the previous
// one as a version, only if the file still holds what the snapshot read: a
// file saved in an editor meanwhile is never overwritten (errors.Is(err,
// safefile.ErrChanged) then). It returns the kept version's name.
func Replace(snap *safefile.Snapshot, path string, text []byte) (version string, err error) {
	version, err = snap.Replace(text, KeptVersions)
	if err != nil {
		return "", replaceError(path, err)
	}
	return version, nil
}

// replaceError tells why a source was not replaced. Nothing was written.
func replaceError(path string, err error) error {
	var fe *safefile.Error
	switch {
	case errors.Is(err, safefile.ErrChanged):
		return msg.Wrap(err, msg.SourceChanged, path)
	case errors.Is(err, safefile.ErrReadOnly):
		return bad(msg.SourceReadOnly, path)
	case errors.Is(err, safefile.ErrVersion):
		return fail(msg.BakFailed, path, report.PlainOSError(err))
	case errors.As(err, &fe) && fe.InFolder:
		return fail(msg.CannotWriteFolder, filepath.Dir(path), report.PlainOSError(fe.Err))
	case errors.As(err, &fe) && isLocked(fe.Err):
		return msg.Wrap(ErrLocked, msg.FileLocked, path)
	}
	return fail(msg.NotWritten, path, path, report.PlainOSError(err))
}

// NewSource writes a new source for the promise period first–last, with
// placeholders to fill in, never over a file. What it writes must load:
// a period the rules refuse is told without the lines of a file that was
// never written.
func NewSource(path string, tpl *report.Template, municipality string, first, last int) error {
	text := report.Skeleton(tpl, municipality, first, last, path)
	if _, err := report.Parse(path, []byte(text), tpl); err != nil {
		var list report.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				e.Pos = report.Position{}
			}
		}
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	switch {
	case errors.Is(err, os.ErrExist):
		return bad(msg.FileExists, path)
	case err != nil:
		return fail(msg.CannotWrite, path, report.PlainOSError(err))
	}
	if _, err = io.WriteString(f, text); err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fail(msg.CannotWrite, path, report.PlainOSError(err))
	}
	return nil
}

// period is a promise period as a person writes it: one year, or two with
// a hyphen or an en dash, spaces allowed around them.
var period = regexp.MustCompile(`^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$`)

// ParsePeriod reads a promise period ("2025", "2025-2026", "2025–2026")
// into its first and last year; an empty one is thisYear alone.
func ParsePeriod(s string, thisYear int) (first, last int, ok bool) {
	if strings.TrimSpace(s) == "" {
		return thisYear, thisYear, true
	}
	m := period.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	first, _ = strconv.Atoi(m[1])
	last = first
	if m[2] != "" {
		last, _ = strconv.Atoi(m[2])
	}
	return first, last, true
}
