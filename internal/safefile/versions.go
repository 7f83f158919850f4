package safefile

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
)

// VersionsSuffix makes the name of the folder where the earlier versions
// of a file are kept: "eksjo.toml.versioner" beside "eksjo.toml".
const VersionsSuffix = ".versioner"

// VersionsFolder is the folder where the earlier versions of target are
// kept.
func VersionsFolder(target string) string { return target + VersionsSuffix }

// SaveVersion keeps data, a file's text before it is replaced, in the
// file's versions folder, named by the time (the computer's clock, to the
// millisecond) so that the names sort as the versions were made:
// "eksjo-20250115-143005-123.toml". Only the newest keep versions stay.
// The copy has the file's mode; the folder is private when the file is.
func SaveVersion(target string, data []byte, mode fs.FileMode, keep int, now time.Time, opts Options) (string, error) {
	dir := VersionsFolder(target)
	dirMode := fs.FileMode(0o755)
	if mode&0o044 == 0 {
		dirMode = 0o700
	}
	if err := os.MkdirAll(dir, dirMode); err != nil {
		return "", err
	}
	ext := filepath.Ext(target)
	stem := cut(strings.TrimSuffix(filepath.Base(target), ext), 80)
	var name string
	for {
		name = filepath.Join(dir, fmt.Sprintf("%s-%s-%03d%s", stem, now.Format("20060102-150405"), now.Nanosecond()/1e6, ext))
		if _, err := os.Lstat(name); os.IsNotExist(err) {
			break
		}
		now = now.Add(time.Millisecond)
	}
	if err := writeAs(name, mode, func(w io.Writer) error { _, err := w.Write(data); return err }, opts); err != nil {
		return "", err
	}
	return name, prune(dir, stem, ext, keep)
}

// prune removes all but the newest keep versions in dir. Other files
// there are left alone.
func prune(dir, stem, ext string, keep int) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	version := regexp.MustCompile(`^` + regexp.QuoteMeta(stem) + `-\d{8}-\d{6}-\d{3}` + regexp.QuoteMeta(ext) + `$`)
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && version.MatchString(e.Name()) {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	for _, n := range names[:max(len(names)-keep, 0)] {
		if err := os.Remove(filepath.Join(dir, n)); err != nil {
			return err
		}
	}
	return nil
}
