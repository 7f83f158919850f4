package xlsx

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// A number in a cell is read as the text a Swedish Excel shows for it:
// with its format's decimals, a decimal comma, a no-break space between
// thousands, a percent sign, the format's own words ("0 \"st\""), and a
// date or a time as ISO 8601 ("2024-09-03", "12:00"), as Swedish Excel
// shows the built-in date format.

// builtInFormats are the codes of Excel's built-in number formats as a
// Swedish Excel shows them; the dates are only told apart from numbers.
var builtInFormats = map[int]string{
	0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
	5: `#,##0 "kr";-#,##0 "kr"`, 6: `#,##0 "kr";[Red]-#,##0 "kr"`, 7: `#,##0.00 "kr";-#,##0.00 "kr"`, 8: `#,##0.00 "kr";[Red]-#,##0.00 "kr"`,
	9: "0\u00a0%", 10: "0.00\u00a0%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
	14: "yyyy-mm-dd", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
	20: "hh:mm", 21: "hh:mm:ss", 22: "yyyy-mm-dd hh:mm",
	37: "#,##0 ;-#,##0", 38: "#,##0 ;[Red]-#,##0", 39: "#,##0.00;-#,##0.00", 40: "#,##0.00;[Red]-#,##0.00",
	41: `_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-`, 42: `_-* #,##0 "kr"_-;-* #,##0 "kr"_-;_-* "-" "kr"_-;_-@_-`,
	43: `_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-`, 44: `_-* #,##0.00 "kr"_-;-* #,##0.00 "kr"_-;_-* "-"?? "kr"_-;_-@_-`,
	45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
	// East Asian dates Excel may write: shown as dates.
	27: "yyyy-mm-dd", 28: "yyyy-mm-dd", 29: "yyyy-mm-dd", 30: "yyyy-mm-dd", 31: "yyyy-mm-dd", 32: "hh:mm", 33: "hh:mm:ss",
	34: "hh:mm", 35: "hh:mm:ss", 36: "yyyy-mm-dd", 50: "yyyy-mm-dd", 51: "yyyy-mm-dd", 52: "yyyy-mm-dd", 53: "yyyy-mm-dd",
	54: "yyyy-mm-dd", 55: "yyyy-mm-dd", 56: "yyyy-mm-dd", 57: "yyyy-mm-dd", 58: "yyyy-mm-dd",
}

// maxFormatLen is the longest number format Excel allows.
const maxFormatLen = 255

// formatNumber is the text code shows for v. ok is false when no text can
// show it: not a number, or not a date or time Excel can show.
func formatNumber(v float64, code string, date1904 bool) (string, bool) {
	if math.IsNaN(v) || math.IsInf(v, 0) || len(code) > maxFormatLen {
		return "", false
	}
	sections := splitSections(code)
	section := sections[0]
	switch {
	case v < 0 && len(sections) > 1:
		section, v = sections[1], -v
	case v == 0 && len(sections) > 2:
		section = sections[2]
	}
	if kind := dateKind(section); kind != "" {
		return formatDate(v, kind, date1904)
	}
	return formatDecimal(v, section)
}

// splitSections splits a format code at its semicolons outside quotes.
func splitSections(code string) []string {
	var out []string
	start, quoted := 0, false
	for i := 0; i < len(code); i++ {
		switch {
		case code[i] == '"':
			quoted = !quoted
		case quoted:
		case code[i] == '\\':
			i++
		case code[i] == ';':
			out = append(out, code[start:i])
			start = i + 1
		}
	}
	return append(out, code[start:])
}

// dateKind tells what a format section shows of a date serial: "date",
// "datetime", "time", "timesec", "elapsed" (hours beyond a day, [h]), or
// "" for a number.
func dateKind(section string) string {
	var date, hour, sec, elapsed bool
	plain := stripLiterals(section)
	if strings.Contains(plain, "[h") {
		elapsed = true
	}
	plain = strings.ReplaceAll(strings.ToLower(stripBrackets(plain)), "general", "")
	plain = strings.NewReplacer("am/pm", "", "a/p", "").Replace(plain)
	for _, c := range plain {
		switch c {
		case 'y', 'd', 'å':
			date = true
		case 'h':
			hour = true
		case 's':
			sec = true
		}
	}
	month := strings.ContainsRune(plain, 'm')
	switch {
	case elapsed:
		return "elapsed"
	case date || month && !hour && !sec:
		if hour || sec {
			return "datetime"
		}
		return "date"
	case sec:
		return "timesec"
	case hour:
		return "time"
	}
	return ""
}

