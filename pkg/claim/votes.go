package claim

import (
	"strconv"
	"strings"
)

// voteClaims reads tallies: "voted 5-2", "the vote was four to three",
// "by 104 votes to 91", "104 votes in favour and 95 against". A tally may
// give only one side ("95 against"); the other is then unknown (-1).
func (v *sentenceView) voteClaims() []Claim {
	if !v.hasWord("vote", "voted", "votes", "voting", "ballot", "against", "favour", "favor") && !v.hasDecidingVerb() {
		return nil
	}
	var out []Claim
	for i := 0; i < len(v.ws); i++ {
		t, end, ok := v.tallyAt(i)
		if !ok {
			continue
		}
		c := v.base(KindQuantity, "vote", v.ws[i].Start, v.ws[end-1].End)
		c.Value = map[string]any{"for": t.For, "against": t.Against}
		c.Tally = &t
		c.Exact = true
		c.Display = t.String()
		c.Event.Noun = "vote"
		if seq, part := v.voteStage(i); seq > 0 || part != "" {
			c.Event.Sequence, c.Event.Part = seq, part // "on first reading", "the final vote"
		}
		if body := v.votingBody(i); body != "" {
			c.Frame = &Frame{Holder: body} // a committee's vote is not the assembly's
		}
		if d := v.clauseDate(i); d != nil {
			// "At its last meeting, in April, the committee voted 6-3":
			// the vote of that day.
			c.Event.Date, c.Event.DateText = dateString(d.Date), d.Text
		}
		c.Event.Other = c.Event.Other || v.whenOfPast(i) // "the March meeting, when it voted 7-2"
		c.Refuted = v.refuted(i)
		c.Unverified = c.Unverified || v.expectedBefore(i) || v.hypothetical(i)
		out = append(out, *c)
		i = end - 1
	}
	return out
}

// voteStage reads which vote of several a tally counts, from its clause:
// an ordinal before "reading", "vote", "ballot" or "round" ("passed 9-6
// on first reading", "the second ballot"), or "final" or "last" before
// one ("the final vote", 8-7). A bill passes through stages, and each has
// its tally.
func (v *sentenceView) voteStage(i int) (int, string) {
	from, to := v.looseClauseOf(i) // "At the first reading in October, the budget passed by 97 votes to 78"
	for j := from; j+1 < to; j++ {
		if !voteStages[stem(v.ws[j+1].Lower)] {
			continue
		}
		if n, ok := ordinalValue(v.ws[j].Lower); ok {
			return n, ""
		}
		if lastParts[v.ws[j].Lower] {
			return 0, "last"
		}
	}
	return 0, ""
}

// decisionNouns are what a body's tally decides, written after it ("a
// 6-1 vote", "a 5-4 ruling", "by a 9-4 majority").
var decisionNouns = map[string]bool{"vote": true, "ballot": true, "ruling": true, "decision": true, "majority": true, "verdict": true}

// voteStages are the words for one of the votes a measure goes through.
var voteStages = map[string]bool{"reading": true, "vote": true, "ballot": true, "round": true}

// nameBeforeTally: a capitalised name stands between a deciding verb and
// the figures at i: a rival beaten, not a question decided.
func (v *sentenceView) nameBeforeTally(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if decidingSide(v.ws[j].Lower) != "" || rejectingParticles[v.ws[j].Lower] {
			return false
		}
		if v.ws[j].Capital && j > 0 {
			return true
		}
	}
	return false
}

// hasDecidingVerb: the sentence holds a verb that settles a vote.
func (v *sentenceView) hasDecidingVerb() bool {
	for _, w := range v.ws {
		if decidingSide(w.Lower) != "" {
			return true
		}
	}
	return false
}

