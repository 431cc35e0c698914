package claim

import (
	"cmp"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/pkg/mention"
)

// durationClaim: how long an event lasted. A duration whose event cannot
// be named is left out: comparing lengths of unknown things raises only
// false alarms.
func (v *sentenceView) durationClaim(r *reading, m mention.Mention) *Claim {
	d := m.Duration
	if strings.EqualFold(m.Text, "a second") {
		return v.drop(`"a second" as an ordinal`) // "a second, smaller fall"
	}
	from, to := mentionWords(v.ws, m)
	if from > 1 && focusingAdverbs[v.ws[from-1].Lower] && v.ws[from-2].Lower == "for" {
		// "met for only two hours", "deliberated for just six hours": the
		// adverb weighs the length, and the length is read past it.
		from--
	}
	if to < len(v.ws) && v.ws[to].Lower == "ago" || v.isOrdinalUse(from, to, false) {
		return v.drop("a date or an age, not a length") // "three years ago", "a 41-year-old"
	}
	if to < len(v.ws) && (v.ws[to].Lower == "left" || v.ws[to].Lower == "remaining" || v.ws[to].Lower == "remained") {
		return v.drop("time left, not the length of anything") // "with four minutes left"
	}
	if strings.HasPrefix(strings.ToLower(m.Text), "the ") {
		return v.drop("a stretch named, not measured (\"for the night\")")
	}
	if v.specifiedFor(from) {
		return v.drop("a length something is made to bear (\"doors rated to hold back flames for two hours\"), not one event's")
	}
	if v.boundOnEvery(from) {
		return v.drop("a bound on every such event (\"no outage lasted longer than six hours\"), not one's length")
	}
	if v.partOfPeriod(from) {
		return v.drop("a stretch at the start or end of a period, not its length") // "in the first two weeks of the campaign"
	}
	if v.isAgeRange(from) {
		return v.drop("an age, not a length") // "children aged six months to 12 years"
	}
	if v.timeAllowed(from, to) {
		return v.drop("time allowed to do something, not how long anything lasted") // "has 28 days to appeal"
	}
	if v.clockTime(to) {
		return v.drop("a time of day, not a length") // "at one minute past midnight"
	}
	if v.addedLength(from) {
		return v.drop("time added to something, not its length") // "adding up to 40 minutes to journeys"
	}
	if v.changedBy(from) {
		return v.drop("how much a length was changed by, not the length") // "extended their walkout by 36 hours"
	}
	if v.spreadOfFigure(from) {
		return v.drop("the span a figure is spread over, not the length of an event") // "a 5% rise over three years"
	}
	before := ""
	if from > 0 {
		before = v.ws[from-1].Lower
	}
	if before == "on" {
		return v.drop("a day named, not a length") // "on a day when nine quarterbacks threw"
	}
	inOffice := v.tenureAfter(to) && !v.lengthVerbJustBefore(from) || v.tenureBefore(from) // "17 months as transport minister", "has led the party for 12 years"
	state, stateNoun := v.stateAfter(to)
	telic, telicNoun := v.eventVerbJustBefore(from-1, to)
	fronted, frontedCls, frontedNoun := v.endsAfterFronted(from-1, to)
	gap := ""
	if before == "in" {
		gap = v.firstInSpan(from - 1)
	}
	if (before == "in" || before == "within" || before == "after") && !v.endsAfter(from-1) && !fronted && gap == "" && state == "" && !v.activityFollows(to) && telic == "" && !inOffice {
		// "at any point in three years", "within 24 hours of returning",
		// "dug out after an hour": a time frame, not the event's length.
		// "Ended after 29 hours" or "stopped within 40 minutes" is one.
		return v.drop("a time frame, not the length of an event")
	}
	if to < len(v.ws) && windowEnds[v.ws[to].Lower] && v.isWindow(from) {
		// "210 mm fell in the 24 hours to Sunday evening": the stretch
		// up to a point in which something happened.
		return v.drop("a stretch of time around an event, not how long before or after it")
	}
	if to < len(v.ws) && (offsetWords[v.ws[to].Lower] || v.ws[to].Lower == "before" && !v.isLengthBefore(from)) && !(from > 0 && v.ws[from-1].Lower == "for") {
		// "shut for nine hours after the pile-up" is a length, the "after"
		// phrase saying when it began; a bare "nine hours after" is an offset.
		if v.isWindow(from) {
			// "180 mm fell in the 48 hours before the collapse": a stretch
			// of time in which something else happened, not how long before.
			return v.drop("a stretch of time around an event, not how long before or after it")
		}
		return v.offsetClaim(r, m, from, to) // "two days after the quake": how long after, not how long
	}
	if v.isRate(m, from) {
		return v.drop("a rate")
	}
	if v.lengthOfSaying(from, to) {
		return v.drop("how long someone kept saying something (\"had warned for days that\"), not the length of what was said")
	}
	cls, noun := v.measuredNoun(m)
	if gap != "" {
		// "the first rate cut in 14 months": the time since the last cut
		cls, noun = sinceLastClass+"-"+gap, gap
	}
	if inOffice {
		cls, noun = inOfficeClass, inOfficeClass
	}
	if cls == "rain" || cls == "snow" {
		// "more than a month's rainfall fell in 48 hours": an amount of
		// rain, told by how long it usually takes to fall.
		return v.drop("an amount told as the time it usually takes, not a length")
	}
	if cls == "" && telic != "" {
		cls, noun = telic, telicNoun // "overturned within four minutes"
	}
	if cls == "" && frontedCls != "" {
		cls, noun = frontedCls, frontedNoun // "After 14 hours, the talks ended"
	}
	if cls == "" && state != "" && before == "after" {
		cls, noun = state, stateNoun // "caught after 36 hours on the run": the time at large
	}
	if cls == "" {
		cls, noun = v.spentOn(from, to)
	}
	if cls == "" && !d.Adjectival {
		cls, noun = v.nounOfLength(from) // "blocks of three hours", as "three-hour blocks"
	}
	if cls == "" {
		cls, noun = v.durationEvent(from, to, m.End, d.Adjectival)
	}
	if cls == "" {
		cls, noun = v.spentInState(from, to)
	}
	if cls == "" && v.activityFollows(to) {
		// "11 hours of deliberation": the length of what "of" names,
		// which no lexicon knows; not of the story's event.
		return v.drop("the length of an activity no event lexicon knows")
	}
	if cls == "" {
		cls, noun = v.referredEvent(r, from)
	}
	overSpan := false // a process spread over the length, told as done or to be done
	if cls == "" {
		cls, noun = v.processOver(from)
		overSpan = cls != ""
		if cls != "" && d.Mod == mention.ModMore && strings.HasPrefix(strings.ToLower(m.Text), "over") {
			// "phased out over five years": the span the process takes,
			// not "more than five years".
			spread := *d
			spread.Mod, spread.Max = mention.ModNone, spread.Min
			d = &spread
		}
	}
	if cls == "" {
		cls, noun = v.eventVerbOfLength(from)
	}
	if cls == "" {
		cls, noun = v.eventSubjectPastAside(from)
	}
	if cls == "" {
		cls, noun = v.predicateOfLength(from)
	}
	if cls == "" {
		cls, noun = v.sharedSubjectEvent(from)
	}
	if v.timeServed(from, to) {
		cls, noun = servedClass, servedClass
	}
	if before == "after" && cls == "closure" {
		if verb := v.closingVerbBefore(from); verb >= 0 {
			// "organisers closed the route after four hours": how long
			// something ran before it was closed, not how long it stayed
			// shut; the object says what ran, when it names an event.
			cls, noun = v.objectEvent(verb)
			if cls == "" {
				return v.drop("how long something ran before it was closed, which the clause does not name")
			}
		}
	}
	if v.ceilingLength(from, to) {
		cls, noun = ceilingClass, ceilingClass // "the charge carries a maximum term of 25 years"
	}
	if reflexives[noun] {
		cls, noun = v.nounBeforeReflexive(noun) // "the escape itself went unnoticed": the escape
	}
	if cls == "" {
		return v.drop("no event in its clause for it to measure")
	}
	if goingOnVerbs[cls] {
		if ante := v.antecedentEvent(from); ante != "" {
			// "a fire in a mill near Tarrow which had raged for 33 hours":
			// the relative clause goes on about the event it hangs on,
			// past the phrases of place between.
			cls, noun = ante, ante
		}
	}
	if cls == roleWithoutPower.Name || (cls == "out" || cls == "lose" || cls == "in-dark") && v.hasWord("power", "electricity") {
		// "homes were without power for four hours", "power was out for
		// four hours": the outage's length, however told.
		cls = "outage"
	}
	cls = senseOfLength(cls, noun)
	c := v.base(KindDuration, "duration:"+cls, m.Start, m.End)
	c.Value = m.Value()
	c.Lo, c.Hi = Bound(d.Min), Bound(openEnd(m.Text, d.Mod, d.Min, d.Max))
	c.Exact = d.Mod == mention.ModNone
	c.Display = durationDisplay(d)
	if allNight(m.Text) {
		// "an all-night session" runs into the morning: at least the
		// night, at most a day, never an exact 24 hours.
		c.Lo, c.Hi, c.Exact, c.Display = Bound(nightMin), Bound(nightMax), false, "all night"
	}
	if wholeDay(m.Text, v.wordAt(from-1)) {
		// "after a full day of debate", "spent all day in talks": a
		// working day, a few hours to a dozen or more, never 24 hours.
		c.Lo, c.Hi, c.Exact, c.Display = Bound(dayMin), Bound(nightMax), false, "a full day"
	}
	c.Ongoing = v.isOngoing(from)
	if before == "after" && v.activityFollows(to) {
		// "after three days of searching" says the search went on at
		// least that long, not that it stopped then.
		c.Hi, c.Exact = Bound(math.Inf(1)), false
	}
	c.Event.Noun = eventLabel(cls, noun)
	// "tariffs phased out over seven years" and "will be phased out over
	// five years" tell one plan: a process spread over years is told in
	// either tense.
	c.Event.Planned = !overSpan && (v.plannedBefore(from) || d.Adjectival && v.plannedAfter(to))
	c.Unverified = c.Unverified || !c.Event.Planned && v.conditional(from) || v.supersededBefore(from) || v.foretoldAfter(to) // "had originally announced a 72-hour stoppage"
	c.Event.Part = v.partOfSeries(from, c.Event.Sequence)
	c.Event.Participants = r.eventParticipants(v, cls)
	if eventDate := v.clauseDate(from); eventDate != nil {
		c.Event.Date, c.Event.DateText = dateString(eventDate.Date), eventDate.Text
		// "since 2022, when a two-day walkout closed the schools": a
		// length dated a year or more back is a past event's.
		c.Event.Past = c.Event.Past || v.longPast(eventDate)
	}
	who := cmp.Or(v.personAfterLength(to), v.personOfLength(from), r.pronounHolder(v, from), v.possessorBefore(from))
	if who == "" && (cls == "captivity" || cls == servedClass) {
		who = v.groupSubject(from) // "two co-defendants were jailed for four years"
	}
	ofNoun := ""
	if !d.Adjectival {
		ofNoun, _ = v.nounOfLength(from)
	}
	if whole := d.Adjectival || ofNoun != ""; who != "" || whole {
		// "Brand was jailed for five years", "Kern for two"; "a
		// three-day rescue" and "blocks of three hours" give the whole
		// thing's length.
		c.Frame = &Frame{Holder: who, Whole: whole}
	}
	c.Refuted = v.refuted(from)
	return c
}

// sinceLastClass is the time since the last event of a kind, told by
// the first or the most of its kind in a span ("the first cut in 14
// months", "the biggest rise in a decade").
const sinceLastClass = "since-last"

