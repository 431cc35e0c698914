package mention

import "strings"

// A bare weekday or a month and day without a year is resolved by the
// tense of its own clause: news reports what already happened unless the
// clause says otherwise ("hearings will reopen Monday", "the bonus is due
// March 1"). A cue in another clause does not reach the date ("issued a
// statement Friday saying the merger will close next year").

// tense is what a word says about when its clause happens.
type tense uint8

const (
	tenseNone tense = iota
	tensePast
	// tenseAhead is a weak forward cue ("until", "ahead"): it points
	// forward only when nothing in the clause is past.
	tenseAhead
	// tenseReported is "would": ahead of a recent saying, so a weekday
	// lies ahead of publication, while a named month may not.
	tenseReported
	tenseFuture
)

// futureWords make their clause point ahead of publication.
var futureWords = map[string]tense{
	"will": tenseFuture, "ll": tenseFuture, "shall": tenseFuture, "due": tenseFuture,
	// Reported speech moves "will" back to "would": "said they would meet
	// on Friday" looks ahead from the saying, which in news is days old.
	"would":     tenseReported,
	"scheduled": tenseFuture, "expected": tenseFuture, "plans": tenseFuture,
	"planned": tenseFuture, "planning": tenseFuture, "upcoming": tenseFuture,
	"coming": tenseFuture, "set": tenseFuture, "going": tenseFuture,
	"until": tenseAhead, "ahead": tenseAhead, "till": tenseAhead, "before": tenseAhead,
	// A modal looks ahead unless its clause tells of the past: "can the
	// cabinet survive Thursday's ballot", "must report by Friday".
	"can": tenseAhead, "must": tenseAhead, "might": tenseAhead, "may": tenseAhead,
	// Intentions: "wants to open a branch in three years".
	"want": tenseFuture, "wants": tenseFuture, "hopes": tenseFuture, "aims": tenseFuture,
	"intends": tenseFuture,
}

// commitments bind someone to an act to come, which the verb after "to"
// names: "agreed to meet on Tuesday", "vowed to return next week".
var commitments = map[string]bool{
	"agreed": true, "agree": true, "agrees": true, "promised": true, "promise": true, "promises": true,
	"pledged": true, "pledges": true, "vowed": true, "vows": true, "decided": true, "decides": true,
	"voted": true, "votes": true, "threatened": true, "threatens": true, "offered": true, "offers": true,
}

// attributiveParticiple are future cues that, after a determiner,
// describe a noun instead ("a scheduled inspection", "the expected
// storm"): they point ahead only as a predicate ("is scheduled for").
var attributiveParticiple = map[string]bool{"scheduled": true, "planned": true, "expected": true}

// causeDeterminers open the noun phrase after "due to" when it gives a
// cause ("due to the storm", "due to a fault").
var causeDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "that": true, "these": true, "those": true, "heavy": true, "high": true, "bad": true,
}

// pastWords mark the past besides the irregular past forms
// (irregularVerbs) and the "-ed" forms: the past of "be", "have" and
// "do", and words that place a clause before now.
var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "been": true, "done": true,
	"ago": true, "earlier": true, "last": true, "yesterday": true,
	"died": true, // too short for the "-ed" rule below it
}

// isPast reports a word that puts its clause in the past: one of
// pastWords, or an irregular past form that is not also the verb's base
// ("ran", "threw", but not "cut" or "set").
func isPast(w string) bool {
	if pastWords[w] {
		return true
	}
	base, ok := irregularVerbs[w]
	return ok && base != w
}

// passiveAux before a participle make it a passive, not a past: "is to
// be released", "will be sentenced".
var passiveAux = map[string]bool{"be": true, "being": true, "is": true, "are": true, "am": true, "get": true, "gets": true}

// notPast are words in "-ed" that are not verbs in the past.
var notPast = map[string]bool{"embed": true, "hundred": true, "limited": true, "united": true}

var compoundAdjectives = map[string]bool{
	"based": true, "owned": true, "backed": true, "related": true, "funded": true,
	"linked": true, "controlled": true, "affiliated": true, "sponsored": true,
}

