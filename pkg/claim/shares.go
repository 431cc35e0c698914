package claim

import (
	"cmp"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/mention"
)

// shareSlot handles percentages, fractions and points. "a fifth of its
// value" and "12% of its value" meet in one slot, in percent.
func (v *sentenceView) shareSlot(m mention.Mention, from, to int, head string, headAt int) (Kind, string, float64, string) {
	n := m.Number
	scale := 1.0
	unit := "percent"
	if n.Unit != "percent" {
		scale = 100
	}
	switch {
	case head == "basis", head == "point" && v.basisBefore(to, headAt):
		unit, scale = "points", 0.01 // "25 basis points" is a quarter of a point
	case head == "point" || head == "percentage":
		unit, scale = "points", 1
	}
	if unit == "percent" && n.Unit != "percent" && (to >= len(v.ws) || v.ws[to].Lower != "of") {
		return "", "", 0, "" // a bare "half" is no share of anything said
	}
	if side := v.sideAfter(to); unit == "percent" && side != "" {
		return KindQuantity, "percent:vote:" + side, scale, "vote:" + side // "the result, 53% in favour"
	}
	if side := v.voteScoreSide(from, to); unit == "percent" && side != "" {
		return KindQuantity, "percent:vote:" + side, scale, "vote:" + side // "members backed the offer by 62% to 38%"
	}
	if state := v.completedState(to); unit == "percent" && state != "" {
		return KindQuantity, unit + ":" + state, scale, state // "the fire was 35% contained"
	}
	if unit == "percent" && n.Unit == "percent" && (to >= len(v.ws) || v.ws[to].Lower != "of") && v.candidateShare(from) {
		return KindQuantity, "percent:vote", scale, "vote" // "Brecht won 49 per cent in the first round"
	}
	subject := v.shareSubject(from, to, head, headAt)
	if subject == "" {
		return "", "", 0, ""
	}
	return KindQuantity, unit + ":" + subject, scale, subject
}

// candidateShare: the share at word from is what a named candidate or
// party won, told with a verb of winning and no "of" ("Brecht won 49
// per cent", "the Liberal Forum took 31 per cent") or standing on it
// ("Brenn finished on 38 per cent"): a share of the vote. A share that
// names no one, or one of something named after "of", is left to the
// readers of shares.
func (v *sentenceView) candidateShare(from int) bool {
	if from < 2 {
		return false
	}
	verb := v.ws[from-1].Lower
	if verb == "on" {
		verb = v.ws[from-2].Lower
		if !finishingVerbs[verb] {
			return false
		}
	} else if !winningVerbs[verb] {
		return false
	}
	name, _ := v.subjectOfFigure(from)
	return name != ""
}

// winningVerbs tell what a candidate or party won at the polls;
// finishingVerbs, with "on", where one stood when the count ended.
var (
	winningVerbs   = map[string]bool{"won": true, "took": true, "polled": true, "secured": true, "garnered": true, "captured": true, "wins": true, "takes": true, "polls": true}
	finishingVerbs = map[string]bool{"finished": true, "ended": true, "stood": true, "came": true}
)

// sideAfter is the side of a vote a share right before it was cast for:
// "53% in favour", "47% against"; "" when no such words follow.
func (v *sentenceView) sideAfter(to int) string {
	if to >= len(v.ws) {
		return ""
	}
	switch v.ws[to].Lower {
	case "in":
		if w := v.wordAt(to + 1); w == "favour" || w == "favor" {
			return "for"
		}
	case "against", "opposed":
		if v.hasWord("vote", "voted", "votes", "ballot", "favour", "favor", "referendum") {
			return "against" // "53% in favour and 47% against"; not "rose 5% against the dollar"
		}
	}
	return ""
}

// decidingVerbs settle a vote one way: "approved" for, "rejected"
// against.
var decidingVerbs = map[string]string{
	"approved": "for", "backed": "for", "endorsed": "for", "passed": "for", "carried": "for", "adopted": "for",
	"supported": "for", "accepted": "for", "ratified": "for", "advanced": "for", "confirmed": "for", "upheld": "for",
	"rejected": "against", "defeated": "against", "refused": "against",
}

// decidingSide is the side a verb that settles a vote takes, in the past
// tense or as a participle ("passing the plan 7-4", "rejecting it
// 19-18"); "" for any other word.
func decidingSide(w string) string {
	if side := decidingVerbs[w]; side != "" || !strings.HasSuffix(w, "ing") {
		return side
	}
	return decidingLemmas[lemmaOf(w)]
}

// decidingLemmas are decidingVerbs by their bases, read once.
var decidingLemmas = func() map[string]string {
	out := map[string]string{}
	for w, side := range decidingVerbs {
		out[lemmaOf(w)] = side
	}
	return out
}()

