package claim

import (
	"cmp"
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/pkg/mention"
)

// numberClaim: a count, share or amount of money. What it counts comes
// from the words around it: a role ("killed", "evacuated") and a head noun
// ("prisoners"). A figure whose subject cannot be told is left out.
func (v *sentenceView) numberClaim(m mention.Mention) *Claim {
	from, to := mentionWords(v.ws, m)
	member := false
	if whole, ok := v.memberOfCounted(m, from); ok {
		m, member = whole, true // "Ola Brenn was one of 23 climbers injured": 23 were injured
	}
	n := m.Number
	if from >= len(v.ws) || v.isOrdinalUse(from, to, m.Number.Unit != "") || m.Number.Unit == "" && v.labelAfterNoun(from, to) {
		return v.drop("a label or an age, not an amount")
	}
	if v.isPartOfAnother(m, from, to) {
		return v.drop("part of a larger expression (a whole, a tally, an earlier level)")
	}
	if v.kindNamedByNumber(m, from, to) {
		return v.drop("a kind of thing named by a number (\"a 3-pointer\", \"an 18-wheeler\"), not a count")
	}
	if v.isThreshold(from) || v.thresholdOfCountedSet(from, to) {
		return v.drop("a threshold that picks out a set, not an amount")
	}
	if n.Unit == "" && n.Value >= 1 && n.Value <= maxAge && v.statedAge(from, to) {
		return v.drop("a person's age (\"died aged 88\", \"at the age of 86\", \"died at 91\"), not a count")
	}
	if n.Unit == "" && n.Value >= 1 && n.Value <= 120 && (v.valueOfOne(from, to) || v.agesOfGroup(from)) {
		return v.drop("an age said of people (\"the dead driver was 52\", \"the victims were over 80\"), not a count")
	}
	if to < len(v.ws) && barNouns[stem(v.ws[to].Lower)] {
		return v.drop("a bar to clear (\"the five percent threshold\"), not a result")
	}
	if v.setOfQuantifier(from) && !v.wholeCountedByOwnClause(from, to, m.End) {
		return v.drop("the size of a set a part is taken from (\"none of the 200\")")
	}
	if v.othersBesideNamed(from, to) {
		return v.drop("the others besides someone named (\"Vell and four other nurses\", \"the other 13\"), not the whole group")
	}
	if v.countProgress(from, to) {
		return v.drop("how far a count had got (\"with a third of precincts reporting\"), not a result")
	}
	kind, slot, scale, noun := v.numberSlot(m, from, to)
	if slot == "" {
		return v.drop("nothing in its clause says what it measures")
	}
	if verb, ok := v.deniedPredicate(to); ok && (kind == KindCasualties || strings.HasPrefix(slot, "count:")) {
		if !findingVerbs[lemmaOf(verb)] {
			return v.drop("a count its verb denies (\"three were not hurt\"), not what befell them")
		}
		// "four hikers had not been found": still missing
		kind, slot, noun = KindCasualties, roleMissing.Name, roleMissing.Name
	}
	slot = v.jobsCut(slot, from)
	if member && kind != KindCasualties {
		return v.drop("part of a larger expression (a whole, a tally, an earlier level)") // "one of 23 routes"
	}
	slot = v.voteStageSuffix(slot)
	if degree, condition := v.degreeOfInjury(to); degree != "" && v.partitiveAfter(to) {
		// "nine of them in critical condition": a part taken by how
		// badly its people were hurt is a count of its own, of the
		// badly hurt.
		kind, slot, noun = KindCasualties, degreeSlot(degree, condition), roleInjured.Name
	} else if kind == KindCasualties && (v.isPartialCount(from) || v.partOfVictims(from)) || !strings.HasPrefix(slot, "percent:") && v.isIncrement(to) || v.addedBefore(from) {
		return v.drop("a part of a count or an addition to it")
	}
	if strings.HasPrefix(slot, "money:") && v.includedPart(from) {
		return v.drop("a part a whole includes (\"the budget includes $7.1 million for repairs\"), not the whole")
	}
	if v.isDifference(to) {
		return v.drop("the difference between two figures (\"€6m larger than\"), not a measure")
	}
	if v.isBatch(from) || (kind == KindCasualties || IsSeries(slot)) && v.countedOverDays(from) {
		return v.drop("a batch of a count (\"the last three bodies\"), not its total")
	}
	if v.isRequirement(from, to) || v.mustVerb(to) {
		return v.drop("a level something needs (\"the 95% needed\"), not one reached")
	}
	if v.fractionOfOne(m, to) {
		return v.drop("a fraction of one thing (\"0.6 of a share for each share\"), not a share of a set")
	}
	if v.isLimit(from) {
		return v.drop("a limit set on an amount (\"capped at £2m\"), not the amount")
	}
	if !strings.HasPrefix(slot, "percent:") && v.countsSpeakers(to) {
		return v.drop("the people who spoke (\"two survivors said\"), not a measure of the story")
	}
	var listed []mention.Mention
	if kind == KindCasualties {
		// "Eleven miners and two engineers were trapped": each figure is a
		// part of the group the verb tells of, and the first carries their
		// sum.
		if v.listedAfterAnother(from) {
			return v.drop("one of several figures that share one verb: counted in the first")
		}
		listed = v.listedFigures(to)
	}
	if !strings.HasPrefix(slot, "votes:margin") {
		slot = v.changePrefix(from, to) + slot
		if strings.HasPrefix(slot, "percent:") && v.comparativeAfter(to) {
			slot = "change:" + slot // "shares closed 1.3% higher": a move, not a share of anything
		}
	}
	if v.eachSubject(from) {
		slot += ":each" // "every extra nurse costs €58,000 a year": a unit's figure, not the whole's
	} else if strings.HasPrefix(slot, "money:") && v.oneItemAlone(from) {
		slot += ":one" // "the costliest vase alone is insured for €9m": one item's, not the set's
	} else if strings.HasPrefix(slot, "money:") && v.sumOfSeveral(from, to) {
		slot += ":all" // "a combined value of €47 million": several items' together, not one's
	} else if !strings.HasPrefix(slot, "money:") {
		slot += v.perPart(from, to) // a sum "to each family" is per family anyway
	}
	if scope := v.scopeOf(to); scope != "" {
		slot += ":" + scope // "employs 40,000 people worldwide": the whole group's, not one site's
	}
	if period := v.ratePeriod(to); period != "" {
		slot += ":per-" + period // "54,000 tonnes a year": a rate, measured against rates only
	}
	if dir := v.moveDirection(from); dir != "" && (strings.HasPrefix(slot, "percent:") || strings.HasPrefix(slot, "points:")) {
		slot += ":" + dir // "shares rose 3%" and "lost a tenth of their value" are two moves
		if v.sinceAfter(to) {
			slot += ":since" // "have fallen 12% since Monday": a move over a span, not one day's
		}
	}
	if n.Vague && v.s.Headline {
		return v.drop("a vague figure in a headline") // "several dead": the body gives the figure
	}
	if kind == KindQuantity && strings.EqualFold(m.Text, "one") {
		return v.drop(`"one" as an article`) // "said one mother"
	}
	if strings.EqualFold(m.Text, "zero") && to < len(v.ws) && v.tag(to) == "NN" {
		// "zero tolerance", "a zero-day flaw": a count of none takes a
		// plural ("zero deaths"); a singular makes a term.
		return v.drop(`"zero" in a term, not a count`)
	}
	end := m.End
	if len(listed) > 0 {
		end = listed[len(listed)-1].End
	}
	c := v.base(kind, slot, m.Start, end)
	c.Value = m.Value()
	unit, base := v.unitScale(from, to, m.End)
	scale *= unit
	c.Lo, c.Hi = Bound(n.Min*scale), Bound(openEnd(m.Text, n.Mod, n.Min, n.Max)*scale)
	c.Exact = n.Mod == mention.ModNone && !n.Vague
	c.Vague = n.Vague
	if unit != 1 && c.Exact {
		// "a depth of six miles" stands for about 5.5 to 6.5 miles: a
		// figure rounds in the unit its text used, which the base unit
		// hides.
		half := Bound(statedRounding(n.Min) * scale)
		c.Lo, c.Hi, c.Exact = c.Lo-half, c.Hi+half, false
	}
	if strings.HasPrefix(slot, "speed:") {
		base = baseUnits["speed"] // "km/h": a length read per hour
	}
	c.Display = numberDisplay(m.Text, n, scale, cmp.Or(unitLabel(slot), base))
	for _, part := range listed {
		pn := part.Number
		c.Lo += Bound(pn.Min * scale)
		c.Hi += Bound(openEnd(part.Text, pn.Mod, pn.Min, pn.Max) * scale)
		c.Exact = c.Exact && pn.Mod == mention.ModNone && !pn.Vague
	}
	if len(listed) > 0 {
		c.Value = map[string]any{"value": float64(c.Lo), "parts": len(listed) + 1}
		c.Display = sumDisplay(c.Lo, c.Hi)
	}
	c.Event.Noun = noun
	c.Frame = v.frameOf(slot, noun, from, to, m.End)
	if base != "" || unitLabel(slot) != "" {
		c.Frame.Definite = false // "the 6% rise", "the 12-metre crest": a measure, not a set's size
	}
	if kind == KindCasualties {
		c.Frame.Group = v.countedGroup(from, to, m.End)
		c.Frame.Definite = v.sizeNamedBefore(from)
		c.Event.Place = v.placeOfCount(to)
		c.Event.Cause = v.causeOfCount(from, to)
	}
	if spreadOverPlaces(slot) {
		// "2,100 people were evacuated in Varnby": people moved out
		// or cut off are counted place by place, as tolls are.
		c.Event.Place = cmp.Or(v.placeBeforePeople(to), v.placeOfCount(to), v.placeOfWhereClause(from))
	}
	c.Running = !strings.HasPrefix(slot, "percent") && v.runningTotal(from) || strings.HasPrefix(slot, "percent") && (v.towardTarget(to) || v.completedState(to) != "")
	c.State = kind == KindQuantity && !(c.Frame != nil && c.Frame.Whole) && v.inProgress(to)
	c.Rose, c.Fell = v.raisedTo(from), v.fellTo(from)
	c.Changed = c.Rose || v.loweredTo(from) || v.leftByChange(from) || v.setAgainstEarlier(to) || v.movedFromEarlier(to) || v.revisedBefore(from)
	c.Final = IsSeries(slot) && (v.settledCount(from) || slot != roleKilled.Name && kind == KindCasualties && !c.Running && v.tiedToMoment(to))
	if IsSeries(slot) || c.Running {
		if asOf := v.countedOn(from); asOf != "" {
			c.AsOf = asOf // "the toll stood at 38 on Wednesday": the count holds for Wednesday
		} else if v.entryOfUnknownDay() {
			// "Next day — the toll reaches 17": an entry of a timeline
			// holds for its own day, which its label does not give; not
			// for the day the timeline was published.
			c.AsOf = ""
		}
	}
	if kind == KindQuantity && !IsSeries(slot) {
		// A fixed measure is dated by a day in its own clause ("a
		// magnitude 7.3 quake struck on Tuesday"); a series is not: its
		// day is that of the count ("rose to 19 on Wednesday").
		if d := cmp.Or(v.clauseDate(from), v.moveDate(from)); d != nil {
			c.Event.Date, c.Event.DateText = dateString(d.Date), d.Text
		}
	}
	if kind == KindCasualties || strings.HasPrefix(slot, "measure:") {
		// "three were hurt in an aftershock", "the institute puts the
		// aftershock at magnitude 5.1": the aftershock's, not the quake's.
		start, end := v.looseClauseOf(from)
		c.Event.Other = c.Event.Other || onlySecondaryEvent(v.ws[start:end])
	}
	if v.subjectLongPast(from) || v.whenOfPast(from) || v.afterPastOnSemicolon(from) {
		// "the 2009 fire burned 20,000 acres and destroyed over 40
		// houses": a count of a year long past is another event's.
		c.Event.Other = true
	}
	if strings.HasPrefix(slot, "votes") && c.Event.Sequence == 0 {
		c.Event.Sequence = v.countStage(from) // "preliminary figures put him 29 ahead", "the certified result"
	}
	c.Refuted = v.refuted(from)
	c.Unverified = c.Unverified || v.expectedBefore(from) || v.supersededBefore(from) || v.qualifiedAfter(to) || v.hypothetical(from) || strings.HasPrefix(slot, "percent:") && v.pollBefore(from) || v.ruleClause(from)
	return c
}

// settledCount: the figure's clause calls its count final ("the final
// toll stood at 53", "set the final figure at 41 dead", "a final death
// toll of 53"), a few words before the figure.
func (v *sentenceView) settledCount(from int) bool {
	start, _ := v.clauseOf(from)
	for k := from - 1; k >= start && k >= from-6; k-- {
		if v.ws[k].Lower == "final" {
			return true
		}
	}
	return v.searchEnded() || v.tollWillNotChange()
}

// tollWillNotChange: the sentence says its count will not change ("the
// toll of 37 would not change", "will not rise"): a closed count, as a
// final one is.
func (v *sentenceView) tollWillNotChange() bool {
	for k := range v.ws {
		if (v.ws[k].Lower == "would" || v.ws[k].Lower == "will") && closesCount(v.ws, k) {
			return true
		}
	}
	return false
}

// closesCount: the modal at k says a count will not change ("would not
// change", "will not rise"), which asserts the count rather than
// supposing it.
func closesCount(ws []word, k int) bool {
	return k+2 < len(ws) && (ws[k+1].Lower == "not" || ws[k+1].Lower == "never") && (ws[k+2].Lower == "change" || ws[k+2].Lower == "rise")
}

// searchEnded: the sentence tells the search for victims ended ("the
// search has been formally ended", "rescuers called off the search"):
// no one more will be found, so its toll is final. A search suspended
// for the night goes on.
func (v *sentenceView) searchEnded() bool {
	for k, w := range v.ws {
		if w.Lower != "search" {
			continue
		}
		for j := max(0, k-4); j < len(v.ws) && j <= k+5; j++ {
			if _, ends := endedSearch[v.ws[j].Lower]; j != k && ends && v.particleFollows(j) {
				return true
			}
		}
	}
	return false
}

// endedSearch are the words that end a search for good, with the
// particle a verb needs for it ("called off", "stood down").
var endedSearch = map[string]string{"ended": "", "called": "off", "abandoned": "", "concluded": "", "over": "", "stood": "down"}

// particleFollows: the word at j has the particle endedSearch asks of it.
func (v *sentenceView) particleFollows(j int) bool {
	particle := endedSearch[v.ws[j].Lower]
	return particle == "" || j+1 < len(v.ws) && v.ws[j+1].Lower == particle
}