// firstInSpan is the noun a first or a superlative picks out before the
// "in" at word at ("its first rate cut in more than two years", "the
// largest spill in a decade"): the span is the time since the last of
// its kind. "" for no such noun, or "time", which says of what no more
// than the clause around it does.
func (v *sentenceView) firstInSpan(at int) string {
	n := at - 1
	if n < 1 || !strings.HasPrefix(v.tag(n), "NN") || v.ws[n].Capital {
		return ""
	}
	noun := stem(v.ws[n].Lower)
	if timeNouns[noun] {
		return ""
	}
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		w := v.ws[k].Lower
		if w == "first" || v.tag(k) == "JJS" || v.tag(k) == "RBS" {
			return noun
		}
		if t := v.tag(k); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			return ""
		}
	}
	return ""
}

// ceilingClass is the most a law or a rule allows, which is never a
// length that passed or was handed down.
const ceilingClass = "maximum"

// ceilingLength: the length is a ceiling set by law or rule, not one
// that happened: "maximum" qualifies its noun ("a maximum term of 25
// years", "the maximum penalty for fraud is 25 years", "a 25-year
// maximum sentence"), or "up to" bounds it after a verb of liability
// ("faces up to 25 years", "is punishable by up to 25 years"). A term
// handed down that equals the ceiling ("jailed for the maximum 25
// years") stays a term.
func (v *sentenceView) ceilingLength(from, to int) bool {
	start, end := v.clauseOf(from)
	if v.handedDownBefore(from, start) {
		return false
	}
	for j := start; j < min(end, to+2); j++ {
		if w := v.ws[j].Lower; w == "maximum" || w == "max" {
			return true
		}
	}
	upTo := from
	if from+1 < len(v.ws) && v.ws[from].Lower == "up" && v.ws[from+1].Lower == "to" {
		upTo = from + 2 // the mention reads "up to 12 years"
	}
	if upTo >= 2 && v.ws[upTo-1].Lower == "to" && v.ws[upTo-2].Lower == "up" {
		for j := start; j < upTo-2; j++ {
			if liabilityVerbs[lemmaOf(v.ws[j].Lower)] {
				return true
			}
		}
	}
	return false
}

// handedDownBefore: a verb of sentencing governs the length ("was jailed
// for the maximum 25 years").
func (v *sentenceView) handedDownBefore(from, start int) bool {
	for j := start; j < from; j++ {
		w := v.ws[j].Lower
		if eventClass[stem(w)] == "captivity" && strings.HasSuffix(w, "ed") || w == "given" || w == "handed" {
			return true
		}
	}
	return false
}

// liabilityVerbs say what a person or an offence risks, not what was
// given: "faces up to", "carries up to", "punishable by up to".
var liabilityVerbs = map[string]bool{"face": true, "carry": true, "punishable": true, "risk": true, "attract": true}

// servedClass is the part of a term already spent, which is never the
// term's own length.
const servedClass = "served"

// timeServed: "had served 14 months of a five-year term", "has served
// two years": the perfect of "serve", or a length served out of a
// whole, measures the part spent so far, not the term handed down. A
// plain "served six years in prison" or "is serving six years" tells
// the term itself.
func (v *sentenceView) timeServed(from, to int) bool {
	verb := from - 1
	if verb > 0 && (focusingAdverbs[v.ws[verb].Lower] || isAdverb(v.ws[verb].Lower)) {
		verb-- // "had served barely 14 months"
	}
	if verb < 0 || v.ws[verb].Lower != "served" {
		return false
	}
	if to < len(v.ws) && v.ws[to].Lower == "of" {
		return true
	}
	for k := verb - 1; k >= 0 && k >= verb-3; k-- {
		switch w := v.ws[k].Lower; {
		case w == "has" || w == "have" || w == "had" || w == "having":
			return true
		case !isAdverb(w) && w != "already" && w != "only" && w != "not":
			return false
		}
	}
	return false
}

// nounOfLength reads the length a noun is given by "of" after it:
// "rotating blocks of three hours", "shifts of ten hours", "a delay of
// two hours" measure the noun, as "three-hour blocks" does. Nouns that
// only frame a span ("a period of", "the space of") say nothing.
func (v *sentenceView) nounOfLength(from int) (string, string) {
	if from < 2 || v.ws[from-1].Lower != "of" || !strings.HasPrefix(v.tag(from-2), "NN") || v.isProperNoun(from-2) {
		return "", ""
	}
	w := v.ws[from-2].Lower
	if spanNouns[stem(w)] || wholeNouns[stem(w)] {
		return "", ""
	}
	return cmp.Or(v.penaltyClass(from-2, from), eventClass[stem(w)], stem(w)), w
}

// spanNouns frame a length without naming what lasts it.
var spanNouns = map[string]bool{
	"period": true, "span": true, "space": true, "course": true, "matter": true, "stretch": true,
	"spell": true, "length": true, "duration": true, "time": true, "excess": true, "window": true,
	// a part of the length itself: "a quarter of an hour", "at the end
	// of three days of talks"
	"quarter": true, "half": true, "third": true, "fraction": true,
	"end": true, "start": true, "beginning": true, "middle": true, "close": true,
}

// spentOn reads the length someone spent on a thing: "spent more than
// 16 hours on the recount" measures the recount, whatever noun names it,
// as "the recount took 16 hours" would. "" when no form of "spend" comes
// right before the length, or no noun follows "on".
func (v *sentenceView) spentOn(from, to int) (string, string) {
	if from == 0 || lemmaOf(v.ws[from-1].Lower) != "spend" || to >= len(v.ws) || v.ws[to].Lower != "on" {
		return "", ""
	}
	for k := to + 1; k < len(v.ws) && k <= to+4; k++ {
		if determiners[v.ws[k].Lower] || v.ws[k].Lower == "its" || v.ws[k].Lower == "their" || strings.HasPrefix(v.tag(k), "JJ") {
			continue
		}
		if !strings.HasPrefix(v.tag(k), "NN") || v.isProperNoun(k) {
			return "", ""
		}
		head := v.nounHeadAt(k)
		word := v.ws[head].Lower
		if state := "on-" + stem(word); lengthSenses[state] != "" && eventClass[stem(word)] == "" {
			return state, word // "spent 11 days on the run", as "was on the run for 11 days"
		}
		return cmp.Or(eventClass[stem(word)], stem(word)), word
	}
	return "", ""
}

// predicateOfLength names what a length opened by "for" measures when no
// event word does: the predicate it completes. "Stranded for 30 hours"
// is the time stranded, "questioned for six hours" the questioning, and
// after "be" or "have" the state the complement names ("without power
// for nine hours", "had access to the server for four weeks", "on the
// loose for 90 minutes"). Only that same predicate in another article
// measures the same thing; a light verb ("kept", "gave"), a verb of
// speech or a complement too long to name says too little, and yields "".
func (v *sentenceView) predicateOfLength(from int) (string, string) {
	if from == 0 || v.ws[from-1].Lower != "for" {
		return "", ""
	}
	if k := v.contentVerbGoverning(from); k >= 0 {
		w := v.ws[k].Lower
		if lightVerbs[lemmaOf(w)] || officeLex().words["speech-verbs"][w] || v.superlativeBetween(k, from) {
			return "", ""
		}
		return lemmaOf(w), w
	}
	return v.stateBeforeLength(from - 1)
}

// stateBeforeLength reads the complement between a form of "be",
// "remain", "stay" or "have" and the "for" at word at: its preposition
// and first noun ("at sea", "without power", "in office"), or else its
// first word ("down", "undetected", "access"). "" when no such verb
// opens the complement within a few words.
func (v *sentenceView) stateBeforeLength(at int) (string, string) {
	const maxComplement = 5
	verb := -1
	for k := at - 1; k >= 0 && k >= at-maxComplement-1; k-- {
		if isClauseBreak(v.ws[k]) {
			return "", ""
		}
		w := v.ws[k].Lower
		if auxiliaries[w] || stateVerbs[lemmaOf(w)] {
			verb = k
			break
		}
	}
	if verb < 0 {
		return "", ""
	}
	for k := verb + 1; k < at; k++ {
		if v.isVerbAt(k) && v.tag(k) != "VBN" && !auxiliaries[v.ws[k].Lower] || v.ws[k].Lower == "to" && v.tag(k+1) == "VB" || v.tag(k) == "JJS" {
			// another verb's clause ("were likely to keep rising for
			// weeks"), or a superlative's span ("the worst in the region
			// for a decade")
			return "", ""
		}
	}
	return v.stateBetween(verb+1, at)
}

// stateBetween names the state the words from i up to end tell: their
// preposition and first noun ("at sea", "without power"), or else their
// first word ("loose", "undetected"), auxiliaries, determiners and a
// leading adverb skipped ("had been at sea", "was still on the loose").
func (v *sentenceView) stateBetween(i, end int) (string, string) {
	var words []string
	for k := i; k < end; k++ {
		w := v.ws[k].Lower
		if auxiliaries[w] || determiners[w] || v.tag(k) == "RB" && len(words) == 0 && k < end-1 && !stateAdverbs[w] {
			continue
		}
		if v.isProperNoun(k) && len(words) == 0 {
			return "", "" // a name: "was Anna for"
		}
		words = append(words, stem(w))
		if len(words) == 2 || len(words) == 1 && v.tag(k) != "IN" {
			break
		}
	}
	if len(words) == 0 {
		return "", ""
	}
	state := strings.Join(words, "-")
	return state, strings.Join(words, " ")
}

// stateAdverbs are adverbs that are a state of their own ("loose",
// "away", "adrift"), not a comment on one ("still", "reportedly").
var stateAdverbs = map[string]bool{"loose": true, "away": true, "adrift": true, "aground": true, "afloat": true, "abroad": true, "aboard": true, "underground": true, "overseas": true}

// spentInState reads "spend", a length and a state or place ("spent six
// hours loose", "spent nine days away from their homes"): the length of
// that state, as "was loose for six hours" gives it. A gerund after the
// length ("spent five hours fighting the fire") tells an activity, and a
// phrase opened by "on" what the time went on; both are read elsewhere.
// One opened by "in" names a place ("spent three years in court"), whose
// time is no state an event has.
func (v *sentenceView) spentInState(from, to int) (string, string) {
	if from == 0 || lemmaOf(v.ws[from-1].Lower) != "spend" || to >= len(v.ws) || v.tag(to) == "VBG" || v.ws[to].Lower == "on" || v.ws[to].Lower == "in" {
		return "", ""
	}
	_, end := v.clauseOf(to)
	return v.stateBetween(to, min(end, to+maxStateWords))
}

// maxStateWords bounds the words after a length that can tell a state.
const maxStateWords = 6

// superlativeBetween: a superlative stands between the verb at k and the
// length at from, which is then the span it is measured over ("the
// worst outbreak of the disease in the region for a decade").
func (v *sentenceView) superlativeBetween(k, from int) bool {
	for j := k + 1; j < from; j++ {
		if v.tag(j) == "JJS" || v.tag(j) == "RBS" {
			return true
		}
	}
	return false
}

// lightVerbs say little by themselves; the length they govern belongs to
// their object or complement ("kept the port closed for a week", "gave
// residents three hours").
var lightVerbs = map[string]bool{"keep": true, "have": true, "get": true, "give": true, "make": true, "put": true, "hold": true, "leave": true, "let": true, "do": true, "go": true, "come": true, "see": true}

// boundOnEvery: the clause's subject is quantified by "no" or "none"
// ("No outage lasted longer than six hours", "none of the meetings ran
// past two hours"): the length bounds them all.
func (v *sentenceView) boundOnEvery(from int) bool {
	for k := from - 1; k >= 0 && k >= from-nearWords && !isClauseBreak(v.ws[k]); k-- {
		// "lasted no more than an hour" is one length's hedge, inside the
		// mention and so never read here
		if w := v.ws[k].Lower; w == "no" || w == "none" {
			return true
		}
	}
	return false
}