// tallyAt reads a tally starting at word i, and where it ends.
func (v *sentenceView) tallyAt(i int) (Tally, int, bool) {
	ws := v.ws
	if i > 0 && ws[i-1].Lower == "from" {
		return Tally{}, 0, false // "raise the age from 62 to 65": a change, not a tally
	}
	if a, b, end, ok := tallyAt(ws, i); ok && !v.shareAfter(i) && !(end < len(ws) && strings.HasPrefix(v.tag(end), "NN") && !decisionNouns[stem(ws[end].Lower)]) {
		// "the 2-1 win": a score that names its noun, no vote; "a 6-1
		// vote", "a 5-4 ruling" name the decision the tally made
		side := v.decidedBefore(i)
		if side != "" && v.nameBeforeTally(i) {
			side = "" // "defeated Evansville 51-50": a game's score, no body's vote
		}
		switch side {
		case "for":
			return Tally{For: a, Against: b}, end, true // "approved the bill 8-3"
		case "against":
			return Tally{For: b, Against: a}, end, true // "rejected the motion 33 to 8": 33 against
		}
		if v.hasWord("vote", "voted", "votes", "ballot") {
			return Tally{For: a, Against: b}, end, true
		}
	}
	n, ok := tallySide(ws[i].Lower)
	if !ok || n < 0 {
		return Tally{}, 0, false
	}
	if v.shareAfter(i) {
		return Tally{}, 0, false // "voted 58% in favour": a share of the vote, not a count of votes
	}
	j := i + 1
	if j < len(ws) && (ws[j].Lower == "votes" || ws[j].Lower == "vote") {
		j++
	}
	named := j
	j = v.voters(j) // "seven members voted in favour and four against"
	// People who voted one way alone may be a group among the voters
	// ("three voted against and one abstained"): only both sides make a
	// tally then.
	bothSides := j != named
	if j+1 < len(ws) && ws[j].Lower == "to" {
		if b, ok := tallySide(ws[j+1].Lower); ok {
			if i > 0 && ws[i-1].Lower == "by" && v.decidedBefore(i-1) == "against" {
				return Tally{For: b, Against: n}, j + 2, true // "rejected the plan by 19 votes to 18": 19 against
			}
			return Tally{For: n, Against: b}, j + 2, true
		}
	}
	if j < len(ws) && ws[j].Lower == "against" && !bothSides {
		return Tally{For: -1, Against: n}, j + 1, true
	}
	if end, ok := forSide(ws, j); ok {
		t := Tally{For: n, Against: -1}
		if b, k, ok := v.againstHalf(end); ok {
			// "and four against", "and six voting against", "63 votes in
			// favour, 34 against", "4,210 for and 1,980 against": the
			// second half leaves out the noun the first states.
			t.Against, end = b, k
		}
		spelled := ws[j].Lower == "in" // "in favour" alone is a half told; a bare "for" or "yes" is no side without the other
		return t, end, (spelled && !bothSides) || t.Against >= 0
	}
	return Tally{}, 0, false
}

// forSide reads the words of the side in favour at word j ("in favour",
// "in favor", "for", "yes"), and where they end.
func forSide(ws []word, j int) (int, bool) {
	switch {
	case j+1 < len(ws) && ws[j].Lower == "in" && (ws[j+1].Lower == "favour" || ws[j+1].Lower == "favor"):
		return j + 2, true
	case j < len(ws) && (ws[j].Lower == "for" || ws[j].Lower == "yes"):
		return j + 1, true
	}
	return 0, false
}

// againstHalf reads the other half of a tally after its side in favour,
// from word i: ", 34 against", "and four against", "and 34 no", "and
// six voting against". It gives the count and where the half ends.
func (v *sentenceView) againstHalf(i int) (int, int, bool) {
	ws := v.ws
	k := i
	if k < len(ws) && ws[k].Lower == "," {
		k++
	}
	if k < len(ws) && ws[k].Lower == "and" {
		k++
	}
	if k == i || k >= len(ws) {
		return 0, 0, false
	}
	b, ok := tallySide(ws[k].Lower)
	if !ok {
		return 0, 0, false
	}
	e := v.voters(k + 1)
	if e < len(ws) && (ws[e].Lower == "against" || ws[e].Lower == "no" || ws[e].Lower == "opposed") {
		return b, e + 1, true
	}
	return 0, 0, false
}

