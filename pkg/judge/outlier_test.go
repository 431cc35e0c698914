package judge

import (
	"fmt"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/align"
)

// A toll that rises does not fall back to where it was: a figure above
// what the story reports both before and after it, when those two agree,
// is at odds with the earlier one too, not an update of it.
func TestTollThatFallsBack(t *testing.T) {
	tests := []struct {
		name  string
		tolls []float64 // one article a day, in order
		vague int       // the figure told by a vague word, or -1
		pair  [2]int    // the earlier figure and the higher one after it
		want  bool      // whether that pair is reported
	}{
		{"4, then 9, then 4 again", []float64{4, 9, 4}, -1, [2]int{0, 1}, true},
		{"2, 2, then 3, then 2 again", []float64{2, 2, 3, 2}, -1, [2]int{1, 2}, true},
		{"an earlier figure no later one confirms: 1, 2, 3, 2", []float64{1, 2, 3, 2}, -1, [2]int{0, 2}, false},
		{"a rising toll: 4, 9, 12", []float64{4, 9, 12}, -1, [2]int{0, 1}, false},
		{"a toll that rises and stays: 4, 9, 9", []float64{4, 9, 9}, -1, [2]int{0, 1}, false},
		{"the figure before is a vague word", []float64{50, 300, 60}, 0, [2]int{0, 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var claims []align.Claim
			for i, n := range tt.tolls {
				c := tollClaim(fmt.Sprintf("d%d.md", i), fmt.Sprintf("2025-01-%02dT18:00:00Z", 10+i), n)
				c.Vague = i == tt.vague
				claims = append(claims, c)
			}
			missing := tollClaim("d9.md", "2025-01-10T18:00:00Z", 3)
			missing.Slot = "missing" // people still missing: the toll may rise
			claims = append(claims, missing)
			var pairs []align.Pair
			for a := range claims {
				for b := a + 1; b < len(claims); b++ {
					pairs = append(pairs, align.Pair{A: a, B: b, Match: align.Match{Certainty: align.Certain, Reason: "one event"}})
				}
			}
			first, second := claims[tt.pair[0]].Doc, claims[tt.pair[1]].Doc
			got := false
			for _, f := range Judge(claims, pairs, Options{Tolerance: 0.05}) {
				x, y := f.Evidence[0].Path, f.Evidence[1].Path
				got = got || x == first && y == second || x == second && y == first
			}
			if got != tt.want {
				t.Errorf("pair %s, %s reported: %v, want %v", first, second, got, tt.want)
			}
		})
	}
}