// partOfPeriod: "the first", "the last", "the past" or "the next" before
// a length make it a stretch of a longer period, counted from one end
// ("in the first two weeks of the campaign", "over the past three
// days"), not how long anything lasted.
func (v *sentenceView) partOfPeriod(from int) bool {
	if from < 2 || v.ws[from-2].Lower != "the" {
		return false
	}
	switch v.ws[from-1].Lower {
	case "first", "last", "past", "next", "final", "opening", "coming", "previous":
		return true
	}
	return false
}

// isAgeRange: the length at from gives an age, after "aged" or "ages"
// or as the far end of a range they open ("aged six months to 12
// years", "between the ages of 5 and 11").
func (v *sentenceView) isAgeRange(from int) bool {
	for k := from - 1; k >= 0 && k >= from-6; k-- {
		switch w := v.ws[k].Lower; {
		case w == "aged" || w == "ages" || w == "age":
			return true
		case w == "to" || w == "and" || w == "between" || w == "of" || w == "-" || v.tag(k) == "CD" || v.tag(k) == "NNS" || v.tag(k) == "NN":
			continue
		}
		return false
	}
	return false
}

// timeAllowed: a length given or had to do something, an infinitive after
// it ("has 28 days to appeal", "were given three hours to leave"): the
// time allowed, which need not be used up.
func (v *sentenceView) timeAllowed(from, to int) bool {
	if to+1 >= len(v.ws) || v.ws[to].Lower != "to" || v.tag(to+1) != "VB" {
		return false
	}
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if allowingVerbs[lemmaOf(v.ws[k].Lower)] || v.ws[k].Lower == "has" || v.ws[k].Lower == "had" {
			return true
		}
		if isClauseBreak(v.ws[k]) {
			return false
		}
	}
	return false
}

// allowingVerbs give or grant time.
var allowingVerbs = map[string]bool{"have": true, "give": true, "get": true, "allow": true, "grant": true}

// clockTime: minutes before "past" or "to" and an hour tell a time of
// day ("one minute past midnight", "ten minutes to six").
func (v *sentenceView) clockTime(to int) bool {
	if to+1 >= len(v.ws) || v.ws[to].Lower != "past" && v.ws[to].Lower != "to" {
		return false
	}
	next := v.ws[to+1].Lower
	if next == "midnight" || next == "noon" || next == "midday" {
		return true
	}
	n, ok := smallNumber(next)
	return ok && n >= 1 && n <= 12 || isDigits(next) && len(next) <= 2
}

// partOfSeries says which part of an event a length in the clause of word
// i measures: a session, round, day, stage, phase or leg counted by an
// ordinal (seq) or called final, last or closing ("the final session
// lasted two hours"), which is not the whole event's length. "" when the
// clause names no part.
func (v *sentenceView) partOfSeries(i, seq int) string {
	from, to := v.clauseOf(i)
	for j := from; j < to; j++ {
		if !seriesWords[stem(v.ws[j].Lower)] {
			continue
		}
		if seq > 0 {
			return strconv.Itoa(seq)
		}
		if j > 0 && lastParts[v.ws[j-1].Lower] {
			return "last"
		}
	}
	return ""
}

// focusingAdverbs weigh a figure without changing what it measures.
var focusingAdverbs = map[string]bool{"just": true, "only": true, "barely": true, "merely": true}

// lastParts call a part of an event its last.
var lastParts = map[string]bool{"final": true, "last": true, "closing": true, "concluding": true}

// durationEvent finds the event a duration measures: the noun after an
// adjectival form ("a 90-minute call"), else the nearest event word in the
// clause, looking back first ("the call lasted ...").
func (v *sentenceView) durationEvent(from, to, mentionEnd int, adjectival bool) (string, string) {
	if to+1 < len(v.ws) && v.ws[to].Lower == "of" && !determiners[v.ws[to+1].Lower] {
		// "three years of armed conflict": the event follows; "four days
		// of heavy rain" measures the rain, whatever else the sentence says.
		// "Within 40 minutes of the alarm" names a starting point instead.
		for j := to + 1; j < len(v.ws) && j < to+4; j++ {
			if cls := eventClass[stem(v.ws[j].Lower)]; cls != "" {
				return cls, v.ws[j].Lower
			}
		}
		return "", ""
	}
	if adjectival {
		if hy := hyphenSuffix(v.ws, from, to, mentionEnd); hy != "" {
			if cls := eventClass[hy]; cls != "" {
				return cls, hy
			}
		}
		for j := to; j < len(v.ws) && j < to+3; j++ {
			if cls := eventClass[stem(v.ws[j].Lower)]; cls != "" {
				if j+1 < len(v.ws) && v.ws[j].Lower == "suspended" {
					j++ // "an 18-month suspended sentence": the noun names it
				}
				if penalty := v.penaltyClass(j, from); penalty != "" {
					return penalty, v.ws[j].Lower
				}
				if coverNouns[stem(v.ws[j].Lower)] && v.releasedBefore(from) {
					// "released at dawn, ending a 140-day ordeal": the
					// ordeal a release ends is the captivity.
					return "captivity", v.ws[j].Lower
				}
				return cls, v.ws[j].Lower
			}
		}
		if to < len(v.ws) && strings.HasPrefix(v.tag(to), "NN") {
			// "a three-year ban", "a 30-year lease": the length is the
			// noun's, one no class names, and only that noun in another
			// article measures the same; not the protests' nearby. A
			// stretch of travel ("a 20-minute drive from the city") says
			// how far a place is.
			if next := to + 1; next < len(v.ws) && (v.ws[next].Lower == "from" || v.ws[next].Lower == "away") {
				return "", ""
			}
			head := v.nounHeadAt(to)
			if pointNouns[stem(v.ws[head].Lower)] {
				return "", "" // "the one-month anniversary", "a 10-year high": a point in time, no length
			}
			return stem(v.ws[head].Lower), v.ws[head].Lower
		}
	}
	best, bestDist, noun := "", 1<<30, ""
	governor := v.contentVerbGoverning(from)
	for j, w := range v.ws {
		if j >= from && j < to {
			continue
		}
		cls := eventClass[stem(w.Lower)]
		if cls == "" || v.namesAgent(j) || v.isProperNoun(j) || v.isLocation(j) || v.partOfDayAt(j) {
			continue // "in the late afternoon" is a time, no delay
		}
		if v.inSourcePhrase(j) {
			continue // "according to people familiar with the talks": the source, not the event
		}
		if v.gerundWithObject(j) {
			continue // "spent five hours fighting the fire": the act on the fire, whose noun is the object
		}
		if v.timeReference(j) {
			continue // "talks on the eve of the stoppage ended after six hours": the stoppage only places the talks
		}
		if governor >= 0 && !v.inVerbPhrase(j, governor, from) {
			continue // "Besides the prison term, the court barred him from office for 15 years"
		}
		if v.modifiesOtherNoun(j) {
			continue // "fire investigators will stay for days": the investigators' stay, not the fire
		}
		if v.insideInquiry(j) {
			continue // "the inquiry into what started the fire may last weeks": the inquiry's length
		}
		if j >= to && v.inPurposeAfter(to, j) {
			continue // "will remain for a week to help with the clean-up": the stay's length, not the clean-up's
		}
		if j >= to && v.participleClauseBetween(to-1, j) {
			continue // "spent 30 minutes in a passage, listening to the fire": the stay's length, not the fire's
		}
		if penalty := v.penaltyClass(j, from); penalty != "" {
			cls = penalty
		} else if j > 0 {
			if mod := eventClass[stem(v.ws[j-1].Lower)]; mod != "" {
				cls = mod // "handover ceremony": the modifier says which event
			}
		}
		dist := from - j
		if j >= to {
			dist = (j - to + 1) * 2 // words after count double: the subject comes first
		}
		if dist < bestDist && !v.crossesClause(j, from) {
			best, bestDist, noun = cls, dist, w.Lower
		}
	}
	return best, noun
}

// penaltyNouns name what a court hands down.
var penaltyNouns = map[string]bool{"sentence": true, "term": true}

// givingVerbs hand something to the person they name: a court "handed
// him a six-year term", he "received" or "got" one.
var givingVerbs = map[string]bool{
	"hand": true, "give": true, "receive": true, "impose": true, "get": true, "award": true,
}

// penaltyClass is the class of the length on a penalty noun at j: a
// suspended sentence is never served ("a suspended sentence of 18
// months"), so it is a length of its own; a term someone is handed or
// given ("handed a six-year term") is time in prison, not in office. ""
// when the noun at j is no penalty.
func (v *sentenceView) penaltyClass(j, from int) string {
	if !penaltyNouns[stem(v.ws[j].Lower)] {
		return ""
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if v.ws[k].Lower == "suspended" {
			return "suspended-sentence"
		}
	}
	if stem(v.ws[j].Lower) != "term" || v.countedTerm(j) {
		return "" // "gave the mayor a second four-year term": terms in office are counted
	}
	start, _ := v.clauseOf(min(j, from))
	for k := start; k < j; k++ {
		if givingVerbs[lemmaOf(v.ws[k].Lower)] && v.isVerbAt(k) {
			return "captivity"
		}
	}
	return ""
}

// countedTerm: the term at j is numbered ("a second four-year term",
// "another term"), as terms in office are and prison terms are not.
func (v *sentenceView) countedTerm(j int) bool {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if _, ok := ordinalValue(v.ws[k].Lower); ok || v.ws[k].Lower == "another" {
			return true
		}
	}
	return false
}

// modifiesOtherNoun: the event noun at j only says what kind of people
// the noun after it names ("fire investigators", "crash inspectors"):
// a length in the clause is theirs. "Above flood level" still tells of
// the flood.
func (v *sentenceView) modifiesOtherNoun(j int) bool {
	if v.tag(j) != "NN" || !v.modifiesNoun(j) {
		return false
	}
	next := stem(v.ws[j+1].Lower)
	return eventClass[next] == "" && isPeopleNoun(next)
}

// insideInquiry: the event noun at j lies in what an inquiry, a report
// or a debate is about ("the inquiry into what started the fire"): the
// length is the inquiry's, which an event word before "into" names.
func (v *sentenceView) insideInquiry(j int) bool {
	for k := j - 1; k >= 1 && k >= j-7; k-- {
		if isClauseBreak(v.ws[k]) {
			return false
		}
		if v.ws[k].Lower == "into" && eventClass[stem(v.ws[k-1].Lower)] != "" {
			return true
		}
	}
	return false
}

// inPurposeAfter: word j stands in an infinitive of purpose that follows
// the length ("stayed for a week to help with the clean-up"), which says
// what the time was for, not what lasted it. After "take" the infinitive
// is what took the time ("it took four days to finish the repairs").
func (v *sentenceView) inPurposeAfter(to, j int) bool {
	start, _ := v.clauseOf(to - 1)
	for k := to - 1; k >= start; k-- {
		if v.isVerbAt(k) {
			if costVerbs[lemmaOf(v.ws[k].Lower)] {
				return false
			}
			break
		}
	}
	for k := to; k+1 < j; k++ {
		if isClauseBreak(v.ws[k]) {
			return false
		}
		if v.ws[k].Lower == "to" && v.tag(k+1) == "VB" && k > 0 && strings.HasPrefix(v.tag(k-1), "NN") {
			return true // "for a week to help", not "had yet to reach"
		}
	}
	return false
}

// costVerbs say that an act cost the time they name ("took four days
// to finish", "needed a week to clear").
var costVerbs = map[string]bool{"take": true, "need": true, "require": true}

// lengthOfSaying: the length follows a verb of saying or warning and
// comes before what was said ("forecasters had warned all week that
// storms would hit", "has argued for months that the bridge is
// unsafe"): it measures the saying, not the event named in what was said.
func (v *sentenceView) lengthOfSaying(from, to int) bool {
	k := from - 1
	if k >= 0 && v.ws[k].Lower == "for" {
		k--
	}
	if k < 0 || !sayingVerbs[lemmaOf(v.ws[k].Lower)] && !officeLex().words["speech-verbs"][v.ws[k].Lower] {
		return false
	}
	for j := to; j < len(v.ws) && j <= to+2; j++ {
		if v.ws[j].Lower == "that" {
			return true
		}
	}
	return false
}

