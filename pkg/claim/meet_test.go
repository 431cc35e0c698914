package claim

import (
	"math"
	"testing"
)

func TestHalfLastDigit(t *testing.T) {
	for _, tc := range []struct{ x, want float64 }{
		{1150, 5}, {412, 0.5}, {6.4, 0.05}, {1.2e6, 5e4}, {40, 5}, {512e6, 5e5}, {0, 0}, {-38, 0.5},
	} {
		if got := halfLastDigit(tc.x); math.Abs(got-tc.want) > 1e-9*math.Max(1, tc.want) {
			t.Errorf("halfLastDigit(%v) = %v, want %v", tc.x, got, tc.want)
		}
	}
}

// Two exact figures meet when rounding either could explain the gap: no
// more than the tolerance, and for counts and amounts no more than their
// written digits allow.
func TestMeetRoundsNoMoreThanDigitsAllow(t *testing.T) {
	exact := func(kind Kind, slot string, v float64) *Claim {
		return &Claim{Kind: kind, Slot: slot, Lo: Bound(v), Hi: Bound(v), Exact: true}
	}
	const tol = 0.05
	for _, tc := range []struct {
		name string
		a, b *Claim
		want bool
	}{
		{"digits swapped", exact(KindQuantity, "money:USD:budget", 512e6), exact(KindQuantity, "money:USD:budget", 521e6), false},
		{"a rounded figure and a precise one", exact(KindQuantity, "count:home", 1.2e6), exact(KindQuantity, "count:home", 1.18e6), true},
		{"two close counts", exact(KindQuantity, "seat:hold", 81), exact(KindQuantity, "seat:hold", 79), false},
		{"a round count", exact(KindCasualties, "killed", 40), exact(KindCasualties, "killed", 38), false},
		{"a magnitude to one decimal", exact(KindQuantity, "measure:magnitude", 6.4), exact(KindQuantity, "measure:magnitude", 6.1), false},
		{"a magnitude and its rounding", exact(KindQuantity, "measure:magnitude", 6.4), exact(KindQuantity, "measure:magnitude", 6.42), true},
		// Durations are counted in seconds their text did not use.
		{"two hours and a little more", exact(KindDuration, "duration:meeting", 7200), exact(KindDuration, "duration:meeting", 7320), true},
	} {
		if got := Meet(tc.a, tc.b, tol); got != tc.want {
			t.Errorf("%s: Meet = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A figure rounds in the unit its text used: "six miles" stands for 5.5
// to 6.5 miles, which holds "10 kilometres"; in the base unit the two
// read as 9,656 and 10,000 metres.
func TestRoundingInTheStatedUnit(t *testing.T) {
	const tol = 0.05
	for _, tc := range []struct {
		a, b   string // sentence, figure
		fa, fb string
		want   bool
	}{
		{"The quake struck at a depth of six miles.", "The quake struck at a depth of 10 kilometres.", "six", "10", true},
		{"The tailback stretched for three miles.", "The tailback stretched for five kilometres.", "three", "five", true},
		{"The gauge read 8.4 metres at dawn.", "The gauge read 7.9 metres at dawn.", "8.4", "7.9", false},
		{"The convoy drove 120 kilometres on Monday.", "The convoy drove 112 kilometres on Monday.", "120", "112", false},
		{"The convoy drove 44 miles on Monday.", "The convoy drove 45 miles on Monday.", "44", "45", false},
	} {
		a, b := claimOn(t, tc.a, tc.fa), claimOn(t, tc.b, tc.fb)
		if a == nil || b == nil {
			t.Errorf("%q / %q: no claim", tc.a, tc.b)
			continue
		}
		if got := Meet(a, b, tol); got != tc.want {
			t.Errorf("%q (%v..%v) meets %q (%v..%v) = %v, want %v", tc.a, a.Lo, a.Hi, tc.b, b.Lo, b.Hi, got, tc.want)
		}
	}
}

// A vague magnitude stretches beyond its word's sense as news uses it:
// "dozens" holds 22 but not 12, "hundreds" holds 170 but not 120;
// "thousands" holds 14,000 but not 30,000.
func TestVagueMagnitudes(t *testing.T) {
	vague := func(lo, hi float64) *Claim {
		return &Claim{Kind: KindCasualties, Slot: "hospitalised", Lo: Bound(lo), Hi: Bound(hi), Vague: true}
	}
	exact := func(v float64) *Claim {
		return &Claim{Kind: KindCasualties, Slot: "hospitalised", Lo: Bound(v), Hi: Bound(v), Exact: true}
	}
	for _, tc := range []struct {
		name string
		a, b *Claim
		want bool
	}{
		{"dozens and 22", vague(24, 99), exact(22), true},
		{"dozens and 12", vague(24, 99), exact(12), false},
		{"hundreds and 170", vague(200, 999), exact(170), true},
		{"hundreds and 120", vague(200, 999), exact(120), false},
		{"thousands and 14,000", vague(2000, 9999), exact(14000), true},
		{"thousands and 30,000", vague(2000, 9999), exact(30000), false},
		{"an exact 24 and 22", exact(24), exact(22), false},
		{"tens and hundreds of thousands", vague(1e4, 99999), vague(1e5, 999999), false},
	} {
		if got := Meet(tc.a, tc.b, 0.05); got != tc.want {
			t.Errorf("%s: Meet = %v, want %v", tc.name, got, tc.want)
		}
	}
}
