package safefile

import (
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// Options change how files are written; the zero value uses the OS.
type Options struct {
	// Rename replaces a file by another; nil is os.Rename. Tests make it
	// fail.
	Rename func(from, to string) error
	// Waiting, when set, is called when a lock is held by another and the
	// call is about to wait for it.
	Waiting func()
	// BeforeReplace, when set, is called under the lock just before
	// Replace checks the file: tests save the file there as an editor
	// would.
	BeforeReplace func()
}

func (o Options) rename(from, to string) error {
	if o.Rename == nil {
		return os.Rename(from, to)
	}
	return o.Rename(from, to)
}

// newFileMode is the mode of a file written where there was none.
const newFileMode fs.FileMode = 0o644

// pending holds this process's temporary files being written, so that an
// interrupted run can remove them.
var pending sync.Map

// RemovePending removes the temporary files this process is writing. It is
// for a run that is being interrupted (Ctrl-C).
func RemovePending() {
	pending.Range(func(name, _ any) bool {
		os.Remove(name.(string))
		return true
	})
}

// Write writes the file at path with write: into a temporary file in the
// same folder, synced, then renamed over the old one. If write fails,
// panics or the process dies, the previous file is untouched and no
// partial file is left under the final name. A symbolic link is written
// through; the file keeps its mode, and a new one gets 0644. A folder at
// path is ErrFolder.
func Write(path string, write func(io.Writer) error, opts Options) error {
	target, err := resolve(path)
	if err != nil {
		return &Error{Path: path, Err: err}
	}
	mode := newFileMode
	switch st, err := os.Stat(target); {
	case err == nil && st.IsDir():
		return &fs.PathError{Op: "write", Path: path, Err: ErrFolder}
	case err == nil:
		mode = st.Mode().Perm()
	}
	return writeAs(target, mode, write, opts)
}

// writeAs writes target, not a link, with mode.
func writeAs(target string, mode fs.FileMode, write func(io.Writer) error, opts Options) error {
	dir := filepath.Dir(target)
	prefix := tempPrefix(filepath.Base(target))
	clearStale(dir, prefix)
	tmp, err := os.CreateTemp(dir, prefix+strconv.Itoa(os.Getpid())+"-*.tmp")
	if err != nil {
		return &Error{Path: target, InFolder: true, Err: err}
	}
	pending.Store(tmp.Name(), true)
	renamed := false
	defer func() { // also when write panics
		pending.Delete(tmp.Name())
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		return &Error{Path: target, Err: err}
	}
	if err := tmp.Sync(); err != nil {
		return &Error{Path: target, Err: err}
	}
	if err := tmp.Close(); err != nil {
		return &Error{Path: target, Err: err}
	}
	if err := opts.rename(tmp.Name(), target); err != nil {
		return &Error{Path: target, Err: err}
	}
	renamed = true
	return nil
}

// resolve follows symbolic links to the file they name, so that the file
// is written and the link stays. A path that does not exist yet is itself.
func resolve(path string) (string, error) {
	st, err := os.Lstat(path)
	if err != nil || st.Mode()&fs.ModeSymlink == 0 {
		return path, nil
	}
	return filepath.EvalSymlinks(path)
}

// tempPrefix is how the names of this computer's temporary files for a
// file begin: ".NAME.HOST-", NAME cut short enough that the whole name fits
// every system, and HOST a hash of the computer's name, so that computers
// sharing a folder never take each other's files for their own. The
// process id and a random part follow.
func tempPrefix(base string) string {
	return "." + cut(base, 100) + "." + hostTag + "-"
}

var hostTag = func() string {
	name, _ := os.Hostname()
	h := fnv.New32a()
	io.WriteString(h, name)
	return fmt.Sprintf("%08x", h.Sum32())
}()

// clearStale removes the temporary files of this computer's processes
// that ended before they renamed them (killed outright, or a power cut).
// A file of a process still running is another write going on, and stays;
// so does any file whose name does not say which process made it.
func clearStale(dir, prefix string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") {
			continue
		}
		pid, _, ok := strings.Cut(name[len(prefix):], "-")
		n, err := strconv.Atoi(pid)
		if !ok || err != nil || n <= 0 || n == os.Getpid() || processAlive(n) {
			continue
		}
		os.Remove(filepath.Join(dir, name))
	}
}