// voteScoreSide reads "by A to B" after a verb that settles a vote
// ("members backed the offer by 62% to 38%", "rejected the merger by 71%
// to 29%"): the score, A the side the verb took and B the other. The
// side of the figure at from, "" when it is no part of such a score.
func (v *sentenceView) voteScoreSide(from, to int) string {
	if from >= 1 && v.ws[from-1].Lower == "by" && to+1 < len(v.ws) && v.ws[to].Lower == "to" && isFigureWord(v.ws[to+1]) {
		return v.decidedBefore(from - 1)
	}
	if from >= 2 && v.ws[from-1].Lower == "to" {
		for k := from - 2; k >= 1 && k >= from-5; k-- {
			if v.ws[k].Lower == "by" {
				if side := v.decidedBefore(k); side != "" {
					return otherSide[side]
				}
				return ""
			}
		}
	}
	return ""
}

// decidedBefore is the side a deciding verb before "by" at k took
// ("backed the offer by", "rejected the plan late on Thursday by",
// "threw the plan out by"): the clause's nearest verb, "" when it
// settles nothing.
func (v *sentenceView) decidedBefore(k int) string {
	for j := k - 1; j >= 0 && j >= k-maxDecidingReach; j-- {
		if side := decidingSide(v.ws[j].Lower); side != "" {
			return side
		}
		if v.rejectedByParticle(j) {
			return "against"
		}
		if isClauseBreak(v.ws[j]) || j < k-5 && v.isFiniteVerbAt(j) {
			break // far back, another verb's clause
		}
	}
	return ""
}

// rejectedByParticle: the word at j is the particle of a verb of
// rejecting a few words before it ("voted down", "threw the plan out").
func (v *sentenceView) rejectedByParticle(j int) bool {
	if !rejectingParticles[v.ws[j].Lower] {
		return false
	}
	for p := j - 1; p >= 0 && p >= j-3; p-- {
		if rejectingVerbs[v.ws[p].Lower] {
			return true
		}
	}
	return false
}

// maxDecidingReach is how far before a score its deciding verb may stand
// ("rejected the mayor's spending plan late on Thursday by 19 votes").
const maxDecidingReach = 10

// rejectingVerbs take a particle to reject what they act on: "voted
// down", "threw out", "turned down".
var (
	rejectingVerbs     = map[string]bool{"voted": true, "threw": true, "thrown": true, "turned": true}
	rejectingParticles = map[string]bool{"down": true, "out": true}
)

var otherSide = map[string]string{"for": "against", "against": "for"}

// completedState is the state a share right before it says how far
// along a thing is: "35% contained", "80 per cent complete". "" when no
// such word follows.
func (v *sentenceView) completedState(to int) string {
	if to >= len(v.ws) {
		return ""
	}
	if w := v.ws[to].Lower; completionStates[w] {
		return lemmaOf(w)
	}
	return ""
}

// completionStates say how far along a thing is; they only grow.
var completionStates = map[string]bool{"contained": true, "complete": true, "completed": true, "finished": true, "built": true, "restored": true}

// basisBefore: the point a figure counts is a basis point, written
// apart ("25 basis points") or in one compound ("a 25-basis-point cut").
func (v *sentenceView) basisBefore(to, headAt int) bool {
	if headAt > 0 {
		return v.ws[headAt-1].Lower == "basis"
	}
	return to > 0 && strings.Contains(v.ws[to-1].Lower, "-basis-")
}

// shareSubject is what a share is of: a known measure named near it
// ("turnout was just under half of registered voters"), else the noun
// after "of (its|the)". Shares of a vote keep their side: "54.3% voted in
// favour" and "45.7% against" are two figures.
func (v *sentenceView) shareSubject(from, to int, head string, headAt int) string {
	subject := v.shareNoun(from, to, head, headAt)
	if narrowed := v.narrowedMeasure(subject, from, to); narrowed != "" {
		return narrowed // "services inflation", "youth unemployment": a part of the measure
	}
	if subject == "vote" || subject == "voter" || subject == "support" {
		if process := v.voteProcess(to); process != "" {
			return process // "two-thirds of voters turned out", "with 99% of ballots counted"
		}
		return "vote" + v.sideOf(from, to)
	}
	if subject == "rise" || subject == "cut" || subject == "offer" || subject == "demand" {
		if stance := v.stanceOf(from, to); stance != "" {
			return stance // "raised its offer to a 6% rise" against "the 11% increase the union is seeking"
		}
	}
	return subject
}

