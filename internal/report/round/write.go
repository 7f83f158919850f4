package round

import (
	"errors"
	"io"
	"os"
	"path/filepath"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/safefile"
)

// ErrLocked is a file that another program holds open, so that it cannot
// be replaced (the PDF open in a reader, the workbook in Excel, on
// Windows). Tests make a rename fail with it to stand for Windows.
var ErrLocked = errors.New("the file is open in another program")

// Whole tells an error of WriteFile that names the file and says what to
// do itself, so that it is told as it is rather than wrapped in "was not
// written".
func Whole(err error) bool { return errors.Is(err, ErrLocked) || errors.Is(err, safefile.ErrFolder) }

// WriteFile writes a file so that a reader never sees it half written
// (see safefile.Write): if write fails, or the process dies, the previous
// file is untouched and no partial file is left under the final name. Its
// errors are messages that name the file; the writer's own errors are
// returned as they are.
func WriteFile(path string, write func(io.Writer) error, opts safefile.Options) error {
	err := safefile.Write(path, write, opts)
	var fe *safefile.Error
	switch {
	case err == nil:
		return nil
	case errors.Is(err, safefile.ErrFolder):
		return msg.Wrap(err, msg.OutputIsFolder, path)
	case !errors.As(err, &fe):
		return err // the writer's own
	case fe.InFolder:
		return fail(msg.CannotWriteFolder, filepath.Dir(path), report.PlainOSError(fe.Err))
	case isLocked(fe.Err):
		return msg.Wrap(ErrLocked, msg.FileLocked, path)
	}
	return fail(msg.CannotSave, path, report.PlainOSError(fe.Err))
}

// CheckFolder makes an output folder if needed and checks that files can
// be made in it, so that a folder that cannot be written is one error
// rather than one per file.
func CheckFolder(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fail(msg.CannotMakeFolder, dir, report.PlainOSError(err))
	}
	probe, err := os.CreateTemp(dir, ".uppfoljning-*.tmp")
	if err != nil {
		return fail(msg.CannotWriteFolder, dir, report.PlainOSError(err))
	}
	probe.Close()
	return os.Remove(probe.Name())
}
