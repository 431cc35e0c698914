package judge

import (
	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
)

// maxNeighbours bounds the figures before and after one figure that are
// weighed against it: a story of thousands of articles repeats its
// figures, and a few on each side settle whether one stands out.
const maxNeighbours = 32

// standingOut finds the figures of a count that grows over a story (a
// toll, the injured) that stand above what the story reports both before
// and after them, when those reports agree with each other: 4 in
// hospital on Friday, 9 on Saturday, 4 again a week later. A toll that
// rises does not fall back to where it was, so the 9 is not an update
// of the 4 before it but at odds with both. Only figures alignment ties
// to the same event and measure are weighed, each at its own time.
// It gives, for each such figure, the earlier figures that a later one
// agrees with: the ones it is at odds with.
func standingOut(claims []align.Claim, pairs []align.Pair, tol float64) outliers {
	tied := map[int][]int{}
	for _, p := range pairs {
		a := &claims[p.A]
		if p.Match.Certainty < align.Probable || a.Kind == claim.KindDate || a.Kind == claim.KindOfficial || a.Kind == claim.KindQuote {
			continue
		}
		if !claim.IsSeries(a.Slot) || !claim.IsSeries(claims[p.B].Slot) {
			continue
		}
		tied[p.A] = append(tied[p.A], p.B)
		tied[p.B] = append(tied[p.B], p.A)
	}
	var out outliers
	for x, others := range tied {
		if confirmed := agreeingNeighboursBelow(claims, x, others, tol); len(confirmed) > 0 {
			if out == nil {
				out = outliers{}
			}
			out[&claims[x]] = confirmed
		}
	}
	return out
}

// outliers maps a figure that stands out to the earlier figures a later
// report confirms.
type outliers map[*align.Claim]map[*align.Claim]bool

// against: x stands out, and earlier is one of the figures before it that
// a later report confirms.
func (o outliers) against(x, earlier *align.Claim) bool { return o[x][earlier] }

// agreeingNeighboursBelow are the figures reported before x that some
// figure reported after it agrees with, where x is above both and meets
// neither.
func agreeingNeighboursBelow(claims []align.Claim, x int, others []int, tol float64) map[*align.Claim]bool {
	c := &claims[x]
	var before, after []*align.Claim
	for _, o := range others {
		n := &claims[o]
		if n.Doc == c.Doc || n.Refuted || n.Unverified || n.Vague || float64(n.Hi) >= float64(c.Lo) || intervalsMeet(c, n, tol) {
			continue
		}
		earlier, _, ok := byTime(c, n)
		switch {
		case !ok:
		case earlier == n && len(before) < maxNeighbours:
			before = append(before, n)
		case earlier == c && len(after) < maxNeighbours:
			after = append(after, n)
		}
	}
	var confirmed map[*align.Claim]bool
	for _, e := range before {
		for _, l := range after {
			if e.Doc != l.Doc && intervalsMeet(e, l, tol) {
				if confirmed == nil {
					confirmed = map[*align.Claim]bool{}
				}
				confirmed[e] = true
				break
			}
		}
	}
	return confirmed
}