func (v *sentenceView) shareNoun(from, to int, head string, headAt int) string {
	if headAt == to && head != "" && !isPoints(head) && to+1 < len(v.ws) && v.ws[to+1].Lower == "of" {
		// "a 40 percent refund of the fare": the share is the refund's,
		// not the fare's ("a credit worth 20 percent of the fare").
		return head
	}
	if m := v.subjectMeasure(from); m != "" {
		return m // "turnout in the vote rose to 52%": the subject's, not the phrase's
	}
	if m := v.nearestFrom(measures, from, to, 8); m != "" {
		return m
	}
	for j := to; j < len(v.ws) && j < to+6; j++ {
		if v.ws[j].Lower != "of" {
			continue
		}
		for k := j + 1; k < len(v.ws) && k < j+4; k++ {
			w := v.ws[k].Lower
			if skipAfterNumber[w] || w == "percentage" || w == "point" || w == "a" {
				continue
			}
			if !v.ws[k].isPunct() {
				if v.votingBase(k) {
					return "voter" // "of those who voted", "of members voting": a share of the ballot
				}
				return stem(w)
			}
			break
		}
	}
	return v.nearestFrom(measures, from, to, 12)
}

// votingBase: the base a share is taken of, from word k, is the people
// who voted, however named: "those who voted", "members voting", "voting
// members".
func (v *sentenceView) votingBase(k int) bool {
	for j := k; j < len(v.ws) && j <= k+2 && !isClauseBreak(v.ws[j]); j++ {
		switch v.ws[j].Lower {
		case "voting", "voted":
			return true
		}
	}
	return false
}

// voteProcess reads the verb after a share of voters or ballots: those
// who "turned out" give the turnout, ballots "counted" or "reported" the
// progress of the count, neither a side's share. "" for any other verb.
func (v *sentenceView) voteProcess(to int) string {
	for j := to; j < len(v.ws) && j <= to+8 && !isClauseBreak(v.ws[j]); j++ {
		if !v.isVerbAt(j) || auxiliaries[v.ws[j].Lower] {
			continue
		}
		next := ""
		if j+1 < len(v.ws) {
			next = v.ws[j+1].Lower
		}
		switch w := v.ws[j].Lower; {
		case (w == "turned" || w == "turn") && next == "out":
			return "turnout"
		case w == "voted" && (next == "" || next == "." || isClauseBreak(v.ws[j+1]) || next == "in" && !v.inFavourAt(j+1)),
			(w == "cast" || w == "returned") && (next == "a" || next == "their" || strings.HasPrefix(next, "ballot") || strings.HasPrefix(next, "vote")),
			(w == "took" || w == "take") && next == "part":
			// "half of them voted", "fewer than half cast a ballot",
			// "54% took part in the ballot": how many voted at all
			return "turnout"
		case strings.HasSuffix(w, "counted") || w == "tallied" || w == "reported" || w == "processed" || w == "checked":
			return "vote-counted" // "counted", "recounted"
		}
		return ""
	}
	return ""
}

// inFavourAt: the words at j are "in favour" or "in favor".
func (v *sentenceView) inFavourAt(j int) bool {
	return j+1 < len(v.ws) && v.ws[j].Lower == "in" && (v.ws[j+1].Lower == "favour" || v.ws[j+1].Lower == "favor")
}

// subjectMeasure is a measure that is the subject of the figure's clause,
// before the figure and outside any phrase of a preposition; "" when the
// clause names none.
func (v *sentenceView) subjectMeasure(from int) string {
	start, _ := v.clauseOf(from)
	for j := start; j < from; j++ {
		if v.isVerbAt(j) {
			return ""
		}
		if m := measures[stem(v.ws[j].Lower)]; m != "" && strings.HasPrefix(v.tag(j), "NN") && !v.inPrepositionalPhrase(j) {
			return m
		}
	}
	return ""
}

// sideOf finds which side of a vote a figure counts: "in favour",
// "backed", "yes" against "against", "opposed", "no".
func (v *sentenceView) sideOf(from, to int) string {
	for j := to; j < len(v.ws) && j < to+3 && !isClauseBreak(v.ws[j]); j++ {
		if side := voteSide(v.ws[j].Lower); side != "" && v.ws[j].Lower != "for" {
			return side // "45.7% against", "104 votes in favour"
		}
	}
	for j := from - 1; j >= 0 && j >= from-10 && v.ws[j].Lower != ";"; j-- {
		if side := voteSide(v.ws[j].Lower); side != "" {
			return side
		}
	}
	for j := to; j < len(v.ws) && j < to+6 && v.ws[j].Lower != ";" && v.ws[j].Lower != ")"; j++ {
		if side := voteSide(v.ws[j].Lower); side != "" {
			return side
		}
	}
	return ""
}