// subordinators open a clause of their own.
var subordinators = map[string]bool{
	"saying": true, "that": true, "which": true, "who": true, "because": true,
	"while": true, "although": true, "though": true, "whereas": true, "but": true,
}

// tenseReach bounds how far a clause is searched, so that long texts
// without punctuation stay linear.
const tenseReach = 40

// tenseOf reads the tense that token k marks.
func (s *scanner) tenseOf(k int) tense {
	t := s.toks[k]
	if t.kind != tkWord {
		return tenseNone
	}
	if t.lower == "due" && s.isWord(k+1, "to") && causeDeterminers[s.word(k+2)] {
		return tenseNone // "cancelled due to the storm": a cause, not a schedule
	}
	if t.lower == "to" && (s.isWord(k-1, "is") || s.isWord(k-1, "are")) && s.isWord(k+1, "be") {
		return tenseFuture // "the funeral is to be held on Sunday"
	}
	if attributiveParticiple[t.lower] && causeDeterminers[s.word(k-1)] {
		return tenseNone // "after a scheduled inspection found cracks": it describes the noun, it sets no time
	}
	if (t.lower == "would" || t.lower == "'d") && genericSubjects[s.word(k-1)] {
		return tenseNone // "read the reports and you would think": an impression now, no time ahead
	}
	if t.lower == "may" && s.text[t.start] == 'M' {
		return tenseNone // "in May": the month, not the modal
	}
	if f, ok := futureWords[t.lower]; ok && (t.lower != "set" && t.lower != "going" || s.isWord(k+1, "to") || s.isWord(k+1, "for")) {
		if f == tenseAhead && s.deferredBefore(k) {
			return tenseFuture // "adjourned the hearing until Monday"
		}
		return f
	}
	if passiveAux[s.word(k-1)] {
		return tenseNone // "will be held", "is to be released"
	}
	if s.isWord(k-1, "to") && commitments[s.word(k-2)] {
		return tenseReported // "agreed to meet again on Tuesday": ahead of the agreeing
	}
	if isPast(t.lower) {
		return tensePast
	}
	// "-eed" words ("proceed", "exceed") and compound adjectives
	// ("Texas-based", "state-owned") are not verbs in the past.
	if len(t.lower) >= 5 && hasSuffix(t.lower, "ed") && !hasSuffix(t.lower, "eed") && !notPast[t.lower] && t.cls&clsNumber == 0 && !(s.isPunct(k-1, "-") && compoundAdjectives[t.lower]) {
		if c := s.text[t.start]; c >= 'a' && c <= 'z' {
			return tensePast
		}
	}
	return tenseNone
}

// genericSubjects stand for anyone: "you would think", "one would
// imagine" say how things seem, not what is to come.
var genericSubjects = map[string]bool{"you": true, "one": true}

// deferredBefore reports a verb of putting off ("postponed",
// "adjourning", "delay") shortly before token k.
func (s *scanner) deferredBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-6 && !s.boundary(m); m-- {
		for _, stem := range deferralStems {
			if strings.HasPrefix(s.word(m), stem) {
				return true
			}
		}
	}
	return false
}

var deferralStems = []string{"postpon", "adjourn", "delay", "defer", "suspend", "recess", "extend", "put"}

// boundary reports a token that ends a clause.
func (s *scanner) boundary(k int) bool {
	return s.sentenceBreak(k) || s.clauseBreak(k) || subordinators[s.word(k)]
}

// paragraphBreakAfter reports a blank line after token k: a title or a
// heading ends there even without a full stop.
func (s *scanner) paragraphBreakAfter(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	gap := s.text[s.toks[k].end:s.toks[k+1].start]
	first := strings.IndexByte(gap, '\n')
	return first >= 0 && strings.IndexByte(gap[first+1:], '\n') >= 0
}

// clauseAround is the clause holding token i: [a, b] inclusive.
func (s *scanner) clauseAround(i int) (int, int) {
	a := i
	for a > 0 && i-a < tenseReach && !s.boundary(a-1) && !s.paragraphBreakAfter(a-1) {
		a--
	}
	b := i
	for b+1 < len(s.toks) && b-i < tenseReach && !s.boundary(b+1) && !s.paragraphBreakAfter(b) {
		b++
	}
	return a, b
}