// sayingVerbs tell of saying something over a time, beside the verbs
// of speech.
var sayingVerbs = map[string]bool{
	"warn": true, "caution": true, "predict": true, "argue": true, "insist": true, "complain": true,
	"claim": true, "maintain": true, "urge": true, "say": true,
}

// foretoldAfter: the length's "of" phrase names weather foretold, not
// weather that came ("ten days of forecast snow", "a week of predicted
// storms").
func (v *sentenceView) foretoldAfter(to int) bool {
	return to+1 < len(v.ws) && v.ws[to].Lower == "of" && foretoldWords[v.ws[to+1].Lower]
}

var foretoldWords = map[string]bool{"forecast": true, "predicted": true, "expected": true, "feared": true}

// reflexives stress the noun before them; they name nothing of their own.
var reflexives = map[string]bool{"itself": true, "themselves": true, "himself": true, "herself": true}

// nounBeforeReflexive is the class and word of the noun the reflexive
// stresses ("the escape itself"), "" when no event noun stands there.
func (v *sentenceView) nounBeforeReflexive(reflexive string) (string, string) {
	for k := 1; k < len(v.ws); k++ {
		if v.ws[k].Lower != reflexive {
			continue
		}
		w := v.ws[k-1].Lower
		if cls := eventClass[stem(w)]; cls != "" {
			return cls, w
		}
		if strings.HasPrefix(v.tag(k-1), "NN") {
			return stem(w), w
		}
	}
	return "", ""
}

// specifiedFor: the clause of the length says what a thing is made to
// do ("the hangar doors are designed to hold back flames for two hours",
// "a shelter built to last for ten years"): a specification,
// which no event's length contradicts.
func (v *sentenceView) specifiedFor(from int) bool {
	start, _ := v.clauseOf(from)
	for j := start; j+1 < from; j++ {
		if designWords[v.ws[j].Lower] && v.ws[j+1].Lower == "to" {
			return true
		}
	}
	return false
}

// designWords say that a thing is made to meet a requirement.
var designWords = map[string]bool{"designed": true, "built": true, "rated": true, "meant": true, "engineered": true, "certified": true}

// timeReference: the event noun at j is the object of a phrase that
// places something else in time by it ("on the eve of the strike",
// "ahead of the stoppage", "in the run-up to the vote") or names it as
// the cause of something else ("rocks loosened by the quake").
func (v *sentenceView) timeReference(j int) bool {
	k := j - 1
	for k >= 0 && (v.tag(k) == "DT" || v.tag(k) == "PRP$" || v.tag(k) == "POS" || strings.HasPrefix(v.tag(k), "JJ")) {
		k--
	}
	if k < 1 {
		return false
	}
	switch v.ws[k].Lower {
	case "by":
		// "rocks loosened by the quake", "a slip set off by the
		// quake": the event that caused what the clause measures.
		p := k - 1
		if p > 0 && v.tag(p) == "RP" {
			p--
		}
		return v.tag(p) == "VBN"
	case "of":
		return v.ws[k-1].Lower == "eve" || v.ws[k-1].Lower == "ahead"
	case "to":
		return v.ws[k-1].Lower == "prior" || v.ws[k-1].Lower == "run-up" || k > 1 && v.ws[k-1].Lower == "up" && v.ws[k-2].Lower == "run"
	}
	return false
}

// pointNouns name a point a length leads up to, not a thing that lasts.
var pointNouns = map[string]bool{"anniversary": true, "mark": true, "milestone": true, "high": true, "low": true, "record": true}

// nounHeadAt is the last noun of the compound that starts at word i
// ("ban" in "doping ban", "yield" in "bond yield").
func (v *sentenceView) nounHeadAt(i int) int {
	for i+1 < len(v.ws) && strings.HasPrefix(v.tag(i+1), "NN") && !v.ws[i+1].Capital {
		i++
	}
	return i
}

// contentVerbGoverning is the verb a length at from completes when that
// verb names an action of its own, no event the lexicon knows and no verb
// of length or being: "barred" in "barred him from office for 15 years",
// "governed" in "who governed the region for eight years". The length is
// that action's, so an event word elsewhere in the clause is not what it
// measures. -1 when no such verb governs it.
func (v *sentenceView) contentVerbGoverning(from int) int {
	for k := from - 1; k >= 0 && k >= from-8; k-- {
		if isClauseBreak(v.ws[k]) {
			return -1
		}
		if !v.isVerbAt(k) || v.prenominalParticiple(k) {
			continue
		}
		w := v.ws[k].Lower
		if auxiliaries[w] || lengthVerbs[w] || lengthLemmas[lemmaOf(w)] || endingVerbs[w] || stateVerbs[lemmaOf(w)] || eventOfWord(eventClass, w) != "" || eventOfWord(dateEventClass, w) != "" {
			return -1
		}
		return k
	}
	return -1
}

// eventVerbOfLength is the event a verb names when "for" and the length
// follow it: "the tank leaked for 29 hours", "the crew were held for
// six days". The verb names its event as its noun would.
func (v *sentenceView) eventVerbOfLength(from int) (string, string) {
	if from == 0 || v.ws[from-1].Lower != "for" {
		return "", ""
	}
	for k := from - 2; k >= 0 && k >= from-5; k-- {
		if isClauseBreak(v.ws[k]) {
			return "", ""
		}
		if !v.isVerbAt(k) || v.prenominalParticiple(k) || auxiliaries[v.ws[k].Lower] {
			continue
		}
		w := v.ws[k].Lower
		if cls := eventOfWord(eventClass, w); cls != "" {
			return cls, w
		}
		return "", ""
	}
	return "", ""
}

// eventSubjectPastAside is the event a verb's subject names when a
// relative clause set off by commas stands between them: "the fire,
// which started in a paint store after midnight, burned for 26 hours"
// measures the fire. The clause says which fire; the verb and its length
// are the subject's.
func (v *sentenceView) eventSubjectPastAside(from int) (string, string) {
	if from == 0 || v.ws[from-1].Lower != "for" {
		return "", ""
	}
	verb := from - 2
	for verb >= 0 && (auxiliaries[v.ws[verb].Lower] || isAdverb(v.ws[verb].Lower)) {
		verb--
	}
	if verb < 1 || !v.isVerbAt(verb) {
		return "", ""
	}
	k := verb - 1
	for k >= 0 && auxiliaries[v.ws[k].Lower] {
		k--
	}
	if k < 0 || v.ws[k].Lower != "," {
		return "", ""
	}
	for j := k - 1; j >= 2 && k-j <= maxRelativeClauseWords; j-- {
		switch w := v.ws[j].Lower; {
		case (w == "which" || w == "that") && v.ws[j-1].Lower == ",":
			// The subject's head may stand before a phrase on it: "the
			// blockade of the port, which began on a Tuesday".
			for h := j - 2; h >= 0 && h >= j-6 && !isClauseBreak(v.ws[h]); h-- {
				if cls := eventClass[stem(v.ws[h].Lower)]; cls != "" {
					return cls, v.ws[h].Lower
				}
			}
			return "", ""
		case isClauseBreak(v.ws[j]) && w != ",":
			return "", ""
		}
	}
	return "", ""
}

// closingVerbBefore is the verb of shutting or stopping that the "after"
// before the length at from follows ("closed the route after four
// hours"), -1 when there is none; reopening ends a closure and is not one.
func (v *sentenceView) closingVerbBefore(from int) int {
	for k := from - 2; k >= 0 && k >= from-7; k-- {
		if isClauseBreak(v.ws[k]) {
			return -1
		}
		switch lemmaOf(v.ws[k].Lower) {
		case "close", "shut", "suspend", "halt", "stop":
			return k
		}
	}
	return -1
}

// objectEvent is the event class the object of the verb at k names ("the
// match", "the marathon"), "" when it names none.
func (v *sentenceView) objectEvent(k int) (string, string) {
	for j := k + 1; j < len(v.ws) && j <= k+4; j++ {
		w := v.ws[j].Lower
		if isClauseBreak(v.ws[j]) || w == "after" {
			break
		}
		if cls := eventClass[stem(w)]; cls != "" && cls != "closure" {
			return cls, w
		}
	}
	return "", ""
}

// tenureAfter: the length is followed by the post it was spent in: "17
// months as transport minister", "two years in the job", "27 months in
// power", "five weeks at the transport ministry". The length is the time
// a person held the post, its own measure: "eight years as governor" may
// span two four-year terms.
func (v *sentenceView) tenureAfter(to int) bool {
	if to+1 >= len(v.ws) {
		return false
	}
	switch v.ws[to].Lower {
	case "in":
		return tenurePlaces[v.ws[to+1].Lower] || to+2 < len(v.ws) && v.ws[to+1].Lower == "the" && tenurePlaces[v.ws[to+2].Lower]
	case "at":
		for j := to + 1; j < len(v.ws) && j <= to+4; j++ {
			if w := v.ws[j].Lower; w == "helm" || w == "ministry" || w == "department" {
				return true
			}
		}
	case "as":
		for j := to + 1; j < len(v.ws) && j <= to+4 && !isClauseBreak(v.ws[j]); j++ {
			if officeLex().opensOffice(v.ws[j].Lower) {
				return true
			}
		}
	}
	return false
}

// lengthVerbJustBefore: a verb that gives an event's length stands right
// before the length, past "for" ("talks that lasted 14 hours at the
// Ministry of Education", "ran for 12 hours"): the place after it is
// where the event was held, not a post.
func (v *sentenceView) lengthVerbJustBefore(from int) bool {
	k := from - 1
	if k >= 0 && v.ws[k].Lower == "for" {
		k--
	}
	return k >= 0 && lengthVerbs[v.ws[k].Lower]
}

// tenureBefore: "for" before the length follows a verb of leading a body
// in the perfect ("has led the college for 32 years", "had chaired the
// board for a decade") or a post held ("has been principal for 26
// years"): the time a person has held a post, however told.
func (v *sentenceView) tenureBefore(from int) bool {
	if from < 2 || v.ws[from-1].Lower != "for" {
		return false
	}
	start, _ := v.clauseOf(from - 1)
	lx := officeLex()
	for j := from - 2; j >= start && j >= from-7; j-- {
		w := v.ws[j].Lower
		perfect := j > 0 && (v.ws[j-1].Lower == "has" || v.ws[j-1].Lower == "have" || v.ws[j-1].Lower == "had")
		if lx.words["leading-verbs"][w] && perfect && v.bodyBetween(j+1, from-1) {
			return true
		}
		if w == "in" && v.tenurePlaceEndsAt(j+1, from-1) && j > 0 && beForms[v.ws[j-1].Lower] {
			return true // "she was in post for six years", "has been in the job for a decade"
		}
		if w == "as" && j > 0 && v.isVerbAt(j-1) && lx.opensOffice(v.ws[j+1].Lower) {
			return true // "served as mayor for eight years", "worked as principal for 26 years"
		}
		if w == "been" && perfect && j+1 < from-1 && lx.opensOffice(v.ws[j+1].Lower) {
			return true
		}
		if w == "been" && perfect && j+2 < from-1 && determiners[v.ws[j+1].Lower] && lx.opensOffice(v.ws[j+2].Lower) {
			return true
		}
	}
	return false
}

// senseOfLength is the event class lengthSenses gives a length's key, or
// the key itself. The surface word's every possible base is tried too,
// as a lemma guessed from spelling alone may have lost an e ("evaded").
func senseOfLength(cls, word string) string {
	if sense := lengthSenses[cls]; sense != "" {
		return sense
	}
	for _, base := range verbBases(word) {
		if sense := lengthSenses[base]; sense != "" && strings.HasPrefix(base, cls) {
			return sense
		}
	}
	return cls
}

// tenurePlaceEndsAt: the words from i up to end are a place of holding
// a post, bare or with "the" ("office", "the job").
func (v *sentenceView) tenurePlaceEndsAt(i, end int) bool {
	if i < end && v.ws[i].Lower == "the" {
		i++
	}
	return i+1 == end && tenurePlaces[v.ws[i].Lower]
}