// shareAfter: the number at word i is a share, "%" or "percent" right
// after it.
func (v *sentenceView) shareAfter(i int) bool {
	text := v.a.Doc.Text
	if end := v.ws[i].End; end < len(text) && text[end] == '%' {
		return true
	}
	return i+1 < len(v.ws) && (v.ws[i+1].Lower == "percent" || v.ws[i+1].Lower == "per" && i+2 < len(v.ws) && v.ws[i+2].Lower == "cent")
}

// voters skips, from word j, the people who voted and their verb: "seven
// members voted in favour", "four councillors voting against", "five
// abstained" is not a tally side and is left alone.
func (v *sentenceView) voters(j int) int {
	k := j
	if k < len(v.ws) && v.tag(k) == "NNS" && isPeopleNoun(stem(v.ws[k].Lower)) {
		k++
	}
	if k < len(v.ws) && (v.ws[k].Lower == "voted" || v.ws[k].Lower == "voting") {
		return k + 1
	}
	return j
}

// tallyAt reads "5-2" or "four to three" at word i.
func tallyAt(ws []word, i int) (int, int, int, bool) {
	if parts := strings.Split(ws[i].Lower, "-"); len(parts) == 2 {
		a, errA := strconv.Atoi(parts[0])
		b, errB := strconv.Atoi(parts[1])
		if errA == nil && errB == nil && a < 100 && b < 100 {
			return a, b, i + 1, true
		}
	}
	if i+2 < len(ws) && (ws[i+1].Lower == "to" || ws[i+1].Lower == "–" && ws[i+1].Start == ws[i].End && ws[i+2].Start == ws[i+1].End) {
		// "four to three", and "5–2" with an en dash, which the words
		// are cut at
		a, okA := smallNumber(ws[i].Lower)
		b, okB := smallNumber(ws[i+2].Lower)
		if okA && okB {
			return a, b, i + 3, true
		}
	}
	return 0, 0, 0, false
}

