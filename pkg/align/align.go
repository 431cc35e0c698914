// Package align owns the fourth stage of the pipeline: deciding which
// claims are about the same thing and so may be compared. Claims are
// grouped by kind, slot and story, then paired within a group only when
// their events can be the same; nothing is compared all against all.
package align

import (
	"sort"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

// Certainty says how sure the alignment is that two claims concern the
// same event.
type Certainty int

const (
	// Unrelated claims are never compared.
	Unrelated Certainty = iota
	// Possible: nothing sets the events apart, and nothing ties them; a
	// difference is worth a note, never an alarm.
	Possible
	// Probable: nothing sets the events apart, but little ties them either.
	Probable
	// Certain: the events share their defining anchors (participants, day).
	Certain
)

// Match is the alignment's verdict on one pair, with its reasons.
type Match struct {
	Certainty Certainty
	// Reason says why the events were taken to be the same, for messages.
	Reason string
	// Quotes is how alignment found two quotations' words to line up;
	// judging reads it instead of comparing them again.
	Quotes *ComparedQuotes
}

// ComparedQuotes is a comparison of two quotations' words and which of
// them came first: the words' alignment depends on the order.
type ComparedQuotes struct {
	First      *claim.Quote
	Comparison claim.QuoteComparison
}

// Pair is two claims, by index into the claims given to Pairs, that may be
// compared; A < B.
type Pair struct {
	A, B  int
	Match Match
}

// Claim is a claim with the story it belongs to.
type Claim struct {
	claim.Claim
	// Story groups documents about one story; claims of different stories
	// are never compared.
	Story string
	// QuoteForm is the quotation as comparing it needs it, read once
	// (FormOf); nil when not given, and then read at each comparison.
	QuoteForm *claim.QuoteForm
	// Framed marks a claim of an undated article that gives a day of an
	// event a dated article of the story gives too: the article is of
	// the story's time, though when it was written stays unknown. Set by
	// alignment on its own copies.
	Framed bool
}

// ReportOrder puts two claims in the order a finding shows them: by file,
// then by place in the file.
func ReportOrder(a, b *Claim) (*Claim, *Claim) {
	ea, eb := a.Evidence, b.Evidence
	if ea.Path > eb.Path || ea.Path == eb.Path && ea.Start > eb.Start {
		return b, a
	}
	return a, b
}

// QuoteWords is the claim's quotation as comparing it needs it.
func (c *Claim) QuoteWords() *claim.QuoteForm {
	if c.QuoteForm != nil {
		return c.QuoteForm
	}
	return claim.FormOf(c.Quote)
}

// crowdedGroup is how many claims of one measure a story may hold before
// each is paired with only its first DiscordsShown discordant claims. No
// story of a few dozen articles comes near it; an archive checked as one
// story does, and there every pair would be a finding: a claim that
// disagrees with hundreds of others is shown with a few of them.
const crowdedGroup = 40

// DiscordsShown is how many claims that disagree with it a claim of a
// crowded measure is paired with.
const DiscordsShown = 3

// Pairs returns the pairs of claims that may be compared, in a
// deterministic order. tol is the relative difference between two exact
// figures still read as rounding.
func Pairs(claims []Claim, tol float64) []Pair {
	// Groups are visited in the order their keys first appear rather than
	// sorted: which group meets a pair first does not change its match, and
	// the pairs are sorted at the end. Sorting the keys (long, with the
	// story's path in front) was the costliest step of alignment.
	index := map[string]int{}
	var groups [][]int
	memberships := make([]int, len(claims))
	for i := range claims {
		keys := groupKeys(&claims[i])
		memberships[i] = len(keys)
		for _, key := range keys {
			g, ok := index[key]
			if !ok {
				g = len(groups)
				index[key] = g
				groups = append(groups, nil)
			}
			groups[g] = append(groups[g], i)
		}
	}
	inv := takeInventory(claims, groups, tol)
	dated := datedEvents(claims)
	anchored := dated.withReportedDays(claims)
	frameUndated(anchored)
	seen := map[uint64]struct{}{} // pairs of claims in several groups, as a<<32 | b
	discords := make([]int, len(claims))
	var out []Pair
	// consider matches one pair and keeps it when the events can be one.
	consider := func(g, a, b int) bool {
		if a > b {
			a, b = b, a
		}
		if claims[a].Doc == claims[b].Doc && claims[a].Kind == claim.KindQuote {
			return false // one article's two remarks are never one remark told twice
		}
		// Only claims in several groups can meet twice; remembering
		// every pair of a large story would cost memory by the square.
		if memberships[a] > 1 && memberships[b] > 1 {
			key := uint64(a)<<32 | uint64(b)
			if _, ok := seen[key]; ok {
				return false
			}
			seen[key] = struct{}{}
		}
		ca, cb := &anchored[a], &anchored[b]
		m := match(ca, cb, storyCount{
			several:   inv.several(g, a, b) || inv.unplaced(g, ca, cb) || dated.several(ca) || dated.several(cb),
			dayTies:   !inv.dayGivesBoth(g, ca.Event.Date),
			holders:   inv.holders[g],
			areas:     inv.areas[g],
			ownSeries: ca.Doc == cb.Doc && inv.severalInArticle(g, ca.Doc),
		})
		if m.Certainty == Unrelated {
			return false
		}
		out = append(out, Pair{A: a, B: b, Match: m})
		return true
	}
	for g, members := range groups {
		if len(members) > crowdedGroup {
			pairCrowd(members, discords, func(a, b int) bool {
				return consider(g, a, b) && valuesDiffer(&anchored[a], &anchored[b], tol)
			})
			continue
		}
		for x := 0; x < len(members); x++ {
			for y := x + 1; y < len(members); y++ {
				consider(g, members[x], members[y])
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	return out
}

// pairCrowd pairs the claims of a crowded measure, in order, until each
// has DiscordsShown pairs whose values differ, comparing each claim with
// at most crowdedGroup others: the work and the pairs grow with the
// measure, not with its square. try compares two claims and reports a
// kept pair whose values differ.
func pairCrowd(members, discords []int, try func(a, b int) bool) {
	// The claims still open form a list in order; a claim leaves it once
	// full, so that no later claim walks past it again.
	next := make([]int, len(members)+1) // next[i]: position after i still open; len(members) ends
	for i := range next {
		next[i] = i + 1
	}
	for x := 0; x < len(members); x = next[x] {
		a := members[x]
		if discords[a] >= DiscordsShown {
			continue
		}
		compared := 0
		last := x // the open position before y, to unlink a full y
		for y := next[x]; y < len(members) && discords[a] < DiscordsShown && compared < crowdedGroup; y = next[y] {
			b := members[y]
			if discords[b] >= DiscordsShown {
				next[last] = next[y] // full: never walked past again
				continue
			}
			compared++
			if try(a, b) {
				discords[a]++
				discords[b]++
			}
			if discords[b] >= DiscordsShown {
				next[last] = next[y]
				continue
			}
			last = y
		}
	}
}

// valuesDiffer: two figures that cannot both hold, or any two officials
// or quotations (whose judgement is their own), so that a crowded
// measure's claims are paired until each has a few that may disagree.
func valuesDiffer(a, b *Claim, tol float64) bool {
	return !isAmountKind(a) || !valuesMeet(a, b, tol)
}

// groupKeys are the buckets a claim is compared within.
func groupKeys(c *Claim) []string {
	if c.Counter != nil {
		return nil // a claim that contradicts itself is judged alone
	}
	switch c.Kind {
	case claim.KindOfficial:
		return officialKeys(c)
	case claim.KindQuote:
		return quoteKeys(c)
	}
	return []string{c.Story + "\x00" + string(c.Kind) + "\x00" + c.Slot}
}

func match(a, b *Claim, story storyCount) Match {
	switch a.Kind {
	case claim.KindOfficial:
		return matchOfficial(a, b)
	case claim.KindQuote:
		return matchQuote(a, b)
	}
	return slipTies(a, b, matchEvent(a, b, story))
}

// slipTies makes two figures of one measure that nothing else ties a
// probable pair when one is written with the other's digits in another
// order ("247" and "274"): a second figure, or an update, hardly ever has
// exactly the first's digits swapped, while a slip of the keyboard does.
func slipTies(a, b *Claim, m Match) Match {
	if m.Certainty != Possible || a.Kind == claim.KindDate || !claim.Transposed(&a.Claim, &b.Claim) {
		return m
	}
	return Match{Certainty: Probable, Reason: m.Reason + "; but the digits of one are the other's in another order, the mark of a slip"}
}