// bodyBetween: the words from i to j name a body one leads: a name or a
// noun of an organisation ("Norvia College", "the board"), not an act
// ("the assault").
func (v *sentenceView) bodyBetween(i, j int) bool {
	lx := officeLex()
	for k := i; k < j; k++ {
		if w := v.ws[k].Lower; v.ws[k].Capital || lx.words["org-words"][w] || lx.words["org-kinds"][w] {
			return true
		}
	}
	return false
}

// inOfficeClass is the time someone held a post, apart from the length
// of a term of office; InOfficeSlot is its slot.
const (
	inOfficeClass = "in-office"
	InOfficeSlot  = "duration:" + inOfficeClass
)

// tenurePlaces follow "in" for holding a post: "in office", "in the job".
var tenurePlaces = map[string]bool{"office": true, "power": true, "post": true, "job": true, "charge": true, "role": true}

// possessorBefore is the person whose length a possessive before it
// names ("Ada Brecht's 27 months in power").
func (v *sentenceView) possessorBefore(from int) string {
	if from == 0 || !strings.HasSuffix(v.ws[from-1].Lower, "'s") && !strings.HasSuffix(v.ws[from-1].Lower, "’s") {
		return ""
	}
	for _, n := range v.names {
		if n.Person && n.End >= v.ws[from-1].End-2 && n.End <= v.ws[from-1].End {
			return n.Key
		}
	}
	return ""
}

// lengthLemmas are the verbs of length in any form ("expected to stretch
// over three days"), "spend", which gives time to the activity or event
// around it ("spent two hours bringing survivors up in a rescue
// operation"), and "need" and "require", whose object is the time an act
// takes ("crews needed four hours to contain the fire").
var lengthLemmas = map[string]bool{"last": true, "run": true, "take": true, "continue": true, "drag": true, "stretch": true, "extend": true, "spend": true, "need": true, "require": true}

// prenominalParticiple: a participle standing before the noun it
// describes, where a noun phrase begins ("the derailed carriages").
func (v *sentenceView) prenominalParticiple(k int) bool {
	if k == 0 || v.tag(k+1) != "NN" && v.tag(k+1) != "NNS" {
		return false // before a name it is the verb: "the tribunal barred Ilse Dorn"
	}
	switch v.tag(k - 1) {
	case "DT", "PRP$", "JJ", "CD", "POS":
		return true
	}
	return false
}

// windowEnds close a stretch of time at a point: "the 24 hours to
// Sunday evening", "the week until polls open", "the month since".
var windowEnds = map[string]bool{"to": true, "until": true, "till": true, "since": true, "ending": true}

// isWindow: the length at from is a definite stretch of time a
// preposition opens: "in the 48 hours before", "during the two days
// after".
func (v *sentenceView) isWindow(from int) bool {
	if from < 2 || v.ws[from-1].Lower != "the" {
		return false
	}
	switch v.ws[from-2].Lower {
	case "in", "during", "over", "within", "throughout", "for":
		return true
	}
	return false
}

// groupSubject is the plural noun heading the subject of the length at
// from ("two co-defendants were jailed for four years", "both men,
// builders from Tarrow, received six years"): terms given to a group,
// which are no one named person's. Empty when the verb before the length
// has no such subject.
func (v *sentenceView) groupSubject(from int) string {
	verb := -1
	for k := from - 1; k >= 0; k-- {
		if isClauseBreak(v.ws[k]) && v.ws[k].Lower != "," {
			return ""
		}
		if v.isVerbAt(k) && !v.prenominalParticiple(k) {
			verb = k
			break
		}
	}
	k := verb - 1
	for k >= 0 && (auxiliaries[v.ws[k].Lower] || v.tag(k) == "RB" || v.ws[k].Lower == "each") {
		k-- // "were each jailed"
	}
	if k >= 1 && v.participleAside(verb) {
		k-- // "the hostages, held for seven weeks in a cellar, were freed": the participle hangs on the noun before it
	} else if k >= 0 && v.ws[k].Lower == "," {
		k = v.skipInserted(k) // "two co-defendants, both developers, received"
	}
	if k < 0 || v.tag(k) != "NNS" || v.isProperNoun(k) {
		return ""
	}
	return "group:" + stem(v.ws[k].Lower)
}

// sharedSubjectEvent is the event a subjectless predicate joined by
// "and" takes from the sentence's subject: "the riot started on
// Saturday, during the exercise period, and ended after almost 19 hours"
// measures the riot. Empty when the length's clause has a subject of its
// own or the sentence's subject names no event.
func (v *sentenceView) sharedSubjectEvent(from int) (string, string) {
	start, _ := v.clauseOf(from)
	j := start
	if j < len(v.ws) && v.ws[j].Lower == "," {
		j++
	}
	if j >= len(v.ws) || !v.coordinatedPredicate(j) {
		return "", ""
	}
	for k := 0; k < j && !v.isVerbAt(k); k++ {
		if v.isProperNoun(k) {
			continue
		}
		if cls := eventClass[stem(v.ws[k].Lower)]; cls != "" {
			return cls, v.ws[k].Lower
		}
	}
	return "", ""
}

// coverNouns name a story's main state by how it felt ("ordeal",
// "nightmare"): which state, the clause that ends it tells.
var coverNouns = map[string]bool{"ordeal": true, "nightmare": true}

// releasedBefore: a verb of release stands before word from in its
// sentence ("released at dawn, ending").
func (v *sentenceView) releasedBefore(from int) bool {
	for k := 0; k < from; k++ {
		if eventOfWord(dateEventClass, v.ws[k].Lower) == "release" {
			return true
		}
	}
	return false
}

// gerundWithObject: the word at j is a verb's -ing form whose object is
// an event ("fighting the fire"), so the length is the object's; with
// any other object ("searching the wreck") the -ing form still names the
// act.
func (v *sentenceView) gerundWithObject(j int) bool {
	if !strings.HasSuffix(v.ws[j].Lower, "ing") || j+2 >= len(v.ws) {
		return false
	}
	if t := v.tag(j + 1); t != "DT" && t != "PRP$" {
		return false
	}
	for k := j + 2; k < len(v.ws) && k <= j+3; k++ {
		if eventClass[stem(v.ws[k].Lower)] != "" {
			return true
		}
		if !strings.HasPrefix(v.tag(k), "JJ") {
			break
		}
	}
	return false
}

// inSourcePhrase: word j stands in an "according to" phrase, which names
// who tells, up to the next punctuation.
func (v *sentenceView) inSourcePhrase(j int) bool {
	for k := j - 1; k >= 1; k-- {
		if v.ws[k].isPunct() {
			return false
		}
		if v.ws[k].Lower == "to" && v.ws[k-1].Lower == "according" {
			return true
		}
	}
	return false
}

// inVerbPhrase: word j can be what the verb at governor does or
// undergoes: the verb itself, a word of its subject or of its object, or
// a phrase the length at from opens. A word of another verb's predicate
// or of a phrase set before the clause ("Besides the prison term, the
// court barred him from office for 15 years") is not.
func (v *sentenceView) inVerbPhrase(j, governor, from int) bool {
	if j >= governor && j < from {
		return true
	}
	for k := j + 2; k < governor; k++ {
		if w := v.ws[k].Lower; w == "that" || w == "which" || w == "who" {
			// "the visit did not settle the dispute that has soured
			// relations for two years": a word before the noun a relative
			// clause hangs on is outside the clause the length is in.
			return false
		}
	}
	if j > from {
		// "sought nine years in prison", "spent 40 minutes inside": a
		// phrase the length opens, up to the next verb.
		for k := from + 1; k < j; k++ {
			if v.isVerbAt(k) || isClauseBreak(v.ws[k]) {
				return false
			}
		}
		return true
	}
	if v.isVerbAt(j) && !v.prenominalParticiple(j) {
		return false
	}
	return !v.inFrontedPhrase(j, governor)
}

// inFrontedPhrase: word j stands in a phrase a preposition opens at the
// head of the clause and a comma closes before the verb at governor.
func (v *sentenceView) inFrontedPhrase(j, governor int) bool {
	start, _ := v.clauseOf(j)
	if v.tag(start) != "IN" {
		return false
	}
	for k := j + 1; k < governor; k++ {
		if v.ws[k].Lower == "," {
			return true
		}
	}
	return false
}

// referredEvent finds the event of a length whose subject points
// elsewhere: the noun a relative clause hangs on ("Thursday's call
// between the two leaders, which ran to two hours"), or the event the
// article named last for "it", "this" or "they" before a verb of length
// ("it lasted an hour and ten minutes").
func (v *sentenceView) referredEvent(r *reading, from int) (string, string) {
	if v.tookBefore(from) {
		if verb := v.infinitiveVerbAfter(from); verb >= 0 {
			// "the ferry took 15 minutes to capsize": the length of the
			// act the infinitive names, known or not, not of its subject.
			return eventOfWord(dateEventClass, v.ws[verb].Lower), v.ws[verb].Lower
		}
	}
	for k := from - 1; k > 0 && k >= from-5; k-- {
		if w := v.ws[k].Lower; (w == "which" || w == "that") && v.ws[k-1].Lower == "," {
			return v.eventBefore(k - 1)
		}
	}
	for k := from - 1; k > 0 && k >= from-5; k-- {
		if isClauseBreak(v.ws[k]) {
			break
		}
		if lengthVerbs[v.ws[k].Lower] && pointingSubjects[v.ws[k-1].Lower] && r.lastEvent != "" && v.infinitiveVerbAfter(from) < 0 {
			return r.lastEvent, r.lastEventNoun
		}
		if lengthVerbs[v.ws[k].Lower] && r.lastRounds != "" && v.roundBefore(k) {
			// "Round one (Friday): lasted five hours", "the second round
			// lasted nine hours": a round of the talks or the vote the
			// article told of last.
			return r.lastRounds, r.lastRoundsNoun
		}
	}
	return v.lengthSubject(from)
}

// roundBefore: the subject of the verb at k is a round, written before it
// ("the second round lasted") or as a label ("Round one (Friday):
// lasted").
func (v *sentenceView) roundBefore(k int) bool {
	subject := k - 1
	if v.ws[subject].Lower == ":" && subject <= maxLabelWords {
		// a label, whatever the tagger makes of "Round" in it
		for j := 0; j < subject; j++ {
			if stem(v.ws[j].Lower) == "round" {
				return true
			}
		}
		return false
	}
	return stem(v.ws[subject].Lower) == "round"
}

// tookBefore: "took" or "takes" governs the length at from, a few words
// before it ("the ferry took some 15 minutes", "it took rescuers 18
// hours").
func (v *sentenceView) tookBefore(from int) bool {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if isClauseBreak(v.ws[k]) {
			return false
		}
		if takeForms[v.ws[k].Lower] {
			return true
		}
	}
	return false
}

// takeForms are the forms of "take", which the lemma reader cannot undo
// ("takes", "taking" lose the e).
var takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taken": true, "taking": true}

// infinitiveVerbAfter is the verb of "to" and a verb soon after the
// length at from, -1 when none follows.
func (v *sentenceView) infinitiveVerbAfter(from int) int {
	for k := from + 1; k+1 < len(v.ws) && k <= from+5; k++ {
		if isClauseBreak(v.ws[k]) {
			return -1
		}
		if v.ws[k].Lower == "to" && strings.HasPrefix(v.tag(k+1), "VB") {
			return k + 1
		}
	}
	return -1
}

