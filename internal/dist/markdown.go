package main

import (
	"html"
	"regexp"
	"strings"
)

// The zips' documentation is read on managed PCs, where a Markdown file
// opens as raw text in Notepad, if at all. Each Swedish guide is written
// into the zip as one self-contained HTML page, which any browser opens
// with a double click. The guides use a small part of Markdown, and this
// renders exactly that part: headings, paragraphs, lists, tables, code
// blocks, and inline code, bold, italics and links.

// style is the pages' look: readable on a screen and when printed.
const style = `body{font-family:"Segoe UI",Arial,sans-serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}
code,pre{font-family:Consolas,"Courier New",monospace;background:#f3f3f3}
pre{padding:.6em;overflow-x:auto;white-space:pre-wrap}
table{border-collapse:collapse}th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}
h1,h2,h3{line-height:1.2}`

// renderPage turns a Swedish Markdown guide into a whole HTML page; its
// title is the first heading.
func renderPage(markdown string) string {
	lines := strings.Split(strings.ReplaceAll(markdown, "\r\n", "\n"), "\n")
	title := "uppfoljning"
	for _, l := range lines {
		if strings.HasPrefix(l, "# ") {
			title = strings.TrimSpace(l[2:])
			break
		}
	}
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html.EscapeString(title) + "</title>\n<style>\n" + style + "\n</style>\n</head>\n<body>\n")
	renderBlocks(&b, lines)
	b.WriteString("</body>\n</html>\n")
	return b.String()
}

var heading = regexp.MustCompile(`^(#{1,6}) (.*)$`)

// renderBlocks writes the blocks of lines: a block ends at an empty line
// or where another kind starts.
func renderBlocks(b *strings.Builder, lines []string) {
	for i := 0; i < len(lines); {
		line := lines[i]
		switch {
		case strings.TrimSpace(line) == "":
			i++
		case strings.HasPrefix(line, "```"):
			end := i + 1
			for end < len(lines) && !strings.HasPrefix(lines[end], "```") {
				end++
			}
			b.WriteString("<pre><code>" + html.EscapeString(strings.Join(lines[i+1:min(end, len(lines))], "\n")) + "</code></pre>\n")
			i = end + 1
		case heading.MatchString(line):
			m := heading.FindStringSubmatch(line)
			tag := "h" + string(rune('0'+len(m[1])))
			b.WriteString("<" + tag + ">" + inline(m[2]) + "</" + tag + ">\n")
			i++
		case strings.HasPrefix(line, "|"):
			i = table(b, lines, i)
		case strings.HasPrefix(line, "- "):
			i = list(b, lines, i)
		default:
			end := i
			for end < len(lines) && strings.TrimSpace(lines[end]) != "" && !startsBlock(lines[end]) || end == i {
				end++
			}
			b.WriteString("<p>" + inline(strings.Join(lines[i:end], "\n")) + "</p>\n")
			i = end
		}
	}
}

// startsBlock tells whether a line starts a block other than a paragraph.
func startsBlock(line string) bool {
	return strings.HasPrefix(line, "```") || heading.MatchString(line) || strings.HasPrefix(line, "|") || strings.HasPrefix(line, "- ")
}

// list writes the items of a list starting at line i; an item goes on
// over the indented lines after it. It returns the line after the list.
func list(b *strings.Builder, lines []string, i int) int {
	b.WriteString("<ul>\n")
	for i < len(lines) && strings.HasPrefix(lines[i], "- ") {
		item := []string{lines[i][2:]}
		for i++; i < len(lines) && strings.HasPrefix(lines[i], "  ") && strings.TrimSpace(lines[i]) != ""; i++ {
			item = append(item, strings.TrimSpace(lines[i]))
		}
		b.WriteString("<li>" + inline(strings.Join(item, "\n")) + "</li>\n")
	}
	b.WriteString("</ul>\n")
	return i
}

// table writes a table starting at line i: a heading row, a row of
// dashes, and the rows. It returns the line after the table.
func table(b *strings.Builder, lines []string, i int) int {
	b.WriteString("<table>\n")
	for row := 0; i < len(lines) && strings.HasPrefix(lines[i], "|"); i, row = i+1, row+1 {
		if row == 1 {
			continue // the row of dashes
		}
		tag := "td"
		if row == 0 {
			tag = "th"
		}
		b.WriteString("<tr>")
		for _, cell := range cells(lines[i]) {
			b.WriteString("<" + tag + ">" + inline(cell) + "</" + tag + ">")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n")
	return i
}

// cells splits a table row at its bars, leaving a bar inside `code` be.
func cells(row string) []string {
	row = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(row), "|"), "|")
	var out []string
	var cell strings.Builder
	inCode := false
	for _, r := range row {
		switch {
		case r == '`':
			inCode = !inCode
		case r == '|' && !inCode:
			out = append(out, strings.TrimSpace(cell.String()))
			cell.Reset()
			continue
		}
		cell.WriteRune(r)
	}
	return append(out, strings.TrimSpace(cell.String()))
}

var (
	inlineCode = regexp.MustCompile("`([^`]+)`")
	link       = regexp.MustCompile(`\[([^\]]+)\]\(([^)\s]+)\)`)
	bold       = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	italic     = regexp.MustCompile(`\*([^*\s][^*]*)\*`)
)

// inline renders a text's inline code, bold, italics and links. Code is
// set aside first, so that nothing inside it is taken as anything else.
func inline(s string) string {
	var codes []string
	s = inlineCode.ReplaceAllStringFunc(s, func(m string) string {
		codes = append(codes, "<code>"+html.EscapeString(m[1:len(m)-1])+"</code>")
		return "\x00" + string(rune('A'+len(codes)-1)) + "\x00"
	})
	s = strings.NewReplacer(`\\`, "\x02", `\*`, "\x01").Replace(s)
	s = html.EscapeString(s)
	s = link.ReplaceAllString(s, `<a href="$2">$1</a>`)
	s = bold.ReplaceAllString(s, "<strong>$1</strong>")
	s = italic.ReplaceAllString(s, "<em>$1</em>")
	s = strings.NewReplacer("\x01", "*", "\x02", `\`).Replace(s)
	for i, c := range codes {
		s = strings.Replace(s, "\x00"+string(rune('A'+i))+"\x00", c, 1)
	}
	return s
}
