package report

import (
	"strconv"
	"strings"

	"uppfoljning/templates"
)

// Skeleton is the text of a new source for a promise period from first to
// last: every key, explained in Swedish comments, with one promise, one
// activity and a placeholder follow-up. It loads as it is. file names the
// source in the commands the comments show.
func Skeleton(tpl *Template, municipality string, first, last int, file string) string {
	period := strconv.Itoa(first)
	if last != first {
		period += "-" + strconv.Itoa(last)
	}
	r := strings.NewReplacer(
		"{title}", QuoteTOML("Lokala medborgarlöften i "+municipality+" "+period, false),
		"{municipality_q}", QuoteTOML(municipality, false),
		"{period_q}", QuoteTOML(period, false),
		"{municipality}", oneLine(municipality),
		"{period}", period,
		"{first}", strconv.Itoa(first),
		"{statuses}", strings.Join(tpl.Statuses.Words(), ", "),
		"{file}", oneLine(file),
	)
	return r.Replace(templates.NewSource)
}

// oneLine keeps a text that goes into a comment on its line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