// lengthSubject is the subject of a verb of length before a duration,
// whatever noun it is: "a recount that lasted nearly 14 hours", "the
// recount, which began on Tuesday, ended after 16 hours", "the first
// session broke up after two hours". The noun itself names the event
// when no class of the lexicon does.
func (v *sentenceView) lengthSubject(from int) (string, string) {
	verb := -1
	for k := from - 1; k >= 0 && k >= from-4; k-- {
		if isClauseBreak(v.ws[k]) {
			break
		}
		if lengthVerbs[v.ws[k].Lower] || endingVerbs[v.ws[k].Lower] || v.ws[k].Lower == "up" && k > 0 && v.ws[k-1].Lower == "broke" {
			verb = k
		}
	}
	if verb < 0 {
		return "", ""
	}
	k := verb - 1
	if k >= 0 && v.ws[k].Lower == "up" {
		k-- // "broke up"
	}
	if k >= 0 && v.ws[k].Lower == "broke" {
		k--
	}
	for k >= 0 && auxiliaries[v.ws[k].Lower] {
		k-- // "a recount that has lasted 31 hours"
	}
	if k >= 0 && v.ws[k].Lower == "," {
		k = v.skipInserted(k) // "the recount, which began on Tuesday, ended"
	}
	if k >= 0 && (v.ws[k].Lower == "that" || v.ws[k].Lower == "which") {
		k--
		for k > 0 && v.inDateMention(k) {
			k-- // "a cabinet meeting on Wednesday that lasted three hours"
		}
		if k > 0 && v.ws[k].Lower == "on" {
			k--
		}
	}
	if k < 0 || !v.isSubjectNoun(k) {
		return "", ""
	}
	k = v.headBeforePlace(k)
	noun := stem(v.ws[k].Lower)
	if cls := eventClass[noun]; cls != "" {
		return cls, v.ws[k].Lower
	}
	if k > 0 && (strings.HasPrefix(v.tag(k-1), "NN") || v.tag(k-1) == "JJ") {
		if cls := eventClass[stem(v.ws[k-1].Lower)]; cls != "" {
			return cls, v.ws[k-1].Lower // "the funeral service lasted": the modifier names the event
		}
	}
	return noun, v.ws[k].Lower
}

// headBeforePlace: the noun phrase ending at word k is the object of a
// phrase of place ("the funeral service in the cathedral") that follows
// the subject's head; the head is the noun before the preposition. k
// itself otherwise.
func (v *sentenceView) headBeforePlace(k int) int {
	j := k - 1
	for j > 0 && (determiners[v.ws[j].Lower] || strings.HasPrefix(v.tag(j), "NN") || strings.HasPrefix(v.tag(j), "JJ") || v.tag(j) == "POS") {
		j--
	}
	if j > 0 && placePrepositions[v.ws[j].Lower] && strings.HasPrefix(v.tag(j-1), "NN") && !v.ws[j-1].Capital {
		return j - 1
	}
	return k
}

// measuredNoun reads the genitive of measure: "14 days' notice", "a
// week's pay", "two years' work" measure the noun after them, whatever the
// sentence is about; that noun names the thing, in the lexicon's class
// when it has one.
func (v *sentenceView) measuredNoun(m mention.Mention) (string, string) {
	rest := v.a.Doc.Text[m.End:]
	switch {
	case strings.HasPrefix(rest, "'s "), strings.HasPrefix(rest, "’s "):
		rest = rest[strings.Index(rest, " ")+1:]
	case strings.HasPrefix(rest, "' "), strings.HasPrefix(rest, "’ "):
		rest = rest[strings.Index(rest, " ")+1:]
	default:
		return "", ""
	}
	words := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(words) == 0 || !strings.HasPrefix(rest, words[0]) {
		return "", "" // the genitive must be followed at once by its noun
	}
	word := strings.ToLower(words[0])
	if cls := eventClass[stem(word)]; cls != "" {
		return cls, word
	}
	return cmp.Or(sameLengthNouns[stem(word)], stem(word)), word
}

// sameLengthNouns name one length by two nouns after a genitive: "40
// minutes' warning" is "40 minutes' notice".
var sameLengthNouns = map[string]string{"warning": "notice"}

// processOver names a process spread over a length by its verb and what
// undergoes it: "tariffs will be phased out over five years" is the
// phasing out of tariffs. Both must be read, or the length says too
// little to compare.
func (v *sentenceView) processOver(from int) (string, string) {
	switch {
	case from < len(v.ws) && v.ws[from].Lower == "over":
		// "over" read as the mention's own hedge
	case from > 0 && v.ws[from-1].Lower == "over":
		from--
	default:
		return "", ""
	}
	verb := -1
	for k := from - 1; k >= 0 && k >= from-4; k-- {
		if isClauseBreak(v.ws[k]) {
			break
		}
		if v.isVerbAt(k) && !auxiliaries[v.ws[k].Lower] {
			verb = k
			break
		}
	}
	if verb < 1 {
		return "", ""
	}
	subject := ""
	for k := verb - 1; k >= 0 && k >= verb-10; k-- {
		if w := v.ws[k].Lower; w == ";" || w == ":" || w == "—" || w == "with" || strings.HasPrefix(v.tag(k), "VB") && !auxiliaries[w] {
			break // the subject's clause ends at another verb, or opens at "with"
		}
		if (v.tag(k) == "NNS" || v.tag(k) == "NN") && !v.inPrepositionalPhrase(k) {
			subject = stem(v.ws[k].Lower) // the leftmost noun outside a phrase like "on passenger cars"
		}
	}
	if subject == "" {
		return "", ""
	}
	process := lemmaOf(v.ws[verb].Lower) + "-" + subject
	return process, process
}

// inPrepositionalPhrase: noun k belongs to a phrase opened by a
// preposition ("on passenger cars"), so it is not a subject.
func (v *sentenceView) inPrepositionalPhrase(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch t := v.tag(j); {
		case t == "IN":
			return v.ws[j].Lower != "with" // "with tariffs phased out": an absolute subject
		case strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "CD":
			continue
		default:
			return false
		}
	}
	return false
}

// skipInserted steps back over a clause set off by commas that ends at
// word k, to the word before its opening comma.
func (v *sentenceView) skipInserted(k int) int {
	for j := k - 1; j >= 0 && j >= k-14; j-- {
		if v.ws[j].Lower == "," {
			return j - 1
		}
	}
	return -1
}

// isSubjectNoun: a lower-case content word that can head a subject.
func (v *sentenceView) isSubjectNoun(k int) bool {
	w := v.ws[k]
	if w.Capital || w.isPunct() || isFigureWord(w) || len(w.Lower) < 3 {
		return false
	}
	switch w.Lower {
	case "the", "a", "an", "this", "that", "it", "they", "which", "who", "and", "or", "but", "has", "had", "have",
		"was", "were", "is", "are", "been", "also", "then", "finally", "only", "eventually":
		return false
	}
	// "finally", "only" are adverbs; a word after a determiner heads a
	// noun phrase whatever the tagger guessed ("the tally lasted").
	return k > 0 && determiners[v.ws[k-1].Lower] || !strings.HasPrefix(v.tag(k), "RB")
}

// eventBefore is the nearest event word before word i in its sentence,
// not past a strong break.
func (v *sentenceView) eventBefore(i int) (string, string) {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		if w := v.ws[j].Lower; w == ";" || w == ":" || w == "—" {
			break
		}
		if cls := eventClass[stem(v.ws[j].Lower)]; cls != "" && !v.isProperNoun(j) {
			return cls, v.ws[j].Lower
		}
	}
	return "", ""
}

// goingOnVerbs say only that their subject, an event, went on: what
// went on is the event a relative clause hangs on.
var goingOnVerbs = map[string]bool{"rage": true, "burn": true, "blaze": true, "smoulder": true, "continue": true}

// lengthVerbs say how long their subject went on.
var lengthVerbs = map[string]bool{
	"lasted": true, "lasts": true, "ran": true, "runs": true, "took": true, "takes": true,
	"continued": true, "dragged": true, "went": true, "stretched": true, "lasting": true,
}

// pointingSubjects stand for an event named before.
var pointingSubjects = map[string]bool{"it": true, "this": true}

// offsetAnchor names the moment an offset is measured from: the event
// class of the first noun after "before"/"after", or the noun itself.
func (v *sentenceView) offsetAnchor(i int) string {
	for j := i; j < len(v.ws) && j < i+3; j++ {
		w := v.ws[j]
		if determiners[w.Lower] || w.Capital && j > i {
			continue
		}
		if w.isPunct() || personPronouns[w.Lower] || w.Lower == "it" || w.Lower == "they" {
			return ""
		}
		s := stem(w.Lower)
		if cls := anchorClass(s); cls != "" {
			return cls
		}
		if j+1 < len(v.ws) {
			if cls := anchorClass(v.ws[j+1].Lower); cls != "" {
				return cls // "after the slope collapsed": the collapse
			}
		}
		return s
	}
	return ""
}

// anchorClass groups the moments offsets are measured from: a disaster
// is "the incident" whether it is called the slide, the blast or the
// tornado.
func anchorClass(s string) string {
	cls := dateEventClass[s]
	if cls == "" {
		cls = eventClass[s]
	}
	if disasterClasses[cls] {
		return "incident"
	}
	return cls
}

var disasterClasses = map[string]bool{
	"incident": true, "avalanche": true, "storm": true, "fire": true, "flood": true, "shaking": true,
	"eruption": true, "leak": true, "outbreak": true, "capsize": true,
}

// offsetAction names what happened at the far end of an offset: the verb
// before the figure, grouped with its like ("arrived"/"reached").
func (v *sentenceView) offsetAction(from int) string {
	for j := from - 1; j >= 0 && j >= from-5; j-- {
		w := v.ws[j]
		if isClauseBreak(w) {
			break
		}
		if a, ok := actions[w.Lower]; ok {
			return a
		}
		if strings.HasSuffix(w.Lower, "ed") && len(w.Lower) > 4 && !w.Capital {
			return w.Lower
		}
	}
	return ""
}

// actions group verbs that name the same moment.
var actions = map[string]string{
	"arrive": "arrival", "arrived": "arrival", "reached": "arrival", "reach": "arrival", "came": "arrival",
	"sounded": "warning", "sound": "warning", "issued": "warning", "warned": "warning", "alerted": "warning",
	"declared": "control", "controlled": "control", "contained": "control", "extinguished": "control", "control": "control",
	"fall": "onset", "fell": "onset", "feel": "onset", "felt": "onset", "began": "onset", "unwell": "onset", "ill": "onset", "sick": "onset",
	"found": "found", "rescued": "found", "recovered": "found",
}

// endsAfter reports whether the word before position at is a verb that
// ends the event: "the riot ended after 29 hours", "stopped within 40
// minutes", "reopened after 18 hours".
func (v *sentenceView) endsAfter(at int) bool {
	reach := 3 // "stopped within 40 minutes"
	if v.ws[at].Lower == "after" {
		reach = maxEndingObject
	}
	for j := at - 1; j >= 0 && j >= at-reach; j-- {
		if endingVerbs[v.ws[j].Lower] || completions[v.ws[j].Lower] {
			return true
		}
		if isClauseBreak(v.ws[j]) {
			return false
		}
	}
	return false
}

// endsAfterFronted reports an "after" phrase at word at that opens its
// sentence or clause and whose clause then ends something ("After 27
// hours, the search was called off"): the fronted phrase is the same
// length as "called off after 27 hours", told first. It gives the event
// the clause's subject names before its ending verb, when it names one.
func (v *sentenceView) endsAfterFronted(at, to int) (ends bool, cls, noun string) {
	if at < 0 || v.ws[at].Lower != "after" || at > 0 && !isClauseBreak(v.ws[at-1]) || to >= len(v.ws) || v.ws[to].Lower != "," {
		return false, "", ""
	}
	for j := to + 1; j < len(v.ws) && j <= to+maxEndingObject+2; j++ {
		w := v.ws[j].Lower
		if isClauseBreak(v.ws[j]) {
			return false, "", ""
		}
		if endingVerbs[w] || completions[w] {
			return true, cls, noun
		}
		if c := eventClass[stem(w)]; c != "" && cls == "" && strings.HasPrefix(v.tag(j), "NN") {
			cls, noun = c, w
		}
	}
	return false, "", ""
}