func tallySide(s string) (int, bool) {
	if n, ok := smallNumber(s); ok {
		return n, true
	}
	n, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return n, err == nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

func smallNumber(s string) (int, bool) {
	for i, w := range smallNumbers {
		if s == w {
			return i, true
		}
	}
	if strings.TrimLeft(strings.TrimLeft(s, "+-"), "0123456789") != "" || strings.Trim(s, "+-") == "" {
		return 0, false // no integer: strconv.Atoi would only allocate an error
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n < 100
}

// noneClaims reads casualty counts of zero: "nobody was hurt", "no one
// died", "no deaths were reported", "there were no injuries".
func (v *sentenceView) noneClaims() []Claim {
	var out []Claim
	for i, w := range v.ws {
		start, end := i, i+1
		switch {
		case w.Lower == "none" && i+2 < len(v.ws) && v.ws[i+1].Lower == "of" && v.ofCasualtyNoun(i+2):
			continue // "none of the injuries was life-threatening": how bad, not how many
		case w.Lower == "nobody" || w.Lower == "none":
		case w.Lower == "no" && i+1 < len(v.ws) && v.ws[i+1].Lower == "one":
			end = i + 2
		case w.Lower == "no" && i+1 < len(v.ws) && casualtyNouns[stem(v.ws[i+1].Lower)]:
			end = i + 2
		case w.Lower == "no" && i+2 < len(v.ws) && strings.HasPrefix(v.tag(i+1), "NN") && isPeopleNoun(stem(v.ws[i+1].Lower)) && perfectOrPassive[v.ws[i+2].Lower]:
			end = i + 2 // "no passengers were hurt", "no patient has died"; not "no matter how many"
		default:
			continue
		}
		rl, ok := v.roleOf(start, end, v.ws[end-1].End)
		nounRole := false
		if !ok && end == i+2 && v.ws[i].Lower == "no" {
			rl, ok = cueAt(v.ws, i+1, "") // "no deaths have been reported": the noun is the role
			nounRole = true
		}
		if !ok || !rl.Casualties || v.refuted(start) {
			continue
		}
		stop := end
		for !nounRole && stop < len(v.ws) && stop < end+4 && !isClauseBreak(v.ws[stop]) {
			if r, ok := cueAt(v.ws, stop, ""); ok && r == rl {
				stop++
				break
			}
			stop++
		}
		c := v.base(KindCasualties, rl.Name, v.ws[start].Start, v.ws[stop-1].End)
		c.Value = map[string]any{"value": 0}
		c.Exact = true
		c.Display = "none"
		c.Event.Noun = rl.Name
		if w.Lower == "none" && start == 0 {
			// "Paramedics checked 35 residents. None were admitted.": a
			// "none" that opens its sentence is of the group just told of.
			c.Frame = &Frame{Group: anaphoricGroup}
		}
		if group := stem(v.ws[end-1].Lower); end == i+2 && !nounRole && v.ws[i+1].Lower != "one" && !genericPeople[group] {
			c.Frame = &Frame{Group: group} // "no firefighters were hurt": none of that group, whatever befell others
		}
		c.Unverified = v.hypothetical(start) // "no one would have been hurt had ...": a possibility, not a count
		out = append(out, *c)
	}
	return out
}

// perfectOrPassive are the auxiliaries that tell what befell a subject
// ("no passengers were hurt", "no patient has died"); a modal ("no
// worker should die") tells what ought to be.
var perfectOrPassive = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true}

// anaphoricGroup is the group of a count that points back to the people
// the sentence before told of.
const anaphoricGroup = "those told of before"

// ofCasualtyNoun: the words from j name casualties themselves ("the
// injuries", "the dead"), past an article.
func (v *sentenceView) ofCasualtyNoun(j int) bool {
	if j < len(v.ws) && (v.ws[j].Lower == "the" || v.ws[j].Lower == "their" || v.ws[j].Lower == "those") {
		j++
	}
	return j < len(v.ws) && casualtyNouns[stem(v.ws[j].Lower)]
}

// voteSlot tells the measures a count of votes can be: a margin ("won by
// 12 votes", "ahead by 73 votes", "a 37-vote lead"), a count of one kind
// ("48,206 valid votes", "312 rejected ballots"), or a side's tally.
func (v *sentenceView) voteSlot(from, to, headAt int) string {
	before := from - 1
	for before > 0 && focusWords[v.ws[before].Lower] {
		before-- // "won by just 52 votes", "by a mere 118"
	}
	if before >= 0 && v.ws[before].Lower == "by" {
		return "votes:margin"
	}
	if before > 0 && v.ws[before].Lower == "of" && marginNouns[stem(v.ws[before-1].Lower)] {
		return "votes:margin" // "a margin of 12 votes", "a lead of only 83 votes"
	}
	after := to
	if headAt >= 0 {
		after = headAt + 1
	}
	if after < len(v.ws) && (marginNouns[stem(v.ws[after].Lower)] || gapWords[v.ws[after].Lower]) {
		return "votes:margin" // "a 37-vote lead", "73 votes ahead of her rival"
	}
	if headAt > to {
		if mod := v.ws[headAt-1].Lower; voteKinds[mod] {
			return "votes:" + mod
		}
	}
	if v.castAfter(headAt) {
		return "votes:cast" // "41,210 votes were cast": the poll, whoever the votes went to
	}
	side := v.sideOf(from, to)
	if side == "" && !v.hasReceiver(from) {
		return "" // "a bundle of twenty votes": whose tally is not said
	}
	return "votes" + side
}

// castAfter: the votes or ballots counted at headAt are said to have been
// cast ("41,210 votes were cast", "ballots cast in the district"): all
// of a contest's votes, whoever they went to.
func (v *sentenceView) castAfter(headAt int) bool {
	for j := headAt + 1; j < len(v.ws) && j <= headAt+4; j++ {
		switch w := v.ws[j].Lower; {
		case w == "cast":
			return true
		case !auxiliaries[w]:
			return false
		}
	}
	return false
}

// voteStageSuffix sets a count in progress apart from the full count.
func (v *sentenceView) voteStageSuffix(slot string) string {
	if (strings.HasPrefix(slot, "votes") || strings.HasPrefix(slot, "percent:vote")) && v.countInProgress() {
		return slot + ":partial"
	}
	return slot
}

// countInProgress: the sentence gives its votes as a snapshot of a count
// still running ("with a third of precincts reporting", "early returns
// had her 2,600 votes ahead", "leads so far"), an earlier stage than the
// full count, whose figures it does not contradict.
func (v *sentenceView) countInProgress() bool {
	for j := 0; j+1 < len(v.ws); j++ {
		w, next := v.ws[j].Lower, v.ws[j+1].Lower
		switch {
		case w == "so" && next == "far",
			(w == "early" || w == "first" || w == "partial" || w == "initial") && (next == "returns" || next == "results"),
			(w == "precincts" || w == "districts" || w == "wards" || w == "polling") && (next == "reporting" || next == "counted") && !v.allBefore(j),
			w == "counting" && (next == "continues" || next == "continued" || next == "goes"):
			return true
		case w == "with" && next != "all" && next != "every":
			if v.nextWordOf(j+1, 6, "reporting", "counted") >= 0 {
				return true // "with 80% of ballots counted"; "with all districts counted" is the full count
			}
		}
	}
	return false
}

// allBefore: the word before j takes the whole set ("all precincts
// reporting"): a count complete, not in progress.
func (v *sentenceView) allBefore(j int) bool {
	return j > 0 && (v.ws[j-1].Lower == "all" || v.ws[j-1].Lower == "every")
}

// nextWordOf is the first of words within n words from i, before a
// clause break; -1 when none is.
func (v *sentenceView) nextWordOf(i, n int, words ...string) int {
	for k := i; k < len(v.ws) && k < i+n; k++ {
		if isClauseBreak(v.ws[k]) {
			return -1
		}
		for _, w := range words {
			if v.ws[k].Lower == w {
				return k
			}
		}
	}
	return -1
}

// countProgress: the figure says how far a count had got when another
// figure was given: "with a third of precincts reporting", "with 80% of
// ballots counted".
func (v *sentenceView) countProgress(from, to int) bool {
	if from < 1 || v.ws[from-1].Lower != "with" {
		return false
	}
	for k := to; k < len(v.ws) && k < to+4; k++ {
		switch v.ws[k].Lower {
		case "reporting", "counted", "declared", "tallied":
			return true
		}
		if isClauseBreak(v.ws[k]) {
			return false
		}
	}
	return false
}

// hasReceiver: the verb governing the count of votes has a person for
// its subject, by name or by pronoun ("Raman received 19,431 votes", "he
// won 19,431 votes"): the count is that side's tally.
func (v *sentenceView) hasReceiver(from int) bool {
	name, verb := v.subjectOfFigure(from)
	if name != "" {
		return true
	}
	if verb < 1 {
		return false
	}
	k := verb - 1
	for k > 0 && auxiliaries[v.ws[k].Lower] {
		k--
	}
	switch v.ws[k].Lower {
	case "he", "she", "they":
		return true
	}
	return false
}

// focusWords come after "by" and before a figure without
// changing what the figure measures.
var focusWords = map[string]bool{"just": true, "only": true, "barely": true, "merely": true, "mere": true, "a": true}

// gapWords after a count of votes make it the gap to another side.
var gapWords = map[string]bool{"ahead": true, "behind": true, "clear": true}

// marginNouns name the gap between two sides.
var marginNouns = map[string]bool{"lead": true, "margin": true, "majority": true, "advantage": true, "gap": true, "edge": true, "cushion": true}

// voteKinds set a count of votes apart from a side's tally.
var voteKinds = map[string]bool{
	"valid": true, "invalid": true, "spoilt": true, "spoiled": true, "rejected": true, "blank": true,
	"postal": true, "disputed": true, "contested": true, "total": true,
}

// votingBody tells a committee's tally from its assembly's: "committee"
// or "assembly" by the nearest word before the tally at word i in its
// clause that names either ("the finance committee approved the plan by
// five votes to two", "the council voted 28 to 11"); "" when the clause
// names neither.
func (v *sentenceView) votingBody(i int) string {
	start, _ := v.clauseOf(i)
	lx := officeLex()
	for j := i - 1; j >= start; j-- {
		w := stem(v.ws[j].Lower)
		switch {
		case lx.words["committee-words"][w]:
			return "committee"
		case lx.words["assembly-words"][w]:
			return "assembly"
		}
	}
	return ""
}