// tiedToMoment: the count's clause ties it to the moment of the event by
// a "when" clause with a past verb ("seven were hurt when two chairs came
// off the cable"): what befell people at that moment is closed once it
// passed, and a later, higher count with no word of growth contradicts
// it rather than updating it.
func (v *sentenceView) tiedToMoment(to int) bool {
	_, end := v.clauseOf(max(to-1, 0))
	for k := to; k+1 < len(v.ws) && k <= end+1; k++ {
		if v.ws[k].Lower == "when" || v.ws[k].Lower == "as" && k > to {
			for j := k + 1; j < len(v.ws) && j <= k+6; j++ {
				if v.tag(j) == "VBD" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// countStage is the stage of an election's count a tally belongs to, by
// the words of its clause: 1 for the count on the night ("unofficial",
// "preliminary", "on election night", "the first count"), 2 for the
// count that ends it ("final", "certified", "after the recount"); 0 when
// the clause says neither. Tallies of two stages are two measures: a
// recount exists because they may differ.
func (v *sentenceView) countStage(from int) int {
	start, end := v.looseClauseOf(from)
	stage := 0
	for j := start; j < end; j++ {
		w := v.ws[j].Lower
		next := v.wordAt(j + 1)
		switch {
		case w == "unofficial" || w == "preliminary" || w == "provisional" || w == "election" && next == "night" || w == "first" && next == "count" || w == "initial" && next == "count":
			stage = cmp.Or(stage, 1)
		case w == "final" || w == "certified" || w == "recount" || w == "recounted":
			stage = cmp.Or(stage, 2)
		}
	}
	return stage
}

// partOfCountedWhole: the figure is a part of a whole counted between it
// and its noun ("nine of the 23 people who died"), so a relative clause
// on the noun tells of the whole, not of the part.
func (v *sentenceView) partOfCountedWhole(to, headAt int) bool {
	if to >= len(v.ws) || headAt <= to || v.ws[to].Lower != "of" {
		return false
	}
	for j := to + 1; j < headAt; j++ {
		if isFigureWord(v.ws[j]) {
			return true
		}
	}
	return false
}

// maxRelativeWords bounds how far into a relative clause on a counted
// noun its role is sought.
const maxRelativeWords = 5

// relativeRole is the role a relative clause on the counted noun at
// headAt gives the people or things counted: "six people who died in the
// crush were named", "three workers who were injured remain in hospital".
// The clause describes them as a participle before the noun would.
func (v *sentenceView) relativeRole(headAt int) (role, bool) {
	if headAt < 0 || headAt+1 >= len(v.ws) || v.ws[headAt+1].Lower != "who" && v.ws[headAt+1].Lower != "that" {
		return role{}, false
	}
	if v.ws[headAt+1].Lower == "that" && v.toldBefore(headAt) {
		return role{}, false // "told the nine jurors that they would not impose death": what they were told
	}
	for k := headAt + 2; k < len(v.ws) && k <= headAt+1+maxRelativeWords; k++ {
		if isClauseBreak(v.ws[k]) {
			break
		}
		if rl, ok := cueAt(v.ws, k, ""); ok {
			return rl, true
		}
	}
	return role{}, false
}

// toldBefore: the noun phrase ending at headAt is the object of a verb
// of telling ("told the other nine jurors", "warned 40 residents"), so a
// "that" after it opens what was told, not a relative clause on it.
func (v *sentenceView) toldBefore(headAt int) bool {
	speech := officeLex().words["speech-verbs"]
	for k := headAt - 1; k >= 0 && k >= headAt-5; k-- {
		if speech[v.ws[k].Lower] {
			return true
		}
		if t := v.tag(k); t != "DT" && t != "CD" && t != "PRP$" && !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") {
			return false
		}
	}
	return false
}

// runningTotal reports a figure given as a total so far: its clause has a
// verb in the perfect ("2,600 homes have been inspected", "had moved
// 18,000 people by the evening") or says so ("so far", "to date", "in
// all"). A count in the simple past ("forced 30,000 from their homes in
// its first three days") holds for the time it names.
func (v *sentenceView) runningTotal(from int) bool {
	start, end := v.clauseOf(from)
	comma := start
	if comma > 0 && v.ws[comma].Lower != "," {
		comma--
	}
	if comma >= 2 && v.ws[comma].Lower == "," && runningPhrase(v.ws[comma-2].Lower, v.ws[comma-1].Lower) {
		return true // "In all, some 9,000 residents had to leave their homes"
	}
	for j := start; j < end; j++ {
		next := ""
		if j+1 < end {
			next = v.ws[j+1].Lower
		}
		switch w := v.ws[j].Lower; {
		case w == "have" || w == "has" || w == "had":
			if v.perfectAfter(j, end) && v.perfectGoverns(j, from) && !v.perfectOfDecision(j, end) {
				return true
			}
		case runningPhrase(w, next):
			return true
		}
	}
	return v.raisedTo(from)
}

// runningPhrase: two words that make a count a total so far ("so far",
// "to date", "in all", "in total").
func runningPhrase(w, next string) bool {
	return w == "so" && next == "far" || w == "to" && next == "date" || w == "in" && (next == "all" || next == "total")
}

// raisedTo: the figure is the level a rise brought something to ("the
// reward was doubled to $40,000", "raised its estimate to 2,000"): the
// text says the figure grows, as a total so far does, so two such
// figures are read as a series.
func (v *sentenceView) raisedTo(from int) bool {
	verb := v.verbBeforeTo(from)
	if verb == "" {
		return false
	}
	return verbIn(verb, risingVerbs) || verbIn(verb, scalingVerbs)
}

// fromLevelTo: the figure is the B of "from A to B", with A's unit
// between if it has one ("from 37 to 12", "from 4 per cent to 6 per
// cent").
func (v *sentenceView) fromLevelTo(from int) bool {
	if from < 3 || v.ws[from-1].Lower != "to" {
		return false
	}
	for k := from - 2; k >= 1 && k >= from-5; k-- {
		if v.tag(k) == "CD" {
			return v.ws[k-1].Lower == "from"
		}
	}
	return false
}

// verbIn: the word is a form of a verb of the set, irregular forms
// included ("rose", "fell").
func verbIn(w string, verbs map[string]bool) bool {
	if base, ok := mention.VerbBase(w); ok {
		return verbs[base]
	}
	if verbs[w] {
		return true
	}
	for _, base := range verbBases(w) {
		if verbs[base] {
			return true
		}
	}
	return false
}

// verbBeforeTo is the verb of "VERB [its object] to FIGURE" ("rose to
// 19", "doubled the reward to $50,000"), "" when "to" does not come right
// before the figure or no verb stands before it.
func (v *sentenceView) verbBeforeTo(from int) string {
	if from < 2 || v.ws[from-1].Lower != "to" {
		return ""
	}
	k := from - 2
	for ; k > 0 && k > from-7; k-- {
		t := v.tag(k)
		if !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "DT" && t != "PRP$" && t != "POS" && v.ws[k].Lower != "of" {
			break
		}
	}
	return v.ws[k].Lower
}

// leftByChange: the figure is the level a change told just before left
// something at: "shaved 16 votes from her lead, leaving her ahead by
// 291", "rose by 40, bringing the total to 310".
func (v *sentenceView) leftByChange(from int) bool {
	for k := from - 1; k > 0 && k >= from-6; k-- {
		if isClauseBreak(v.ws[k]) {
			return false
		}
		if resultVerbs[v.ws[k].Lower] && v.ws[k-1].Lower == "," {
			return v.changeVerbBefore(k - 1)
		}
	}
	return false
}

// setAgainstEarlier: the sentence sets the figure against an earlier
// level of its own measure ("298 votes ahead, fewer than his lead of
// 312 on the first count"): the figure is the level after a change.
func (v *sentenceView) setAgainstEarlier(to int) bool {
	for k := to; k+1 < len(v.ws) && k < to+maxComparisonWords; k++ {
		w := v.ws[k].Lower
		if w == ";" || w == "." || w == "but" {
			return false
		}
		if !comparatives[w] || v.ws[k+1].Lower != "than" {
			continue
		}
		for j := k + 2; j < len(v.ws) && j < k+8; j++ {
			if isFigureWord(v.ws[j]) {
				return v.earlierStageAfter(j)
			}
		}
	}
	return false
}

// movedFromEarlier: the words after the figure set it against an
// earlier level ("12,000 litres, four times the initial figure", "a new
// offer of 6%, up from 4.5%"): a revision or a changed level.
func (v *sentenceView) movedFromEarlier(to int) bool {
	for k := to; k+1 < len(v.ws) && k < to+maxComparisonWords; k++ {
		w, next := v.ws[k].Lower, v.ws[k+1].Lower
		switch {
		case w == ";" || w == ".":
			return false
		case (w == "up" || w == "down") && next == "from":
			return true
		case earlierEstimateWords[w] && revisedNouns[stem(next)]:
			return true
		}
	}
	return false
}

var (
	// earlierEstimateWords put an estimate before the one told now.
	earlierEstimateWords = map[string]bool{"initial": true, "original": true, "earlier": true, "previous": true, "preliminary": true, "first": true}
	// revisedNouns name a figure a later one revises.
	revisedNouns = map[string]bool{"estimate": true, "figure": true, "count": true, "assessment": true}
)

// earlierStageAfter: the words after the figure at j put it at an
// earlier stage ("on the first count", "before the recount", "last
// week", "in the provisional result").
func (v *sentenceView) earlierStageAfter(j int) bool {
	for k := j + 1; k < len(v.ws) && k <= j+6; k++ {
		switch v.ws[k].Lower {
		case "first", "earlier", "before", "previous", "provisional", "preliminary", "initial", "originally", "last":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// maxComparisonWords bounds how far after a figure its comparison with
// an earlier level may stand.
const maxComparisonWords = 14

var comparatives = map[string]bool{"fewer": true, "more": true, "less": true, "lower": true, "higher": true, "smaller": true, "larger": true, "bigger": true}

// resultVerbs open a phrase that tells where a change left something.
var resultVerbs = map[string]bool{"leaving": true, "bringing": true, "taking": true, "putting": true, "pushing": true}

// changeVerbBefore: a verb of rising, falling, scaling or revision stands
// in the clause that ends at word k.
func (v *sentenceView) changeVerbBefore(k int) bool {
	start, _ := v.clauseOf(max(k-1, 0))
	for j := k - 1; j >= start; j-- {
		w := v.ws[j].Lower
		if verbIn(w, risingVerbs) || verbIn(w, fallingVerbs) || verbIn(w, scalingVerbs) || verbIn(w, revisionVerbs) {
			return true
		}
	}
	return false
}

// loweredTo: the figure is the level a fall or a revision brought
// something to ("the estimate was cut to 400", "coverage fell to 71%").
// Unlike a rise it makes no running total.
func (v *sentenceView) loweredTo(from int) bool {
	verb := v.verbBeforeTo(from)
	if verb == "" {
		return false
	}
	return verbIn(verb, fallingVerbs) || verbIn(verb, revisionVerbs)
}

// fellTo: a verb of falling brought the figure to its level ("fell to
// 71%", "was cut to 12"); a revision that may go either way ("revised
// to", "adjusted to") says no direction.
func (v *sentenceView) fellTo(from int) bool {
	verb := v.verbBeforeTo(from)
	return verb != "" && (verbIn(verb, fallingVerbs) || verbIn(verb, cuttingVerbs))
}

var cuttingVerbs = map[string]bool{"cut": true, "lower": true, "reduce": true, "halve": true, "slash": true, "trim": true, "shave": true}

// perfectGoverns: the perfect at j is the figure's own verb, not a verb
// whose object merely holds the figure somewhere ("we have been sent a
// photo of the 58,000-capacity stadium"): before the figure, no noun
// stands between the verb and the figure; after it, the figure's noun
// phrase runs up to the auxiliary.
func (v *sentenceView) perfectGoverns(j, from int) bool {
	if j > from {
		figure := from
		for figure < j && v.tag(figure) != "CD" {
			figure++ // past a hedge: "more than 6,000"
		}
		for k := figure + 1; k < j; k++ {
			if v.isVerbAt(k) && !v.prenominalParticiple(k) || v.tag(k) == "IN" && v.ws[k].Lower != "of" {
				return false // "2,000 residents of the valley have fled" still holds
			}
		}
		return true
	}
	for k := j + 1; k < from; k++ {
		if v.isNounAt(k) || v.isProperNoun(k) {
			return false
		}
	}
	return true
}

// perfectOfDecision: the perfect at j is of a verb that tells one
// decision ("recounts have been ordered at 40 polling stations", "has
// approved 43 licences"): the figure sizes that one act, not a total so
// far that later acts add to, as "have been rescued" is.
func (v *sentenceView) perfectOfDecision(j, end int) bool {
	for k := j + 1; k < end && k <= j+3; k++ {
		if v.tag(k) == "VBN" && v.ws[k].Lower != "been" {
			return decisionVerbs[v.ws[k].Lower]
		}
	}
	return false
}

// decisionVerbs are the participles of verbs that settle something once.
var decisionVerbs = map[string]bool{
	"ordered": true, "approved": true, "authorised": true, "authorized": true, "granted": true,
	"banned": true, "decided": true, "imposed": true, "sanctioned": true, "scheduled": true,
}

// perfectAfter reports the auxiliary at j followed, past any adverbs, by
// "been" or a past participle: the perfect, not "had 4,000 residents".
func (v *sentenceView) perfectAfter(j, end int) bool {
	for k := j + 1; k < end && k <= j+3; k++ {
		w := v.ws[k].Lower
		if w == "been" || v.tag(k) == "VBN" {
			return true
		}
		if !isAdverb(w) && w != "not" && w != "already" {
			return false
		}
	}
	return false
}

// sumDisplay shows the total of figures listed for one verb.
func sumDisplay(lo, hi Bound) string {
	if lo == hi {
		return fmt.Sprintf("%g in all", float64(lo))
	}
	return fmt.Sprintf("%g–%g in all", float64(lo), float64(hi))
}

// frameOf records what the slot was built from: the counted noun, the
// predicate (a count's verb or a role), and whether the figure sizes a
// whole set.
func (v *sentenceView) frameOf(slot, noun string, from, to, mentionEnd int) *Frame {
	f := &Frame{Head: noun}
	parts := strings.Split(strings.TrimPrefix(slot, "change:"), ":")
	switch {
	case parts[0] == "count" && len(parts) > 2:
		f.Predicate = parts[2]
	case parts[0] != "count":
		f.Predicate = parts[0]
	}
	if from > 0 {
		switch v.ws[from-1].Lower {
		case "all", "its", "their", "total", "entire":
			f.Whole = true
		}
	}
	// "the 14-yard line", "the 32-bit version": a figure joined to its
	// unit by a hyphen describes one thing, it does not count a set.
	f.Definite = v.definiteSize(from) && hyphenSuffix(v.ws, from, to, mentionEnd) == ""
	f.Holder = cmp.Or(v.subjectNameOf(from), v.nameStandingOn(from), v.agentAfterCounted(to))
	if hyphenSuffix(v.ws, from, to, mentionEnd) != "" {
		f.Whole = true // "an eight-carriage train": the figure is the train's size
		if to < len(v.ws) && f.Holder == "" {
			// "a 19-member cabinet" and "the 150-member chamber" size two
			// kinds of body; a train and an express may be one train.
			f.Holder = cmp.Or(bodyKinds[stem(v.ws[to].Lower)], documentKinds[stem(v.ws[to].Lower)])
		}
	}
	return f
}

// definiteSize: the figure starting at word from is given as the known
// size of its set, by the definite article right before it ("the three
// derailed carriages") or before a noun naming a count's size.
func (v *sentenceView) definiteSize(from int) bool {
	return from >= 1 && definiteWords[v.ws[from-1].Lower] || v.sizeNamedBefore(from)
}

// sizeNamedBefore: a definite noun naming a count's size stands before the
// figure ("the confirmed toll of 38", "its final tally of 412"). A
// casualty figure is known as the whole only this way: "the two men
// killed at the scene" may be a part of "the three deaths".
func (v *sentenceView) sizeNamedBefore(from int) bool {
	if from < 3 || v.ws[from-1].Lower != "of" || !sizeNouns[v.ws[from-2].Lower] {
		return false
	}
	for k := from - 3; k >= 0 && k >= from-5; k-- {
		if definiteWords[v.ws[k].Lower] || v.ws[k].Lower == "its" || v.ws[k].Lower == "their" {
			return true
		}
		if v.tag(k) != "JJ" && v.tag(k) != "VBN" {
			return false // "a toll of 38", "raised the toll of the storm"
		}
	}
	return false
}

var definiteWords = map[string]bool{"the": true, "these": true, "those": true}

// sizeNouns name the size a count reached: "the toll of 38".
var sizeNouns = map[string]bool{"toll": true, "tally": true, "total": true}

// bodyKinds sort the bodies a count of members can size into kinds that
// are never one body: an assembly under any of its names, a government's
// cabinet, a committee, a board, a jury.
var bodyKinds = map[string]string{
	"cabinet": "cabinet", "government": "cabinet",
	"parliament": "assembly", "assembly": "assembly", "chamber": "assembly", "house": "assembly",
	"legislature": "assembly", "congress": "assembly", "senate": "assembly", "council": "assembly",
	"committee": "committee", "panel": "committee", "subcommittee": "committee",
	"board": "board", "jury": "jury",
}

// documentKinds sort the documents a count of pages can size into kinds
// that are never one document: a report under any of its names, and a
// statement or letter in answer to one.
var documentKinds = map[string]string{
	"report": "report", "review": "report", "audit": "report", "study": "report", "inquiry": "report",
	"indictment": "indictment", "judgment": "ruling", "ruling": "ruling", "verdict": "ruling",
	"statement": "statement", "letter": "statement", "memo": "statement", "response": "statement",
}

// nameStandingOn is the name a share is given to with "on" or "with"
// right before it: "ahead of the Farmers Party on 31 per cent", "the
// Greens, with 12%". "" when no name ends right before.
func (v *sentenceView) nameStandingOn(from int) string {
	if from < 2 || v.ws[from-1].Lower != "on" && v.ws[from-1].Lower != "with" {
		return ""
	}
	k := from - 2
	if v.ws[k].Lower == "," && k > 0 {
		k--
	}
	for _, n := range v.names {
		if n.End == v.ws[k].End && !n.Person {
			return n.Key
		}
	}
	return ""
}

// agentAfterCounted is the name a passive participle after the counted
// noun gives as its agent ("the 21 prisoners released by Brennor"): the
// one whose act the figure counts, as the subject of the active verb is
// ("Brennor released 21 prisoners").
func (v *sentenceView) agentAfterCounted(to int) string {
	j := to
	for j < len(v.ws) && j < to+3 && (strings.HasPrefix(v.tag(j), "NN") || strings.HasPrefix(v.tag(j), "JJ")) && !v.ws[j].Capital {
		j++
	}
	if j == to || j+2 >= len(v.ws) || v.tag(j) != "VBN" && v.tag(j) != "VBD" || v.ws[j+1].Lower != "by" {
		return ""
	}
	for _, n := range v.names {
		if n.Start == v.ws[j+2].Start {
			return n.Key
		}
	}
	return ""
}

// degreeOfInjury is how badly the people a figure counts were hurt, when
// an adverb says so ("four were seriously injured", "two critically hurt
// workers", "four of them seriously"): "serious" or "critical", else "".
// A condition ("in a serious condition") is a state of the day it is
// told, which moves as patients recover or die; the degree of an injury
// does not.
func (v *sentenceView) degreeOfInjury(to int) (degree string, condition bool) {
	for j := to; j < len(v.ws) && j < to+maxDegreeWords; j++ {
		w := v.ws[j].Lower
		if isClauseBreak(v.ws[j]) {
			return "", false
		}
		next, after := "", ""
		if j+1 < len(v.ws) {
			next = v.ws[j+1].Lower
		}
		if j+2 < len(v.ws) {
			after = v.ws[j+2].Lower
		}
		switch degree := injuryDegrees[w]; {
		case degree != "" && (next == "" || isClauseBreak(v.ws[j+1]) || v.injuryCueAt(j+1)):
			return degree, false // "seriously injured", "four of them seriously."
		case w == "in" && next == "a" && conditionDegrees[after] != "":
			return conditionDegrees[after], true // "in a serious condition"
		case w == "in" && conditionDegrees[next] != "":
			return conditionDegrees[next], true // "in critical condition"
		}
	}
	return "", false
}

// degreeSlot is the measure of the badly hurt: the injured of a degree,
// or the people in a condition on the day told.
func degreeSlot(degree string, condition bool) string {
	if condition {
		return roleCondition.Name + ":" + degree
	}
	return roleInjured.Name + ":" + degree
}

// stateOfThings reads a state a count's things are in, given by a
// preposition and a bare singular noun ("at anchor", "in port", "at
// sea"), at word j or after a verb of staying at j ("waiting at
// anchor", "lay at anchor"). A bare noun after the preposition names a
// condition, not a place: "at the harbour" is somewhere, "at anchor" a
// way of being. "" for none.
func (v *sentenceView) stateOfThings(j int) string {
	if j < len(v.ws) && (stayingVerbs[lemmaOf(v.ws[j].Lower)] || stateVerbs[lemmaOf(v.ws[j].Lower)]) {
		j++
	}
	if j+2 < len(v.ws) && v.ws[j].Lower == "out" && v.ws[j+1].Lower == "of" && strings.HasPrefix(v.tag(j+2), "NN") {
		return "out" // "out of action", "out of service", "out of use": one state, however worded
	}
	if j+1 >= len(v.ws) || !statePrepositions[v.ws[j].Lower] {
		return ""
	}
	noun := v.ws[j+1]
	phraseEnds := j+2 >= len(v.ws) || v.ws[j+2].isPunct() || stopAfterNumber[v.ws[j+2].Lower]
	if noun.Capital || wholeNouns[noun.Lower] || !(v.tag(j+1) == "NN" || v.tag(j+1) == "JJ" && phraseEnds) ||
		!phraseEnds && strings.HasPrefix(v.tag(j+2), "NN") {
		// "in Calder", "at sea level", "in total"; but "at anchor
		// outside Calder", where the tagger may read "anchor" as an
		// adjective, ends its phrase at the preposition.
		return ""
	}
	return stem(noun.Lower)
}

var (
	statePrepositions = map[string]bool{"at": true, "in": true, "on": true}
	stayingVerbs      = map[string]bool{"wait": true, "lie": true, "lay": true, "sit": true}
)

// partitiveAfter: "of" follows the figure, taking it from a set ("four
// of them", "two of the injured").
func (v *sentenceView) partitiveAfter(to int) bool {
	return to < len(v.ws) && v.ws[to].Lower == "of"
}

// injuryCueAt: word j is a cue of the injured ("injured", "hurt").
func (v *sentenceView) injuryCueAt(j int) bool {
	rl, ok := cueAt(v.ws, j, "")
	return ok && rl == roleInjured
}

// maxDegreeWords bounds how far after a figure a word of its degree may
// stand ("16 of them in a serious condition").
const maxDegreeWords = 8

var (
	injuryDegrees = map[string]string{
		"seriously": "serious", "badly": "serious", "severely": "serious", "gravely": "serious",
		"critically": "critical",
	}
	conditionDegrees = map[string]string{"serious": "serious", "critical": "critical"}
)

// countedGroup is the group a casualty figure counts when its noun names
// people who came to help ("two rescue workers", "a firefighter"): news
// counts casualties among them apart from the victims, so such a count
// is a part of a toll, not the toll. "" for anyone else.
func (v *sentenceView) countedGroup(from, to, mentionEnd int) string {
	head, at := v.headNoun(from, to, mentionEnd)
	if head == "" {
		return ""
	}
	if at > to {
		if group := responders[v.ws[at-1].Lower+" "+head]; group != "" {
			return group // "rescue workers", not the workers of a plant
		}
	}
	return responders[head]
}

// countedOn is the time a count holds for when its clause dates the count
// itself ("stood at 38 on Wednesday", "had risen to 19 by Tuesday
// evening"): midday of that day, or "" when that is the day of
// publication or the clause gives no such day.
func (v *sentenceView) countedOn(i int) string {
	if day := v.entryDay(); day != "" && !v.publishedOn(day) {
		// "July 6 — 212 suspected cases and four deaths": a timeline's
		// day tells where the count stood when the day was done.
		return day + "T23:59:00Z"
	}
	m := v.clauseDay(i, func(m *mention.Mention, from int) bool {
		return m.Date.Day != "" && (v.datesAnUpdate(from) || from > 0 && v.ws[from-1].Lower == "by" && !v.possessiveMention(m))
	})
	if m == nil {
		return ""
	}
	if v.publishedOn(m.Date.Day) {
		return ""
	}
	return m.Date.Day + "T" + v.partOfDayAfter(m) + ":00Z"
}

// partOfDayAfter is the hour the part of the day written after a date
// stands for ("by Friday evening" holds for the evening, not the
// middle of the day), noon when none is.
func (v *sentenceView) partOfDayAfter(m *mention.Mention) string {
	to := wordIndexAt(v.ws, m.End)
	for to < len(v.ws) && v.ws[to].Start < m.End {
		to++
	}
	if to < len(v.ws) && partsOfDay[v.ws[to].Lower] != "" {
		return partsOfDay[v.ws[to].Lower]
	}
	return "12:00"
}

// possessiveMention: the date is written as a possessive ("killed by
// Saturday's quake"): it names the day of its noun, and "by" before it
// is the agent's, not a time by which a count holds.
func (v *sentenceView) possessiveMention(m *mention.Mention) bool {
	to := wordIndexAt(v.ws, m.End)
	for to < len(v.ws) && v.ws[to].Start < m.End {
		to++
	}
	return v.possessiveDateEnd(to) > 0
}

// publishedOn: the article appeared on day ("2025-07-16"), so its own
// time says more of a count of that day than noon does.
func (v *sentenceView) publishedOn(day string) bool {
	pub := v.a.Doc.Published
	return pub != nil && pub.UTC().Format("2006-01-02") == day
}

// maxEntryLabelWords bounds the label of a timeline entry ("Next day",
// "Day two", "Later that week").
const maxEntryLabelWords = 4

// entryOfUnknownDay: the sentence is an entry of a timeline whose label
// names no day ("Next day — ...", "Day two — ..."): a short label, then a
// dash, and no date among the label's words.
func (v *sentenceView) entryOfUnknownDay() bool {
	k := 0
	if k < len(v.ws) && (v.ws[k].Lower == "-" || v.ws[k].Lower == "*") {
		k++ // a list's bullet
	}
	for j := k; j < len(v.ws) && j <= k+maxEntryLabelWords; j++ {
		switch w := v.ws[j].Lower; {
		case w == "—" || w == "–":
			return j > k
		case !isWordLike(w) || v.inMentionWhere(v.ws[j].Start, func(m *mention.Mention) bool { return m.Type == mention.TypeDate && !chainedDay(*m) }):
			return false
		}
	}
	return false
}

// chainedDay: a day told from another day the text does not give here
// ("next day", "the following day"): in a timeline, from the entry
// before, not from the day of publication. A weekday is not: it names
// its own day of the week.
func chainedDay(m mention.Mention) bool {
	return m.Date != nil && m.Date.Relative && WeekdayIn(m.Text) == "" && !isDeictic(m.Text)
}

// entryDay is the day a timeline entry opens on ("July 6 — ..."), which
// every count of the entry holds for; "" when the sentence is no entry
// or its label gives no day.
func (v *sentenceView) entryDay() string {
	for _, mi := range v.s.Mentions {
		m := v.a.Mentions[mi]
		if m.Type != mention.TypeDate || m.Date.Day == "" || chainedDay(m) {
			continue
		}
		from, to := mentionWords(v.ws, m)
		if _, ok := v.timelineEntry(from, to); ok {
			return m.Date.Day
		}
	}
	return ""
}

// clauseDate is a day named in the clause of word i that dates an event
// (not a statement, a dateline or an update).
func (v *sentenceView) clauseDate(i int) *mention.Mention {
	return v.clauseDay(i, func(m *mention.Mention, from int) bool {
		if i < from && v.isRecordSince(from) {
			return false // "the three-day strike was the first since 2022": the last one's year
		}
		if i < from && v.participleClauseBetween(i, from) {
			return false // "reached 7.6 metres, beating the 6.9 metres recorded in 1998": the other clause's year
		}
		return !m.Date.Unresolved && !v.isStatementDate(*m) && !v.isDateline(*m) && !v.datesAnUpdate(from) && !v.boundsAPeriod(from) && !v.datesAnotherNoun(*m, i)
	})
}

// participleClauseBetween: a clause that opens on a present participle
// after a comma ("…, beating the old record") stands between words i and
// j, and holds j as its own.
func (v *sentenceView) participleClauseBetween(i, j int) bool {
	for k := i + 1; k+1 < j; k++ {
		if v.ws[k].Lower == "," && v.tag(k+1) == "VBG" {
			return true
		}
	}
	return false
}

// datesAnotherNoun: the date is a year written before a noun that a
// preposition governs ("making it the largest after a 2012 blaze that
// consumed 13,000 hectares"), which dates that noun and what a relative
// clause on it tells, not the other figures of the sentence (word i).
func (v *sentenceView) datesAnotherNoun(m mention.Mention, i int) bool {
	from, to := mentionWords(v.ws, m)
	if _, ok := v.attributiveYear(from, to); !ok || from < 2 || v.tag(from-2) != "IN" {
		return false // "the 2019 strike lasted 23 days": the subject's year dates its clause
	}
	head := to
	for head+1 < len(v.ws) && (strings.HasPrefix(v.tag(head+1), "NN") || strings.HasPrefix(v.tag(head+1), "JJ")) {
		head++
	}
	next := head + 1
	if next < len(v.ws) && v.ws[next].Lower == "," {
		next++
	}
	relative := next < len(v.ws) && (v.ws[next].Lower == "that" || v.ws[next].Lower == "which")
	return !(relative && i > next)
}

// moveDate is the day of a move the figure at word from measures:
// "shares fell 6% on Thursday" is Thursday's fall, an event of its own,
// where "the toll rose to 19 on Wednesday" gives a level and the day it
// held. nil when the figure is no move or its clause names no day.
func (v *sentenceView) moveDate(from int) *mention.Mention {
	if !v.isMoveAmount(from) {
		return nil
	}
	return v.clauseDay(from, func(m *mention.Mention, first int) bool {
		return !m.Date.Unresolved && !v.isStatementDate(*m) && !v.isDateline(*m) && !v.boundsAPeriod(first)
	})
}

// isMoveAmount: the figure at word from is the size of a rise or fall,
// straight after its verb or "by" ("fell 6%", "rose by 12", "down 14%"),
// not the level it reached ("fell to 6%").
func (v *sentenceView) isMoveAmount(from int) bool {
	k := from - 1
	if k >= 0 && v.ws[k].Lower == "by" {
		k--
	}
	if k < 0 {
		return false
	}
	w := v.ws[k].Lower
	return w == "up" || w == "down" || v.isVerbAt(k) && movementVerbs[lemmaOf(w)]
}

// moveDirection is "up" or "down" for the size of a rise or a fall
// ("rose 3%", "lost nearly a tenth", "down 14%"), "" for any other
// figure.
func (v *sentenceView) moveDirection(from int) string {
	if !v.isMoveAmount(from) {
		return ""
	}
	k := from - 1
	if v.ws[k].Lower == "by" {
		k--
	}
	switch w := v.ws[k].Lower; {
	case w == "up":
		return "up"
	case w == "down":
		return "down"
	case fallingVerbs[lemmaOf(w)]:
		return "down"
	}
	return "up"
}

// boundsAPeriod: the date at word from opens or closes a period ("since
// the ship sailed on Sunday", "until Friday"). A figure counted over the
// period holds for no one day of it.
func (v *sentenceView) boundsAPeriod(from int) bool {
	if periodBound(v.ws[from].Lower) && !v.isRecordSince(from) {
		// "since 2018", the word the mention's own; "the first since
		// 2021" names the last one's year instead.
		return true
	}
	for _, w := range v.clauseBefore(from, 8) {
		if periodBound(w.Lower) {
			return true
		}
	}
	return v.startsAPeriod(from)
}

func periodBound(w string) bool { return w == "since" || w == "until" || w == "till" }

// startsAPeriod: the date at from is the first day a ban, a term or a
// rule counts from ("backdated to January", "which runs from 2 May",
// "with effect from March 3"), not the day it was decided.
func (v *sentenceView) startsAPeriod(from int) bool {
	if from < 2 {
		return false
	}
	prep, verb := v.ws[from-1].Lower, v.ws[from-2].Lower
	switch prep {
	case "from":
		return periodStartVerbs[verb]
	case "to":
		return verb == "backdated" || verb == "back-dated"
	}
	return false
}

// periodStartVerbs come before "from" and the first day of a period.
var periodStartVerbs = map[string]bool{
	"runs": true, "run": true, "running": true, "effective": true, "effect": true, "dating": true,
	"starting": true, "counting": true, "valid": true, "applies": true, "backdated": true,
}

// clauseDay is the first date mention in the loose clause of word i that
// keep accepts, given the mention and its first word.
func (v *sentenceView) clauseDay(i int, keep func(m *mention.Mention, from int) bool) *mention.Mention {
	from, to := v.looseClauseOf(i)
	return v.dayBetween(from, to, keep)
}

// dayBetween is the first date mention within words [from, to] that keep
// accepts.
func (v *sentenceView) dayBetween(from, to int, keep func(m *mention.Mention, from int) bool) *mention.Mention {
	if to >= len(v.ws) {
		to = len(v.ws) - 1
	}
	lo, hi := v.ws[from].Start, v.ws[to].End
	for _, mi := range v.s.Mentions {
		m := &v.a.Mentions[mi]
		if m.Type != mention.TypeDate || m.Start < lo || m.End > hi {
			continue
		}
		if mf, _ := mentionWords(v.ws, *m); keep(m, mf) {
			return m
		}
	}
	return nil
}

// subjectLongPast: the figure's clause, with the clause whose subject its
// predicate shares, names a day of an event that ended more than a year
// before the article.
func (v *sentenceView) subjectLongPast(i int) bool {
	from, to := v.subjectScope(i)
	d := v.dayBetween(from, to, func(m *mention.Mention, first int) bool {
		// "The bridge, built in 1968, carried 30,000 vehicles": a verb
		// just before the day is the day's, not the subject's.
		verbBefore := first > 0 && (v.tag(first-1) == "VBN" || v.tag(first-1) == "VBD")
		return !verbBefore && !m.Date.Unresolved && !v.isStatementDate(*m) && !v.isDateline(*m) && !v.datesAnotherNoun(*m, i)
	})
	return d != nil && v.longPast(d)
}

// whenOfPast: the figure's clause opens on "when" right after a time
// gone by, or a noun that time dates ("the worst blast was in 2011, when
// four workers died", "unlike the vote in May, when the board split
// 5-4"): a "when" clause on a time tells what happened at that
// time, and news tells this week's events by their days, so a time more
// than a month back is another event's.
func (v *sentenceView) whenOfPast(i int) bool {
	start, _ := v.clauseOf(i)
	if v.ws[start].Lower != "when" {
		return false
	}
	end := start
	if end > 0 && v.ws[end-1].Lower == "," {
		end--
	}
	for _, mi := range v.s.Mentions {
		m := v.a.Mentions[mi]
		if m.Type != mention.TypeDate || m.Date.Unresolved {
			continue
		}
		_, to := mentionWords(v.ws, m)
		for to < end && end-to <= 2 && strings.HasPrefix(v.tag(to), "NN") {
			to++ // "the March meeting, when": the noun the month dates
		}
		if to == end {
			// An article with no date of its own names a bare year only
			// to look back ("the worst was in 2019, when ...").
			return v.monthsBack(&m) || v.a.Doc.Published == nil && m.Date.Year != 0
		}
	}
	return false
}

// afterPastOnSemicolon: the figure's clause follows a semicolon whose
// clause before it dates an event more than a month back ("the worst
// came in June 2023, when a trawler sank; only 104 people survived"): a
// semicolon joins a clause that goes on about the one before it.
func (v *sentenceView) afterPastOnSemicolon(i int) bool {
	semi := -1
	for k := i - 1; k >= 0; k-- {
		if v.ws[k].Lower == ";" {
			semi = k
			break
		}
	}
	if semi < 1 {
		return false
	}
	d := v.dayBetween(0, semi-1, func(m *mention.Mention, _ int) bool {
		return !m.Date.Unresolved && !v.isStatementDate(*m) && !v.isDateline(*m)
	})
	return d != nil && v.monthsBack(d)
}

// monthsBack reports a date that ended more than a month before the
// article was published; false when it has no publication time.
func (v *sentenceView) monthsBack(d *mention.Mention) bool { return v.endedDaysBefore(d, 31) }

// longPast reports a date that ended more than a year before the
// article was published; false when it has no publication time.
func (v *sentenceView) longPast(d *mention.Mention) bool { return v.endedDaysBefore(d, 365) }

// endedDaysBefore reports a date that ended more than days before the
// article was published; false when it has no publication time.
func (v *sentenceView) endedDaysBefore(d *mention.Mention, days float64) bool {
	pub := v.a.Doc.Published
	if pub == nil {
		return false
	}
	_, hi, ok := DayRange(d.Date)
	return ok && float64(pub.Unix())/86400-hi > days
}

// hypothetical: a modal of possibility in the figure's own clause makes
// it a possibility, not a measurement ("a quake of magnitude 5 or above
// cannot be ruled out", "the toll could reach 100").
func (v *sentenceView) hypothetical(from int) bool {
	return v.modal(from) || v.conditional(from)
}

// conditional: the clause of word from is a condition ("unless he is
// sentenced to more than a year", "if the course is 40 metres too
// long"), or a question asked of it ("no word on whether any of the 40
// passengers were hurt"), not a fact.
func (v *sentenceView) conditional(from int) bool {
	start, end := v.clauseOf(from)
	for _, w := range v.ws[start:end] {
		if w.Lower == "if" || w.Lower == "unless" || w.Lower == "whether" {
			return true
		}
	}
	return false
}

// modal: the clause of word from holds a modal or a hedge that makes its
// figure a possibility ("could", "may", "cannot be ruled out").
func (v *sentenceView) modal(from int) bool {
	start, end := v.clauseOf(from)
	if v.relativeObject(from) {
		end = min(end, from) // "the crash that killed nine should shame the ministry": the modal is the main clause's
	}
	ws := v.ws[start:end]
	for i, w := range ws {
		switch w.Lower {
		case "would":
			if !v.reportedFuture(start+i) && !closesCount(ws, i) {
				return true
			}
		case "could", "might", "possibly", "potentially", "perhaps", "wouldn't", "should", "ought":
			// "should have been 18 to 17" is what did not happen; "should
			// be" what ought to, not what is.
			return true
		case "may":
			if !w.Capital {
				return true // "the toll may rise"; "in May" is a month
			}
		case "ruled", "rule":
			if i > 0 && (ws[i-1].Lower == "be" || ws[i-1].Lower == "not") {
				return true // "cannot be ruled out", "did not rule out"
			}
		}
	}
	return false
}

// reportedFuture: the "would" at k is the "will" of a statement reported
// after a past verb of saying ("the minister told MPs that the transfer
// of 43 billion would be completed by spring"): as firm as the speaker's
// words. A condition in the clause is caught apart.
func (v *sentenceView) reportedFuture(k int) bool {
	if inRanges(v.quoted, v.ws[k].Start) {
		return false // "we would be counting the dead": the speaker's own conditional
	}
	speech := officeLex().words["speech-verbs"]
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		w := v.ws[j].Lower
		if w == "without" || w == "otherwise" {
			return false // "said that without the evacuation the toll would be in the hundreds"
		}
		if w == "that" {
			for i := j - 1; i >= 0 && i >= j-4; i-- {
				if speech[v.ws[i].Lower] && (v.tag(i) == "VBD" || v.tag(i) == "VBN") {
					return true
				}
			}
			return false
		}
		if isClauseBreak(v.ws[j]) {
			return false
		}
	}
	return false
}

// relativeObject: the figure at from is the object of a past verb that a
// relative pronoun opens ("the shelling that killed 11 civilians"): a
// fact told of the noun, whatever the main clause after it wishes.
func (v *sentenceView) relativeObject(from int) bool {
	verb := from - 1
	if verb < 1 || v.tag(verb) != "VBD" && v.tag(verb) != "VBN" {
		return false
	}
	switch v.ws[verb-1].Lower {
	case "that", "which", "who":
		return true
	}
	return false
}

// isOrdinalUse leaves out figures that are labels, not amounts: "No. 3",
// "the 41-year-old", "Flight 302", "his 1,000th point", "the Big 12", and
// the sides of a score ("a 91-73 win", "leading 24-20"). A figure with
// a unit or a currency (withUnit) measures something even after a name.
func (v *sentenceView) isOrdinalUse(from, to int, withUnit bool) bool {
	if from > 0 {
		switch v.ws[from-1].Lower {
		case "no", "number", "flight", "route", "room", "gate", "line", "page", "article", "section", "chapter":
			return true
		}
	}
	if to > 0 && (isOrdinalWord(v.ws[to-1].Lower) || isScore(v.ws[to-1].Lower)) {
		return true
	}
	if from < len(v.ws) && v.codeBefore(from) {
		return true
	}
	if !withUnit && v.namedByNumber(from, to) {
		return true // "Apollo 11"; "fined Norvia €2.7 million" is a sum
	}
	if to > 0 && strings.HasSuffix(v.ws[to-1].Lower, "-old") {
		return true
	}
	return to < len(v.ws) && (v.ws[to].Lower == "year-old" || strings.HasPrefix(v.ws[to].Lower, "year-old"))
}

// labelAfterNoun: the figure, in digits, stands right after a common
// noun that a preposition brings in, and no verb or noun follows it: it
// names one of a numbered series ("near junction 14", "on platform 6b",
// "between junctions 21 and 24"), as a count stands before what it
// counts. A figure that goes on to be a clause's subject ("of the crew
// 14 survived") is a count whose comma was left out.
func (v *sentenceView) labelAfterNoun(from, to int) bool {
	k, listed := from-1, false
	if k >= 2 && (v.ws[k].Lower == "and" || v.ws[k].Lower == "to" || v.ws[k].Lower == "or") && v.tag(k-1) == "CD" {
		k, listed = k-2, true // "routes 7 and 19 were diverted": the list's second label, before the clause's verb
	}
	if k < 0 || v.ws[k].Capital || amountingNouns[v.ws[k].Lower] || measureNames[v.ws[k].Lower] || dimensionNouns[v.ws[k].Lower] {
		return false // "Flight 442" is a name, read as one; "injuries total 14"; "magnitude 6.4" is a value
	}
	if t := v.tag(k); t != "NN" && t != "NNS" || k == 0 || v.tag(k-1) != "IN" {
		return false // "cost the authority 14 million": a second object, not a label
	}
	if !isDigits(strings.TrimRightFunc(v.ws[from].Lower, unicode.IsLetter)) {
		return false // a label is written in digits: "junction 14", not "junction fourteen"
	}
	if to < len(v.ws) && !listed {
		if t := v.tag(to); strings.HasPrefix(t, "VB") || t == "MD" || strings.HasPrefix(t, "NN") {
			return false
		}
	}
	return true
}

// amountingNouns are words the tagger may read as nouns where they are
// verbs of amounting to a figure ("the dead number 14", "losses total
// $2m").
var amountingNouns = map[string]bool{"number": true, "numbers": true, "total": true, "totals": true, "count": true, "tally": true}

// codeBefore: letters stand before the figure's digits in its own word,
// which makes it a code or a model ("MS08-078", "COVID-19", "A320").
func (v *sentenceView) codeBefore(from int) bool {
	w := v.ws[from]
	lead := w.Lower
	if i := strings.IndexAny(lead, "0123456789"); i > 0 {
		lead = lead[:i]
	} else {
		return false
	}
	if strings.ContainsAny(lead, "$€£¥") {
		return false // "US$5m", "HK$20": a currency, not a code
	}
	return strings.IndexFunc(lead, unicode.IsLetter) >= 0
}

// isOrdinalWord: digits with an ordinal ending ("1,000th", "21st").
func isOrdinalWord(w string) bool {
	_, ok := ordinalValue(strings.ReplaceAll(w, ",", ""))
	return ok && w[0] >= '0' && w[0] <= '9'
}

// isScore: two figures joined by a hyphen, a score or a result ("91-73",
// "24-20"), whose sides are not counts of anything on their own.
func isScore(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// namedByNumber: a figure right after a capitalised word, inside a name,
// with nothing of a count after it: "the Big 12/Pac 10 series", "Windows
// 8, due out", "Apollo 11". A day or month before it, or the sentence's
// first word, is no name.
func (v *sentenceView) namedByNumber(from, to int) bool {
	if from < 2 || !v.ws[from-1].Capital || mention.IsCalendarWord(v.ws[from-1].Lower) || closedClassTags[v.tag(from-1)] {
		return false // "— After 27 hours, ...": a preposition that opens a clause, in capitals, names nothing
	}
	return to >= len(v.ws) || v.ws[to].isPunct() || v.ws[to].Capital || v.ws[to].Lower == "/"
}

// deniedPredicate is the verb a negation denies right after the counted
// noun phrase ending before word to ("four hikers had not been found",
// "three were never charged"): the figure counts those the verb did not
// befall. ok is false when no negation opens the predicate.
func (v *sentenceView) deniedPredicate(to int) (string, bool) {
	k := to
	for k < len(v.ws) && k < to+3 && strings.HasPrefix(v.tag(k), "NN") {
		k++ // the counted noun's words
	}
	negated := false
	for ; k < len(v.ws) && k < to+7 && !isClauseBreak(v.ws[k]); k++ {
		w := v.ws[k].Lower
		switch {
		case w == "not" || w == "never" || strings.HasSuffix(w, "n't"):
			negated = true
		case auxiliaries[w] || w == "yet" || w == "still":
		case negated && (strings.HasPrefix(v.tag(k), "VB") || strings.HasPrefix(v.tag(k), "JJ")):
			return w, true
		default:
			return "", false
		}
	}
	return "", false
}

// findingVerbs are the verbs whose denial leaves people missing ("had
// not been found", "has not been located").
var findingVerbs = map[string]bool{"find": true, "locate": true, "trace": true, "recover": true, "rescue": true}

// kindNamedByNumber: the figure and an agent noun in -er make one word
// that heads its phrase ("his game-clinching 3-pointer", "a two-seater",
// "an 18-wheeler"): a kind of shot, plane or lorry, which counts
// nothing. A unit ("a 10-metre wall") or a member count ("a 150-member
// chamber") still measures, and one written before its noun describes
// that noun.
func (v *sentenceView) kindNamedByNumber(m mention.Mention, from, to int) bool {
	hy := hyphenSuffix(v.ws, from, to, m.End)
	if !strings.HasSuffix(hy, "er") || units[hy].measure != "" || hy == "member" || hy == "meter" || hy == "liter" {
		return false
	}
	return to >= len(v.ws) || !strings.HasPrefix(v.tag(to), "NN")
}

// closedClassTags are the tags of words that never name a thing:
// prepositions, determiners, conjunctions, pronouns, adverbs.
var closedClassTags = map[string]bool{"IN": true, "DT": true, "TO": true, "CC": true, "PRP": true, "PRP$": true, "WDT": true, "WRB": true, "RB": true}

// qualifiedAfter spots words right after a figure that make it a goal or
// a belief rather than a count: "the 95% needed", "two are believed to
// have died", "a target of 500".
func (v *sentenceView) qualifiedAfter(to int) bool {
	for j := to; j < len(v.ws) && j < to+4; j++ {
		switch v.ws[j].Lower {
		case "needed", "required":
			// "the 95% needed to pass"; but "40 runners needed treatment"
			// tells what they had, a verb with its object.
			if next := v.tag(j + 1); strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ") {
				return false
			}
			return true
		case "targeted", "believed", "thought", "feared", "presumed", "hoped":
			return true
		}
		if isClauseBreak(v.ws[j]) {
			break
		}
	}
	return false
}

// isPartOfAnother leaves out figures that belong to a larger expression:
// the whole in "nine of its 14", the sides of a vote "5-2", the earlier
// value in "from 7.5% to 8.25%", "one of five", "no one".
// memberOfCounted reads "X was one of N <people> <hurt>", which says N
// were hurt and X among them, as the count of N; the caller keeps it only
// for a toll ("one of 23 routes" stays a part).
func (v *sentenceView) memberOfCounted(m mention.Mention, from int) (mention.Mention, bool) {
	n := m.Number
	if n == nil || n.Of == 0 || n.Value != 1 || from < 1 {
		return m, false
	}
	switch v.ws[from-1].Lower {
	case "was", "is", "were", "are", "among":
	default:
		return m, false
	}
	whole := *n
	whole.Value, whole.Min, whole.Max, whole.Of = n.Of, n.Of, n.Of, 0
	m.Number = &whole
	return m, true
}

func (v *sentenceView) isPartOfAnother(m mention.Mention, from, to int) bool {
	if m.Number.Of != 0 && m.Number.Value == 1 {
		return true
	}
	if from > 0 {
		switch v.ws[from-1].Lower {
		case "no", "any", "every", "each", "someone", "anyone":
			return true
		}
	}
	if strings.ToLower(m.Text) == "one" && to < len(v.ws) {
		switch v.ws[to].Lower {
		case "of", "who", "another", "that", "which":
			return true
		}
	}
	for j := from - 1; j >= 0 && j >= from-3; j-- {
		if v.ws[j].Lower == "of" && j > 0 && v.ws[j-1].Lower != "some" && isFigureWord(v.ws[j-1]) {
			return true
		}
		if v.ws[j].Lower == "of" && j > 1 && isFigureWord(v.ws[j-2]) && (v.ws[j-1].Lower == "its" || v.ws[j-1].Lower == "the" || v.ws[j-1].Lower == "their") {
			return true
		}
	}
	if _, _, ok := v.tallyAt(from); ok || v.inChange(from) {
		return true
	}
	if from >= 2 && v.ws[from-1].Lower == "to" {
		if _, _, ok := v.tallyAt(from - 2); ok {
			return true
		}
	}
	if from >= 3 && v.ws[from-1].Lower == "to" {
		if _, _, ok := v.tallyAt(from - 3); ok {
			return true
		}
	}
	for k := from - 1; k >= 0 && k >= from-6; k-- {
		if _, end, ok := v.tallyAt(k); ok && end > from {
			return true // "with 63 voting yes and 34 no": the second half of a tally
		}
	}
	if v.scopedToPart(to) {
		return true // "topped 70 per cent in some polling stations": not the whole
	}
	if from > 0 && v.ws[from-1].Lower == "from" && v.hasWord("to") {
		return true // "to 8.25% from 7.5%": the earlier level of a change
	}
	if from > 0 && v.ws[from-1].Lower == "from" && v.risingBefore(from-1) {
		return true // "bringing the toll up from ten announced on Sunday": the level it left
	}
	return false
}

// causeOfCount is the cause a casualty count's clause names for it
// ("six died of heatstroke", "four were killed by the fire", "12
// heat-related deaths", "deaths from the flood"), as an event class; ""
// when it names none.
func (v *sentenceView) causeOfCount(from, to int) string {
	start, end := v.clauseOf(from)
	for k := max(start, from-3); k < end && k < to+8; k++ {
		w := v.ws[k].Lower
		if base, ok := strings.CutSuffix(w, "-related"); ok {
			return causeClass(base) // "heat-related deaths"
		}
		if k+1 >= end {
			break
		}
		prev := ""
		if k > 0 {
			prev = v.ws[k-1].Lower
		}
		j := k + 1
		if j < end && (determiners[v.ws[j].Lower] || v.ws[j].Lower == "its" || v.ws[j].Lower == "their") {
			j++
		}
		switch {
		case (w == "of" || w == "from") && (sameVerb(prev, "die") || prev == "deaths" || prev == "death"),
			w == "by" && sameVerb(prev, "kill"):
			return v.causeNounAt(j, end)
		case w == "in" && sameVerb(prev, "die") || w == "in" && sameVerb(prev, "kill"):
			// "died in the blaze": an event named after "in" is the cause;
			// a place is not
			if head := v.lastNounAfter(j); head != "" && eventClass[stem(head)] != "" {
				return causeClass(head)
			}
		}
	}
	return v.killingSubject(start, from)
}

// causeNounAt reads the cause named from word j: its head noun, or,
// for a head that only says it was a cause ("the effects of heat",
// "heat-related causes"), the noun that names which.
func (v *sentenceView) causeNounAt(j, end int) string {
	for k := j; k < end && k < j+4; k++ {
		if base, ok := strings.CutSuffix(v.ws[k].Lower, "-related"); ok {
			return causeClass(base)
		}
	}
	head := v.lastNounAfter(j)
	if !genericCauses[head] {
		return causeClass(head)
	}
	for k := j; k+1 < end && k < j+4; k++ {
		if v.ws[k].Lower == "of" {
			k++
			if determiners[v.ws[k].Lower] {
				k++
			}
			return causeClass(v.lastNounAfter(k))
		}
	}
	return ""
}

// genericCauses say that something was a cause, not which.
var genericCauses = map[string]bool{"cause": true, "effect": true, "result": true, "consequence": true, "complication": true}

// killingSubject is the event that is the subject of a verb of killing
// before the figure ("the Brennor wildfire has killed five"), as a cause.
func (v *sentenceView) killingSubject(start, from int) string {
	for k := from - 1; k > start; k-- {
		if !sameVerb(v.ws[k].Lower, "kill") {
			continue
		}
		for j := k - 1; j >= start && j >= k-4; j-- {
			if cls := eventClass[stem(v.ws[j].Lower)]; cls != "" && strings.HasPrefix(v.tag(j), "NN") {
				return causeClass(v.ws[j].Lower)
			}
		}
		return ""
	}
	return ""
}

// causeClass names a cause by its event class, so that a blaze and a
// fire, or heatstroke and a heatwave, are one cause.
func causeClass(noun string) string {
	if noun == "" {
		return ""
	}
	if cls, ok := causeWords[noun]; ok {
		return cls
	}
	return cmp.Or(eventClass[stem(noun)], stem(noun))
}

// causeWords name a cause by a word the event lexicon does not hold.
var causeWords = map[string]string{"heat": "heatwave", "heatstroke": "heatwave", "smoke": "fire", "burn": "fire"}

// risingBefore: a verb of raising or rising stands shortly before word k
// in its clause ("bringing the toll up from", "pushed the count from",
// "has risen from"): a figure after "from" at k is the level left behind.
func (v *sentenceView) risingBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if isClauseBreak(v.ws[j]) {
			return false
		}
		switch lemmaOf(v.ws[j].Lower) {
		case "bring", "push", "lift", "raise", "rise", "climb", "take", "send", "increase":
			return true
		}
		switch v.ws[j].Lower {
		case "brought", "rose", "risen", "took", "sent", "up":
			return true
		}
	}
	return false
}

func (v *sentenceView) scopedToPart(to int) bool {
	for j := to; j+1 < len(v.ws) && j < to+6; j++ {
		if v.ws[j].Lower == "in" || v.ws[j].Lower == "at" || v.ws[j].Lower == "among" {
			switch v.ws[j+1].Lower {
			case "some", "several", "parts", "part", "one", "certain", "many", "a":
				return v.ws[j+1].Lower != "a" || j+2 < len(v.ws) && (v.ws[j+2].Lower == "few" || v.ws[j+2].Lower == "handful")
			}
		}
		if isClauseBreak(v.ws[j]) {
			break
		}
	}
	return false
}

func isFigureWord(w word) bool {
	if unicode.IsDigit(firstRune(w.Lower)) {
		return true
	}
	_, ok := smallNumber(w.Lower)
	return ok
}

// preventedAct: the cue at j is an act kept from happening: "from" or
// "out of" before its -ing form ("stopped two intruders from killing",
// "talked three men out of shooting").
func (v *sentenceView) preventedAct(j int) bool {
	if j < 2 || !strings.HasSuffix(v.ws[j].Lower, "ing") {
		return false
	}
	return v.ws[j-1].Lower == "from" || v.ws[j-1].Lower == "of" && v.ws[j-2].Lower == "out"
}

// valueOfOne: the figure at [from, to) stands alone after "was" or "is",
// and the verb's subject is one person ("the dead driver was 52", "the
// victim, a farmer, was 47"): a bare number said of one person is an
// age, never how many there were; "the dead numbered 12" and "the toll
// was 12" count.
func (v *sentenceView) valueOfOne(from, to int) bool {
	if from < 2 || v.ws[from-1].Lower != "was" && v.ws[from-1].Lower != "is" {
		return false
	}
	if to < len(v.ws) && !v.ws[to].isPunct() && v.ws[to].Lower != "when" {
		return false // "was 52 kilometres", "was 12 people": a figure with its noun
	}
	k := from - 2
	if v.ws[k].Lower == "," {
		k = v.skipInserted(k) // "the victim, a farmer, was 47"
	}
	if k < 0 || v.tag(k) != "NN" || v.ws[k].Capital {
		return false
	}
	w := v.ws[k].Lower
	return isPeopleNoun(w) || genericPeople[w] || strings.HasSuffix(w, "man") || oneVictim[w] // "the toll was 12" counts
}

// statedAge: the figure is given as an age by the words before it:
// "aged" ("a man aged 34 was killed"), "the age of" ("died at the age of
// 86"), or "at" after a verb of dying ("died at 91"), with no noun after
// it to count ("died at 91 Harbour Street" does not read so, nor does
// "killed at 14 sites").
func (v *sentenceView) statedAge(from, to int) bool {
	if from < 1 || to < len(v.ws) && strings.HasPrefix(v.tag(to), "NN") && !v.ws[to].isPunct() {
		return false
	}
	switch prev := v.ws[from-1].Lower; {
	case prev == "aged":
		return true
	case prev == "of":
		// "an average age of 47" measures a group, and stays a figure
		return from >= 2 && v.ws[from-2].Lower == "age" && !(from >= 3 && measureModifiers[v.ws[from-3].Lower])
	case prev == "at":
		return from >= 2 && dyingVerbs[v.ws[from-2].Lower] && !v.theDeadAt(from-2)
	}
	return false
}

// theDeadAt: "dead" at k is a noun for those who died ("put the number of
// dead at 14", "the dead at 31"), whose "at" gives their count, not an age.
func (v *sentenceView) theDeadAt(k int) bool {
	return v.ws[k].Lower == "dead" && k > 0 && (v.ws[k-1].Lower == "of" || v.ws[k-1].Lower == "the")
}

// endOfAgePhrase is the first word after the age phrase opened by "aged"
// at j: its figures and the words that join or hedge them ("aged
// between 18 and 25", "aged over 60").
func (v *sentenceView) endOfAgePhrase(j int) int {
	k := j + 1
	for k < len(v.ws) && (isFigureWord(v.ws[k]) || agePhraseWords[v.ws[k].Lower]) {
		k++
	}
	return k
}

var agePhraseWords = map[string]bool{
	"and": true, "to": true, "between": true, "from": true, "over": true, "under": true,
	"about": true, "around": true, "roughly": true, "nearly": true, "almost": true, "-": true,
}

var dyingVerbs = map[string]bool{"died": true, "dies": true, "dead": true}

// agesOfGroup: "over", "under" or "aged" and the figure come right after
// "were" or "was" said of people ("most of the victims were over 80",
// "the injured were all under 13"): their ages, not how many there were,
// which needs the figure as subject ("over 80 died") or a verb of count
// ("the dead numbered 80").
func (v *sentenceView) agesOfGroup(from int) bool {
	k := from - 1
	if k < 1 {
		return false
	}
	switch {
	case v.ws[from].Lower == "over" || v.ws[from].Lower == "under":
		// the hedge is the figure's own ("over 80")
	case v.ws[k].Lower == "over" || v.ws[k].Lower == "under" || v.ws[k].Lower == "aged":
		k--
	default:
		return false
	}
	for k > 0 && (v.tag(k) == "RB" || v.ws[k].Lower == "all") {
		k-- // "were mostly over", "were all under"
	}
	if k < 1 || v.ws[k].Lower != "were" && v.ws[k].Lower != "was" {
		return false
	}
	subject := v.ws[k-1].Lower
	_, casualty := cueAt(v.ws, k-1, "")
	return casualty || isPeopleNoun(stem(subject)) || genericPeople[subject] || subject == "victims" || subject == "them"
}

// oneVictim are words for one person a story is about.
var oneVictim = map[string]bool{"victim": true, "suspect": true, "pilot": true, "child": true, "boy": true, "girl": true}

// isPartialCount spots a part of a toll given as its cause: "risen to
// nine after two men died in hospital", "including three children".
func (v *sentenceView) isPartialCount(from int) bool {
	if v.memberOfSetAfter(from) {
		return true // "four firefighters were among the 23 injured"
	}
	for j := from - 1; j >= 0 && j >= from-8; j-- {
		switch v.ws[j].Lower {
		case "among":
			if j == from-1 || j == from-2 && v.ws[from-1].Lower == "the" {
				return false // "among the 23 injured": the figure is the set itself
			}
			return true // "among the dead were two firefighters"
		case "after", "including", "besides", "plus", "whom", "includes", "include", "included":
			return true // "the toll of 38 includes two firefighters who drowned"
		case "that":
			return false // "after the shelling that killed 11": the count's own clause
		}
		if isClauseBreak(v.ws[j]) || v.opensClause(j) {
			return false
		}
	}
	return false
}

// includedPart: the clause tells the figure as what a whole includes
// ("the budget includes $7.1 million for repairs", "a package that
// contains $40 million in grants"): a part of the whole, not its size.
func (v *sentenceView) includedPart(from int) bool {
	start, _ := v.clauseOf(from)
	for j := from - 1; j >= start && j >= from-nearWords; j-- {
		if isInclusionVerb(v.ws[j].Lower) {
			return true
		}
	}
	return false
}

func isInclusionVerb(w string) bool {
	return sameVerb(w, "include") || sameVerb(w, "contain") || sameVerb(w, "comprise")
}

// memberOfSetAfter reports a figure its clause places among a set given
// after it: "four firefighters were among the 23 injured".
func (v *sentenceView) memberOfSetAfter(from int) bool {
	for k := from + 1; k+1 < len(v.ws) && k <= from+5; k++ {
		if isClauseBreak(v.ws[k]) {
			return false
		}
		if v.ws[k].Lower == "among" && (isFigureWord(v.ws[k+1]) || v.ws[k+1].Lower == "the" && k+2 < len(v.ws) && isFigureWord(v.ws[k+2])) {
			return true
		}
		if v.ws[k].Lower == "among" && v.victimsAfter(k+1) {
			return true // "four officers were among the injured", "among those hurt"
		}
	}
	return false
}

// victimsAfter: the words at k name a casualty group with no figure
// ("the injured", "those killed", "the victims").
func (v *sentenceView) victimsAfter(k int) bool {
	if k >= len(v.ws) || v.ws[k].Lower != "the" && v.ws[k].Lower != "those" {
		return false
	}
	for j := k + 1; j < len(v.ws) && j <= k+2; j++ {
		if rl, ok := cueAt(v.ws, j, ""); ok && rl.Casualties {
			return true
		}
		if v.ws[j].Lower == "victims" {
			return true
		}
	}
	return false
}

// partQuantifiers take a part of the set a figure after "of the" gives:
// "none of the 200 passengers", "most of the 300 residents". "All of the"
// takes the whole, which the figure then counts.
var partQuantifiers = map[string]bool{
	"none": true, "most": true, "some": true, "many": true, "few": true, "half": true,
	"several": true, "majority": true, "minority": true, "each": true, "neither": true, "either": true,
}

// setOfQuantifier reports a figure that sizes the set a quantifier takes a
// part of: "none of the 200 passengers was hurt" counts no one hurt.
func (v *sentenceView) setOfQuantifier(from int) bool {
	return from >= 3 && v.ws[from-1].Lower == "the" && v.ws[from-2].Lower == "of" && partQuantifiers[v.ws[from-3].Lower]
}

// wholeCountedByOwnClause: the set a quantifier takes a part of is
// counted by a relative clause of its own ("most of the 4,000 residents
// who were evacuated have returned"), which states the whole as a fact.
func (v *sentenceView) wholeCountedByOwnClause(from, to, mentionEnd int) bool {
	_, headAt := v.headNoun(from, to, mentionEnd)
	if _, ok := v.relativeRole(headAt); ok {
		return true
	}
	// "most of the 4,000 residents ordered out of the valley": a
	// participle right after the noun says what befell the whole set.
	if headAt < 0 || headAt+1 >= len(v.ws) || v.tag(headAt+1) != "VBN" {
		return false
	}
	_, ok := cueAt(v.ws, headAt+1, "")
	return ok
}

// joinsList: the word at k joins the members of a list of figures. "and"
// does, and so does a comma before a figure; ", and" sets off a clause of
// its own ("stood at 38 on Tuesday, and 12 were still missing").
func (v *sentenceView) joinsList(k int) bool {
	switch v.ws[k].Lower {
	case "and", "or":
		return k == 0 || v.ws[k-1].Lower != ","
	case ",":
		return k+1 < len(v.ws) && isFigureWord(v.ws[k+1]) && !v.closesFrontedPartitive(k)
	}
	return false
}

// frontedPartitiveHead is the noun of the set a sentence-opening "Of the
// N ..." phrase ending at the comma k names, "" when it names none ("Of
// the dead, ...").
func (v *sentenceView) frontedPartitiveHead(k int) string {
	for j := 2; j < k; j++ {
		switch v.tag(j) {
		case "NN", "NNS":
			return stem(v.ws[j].Lower)
		case "CD", "JJ", "DT":
			continue
		}
		if !isFigureWord(v.ws[j]) {
			return ""
		}
	}
	return ""
}

// partOfVictims: the figure opens the main clause after "Of the N
// victims," or "Of the dead,": a part of the people the toll counts ("Of
// the 23 victims, 22 died at the scene"), not the toll.
func (v *sentenceView) partOfVictims(from int) bool {
	if from < 1 || v.ws[from-1].Lower != "," || !v.closesFrontedPartitive(from-1) {
		return false
	}
	head := v.frontedPartitiveHead(from - 1)
	return casualtyNouns[head]
}

// closesFrontedPartitive: the comma at k ends a sentence-opening "Of the
// N ..." phrase, so the figure after it is the main clause's subject, a
// part of that set ("Of the 120 people aboard, 30 were hurt"), not a
// second member of a list.
func (v *sentenceView) closesFrontedPartitive(k int) bool {
	if len(v.ws) < 3 || v.ws[0].Lower != "of" {
		return false
	}
	switch v.ws[1].Lower {
	case "the", "those", "these":
	default:
		return false
	}
	for j := 2; j < k; j++ {
		if isClauseBreak(v.ws[j]) {
			return false // the phrase ended earlier: this comma is the main clause's
		}
	}
	return true
}

// nextListed is the word of the figure listed after the figure that ends
// at word to, with no verb between them ("Eleven miners and two
// engineers"), or -1.
func (v *sentenceView) nextListed(to int) int {
	for k := to; k < len(v.ws) && k < to+4; k++ {
		if v.isVerbAt(k) || isClauseBreak(v.ws[k]) && v.ws[k].Lower != "," {
			return -1
		}
		if _, ok := cueAt(v.ws, k, ""); ok {
			return -1 // "12 people dead and 40 injured": a cue of its own ends the list
		}
		if v.joinsList(k) && k+1 < len(v.ws) && isFigureWord(v.ws[k+1]) {
			if partOfNamedSet(v.ws, k+2) {
				return -1 // "13 dead, two of them teenagers": a part of the 13, not more
			}
			return k + 1
		}
	}
	return -1
}

// partOfNamedSet: the words from word at on say that the figure before
// them counts part of a set already named ("of them", "of whom", "of the
// dead").
func partOfNamedSet(ws []word, at int) bool {
	if at+1 >= len(ws) || ws[at].Lower != "of" {
		return false
	}
	switch ws[at+1].Lower {
	case "them", "whom", "those", "these", "the":
		return true
	}
	return false
}

// listedAfterAnother: a figure listed before the one at from shares its
// verb.
func (v *sentenceView) listedAfterAnother(from int) bool {
	for k := from - 1; k > 0 && k >= from-5; k-- {
		if v.isVerbAt(k) || isClauseBreak(v.ws[k]) && v.ws[k].Lower != "," {
			return false
		}
		if _, ok := cueAt(v.ws, k, ""); ok {
			return false // "killed 12 people and injured 40": the 40 has a verb of its own, whatever its tag
		}
		if v.joinsList(k) {
			for j := k - 1; j >= 0 && j >= k-4 && !v.isVerbAt(j); j-- {
				if isFigureWord(v.ws[j]) && !v.inDateMention(j) {
					return true // a day's number ("the March 10 blast, six workers") is no figure listed
				}
				if _, ok := cueAt(v.ws, j, ""); ok {
					return false // "12 people dead and 40 injured": the first has its own cue
				}
			}
			return false
		}
	}
	return false
}

// listedFigures are the figures listed after the one that ends at word to
// for the same verb, each by its mention, in order.
func (v *sentenceView) listedFigures(to int) []mention.Mention {
	var out []mention.Mention
	for k := v.nextListed(to); k >= 0; {
		m, ok := v.numberAtWord(k)
		if !ok {
			break
		}
		out = append(out, m)
		_, end := mentionWords(v.ws, m)
		k = v.nextListed(end)
	}
	return out
}

// numberAtWord is the number mention that starts at word k.
func (v *sentenceView) numberAtWord(k int) (mention.Mention, bool) {
	for _, i := range v.s.Mentions {
		m := v.a.Mentions[i]
		if m.Number != nil && m.Start == v.ws[k].Start {
			return m, true
		}
	}
	return mention.Mention{}, false
}

// isIncrement spots "several more bodies", "12 further cases": an
// addition to an earlier count, not a count of its own.
func (v *sentenceView) isIncrement(to int) bool {
	if to >= len(v.ws) {
		return false
	}
	if to+1 < len(v.ws) && v.ws[to].Lower == "of" && !(to+2 < len(v.ws) && isFigureWord(v.ws[to+2])) {
		switch v.ws[to+1].Lower {
		case "the", "whom", "these", "us":
			return true // "eleven of the injured": a part of a group counted elsewhere
		case "them", "those":
			return true // "four of them in intensive care": a part of a group counted before
		}
	}
	switch v.ws[to].Lower {
	case "more", "further", "additional", "extra", "new":
		return true
	}
	return false
}

// addedBefore spots "a further 12 people", "another 50-basis-point
// rise", "an additional 300 troops": an amount added to one told of
// elsewhere, not the total.
func (v *sentenceView) addedBefore(from int) bool {
	if from < 1 || !additionWords[v.ws[from-1].Lower] {
		return false
	}
	// "another" alone; the others after "a": "a further 12"
	return v.ws[from-1].Lower == "another" || from >= 2 && (v.ws[from-2].Lower == "a" || v.ws[from-2].Lower == "an")
}

// isDifference: the figure ending before word to is followed by a
// comparative and "than" ("€6 million larger than last year's", "four
// points higher than", "300 fewer deaths than in 2020"): it measures how
// far two figures lie apart, not either of them. Only the figure's head
// noun may stand on either side of the comparative, and before it only
// when the figure has no unit of its own: in "a fine of 2.8 million euros
// matters less than" the comparative belongs to the verb.
func (v *sentenceView) isDifference(to int) bool {
	j := to
	bare := to > 0 && isFigureWord(v.ws[to-1])
	if bare && j < len(v.ws) && v.isNounAt(j) && !v.comparative(j) {
		j++
	}
	if j >= len(v.ws) || !v.comparative(j) {
		return false
	}
	j++
	if j < len(v.ws) && v.isNounAt(j) {
		j++
	}
	return j < len(v.ws) && v.ws[j].Lower == "than"
}

// isBatch: "the last three bodies", "the first 20 patients", "the
// remaining two miners": a figure after "the" and a word that places it
// in a sequence counts one batch of a count that goes on, not the count.
func (v *sentenceView) isBatch(from int) bool {
	if from >= 4 && v.ws[from-1].Lower == "of" && batchNouns[stem(v.ws[from-2].Lower)] && batchOrders[v.ws[from-3].Lower] {
		return true // "a first group of 12 hostages", "a second wave of 300"
	}
	if from < 2 || !v.definiteOpener(from-2) {
		return false // "the last three bodies", "his first two seasons"
	}
	return batchOrders[v.ws[from-1].Lower]
}

// countedOverDays: the count's clause dates it by a span of days
// ("recovered six bodies on Monday and Tuesday", "between Friday and
// Sunday"): what was added in those days, not the total so far.
func (v *sentenceView) countedOverDays(from int) bool {
	start, end := v.clauseOf(from)
	for _, join := range v.spansOfDays() {
		if join >= max(start, from-nearWords) && join < min(end, from+nearWords) {
			return true
		}
	}
	return false
}

// spansOfDays are the words of the sentence that join two days into a
// span ("on Monday and Tuesday", "from Friday to Sunday"), read once.
func (v *sentenceView) spansOfDays() []int {
	if v.daySpansRead {
		return v.daySpans
	}
	v.daySpansRead = true
	for _, mi := range v.s.Mentions {
		m := v.a.Mentions[mi]
		if m.Type != mention.TypeDate {
			continue
		}
		_, to := mentionWords(v.ws, m)
		if to+1 >= len(v.ws) {
			continue
		}
		if w := v.ws[to].Lower; (w == "and" || w == "to" || w == "through") && (v.dateStartsAt(to+1) || v.ws[to+1].Lower == "on" && v.dateStartsAt(to+2)) {
			v.daySpans = append(v.daySpans, to)
		}
	}
	return v.daySpans
}

// nearWords bounds how far from a figure a reader of its clause looks,
// so that one endless sentence is read in time that grows with it.
const nearWords = 12

// batchOrders place one batch of a count among others; batchNouns name
// a batch.
var (
	batchOrders = map[string]bool{"last": true, "final": true, "first": true, "second": true, "third": true, "remaining": true, "latest": true, "next": true}
	batchNouns  = map[string]bool{"group": true, "batch": true, "wave": true, "convoy": true, "round": true}
)

// isRequirement: the figure is a level something needs, told by a
// participle or adjective of need on its noun phrase: "the 95% needed to
// halt the spread", "the two-thirds majority required", "the required 40
// signatures". Whether the level is reached is another measure.
func (v *sentenceView) isRequirement(from, to int) bool {
	if from > 0 && requirementWords[v.ws[from-1].Lower] {
		return true
	}
	if from > 0 && needVerbs[v.ws[from-1].Lower] {
		return true // "a candidate needs more than half of the votes": what it takes, not what anyone got
	}
	reach := to + 2
	for j := to; j < len(v.ws) && j <= reach && !isClauseBreak(v.ws[j]); j++ {
		if w := v.ws[j].Lower; j > to && (attributionVerbs[w] || w == "believe" || w == "is" || w == "are") && reach < to+5 {
			reach++ // "the 95% coverage experts say is needed": a reported requirement
			continue
		}
		if requirementWords[v.ws[j].Lower] {
			// "needed to halt", "required for passage", "required." modify
			// the figure; "40 homes needed repairs" is the clause's verb
			// with its object.
			next := j + 1
			return next >= len(v.ws) || isClauseBreak(v.ws[next]) || v.ws[next].Lower == "to" || v.ws[next].Lower == "for"
		}
		if !v.isNounAt(j) {
			return false
		}
	}
	return false
}

// countsSpeakers: the figure's noun phrase is the subject of a verb of
// speech ("two passengers rescued by a fishing boat told the Herald",
// "three survivors said"): it counts the people quoted, not those the
// story counts. A share that said something ("62 percent of respondents
// said") is a poll's finding and is not asked. The first finite verb after the figure in its clause
// decides; a participle on the noun ("rescued by a boat") is passed over.
func (v *sentenceView) countsSpeakers(to int) bool {
	_, end := v.clauseOf(max(to-1, 0))
	speech := officeLex().words["speech-verbs"]
	headSeen := false // "48 confirmed cases": a verb before the noun modifies it
	people := false   // only people speak: "three deaths reported" were reported
	for j := to; j < end; j++ {
		w := v.ws[j].Lower
		switch {
		case speech[w] && headSeen:
			// "12 people confirmed dead": a participle with the state it
			// confirms, said of the people, not by them.
			return people && !(j+1 < len(v.ws) && stateOfVictims[v.ws[j+1].Lower]) && !v.participleOfTheCounted(j)
		case w == "as" || w == "than" || w == "that" || auxiliaries[w] || headSeen && v.isFiniteVerbAt(j):
			return false // "tens of thousands of deaths as claimed online": another clause's verb
		}
		if v.isNounAt(j) {
			headSeen = true
			people = people || isPeopleNoun(stem(w))
		}
	}
	return false
}

// participleOfTheCounted: the verb of saying at j is a participle telling
// what was done to the people counted, not what they said: "the 52
// patients admitted, ..." (to hospital), "300 residents told to leave".
// It takes "to" or ends its phrase, where one who speaks says something.
func (v *sentenceView) participleOfTheCounted(j int) bool {
	if v.tag(j) != "VBN" || j+1 >= len(v.ws) {
		return false
	}
	next := v.ws[j+1]
	return next.Lower == "to" || next.Lower == ","
}

// stateOfVictims are the words that say what befell people, after a
// verb of saying that tells it of them ("confirmed dead", "reported
// missing").
var stateOfVictims = map[string]bool{"dead": true, "killed": true, "missing": true, "injured": true, "hurt": true}

// mustVerb: the figure's own verb is "must", "needs to" or "has to":
// "at least 95% of children must be vaccinated" is what is required.
// The first verb after the figure's noun in its clause decides.
func (v *sentenceView) mustVerb(to int) bool {
	_, end := v.clauseOf(max(to-1, 0))
	for j := to; j < min(end, to+nearWords); j++ {
		w := v.ws[j].Lower
		if w == "must" {
			return true
		}
		if v.isVerbAt(j) || v.tag(j) == "MD" {
			return (w == "need" || w == "needs" || w == "have" || w == "has") && j+1 < end && v.ws[j+1].Lower == "to"
		}
	}
	return false
}

// fractionOfOne: a bare fraction of a single thing, "0.85 of a share",
// which is a ratio of exchange or a part of one unit, not a share of a
// set.
func (v *sentenceView) fractionOfOne(m mention.Mention, to int) bool {
	n := m.Number
	if n.Unit != "" || n.Value <= 0 || n.Value >= 1 || to+1 >= len(v.ws) {
		return false
	}
	if v.ws[to].Lower != "of" || v.ws[to+1].Lower != "a" && v.ws[to+1].Lower != "an" {
		return false
	}
	return to+2 >= len(v.ws) || !isPoints(v.ws[to+2].Lower) // "a quarter of a percentage point" is a size
}

// isLimit: the figure is the size of a limit put on an amount ("a cap of
// £2m", "capped at 40%", "up to a ceiling of"), not the amount itself.
func (v *sentenceView) isLimit(from int) bool {
	if from < 2 {
		return false
	}
	prev, head := v.ws[from-1].Lower, v.ws[from-2].Lower
	return prev == "of" && limitNouns[stem(head)] || prev == "at" && (head == "capped" || head == "limited")
}

// limitNouns name a limit put on an amount.
var limitNouns = map[string]bool{"limit": true, "cap": true, "ceiling": true, "maximum": true}

// requirementWords make a figure a level needed.
var requirementWords = map[string]bool{"needed": true, "required": true, "necessary": true}

// needVerbs in the present take the amount something takes as object.
var needVerbs = map[string]bool{"needs": true, "need": true, "requires": true, "require": true}

// isNounAt reports a common noun by the tagger's reading.
func (v *sentenceView) isNounAt(j int) bool {
	t := v.tag(j)
	return t == "NN" || t == "NNS"
}

// comparative reports a comparative adjective or adverb ("larger",
// "higher", "more", "fewer") by the tagger's reading.
func (v *sentenceView) comparative(j int) bool {
	switch v.ws[j].Lower {
	case "more", "less", "fewer":
		return true
	}
	t := v.tag(j)
	return t == "JJR" || t == "RBR"
}

// perPart marks a figure given for each side or member: "1,000 prisoners
// each", "each side will release 800", so it is not read against a total.
func (v *sentenceView) perPart(from, to int) string {
	for j := to; j < len(v.ws) && j < to+3 && !isClauseBreak(v.ws[j]); j++ {
		if v.ws[j].Lower == "each" || v.ws[j].Lower == "apiece" {
			return ":each"
		}
	}
	before := v.clauseBefore(from, 5)
	for i, w := range before {
		if w.Lower == "each" || w.Lower == "per" && !(i+1 < len(before) && before[i+1].Lower == "cent") {
			return ":each" // "62 per cent to 38 per cent": a share's unit, no "per" of each
		}
	}
	return ""
}

// eachSubject: the clause of the figure opens on a subject that is one
// more unit of something ("each extra point on the offer would cost €40
// million", "every additional driver costs €52,000"): its figure is what
// one unit adds, not the whole's. "Each member will receive €750" gives
// what every member gets, which a plural ("workers will get €500") gives
// too.
func (v *sentenceView) eachSubject(from int) bool {
	k, _ := v.clauseOf(from)
	for k < from && (v.ws[k].isPunct() || v.ws[k].Lower == "and" || v.ws[k].Lower == "but") {
		k++
	}
	if k+2 >= from || v.ws[k].Lower != "each" && v.ws[k].Lower != "every" {
		return false
	}
	return additionWords[v.ws[k+1].Lower]
}

// oneItemAlone: the clause before the figure singles out one item of a
// set ("the costliest vase alone", "its most valuable piece on its
// own", "by itself"): a sum of one part, not of the whole.
func (v *sentenceView) oneItemAlone(from int) bool {
	start, _ := v.clauseOf(from)
	for k := start; k < from; k++ {
		switch v.ws[k].Lower {
		case "alone", "individually":
			return true
		case "own": // "on its own"
			return k >= start+2 && v.ws[k-2].Lower == "on" && (v.ws[k-1].Lower == "its" || v.ws[k-1].Lower == "their")
		case "itself":
			return k > start && v.ws[k-1].Lower == "by"
		}
	}
	return false
}

// sumOfSeveral: the sum is said to be of several things together, by
// "combined" before it in its clause ("23 bronzes with a combined value
// of €47 million") or "between them", "altogether" or "together" around
// it. "Total" is left out: a single thing's cost is a total too.
func (v *sentenceView) sumOfSeveral(from, to int) bool {
	start, end := v.clauseOf(from)
	for k := start; k < end && k < len(v.ws); k++ {
		switch w := v.ws[k].Lower; {
		case w == "combined" && k < from, w == "altogether", w == "together" && k > 0 && v.ws[k-1].Lower != "put":
			return true
		case w == "between" && k+1 < len(v.ws) && v.ws[k+1].Lower == "them":
			return true
		}
	}
	return false
}

// ratePeriod: "a year", "a day", "per week", "annually" right after the
// figure (and its noun) make it a rate per that period; "" for an amount.
func (v *sentenceView) ratePeriod(to int) string {
	for j := to; j < len(v.ws) && j < to+5 && !isClauseBreak(v.ws[j]); j++ {
		switch w := v.ws[j].Lower; w {
		case "annually", "yearly":
			return "year"
		case "daily":
			return "day"
		case "weekly":
			return "week"
		case "monthly":
			return "month"
		case "hourly":
			return "hour"
		case "a", "an", "per", "every", "each":
			if j > 0 && (w == "a" || w == "an") && lengthPrepositions[v.ws[j-1].Lower] {
				return "" // "held 12 guards hostage for a week": a length, not a rate
			}
			if j+1 < len(v.ws) {
				if next := stem(v.ws[j+1].Lower); periodSeconds[next] != 0 || next == "hour" {
					return next
				}
			}
		}
	}
	return ""
}

// sinceAfter: "since" follows the figure in its clause, so the move it
// measures runs from a point to now.
func (v *sentenceView) sinceAfter(to int) bool {
	for j := to; j < len(v.ws) && j < to+6 && !isClauseBreak(v.ws[j]); j++ {
		if v.ws[j].Lower == "since" {
			return true
		}
	}
	return false
}

// lengthPrepositions bring in a length ("for a week", "within a day").
var lengthPrepositions = map[string]bool{"for": true, "within": true, "over": true, "after": true, "in": true}

// isThreshold reports a bound written right after a plural noun, which
// picks out the members of a set by a measure instead of giving an amount:
// "all contracts over €1m", "children under 12", "vehicles above 3.5
// tonnes". After a verb or "of" the bound is an amount: "destroyed over
// 300 homes", "damage of over $2m".
func (v *sentenceView) isThreshold(from int) bool {
	if from == 0 {
		return false
	}
	switch v.ws[from].Lower {
	case "over", "above", "under", "below":
	case "more", "less", "fewer":
		if v.ws[from-1].Lower != "worth" {
			return false
		}
	default:
		return false
	}
	noun := from - 1
	if v.ws[noun].Lower == "worth" {
		// "every road contract worth more than one million euros" picks
		// contracts out; "won contracts worth more than €140m" may be
		// their sum.
		return noun > 0 && v.quantifiedNoun(noun-1)
	}
	if prev := v.ws[noun]; noun == 0 && prev.Capital {
		return stem(prev.Lower) != prev.Lower || irregularPlurals[prev.Lower] // the tagger reads a capital as a name
	}
	return v.tag(noun) == "NNS" || v.quantifiedNoun(noun)
}

// thresholdOfCountedSet: "or more" (or "or above", "or higher") follows
// the figure, and the clause's subject is a counted set ("nine
// quarterbacks threw for 300 yards or more", "12 towns had 40 mm or
// more"): the figure is the bar each member cleared, not an amount of
// any one event.
func (v *sentenceView) thresholdOfCountedSet(from, to int) bool {
	if to < len(v.ws) && strings.HasPrefix(v.tag(to), "NN") {
		to++ // "300 yards or more"
	}
	if to+1 >= len(v.ws) || v.ws[to].Lower != "or" {
		return false
	}
	switch v.ws[to+1].Lower {
	case "more", "above", "higher", "over", "greater", "longer":
	default:
		return false
	}
	start, _ := v.clauseOf(from)
	for k := start; k+1 < from; k++ {
		if v.tag(k) == "CD" && v.countedSetAfter(k+1) {
			return true
		}
		if v.isFiniteVerbAt(k) {
			break // the subject ends at the verb
		}
	}
	return false
}

// countedSetAfter: a plural noun heads the words from i, past up to two
// modifiers ("quarterbacks", "NFL quarterbacks", "coastal towns").
func (v *sentenceView) countedSetAfter(i int) bool {
	for j := i; j < len(v.ws) && j < i+3; j++ {
		switch t := v.tag(j); {
		case t == "NNS":
			return true
		case t == "NN", t == "NNP", t == "JJ":
			continue
		default:
			return false
		}
	}
	return false
}

// quantifiedNoun: the noun at word k, with the words that modify it, is
// taken by "every", "each", "any" or "all": a set, not one thing.
func (v *sentenceView) quantifiedNoun(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch v.ws[j].Lower {
		case "every", "each", "any", "all":
			return true
		}
		if t := v.tag(j); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			return false
		}
	}
	return false
}

// irregularPlurals are plural nouns that do not end in "s".
var irregularPlurals = map[string]bool{"children": true, "men": true, "women": true, "people": true}

// inChange: the figure at word from is one level of a change written as
// two figures, "from 37 to 12", whatever verb tells the change
// ("sweetened the offer, from 4 per cent to 6 per cent"): the level
// before or after a change at a time the text does not give, which other
// reports may give for either moment.
func (v *sentenceView) inChange(from int) bool {
	ws := v.ws
	before := from > 0 && ws[from-1].Lower == "from" && from+2 < len(ws) && ws[from+1].Lower == "to"
	return before || v.fromLevelTo(from)
}

// comparativeAfter: a comparative of direction follows the figure ("1.3
// per cent higher", "2% lower"): the figure is how far something moved.
func (v *sentenceView) comparativeAfter(to int) bool {
	if to >= len(v.ws) {
		return false
	}
	switch v.ws[to].Lower {
	case "higher", "lower", "up", "down", "stronger", "weaker", "cheaper", "dearer":
		return true
	}
	return false
}

// changePrefix marks a figure that is a change, not a level: "raised
// by 75 basis points", "cut by half".
func (v *sentenceView) changePrefix(from, to int) string {
	if from > 0 && v.ws[from-1].Lower == "by" && !v.passiveAgent(from-1) && v.voteScoreSide(from, to) == "" {
		return "change:"
	}
	return ""
}

// passiveAgent: the "by" at k brings in the agent of a passive verb that
// moves nothing ("backed by 85% of those voting", "approved by 60 votes
// to 40"), not the size of a move ("cut by 5%", "raised by 2 points").
func (v *sentenceView) passiveAgent(k int) bool {
	if k < 1 || v.tag(k-1) != "VBN" {
		return false
	}
	lemma := lemmaOf(v.ws[k-1].Lower)
	return !risingVerbs[lemma] && !fallingVerbs[lemma] && !scalingVerbs[lemma] && !revisionVerbs[lemma]
}

// pricedNoun is the noun a sum is written before, which it sizes: "a
// €2.5bn package", "a 3.5 billion euro reconstruction package" (the
// compound's last noun), in the purpose a lexicon gives it when it has
// one. "" when no common noun follows at once.
func (v *sentenceView) pricedNoun(to int) string {
	if to < len(v.ws) && moneyWords[v.ws[to].Lower] != "" {
		to++ // "40 billion crowns", the currency written after the figure
	}
	if to >= len(v.ws) || !strings.HasPrefix(v.tag(to), "NN") || v.ws[to].Capital || timeUnitWords[stem(v.ws[to].Lower)] {
		return ""
	}
	w := stem(v.ws[v.nounHeadAt(to)].Lower)
	return cmp.Or(moneyPurposes[w], w)
}

// secondObjectOf is the purpose of a sum that is the second object of a
// verb whose first is who pays or is paid ("fined the payments app Norvia
// Pay €9.4 million", "paid the builders £12,000"): the verb's, whatever
// nouns the recipient's name holds (and however the tagger reads them).
// "" when no such verb stands before the sum in its phrase, with a word
// between them.
func (v *sentenceView) secondObjectOf(from int) string {
	for k := from - 2; k >= 0 && k >= from-7; k-- {
		w := v.ws[k]
		if twoObjectVerbs[w.Lower] {
			return moneyPurposes[w.Lower]
		}
		if isClauseBreak(w) || w.Lower == "," || v.tag(k) == "IN" || v.tag(k) == "TO" {
			return "" // "fined for failing to pay €9.4 million": the sum is another verb's
		}
	}
	return ""
}

// twoObjectVerbs take the one who pays or is paid, then the sum.
var twoObjectVerbs = map[string]bool{"fined": true, "paid": true}

// timeUnitWords are units of time: after a sum they make it a rate ("€12
// an hour"), not a thing's price; before a participle they make it the
// state a length lasted ("after 30 hours trapped").
var timeUnitWords = map[string]bool{"minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true}

// numberSlot says what a figure counts: its kind, slot, the factor that
// brings it to the slot's unit (a fifth -> 20 %), and its noun.
func (v *sentenceView) numberSlot(m mention.Mention, from, to int) (Kind, string, float64, string) {
	n := m.Number
	head, headAt := v.headNoun(from, to, m.End)
	if head == "" && from > 0 && v.closesFrontedPartitive(from-1) && v.countPredicate(from, from) != "" {
		// "Of the 14 paintings taken, nine were found": nine paintings,
		// counted by their own verb; with none ("two were men") the part
		// says nothing of its own.
		head, headAt = v.frontedPartitiveHead(from-1), from
	}
	if temperatureScales[n.Unit] {
		return v.temperatureSlot(n.Unit, from, to)
	}
	if currency := currencyOf(n, head); currency != "" {
		purpose := cmp.Or(v.secondObjectOf(from), v.nearestFrom(moneyPurposes, from, to, 8))
		if at := v.relativeAntecedent(from); purpose == "" && at >= 0 {
			// "the kidnappers' ransom, which police said was £2.5 million":
			// a figure in a relative clause measures the noun the clause
			// hangs on.
			purpose = cmp.Or(moneyPurposes[stem(v.ws[at].Lower)], moneyPurposes[v.ws[at].Lower])
		}
		if purpose == "" {
			purpose = v.pricedNoun(to) // "a €2.5bn package": the noun the sum sizes
		}
		if purpose == "payment" && to < len(v.ws) && v.ws[to].Lower == "for" {
			purpose = "price" // "paying €740 million for a ferry operator": what it buys, at that price
		}
		if purpose == "" {
			return "", "", 0, ""
		}
		if purpose == "budget" {
			// "the $700m operating budget" is a part of "the $2bn budget"
			if mod := v.narrowingWord(from, to, 8, func(w string) bool { return stem(w) == "budget" }); mod != "" && !amountWord(mod) {
				purpose = mod + "-budget"
			}
		}
		if v.sinceAfter(to) {
			purpose += ":since" // "$340 million since 2018": a sum over years, not one item's
		}
		return KindQuantity, "money:" + currency + ":" + purpose, 1, purpose
	}
	if n.Unit == "percent" || isPoints(head) || n.Value < 1 && n.Value > 0 && n.Unit == "" {
		return v.shareSlot(m, from, to, head, headAt)
	}
	if slot, noun := v.sizeSlot(from, to, m.End, head, headAt); slot != "" {
		return KindQuantity, slot, 1, noun
	}
	if from > 0 && measureNames[v.ws[from-1].Lower] {
		return KindQuantity, "measure:" + v.ws[from-1].Lower, 1, v.ws[from-1].Lower
	}
	if n.Unit == "" && head == "" && v.quakeMeasured(from) {
		return KindQuantity, "measure:magnitude", 1, "magnitude" // "the quake measured 6.4", "a tremor registering 5.2"
	}
	if place := v.populationOf(from, to, head); place != "" {
		return KindQuantity, "population:" + place, 1, "population"
	}
	rl, ok := v.roleOf(from, to, m.End)
	if ok && v.companionsOf(from, to) {
		ok = false // "fled with her mother and four children": who came along, not who fled
	}
	if !ok && v.takenByThieves(from) {
		rl, ok = roleStolen, true // "the thieves took 14 pieces", "escaped with 14 pieces": what thieves take is stolen
	}
	if rel, relOK := v.relativeRole(headAt); relOK && (!ok || from > 0 && v.ws[from-1].Lower == "the") && !v.partOfCountedWhole(to, headAt) {
		// "the 10 fans who lost their lives"; "doctors treated the two
		// runners who died": a definite count with a clause of its own
		// is counted by that clause, not by the verb it is the object of.
		rl, ok = rel, true
	}
	if !ok && workforceNouns[head] && from > 0 && (strings.HasSuffix(v.ws[from-1].Lower, "'s") || v.ws[from-1].Lower == "its") {
		rl, ok = roleWorkforce, true // "the plant's 600 workers": its whole workforce
	}
	if ok && rl == roleTrapped && headClass(head) == "home" {
		rl = roleDestroyed // "burying 83 houses": a house buried is a house lost, not people trapped
	}
	if ok && rl.Casualties && head != "" && !isPeopleNoun(head) && !casualtyNouns[head] && !literalCue(head) {
		ok = false // "about six kilometres" near "died" measures a distance
	}
	if _, isUnit := units[head]; ok && isUnit {
		ok = false // "residents within 20 kilometres were evacuated": a distance, not a count
	}
	if ok && head == "" && !rl.Casualties {
		head = v.elidedHead(m, from)
	}
	if ok && rl == roleBurned && isPeopleNoun(head) && !v.hasWord("death") {
		// "two guards suffered burns", "three workers were burned":
		// people burned are people hurt; homes burned are burned.
		rl = roleInjured
	}
	if ok && rl == roleMoved && headClass(head) == "people" {
		// "police moved 3,400 residents to schools", "4,200 people have
		// been moved out": people moved from where they live are
		// evacuated; patients or prisoners moved are transferred.
		rl = roleEvacuated
	}
	if ok {
		kind := KindQuantity
		if rl.Casualties {
			kind = KindCasualties
		}
		if (rl == roleCapacity || rl == roleWorkforce) && n.Vague {
			return "", "", 0, "" // "a sector that employs hundreds of thousands": a scale, not a figure
		}
		if rl == roleInjured || rl == roleHospital {
			if degree, condition := v.degreeOfInjury(to); degree != "" && (condition || rl == roleInjured) {
				// "Four people were seriously injured": a part of the
				// injured, counted apart from all of them.
				return kind, degreeSlot(degree, condition), 1, rl.Name
			}
		}
		if rl == roleCapacity || rl == roleWorkforce || rl.Casualties {
			return kind, rl.Name, 1, rl.Name
		}
		return kind, rl.Name + ":" + headClass(head), 1, head
	}
	if (genericPeople[head] || residentNouns[head]) && !n.Vague && headAt >= 0 && v.housedBefore(from, head) {
		// "the home had 57 residents", "was home to 53 people": how
		// many a place holds, as "the jail held 700 inmates" tells.
		return KindQuantity, "count:" + headClass(head) + ":hold", 1, head
	}
	if genericPeople[head] && !n.Vague && headAt >= 0 {
		if pred := v.countPredicate(from, headAt); pred != "" {
			return KindQuantity, "count:people" + pred, 1, head // "140,000 people paid their respects"
		}
	}
	if head == "" && !n.Vague {
		if noun := v.estimatedNoun(from); noun != "" {
			// "organisers put the crowd at 40,000", "officials put the
			// number of evacuees at 4,000": the estimate's object.
			if noun == "crowd" {
				return KindQuantity, "count:crowd", 1, noun // as "a crowd of 40,000"
			}
			if slot := v.actNounSlot(noun, -1, from); slot != "" {
				return KindQuantity, slot, 1, noun
			}
		}
		if noun, pred := v.numberOfNoun(from); pred != "" {
			return KindQuantity, "count:" + headClass(noun) + pred, 1, noun // "the number of jobs to go stands at 1,400"
		}
		if noun := v.measureNounBefore(from); noun != "" {
			if measureNames[noun] {
				return KindQuantity, "measure:" + noun, 1, noun // "a magnitude of 6.4", as "magnitude 6.4"
			}
			if marginNouns[noun] && noun != "majority" {
				// "a margin of 447", "her lead of 447": the unit left out
				// once a tally has made it plain; one gap with "won by
				// 447 votes". A majority is counted in seats as often.
				return KindQuantity, "votes:margin", 1, noun
			}
			return KindQuantity, "count:" + headClass(noun) + v.countPredicate(from, -1), 1, noun // "a crowd of 40,000"
		}
	}
	if head == "" || genericPeople[head] || head == "more" || head == "than" || head == "time" || n.Vague || unicode.IsDigit(firstRune(head)) || sizeUnit(head) {
		return "", "", 0, "" // "several chains", "500 people": a count with no role says too little
	}
	if head == "ballot" && v.castAfter(headAt) {
		return KindQuantity, "votes:cast", 1, "vote" // "38,900 ballots were cast": the poll
	}
	if head == "vote" {
		return KindQuantity, v.voteSlot(from, to, headAt), 1, head
	}
	if slot := v.actNounSlot(head, headAt, to); slot != "" {
		return KindQuantity, slot, 1, head
	}
	return KindQuantity, "count:" + headClass(head) + v.countPredicate(from, headAt), 1, head
}

// jobsCut gives one slot to the jobs an employer cuts, however told:
// "cut 1,200 jobs", "1,200 workers will be laid off", "shed 1,200 posts";
// a named employer as subject keeps the verb ("Norvia Steel will cut
// 1,200 jobs"), since a job is no person's own count.
func (v *sentenceView) jobsCut(slot string, from int) string {
	role, head, _ := strings.Cut(slot, ":")
	switch {
	case role == "laid-off" && workforceNouns[head]:
		return jobsCutSlot
	case role == "lost" && jobNouns[head]:
		return jobsCutSlot
	case slot == "count:job" && from > 0 && jobCuttingVerbs[lemmaOf(v.ws[from-1].Lower)]:
		return jobsCutSlot
	case (role == "count" && workforceNouns[head] || role == roleWorkforce.Name) && from > 1 && v.ws[from-1].Lower == "off" && layForms[v.ws[from-2].Lower]:
		return jobsCutSlot // "Norvia Steel will lay off 1,200 workers": jobs cut, not the workforce's size
	}
	return slot
}

const jobsCutSlot = "count:job:cut"

var layForms = map[string]bool{"lay": true, "lays": true, "laid": true, "laying": true}

var (
	jobNouns        = map[string]bool{"job": true, "post": true, "position": true}
	jobCuttingVerbs = map[string]bool{"cut": true, "axe": true, "shed": true, "eliminate": true, "slash": true, "scrap": true}
)

// actNounSlot is the slot of a count of acts, which counts what the act
// befell as its verb would: "1,200 job cuts", "1,200 job losses" and
// "1,200 redundancies" are 1,200 jobs cut; "5,000 evacuees" are 5,000
// people evacuated. "" for other heads. Arrests are left out: a count of
// arrests is often one day's of several ("86 arrests over the course of
// Saturday's protests"), which a total of people arrested is not.
func (v *sentenceView) actNounSlot(head string, headAt, to int) string {
	switch head {
	case "redundancy", "layoff":
		return "count:job:cut"
	case "cut", "loss":
		if headAt > to && stem(v.ws[headAt-1].Lower) == "job" {
			return "count:job:cut"
		}
	case "evacuee":
		return roleEvacuated.Name + ":people"
	}
	return ""
}

// quakeMeasured: a bare figure follows a verb of measuring whose subject
// is an earthquake ("the quake measured 6.4", "a tremor registering
// 5.2"): a quake is measured by its magnitude.
func (v *sentenceView) quakeMeasured(from int) bool {
	if from < 2 || !measuringWords[v.ws[from-1].Lower] {
		return false
	}
	for k := from - 2; k >= 0 && k >= from-4; k-- {
		if strings.HasPrefix(v.tag(k), "NN") {
			cls := eventClass[stem(v.ws[k].Lower)]
			return cls == "shaking" || cls == "aftershock"
		}
	}
	return false
}

var measuringWords = map[string]bool{
	"measured": true, "measuring": true, "measures": true, "registered": true, "registering": true,
}

// maxElisionWords bounds how far back a figure's left-out noun is sought.
const maxElisionWords = 20

// elidedHead is the noun a figure leaves out because a parallel clause
// of its sentence has just given it: "the rebels freed 30 hostages and
// the army 12", "police held 45 protesters on Friday; they released 20".
// The earlier figure must be the nearest, in another clause, and both
// must be counted in a role by their own clauses ("damaged 1,150 homes
// and destroyed 212"), so "laid off 200 workers and turned 60" lends
// nothing. "" when no such figure precedes.
func (v *sentenceView) elidedHead(m mention.Mention, from int) string {
	var prev *mention.Mention
	for _, i := range v.s.Mentions {
		pm := &v.a.Mentions[i]
		if pm.End <= m.Start && pm.Number != nil && (prev == nil || pm.Start > prev.Start) {
			prev = pm
		}
	}
	if prev == nil || v.partitiveBefore(from) {
		return "" // "300 homes, of which 80 were destroyed": a part, not a parallel count
	}
	pfrom, pto := mentionWords(v.ws, *prev)
	if pto >= from || from-pto > maxElisionWords || !v.clauseBetween(pto, from) {
		return ""
	}
	head, _ := v.headNoun(pfrom, pto, prev.End)
	if _, isUnit := units[head]; head == "" || isUnit || currencyOf(prev.Number, head) != "" || prev.Number.Unit != "" {
		return ""
	}
	if prl, ok := v.roleOf(pfrom, pto, prev.End); !ok || prl.Casualties {
		return "" // "laid off 200 workers and turned 60": no role counts the 60
	}
	return head
}

// partitiveBefore reports a figure that counts a part of a set just named:
// "of which 80", "of whom 12".
func (v *sentenceView) partitiveBefore(from int) bool {
	return from >= 2 && v.ws[from-2].Lower == "of" && (v.ws[from-1].Lower == "which" || v.ws[from-1].Lower == "whom")
}

// clauseBetween reports a clause boundary between words from and to: a
// stop or a coordinating word.
func (v *sentenceView) clauseBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if isClauseBreak(v.ws[j]) {
			return true
		}
		switch v.ws[j].Lower {
		case "and", "but", "while", "whereas":
			return true
		}
	}
	return false
}

