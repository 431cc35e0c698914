package claim

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/mention"
)

func TestFormatAmount(t *testing.T) {
	tests := []struct {
		x    float64
		want string
	}{
		{0.2 * 100, "20"},
		{1234567, "1,234,567"},
		{2.5, "2.5"},
		{1e20, "100000000000000000000"},
		{1e305, "1" + strings.Repeat("0", 305)}, // x*1e6 would be infinite
		{-1e305, "-1" + strings.Repeat("0", 305)},
	}
	for _, tt := range tests {
		if got := formatAmount(tt.x); got != tt.want {
			t.Errorf("formatAmount(%g) = %.40q, want %.40q", tt.x, got, tt.want)
		}
	}
}

// A duration reads in the unit the text most likely used.
func TestDurationDisplay(t *testing.T) {
	const day = 86400.0
	for _, tc := range []struct {
		seconds float64
		want    string
	}{
		{90, "90 s"}, {5400, "90 min"}, {7 * 3600, "7 h"}, {11 * day, "11 days"},
		{6*3600 + 40*60, "6 h 40 min"}, {4.5 * 3600, "4.5 h"},
		{8 * 365 * day, "8 years"}, {1.5 * 365 * day, "1.5 years"}, {27 * 30 * day, "27 months"},
		{6 * 30 * day, "6 months"}, {400 * day, "400 days"},
	} {
		d := mention.Duration{Seconds: tc.seconds, Min: tc.seconds, Max: tc.seconds}
		if got := durationDisplay(&d); got != tc.want {
			t.Errorf("durationDisplay(%v s) = %q, want %q", tc.seconds, got, tc.want)
		}
	}
	nearly := mention.Duration{Seconds: 4 * 3600, Min: 4 * 3600 / 1.2, Max: 4 * 3600, Mod: mention.ModLess}
	if got := durationDisplay(&nearly); got != "~3.3–4 h" {
		t.Errorf("nearly four hours reads %q, want %q", got, "~3.3–4 h")
	}
}

// A figure in a unit shows in the unit it is compared in, so that a
// length never reads as a count ("25 km" is 25,000 m, not 25,000).
func TestUnitDisplay(t *testing.T) {
	for _, tc := range []struct{ text, evidence, want string }{
		{"The ship sank 25 kilometres off the cape.", "25", "25,000 m"},
		{"The tanker spilled 300 tonnes of oil.", "300", "300,000 kg"},
		{"The council hired 40 staff.", "40", "40"},
	} {
		c := claimOn(t, tc.text, tc.evidence)
		if c == nil {
			t.Errorf("%q: no claim on %q", tc.text, tc.evidence)
			continue
		}
		if c.Display != tc.want {
			t.Errorf("%q: display %q, want %q", tc.text, c.Display, tc.want)
		}
	}
}
