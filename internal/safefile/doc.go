// Package safefile writes files so that nothing anyone wrote is lost: not
// by a crash, not by two programs at once, and not by writing over a file
// that was not what it seemed.
//
// Write replaces a file atomically: the new bytes go into a temporary file
// in the same folder, which is synced and then renamed over the old one. A
// reader sees the old file or the new one, never half of one. The file is
// written through a symbolic link (the link stays a link), keeps its mode
// (a private file stays private; a new one is 0644), and a folder in its
// place is refused. Temporary files are named with a tag of the computer
// and the process id, and one is removed only by the process that made it
// or, left by a process killed outright, once the computer it was made on
// says that process is gone: a live write of another process, or of
// another computer sharing the folder, is never taken away.
//
// A source that a command rewrites (import, or the workspace) is handled as
// a Snapshot: Open takes the file's lock, waiting while another process
// holds it, and reads the file once; the command computes from exactly
// those bytes; Replace checks, still under the lock, that the file on disk
// is byte for byte what was read, keeps the old text as a version, and
// only then replaces it. A file changed meanwhile by a program that takes
// no lock (an editor's save) is ErrChanged, and nothing is written. The
// lock is an OS lock (flock on Unix, LockFileEx on Windows) on a small
// file beside the source, ".NAME.lock": the OS releases it when the
// process ends, however it ends, so a crash cannot leave it stuck.
//
// FitName shortens a file name that would be too long for some system,
// keeping it unique with a short hash.
package safefile