// measureNounBefore is the noun a figure is given "of" when the figure
// has no noun of its own: "a crowd of 40,000", "a workforce of 520". ""
// when the figure follows no such noun.
func (v *sentenceView) measureNounBefore(from int) string {
	if from < 2 || v.ws[from-1].Lower != "of" || !strings.HasPrefix(v.tag(from-2), "NN") || v.ws[from-2].Capital && from > 2 {
		return ""
	}
	w := stem(v.ws[from-2].Lower)
	if wholeNouns[w] || isPeopleNoun(w) && !groupNouns[w] {
		// "a total of 25 people": the figure's own noun says what it
		// counts; "a father of three" counts his children, while "a
		// crew of 17" counts the crew.
		return ""
	}
	return w
}

// estimateVerbs put a figure on what their object names: "put the crowd
// at 40,000", "estimated the damage at".
var estimateVerbs = map[string]bool{
	"put": true, "puts": true, "putting": true, "estimated": true, "estimates": true, "estimate": true,
	"placed": true, "places": true,
}

// estimatedNoun is the noun an estimate verb's object names, when the
// figure at from follows its "at" ("officials put the number of evacuees
// at 4,000": evacuee; "organisers put the crowd at 40,000": crowd); ""
// otherwise.
func (v *sentenceView) estimatedNoun(from int) string {
	if from < 3 || v.ws[from-1].Lower != "at" {
		return ""
	}
	start, _ := v.clauseOf(from - 1)
	for k := from - 2; k >= start && k >= from-8; k-- {
		if !estimateVerbs[v.ws[k].Lower] {
			continue
		}
		head := from - 2
		if i := v.numberOfAt(from, k+1); i >= 0 && i+2 < from-1 {
			head = i + 2 // "the number of evacuees": what is counted
		}
		if !strings.HasPrefix(v.tag(head), "NN") {
			return ""
		}
		return stem(v.ws[head].Lower)
	}
	return ""
}