// clauseTense is the tense nearest to token i in [a, b]. pastOnly
// reports a past word in a clause without a firm future word, which
// overrules a weak cue: "the strike lasted until Monday".
func (s *scanner) clauseTense(i, a, b int) (nearest tense, pastOnly bool) {
	best := -1
	past, future := false, false
	defer func() { pastOnly = past && !future }()
	for k := a; k <= b; k++ {
		t := s.tenseOf(k)
		if t == tenseNone {
			continue
		}
		past = past || t == tensePast
		future = future || t == tenseFuture
		d := k - i
		if d < 0 {
			d = -d
		}
		if best < 0 || d < best {
			best, nearest = d, t
		}
	}
	return nearest, past
}

// dateTense is the tense that governs a date starting at token i. A
// stretch without any tense word ("On Monday," before the main clause)
// takes the tense of the clause next to it in the same sentence.
func (s *scanner) dateTense(i int) tense {
	a, b := s.clauseAround(i)
	t, past := s.clauseTense(i, a, b)
	if t == tenseNone && a >= 2 && (subordinators[s.word(a-1)] || s.isPunct(a-1, "(")) {
		// A relative clause or an aside without tense of its own ("Smith,
		// who leaves the show at Christmas", "the special (airing December
		// 25)") shares the tense of the clause it hangs on.
		pa, pb := s.clauseAround(a - 2)
		t, past = s.clauseTense(a-2, pa, pb)
	}
	if t == tenseNone {
		if nb := b + 1; nb+1 < len(s.toks) && !s.sentenceBreak(nb) && !s.paragraphBreakAfter(b) {
			na, nbEnd := s.clauseAround(nb + 1)
			t, past = s.clauseTense(nb+1, na, nbEnd)
		}
	}
	if (t == tenseAhead || t == tenseReported) && past {
		return tensePast
	}
	return t
}

// pointsForward reports whether the date at token i lies ahead of
// publication by the tense of its clause.
func (s *scanner) pointsForward(i int) bool {
	t := s.dateTense(i)
	return t == tenseFuture || t == tenseAhead
}

// weekdayForward is pointsForward for a weekday, which reported speech
// ("said they would meet on Friday") also points ahead.
func (s *scanner) weekdayForward(i int) bool {
	a, b := s.clauseAround(i)
	if t, _ := s.clauseTense(i, a, b); t == tenseReported {
		return true
	}
	return s.pointsForward(i) || s.invitedTo(i, a)
}

// invitingVerbs call people to an event still to come: a weekday in
// what they are called to ("invited both sides to talks on Friday",
// "summoned the board to a hearing on Monday") lies ahead, whatever the
// tense of the inviting.
var invitingVerbs = map[string]bool{
	"invited": true, "invites": true, "summoned": true, "summons": true, "asked": true, "called": true,
}

// invitedTo: the weekday at token i stands in a "to" phrase that a verb
// of inviting governs, within the clause that opens at token a.
func (s *scanner) invitedTo(i, a int) bool {
	for k := i - 1; k > a && k >= i-8; k-- {
		if s.word(k) != "to" {
			continue
		}
		for j := k - 1; j >= a && j >= k-5; j-- {
			if invitingVerbs[s.word(j)] {
				return true
			}
		}
		return false
	}
	return false
}

// sentenceTimeless reports a sentence with no tense word at all: "in 10
// days" is a date in "schedule a meeting in 10 days", a span in "the
// town usually receives that in two months, the service said".
func (s *scanner) sentenceTimeless(i int) bool {
	for k := i; k >= 0 && i-k < 2*tenseReach && (k == i || !s.sentenceBreak(k) && !s.paragraphBreakAfter(k)); k-- {
		if s.tenseOf(k) != tenseNone {
			return false
		}
	}
	for k := i + 1; k < len(s.toks) && k-i < 2*tenseReach && !s.sentenceBreak(k) && !s.paragraphBreakAfter(k-1); k++ {
		if s.tenseOf(k) != tenseNone {
			return false
		}
	}
	return true
}
