package report_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"uppfoljning/internal/msg"
	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

// The tests in this file guard what a source is asked once it is read:
// who is responsible for what, which tertial a report is for, which
// activities still lack a note; and how a file is read into a source: its
// size limit and its encoding.

// querySource parses a source and fails the test if it is refused.
func querySource(t *testing.T, text string) *report.Source {
	t.Helper()
	return reporttest.Source(t, "q.toml", reporttest.Text([]byte(text)))
}

// TestByResponsible: the reminders and the list by party group the
// activities under each party named responsible, in the order the source
// first names them; an activity with several parties is under each, once
// even when a party is named twice; the activities no one is named for
// come last, under no name, and only when there are such activities.
func TestByResponsible(t *testing.T) {
	src := querySource(t, `title = "T"
municipality = "M"
period = "2020"
[[promise]]
text = "P1"
[[promise.activity]]
text = "A1"
responsible = ["Kommunen", "Polisen"]
[[promise.activity]]
text = "A2"
responsible = "Polisen"
[[promise.activity]]
text = "A3"
[[promise.activity]]
text = "A4"
responsible = ["Kommunen", "Kommunen"]
[[promise]]
text = "P2"
[[promise.activity]]
text = "A5"
responsible = "Räddningstjänsten"
`)
	show := func(parties []report.Party) string {
		var b strings.Builder
		for _, p := range parties {
			fmt.Fprintf(&b, "%q:%v ", p.Name, p.Activities)
		}
		return strings.TrimSpace(b.String())
	}
	for _, c := range []struct {
		name string
		refs []report.ActivityRef
		want string
	}{
		{"all", src.All(), `"Kommunen":[{0 0} {0 3}] "Polisen":[{0 0} {0 1}] "Räddningstjänsten":[{1 0}] "":[{0 2}]`},
		{"everyone named", []report.ActivityRef{{0, 3}, {1, 0}, {0, 0}}, `"Kommunen":[{0 3} {0 0}] "Räddningstjänsten":[{1 0}] "Polisen":[{0 0}]`},
		{"no one named", []report.ActivityRef{{0, 2}}, `"":[{0 2}]`},
		{"none", nil, ``},
	} {
		if got := show(src.ByResponsible(c.refs)); got != c.want {
			t.Errorf("%s: got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// TestStatusWithoutNoteIsAFollowup: a follow-up with a status and no note
// has been written, whichever status it is, the template's first
// included; only one with neither is a placeholder. Otherwise an activity
// marked "ej påbörjad" would be reported as missing its follow-up.
func TestStatusWithoutNoteIsAFollowup(t *testing.T) {
	src := querySource(t, `title = "T"
municipality = "M"
period = "2020"
[[promise]]
text = "P"
[[promise.activity]]
text = "A1"
[[promise.activity.followup]]
tertial = "2020-T2"
status = "ej påbörjad"
[[promise.activity]]
text = "A2"
[[promise.activity.followup]]
tertial = "2020-T1"
note = "Gjort."
[[promise.activity.followup]]
tertial = "2020-T2"
status = ""
note = ""
`)
	first := src.Activity(report.ActivityRef{0, 0}).Followup(2020, 2)
	if first == nil || first.Status != 0 || first.Placeholder() {
		t.Errorf("status %q without a note: %+v, want a follow-up with status 0", "ej påbörjad", first)
	}
	if p := src.Activity(report.ActivityRef{0, 1}).Followup(2020, 2); p == nil || !p.Placeholder() {
		t.Errorf("status and note empty: %+v, want a placeholder", p)
	}
	if got := fmt.Sprint(src.Missing(2020, 2)); got != "[{0 1}]" {
		t.Errorf("missing in 2020-T2: %s, want [{0 1}]", got)
	}
	if y, n := src.DefaultTertial(); y != 2020 || n != 2 {
		t.Errorf("default tertial %d-T%d, want 2020-T2", y, n)
	}
}

// TestDefaultTertialAcrossActivities: the default tertial is the latest
// of all follow-ups, whichever activity comes first in the source: a
// report is not built for an earlier tertial because a later activity's
// follow-up is older.
func TestDefaultTertialAcrossActivities(t *testing.T) {
	for _, c := range []struct {
		first, second, want string
	}{
		{"2020-T2", "2020-T1", "2020-T2"},
		{"2020-T1", "2020-T2", "2020-T2"},
		{"2021-T1", "2020-T3", "2021-T1"},
		{"2020-T3", "2020-T3", "2020-T3"},
	} {
		src := querySource(t, fmt.Sprintf(`title = "T"
municipality = "M"
period = "2020-2021"
[[promise]]
text = "P"
[[promise.activity]]
text = "A1"
followup = [{ tertial = %q, note = "Gjort." }]
[[promise.activity]]
text = "A2"
followup = [{ tertial = %q, note = "Gjort." }]
`, c.first, c.second))
		if y, n := src.DefaultTertial(); fmt.Sprintf("%d-T%d", y, n) != c.want {
			t.Errorf("follow-ups %s, %s: default %d-T%d, want %s", c.first, c.second, y, n, c.want)
		}
	}
}

// TestCurrentTertial: the tertial a day falls in is T1 for January to
// April, T2 for May to August, T3 for September to December; a day before
// the period gives its first tertial, a day after it its last.
func TestCurrentTertial(t *testing.T) {
	src := querySource(t, "title = \"T\"\nmunicipality = \"M\"\nperiod = \"2020-2022\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n")
	for _, c := range []struct {
		day, want string
	}{
		{"2020-01-01", "2020-T1"},
		{"2020-04-30", "2020-T1"},
		{"2020-05-01", "2020-T2"},
		{"2020-08-31", "2020-T2"},
		{"2020-09-01", "2020-T3"},
		{"2020-12-31", "2020-T3"},
		{"2021-03-15", "2021-T1"},
		{"2021-06-15", "2021-T2"},
		{"2022-06-15", "2022-T2"},
		{"2022-10-01", "2022-T3"},
		{"2019-12-31", "2020-T1"},
		{"2019-06-15", "2020-T1"},
		{"2023-01-01", "2022-T3"},
		{"2023-06-15", "2022-T3"},
	} {
		day, err := time.Parse(time.DateOnly, c.day)
		if err != nil {
			t.Fatal(err)
		}
		if y, n := src.CurrentTertial(day); fmt.Sprintf("%d-T%d", y, n) != c.want {
			t.Errorf("%s: tertial %d-T%d, want %s", c.day, y, n, c.want)
		}
	}
}

// TestSizeLimit: a source of exactly MaxSourceBytes is not too large: it
// is read as text and told of its first real problem; one byte more is
// refused as too large. Reading stops at the limit: a file without end is
// refused as too large instead of filling the memory.
func TestSizeLimit(t *testing.T) {
	const tooLarge = "the file is larger than 20 MB; a source holds text only, so this is not a source file"
	// Windows-1252, found without reading on; then a comment to the limit.
	data := bytes.Repeat([]byte{'x'}, report.MaxSourceBytes+1)
	copy(data, "title = \"\xc5tg\xe4rder\"\n#")
	for _, c := range []struct {
		size int
		want string
	}{
		{report.MaxSourceBytes, "x.toml:1:10: the file is not UTF-8 text here (was it saved as Windows-1252 or Latin-1?); save it as UTF-8 and try again"},
		{report.MaxSourceBytes + 1, "x.toml: " + tooLarge},
	} {
		if _, err := report.Parse("x.toml", data[:c.size], reporttest.Template(t)); err == nil || msg.Text(err, msg.English) != c.want {
			t.Errorf("%d bytes: got %v, want %q", c.size, err, c.want)
		}
	}

	const endless = "/dev/zero"
	f, err := os.Open(endless)
	if err != nil {
		t.Logf("no %s to read: %v", endless, err)
		return
	}
	f.Close()
	if _, err := report.Load(endless, reporttest.Template(t)); err == nil || msg.Text(err, msg.English) != endless+": "+tooLarge {
		t.Errorf("%s: got %v, want %q", endless, err, tooLarge)
	}
}

// utf16Bytes encodes s as UTF-16, as Notepad's "Unicode" saves it, with
// a byte order mark when bom is set.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	order := binary.AppendByteOrder(binary.LittleEndian)
	if bigEndian {
		order = binary.BigEndian
	}
	var out []byte
	if bom {
		out = order.AppendUint16(out, 0xFEFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

// TestUTF16Sources: a source saved as UTF-16 is read as the text it
// holds, characters outside the Basic Multilingual Plane (written as two
// units) included; a UTF-16 file that is cut short or holds half a
// surrogate pair is refused at the first character that is not whole.
func TestUTF16Sources(t *testing.T) {
	const title = "Trygghet 😀 för 🏠 alla"
	body := "title = \"" + title + "\"\nmunicipality = \"M\"\nperiod = \"2020\"\n[[promise]]\ntext = \"P\"\n[[promise.activity]]\ntext = \"A\"\n"
	for _, bigEndian := range []bool{false, true} {
		src, err := report.Parse("u.toml", utf16Bytes(body, bigEndian, true), reporttest.Template(t))
		if err != nil {
			t.Fatalf("big endian %v: %s", bigEndian, msg.Text(err, msg.English))
		}
		if src.Title.S != title {
			t.Errorf("big endian %v: title %q, want %q", bigEndian, src.Title.S, title)
		}
	}

	const broken = "the file is marked as Unicode (UTF-16) but is not whole here; save it again, as UTF-8"
	le := func(s string) []byte { return utf16Bytes(s, false, false) }
	join := func(parts ...[]byte) []byte {
		out := []byte{0xFF, 0xFE}
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	high, low := []byte{0x3D, 0xD8}, []byte{0x00, 0xDE} // 😀, little endian
	for _, c := range []struct {
		name string
		data []byte
		at   string
	}{
		{"one odd byte", join([]byte{'t'}), "1:1"},
		{"an odd last byte", join(le("title"), []byte{'x'}), "1:6"},
		{"a high surrogate last", join(le("ti"), high), "1:3"},
		{"a high surrogate and an odd byte", join(high, []byte{'x'}), "1:1"},
		{"a high surrogate without its pair", join(le("t"), high, le("a = 1")), "1:2"},
		{"a low surrogate alone", join(le("tå"), low, le("a = 1")), "1:3"},
		{"a pair, then an odd byte", join(high, low, []byte{'x'}), "1:2"},
		{"big endian, cut short", append(utf16Bytes("title = 1\n\"å", true, true), 0x00), "2:3"},
	} {
		_, err := report.Parse("u.toml", c.data, reporttest.Template(t))
		if want := "u.toml:" + c.at + ": " + broken; err == nil || msg.Text(err, msg.English) != want {
			t.Errorf("%s: got %v, want %q", c.name, err, want)
		}
	}
}

// TestNotUTF8Text: a file that is not UTF-8 is refused at the first byte
// that is not; one that holds a NUL byte is binary, not text in another
// encoding, even when the NUL is its very first byte (UTF-16 saved
// without a byte order mark).
func TestNotUTF8Text(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"Windows-1252", []byte("title = \"\xc5tg\xe4rder\"\n"), "w.toml:1:10: the file is not UTF-8 text here (was it saved as Windows-1252 or Latin-1?); save it as UTF-8 and try again"},
		{"UTF-16 without a mark", utf16Bytes("title = \"Åtgärder\"\n", true, false), "w.toml:1:1: the file is not text (it holds binary data); save the source as plain text in UTF-8"},
		{"a NUL later", []byte("title = \"T\x00\xe4\"\n"), "w.toml:1:11: the file is not text (it holds binary data); save the source as plain text in UTF-8"},
	} {
		_, err := report.Parse("w.toml", c.data, reporttest.Template(t))
		if err == nil || msg.Text(err, msg.English) != c.want {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}