// groupNouns name a body of people, whose size "a crew of 17" gives.
var groupNouns = map[string]bool{"crew": true, "staff": true, "team": true, "squad": true, "delegation": true, "contingent": true, "workforce": true}

// inProgress: the figure's noun is followed by a verb in progress
// ("27 ships were waiting at anchor", "44 ships waiting"), by a present
// "now" ("6,100 people are now displaced") or by "still" ("about 40
// roads still closed"): a count of a state at one moment.
func (v *sentenceView) inProgress(to int) bool {
	now, present, still := false, false, false
	for j := to; j < len(v.ws) && j < to+5; j++ {
		w := v.ws[j].Lower
		now = now || w == "now"
		present = present || w == "is" || w == "are"
		still = still || w == "still"
		switch t := v.tag(j); {
		case strings.HasPrefix(t, "NN") || t == "JJ" || t == "RB" || auxiliaries[w] && w != "have" && w != "has" && w != "had":
			continue
		case t == "VBG":
			return !v.ws[j-1].isPunct()
		default:
			// "Some 90 families stayed out of their houses": a verb of
			// a state that went on.
			return now && present || still || stateVerbs[lemmaOf(w)]
		}
	}
	return now && present || still
}

// predicateIdiom is the one-word predicate a verb and its object make
// together ("left the track" is "derail"), "" when they make none.
func (v *sentenceView) predicateIdiom(j int) string {
	verb := actKey(v.ws[j].Lower)
	for k := j + 1; k < len(v.ws) && k <= j+3; k++ {
		w := v.ws[k].Lower
		if determiners[w] || w == "off" || w == "its" || w == "their" {
			continue
		}
		return predicateIdioms[[2]string{verb, stem(w)}]
	}
	return ""
}

