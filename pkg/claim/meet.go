package claim

import (
	"math"
	"strings"
)

// Meet reports whether two values of one measure can both hold. Exact
// figures are read with the rounding tolerance tol either side; shares
// round in points, not in proportion (51.8% is not 54.3%, but 9.4% is
// 9.45%).
func Meet(a, b *Claim, tol float64) bool {
	if strings.HasPrefix(a.Slot, "percent:") || strings.HasPrefix(a.Slot, "points:") {
		const halfPoint = 0.5
		return float64(a.Lo)-halfPoint <= float64(b.Hi) && float64(b.Lo)-halfPoint <= float64(a.Hi)
	}
	aLo, aHi := widen(float64(a.Lo), float64(a.Hi), a.Exact, tol)
	bLo, bHi := widen(float64(b.Lo), float64(b.Hi), b.Exact, tol)
	return aLo <= bHi && bLo <= aHi
}

func widen(lo, hi float64, exact bool, tol float64) (float64, float64) {
	if !exact || tol <= 0 {
		return lo, hi
	}
	// Each side takes half, so two exact figures meet when they differ by tol at most.
	return lo - math.Abs(lo)*tol/2, hi + math.Abs(hi)*tol/2
}
