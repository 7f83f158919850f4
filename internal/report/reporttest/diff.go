package reporttest

import (
	"fmt"
	"strings"
)

// Diff shows how b differs from a, line by line, with two lines of context
// around each change: "-" for a line of a only, "+" for one of b only. It
// is for golden files that record an edit, so it is simple rather than
// fast (the longest common subsequence of the lines).
func Diff(a, b string) string {
	x, y := strings.SplitAfter(a, "\n"), strings.SplitAfter(b, "\n")
	n, m := len(x), len(y)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type line struct {
		op   byte
		text string
		at   int // line number in a (or b, for an added line)
	}
	var lines []line
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			lines = append(lines, line{' ', x[i], i + 1})
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			lines = append(lines, line{'+', y[j], j + 1})
			j++
		default:
			lines = append(lines, line{'-', x[i], i + 1})
			i++
		}
	}
	const context = 2
	var out strings.Builder
	last := -1
	for k, l := range lines {
		near := false
		for d := max(0, k-context); d <= min(len(lines)-1, k+context); d++ {
			near = near || lines[d].op != ' '
		}
		if !near {
			continue
		}
		if last >= 0 && k > last+1 {
			out.WriteString("…\n")
		}
		if last < 0 || k > last+1 {
			fmt.Fprintf(&out, "@@ line %d\n", l.at)
		}
		text := strings.TrimSuffix(l.text, "\n")
		text = strings.ReplaceAll(text, "\r", `\r`)
		fmt.Fprintf(&out, "%c %s\n", l.op, text)
		last = k
	}
	if out.Len() == 0 {
		return "(no change)\n"
	}
	return out.String()
}