// stanceOf tells an offer from a demand in a negotiation.
func (v *sentenceView) stanceOf(from, to int) string {
	for d := 1; d <= 8; d++ {
		for _, j := range []int{from - d, to - 1 + d} {
			if j < 0 || j >= len(v.ws) {
				continue
			}
			switch stem(v.ws[j].Lower) {
			case "offer", "offered", "proposed", "proposal":
				return "offer"
			case "demand", "demanding", "demanded", "seeking", "sought", "asking", "want", "claim":
				return "demand"
			}
		}
	}
	return ""
}

// narrowedMeasure is a measure named with a noun or adjective that
// narrows it ("services inflation", "core inflation", "youth
// unemployment", "regional turnout"), as "services-inflation"; "" when
// the measure stands alone or with a word that does not narrow it
// ("annual inflation").
func (v *sentenceView) narrowedMeasure(subject string, from, to int) string {
	if !narrowable[subject] {
		return ""
	}
	mod := v.narrowingWord(from, to, 12, func(w string) bool { return measures[stem(w)] == subject })
	if mod == "" {
		return ""
	}
	return mod + "-" + subject
}

// narrowingWord is the noun or adjective that stands right before the
// word nearest the figure that names its measure (is), within span
// words: "services" in "services inflation", "operating" in "the
// operating budget". "" when that word stands alone or with a word that
// does not narrow it ("annual inflation", "the city's budget").
func (v *sentenceView) narrowingWord(from, to, span int, is func(string) bool) string {
	for d := 1; d <= span; d++ {
		for _, j := range []int{from - d, to - 1 + d} {
			if j < 1 || j >= len(v.ws) || v.crossesClause(j, from) || !is(v.ws[j].Lower) {
				continue
			}
			mod := v.ws[j-1]
			if t := v.tag(j - 1); (strings.HasPrefix(t, "NN") || t == "JJ") && !(mod.Capital && j > 1) && !neutralMeasureWords[mod.Lower] {
				return stem(mod.Lower)
			}
			return ""
		}
	}
	return ""
}

// narrowable are measures a word before them can narrow to a part.
var narrowable = map[string]bool{"inflation": true, "unemployment": true, "turnout": true, "growth": true}

// neutralMeasureWords stand before a measure without narrowing it.
var neutralMeasureWords = map[string]bool{
	"annual": true, "yearly": true, "overall": true, "headline": true, "official": true, "latest": true,
	"current": true, "the": true, "its": true, "total": true, "new": true, "proposed": true,
	"draft": true, "final": true, "revised": true, "city": true, "council": true, "state": true,
	"national": true, "federal": true, "year": true, "entire": true, "whole": true,
}

func voteSide(w string) string {
	switch w {
	case "favour", "favor", "backed", "yes", "supported", "approved", "for":
		return ":for"
	case "against", "opposed", "no", "rejected":
		return ":against"
	}
	return ""
}

var measures = map[string]string{
	"inflation": "inflation", "unemployment": "unemployment", "turnout": "turnout", "growth": "growth",
	"rate": "rate", "approval": "approval", "support": "support", "majority": "majority",
	"stake": "stake", "share": "share", "interest": "rate", "yield": "yield", "vote": "vote",
	"poll": "support", "value": "value", "capacity": "capacity", "occupancy": "occupancy",
	"voted": "vote", "voter": "vote", "ballot": "vote", "coverage": "coverage", "vaccinated": "coverage",
	"immunised": "coverage", "immunized": "coverage",
	"offer": "offer", "offered": "offer", "demand": "demand", "demanding": "demand", "demanded": "demand",
	"raise": "rise", "rise": "rise", "increase": "rise", "cut": "cut", "discount": "discount",
	"tariff": "tariff", "tax": "tax", "fare": "fare", "dividend": "dividend",
}

func isPoints(head string) bool { return head == "point" || head == "basis" || head == "percentage" }

// nearestFrom finds the lexicon word nearest to the figure within span
// words either side, without crossing a clause, and returns its value.
func (v *sentenceView) nearestFrom(lex map[string]string, from, to, span int) string {
	// Words as written first, then verbs by their base ("demanded",
	// "embezzling"): "paying off $38 million in debt" is the debt's.
	for _, asVerb := range []bool{false, true} {
		for d := 1; d <= span; d++ {
			for _, j := range []int{from - d, to - 1 + d} {
				if j < 0 || j >= len(v.ws) || v.crossesClause(j, from) {
					continue
				}
				w := v.ws[j].Lower
				if val := cmp.Or(lex[stem(w)], lex[w]); !asVerb && val != "" {
					return val
				}
				if val := lex[lemmaOf(w)]; asVerb && val != "" {
					return val
				}
			}
		}
	}
	return ""
}
