package claim

import (
	"testing"

	"github.com/crosscheck/crosscheck/pkg/document"
)

// A figure written with another's digits in another order is a slip;
// figures that merely differ, or share digits in another count, are not.
func TestTransposed(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"247", "274", true},
		{"2.3 million", "3.2 million", true},
		{"47", "74", false}, // two small numbers share digits by chance too often
		{"43 days", "34 days", false},
		{"€240,000", "€420,000", true},
		{"1,908", "1,098", true},
		{"about 2,400", "4,200", true},
		{"47", "48", false},
		{"47", "47", false},
		{"11", "11", false},
		{"120", "1,200", false}, // another count of digits: a factor of ten, not a swap
		{"1,150", "1,500", false},
		{"three", "four", false},
		{"7", "7", false},
	}
	for _, tc := range tests {
		a := &Claim{Evidence: document.Span{Text: tc.a}}
		b := &Claim{Evidence: document.Span{Text: tc.b}}
		if got := Transposed(a, b); got != tc.want {
			t.Errorf("Transposed(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// One figure written in words of scale and another in digits are read by
// their values.
func TestTransposedValues(t *testing.T) {
	amount := func(text string, v float64) *Claim {
		return &Claim{Kind: KindQuantity, Evidence: document.Span{Text: text}, Value: map[string]any{"value": v}}
	}
	if !Transposed(amount("2,400,000 euros", 2.4e6), amount("€4.2 million", 4.2e6)) {
		t.Error("2,400,000 against 4.2 million: want a swap")
	}
	if Transposed(amount("2,400,000 euros", 2.4e6), amount("€2.5 million", 2.5e6)) {
		t.Error("2,400,000 against 2.5 million: want no swap")
	}
	length := &Claim{Kind: KindDuration, Evidence: document.Span{Text: "two days"}, Value: map[string]any{"value": 2.0}}
	if Transposed(amount("20 hours", 20), length) {
		t.Error("a length read by its value: want no swap")
	}
}

// A tally told from the other side ("passed 73 to 58", "lost the vote,
// 58 to 73") has its sides swapped, not its digits slipped; a slip
// inside one side still is one.
func TestTransposedTallies(t *testing.T) {
	tally := func(text string, yes, no int) *Claim {
		return &Claim{Kind: KindQuantity, Evidence: document.Span{Text: text}, Tally: &Tally{For: yes, Against: no}}
	}
	if Transposed(tally("73 to 58", 73, 58), tally("58 to 73", 58, 73)) {
		t.Error("a tally told from the other side read as a slip")
	}
	if !Transposed(tally("273 to 158", 273, 158), tally("237 to 158", 237, 158)) {
		t.Error("a slip inside one side of a tally not read as one")
	}
}
