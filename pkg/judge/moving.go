package judge

import (
	"math"
	"sort"
	"time"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
)

// storyFacts are what the whole story says of its figures, which no pair
// of claims shows alone.
type storyFacts struct {
	standsOut outliers
	moving    map[*align.Claim]bool
}

// movingCounts finds the casualty figures of a story that shows its toll
// still moving, so that a later, higher figure is an update; where the
// story never shows it moving, a higher figure days later is as likely a
// slip as news. A toll moves when a figure of it, or one tied to it, is a
// total so far ("have died so far", "a third worker has died"), a level
// a change brought it to, a lower bound or a vague figure ("dozens"); for
// a count of the dead, when the story counts people still missing,
// trapped or in a critical condition, who may yet be found dead; or when
// three or more of its figures climb in the order they were reported.
func movingCounts(claims []align.Claim, pairs []align.Pair) map[*align.Claim]bool {
	moving := map[*align.Claim]bool{}
	unsettled := storyHasUnsettled(claims)
	for i := range claims {
		c := &claims[i]
		if c.Kind == claim.KindCasualties && (unsettled && claim.CountsDead(c.Slot) || showsMovement(c)) {
			moving[c] = true
		}
	}
	tied := map[*align.Claim][]*align.Claim{}
	for _, p := range pairs {
		a, b := &claims[p.A], &claims[p.B]
		if a.Kind != claim.KindCasualties || !claim.IsSeries(a.Slot) {
			continue
		}
		tied[a] = append(tied[a], b)
		tied[b] = append(tied[b], a)
	}
	spread := map[*align.Claim]bool{}
	for c, others := range tied {
		if climbs(append([]*align.Claim{c}, others...)) {
			spread[c] = true
		}
		for _, o := range others {
			if moving[o] {
				spread[c] = true
			}
		}
	}
	for c := range spread {
		moving[c] = true
	}
	return moving
}

func showsMovement(c *align.Claim) bool {
	return c.Running || c.Changed || c.Vague || math.IsInf(float64(c.Hi), 1)
}

// storyHasUnsettled: the story counts people whose fate is still open.
func storyHasUnsettled(claims []align.Claim) bool {
	for i := range claims {
		if claims[i].Kind == claim.KindCasualties && claim.MovesBothWays(claims[i].Slot) {
			return true
		}
	}
	return false
}

// climbs: the figures, in the order of the times they hold for, never
// fall and take three or more values.
func climbs(cs []*align.Claim) bool {
	type point struct {
		at    time.Time
		value float64
	}
	var pts []point
	for _, c := range cs {
		t, err := time.Parse(time.RFC3339, c.AsOf)
		if err != nil {
			continue
		}
		pts = append(pts, point{t, float64(c.Lo)})
	}
	sort.Slice(pts, func(i, j int) bool {
		if !pts[i].at.Equal(pts[j].at) {
			return pts[i].at.Before(pts[j].at)
		}
		return pts[i].value < pts[j].value // two figures of one moment: one order, whatever the input's
	})
	values := map[float64]bool{}
	for i, p := range pts {
		if i > 0 && p.value < pts[i-1].value {
			return false
		}
		values[p.value] = true
	}
	return len(values) >= 3
}