// wholeNouns only frame a figure: "a total of", "a group of", "a maximum of".
var wholeNouns = map[string]bool{
	"total": true, "number": true, "group": true, "maximum": true, "minimum": true, "average": true,
	"majority": true, "handful": true, "dozen": true, "couple": true, "pair": true, "set": true,
	"series": true, "team": true, "batch": true, "range": true, "sum": true, "figure": true,
}

// countPredicate tells apart counts of one noun that say different
// things: "five carriages left the track" is not the train's length. A
// total ("all 214 passengers", "its 14 hospitals", "a six-carriage
// train") keeps the bare slot.
func (v *sentenceView) countPredicate(from, headAt int) string {
	for j := from + 1; j < headAt; j++ {
		if w := v.ws[j].Lower; strings.HasSuffix(w, "ed") && len(w) > 4 || measureModifiers[w] {
			return ":" + sameAct(lemmaOf(w)) // "the three derailed carriages", "an average 12 trains"
		}
	}
	if from > 0 {
		switch v.ws[from-1].Lower {
		case "all", "its", "their", "the", "total", "entire":
			return ""
		}
	}
	if headAt < 0 {
		return ""
	}
	if from > 0 && carryingVerbs[v.ws[from-1].Lower] {
		// "a bus carrying 40 passengers crashed": how many were aboard;
		// the verb after the noun is the bus's.
		return ":carry"
	}
	limit := headAt + 5
	for j := headAt + 1; j < len(v.ws) && j < limit; j++ {
		w := v.ws[j].Lower
		if k := v.appositionAt(j, headAt); k > 0 {
			// "52 vehicles, including 26 lorries, collided": the words
			// between the commas say what they were; the verb after
			// them what they did.
			j, limit = k, k+6
			continue
		}
		if j == headAt+1 && v.passiveParticiple(j) && v.reducedRelative(j) && v.finiteVerbAfter(j) && workforceCue(w) {
			// "1,150 crew employed by the operator are taking part": the
			// clause's own verb, past the phrase that describes them.
			k := v.nextFiniteVerb(j)
			j, limit = k-1, k+4
			continue
		}
		switch w {
		case "have", "has", "had", "been", "were", "was", "are", "is", "be", "being", "now", "still", "already", "also":
			continue
		}
		if w == "aged" {
			// "four men aged over 60 were killed": the age describes
			// them; the verb after it says what befell them.
			j = v.endOfAgePhrase(j) - 1
			limit = j + 6
			continue
		}
		if w == "aboard" || w == "on" && j+1 < len(v.ws) && v.ws[j+1].Lower == "board" {
			return ":carry" // "with 52 pupils aboard": what the vessel carried
		}
		if state := v.stateOfThings(j); state != "" {
			return ":" + state // "38 ships were at anchor", "40 ships waiting at anchor"
		}
		if w == "of" && j == headAt+1 && containerUnits[stem(v.ws[headAt].Lower)] {
			// "12,000 barrels of crude oil leaked": the units measure
			// their stuff, and the verb after it says what it did.
			for j+1 < len(v.ws) && j+1 < headAt+5 && strings.HasPrefix(v.tag(j+1), "NN") || j+1 < len(v.ws) && v.tag(j+1) == "JJ" {
				j++
			}
			limit = j + 5
			continue
		}
		if v.ws[j].isPunct() || stopAfterNumber[w] || skipAfterNumber[w] || v.ws[j].Capital {
			break
		}
		if v.isVerbAt(j) {
			if idiom := v.predicateIdiom(j); idiom != "" {
				return ":" + idiom // "five carriages left the track": they derailed
			}
			return ":" + sameAct(lemmaOf(w)) // "300 schools were closed"
		}
		if strings.HasPrefix(v.tag(j), "RB") {
			continue // "two dozen engines eventually arrived"
		}
		if tag := v.tag(j); strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "JJ") {
			return ":" + sameAct(stem(w)) // "border crossings" read as "border" crossing; "shut" as an adjective
		}
		return "" // "people into", "ships when": a word of no content says nothing
	}
	// A count that is its verb's object takes the verb as the subject of
	// a passive would: "the strike closed 400 schools", as "400 schools
	// were closed". A person's count ("he caught eight passes") is that
	// person's, whom an unnamed "he" does not say.
	if name, verb := v.subjectOfFigure(from); verb >= 0 && verb == from-1 && name == "" && !auxiliaries[v.ws[verb].Lower] && !v.personBefore(verb) {
		if verb > 0 && (v.ws[verb-1].Lower == "can" || v.ws[verb-1].Lower == "could") {
			// "a launch that can carry 40 people": what it holds at
			// most, not how many it carried.
			return ":capacity"
		}
		if lemma := lemmaOf(v.ws[verb].Lower); !reportingVerbs[lemma] && !attributes(v.ws[verb].Lower) && !statementActs[v.ws[verb].Lower] {
			return ":" + sameAct(lemma)
		}
	}
	if v.heldByPlace(from) {
		return ":hold" // "the depot has 37 storage tanks", "the port, which has 26 cranes"
	}
	return ""
}

