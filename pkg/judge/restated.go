package judge

import (
	"slices"
	"sort"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

// collapseRestatements keeps one finding where a figure disagrees with
// one value an article gives twice (at its top and again in a timeline
// or a fact box): one slip, told against one article, is one thing for
// an editor to read. The finding kept is the one whose counterpart comes
// first in its article, the telling that asserts the value (a later "the
// eight workers who were killed" points back at it), then the most
// severe. Different values, or the same value in another article, keep
// their own findings.
func collapseRestatements(fs []Finding) []Finding {
	first := firstOfEach(fs, func(a, b *Finding) bool {
		if sa, sb := counterpartStart(a), counterpartStart(b); sa != sb {
			return sa < sb
		}
		return a.Severity.Rank() > b.Severity.Rank()
	}, restatementKeys)
	out := fs[:0:0]
	for i := range fs {
		if first[i] {
			out = append(out, fs[i])
		}
	}
	return out
}

// firstOfEach visits the findings in the order less gives and tells, for
// each, whether it is the first to carry any of the keys keys gives it: a
// finding that shares a key with one visited before it tells again what
// that one told. A finding with no keys is always first.
func firstOfEach[K comparable](fs []Finding, less func(a, b *Finding) bool, keys func(*Finding) []K) []bool {
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return less(&fs[order[x]], &fs[order[y]]) })
	seen := map[K]bool{}
	first := make([]bool, len(fs))
	for _, i := range order {
		ks := keys(&fs[i])
		if slices.ContainsFunc(ks, func(k K) bool { return seen[k] }) {
			continue
		}
		for _, k := range ks {
			seen[k] = true
		}
		first[i] = true
	}
	return first
}

// restatementKeys are the keys of an amount's finding with two sides, one
// for each side told exactly and the other by article and value.
func restatementKeys(f *Finding) []restatementKey {
	if !amountKind(f.Kind) || len(f.Evidence) != 2 || f.Evidence[0].Display == "" || f.Evidence[1].Display == "" {
		return nil
	}
	return []restatementKey{restatementKeyOf(f, 0, 1), restatementKeyOf(f, 1, 0)}
}

// restatementKey names one side of a finding exactly and the other by
// its article and value only.
type restatementKey struct {
	kind               claim.Kind
	path, id           string
	start, end         int
	otherPath, otherID string
	value              string
}

func restatementKeyOf(f *Finding, side, other int) restatementKey {
	s, o := f.Evidence[side], f.Evidence[other]
	return restatementKey{kind: f.Kind, path: s.Path, id: s.ID, start: s.Start, end: s.End, otherPath: o.Path, otherID: o.ID, value: o.Display}
}

// counterpartStart orders findings that share one side by where their
// other side stands, so that of two restatements the first in its
// article is kept.
func counterpartStart(f *Finding) int {
	start := 0
	for _, e := range f.Evidence {
		start += e.Start
	}
	return start
}

func amountKind(k claim.Kind) bool {
	switch k {
	case claim.KindQuantity, claim.KindCasualties, claim.KindDuration, claim.KindDate:
		return true
	}
	return false
}