// eventVerbJustBefore is the event of a past verb of a known event right
// before the "in" or "within" at word at ("overturned within four
// minutes", "collapsed in seconds"), with the verb: the time the event
// took, not a frame around it. "After" keeps to ending verbs ("collapsed
// after two days of rain"), and "within an hour of the alarm" counts
// from another moment.
func (v *sentenceView) eventVerbJustBefore(at, to int) (string, string) {
	if at < 1 || v.ws[at].Lower != "in" && v.ws[at].Lower != "within" || to < len(v.ws) && v.ws[to].Lower == "of" {
		return "", ""
	}
	k := at - 1
	if t := v.tag(k); t != "VBD" && t != "VBN" {
		return "", ""
	}
	if cls := cmp.Or(eventOfWord(dateEventClass, v.ws[k].Lower), completedActs[v.ws[k].Lower]); cls != "" {
		return cls, v.ws[k].Lower
	}
	return "", ""
}

// completedActs are acts done to a place, told as done "in" a length:
// "the school was evacuated in about 20 minutes", "the hall was emptied
// in 55 minutes".
var completedActs = map[string]string{"evacuated": "evacuation", "emptied": "evacuation"}

// maxEndingObject bounds the words between an ending verb and its
// "after": "extinguished the resulting blaze after three hours", "called
// off the hunt for the two divers after a day". "In" or "within" stays
// close to its verb: "ended with a settlement within a month" is the
// settlement's time.
const maxEndingObject = 6

var endingVerbs = map[string]bool{
	"ended": true, "ends": true, "closes": true, "stopped": true, "halted": true, "finished": true, "concluded": true,
	"reopened": true, "resumed": true, "lifted": true, "off": true, "over": true, "contained": true,
	"extinguished": true, "sealed": true, "freed": true, "released": true, "restored": true, "closed": true,
	"broke": true, "collapsed": true, "surrendered": true, "completed": true,
	"adjourned": true, "abandoned": true,
}

// completions end a process in a phrase: "put out after six hours",
// "pulled out after three days", "brought under control after a week".
var completions = map[string]bool{"out": true, "control": true}

// stateAfter reads the state named right after a figure, which a length
// after "after" measures: "after five days trapped" (an event word), "after
// 36 hours on the run", "after three days underground". "" when none.
func (v *sentenceView) stateAfter(to int) (string, string) {
	if to >= len(v.ws) {
		return "", ""
	}
	if cls := eventClass[stem(v.ws[to].Lower)]; cls != "" {
		return cls, v.ws[to].Lower
	}
	for _, st := range lengthStates {
		if to+len(st.words) > len(v.ws) {
			continue
		}
		matched := true
		for i, w := range st.words {
			matched = matched && v.ws[to+i].Lower == w
		}
		if matched {
			return st.class, strings.Join(st.words, " ")
		}
	}
	return "", ""
}

// lengthStates are the states a person is in for a length of time, named
// after the length ("36 hours on the run"), with the class of event whose
// length they give.
var lengthStates = []struct {
	words []string
	class string
}{
	{[]string{"on", "the", "run"}, "escape"},
	{[]string{"at", "large"}, "escape"},
	{[]string{"on", "the", "loose"}, "escape"},
	{[]string{"in", "hiding"}, "escape"},
	{[]string{"underground"}, "rescue"},
	{[]string{"under", "the", "rubble"}, "rescue"},
	{[]string{"in", "captivity"}, "captivity"},
	{[]string{"behind", "bars"}, "captivity"},
	{[]string{"at", "sea"}, "trip"},
	{[]string{"adrift"}, "trip"},
}

// activityFollows: "after four days of talks", "after three days of
// searching" measure the activity named after "of".
func (v *sentenceView) activityFollows(to int) bool {
	return to+1 < len(v.ws) && v.ws[to].Lower == "of" && !determiners[v.ws[to+1].Lower]
}

// isLengthBefore: "shut for two hours before kick-off" measures the
// shutting; "sounded 18 minutes before touchdown" measures a lead time.
func (v *sentenceView) isLengthBefore(from int) bool {
	k := from - 1
	if k > 0 && focusingAdverbs[v.ws[k].Lower] {
		k-- // "lasted barely 75 minutes before the union walked out"
	}
	if k < 0 {
		return false
	}
	switch w := v.ws[k].Lower; w {
	case "for", "took", "was", "were", "of":
		return true
	default:
		return lengthVerbs[w]
	}
}

// offsetClaim reads "the sirens sounded 18 minutes before touchdown": the
// time between two moments, keyed by the moment it is measured from ("the
// meal", "the water arrived") and on which side.
func (v *sentenceView) offsetClaim(r *reading, m mention.Mention, from, to int) *Claim {
	side := v.ws[to].Lower
	into := side == "into"
	if into {
		side = "after" // "81 seconds into the flight": after the flight began
	}
	if side != "before" && side != "after" || from == 0 {
		return nil
	}
	anchor := v.offsetAnchor(to + 1)
	if start := startAnchors[anchor]; start != "" {
		anchor = start // "after liftoff", as "into the flight"
	} else if into && anchor != "" {
		anchor = "start:" + anchor
	}
	if anchor == "" {
		return nil
	}
	// What happened at the far end tells offsets from one anchor apart:
	// "crews arrived eleven minutes after the blast" and "the fire was
	// under control four hours after the explosion".
	action := v.offsetAction(from)
	if side == "after" && anchor == "incident" && rescueActs[action] {
		// "pulled out alive 63 hours after the earthquake": the
		// time the person was trapped, as "trapped for 29 hours" tells it.
		return v.trappedFor(r, m, from, to)
	}
	if state := stateEndedBy(anchor, action); side == "after" && state != "" {
		if state == "closure" && v.hasWord("power", "electricity") {
			state = "outage" // "power was restored 19 hours after the storm hit"
		}
		// "the tunnel reopened 25 hours after being shut", "freed 40 days
		// after being seized": the end of a state its start is counted
		// from, so the whole state's length.
		return v.stateLength(r, m, state)
	}
	verb := anchor + ":" + action
	d := m.Duration
	c := v.base(KindDuration, "offset:"+side+":"+verb, m.Start, m.End)
	c.Value = m.Value()
	c.Lo, c.Hi = Bound(d.Min), Bound(openEnd(m.Text, d.Mod, d.Min, d.Max))
	c.Exact = d.Mod == mention.ModNone
	c.Display = durationDisplay(d) + " " + side
	c.Event.Noun = verb
	c.Event.Planned = v.plannedBefore(from)
	return c
}

// startAnchors are nouns for the start of an event, and the anchor of
// the event they start: "after liftoff" is "into the flight".
var startAnchors = map[string]string{
	"liftoff": "start:trip", "lift-off": "start:trip", "takeoff": "start:trip", "take-off": "start:trip",
	"launch": "start:trip", "kickoff": "start:match", "kick-off": "start:match",
}

// stateEnds are the acts that end a state, by the class of the event
// that began it, and the class of the state's length.
var stateEnds = map[string]struct {
	acts  map[string]bool
	state string
}{
	"closure": {map[string]bool{"reopened": true, "reopen": true, "reopens": true}, "closure"},
	// what a disaster shut or cut off is back when it reopens, resumes or
	// is restored: the time since the disaster is how long it was out
	"incident":   {map[string]bool{"reopened": true, "resumed": true, "restored": true}, "closure"},
	"kidnapping": {map[string]bool{"freed": true, "released": true}, "captivity"},
}

// stateEndedBy is the class of the state that an act ends after the
// anchor began it, "" when the act ends none.
func stateEndedBy(anchor, action string) string {
	if e, ok := stateEnds[anchor]; ok && e.acts[action] {
		return e.state
	}
	return ""
}

// stateLength is a state's length told as the distance from its start to
// the act that ended it.
func (v *sentenceView) stateLength(r *reading, m mention.Mention, state string) *Claim {
	d := m.Duration
	c := v.base(KindDuration, "duration:"+state, m.Start, m.End)
	c.Value = m.Value()
	c.Lo, c.Hi = Bound(d.Min), Bound(openEnd(m.Text, d.Mod, d.Min, d.Max))
	c.Exact = d.Mod == mention.ModNone
	c.Display = durationDisplay(d)
	c.Event.Noun = state
	c.Event.Participants = r.eventParticipants(v, state)
	return c
}

// rescueActs end a person's time trapped when they follow a disaster.
var rescueActs = map[string]bool{"pulled": true, "rescued": true, "freed": true, "dug": true, "brought": true, "found": true, "extricated": true}

// trappedFor is how long a rescue took, told as its distance from the
// disaster, held by whoever was rescued.
func (v *sentenceView) trappedFor(r *reading, m mention.Mention, from, to int) *Claim {
	d := m.Duration
	c := v.base(KindDuration, "duration:rescue", m.Start, m.End)
	c.Value = m.Value()
	c.Lo, c.Hi = Bound(d.Min), Bound(openEnd(m.Text, d.Mod, d.Min, d.Max))
	c.Exact = d.Mod == mention.ModNone
	c.Display = durationDisplay(d)
	c.Event.Noun = "rescue"
	c.Event.Participants = r.eventParticipants(v, "rescue")
	if who := cmp.Or(v.personOfLength(from), r.pronounHolder(v, from)); who != "" {
		c.Frame = &Frame{Holder: who}
	}
	return c
}

// offsetWords after a duration make it a distance in time between events.
// "Before" is not among them: "shut for two hours before kick-off" and
// "it was three hours before the last was freed" measure a length.
var offsetWords = map[string]bool{
	"after": true, "later": true, "earlier": true, "since": true, "into": true,
	"ahead": true, "behind": true, "old": true,
}

// isOngoing spots a length measured while the event goes on: "has now
// run for three weeks", "so far lasted", "now in its 12th day".
//
// After the length, "on" or "in" with nothing counted after it ("five
// hours on, crews were still", "two days in") measures the time so far,
// and so does "still" anywhere in the clause.
func (v *sentenceView) isOngoing(from int) bool {
	for _, w := range v.clauseBefore(from, 6) {
		switch w.Lower {
		case "now", "so", "already", "still":
			return true
		}
	}
	start, end := v.clauseOf(from)
	for j := start; j < end; j++ {
		if v.ws[j].Lower == "still" {
			return true
		}
	}
	return v.timeSoFarAfter(from)
}

// timeSoFarAfter: the length ending before word after is followed by
// "on" or "in" and then a comma or the end: "Five hours on, ...".
func (v *sentenceView) timeSoFarAfter(from int) bool {
	to := from
	for to < len(v.ws) && v.inMention(v.ws[to].Start) {
		to++
	}
	if to >= len(v.ws) || v.ws[to].Lower != "on" && v.ws[to].Lower != "in" {
		return false
	}
	return to+1 >= len(v.ws) || isClauseBreak(v.ws[to+1]) || v.ws[to+1].Lower == ","
}

// ordinalPeriodClaims reads "the strike, now in its 12th day": a length
// between eleven and twelve days, still running on publication.
func (v *sentenceView) ordinalPeriodClaims(r *reading) []Claim {
	var out []Claim
	for i := 0; i+3 < len(v.ws); i++ {
		if v.ws[i].Lower != "in" || (v.ws[i+1].Lower != "its" && v.ws[i+1].Lower != "their") {
			continue
		}
		n, ok := ordinalValue(v.ws[i+2].Lower)
		unit := periodSeconds[stem(v.ws[i+3].Lower)]
		if !ok || unit == 0 {
			continue
		}
		cls, noun := v.durationEvent(i, i+4, v.ws[i+3].End, false)
		if cls == "" {
			continue
		}
		c := v.base(KindDuration, "duration:"+cls, v.ws[i].Start, v.ws[i+3].End)
		c.Lo, c.Hi = Bound(float64(n-1)*unit), Bound(float64(n)*unit)
		c.Value = map[string]any{"seconds": float64(n) * unit, "mod": "less", "min": float64(n-1) * unit, "max": float64(n) * unit}
		c.Display = fmt.Sprintf("day %d", n)
		if unit != 86400 {
			c.Display = fmt.Sprintf("%s %d", stem(v.ws[i+3].Lower), n)
		}
		c.Ongoing = true
		c.Event.Noun = noun
		c.Event.Participants = r.eventParticipants(v, cls)
		out = append(out, *c)
	}
	return out
}

