package claim

import "sort"

// quantityClaims builds claims from numbers, durations and dates.
func quantityClaims(a *Article) []Claim { return nil }

func sortClaims(cs []Claim) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Evidence.Start < cs[j].Evidence.Start })
}
