package align

import (
	"fmt"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/internal/scaling"
)

// TestCrowdGrowth: a story that repeats one remark, or one figure, in
// twice as many articles takes about twice as long to align.
func TestCrowdGrowth(t *testing.T) {
	words := "the river will not reach the town before the weekend is over"
	tests := []struct {
		name string
		like claim.Claim
	}{
		{"quotations", claim.Claim{Kind: claim.KindQuote, Slot: "quote", Quote: &claim.Quote{Words: words, Norm: words}}},
		{"equal figures", claim.Claim{Kind: claim.KindCasualties, Slot: "killed", Lo: 12, Hi: 12, Exact: true, AsOf: "2025-03-11T10:00:00Z"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			scaling.Growth(t, 200, func(n int) func() {
				claims := make([]Claim, n)
				for i := range claims {
					claims[i] = Claim{Story: "s", Claim: tt.like}
					claims[i].Doc = fmt.Sprintf("a%06d.md", i)
				}
				return func() { Pairs(claims, 0.05) }
			})
		})
	}
}