// containerUnits count a stuff by what holds it ("12,000 barrels of
// crude", "400 sacks of grain").
var containerUnits = map[string]bool{
	"barrel": true, "gallon": true, "drum": true, "cask": true, "crate": true, "sack": true, "bale": true,
}

// heldByPlace: the figure is the object of "has" or "had" whose subject
// is a place or a body named by its kind or its name ("the depot has",
// "Norvia port, which has"): what the place holds, a standing inventory
// that the event does not change. A person's "has" is no inventory.
func (v *sentenceView) heldByPlace(from int) bool {
	if from < 2 {
		return false
	}
	switch v.ws[from-1].Lower {
	case "has", "had", "have":
	default:
		return false
	}
	k := from - 2
	if v.ws[k].Lower == "which" || v.ws[k].Lower == "that" {
		k-- // "the port, which has 26 cranes"
		if k >= 0 && v.ws[k].Lower == "," {
			k--
		}
	}
	if k < 0 || !strings.HasPrefix(v.tag(k), "NN") {
		return false
	}
	w := stem(v.ws[k].Lower)
	lx := officeLex()
	return lx.words["org-words"][w] || lx.words["org-kinds"][w] || placeNouns[w]
}

// placeNouns are sites that hold an inventory of things.
var placeNouns = map[string]bool{
	"depot": true, "plant": true, "site": true, "facility": true, "refinery": true, "terminal": true,
	"warehouse": true, "farm": true, "mine": true, "factory": true, "building": true, "tower": true,
	"complex": true, "estate": true, "prison": true, "jail": true, "ship": true, "vessel": true,
}

// carryingVerbs give how many a vehicle had aboard.
var carryingVerbs = map[string]bool{"carrying": true, "transporting": true, "ferrying": true}

// reportingVerbs pass a count on without saying what happened to what is
// counted: "figures show 63 vessels at anchor".
var reportingVerbs = map[string]bool{
	"show": true, "indicate": true, "suggest": true, "list": true, "record": true, "count": true,
	"report": true, "estimate": true, "put": true, "cite": true, "give": true, "say": true, "note": true,
}

// personBefore: the word before the verb at i stands for a person.
func (v *sentenceView) personBefore(i int) bool {
	if i < 1 {
		return false
	}
	switch v.ws[i-1].Lower {
	case "he", "she", "they", "i", "we", "you", "who":
		return true
	}
	return v.ws[i-1].Capital
}

// headNoun is the noun a figure counts: a hyphenated suffix
// ("20,000-crown"), else the first plural or people noun among the next
// words ("2,134 planned procedures"), skipping "of the" in "three of
// their colleagues".
func (v *sentenceView) headNoun(from, to, mentionEnd int) (string, int) {
	if hy := hyphenSuffix(v.ws, from, to, mentionEnd); hy != "" && !strings.Contains(hy, "year") {
		return hy, -1 // "an 18-storey tower": an attribute, with no verb of its own
	}
	first, firstAt := "", -1
	limit := to + 4
	for j := to; j < len(v.ws) && j < limit; j++ {
		w := v.ws[j]
		if w.isPunct() || stopAfterNumber[w.Lower] || isAdverb(w.Lower) {
			break
		}
		if skipAfterNumber[w.Lower] || unicode.IsDigit(firstRune(w.Lower)) {
			continue
		}
		s := stem(w.Lower)
		if v.isFiniteVerbAt(j) && !isPeopleNoun(s) {
			break // "the toll of 38 includes ...": a verb ends the noun phrase
		}
		if j == to && v.tag(j) == "VBN" && !(j+1 < len(v.ws) && strings.HasPrefix(v.tag(j+1), "NN")) && !isPeopleNoun(s) && !casualtyNouns[s] {
			break // "four were killed and 87 taken to hospital": the participle of a clause whose "were" is left out
		}
		if v.tag(j) == "JJ" && j+1 < len(v.ws) && strings.HasPrefix(v.tag(j+1), "NN") && !otherEventCues[w.Lower] && !measureModifiers[w.Lower] && units[w.Lower].measure == "" && units[s].measure == "" {
			// "two of the three humanitarian corridors": an adjective
			// heads no phrase. One that sets a count apart ("four prior
			// arrests", "valid votes") stays in view, as does a unit the
			// tagger reads as one ("8 km south-west").
			limit++
			continue
		}
		if first == "" {
			first, firstAt = s, j
		}
		if !isPeopleNoun(s) && j+1 < len(v.ws) && isPeopleNoun(stem(v.ws[j+1].Lower)) && strings.HasPrefix(v.tag(j+1), "NN") {
			continue // "one customs officer", "two sales clerks": the compound's last noun heads it
		}
		if isPeopleNoun(s) || peopleNouns[w.Lower] || v.headsToll(j) || s != w.Lower || invariantPlurals[w.Lower] || moneyWords[w.Lower] != "" {
			return s, j
		}
	}
	return first, firstAt
}