// stripLiterals takes quoted texts and escaped characters out of a section.
func stripLiterals(section string) string {
	var b strings.Builder
	quoted := false
	for i := 0; i < len(section); i++ {
		switch c := section[i]; {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\\', c == '_', c == '*':
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func stripBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, c := range s {
		switch {
		case c == '[':
			depth++
		case c == ']' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// formatDate shows a date serial as ISO 8601, as Swedish Excel shows its
// date format; a serial before 1900 or after 9999 Excel shows as ####.
func formatDate(v float64, kind string, date1904 bool) (string, bool) {
	if v < 0 || v >= 2958466 {
		return "", false
	}
	if kind == "elapsed" {
		secs := int64(math.Round(v * 86400))
		return strconv.FormatInt(secs/3600, 10) + ":" + two(secs/60%60) + ":" + two(secs%60), true
	}
	t, err := excelize.ExcelDateToTime(v, date1904)
	if err != nil || t.Year() > 9999 {
		return "", false
	}
	t = t.Round(time.Second)
	switch kind {
	case "time":
		return t.Format("15:04"), true
	case "timesec":
		return t.Format("15:04:05"), true
	case "datetime":
		return t.Format("2006-01-02 15:04"), true
	}
	return t.Format("2006-01-02"), true
}

func two(n int64) string {
	if n < 10 {
		return "0" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}

// formatDecimal shows v by a number format section: its literal texts as
// they are, and the number with the decimals, thousands and percent its
// placeholders ask for, in Swedish.
func formatDecimal(v float64, section string) (string, bool) {
	var before, after strings.Builder
	var pattern strings.Builder // the placeholders 0 # ? , . E + -
	out := &before
	percent, general, text := 0, false, false
	for i := 0; i < len(section); i++ {
		c := section[i]
		switch {
		case c == '"':
			j := strings.IndexByte(section[i+1:], '"')
			if j < 0 {
				j = len(section) - i - 1
			}
			out.WriteString(section[i+1 : i+1+j])
			i += j + 1
		case c == '\\' && i+1 < len(section):
			out.WriteByte(section[i+1])
			i++
		case c == '_' && i+1 < len(section):
			out.WriteByte(' ') // room as wide as the next character
			i++
		case c == '*' && i+1 < len(section):
			i++ // fills the cell with the next character: nothing to read
		case c == '[':
			j := strings.IndexByte(section[i:], ']')
			if j < 0 {
				j = len(section) - i
			}
			if sym, ok := strings.CutPrefix(section[i+1:i+max(j, 1)], "$"); ok {
				sym, _, _ = strings.Cut(sym, "-")
				out.WriteString(sym)
			}
			i += j
		case strings.HasPrefix(strings.ToLower(section[i:]), "general"):
			general, out = true, &after
			i += len("general") - 1
		case c == '@':
			text = true
		case strings.IndexByte("0#?.,", c) >= 0 || (c == 'E' || c == 'e') && pattern.Len() > 0:
			pattern.WriteByte(c)
			if c == 'E' || c == 'e' {
				for i+1 < len(section) && strings.IndexByte("+-0#", section[i+1]) >= 0 {
					i++
					pattern.WriteByte(section[i])
				}
			}
			out = &after
		case c == '%':
			percent++
			out.WriteByte(c)
		default:
			out.WriteByte(c)
		}
	}
	if percent > 0 {
		v *= math.Pow(100, float64(percent))
	}
	if math.IsInf(v, 0) {
		return "", false // too large once a percent
	}
	switch {
	case general, pattern.Len() == 0 && (text || strings.TrimSpace(before.String()+after.String()) == ""):
		return before.String() + generalNumber(v) + after.String(), true
	case pattern.Len() == 0:
		return before.String() + after.String(), true
	}
	return before.String() + placeNumber(v, pattern.String()) + after.String(), true
}

// generalNumber shows v as Excel's General format does in Swedish: a
// whole number as it is, another with ten significant digits at most and a
// decimal comma.
func generalNumber(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strings.Replace(strconv.FormatFloat(v, 'g', 10, 64), ".", ",", 1)
}

// placeNumber writes v by the placeholders of a format: 0 a digit always
// shown, # and ? one shown when needed, "," between them thousands, ","
// at the end thousands divided away, "." the decimals, E an exponent.
func placeNumber(v float64, pattern string) string {
	mantissa, exponent, scientific := strings.Cut(strings.ToUpper(pattern), "E")
	for strings.HasSuffix(mantissa, ",") {
		mantissa = mantissa[:len(mantissa)-1]
		v /= 1000
	}
	intPart, decPart, _ := strings.Cut(mantissa, ".")
	minInt := strings.Count(intPart, "0")
	thousands := strings.Contains(intPart, ",")
	minDec := strings.Count(decPart, "0")
	maxDec := minDec + strings.Count(decPart, "#") + strings.Count(decPart, "?")
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	exp := 0
	if scientific && v != 0 {
		exp = int(math.Floor(math.Log10(v)))
		v /= math.Pow(10, float64(exp))
		if math.Round(v*math.Pow(10, float64(maxDec))) >= 10*math.Pow(10, float64(maxDec)) {
			v, exp = v/10, exp+1
		}
	}
	// Excel keeps 15 significant digits, and rounds half away from zero.
	v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	pow := math.Pow(10, float64(maxDec))
	if rounded := math.Round(v*pow) / pow; !math.IsInf(rounded, 0) && !math.IsNaN(rounded) {
		v = rounded
	}
	s := strconv.FormatFloat(v, 'f', maxDec, 64)
	whole, frac, _ := strings.Cut(s, ".")
	for len(frac) > minDec && strings.HasSuffix(frac, "0") {
		frac = frac[:len(frac)-1]
	}
	for len(whole) < minInt {
		whole = "0" + whole
	}
	if whole == "0" && minInt == 0 {
		whole = ""
	}
	if thousands {
		whole = groupThousands(whole)
	}
	if sign == "-" && strings.Trim(whole+frac, "0") == "" {
		sign = "" // rounds to zero
	}
	out := sign + whole
	if frac != "" || strings.HasSuffix(mantissa, ".") && maxDec == 0 {
		out += "," + frac
	}
	if scientific {
		e := strconv.Itoa(max(exp, -exp))
		for len(e) < strings.Count(exponent, "0") {
			e = "0" + e
		}
		signChar := "+"
		if exp < 0 {
			signChar = "-"
		} else if !strings.HasPrefix(exponent, "+") {
			signChar = ""
		}
		out += "E" + signChar + e
	}
	return out
}

// groupThousands puts a no-break space between each three digits, as
// Swedish Excel does.
func groupThousands(digits string) string {
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteRune('\u00a0')
		}
		b.WriteRune(c)
	}
	return b.String()
}
