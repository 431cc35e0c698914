package claim

import (
	"math"
	"strconv"
	"strings"
)

// Meet reports whether two values of one measure can both hold. Exact
// figures are read with the rounding tolerance tol either side; shares
// round in points, not in proportion (51.8% is not 54.3%, but 9.4% is
// 9.45%). A count or amount is rounded no more than its written digits
// allow: "$512m" is not "$521m", though the two lie within tol.
func Meet(a, b *Claim, tol float64) bool {
	if strings.HasPrefix(a.Slot, "percent:") || strings.HasPrefix(a.Slot, "points:") {
		const halfPoint = 0.5
		return float64(a.Lo)-halfPoint <= float64(b.Hi) && float64(b.Lo)-halfPoint <= float64(a.Hi)
	}
	decimal := a.Kind == KindQuantity || a.Kind == KindCasualties
	aLo, aHi := widen(float64(a.Lo), float64(a.Hi), a.Exact, decimal, tol)
	bLo, bHi := widen(float64(b.Lo), float64(b.Hi), b.Exact, decimal, tol)
	if a.Vague != b.Vague {
		// Against a figure, a vague magnitude is taken as loosely as
		// news takes it; two vague magnitudes ("tens of thousands",
		// "hundreds of thousands") keep their orders apart.
		aLo, bLo = stretchVague(aLo, a.Vague), stretchVague(bLo, b.Vague)
		aHi, bHi = stretchVagueUp(aHi, a.Vague), stretchVagueUp(bHi, b.Vague)
	}
	return aLo <= bHi && bLo <= aHi
}

// vagueStretch is how far below its word's sense news takes a vague
// magnitude: "dozens of people" for 22, "hundreds" for 170.
const vagueStretch = 0.2

func stretchVague(lo float64, vague bool) float64 {
	if vague {
		return lo * (1 - vagueStretch)
	}
	return lo
}

// vagueReach is how far above its word's sense news takes a vague
// magnitude: "thousands fled" of 14,000, "hundreds of homes" of 1,300.
const vagueReach = 1.5

func stretchVagueUp(hi float64, vague bool) float64 {
	if vague {
		return hi * vagueReach
	}
	return hi
}

// widen gives an exact figure its rounding either side: half of tol, so
// two exact figures meet when they differ by tol at most, and for a
// decimal figure no more than half a unit of its last significant digit
// (1,150 may stand for 1,145 to 1,155; 1,200 for anything tol allows).
// Durations and dates are counted in units their text did not use
// ("three days" in seconds), so their digits say nothing of rounding.
func widen(lo, hi float64, exact, decimal bool, tol float64) (float64, float64) {
	if !exact || tol <= 0 {
		return lo, hi
	}
	slack := func(x float64) float64 {
		s := math.Abs(x) * tol / 2
		if decimal {
			s = math.Min(s, halfLastDigit(x))
		}
		return s
	}
	return lo - slack(lo), hi + slack(hi)
}

// halfLastDigit is half a unit of the last significant digit of x as
// written in decimal (5 for 1,150; 0.05 for 6.4; 50,000 for 1.2 million).
func halfLastDigit(x float64) float64 {
	x = math.Abs(x)
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return 0
	}
	digits := strconv.FormatFloat(x, 'e', -1, 64) // "1.15e+03"
	mantissa, exp, _ := strings.Cut(digits, "e")
	e, err := strconv.Atoi(exp)
	if err != nil {
		return 0
	}
	decimals := 0
	if _, frac, ok := strings.Cut(mantissa, "."); ok {
		decimals = len(frac)
	}
	return 0.5 * math.Pow(10, float64(e-decimals))
}

// Transposed reports two figures written with the same digits in another
// order ("€240,000" against "€420,000", "2.3 million" against "3.2
// million"): the mark of a slip of the pen or the keyboard, which makes
// them one figure miswritten far more often than two figures, or one
// figure and its update. The digits are read as written, hedges and
// units aside. Two small whole numbers ("12" and "21", "34" and "43")
// share their digits by chance too often to tell a slip: a swap counts
// from three digits, or two around a decimal point.
func Transposed(a, b *Claim) bool {
	if a.Tally != nil && b.Tally != nil && a.Tally.For == b.Tally.Against && a.Tally.Against == b.Tally.For {
		// "passed 73 to 58" and "lost the vote, 58 to 73": a tally told
		// from the other side, not a slip of the keyboard.
		return false
	}
	da, db := writtenDigits(a.Evidence.Text), writtenDigits(b.Evidence.Text)
	if len(da) != len(db) {
		// "2,400,000 euros" against "€4.2 million": the same figure
		// written two ways, read by its value.
		da, db = valueDigits(a), valueDigits(b)
	}
	if len(da) != len(db) || da == db || len(da) < 2 || len(da) == 2 && !(decimal(a.Evidence.Text) && decimal(b.Evidence.Text)) {
		return false
	}
	return sortedDigits(da) == sortedDigits(db) && strings.Count(da, da[:1]) < len(da)
}

// valueDigits are the digits of a count's or an amount's stated value,
// "" for other kinds, whose values are in units the text did not use.
func valueDigits(c *Claim) string {
	if c.Kind != KindQuantity && c.Kind != KindCasualties {
		return ""
	}
	fields, ok := c.Value.(map[string]any)
	if !ok {
		return ""
	}
	v, ok := fields["value"].(float64)
	if !ok {
		return ""
	}
	return strings.TrimLeft(strings.ReplaceAll(strconv.FormatFloat(v, 'f', -1, 64), ".", ""), "0")
}

// decimal: a figure written with a decimal point ("2.3 million").
func decimal(text string) bool {
	for i := 1; i+1 < len(text); i++ {
		if text[i] == '.' && text[i-1] >= '0' && text[i-1] <= '9' && text[i+1] >= '0' && text[i+1] <= '9' {
			return true
		}
	}
	return false
}

// writtenDigits are the digits of a figure's words in order: "1,908" and
// "1.908" give "1908".
func writtenDigits(text string) string {
	var b strings.Builder
	for _, r := range text {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func sortedDigits(s string) string {
	var counts [10]int
	for _, r := range s {
		counts[r-'0']++
	}
	var b strings.Builder
	for d, n := range counts {
		b.WriteString(strings.Repeat(string(rune('0'+d)), n))
	}
	return b.String()
}