// headsToll: word j is a noun that is itself the toll and heads its
// phrase: "five confirmed dead", however qualified, but not the "life"
// of "three life sentences".
func (v *sentenceView) headsToll(j int) bool {
	return casualtyNouns[stem(v.ws[j].Lower)] && !strings.HasPrefix(v.tag(j+1), "NN")
}

// invariantPlurals are nouns whose plural is their singular ("400 fish",
// "312 dead sheep"): plural, and so a head, though no -s says so.
var invariantPlurals = map[string]bool{
	"fish": true, "sheep": true, "deer": true, "cattle": true, "livestock": true, "poultry": true,
	"salmon": true, "trout": true, "cod": true, "swine": true, "bison": true, "moose": true,
}

// measureModifiers set one count of a noun apart from another.
var measureModifiers = map[string]bool{
	"average": true, "peak": true, "maximum": true, "minimum": true, "median": true, "daily": true,
	"valid": true, "invalid": true, "rejected": true, "confirmed": true, "suspected": true,
}

var workforceNouns = map[string]bool{"worker": true, "employee": true, "staff": true, "workforce": true}

// casualtyNouns are heads that are themselves the toll: "41 dead",
// "tens of thousands of deaths".
var casualtyNouns = map[string]bool{
	"dead": true, "death": true, "fatality": true, "casualty": true, "injured": true, "wounded": true,
	"missing": true, "body": true, "survivor": true, "life": true, "victim": true, "trapped": true,
	"hurt": true, "injury": true,
}

var stopAfterNumber = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true,
	"and": true, "or": true, "to": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"from": true, "with": true, "after": true, "before": true, "since": true, "as": true, "but": true,
	"who": true, "which": true, "that": true, "than": true, "per": true, "remain": true, "remained": true,
	"will": true, "would": true, "could": true, "each": true, "more": true,
	"according": true, // "57 according to the airport": a source, no noun
	// a preposition ends the noun phrase: "killed 17 across Norvia"
	"across": true, "throughout": true, "during": true, "near": true, "outside": true, "among": true,
	"around": true, "into": true, "between": true,
}

// isAdverb: words after a figure that are not what it counts ("rose to
// 19 overnight", "30 now", "12 yesterday").
func isAdverb(s string) bool {
	switch s {
	case "overnight", "today", "yesterday", "tonight", "now", "so", "far", "ago", "already", "since", "still", "yet",
		"last", "this", "next", "early", "late", "later", "earlier", "each", "apiece", "altogether", "in", "all":
		return true
	}
	return len(s) > 4 && strings.HasSuffix(s, "ly") && !strings.HasSuffix(s, "ally") && s != "family"
}

var skipAfterNumber = map[string]bool{
	"of": true, "the": true, "their": true, "its": true, "his": true, "her": true, "our": true,
	"a": true, "an": true, "further": true, "additional": true, "other": true, "extra": true, "some": true,
}

// populationOf recognises "a town of about 4,000 people" and "6,500
// residents of Juniper Flats" and names the place.
func (v *sentenceView) populationOf(from, to int, head string) string {
	if (head == "resident" || head == "inhabitant") && to+1 < len(v.ws) {
		for j := to; j < len(v.ws) && j < to+3; j++ {
			if v.ws[j].Lower == "of" && j+1 < len(v.ws) && v.ws[j+1].Capital {
				if v.residentsActed(from, j+1) {
					return "" // "about 260 residents of Brennor were evacuated": those who were, not all who live there
				}
				return v.placeAt(j + 1)
			}
		}
	}
	for j := from - 1; j >= 0 && j >= from-3; j-- {
		if v.ws[j].Lower == "of" && j > 0 && populationHeads[v.ws[j-1].Lower] {
			return v.placeBefore(j - 1)
		}
		if v.ws[j].Lower == "population" {
			return v.placeBefore(j)
		}
	}
	return ""
}

// thiefNouns name those who steal.
var thiefNouns = map[string]bool{"thief": true, "thieves": true, "robber": true, "burglar": true, "raider": true, "gang": true, "intruder": true, "looter": true}

// thievesLeave are the verbs of leaving that "with" turns into taking,
// when thieves leave ("the gang escaped with 14 pieces").
var thievesLeave = map[string]bool{"escaped": true, "fled": true, "left": true, "vanished": true, "disappeared": true}

// takenByThieves: the figure is the object of "took" (or "take") whose
// subject, in its clause, names thieves ("the thieves took 14 pieces",
// "the gang took £2 million").
func (v *sentenceView) takenByThieves(from int) bool {
	if from < 2 {
		return false
	}
	verb := from - 1
	for verb > 0 && (determiners[v.ws[verb].Lower] || v.tag(verb) == "PRP$") {
		verb-- // "escaped with their haul of 14 pieces"
	}
	switch v.ws[verb].Lower {
	case "took", "take", "takes", "taking":
	case "with":
		if verb == 0 || !thievesLeave[v.ws[verb-1].Lower] {
			return false
		}
	default:
		return false
	}
	start, _ := v.clauseOf(from - 1)
	for j := start; j < from-1; j++ {
		if thiefNouns[v.ws[j].Lower] || thiefNouns[stem(v.ws[j].Lower)] {
			return true
		}
	}
	return false
}

// residentsActed: the residents a figure before "residents of" the place
// at k counts are the subject of a verb of their own later in the
// clause ("were evacuated", "remain in shelters", "signed"), unless "all"
// or a definite article gives them as every one who lives there.
func (v *sentenceView) residentsActed(from, k int) bool {
	if from > 0 {
		switch v.ws[from-1].Lower {
		case "all", "the", "its", "their":
			return false
		}
	}
	for j := k + 1; j < len(v.ws) && j < k+12; j++ {
		w := v.ws[j]
		if w.Lower == "," || w.Lower == "and" || w.Capital {
			continue // "residents of Tarrow, Norvia and Kell": the list of places
		}
		return v.isFiniteVerbAt(j) || auxiliaries[w.Lower]
	}
	return false
}

func (v *sentenceView) placeAt(i int) string {
	for _, n := range v.names {
		if n.Start <= v.ws[i].Start && v.ws[i].Start < n.End {
			return strings.ToLower(strings.Join(n.Words, " "))
		}
	}
	return strings.ToLower(v.ws[i].Text)
}

// placeBefore names the place a population belongs to: the nearest name
// before word i ("Juniper Flats, a town of ...").
func (v *sentenceView) placeBefore(i int) string {
	best := ""
	for _, n := range v.names {
		if n.End <= v.ws[i].Start && (!n.Person || n.Guessed) { // "Marrow Bend, a village of 900": an apposition names a place
			best = strings.ToLower(strings.Join(n.Words, " "))
		}
	}
	if best == "" {
		return "here"
	}
	return best
}

// roleOf finds the role cue nearest the figure within its clause: after
// it first ("41 people are confirmed dead"), then before it ("the death
// toll rose to 27").
func (v *sentenceView) roleOf(from, to, mentionEnd int) (role, bool) {
	if v.tollBefore(from) || v.tollBefore(v.sharedSubjectEnd(from)) {
		return roleKilled, true // "the toll stood at 11 when ... the last missing person had been found"
	}
	if rl, ok := v.numberOfBefore(from); ok {
		return rl, true // "the number of people killed in the crash has risen to 15"
	}
	if hy := hyphenSuffix(v.ws, from, to, mentionEnd); hy != "" {
		if rl, ok := cueAt(v.ws, to-1, hy); ok {
			return rl, true
		}
		if hy != "strong" && to < len(v.ws) && strings.HasPrefix(v.tag(to), "NN") {
			// "the 18-storey tower was evacuated": the verb acts on the
			// tower, which the figure measures; "a 20-strong crew" is the
			// crew itself.
			return role{}, false
		}
	}
	verbPassed, activeVerb := false, false
	var described *role
	describedOnly := false // a participle phrase after the noun gave a role, which the clause's verb overrides
	governing, governed := v.objectRole(from)
	reach := to + 8 + v.participlePhrase(to)
	for j := to; j < len(v.ws) && j < reach; j++ {
		if k := v.appositionAt(j, to); k > 0 {
			// "Nine people, among them a ferry pilot, were killed": the
			// words between the commas say who they were; the verb after
			// them what befell them.
			j, reach = k, k+9
			continue
		}
		if isClauseBreak(v.ws[j]) || j > to && v.opensOwnClause(j, verbPassed) {
			break // a cue in the next clause belongs to that clause's figure
		}
		if v.ws[j].Capital && j > 0 && !v.ws[j-1].isPunct() {
			continue // "climbers from Hallan Mountain Rescue": a name, no act
		}
		rl, ok := cueAt(v.ws, j, "")
		if ok && activeVerb && v.namesOtherPeople(j) {
			break // "a crew of 14 pulled survivors from the water": the verb's object, other people than its subject
		}
		if !ok && j > to && v.activeVerbAt(j) {
			activeVerb = true
		}
		if ok && !v.cueHasOwnFigure(j) && !v.figureJustBefore(j, to) {
			if governed && v.coordinatedVerb(j) {
				// "the gale injured 23 walkers and damaged schools": the
				// verb joined after the object has its own object.
				return governing, true
			}
			if v.preventedAct(j) {
				break // "stopped two intruders from killing anyone": no one was killed
			}
			if v.tag(j) == "NN" && v.modifiesNoun(j) {
				continue // "600 rescue workers": a noun naming who they are
			}
			if governed && v.reducedRelative(j) {
				return governing, true // "released 40 prisoners arrested during the protests"
			}
			if rl == roleWorkforce && v.passiveParticiple(j) && v.reducedRelative(j) && v.finiteVerbAfter(j) {
				// "1,150 crew employed by the operator are on strike": the
				// participle says whose crew they are, the clause's verb
				// what these do; they are not the whole workforce. (An
				// event's participle does say what is counted: "the 412
				// flights cancelled on Friday had been booked by ...".)
				describedOnly = true
				continue
			}
			if (j == to || v.onlyNamesBetween(to, j)) && described == nil && strings.HasPrefix(v.tag(j), "NN") {
				// "40 detainees were freed": the noun says who they are,
				// a verb after it what befell them. A noun that only
				// shares a verb's stem ("detainees", "detained") names
				// people in a state, not an act on them.
				if literalCue(v.ws[j].Lower) {
					described = &rl
				}
				continue
			}
			if described == nil && v.premodifiers(to, j) && v.modifiesNoun(j) {
				// "two injured workers later died": the participle says
				// who they were, the clause's verb what befell them.
				described = &rl
				continue
			}
			if described != nil && rl.Casualties != described.Casualties {
				continue // "damaged houses can be saved": people are saved, not houses
			}
			return rl, true
		}
		verbPassed = verbPassed || isFiniteVerbish(v.ws[j].Lower)
	}
	if described != nil {
		return *described, true // "three injured workers were flown out"
	}
	if describedOnly {
		return role{}, false
	}
	verbBetween := false
	for j := from - 1; j >= 0 && j >= from-10; j-- {
		if isClauseBreak(v.ws[j]) || v.opensClause(j+1) && j+1 < from {
			break
		}
		rl, ok := cueAt(v.ws, j, "")
		if !ok && strings.HasPrefix(v.tag(j), "VB") && !linkingVerbs[lemmaOf(v.ws[j].Lower)] && !auxiliaries[v.ws[j].Lower] {
			verbBetween = true
		}
		if ok && verbBetween && v.namesOtherPeople(j) {
			break // "survivors told police the boat had carried 140 people": the cue is another verb's subject
		}
		if ok {
			if (rl == roleMoved || rl == roleEvacuated) && from > 0 && v.ws[from-1].Lower == "to" {
				return role{}, false // "moved by bus to three other prisons": where they went
			}
			return rl, true
		}
	}
	return role{}, false
}

// activeVerbAt: word j is a finite verb in the active voice that names
// no role of its own ("pulled", "told"), whose subject and object are
// two parties.
func (v *sentenceView) activeVerbAt(j int) bool {
	switch v.tag(j) {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	w := v.ws[j].Lower
	return !linkingVerbs[lemmaOf(w)] && !auxiliaries[w] && !(j > 0 && auxiliaries[v.ws[j-1].Lower])
}

// namesOtherPeople: the cue at j is a noun for people ("survivors",
// "victims"), an adjective for them ("the injured") or one that
// describes a noun for them ("the injured passengers"): on the far side
// of another verb, they are that verb's subject or object rather than
// the people the figure counts. A noun for what befell them ("suffered
// injuries") stays the figure's.
func (v *sentenceView) namesOtherPeople(j int) bool {
	if strings.HasPrefix(v.tag(j), "NN") {
		return isPeopleNoun(stem(v.ws[j].Lower))
	}
	if !strings.HasPrefix(v.tag(j), "JJ") && v.tag(j) != "VBN" {
		return false
	}
	if j+1 < len(v.ws) && strings.HasPrefix(v.tag(j+1), "NN") {
		return isPeopleNoun(stem(v.ws[j+1].Lower)) // "ferried the injured passengers"
	}
	return j > 0 && v.ws[j-1].Lower == "the" // "ferried the injured": an adjective for the people it names
}

// linkingVerbs join a figure to what it is or holds ("the dead numbered
// 40", "the injured included 12 children", "the toll reached 30"): no
// party of their own stands between.
var linkingVerbs = map[string]bool{
	"be": true, "include": true, "number": true, "total": true, "reach": true, "stand": true,
	"remain": true, "become": true, "rise": true, "climb": true,
}

// coordinatedVerb: word j is a verb joined by "and" or "or" to the verb
// phrase before it, so it shares that phrase's subject but takes its own
// object.
func (v *sentenceView) coordinatedVerb(j int) bool {
	if j < 1 || !strings.HasPrefix(v.tag(j), "VB") {
		return false
	}
	switch v.ws[j-1].Lower {
	case "and", "or":
		return true
	}
	return false
}

// participlePhrase is the length of a participle phrase that follows the
// counted noun and describes it ("4,300 people living along the river
// were told to leave"), up to the clause's own verb: the figure's role
// lies beyond it, so the phrase does not count against the search.
func (v *sentenceView) participlePhrase(to int) int {
	start := to
	if start < len(v.ws) && strings.HasPrefix(v.tag(start), "NN") {
		start++
	}
	if start >= len(v.ws) || v.tag(start) != "VBG" || start == to {
		return 0
	}
	for k := start + 1; k < len(v.ws) && k < start+10; k++ {
		if isClauseBreak(v.ws[k]) {
			return 0
		}
		if v.isFiniteVerbAt(k) {
			return k - start
		}
	}
	return 0
}

// objectRole is the role of the verb right before a figure, which takes
// the figure's phrase for its object ("released 40 prisoners").
func (v *sentenceView) objectRole(from int) (role, bool) {
	if from == 0 || !v.isVerbAt(from-1) {
		return role{}, false
	}
	return cueAt(v.ws, from-1, "")
}

// workforceCue: the word gives the workforce role.
func workforceCue(w string) bool {
	rl, ok := cueAt([]word{{Lower: w}}, 0, "")
	return ok && rl == roleWorkforce
}

// passiveParticiple: word j is a past participle by its tag, or by the
// agent after it ("employed by the operator"), which a past tense never
// takes in that place.
func (v *sentenceView) passiveParticiple(j int) bool {
	return v.tag(j) == "VBN" || j+1 < len(v.ws) && v.ws[j+1].Lower == "by"
}

// finiteVerbAfter: a finite verb follows word j in its clause, the
// clause's own predicate after a participle phrase.
func (v *sentenceView) finiteVerbAfter(j int) bool { return v.nextFiniteVerb(j) >= 0 }

// nextFiniteVerb is the first finite verb after word j in its clause, -1
// when there is none.
func (v *sentenceView) nextFiniteVerb(j int) int {
	_, end := v.looseClauseOf(j) // past an apposition: "employed by the operator, Nordvik Line, are"
	for k := j + 1; k < end; k++ {
		if v.isFiniteVerbAt(k) {
			return k
		}
	}
	return -1
}

// reducedRelative: the participle at j follows its noun with no verb of
// its own ("prisoners arrested during the protests"): it describes them.
func (v *sentenceView) reducedRelative(j int) bool {
	return (v.tag(j) == "VBN" || v.tag(j) == "VBD") && j > 0 && strings.HasPrefix(v.tag(j-1), "NN")
}

// premodifiers: the words from `from` up to j are adverbs or adjectives
// before a noun ("badly injured patients"), so a participle at j still
// describes the counted noun.
func (v *sentenceView) premodifiers(from, j int) bool {
	for k := from; k < j; k++ {
		if t := v.tag(k); t != "RB" && t != "JJ" {
			return false
		}
	}
	return true
}

// othersBesideNamed: the figure counts people besides one the sentence
// names, so the group is larger by them: "Tomas Vell and four other
// nurses were freed", "16 citizens were freed along with Ada Brecht".
func (v *sentenceView) othersBesideNamed(from, to int) bool {
	if from >= 2 && v.ws[from-1].Lower == "and" && to < len(v.ws) && (v.ws[to].Lower == "other" || v.ws[to].Lower == "others") {
		prev := v.ws[from-2]
		return prev.Capital || subjectPronouns[prev.Lower] || prev.Lower == "him" || prev.Lower == "her"
	}
	if to+1 < len(v.ws) && v.ws[to].Lower == "other" && strings.HasPrefix(v.tag(to+1), "NN") && !v.verbBefore(from) &&
		!(from > 0 && strings.HasPrefix(v.tag(from-1), "VB")) {
		// "37 other staff were questioned": besides someone told of
		// before; "moved to three other prisons" counts where they went,
		// and "killing a guard and injuring 26 other people" all the
		// injured: the guard was killed, not hurt.
		return true
	}
	if from >= 2 && v.ws[from-1].Lower == "other" && v.ws[from-2].Lower == "the" {
		return true // "the other 13 suspects were released"
	}
	for k := 0; k < from; k++ {
		if w := v.ws[k].Lower; w == "besides" || w == "apart" && v.ws[k+1].Lower == "from" {
			// "Besides the mayor, 43 officials were questioned"; but
			// "besides the hotel staff, 212 tourists were moved" counts
			// all the tourists, a group the staff are no part of.
			return !v.otherGroupBesides(k, from, to)
		}
	}
	_, end := v.clauseOf(from)
	for k := to; k+2 < len(v.ws) && k < end; k++ {
		if w := v.ws[k].Lower; (w == "along" || w == "together") && v.ws[k+1].Lower == "with" && v.ws[k+2].Capital {
			return true
		}
	}
	return false
}

// collectiveNouns name a group of people in the singular.
var collectiveNouns = map[string]bool{"staff": true, "crew": true, "team": true, "personnel": true, "workforce": true}

// otherGroupBesides: the phrase that "besides" at k opens names a group
// by a common noun, and the figure counts a group of another noun ("the
// crew" against "40 passengers"), so nothing of the one is in the other.
func (v *sentenceView) otherGroupBesides(k, from, to int) bool {
	if to >= len(v.ws) || !strings.HasPrefix(v.tag(to), "NNS") || genericPeople[stem(v.ws[to].Lower)] {
		return false
	}
	for j := from - 1; j > k; j-- {
		if v.ws[j].Lower == "," {
			continue
		}
		if v.tag(j) != "NNS" && !collectiveNouns[v.ws[j].Lower] || v.ws[j].Capital {
			return false // "besides the mayor": one person, maybe one of the group
		}
		return stem(v.ws[j].Lower) != stem(v.ws[to].Lower)
	}
	return false
}

// onlyNamesBetween: the words from to up to j are capitalised names
// ("three Tarrow detainees"), which say whose people they are.
func (v *sentenceView) onlyNamesBetween(to, j int) bool {
	if j <= to || j-to > 2 {
		return false
	}
	for k := to; k < j; k++ {
		if !v.ws[k].Capital {
			return false
		}
	}
	return true
}

// modifiesNoun: the word at j stands before a noun it describes ("injured
// workers"), by the tagger's reading.
func (v *sentenceView) modifiesNoun(j int) bool {
	return j+1 < len(v.ws) && strings.HasPrefix(v.tag(j+1), "NN")
}

// opensOwnClause: a coordinated clause starts at word j. "and" before a
// verb always opens one ("and left 3,000 homeless"); before a new figure
// only once the figure's own clause has its verb ("Four were killed and
// 24 injured"), since "Eleven miners and two engineers were trapped"
// shares one verb between two figures.
func (v *sentenceView) opensOwnClause(j int, verbPassed bool) bool {
	w := v.ws[j].Lower
	if (w == "and" || w == "or") && j+1 < len(v.ws) && isFigureWord(v.ws[j+1]) || isFigureWord(v.ws[j]) {
		return verbPassed
	}
	if w == "that" && j+1 < len(v.ws) && subjectPronouns[v.ws[j+1].Lower] {
		// "told nine jurors that they would not impose death": what
		// they were told, with a subject of its own, says nothing of
		// what befell the nine.
		return true
	}
	return v.opensClause(j)
}

// subjectPronouns stand as a clause's subject.
var subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true}

