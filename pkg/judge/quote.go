package judge

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
)

// minSpeakerQuoteWords: a shorter quotation is a stock phrase that two
// people may well both have used.
const minSpeakerQuoteWords = 5

// judgeQuote decides whether two quotation claims conflict: the same
// words given to two speakers, or one remark worded differently.
func judgeQuote(a, b *align.Claim, m align.Match, said remarksBySpeaker) (Finding, bool) {
	if a.Quote == nil || b.Quote == nil || a.Doc == b.Doc {
		return Finding{}, false
	}
	a, b = align.ReportOrder(a, b)
	cmp := quoteComparison(a, b, m)
	if f, ok := speakerConflict(a, b, cmp, m); ok {
		if said.echoed(a, b, cmp) {
			return Finding{}, false
		}
		return f, true
	}
	if recallsEarlierWords(a.Quote) || recallsEarlierWords(b.Quote) || tellsOfSayingIt(a.Quote) != tellsOfSayingIt(b.Quote) {
		// "We told them the beds were full": a speaker telling what was said
		// before makes a new remark in reported form, not a second
		// rendering of the old one.
		return Finding{}, false
	}
	if differentSpeakers(a.Quote, b.Quote) {
		// "They said no street would be forgotten, and they forgot
		// ours": one person taking up another's line in words of their
		// own is an echo, not one remark worded two ways.
		return Finding{}, false
	}
	if f, ok := negatedQuote(a, b, cmp, m); ok {
		return f, true
	}
	if f, ok := excerptMisquote(a, b, cmp, m); ok {
		return f, true
	}
	if f, ok := openingMisquote(a, b, cmp, m); ok {
		return f, true
	}
	return misquote(a, b, cmp, m)
}

// quoteComparison is alignment's comparison of the two quotations when it
// was made in the order judged, else a new one.
func quoteComparison(a, b *align.Claim, m align.Match) claim.QuoteComparison {
	if m.Quotes != nil && m.Quotes.First == a.Quote {
		return m.Quotes.Comparison
	}
	return claim.CompareForms(a.QuoteWords(), b.QuoteWords())
}

// negatedQuote: one remark (a long common core) where one rendering
// adds or drops a negation inside it, or swaps a word for its opposite. The meaning is reversed, which
// matters more than a reworded phrase, and holds even when every word of
// one rendering appears in the other.
func negatedQuote(a, b *align.Claim, cmp claim.QuoteComparison, m align.Match) (Finding, bool) {
	short := claim.ReversedShortRemark(a.QuoteWords(), b.QuoteWords()) && claim.SameSpeaker(a.Quote, b.Quote)
	if !short && (!cmp.SameRemark() || !cmp.NegationFlip && !cmp.Opposite) {
		return Finding{}, false
	}
	f := Finding{Severity: SeverityError, Rule: "misquote", Evidence: []Evidence{claimEvidence(a), claimEvidence(b)}}
	f.Message = fmt.Sprintf("One quotation, opposite meanings: “%s” against “%s”", shorten(a.Quote.Words, 80), shorten(b.Quote.Words, 80))
	f.Why = m.Reason + "; a negation inside the remark is in one rendering only"
	if !cmp.NegationFlip {
		f.Why = m.Reason + "; a word of one rendering is the opposite of the other's"
	}
	return f, true
}

// openingMisquote: two whole remarks given to one speaker that open with
// the same words and then say different things. Too little is shared for
// the words alone to make them one remark, so the speaker must be known
// and the same on both sides; two remarks by two people are left alone.
func openingMisquote(a, b *align.Claim, cmp claim.QuoteComparison, m align.Match) (Finding, bool) {
	if cmp.SameRemark() || !cmp.ContentChanged || !claim.SharedOpening(cmp, a.Quote, b.Quote) || !claim.SameSpeaker(a.Quote, b.Quote) {
		return Finding{}, false
	}
	f := Finding{Severity: SeverityWarning, Rule: "misquote", Evidence: []Evidence{claimEvidence(a), claimEvidence(b)}}
	f.Message = fmt.Sprintf("One remark, two continuations: “%s” against “%s”", shorten(a.Quote.Words, 80), shorten(b.Quote.Words, 80))
	f.Why = m.Reason + "; the same speaker, then different words"
	return f, true
}

