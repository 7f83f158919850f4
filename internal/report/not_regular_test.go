package report_test

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// notRegular is a file that is neither a regular file nor a folder:
// the null device, which any system has. (A named pipe, tested where the
// system makes one, would make a reader wait forever.)
func notRegular(t *testing.T) string {
	if runtime.GOOS == "windows" {
		t.Skip("the null device has no path a logo can name")
	}
	return os.DevNull
}

// A source or a logo that is a pipe or a device is refused by its line,
// and never read.
func TestNotRegularFilesRefused(t *testing.T) {
	dev := notRegular(t)
	var told []string
	_, err := report.Load(dev, reporttest.Template(t))
	var list report.ErrorList
	if !errors.As(err, &list) || len(list) != 1 || list[0].File != dev {
		t.Fatalf("source %s: %v", dev, err)
	}
	told = append(told, list.In(msg.Swedish), list.In(msg.English))
	_, err = report.Parse(filepath.Join(t.TempDir(), "x.toml"), []byte("title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\nlogos = ["+strconv.Quote(dev)+
		"]\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"), reporttest.Template(t))
	if !errors.As(err, &list) || len(list) != 1 || list[0].Pos.Line != 4 {
		t.Fatalf("logo %s: %v", dev, err)
	}
	told = append(told, list[0].Msg.In(msg.Swedish), list[0].Msg.In(msg.English))
	golden(t, "not-regular.golden", []byte(strings.Join(told, "\n")+"\n"))
}

// A folder named as a source is told as a folder, not as an odd file.
func TestFolderSourceRefused(t *testing.T) {
	dir := t.TempDir()
	_, err := report.Load(dir, reporttest.Template(t))
	if err == nil || msg.Text(err, msg.English) != dir+": is a folder, not a file" {
		t.Errorf("got %v", err)
	}
}

// Lines that end in a CR alone, as old Macs wrote them, are told as such;
// a file with any LF is read as it is.
func TestCROnlyLineEnds(t *testing.T) {
	const lf = "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"
	for _, c := range []struct {
		name, text string
		crOnly     bool
	}{
		{"CR only", strings.ReplaceAll(lf, "\n", "\r"), true},
		{"CR only, a blank line first", "\r" + strings.ReplaceAll(lf, "\n", "\r"), true},
		{"LF", lf, false},
		{"CRLF", strings.ReplaceAll(lf, "\n", "\r\n"), false},
		{"CRLF after a blank LF line", "\n" + strings.ReplaceAll(lf, "\n", "\r\n"), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := report.Parse("x.toml", []byte(c.text), reporttest.Template(t))
			if got := err != nil && strings.Contains(err.Error(), "bara CR"); got != c.crOnly {
				t.Errorf("told as CR only: %v, want %v (%v)", got, c.crOnly, err)
			}
			if !c.crOnly && err != nil {
				t.Errorf("refused: %v", err)
			}
		})
	}
}
