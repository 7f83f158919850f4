package safefile

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode/utf8"
)

// MaxName is the longest file name FitName makes, in bytes: well under
// the 255 bytes every file system allows, so that the name also fits in a
// Windows path of 260 characters in a folder of some depth.
const MaxName = 120

// FitName is stem+suffix, or, when that is longer than MaxName, stem cut
// short with a hash of the whole stem after it, so that two long names
// that differ only at their end stay two names. suffix (such as
// "-2025-T1.pdf") is kept whole.
func FitName(stem, suffix string) string {
	if len(stem)+len(suffix) <= MaxName {
		return stem + suffix
	}
	sum := sha256.Sum256([]byte(stem))
	tag := "-" + hex.EncodeToString(sum[:4])
	return cut(stem, MaxName-len(suffix)-len(tag)) + tag + suffix
}

// cut is s cut to at most n bytes, at the start of a character.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	n = max(n, 0)
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