// recallsEarlierWords: the quotation opens with its speaker telling what
// was said before ("We said ...", "As I told them ...", "As I said ...",
// "What we said was ...").
func recallsEarlierWords(q *claim.Quote) bool {
	words := strings.Fields(q.Norm)
	if len(words) > 0 && (words[0] == "as" || words[0] == "what") {
		words = words[1:]
	}
	return len(words) >= 2 && saysItSaid(words[0], words[1], earlierSayings)
}

// saysItSaid: two words in which a speaker tells of their own earlier
// words ("we said", "I told"), by a verb of verbs.
func saysItSaid(pronoun, verb string, verbs map[string]bool) bool {
	return (pronoun == "i" || pronoun == "we") && verbs[verb]
}

// earlierSayings are verbs with which a quotation that opens on them
// tells what its speaker said before ("We warned them ..."). Inside a
// quotation only plain verbs of saying tell that the remark is said
// again ("I told them at the harbour"); "I warned them the dam would
// fail" is the remark itself.
var (
	earlierSayings = map[string]bool{
		"said": true, "told": true, "warned": true, "wrote": true, "promised": true, "argued": true, "insisted": true,
	}
	restatingSayings = map[string]bool{"said": true, "told": true, "wrote": true}
)

// tellsOfSayingIt: the speaker says, anywhere in the quotation, that
// they said or told it before ("A bath. I told them at the harbour and I
// still mean it."): of two renderings, the one that does is said again
// on a later occasion, a new remark beside the first, whose words may
// differ.
func tellsOfSayingIt(q *claim.Quote) bool {
	words := strings.Fields(q.Norm)
	for i := 0; i+1 < len(words); i++ {
		if saysItSaid(words[i], words[i+1], restatingSayings) {
			return true
		}
	}
	return false
}

// differentSpeakers reports two quotations whose named speakers are two
// people.
func differentSpeakers(qa, qb *claim.Quote) bool {
	return qa.SpeakerSurname != "" && qb.SpeakerSurname != "" && !claim.SameSpeaker(qa, qb)
}

// remarksBySpeaker holds a story's quotations whose speaker is named, to
// tell whose words a remark is when two speakers are given it. It is
// read only for the few pairs that give one remark to two speakers.
type remarksBySpeaker []*align.Claim

func indexRemarks(claims []align.Claim) remarksBySpeaker {
	var said remarksBySpeaker
	for i := range claims {
		if q := claims[i].Quote; q != nil && q.SpeakerSurname != "" {
			said = append(said, &claims[i])
		}
	}
	return said
}

// echoed: of two renderings of one remark given to two speakers, the
// shorter is confirmed as its own speaker's words by a third article
// that gives that speaker the same remark. The longer then takes the
// words up in a remark of its own speaker (a relative repeating the
// chief's line and adding to it), or misattributes them, which its pair
// with the third article tells anyway.
func (said remarksBySpeaker) echoed(a, b *align.Claim, cmp claim.QuoteComparison) bool {
	shorter, longer := a, b
	if len(strings.Fields(a.Quote.Norm)) > len(strings.Fields(b.Quote.Norm)) {
		shorter, longer = b, a
	}
	if cmp.Identical {
		return false
	}
	for _, c := range said {
		if c == shorter || c.Doc == longer.Doc || c.Doc == shorter.Doc || !claim.SameSpeaker(c.Quote, shorter.Quote) {
			continue
		}
		if other := claim.CompareForms(shorter.QuoteWords(), c.QuoteWords()); other.Contained || other.SameRemark() {
			return true
		}
	}
	return false
}