// isFiniteVerbish: auxiliaries and past forms, which complete a clause.
func isFiniteVerbish(w string) bool {
	switch w {
	case "was", "were", "is", "are", "has", "have", "had", "been":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// sharedSubjectEnd: in "the toll stood at 38 on Tuesday, and had risen to
// 47 by Wednesday" the second clause has no subject of its own and shares
// the first's. It gives the end of the clause before such a subjectless
// clause holding word from, or from itself when there is none.
func (v *sentenceView) sharedSubjectEnd(from int) int {
	start, _ := v.clauseOf(from)
	j := start
	if j < len(v.ws) && v.ws[j].Lower == "," {
		j++
	}
	if j >= len(v.ws) || !v.coordinatedPredicate(j) {
		return from
	}
	prev := start
	if prev > 0 && v.ws[prev].Lower != "," && v.ws[prev-1].Lower == "," {
		prev--
	}
	return prev
}

// numberOfBefore reads the role of a figure that gives the level of "the
// number of" people a cue names, as a toll does: "the number of people
// killed in Saturday's crash has risen to 15", "the number of people
// who have died has reached 11". The figure must follow a verb of level
// and "to" or "at".
func (v *sentenceView) numberOfBefore(from int) (role, bool) {
	i := v.numberOfAt(from, 0)
	if i < 0 {
		return role{}, false
	}
	for j := i + 2; j < from-1 && j <= i+6; j++ {
		if rl, ok := cueAt(v.ws, j, ""); ok && rl.Casualties {
			return rl, true
		}
	}
	return role{}, false
}

// numberOfAt is the word "number" of the first "number of" at or after
// word start that a level preposition before word from closes ("the
// number of people killed has risen to 15"), -1 when there is none.
func (v *sentenceView) numberOfAt(from, start int) int {
	if from < 2 || !levelPrepositions[v.ws[from-1].Lower] {
		return -1
	}
	for i := start; i+1 < from-1; i++ {
		if v.ws[i].Lower == "number" && v.ws[i+1].Lower == "of" {
			return i
		}
	}
	return -1
}

// numberOfNoun reads "the number of jobs to go stands at 1,400": the
// noun counted and the act the words after it give it ("to go", "cut";
// "visitors to the fair" gives none, and says too little to compare),
// when a level the count reached follows.
func (v *sentenceView) numberOfNoun(from int) (string, string) {
	start, _ := v.clauseOf(from)
	i := v.numberOfAt(from, start)
	if i < 0 || i+2 >= from-1 || !strings.HasPrefix(v.tag(i+2), "NN") {
		return "", ""
	}
	noun := stem(v.ws[i+2].Lower)
	for j := i + 3; j < from-1 && j <= i+5; j++ {
		if v.ws[j].Lower == "to" && j+1 < from-1 && v.tag(j+1) == "VB" {
			return noun, ":" + sameAct(lemmaOf(v.ws[j+1].Lower)) // "jobs to go"
		}
		if t := v.tag(j); t == "VBN" || t == "VBD" {
			return noun, ":" + sameAct(lemmaOf(v.ws[j].Lower)) // "the number of posts cut"
		}
	}
	return noun, ""
}

// levelPrepositions introduce the level a count reached: "risen to 15",
// "stands at 32".
var levelPrepositions = map[string]bool{"to": true, "at": true}

// tollBefore: "toll" shortly before a figure in its clause names it,
// whatever other cues follow.
func (v *sentenceView) tollBefore(from int) bool {
	reach := 10
	if from >= 2 && levelPrepositions[v.ws[from-1].Lower] {
		// "the death toll from last week's flood in the upper Brennor
		// valley rose to 29": a level's figure measures the subject's head,
		// however long the phrases after it.
		reach = 24
	}
	for _, w := range v.clauseBefore(from, reach) {
		if w.Lower == "toll" {
			return true
		}
	}
	return false
}

// cueHasOwnFigure: in "infected 63 people and killed one child" the cue
// "killed" governs "one child", not 63.
func (v *sentenceView) cueHasOwnFigure(j int) bool {
	for k := j + 1; k < len(v.ws) && k <= j+2 && !isClauseBreak(v.ws[k]) && v.ws[k].Lower != "and" && !v.opensClause(k); k++ {
		// "hurt when two buses collided": the figure after "when" is
		// its own clause's subject, not the cue's object.
		if isFigureWord(v.ws[k]) && !v.inDateMention(k) { // "the 31 deaths of 1998": a year, no count
			return true
		}
		if placePrepositions[v.ws[k].Lower] && !(k+1 < len(v.ws) && (v.ws[k+1].Lower == "least" || v.ws[k+1].Lower == "most")) {
			return false // "hurt at 14 sites": a place the figure counts, not the cue's object
		}
	}
	return false
}

// placePrepositions open a phrase of place after a verb.
var placePrepositions = map[string]bool{"at": true, "in": true, "on": true, "across": true, "near": true, "inside": true, "outside": true}

// figureJustBefore reports a figure other than the one ending at word
// to that stands right before the cue at j, or one people noun before it:
// "killed two and left 30 hurt" gives "hurt" to the 30.
func (v *sentenceView) figureJustBefore(j, to int) bool {
	for k := j - 1; k >= to && k >= j-2; k-- {
		if isFigureWord(v.ws[k]) && !v.inAgePhrase(k, to) {
			return true
		}
	}
	return false
}

// inAgePhrase: the figure word k stands in an age phrase ("aged over 60")
// that opens after word to, so it describes the people counted before.
func (v *sentenceView) inAgePhrase(k, to int) bool {
	for a := k - 1; a >= to && a >= k-4; a-- {
		if v.ws[a].Lower == "aged" {
			return v.endOfAgePhrase(a) > k
		}
	}
	return false
}

func isClauseBreak(w word) bool {
	switch w.Lower {
	case ",", ";", ":", "—", "–", "(", ")":
		return true
	}
	return false
}

func cueAt(ws []word, j int, override string) (role, bool) {
	var forms []string // the word's verb forms, read once for every cue
	if override == "" {
		forms = verbForms(ws[j].Lower)
	}
	for _, cue := range roleCues {
		if override != "" {
			if len(cue.Words) == 1 && (cue.Words[0] == override || stem(cue.Words[0]) == override) {
				return cue.Role, true
			}
			continue
		}
		if len(cue.Words) == 1 {
			if ws[j].Lower == cue.Words[0] || stem(ws[j].Lower) == cue.Words[0] || shareForm(forms, cueForms[cue.Words[0]]) {
				return cue.Role, true
			}
			continue
		}
		if matchWords(ws, j, cue.Words) {
			return cue.Role, true
		}
	}
	return role{}, false
}

// appositionAt is the closing comma of a phrase set off by commas that
// opens at word j, right after the figure's noun (to is the word after
// the figure), when a verb of the clause follows it: "Nine people,
// among them a ferry pilot and his son, were killed". 0 when there is
// none: a comma that ends the clause, or a phrase with a verb of its
// own, is no such phrase.
func (v *sentenceView) appositionAt(j, to int) int {
	if v.ws[j].Lower != "," || j != to+1 || !strings.HasPrefix(v.tag(to), "NN") {
		return 0
	}
	for k := j + 1; k < len(v.ws) && k <= j+12; k++ {
		if t := v.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return 0
		}
		if v.ws[k].Lower == "," {
			if k+1 < len(v.ws) && (auxiliaries[v.ws[k+1].Lower] || v.isFiniteVerbAt(k+1) || v.tag(k+1) == "VBN" && v.wordAt(k+2) != "by") {
				return k // a past form after the comma is the verb, however tagged: "52 vehicles, including 26 lorries, collided"
			}
			return 0
		}
		if isClauseBreak(v.ws[k]) {
			return 0
		}
	}
	return 0
}

// literalCue: w is a one-word role cue as written, or its plural
// ("employees"), not merely a form of a cue's verb.
func literalCue(w string) bool {
	for _, cue := range roleCues {
		if len(cue.Words) == 1 && (w == cue.Words[0] || stem(w) == cue.Words[0]) {
			return true
		}
	}
	return false
}

// cueForms are the verb forms of each one-word role cue, read once.
var cueForms = func() map[string][]string {
	out := map[string][]string{}
	for _, cue := range roleCues {
		if len(cue.Words) == 1 && !literalCues[cue.Words[0]] {
			out[cue.Words[0]] = verbForms(cue.Words[0])
		}
	}
	return out
}()

// literalCues are cues only as themselves, never by a verb form they
// share: people "missing" are unaccounted for, while a player who
// "missed" a shot lost nobody; "lives" lost are deaths, while people
// "living" by a river are alive.
var literalCues = map[string]bool{"missing": true, "lives": true}

// isPeopleNoun: the listed nouns, and agent nouns by their ending
// ("firefighter", "protester", "journalist"), but not units ("metre").
// relativeAntecedent is the noun a relative clause holding the figure at
// from hangs on ("the ransom, which police put at £2.5 million"), -1 when
// the figure is in no such clause.
func (v *sentenceView) relativeAntecedent(from int) int {
	for k := from - 1; k >= 2 && k >= from-8; k-- {
		w := v.ws[k].Lower
		if w == "which" && v.ws[k-1].Lower == "," && strings.HasPrefix(v.tag(k-2), "NN") {
			return k - 2
		}
		if isClauseBreak(v.ws[k]) || w == "," {
			return -1
		}
	}
	return -1
}

// personCompound: a noun made with "-man" or "-men" names a person
// ("policemen", "fishermen", "gunman"). The word before it is a word of
// its own of three letters or more, which leaves out "specimen",
// "regimen", "acumen" and "semen".
func personCompound(s string) bool {
	before, ok := strings.CutSuffix(s, "men")
	if !ok {
		before, ok = strings.CutSuffix(s, "man")
	}
	return ok && len(before) >= 3 && !strings.ContainsAny(before[len(before)-1:], "iou")
}

func isPeopleNoun(s string) bool {
	if peopleNouns[s] || responders[s] != "" {
		return true // "paramedic", "lifeguard", "medic": people, whatever their ending
	}
	if len(s) < 5 || measureUnits[s] {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "mate"} { // "crewmate", "teammate"
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return personCompound(s)
}

var measureUnits = map[string]bool{
	"meter": true, "metre": true, "kilometer": true, "kilometre": true, "liter": true, "litre": true,
	"centimeter": true, "centimetre": true, "millimeter": true, "millimetre": true, "quarter": true,
	"number": true, "order": true, "container": true, "computer": true, "tractor": true, "sector": true,
	"floor": true, "door": true, "corridor": true, "trailer": true, "tanker": true, "register": true,
}

// headClass merges the nouns that count people in general ("people",
// "residents"); specific groups ("prisoners", "aid workers") stay apart.
func headClass(head string) string {
	if genericPeople[head] {
		return "people"
	}
	if class := sameThings[head]; class != "" {
		return class
	}
	return head
}

// residentNouns name the people a place holds: those who live, stay or
// are kept there.
var residentNouns = map[string]bool{
	"resident": true, "patient": true, "pupil": true, "student": true, "tenant": true,
	"inmate": true, "prisoner": true, "guest": true, "occupant": true,
}

// housedBefore: the figure is the object of a verb of holding people,
// "housed" or "was home to" for anyone, "had" for residents of a place.
func (v *sentenceView) housedBefore(from int, head string) bool {
	if from < 1 {
		return false
	}
	switch v.ws[from-1].Lower {
	case "housed", "houses", "housing":
		return true
	case "had", "has", "have":
		return residentNouns[head]
	case "to":
		return from >= 2 && v.ws[from-2].Lower == "home"
	}
	return false
}

// sameThings are nouns that news uses for one kind of thing, by the noun
// that stands for them all: "1,150 homes damaged" and "1,500 damaged
// houses" count one thing. Households (people living together) and
// buildings (of any use) are other things.
var sameThings = map[string]string{
	"home": "home", "house": "home", "dwelling": "home", "residence": "home",
	"ship": "ship", "vessel": "ship",
	"worker": "worker", "employee": "worker",
	"prisoner": "prisoner", "inmate": "prisoner", "detainee": "prisoner",
	"match": "match", "game": "match", "fixture": "match",
	"crude": "oil",
}

// statedRounding is nearly half a unit of the last digit a figure was
// written with: 0.45 for a whole number, 0.045 for 6.4. Short of the
// half, so that 44 and 45 yards still stand apart.
func statedRounding(x float64) float64 {
	half := 0.45
	for x != math.Trunc(x) && half > 1e-6 {
		x *= 10
		half /= 10
	}
	return half
}

// companionsOf: the figure stands in a phrase opened by "with" after its
// clause's verb, whose own verb it lacks ("fled with her husband and six
// children", "escaped with three suitcases"): the people or things that
// went along, not those the verb counts. "With 400 forced from their
// homes" has a verb of its own and is left to it.
func (v *sentenceView) companionsOf(from, to int) bool {
	_, end := v.clauseOf(max(to-1, 0))
	for k := to; k < min(end, to+nearWords); k++ {
		if v.isVerbAt(k) {
			return false
		}
	}
	for k := from - 1; k >= 0 && k >= from-8; k-- {
		switch w := v.ws[k].Lower; {
		case w == "with":
			return k > 0 && v.isVerbAt(k-1)
		case w == "and" || w == "," || determiners[w] || v.tag(k) == "PRP$" || v.tag(k) == "CD" || strings.HasPrefix(v.tag(k), "NN") || strings.HasPrefix(v.tag(k), "JJ"):
			continue
		}
		return false
	}
	return false
}

// towardTarget: a share of a target or goal ("70 percent of its
// target") is progress toward it, which grows as a total so far does.
func (v *sentenceView) towardTarget(to int) bool {
	if to+2 >= len(v.ws) || v.ws[to].Lower != "of" {
		return false
	}
	k := to + 1
	if determiners[v.ws[k].Lower] {
		k++
	}
	w := stem(v.ws[k].Lower)
	return w == "target" || w == "goal"
}

// ruleClause: the figure stands in a clause opened by "when" whose verb
// is in the present ("a recount is automatic when the gap is less
// than 0.5 percent"): a rule that holds whenever, not a figure of the
// story.
func (v *sentenceView) ruleClause(from int) bool {
	start, end := v.clauseOf(from)
	start, end = max(start, from-nearWords), min(end, from+nearWords)
	opened := false
	for k := start; k < end; k++ {
		switch w := v.ws[k].Lower; {
		case w == "when" || w == "whenever":
			opened = true // "if" makes any clause a condition (conditional)
		case opened && (v.tag(k) == "VBZ" || v.tag(k) == "VBP"):
			return true
		}
	}
	return false
}

// pollBefore: a poll, survey or projection is named before the share in
// its sentence ("The exit poll gave the Greens 19 per cent"): an
// estimate of a result, not the result.
func (v *sentenceView) pollBefore(from int) bool {
	if !v.estimateRead {
		v.estimateRead, v.estimateAt = true, -1
		for k := range v.ws {
			if estimateNouns[stem(v.ws[k].Lower)] && strings.HasPrefix(v.tag(k), "NN") {
				v.estimateAt = k
				break
			}
		}
	}
	return v.estimateAt >= 0 && v.estimateAt < from
}

// estimateNouns name a count made to estimate a result.
var estimateNouns = map[string]bool{"poll": true, "survey": true, "projection": true, "forecast": true}

// barNouns name a level set in advance that a result must reach.
var barNouns = map[string]bool{"threshold": true, "hurdle": true, "quorum": true, "barrier": true}

// scopeOf is how wide a whole the figure at words [from, to) is told
// of, when wider than the place the story is about: "worldwide" or
// "globally" closing its noun phrase or clause ("employs 40,000 people
// worldwide"), "nationwide" likewise, or a sentence that opens on the
// country as a whole ("Across the country, prisons hold 14,200"). ""
// when the figure is the story's place's own.
func (v *sentenceView) scopeOf(to int) string {
	for k := to; k < len(v.ws) && k < to+4; k++ {
		if isClauseBreak(v.ws[k]) {
			break
		}
		if scope := scopeWords[v.ws[k].Lower]; scope != "" {
			return scope
		}
	}
	if len(v.ws) > 2 && v.ws[0].Lower == "across" && v.ws[1].Lower == "the" && wholeLands[v.ws[2].Lower] {
		return "national"
	}
	if len(v.ws) > 0 && scopeWords[v.ws[0].Lower] == "national" {
		return "national" // "Nationally, 14,200 people are held"
	}
	return ""
}

var (
	scopeWords = map[string]string{"worldwide": "worldwide", "globally": "worldwide", "nationwide": "national",
		"nationally": "national", "countrywide": "national"}
	wholeLands = map[string]bool{"country": true, "nation": true}
)

// amountWord: a currency or a scale written with a figure ("a 412
// million euro budget"), which narrows nothing.
func amountWord(w string) bool {
	switch w {
	case "million", "billion", "trillion", "bn", "m", "mn", "k":
		return true
	}
	return moneyWords[w] != "" || moneyWords[w+"s"] != ""
}

// sameActs are verbs news uses for one act on what is counted, by the
// verb that stands for them all: "schools were shut" and "schools were
// closed" count one thing, as do children "immunised" and "vaccinated".
var sameActs = map[string]string{
	"shut": "close",
	// the people a gathering drew, by any verb of coming to it
	"draw": "attend", "gather": "attend", "flock": "attend",
	"immunise": "vaccinate", "immunize": "vaccinate", "inoculate": "vaccinate",
	"detain": "arrest", "apprehend": "arrest",
	// crews or machines put to work at a scene, by any verb of sending
	"send": "deploy", "dispatch": "deploy", "mobilise": "deploy", "mobilize": "deploy",
	"abduct": "kidnap",
	"axe":    "cut", "eliminate": "cut", "slash": "cut", "shed": "cut", "scrap": "cut",
	// a length fallen is one measure by any verb of falling
	"drop": "fall", "plunge": "fall", "plummet": "fall", "tumble": "fall",
	// what got out of a tank, a pipe or a hull, by any verb of escaping
	"leak": "spill", "gush": "spill", "pour": "spill", "seep": "spill",
}

// sameAct gives the verb that stands for a count's act.
func sameAct(lemma string) string { return cmp.Or(sameActs[lemma], lemma) }

var genericPeople = map[string]bool{
	"people": true, "person": true, "resident": true, "inhabitant": true, "civilian": true,
	"villager": true, "islander": true, "townspeople": true, "local": true, "householder": true,
	"man": true, "men": true, "woman": true, "women": true, "adult": true, "individual": true,
	"child": true, "children": true, "boy": true, "girl": true, "baby": true, "babies": true,
}

func unitLabel(slot string) string {
	switch {
	case strings.HasPrefix(slot, "percent:"):
		return "%"
	case strings.HasPrefix(slot, "points:"):
		return " pp"
	case strings.HasPrefix(slot, "money:"):
		return " " + strings.Split(slot, ":")[1]
	}
	return ""
}

func (v *sentenceView) hasWord(words ...string) bool {
	for _, w := range v.ws {
		for _, x := range words {
			if w.Lower == x {
				return true
			}
		}
	}
	return false
}

// placeOfCount is the place a casualty count is given for, named by "in"
// and a capitalised name in the figure's clause ("eight people were
// killed in Tarrow"): a story of several towns counts each apart from
// its whole. "" when the clause names none; a person's name, a date or
// a word in lower case ("in hospital", "in the blast") is no place.
//
// A count told over a whole area ("across the county", "throughout
// Norvia", "nationwide") is the story's whole, WholeArea.
func (v *sentenceView) placeOfCount(to int) string {
	_, end := v.clauseOf(max(to-1, 0))
	for j := to; j < end && j < len(v.ws); j++ {
		switch v.ws[j].Lower {
		case "across", "throughout", "nationwide", "statewide", "countywide":
			return WholeArea
		}
	}
	for j := to; j+1 < end && j+1 < len(v.ws); j++ {
		if v.ws[j].Lower != "in" {
			continue
		}
		k := j + 1
		if !v.ws[k].Capital || v.inMention(v.ws[k].Start) || v.personNameAt(k) {
			return ""
		}
		var words []string
		for ; k < end && k < len(v.ws) && v.ws[k].Capital && len(words) < 3; k++ {
			words = append(words, v.ws[k].Lower)
		}
		return CountryKey(strings.Join(words, " "))
	}
	return ""
}

// placeOfWhereClause is the place a "where" clause holding the figure
// hangs on ("In Tarrow, where 900 households lost power, crews worked
// through the night"): the figure is that place's share, "" when no such
// clause holds it.
func (v *sentenceView) placeOfWhereClause(from int) string {
	for j := from - 1; j >= 2 && j >= from-nearWords; j-- {
		w := v.ws[j].Lower
		if w == "where" {
			if v.ws[j-1].Lower != "," || !v.ws[j-2].Capital || v.personNameAt(j-2) {
				return ""
			}
			k := j - 2
			for k > 0 && v.ws[k-1].Capital && v.tag(k-1) == "NNP" && j-2-k < 2 {
				k--
			}
			var words []string
			for ; k <= j-2; k++ {
				words = append(words, v.ws[k].Lower)
			}
			return CountryKey(strings.Join(words, " "))
		}
		if isClauseBreak(v.ws[j]) {
			return ""
		}
	}
	return ""
}

// placeBeforePeople is the place named right before the people a figure
// counts ("the 2,300 Selwick villagers evacuated"), "" when none is.
func (v *sentenceView) placeBeforePeople(to int) string {
	if to+1 >= len(v.ws) || !v.ws[to].Capital || v.personNameAt(to) || v.inMention(v.ws[to].Start) || v.tag(to+1) != "NNS" || !isPeopleNoun(stem(v.ws[to+1].Lower)) {
		return ""
	}
	return CountryKey(v.ws[to].Lower)
}

// spreadOverPlaces: the slot counts people an event befalls place by
// place, beside the casualties: evacuations and homes cut off.
func spreadOverPlaces(slot string) bool {
	role, _, _ := strings.Cut(slot, ":")
	return role == roleEvacuated.Name || role == roleWithoutPower.Name
}

// personNameAt: a person's name starts at word k.
func (v *sentenceView) personNameAt(k int) bool {
	for _, n := range v.names {
		if n.Person && n.Start == v.ws[k].Start {
			return true
		}
	}
	return false
}
