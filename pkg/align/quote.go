package align

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

// minComparedQuoteWords: shorter quotations are stock phrases ("positive
// step", "not negotiable") that many people use; they are not compared.
// A fragment quoted inside a sentence may be one word shorter, since it
// is compared only as an excerpt of a longer remark by one speaker.
const (
	minComparedQuoteWords   = 5
	minComparedExcerptWords = 4
)

// maxQuoteKeys bounds the buckets of one long quotation.
const maxQuoteKeys = 24

// quoteKeys buckets quotation claims by the word triples they contain
// (leaving out triples of function words only), so that two renderings
// of one remark share a bucket while unrelated quotations rarely do.
func quoteKeys(c *Claim) []string {
	q := c.Quote
	if q == nil {
		return nil
	}
	words := strings.Fields(q.Norm)
	seen := map[string]bool{}
	var keys []string
	if len(words) < claim.ShortRemarkWords && q.SpeakerSurname != "" {
		// A short remark meets the same speaker's others, so that one
		// reversed by a negation is found ("we expected casualties").
		for _, k := range claim.SurnameKeys(q.SpeakerSurname) {
			keys = append(keys, c.Story+"\x00quote-speaker\x00"+k)
		}
	}
	if len(words) < minComparedQuoteWords && !(claim.IsFragment(q.Words) && len(words) >= minComparedExcerptWords) {
		return keys
	}
	if k, ok := openingKey(c.Story, words); ok {
		seen[k] = true
		keys = append(keys, k)
	}
	for i := 0; i+3 <= len(words) && len(keys) < maxQuoteKeys; i++ {
		tri := words[i : i+3]
		if claim.FunctionWords(tri) {
			continue
		}
		k := c.Story + "\x00quote\x00" + strings.Join(tri, " ")
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

// openingWords is how many first words bucket a quotation by its
// opening, so that one remark whose words change right after its start
// ("the alarm worked as" against "the alarm did not work as") still
// meets its other rendering when no triple of words is left in common.
const openingWords = 2

// openingKey is the bucket of a quotation's first words, when they hold
// a content word.
func openingKey(story string, words []string) (string, bool) {
	if len(words) < openingWords || claim.FunctionWords(words[:openingWords]) {
		return "", false
	}
	return story + "\x00quote-opening\x00" + strings.Join(words[:openingWords], " "), true
}

// matchQuote says whether two quotation claims may be compared: they
// render one remark in two articles.
func matchQuote(a, b *Claim) Match {
	if a.Quote == nil || b.Quote == nil || a.Doc == b.Doc {
		return Match{}
	}
	a, b = ReportOrder(a, b) // as judging reads the comparison again
	fa, fb := a.QuoteWords(), b.QuoteWords()
	if claim.ReversedShortRemark(fa, fb) && claim.SameSpeaker(a.Quote, b.Quote) {
		return Match{Certainty: Probable, Reason: "one speaker's short remark, in the same words but for a negation or an opposite"}
	}
	if !claim.MayRenderOneRemark(fa, fb) {
		return Match{}
	}
	cmp := claim.CompareForms(fa, fb)
	m := matchQuoteWords(cmp, a.Quote, b.Quote)
	if m.Certainty != 0 {
		m.Quotes = &ComparedQuotes{First: a.Quote, Comparison: cmp}
	}
	return m
}

// matchQuoteWords says whether two quotations whose words compare as cmp
// render one remark.
func matchQuoteWords(cmp claim.QuoteComparison, qa, qb *claim.Quote) Match {
	if cmp.ChangedExcerpt && !cmp.SameRemark() {
		return Match{Certainty: Probable, Reason: "an excerpt anchored to a longer remark: " + strconv.Itoa(cmp.Run) + " words in a row in common"}
	}
	if !cmp.SameRemark() && claim.SharedOpening(cmp, qa, qb) {
		return Match{Certainty: Probable, Reason: "the same first " + strconv.Itoa(cmp.Opening) + " words"}
	}
	if !cmp.SameRemark() {
		return Match{}
	}
	if cmp.Identical {
		return Match{Certainty: Certain, Reason: "the same words"}
	}
	return Match{Certainty: Probable, Reason: "the same remark: " + strconv.Itoa(cmp.Common) + " of " + strconv.Itoa(cmp.Shorter) + " words in common"}
}
