package judge

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
)

// Options tune the judgement.
type Options struct {
	// Tolerance is the relative difference between two exact figures that
	// is still read as rounding (0.05 for 5 %).
	Tolerance float64
	// Lowest is the lowest severity worth building; pairs that could only
	// give findings below it are skipped. On a story of thousands of
	// articles nearly every pair is a note nothing ties, and building the
	// notes nobody asked for costs most of the time and memory. Empty
	// builds every finding.
	Lowest Severity
}

// Judge turns aligned pairs into findings, sorted deterministically.
func Judge(claims []align.Claim, pairs []align.Pair, opts Options) []Finding {
	claims = poolOffices(claims)
	claims = storyVictims(claims)
	said := indexRemarks(claims)
	story := storyFacts{standsOut: standingOut(claims, pairs, opts.Tolerance), moving: movingCounts(claims, pairs)}
	var out []Finding
	for _, p := range pairs {
		a, b := &claims[p.A], &claims[p.B]
		if highestSeverity(a.Kind, p.Match).Rank() < opts.Lowest.Rank() {
			continue
		}
		if before(b, a) {
			a, b = b, a // the same pair reads the same way whatever the input order
		}
		var f Finding
		var ok bool
		switch a.Kind {
		case claim.KindOfficial:
			f, ok = judgeOfficial(a, b, p.Match, opts)
		case claim.KindQuote:
			f, ok = judgeQuote(a, b, p.Match, said)
		case claim.KindDate:
			f, ok = judgeDate(a, b, p.Match, opts)
		case claim.KindQuantity:
			if a.Tally != nil || b.Tally != nil {
				f, ok = judgeTally(a, b, p.Match)
				break
			}
			f, ok = judgeAmount(a, b, p.Match, opts, story)
		default:
			f, ok = judgeAmount(a, b, p.Match, opts, story)
		}
		if ok && f.Severity.Rank() >= opts.Lowest.Rank() {
			f.Kind = a.Kind
			f.ID = findingID(f)
			out = append(out, f)
		}
	}
	out = collapseRestatements(out)
	out = collapseWitnesses(out)
	out = foldQuotedFigures(out, opts.Lowest)
	out = append(out, judgeAlone(claims)...)
	Sort(out)
	return out
}

// highestSeverity is the most a pair can give: amounts, dates and
// durations take their severity from how sure the alignment is (and only
// ever lower it), while officials and quotations are judged on their own
// terms.
func highestSeverity(kind claim.Kind, m align.Match) Severity {
	switch kind {
	case claim.KindOfficial, claim.KindQuote:
		return SeverityError
	}
	return severityOf(m.Certainty)
}

// before orders claims by where their evidence stands: path, then offset.
func before(a, b *align.Claim) bool {
	if a.Evidence.Path != b.Evidence.Path {
		return a.Evidence.Path < b.Evidence.Path
	}
	if a.Evidence.Start != b.Evidence.Start {
		return a.Evidence.Start < b.Evidence.Start
	}
	return a.Doc < b.Doc
}

// Sort orders findings by their first evidence's place, then kind and id.
func Sort(fs []Finding) {
	// The keys are built once, not in every comparison: on a story with
	// many findings building them was the larger part of judging.
	keys := make([]string, len(fs))
	order := make([]int, len(fs))
	for i := range fs {
		keys[i], order[i] = sortKey(fs[i]), i
	}
	sort.SliceStable(order, func(x, y int) bool {
		i, j := order[x], order[y]
		if keys[i] != keys[j] {
			return keys[i] < keys[j]
		}
		return fs[i].ID < fs[j].ID
	})
	sorted := make([]Finding, len(fs))
	for x, i := range order {
		sorted[x] = fs[i]
	}
	copy(fs, sorted)
}

func sortKey(f Finding) string {
	if len(f.Evidence) == 0 {
		return string(f.Kind)
	}
	e := f.Evidence[0]
	return e.Path + "\x00" + pad(e.Start) + "\x00" + string(f.Kind)
}

func pad(n int) string {
	const width = 12
	s := []byte("000000000000")
	for i := width - 1; i >= 0 && n > 0; i-- {
		s[i] = byte('0' + n%10)
		n /= 10
	}
	return string(s)
}

// findingID hashes what makes a finding itself: its kind, rule and the
// documents, places and words of its evidence, so the same input gives
// the same id.
func findingID(f Finding) string {
	h := sha256.New()
	h.Write([]byte(string(f.Kind) + "\x00" + f.Rule))
	for _, e := range f.Evidence {
		// The document's id tells apart the documents of one JSONL
		// stream, which share a path and may share offsets and words.
		h.Write([]byte("\x00" + e.Path + "\x00" + pad(e.Start) + "\x00" + pad(e.End) + "\x00" + e.Text))
		if e.ID != "" {
			h.Write([]byte("\x00" + e.ID))
		}
	}
	return string(f.Kind) + "-" + hex.EncodeToString(h.Sum(nil))[:12]
}
