package msg

import "strings"

// Shorten cuts a text a message or a page quotes to about n characters:
// at a space past its middle when there is one, without the punctuation
// left before the cut, and with "…" where it was cut.
func Shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}