// excerptMisquote: a short fragment given to the same speaker as a longer
// remark, tied to it by a run of the same words but then changing them.
// Unlike a reworded remark, a fragment shares too few words to be one
// remark by itself, so the speaker must be known and the same on both
// sides, which keeps two remarks of two people apart.
func excerptMisquote(a, b *align.Claim, cmp claim.QuoteComparison, m align.Match) (Finding, bool) {
	qa, qb := a.Quote, b.Quote
	if !cmp.ChangedExcerpt || cmp.SameRemark() || !claim.SameSpeaker(qa, qb) {
		return Finding{}, false
	}
	f := Finding{Severity: SeverityWarning, Rule: "misquote", Evidence: []Evidence{claimEvidence(a), claimEvidence(b)}}
	f.Message = fmt.Sprintf("A partial quotation that is not in the full remark: “%s” against “%s”", qa.Words, qb.Words)
	f.Why = m.Reason + "; the excerpt starts or ends with the remark's words, then changes them"
	return f, true
}

// speakerConflict: (nearly) the same words, two named speakers who are
// not one person.
func speakerConflict(a, b *align.Claim, cmp claim.QuoteComparison, m align.Match) (Finding, bool) {
	qa, qb := a.Quote, b.Quote
	if qa.SpeakerSurname == "" || qb.SpeakerSurname == "" || cmp.Shorter < minSpeakerQuoteWords {
		return Finding{}, false
	}
	if cmp.PlainCommon()*10 < cmp.Shorter*8 {
		return Finding{}, false
	}
	pa := &claim.Official{Surname: qa.SpeakerSurname, Given: qa.SpeakerGiven, PersonKey: qa.SpeakerKey}
	pb := &claim.Official{Surname: qb.SpeakerSurname, Given: qb.SpeakerGiven, PersonKey: qb.SpeakerKey}
	if claim.SamePerson(pa, pb) {
		return Finding{}, false
	}
	sev := SeverityWarning
	if qa.SpeakerVia == "name" && qb.SpeakerVia == "name" {
		sev = SeverityError
	}
	f := Finding{Severity: sev, Rule: "quote-speaker", Evidence: []Evidence{claimEvidence(a), claimEvidence(b)}}
	f.Message = fmt.Sprintf("The same words are attributed to %s in one article and to %s in another: “%s”", speakerLabel(qa), speakerLabel(qb), shorten(qa.Words, 80))
	f.Why = m.Reason + "; speakers named " + qa.SpeakerVia + " / " + qb.SpeakerVia
	return f, true
}

func speakerLabel(q *claim.Quote) string {
	if q.SpeakerTitle != "" && !strings.Contains(q.Speaker, q.SpeakerTitle) {
		return q.SpeakerTitle + " " + q.Speaker
	}
	return q.Speaker
}

// misquote: one remark (a long common core) whose wording differs in
// content words; a shorter quotation whose words all appear in order in
// the longer is an accurate partial quotation, not a misquote.
func misquote(a, b *align.Claim, cmp claim.QuoteComparison, m align.Match) (Finding, bool) {
	if !cmp.SameRemark() || cmp.Contained || !cmp.ContentChanged {
		return Finding{}, false
	}
	if cmp.Shorter < claim.ShortRemarkWords && cmp.CommonContent < 3 && !claim.SameSpeaker(a.Quote, b.Quote) {
		// "… is no solution": short remarks share a stock phrase too
		// easily to be one remark reworded unless one speaker said both.
		return Finding{}, false
	}
	f := Finding{Severity: SeverityWarning, Rule: "misquote", Evidence: []Evidence{claimEvidence(a), claimEvidence(b)}}
	f.Message = fmt.Sprintf("One quotation, two wordings: “%s” against “%s”", strings.Join(cmp.OnlyA, " "), strings.Join(cmp.OnlyB, " "))
	f.Why = m.Reason + fmt.Sprintf("; %d words in common, the rest differs", cmp.Common)
	return f, true
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
