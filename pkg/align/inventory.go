package align

import (
	"maps"
	"slices"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

// The inventory answers, for each group of figures on one measure in one
// story, whether the story holds one such thing or several. An article is
// consistent with itself far more often than not, so when one article
// gives values for one measure that cannot both hold and nothing in their
// anchors sets them apart (a foreshock's and a main shock's magnitude, a
// winner's tally and the total of votes cast, the yards of two players),
// the measure covers several things in this story. Claims on such a
// measure are then compared only where their own anchors tie them.
//
// One such pair alone is read as the article contradicting itself: that
// pair is still judged, while the rest of the story treats the measure as
// ambiguous.

// inventory holds, per group, up to two pairs of one article whose values
// cannot both hold: enough to tell one such pair from several.
type inventory struct {
	discord map[int][][2]int // group -> pairs of claims (a < b)
	// sharedDays are, per group, the days for which one article gives
	// two values that cannot both hold: such a day ties nothing.
	sharedDays map[int]map[string]bool
	// holders counts, per group, the different names the story gives as
	// whose figure it is ("Pelleri's ban", "the doctor's ban").
	holders map[int]int
	// areas counts, per group, the different places the story counts
	// the measure in ("in Tarrow", "across the county").
	areas map[int]int
	// staged marks the groups whose figures the story numbers in two or
	// more places of a series ("the first count", "after the recount";
	// "the first round", "the second round"): a figure that names no
	// place may be of any.
	staged map[int]bool
	// ownPairs counts, per group and article, up to two pairs of that
	// article's values that cannot both hold.
	ownPairs map[int]map[string]int
}

// takeInventory looks at each group's claims article by article.
func takeInventory(claims []Claim, groups [][]int, tol float64) inventory {
	inv := inventory{discord: map[int][][2]int{}, sharedDays: map[int]map[string]bool{}, holders: map[int]int{}, areas: map[int]int{}, staged: map[int]bool{}, ownPairs: map[int]map[string]int{}}
	for g, members := range groups {
		inv.holders[g] = countHolders(claims, members)
		inv.areas[g] = countAreas(claims, members)
		inv.staged[g] = severalPlaces(claims, members)
		byDoc := map[string][]int{}
		for _, i := range members {
			if isAmountKind(&claims[i]) {
				byDoc[claims[i].Doc] = append(byDoc[claims[i].Doc], i)
			}
		}
		for _, doc := range slices.Sorted(maps.Keys(byDoc)) {
			// Each article is read for two pairs whatever the others
			// hold, so that the days it gives two values for do not
			// depend on the order articles are read in.
			pairs := discordantPairs(claims, byDoc[doc], tol, 2)
			if len(pairs) > 0 {
				if inv.ownPairs[g] == nil {
					inv.ownPairs[g] = map[string]int{}
				}
				inv.ownPairs[g][doc] = len(pairs)
			}
			inv.discord[g] = append(inv.discord[g], pairs[:min(len(pairs), max(0, 2-len(inv.discord[g])))]...)
			for _, p := range pairs {
				if day := claims[p[0]].Event.Date; day != "" && day == claims[p[1]].Event.Date {
					if inv.sharedDays[g] == nil {
						inv.sharedDays[g] = map[string]bool{}
					}
					inv.sharedDays[g][day] = true
				}
			}
		}
	}
	return inv
}

// severalPlaces: the members name two or more places in a series.
func severalPlaces(claims []Claim, members []int) bool {
	first := 0
	for _, i := range members {
		switch seq := claims[i].Event.Sequence; {
		case seq == 0:
		case first == 0:
			first = seq
		case seq != first:
			return true
		}
	}
	return false
}

// unplaced: the story numbers the group's figures in several places of a
// series, and one of the two claims names none.
func (inv inventory) unplaced(g int, a, b *Claim) bool {
	return inv.staged[g] && (a.Event.Sequence == 0 || b.Event.Sequence == 0)
}

// countHolders is how many different names hold the members' figures.
func countHolders(claims []Claim, members []int) int {
	var seen []string
	for _, i := range members {
		if f := claims[i].Frame; f != nil && f.Holder != "" && !slices.Contains(seen, f.Holder) {
			seen = append(seen, f.Holder)
		}
	}
	return len(seen)
}

// countAreas is how many different places the members were counted in.
func countAreas(claims []Claim, members []int) int {
	var seen []string
	for _, i := range members {
		if p := claims[i].Event.Place; p != "" && !slices.Contains(seen, p) {
			seen = append(seen, p)
		}
	}
	return len(seen)
}

// dayGivesBoth reports a day for which one article of the story gives
// two values of group g that cannot both hold ("seven life sentences and
// four sentences of life without parole" for one crime's day).
func (inv inventory) dayGivesBoth(g int, day string) bool {
	return day != "" && inv.sharedDays[g][day]
}

// discordantPairs finds up to want pairs of one article's claims whose
// values cannot both hold. Two answer whether the measure covers several
// things; each claim is compared with the next crowdedGroup of the
// article's, so that an article of thousands of figures is read in time
// that grows with it.
func discordantPairs(claims []Claim, same []int, tol float64, want int) [][2]int {
	var out [][2]int
	for x := 0; x < len(same) && len(out) < want; x++ {
		for y := x + 1; y < len(same) && y <= x+crowdedGroup && len(out) < want; y++ {
			a, b := order(same[x], same[y])
			if discordant(&claims[a], &claims[b], tol) {
				out = append(out, [2]int{a, b})
			}
		}
	}
	return out
}

// several reports whether group g covers several things in its story,
// leaving out the pair (a, b) itself so that an article's one
// contradiction with itself can still be judged.
func (inv inventory) several(g, a, b int) bool {
	for _, p := range inv.discord[g] {
		if p != [2]int{a, b} {
			return true
		}
	}
	return false
}

// severalInArticle reports whether the article doc gives, in group g,
// values that cannot all hold in more than one pair: a series of its own,
// which no one figure of it can contradict.
func (inv inventory) severalInArticle(g int, doc string) bool { return inv.ownPairs[g][doc] > 1 }

// discordant: two claims of one article whose anchors cannot tell them
// apart and whose values cannot both hold.
func discordant(a, b *Claim, tol float64) bool {
	if a.AsOf != b.AsOf && !(a.Stamped && b.Stamped) || separated(a, b) {
		// Figures for two moments, or for events the text sets apart. Two
		// entries of one live blog still count as one moment here: their
		// stamps order them against other articles, but do not show that
		// the measure covers a single thing.
		return false
	}
	if a.Quoted != b.Quoted || a.Source != "" && b.Source != "" && a.Source != b.Source {
		return false // two voices disagreeing: a dispute, not two things measured
	}
	if a.Refuted || b.Refuted || a.Unverified || b.Unverified {
		return false // "rumours that more than 100 died were false": no value the article gives
	}
	if groupPart(a, b) || groupPart(b, a) {
		return false // "21 miners were hurt" and "two rescuers were treated": a group's count beside the whole's
	}
	if a.Stamped && b.Stamped && a.AsOf != b.AsOf && claim.IsSeries(a.Slot) && risesWithTime(a, b) {
		return false // a live blog's toll rising entry by entry: one count updated
	}
	return !valuesMeet(a, b, tol)
}

// groupPart: a counts a group narrower than what b counts ("two
// rescuers", "the pilots") and is no larger: a part of b's count, or a
// group beside it, which no one measure gives twice.
func groupPart(a, b *Claim) bool {
	return a.Frame != nil && a.Frame.Group != "" && (b.Frame == nil || b.Frame.Group != a.Frame.Group) && float64(a.Hi) <= float64(b.Lo)
}

// risesWithTime: of two stamped figures, the later is not the lower.
func risesWithTime(a, b *Claim) bool {
	if a.AsOf > b.AsOf {
		a, b = b, a
	}
	return b.Lo >= a.Lo
}

// valuesMeet: two figures can both hold, as days that overlap or amounts
// that meet within the tolerance.
func valuesMeet(a, b *Claim, tol float64) bool {
	if a.Kind == claim.KindDate {
		return a.Hi >= b.Lo && b.Hi >= a.Lo
	}
	return claim.Meet(&a.Claim, &b.Claim, tol)
}

func isAmountKind(c *Claim) bool {
	switch c.Kind {
	case claim.KindDate, claim.KindDuration, claim.KindCasualties, claim.KindQuantity:
		return c.Tally == nil
	}
	return false
}

func order(a, b int) (int, int) {
	if a > b {
		return b, a
	}
	return a, b
}