var periodSeconds = map[string]float64{"day": 86400, "week": 7 * 86400, "month": 30 * 86400, "year": 365 * 86400}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}

// ordinalValue reads "12th", "twelfth", "third".
func ordinalValue(s string) (int, bool) {
	if n, ok := ordinalWords[s]; ok {
		return n, true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if digits, ok := strings.CutSuffix(s, suf); ok && isDigits(digits) {
			n, err := strconv.Atoi(digits)
			return n, err == nil && n > 0
		}
	}
	return 0, false
}

// isRate spots "a day" in "costing millions a day", "twice a week": a rate,
// not a length.
func (v *sentenceView) isRate(m mention.Mention, from int) bool {
	lower := strings.ToLower(m.Text)
	if !strings.HasPrefix(lower, "a ") && !strings.HasPrefix(lower, "an ") && !strings.HasPrefix(lower, "per ") {
		return false
	}
	if from == 0 {
		return false
	}
	for j := from - 2; j >= 0 && j >= from-3; j-- {
		if isFigureWord(v.ws[j]) {
			return true // "160 vessels a day"
		}
	}
	prev := v.ws[from-1].Lower
	return isFigureWord(v.ws[from-1]) || moneyWords[prev] != "" || prev == "million" || prev == "millions" ||
		prev == "billion" || prev == "billions" || prev == "thousand" || prev == "thousands" || prev == "once" ||
		prev == "twice" || prev == "times"
}

// openEnd bounds "more than X" the way a reader does: "just over two
// hours" is not six hours, and "more than 200" is not 2,000. "At least"
// stays open: it only promises a floor.
func openEnd(text string, mod mention.Mod, lo, hi float64) float64 {
	if mod != mention.ModMore || !math.IsInf(hi, 1) {
		return hi
	}
	lower := strings.ToLower(text)
	switch {
	case strings.Contains(lower, "at least") || strings.Contains(lower, "no fewer") || strings.Contains(lower, "no less"):
		return hi
	case strings.Contains(lower, "just") || strings.Contains(lower, "slightly") || strings.Contains(lower, "a little"):
		return lo * 1.25
	}
	return lo * 3
}

// namesAgent reports whether the event word at j only qualifies who acts:
// "rescue service", "search team", "strike committee".
func (v *sentenceView) namesAgent(j int) bool {
	if j+1 >= len(v.ws) {
		return false
	}
	if agentNouns[stem(v.ws[j+1].Lower)] {
		return true
	}
	// "the fire investigation unit": a compound whose head names them.
	return j+2 < len(v.ws) && v.tag(j+1) == "NN" && agentNouns[stem(v.ws[j+2].Lower)]
}

var agentNouns = map[string]bool{
	"service": true, "team": true, "worker": true, "chief": true, "crew": true, "official": true,
	"centre": true, "center": true, "unit": true, "station": true, "dog": true, "committee": true,
	"leader": true, "organiser": true, "organizer": true, "coordinator": true, "volunteer": true,
	"party": true, "group": true, "expert": true, "helicopter": true, "boat": true,
	"wall": true, "door": true, "safety": true, "code": true, "escape": true, "defence": true, "defense": true, "barrier": true,
	"plain": true, "zone": true, "risk": true, "insurance": true, "warning": true, "engine": true,
	"fighter": true, "brigade": true, "department": true, "season": true, "alarm": true, "exit": true,
}

// isLocation reports whether the word at j names where something happened
// ("at Kessling high-security prison"), not what happened.
func (v *sentenceView) isLocation(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		switch v.ws[k].Lower {
		case "at", "near", "outside", "inside", "from", "into":
			return true
		}
		if v.ws[k].isPunct() || isVerbLike(v.ws[k]) {
			return false
		}
	}
	return false
}

// isProperNoun reports whether the word at j is capitalised inside a
// sentence: "March" is a month, not a march; "Fire Brigade" a name.
func (v *sentenceView) isProperNoun(j int) bool {
	return j > 0 && v.ws[j].Capital && !v.s.Headline && !v.ws[j-1].isPunct() && !v.dashBefore(j)
}

// dashBefore: a hyphen standing alone, a dash typed plainly, comes right
// before word j ("1989 - Released under amnesty"), so that j opens what
// follows as a word after a colon does.
func (v *sentenceView) dashBefore(j int) bool {
	if j == 0 {
		return false
	}
	between := v.a.Doc.Text[v.ws[j-1].End:v.ws[j].Start]
	return strings.TrimSpace(between) == "-" && strings.HasPrefix(between, " ")
}

var determiners = map[string]bool{"the": true, "its": true, "their": true, "a": true, "an": true, "this": true, "that": true, "his": true, "her": true}

// hyphenSuffix gives the word joined to a figure by a hyphen: "capacity"
// in "58,000-capacity", "call" in "40-minute-call".
func hyphenSuffix(ws []word, from, to, mentionEnd int) string {
	if to == 0 || to > len(ws) || ws[to-1].End <= mentionEnd {
		return "" // "three-quarters" is the figure itself, not figure-plus-noun
	}
	w := ws[to-1].Lower
	if i := strings.LastIndex(w, "-"); i >= 0 {
		return stem(w[i+1:])
	}
	return ""
}

// spreadOfFigure: the length is brought in by "over" straight after a
// noun phrase holding a figure ("a 7.5% rise over two years", "€2bn over
// five years"): the span the figure is spread over.
func (v *sentenceView) spreadOfFigure(from int) bool {
	over := from
	if over >= len(v.ws) || v.ws[over].Lower != "over" {
		over = from - 1
	}
	if over < 1 || v.ws[over].Lower != "over" && v.ws[over].Lower != "across" {
		return false
	}
	if spreadingWords[v.ws[over-1].Lower] && v.amountSpread(over-1) {
		// "eight hours of talks stretched over three days": the days the
		// hours fell on; "a trial that stretched over a year" lasted it.
		return true
	}
	if v.ws[over].Lower != "over" {
		return false
	}
	for k := over - 1; k >= 0 && k >= over-3; k-- {
		if isFigureWord(v.ws[k]) || v.tag(k) == "CD" {
			return true // "€2 billion over five years": a scale word is the figure's too
		}
		if !v.isNounAt(k) {
			return false
		}
	}
	return false
}

// amountSpread: a figure stands among the few words before the verb of
// spreading at k: an amount is what is spread.
func (v *sentenceView) amountSpread(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if isFigureWord(v.ws[j]) || v.tag(j) == "CD" {
			return true
		}
		if isClauseBreak(v.ws[j]) {
			return false
		}
	}
	return false
}

// spreadingWords lay something out over a span: what is spread over days
// fills part of them, and the days are no length of it.
var spreadingWords = map[string]bool{
	"spread": true, "stretched": true, "split": true, "staggered": true, "scattered": true, "spaced": true, "divided": true,
}

// A night's length, as "all night" and "an all-night session" give it.
const (
	nightMin = 6 * 3600
	nightMax = 24 * 3600
)

// dayMin is the least a "full day" of work spans.
const dayMin = 3 * 3600

// wholeDay: the length is "all day", "a full day" or "a whole day" (the
// word before the mention may carry "full" or "whole"), an idiom for a
// working day.
func wholeDay(text, before string) bool {
	t := strings.ToLower(text)
	switch t {
	case "all day", "all-day", "full day", "whole day", "a full day", "a whole day", "full-day", "whole-day":
		return true
	case "day", "a day", "one day":
		return before == "full" || before == "whole"
	}
	return false
}

// allNight: the length is "all night" or "all-night".
func allNight(text string) bool {
	t := strings.ToLower(text)
	return t == "all night" || t == "all-night" || t == "all the night"
}

// addedLength: the length at from is added to another ("an extra 45
// minutes", "a further 30 minutes", "will add another two hours",
// "adding up to 40 minutes to some journeys").
func (v *sentenceView) addedLength(from int) bool {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		w := v.ws[k].Lower
		switch {
		case additionWords[w]:
			return true
		case sameVerb(w, "add") || w == "add" || w == "adds":
			return true
		case w == "up" || w == "to" || w == "an" || w == "a" || isAdverb(w):
			continue
		}
		return false
	}
	return false
}

// changedBy: "by" before the length follows a verb that lengthens,
// shortens or moves something, within a few words ("extended their
// walkout by 36 hours", "pushed the vote back by a week"): the length of
// the change, not of the thing.
func (v *sentenceView) changedBy(from int) bool {
	if from < 2 || v.ws[from-1].Lower != "by" {
		return false
	}
	for k := from - 2; k >= 0 && k >= from-6; k-- {
		if isClauseBreak(v.ws[k]) {
			return false
		}
		for _, verb := range lengthChangingVerbs {
			if sameVerb(v.ws[k].Lower, verb) || v.ws[k].Lower == verb {
				return true
			}
		}
	}
	return false
}

var lengthChangingVerbs = []string{"extend", "lengthen", "prolong", "shorten", "push", "bring", "cut"}

// relativeAround reads the relative clause word i stands in, if any: one
// set off by a comma ("Aue, who kept the books for eleven years,"), which
// the next comma closes, or one with no comma ("the man who ran the
// province for eight years was jailed"), in which word i comes after the
// clause's own verb and the main clause's verb closes it.
func (v *sentenceView) relativeAround(i int) (commaSet, restrictive bool) {
	verb := false
	for k := i - 1; k >= 0; k-- {
		switch w := v.ws[k].Lower; {
		case w == "who" || w == "which" || w == "whose" || w == "that" && v.tag(k) == "WDT":
			if k > 0 && v.ws[k-1].Lower == "," {
				return w != "that", false
			}
			return false, verb && w != "whose"
		case w == "," || isClauseBreak(v.ws[k]):
			return false, false
		case v.isFiniteVerbAt(k):
			verb = true
		}
	}
	return false, false
}

// crossesClause reports whether a clause with a subject of its own opens
// between two words, which then belong to different clauses.
func (v *sentenceView) crossesClause(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	inRelative, restrictive := v.relativeAround(i)
	for k := i + 1; k < j; k++ {
		if restrictive && v.isFiniteVerbAt(k) {
			return true // "the man who ran the province for eight years was sentenced"
		}
		switch v.ws[k].Lower {
		case ";", "—", "–", "which", "who", "whose", "whereas", "while", "but", "although":
			return true
		case "that":
			if v.tag(k) == "IN" {
				return true // "told the meeting that the notice would be lifted within 48 hours": a clause of its own
			}
		case ":":
			if !v.labelsPredicate(k) {
				return true
			}
		case ",":
			if inRelative {
				return true // "Aue, who kept the books for eleven years, was jailed"
			}
		case "and", "or":
			// "and the vote took ten minutes" has a subject of its own,
			// and ", and" sets off a clause; "occurred on March 18 and
			// lasted two hours" shares its subject.
			if v.ws[k-1].Lower == "," || k+1 < len(v.ws) && v.subjectThenVerb(k+1) {
				return true
			}
			if k+1 < len(v.ws) && v.startsClauseVerb(k+1) && v.inPredicate(i, k) {
				// "jailed him for six years and barred him from office
				// for ten years": a predicate's words are its own; only
				// the subject they share is common to both.
				return true
			}
		}
	}
	return false
}

// inPredicate: word i, before the "and" at k, comes after the first verb
// of its clause, so it belongs to the first predicate, not the subject.
func (v *sentenceView) inPredicate(i, k int) bool {
	start, _ := v.clauseOf(i)
	for j := start; j <= i && j < k; j++ {
		if v.isVerbAt(j) {
			return true
		}
	}
	return false
}
