package claim

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/mention"
)

// durationDisplay writes a duration the way an editor compares two:
// "~75–90 min", "more than 120 min", "about 40 min", "11 days", "8 years".
func durationDisplay(d *mention.Duration) string {
	unit, size := durationUnit(d.Seconds)
	v := formatAmount(d.Seconds / size)
	switch d.Mod {
	case mention.ModLess:
		return fmt.Sprintf("~%s–%s %s", formatAmount(roundBound(d.Min/size)), v, unit)
	case mention.ModMore:
		return "more than " + lengthText(d.Seconds, unit, size)
	case mention.ModApprox:
		return "about " + lengthText(d.Seconds, unit, size)
	}
	return lengthText(d.Seconds, unit, size)
}

// lengthText writes a length in its unit; hours that are not whole or
// half keep their minutes ("6 h 40 min", not "6.666667 h").
func lengthText(seconds float64, unit string, size float64) string {
	if unit == "h" && !wholeOrHalf(seconds/size) {
		h := math.Floor(seconds / 3600)
		return fmt.Sprintf("%g h %g min", h, math.Round((seconds-h*3600)/60))
	}
	return formatAmount(seconds/size) + " " + unit
}

// durationUnit picks the unit a duration reads in: the largest of
// years and months that counts it in whole or half units, as the text
// most likely wrote it ("8 years", not "2,920 days"), else days.
func durationUnit(seconds float64) (string, float64) {
	const day, month, year = 86400.0, 30 * 86400.0, 365 * 86400.0
	switch {
	case seconds < 120:
		return "s", 1
	case seconds <= 3*3600:
		return "min", 60
	case seconds < 3*day:
		return "h", 3600
	case seconds >= year && wholeOrHalf(seconds/year):
		return "years", year
	case seconds >= 2*month && wholeOrHalf(seconds/month):
		return "months", month
	}
	return "days", day
}

// roundBound rounds a bound a hedge gave ("nearly four hours" is
// 3.33–4 h) to the tenth an editor reads.
func roundBound(x float64) float64 { return math.Round(x*10) / 10 }

// wholeOrHalf reports x as a whole or half number, within float noise.
func wholeOrHalf(x float64) bool {
	return math.Abs(x*2-math.Round(x*2)) < 1e-9
}

// numberDisplay writes a count with its hedge: "at least 41", "dozens
// (24–99)", "20%".
func numberDisplay(text string, n *mention.Number, scale float64, unit string) string {
	v := formatAmount(n.Value*scale) + unit
	lo, hi := formatAmount(n.Min*scale)+unit, formatAmount(n.Max*scale)+unit
	switch {
	case n.Vague && !math.IsInf(n.Max, 1):
		return fmt.Sprintf("%s–%s", lo, hi)
	case n.Mod == mention.ModMore && strings.HasPrefix(strings.ToLower(text), "at least"):
		return "at least " + lo
	case n.Mod == mention.ModMore:
		return "more than " + lo
	case n.Mod == mention.ModLess:
		return fmt.Sprintf("~%s–%s", lo, hi)
	case n.Mod == mention.ModApprox:
		return "about " + v
	}
	return v
}

func formatAmount(x float64) string {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return "∞"
	}
	if math.Abs(x) < 1e15 { // beyond, x*1e6 may overflow to infinity
		x = math.Round(x*1e6) / 1e6 // products like 0.2*100 carry float noise
		if math.Abs(x) >= 10 && x != math.Trunc(x) {
			x = math.Round(x) // a bound read from "nearly 250" is no finer than the figure
		}
	}
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return groupThousands(strconv.FormatInt(int64(x), 10))
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

func groupThousands(s string) string {
	neg := s != "" && s[0] == '-'
	if neg {
		s = s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}
