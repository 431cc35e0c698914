package claim

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/pkg/mention"
)

// dateClaim: when an event happened ("capsized on Sunday night"), or the
// year a "first since" refers back to ("first hike since 2021"). Dates of
// statements ("said on Friday"), datelines and dates not tied to a known
// kind of event are left out.
func (v *sentenceView) dateClaim(r *reading, m mention.Mention) *Claim {
	d := m.Date
	if v.isStatementDate(m) || v.isDateline(m) || isDeictic(m.Text) {
		return v.drop("the day of a statement or a dateline, not of an event")
	}
	if v.inEntryStamp(m) {
		return v.drop("the time of a live-blog entry, not of an event")
	}
	if inRanges(v.quoted, m.Start) && speakersDay(m.Text) {
		// "'We have voted today,' she said", in a paper of the next
		// morning: the day is counted from when the speaker spoke.
		return v.drop("a day counted from when a quoted speaker spoke, which the text does not date")
	}
	from, to := mentionWords(v.ws, m)
	if d.Relative && WeekdayIn(m.Text) != "" && from > 0 && v.ws[from-1].Lower == "the" {
		return v.drop("a weekday named with \"the\" (\"on the Tuesday after an election\"), no day of the calendar")
	}
	if d.Relative && v.weekdayAsKind(m, from, to) {
		return v.drop("a weekday that names a kind of day (\"Sunday hours\"), not a date")
	}
	if v.datesAnUpdate(from) {
		return v.drop("the day a count was updated")
	}
	if v.byDay(from) {
		return v.drop("a time by which something holds, not the day it happened")
	}
	if v.datesAState(from) && !strings.HasSuffix(v.ws[to-1].Lower, "'s") && v.pointEventBefore(from) < 0 {
		return v.drop("the day of a state that went on, not of an event")
	}
	if d.Day == "" && v.periodOfThing(from, to) {
		return v.drop("the period a thing covers (\"the budget for 2031\"), not the day of an event")
	}
	if v.inSourcePhrase(from) {
		return v.drop("the day of a source's figures (\"according to figures given on Wednesday\"), not of an event")
	}
	if v.joinedToAnotherDay(from, to) {
		return v.drop("one end of a span of days (\"on Tuesday and Wednesday\"), not the day of an event")
	}
	if v.opensASpan(from, to) {
		return v.drop("the start of a span that runs until another point (\"from 2011 until his arrest\"), not the day of an event")
	}
	if d.Unresolved {
		return v.weekdayClaim(r, m, from, to)
	}
	lo, hi, ok := DayRange(d)
	if !ok {
		return v.drop("no day, month or year to compare")
	}
	slot := "date:"
	if v.isRecordSince(from) {
		slot = "since:"
	}
	if v.inComparison(from) {
		return v.drop("a time named to compare with (\"more than May usually gets\"), not the event's")
	}
	if v.tallySince(from) {
		return v.drop("the start of a window a count runs over (\"57 have been detained since 2016\"), no one event's day")
	}
	if thing := v.builtThing(from); thing != "" && d.Year != 0 && (d.Day == "" || !v.openedAt(from)) {
		lo, hi = widenHedged(m, lo, hi, v.a.Doc.Published)
		return v.builtClaim(m, thing, lo, hi)
	}
	if v.attemptDated(from) {
		return v.drop("the day of an attempt (\"an initial bid to free the barge on Friday had failed\"), not of the event")
	}
	cls, noun := v.dateEvent(from, to)
	if end := v.possessiveDateEnd(to); cls != "" && end > 0 && v.countedFromAnother(from, to) && v.wordAt(end) == noun {
		return v.drop("a day counted from an event's own day (\"two days after Tuesday's flood\"), not that event's")
	}
	if eventClass[stem(noun)] == "fire" && v.laterCourse(noun, from) {
		return v.drop("the day of a fire's later course, not of its outbreak")
	}
	if cls == "captivity" && v.holdsACount(noun, from) {
		return v.drop("what a place holds (\"the jail held 870 inmates on Friday\"), a state, not an event")
	}
	if cls == "closure" && v.personUndergoes(from) {
		return v.drop("a sanction on a person (\"he was suspended in 2022\"), not a closure")
	}
	if cls == "" && v.possessiveDateEnd(to) == 0 && (v.harmFollows(from) || v.harmJoined(from)) {
		cls, noun = "incident", "incident" // "the coach plunged into a ravine on Saturday, killing 17"
	}
	if cls != "" && v.aftermathOfHarm(from, to) {
		// "the climbers who died on the ridge were buried on Saturday":
		// the day is the burial's, a later act on the victims the
		// subject names by their harm.
		return v.drop("the day of an act on victims the subject names by their harm, not of the harm")
	}
	if cls == "" {
		cls, noun = v.headingEvent() // "**What happened on 28 April**" over "- 19:42 — A crush at gate 14"
	}
	if cls == "" && v.publishesResults(from, to) {
		cls, noun = "release", "release"
	}
	if cls == "" && !v.namesItsNoun(from, to) {
		cls, noun = v.actOfDate(from, to)
	}
	if cls == "" {
		// "- 5 May, 17:50 — A warning is issued." over "- 18:18 — The
		// tornado hits": the entries under a dated one fall on its day.
		cls, noun = v.entryDayEvent(m)
	}
	if cls == "" {
		cls, noun = v.eventOpened(from, to) // "the talks, which opened on Tuesday"
	}
	if cls == "" {
		return v.drop("no event in its clause for it to date")
	}
	if naturalEvents[cls] && v.sinceBefore(from) >= 0 && v.perfectBefore(from) {
		// "snow has kept falling since Tuesday evening": the day weather
		// that lasts for days began, a start, which a day it fell on
		// does not contradict.
		cls = "outbreak-" + cls
	}
	if v.untilBefore(from) && !aspects[strings.SplitN(cls, "-", 2)[0]] {
		cls = "ending-" + cls // "the talks lasted until Friday": the day they ended
	}
	if verb := v.governingVerb(from, to); statementActs[verb] && v.actOnEvent(verb, from) && verb != "declared" {
		// "ordered the closure on Tuesday": the order's day, which the
		// closure may not share; a state declared begins that day.
		if announcingActs[verb] {
			cls = "announcement-" + cls // "announced the strike on 20 October"
		} else {
			cls = "order-" + cls
		}
	}
	lo, hi = widenHedged(m, lo, hi, v.a.Doc.Published)
	c := v.base(KindDate, slot+cls, m.Start, m.End)
	c.Value = m.Value()
	c.Lo, c.Hi = Bound(lo), Bound(hi)
	c.Exact = lo == hi
	c.Display = dateDisplay(d)
	c.Event.Noun = eventLabel(cls, noun)
	c.Event.Planned = v.plannedBefore(from) || v.fearedBefore(from)
	if (c.Event.Planned || v.forecastBefore(from)) && (cls == "incident" || naturalEvents[cls]) {
		// "a cold front was due to reach the hills on Wednesday", "more
		// slides are expected on Tuesday": an incident is not scheduled;
		// a day ahead for one is a forecast.
		return v.drop("a forecast day for an incident, not the day of one")
	}
	c.Event.Participants = r.eventParticipants(v, eventClassOfDate(cls))
	c.Event.Date, c.Event.DateText = dateString(d), m.Text
	c.Event.Hours = v.hoursOfDay(from, to)
	// The latest check is one, however far apart two days for it lie; so
	// is one act done to one definite thing ("tabled the motion",
	// "commissioned the inquiry into the crash"), which two articles
	// cannot date weeks apart and both be right.
	c.Event.Once = cls == "last-inspection" || strings.HasPrefix(cls, "act:")
	if cls == "death" {
		if who, _ := v.subjectOfFigure(from); who != "" {
			c.Frame = &Frame{Holder: who} // "Ola Brenn died in hospital on Saturday": her death, not another victim's
		}
	}
	if _, ok := v.attributiveYear(from, to); ok && from > 0 && isIndefinite(v.ws[from-1].Lower) {
		c.Event.Other = true // "a 2013 shipping deal": one more event of the kind, not the story's
	}
	if v.eventOfYearsAgo(from, to) {
		c.Event.Other = true // "the great flood of 1952": an event of the past named by its year
	}
	if v.furtherRound(from) {
		c.Event.Other = true // "35 more protesters were arrested on Thursday": one more round of the act
	}
	if batch := v.batchInClause(from); batch != "" {
		// "the final two hostages were freed on Tuesday": the day of one
		// batch, told apart from the whole event and from other batches.
		c.Event.Part = "batch:" + batch
	}
	return c
}

// hoursOfDay is the part of the day the words right around a date put
// its event in: "late" for the night or the evening ("late on Monday",
// "on Monday night"), "early" for the small hours or the morning ("early
// on Tuesday", "before dawn on Tuesday", "in the early hours of
// Tuesday"); "" when they say neither.
func (v *sentenceView) hoursOfDay(from, to int) string {
	for j := max(0, from-5); j < len(v.ws) && j < to+2; j++ {
		switch v.ws[j].Lower {
		case "late", "night", "evening", "tonight":
			return "late"
		case "early", "morning", "dawn", "overnight", "midnight", "hours":
			return "early"
		}
	}
	return ""
}

// periodOfThing: a year or a month follows "for" after a noun ("the
// budget for 2031", "the plan for 2030"): it names what the thing
// covers; the verb of the clause has no date from it. The caller leaves
// a day alone ("set a strike for 3 March" names the strike's day).
func (v *sentenceView) periodOfThing(from, to int) bool {
	if from < 2 || v.ws[from-1].Lower != "for" || !strings.HasPrefix(v.tag(from-2), "NN") {
		return false
	}
	return true
}

// laterCourse: a fire the text already knows ("the fire", "the Brennor
// Hill blaze") does something on the day named that is not its start
// ("the fire crossed the river on Monday", "was 40 percent contained
// on Thursday"): a fire goes on for days, and only its start or its
// first telling ("a fire tore through the mill on Monday") dates its
// outbreak.
func (v *sentenceView) laterCourse(noun string, from int) bool {
	at := -1 // the fire's word nearest the date, which may head a verb joined after it
	for j := range v.ws {
		if v.ws[j].Lower != noun || strings.HasPrefix(v.tag(j+1), "NN") {
			continue // "fire officials" name people, not the fire
		}
		if at < 0 || max(j-from, from-j) < max(at-from, from-at) {
			at = j
		}
	}
	if at > from && at-from <= 4 && v.possessiveBetween(from, at) {
		return false // "last Tuesday's blaze gutted the archive": the day the fire is known by
	}
	if at >= 0 && v.foughtAt(at) {
		return true // "crews on Monday contained a fire in a mill": the day of the containing
	}
	if at < 0 || !v.definiteAt(at, 0) || at < from && !v.verbBetween(at, from) && !v.objectOfVerb(at) {
		// "the fire at the depot on Monday": the date is the fire's own;
		// "crews contained the blaze on Tuesday" dates what the crews did.
		return false
	}
	start, end := v.clauseOf(max(from-1, 0))
	for j := start; j < end; j++ {
		w := v.ws[j].Lower
		if j != at && (startWords[w] || dateEventClass[w] == "outbreak") || datePhrases[[2]string{w, v.wordAt(j + 1)}] == "outbreak" {
			return false // "the fire, which broke out on Friday"
		}
	}
	return true
}

// fireFightingVerbs act on a fire that is already burning.
var fireFightingVerbs = map[string]bool{
	"contained": true, "extinguished": true, "controlled": true, "doused": true, "tackled": true,
	"battled": true, "fought": true, "quelled": true, "smothered": true,
}

// foughtAt: the fire word at k is the object of a verb of fighting it
// ("contained a fire", "put out the blaze"), a few words before it.
func (v *sentenceView) foughtAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := v.ws[j].Lower
		if fireFightingVerbs[w] || w == "out" && j > 0 && (v.ws[j-1].Lower == "put" || v.ws[j-1].Lower == "putting") {
			return true
		}
		if !determiners[w] && !strings.HasPrefix(v.tag(j), "JJ") {
			return false
		}
	}
	return false
}

// possessiveBetween: a possessive mark stands between words i and j.
func (v *sentenceView) possessiveBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if v.ws[k].possessive() {
			return true
		}
	}
	return false
}

// holdsACount: the word noun is "hold" with a figure for its object
// ("held 870 inmates", "holds 56,000"): how many a place contains, not a
// hostage held.
func (v *sentenceView) holdsACount(noun string, from int) bool {
	if lemmaOf(noun) != "hold" && noun != "held" {
		return false
	}
	at := v.nearestWord(from, noun)
	if at < 1 || at+1 >= len(v.ws) || !isFigureWord(v.ws[at+1]) || v.hasWord("hostage", "hostages", "captive", "captives") {
		return false
	}
	k := at - 1
	for k > 0 && auxiliaries[v.ws[k].Lower] {
		k--
	}
	if v.ws[k].Lower == "," {
		k = v.skipInserted(k) // "the centre, built for 590, held 870"
	}
	// A place or a body holds a number ("the centre held 870"); people
	// holding a number of others ("gunmen held two guards") keep them.
	return k >= 0 && strings.HasPrefix(v.tag(k), "NN") && v.tag(k) != "NNS" && !v.ws[k].Capital
}

// objectOfVerb: the noun at at is the object of a verb right before its
// determiner and modifiers ("contained the blaze", "fought the huge
// fire").
func (v *sentenceView) objectOfVerb(at int) bool {
	k := at - 1
	for k >= 0 && strings.HasPrefix(v.tag(k), "JJ") {
		k--
	}
	if k >= 0 && (v.tag(k) == "DT" || v.tag(k) == "PRP$") {
		k--
	}
	return k >= 0 && k < at-1 && strings.HasPrefix(v.tag(k), "VB") && !auxiliaries[v.ws[k].Lower]
}

// verbBetween: a verb stands between words i and j.
func (v *sentenceView) verbBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if v.isVerbAt(k) {
			return true
		}
	}
	return false
}

// definiteAt: the noun at j is told as one already known: "the" or a
// possessive opens its phrase, past any words that qualify it.
func (v *sentenceView) definiteAt(j, start int) bool {
	for k := j - 1; k >= start && k >= j-4; k-- {
		switch w := v.ws[k].Lower; {
		case w == "the" || w == "this" || w == "its" || strings.HasSuffix(w, "'s"):
			return true
		case w == "a" || w == "an" || !v.premodifierAt(k):
			return false
		}
	}
	return false
}

// premodifierAt: word k can stand before a noun inside its phrase: an
// adjective, a noun or a name.
func (v *sentenceView) premodifierAt(k int) bool {
	switch v.tag(k) {
	case "JJ", "NN", "NNP", "NNPS":
		return true
	}
	return false
}

// wordAt is the lower-case word at i, "" past the sentence's end.
func (v *sentenceView) wordAt(i int) string {
	if i < 0 || i >= len(v.ws) {
		return ""
	}
	return v.ws[i].Lower
}

// possessiveDateEnd is one past a date told as a possessive, with its
// time of day if that carries the "'s" ("Sunday's", "Friday night's"),
// 0 when the date is no possessive.
func (v *sentenceView) possessiveDateEnd(to int) int {
	switch {
	case to > 0 && strings.HasSuffix(v.ws[to-1].Lower, "'s"):
		return to
	case to < len(v.ws) && (v.ws[to].Lower == "'s" || v.ws[to].Lower == "’s"):
		return to + 1 // "next year's budget", the mark a word of its own
	case to < len(v.ws) && strings.HasSuffix(v.ws[to].Lower, "'s") && timesOfDay[strings.TrimSuffix(v.ws[to].Lower, "'s")]:
		return to + 1
	}
	return 0
}

// idiomEvent is the event that the verb before a date and its object
// say in one word ("left the tracks", "came off the rails": derailed), by
// the idioms counts are read with; "" when they say none.
func (v *sentenceView) idiomEvent(from int) (string, string) {
	start, _ := v.clauseOf(max(from-1, 0))
	for j := from - 1; j >= start; j-- {
		if !v.isFiniteVerbAt(j) {
			continue
		}
		idiom := v.predicateIdiom(j)
		if idiom == "" {
			return "", ""
		}
		return cmp.Or(eventOfWord(dateEventClass, idiom), eventOfWord(dateEventClass, idiom+"ed")), idiom
	}
	return "", ""
}

// forecastBefore: a verb of expecting governs the day ("more slides are
// expected on Tuesday", "forecasters expect heavy snow on Monday"); "as
// expected" says the event came as foreseen.
func (v *sentenceView) forecastBefore(from int) bool {
	ws := v.clauseBefore(from, plannedReach)
	for i, w := range ws {
		if forecastWords[w.Lower] && (i == 0 || ws[i-1].Lower != "as") || possibilityWords[w.Lower] {
			return true
		}
	}
	return false
}

// possibilityWords tell that something may happen, not that it did
// ("more storms were possible on Sunday", "could reach the coast on
// Friday").
var possibilityWords = map[string]bool{"possible": true, "likely": true, "unlikely": true, "could": true, "may": true, "might": true}

// fearedBefore: the clause before the date tells of an outcome feared,
// not one that came ("the walkout threatens clinic closures this month",
// "managers warned of closures in April", "the prospect of closures").
func (v *sentenceView) fearedBefore(from int) bool {
	ws := v.clauseBefore(from, plannedReach)
	for i, w := range ws {
		switch w.Lower {
		case "threatens", "threaten", "threatening", "prospect", "risk", "risks":
			return true
		case "warned", "warns", "warning":
			if i+1 < len(ws) && ws[i+1].Lower == "of" {
				return true
			}
		}
	}
	return false
}

// datesAState spots a day on which a state went on: "were still trapped on
// Tuesday", "remained in shelters on Friday". Its day is neither the
// start nor the end of anything. A possessive date still dates its noun
// ("still missing after yesterday's avalanche").
func (v *sentenceView) datesAState(from int) bool {
	ws := v.clauseBefore(from, 8)
	for i, w := range ws {
		if w.Lower == "still" || stateVerbs[lemmaOf(w.Lower)] || absenceAt(ws, i) || ordinalPeriodAt(ws, i) {
			return true
		}
	}
	return v.progressiveBefore(from)
}

// ordinalPeriodAt: ws[i] opens "its second day", "their third week": a
// point an event reached in its course ("the strike entered its second
// day on Tuesday"), which is no day it began or happened.
func ordinalPeriodAt(ws []word, i int) bool {
	if i+2 >= len(ws) || ws[i].Lower != "its" && ws[i].Lower != "their" {
		return false
	}
	n, ok := ordinalValue(ws[i+1].Lower)
	return ok && n > 1 && periodSeconds[stem(ws[i+2].Lower)] != 0
}

// progressiveBefore: the verb that governs a day is in the progressive
// ("the fire was moving away from the town on Monday night", "gunmen
// were holding four bank staff on Tuesday", "crews were battling the
// blaze on Sunday"): it tells what was going on that day, not the day
// anything began or happened.
func (v *sentenceView) progressiveBefore(from int) bool {
	start, _ := v.clauseOf(max(from-1, 0))
	for k := from - 1; k > start; k-- {
		if w := v.ws[k].Lower; clauseConjunctions[w] || w == "which" || w == "that" || w == "who" {
			return false // "were missing after the dam burst on Sunday": another clause's verb
		}
		if !v.isVerbAt(k) {
			continue
		}
		if v.tag(k) != "VBG" {
			return false
		}
		for j := k - 1; j >= start && j >= k-3; j-- {
			switch w := v.ws[j].Lower; {
			case beForms[w] && w != "been" && w != "be" && w != "being":
				return true
			case w != "not" && w != "no" && w != "longer" && w != "still" && !isAdverb(w):
				return false
			}
		}
		return false
	}
	return false
}

// absenceAt: "there was no" at word i says what had not happened yet by
// the day named ("There was no word late on Tuesday on whether anyone
// was hurt"): a state, no event.
func absenceAt(ws []word, i int) bool {
	if ws[i].Lower != "there" || i+2 >= len(ws) {
		return false
	}
	switch ws[i+1].Lower {
	case "was", "were", "is", "are", "had":
		return ws[i+2].Lower == "no" || ws[i+2].Lower == "still"
	}
	return false
}

// stateVerbs say that something went on, not that it happened.
var stateVerbs = map[string]bool{"remain": true, "stay": true}

// datesAnUpdate spots "rose to 19 on Wednesday": the day a count was
// updated, not the day of the event.
// The verb must have a figure in its clause: "the storm reached the
// coast on Sunday" dates an arrival, not an update.
func (v *sentenceView) datesAnUpdate(from int) bool {
	for _, w := range v.clauseBefore(from, 4) {
		switch w.Lower {
		case "rose", "risen", "climbed", "reached", "stood", "stands", "increased", "jumped", "grew", "fell":
			return v.figureInClause(w.Start)
		}
	}
	return false
}

// byDay: a day after "by" is a time by which something holds ("by Monday
// evening there were five dead", "had grown to 5,100 hectares by
// Thursday", "must be signed by Friday"), not the day it happened.
func (v *sentenceView) byDay(from int) bool {
	at := from
	if at < len(v.ws) && v.ws[at].Lower != "by" {
		at--
	}
	return at >= 0 && at < len(v.ws) && v.ws[at].Lower == "by"
}

// figureInClause reports a number mention after offset in the clause
// that holds it.
func (v *sentenceView) figureInClause(offset int) bool {
	i := wordIndexAt(v.ws, offset)
	_, end := v.clauseOf(i)
	for _, mi := range v.s.Mentions {
		m := &v.a.Mentions[mi]
		if m.Type == mention.TypeNumber && m.Start > offset && (end >= len(v.ws) || m.Start < v.ws[end].Start) {
			return true
		}
	}
	return false
}

// weekdayMismatchClaim records "Tuesday, March 12" when March 12 is a
// Wednesday: the weekday and the date as its two sides.
func (v *sentenceView) weekdayMismatchClaim(m mention.Mention) Claim {
	day := m.Date.StatedWeekday
	i := strings.Index(strings.ToLower(m.Text), strings.ToLower(day))
	wdStart, wdEnd := m.Start, m.End
	dateStart, dateEnd := m.Start, m.End
	if i >= 0 {
		wdStart, wdEnd = m.Start+i, m.Start+i+len(day)
		if strings.ContainsAny(v.a.Doc.Text[wdEnd:m.End], "0123456789") {
			dateStart = skipJoiners(v.a.Doc.Text, wdEnd, m.End) // "Tuesday, March 13"
		} else {
			dateEnd = m.Start + i // "March 13, a Tuesday"
		}
	}
	c := v.base(KindDate, "weekday-mismatch", wdStart, wdEnd)
	counter := v.a.Doc.SpanOf(dateStart, dateEnd)
	c.Counter = &counter
	c.Value = m.Value()
	c.Display = day
	if t, err := time.Parse("2006-01-02", m.Date.Day); err == nil {
		c.Event.Date, c.Event.DateText = m.Date.Day, strings.TrimSpace(counter.Text)
		c.Display = fmt.Sprintf("%s, but %s is a %s", day, counter.Text, t.Weekday())
	}
	return *c
}

func skipJoiners(text string, i, end int) int {
	for i < end && strings.ContainsRune(", ", rune(text[i])) {
		i++
	}
	return i
}

// weekdayClaim keeps the weekday of an event an undated article names
// ("before Thursday's vote"): it cannot be placed on a calendar, but it
// can still disagree with another report's day.
func (v *sentenceView) weekdayClaim(r *reading, m mention.Mention, from, to int) *Claim {
	day := WeekdayIn(m.Text)
	cls, noun := v.dateEvent(from, to)
	if day == "" || cls == "" || !m.Date.Relative {
		return nil
	}
	c := v.base(KindDate, "date:"+cls, m.Start, m.End)
	c.Value = map[string]any{"weekday": day}
	c.Display = day
	c.Event.Noun = eventLabel(cls, noun)
	c.Event.Weekday = day
	c.Event.Planned = v.plannedBefore(from)
	c.Event.Participants = r.eventParticipants(v, eventClassOfDate(cls))
	c.Event.DateText = m.Text
	return c
}

// WeekdayIn is the weekday the words name ("Monday"), "" when none.
func WeekdayIn(text string) string {
	lower := strings.ToLower(text)
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.Contains(lower, strings.ToLower(d.String())) {
			return d.String()
		}
	}
	return ""
}

// speakersDay: the words count a day from the moment of speaking
// ("today", "yesterday", "tomorrow", "tonight", "this morning").
func speakersDay(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range []string{"today", "yesterday", "tomorrow", "tonight", "this morning", "this afternoon", "this evening", "last night"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// isDeictic: "throughout the day", "that day" point at a day the text
// does not name.
func isDeictic(text string) bool {
	lower := strings.ToLower(text)
	return strings.HasPrefix(lower, "the ") || strings.HasPrefix(lower, "that ") || strings.HasPrefix(lower, "throughout")
}

// sinceBefore is the word of the "since" that opens the date at from
// (the mention's own first word or the word before it), -1 for none.
func (v *sentenceView) sinceBefore(from int) int {
	for _, at := range []int{from, from - 1} {
		if at >= 0 && at < len(v.ws) && v.ws[at].Lower == "since" {
			return at
		}
	}
	return -1
}

// tallySince: the date follows "since" in a clause whose subject is a
// count ("at least 57 citizens have been detained since 2016", "dozens
// have been arrested since the spring"): it opens the window the count
// runs over and dates none of the events counted. A singular subject
// ("Brenn has been held since 2018") dates its own start.
func (v *sentenceView) tallySince(from int) bool {
	at := v.sinceBefore(from)
	if at < 0 {
		return false
	}
	start, _ := v.clauseOf(at)
	perfect := false
	for k := start; k < at; k++ {
		perfect = perfect || v.ws[k].Lower == "have" || v.ws[k].Lower == "has"
	}
	if !perfect {
		return false // "two sailors missing since last Wednesday's collision": a state since one event
	}
	for _, i := range v.s.Mentions {
		m := v.a.Mentions[i]
		if m.Number == nil || m.Start < v.ws[start].Start || m.End > v.ws[at].Start {
			continue
		}
		if mf, _ := mentionWords(v.ws, m); mf < at && m.Number.Value != 1 {
			return true
		}
	}
	return false
}

// isRecordSince spots "the first hike since 2021", "the worst flooding
// since 1998": the date of the last such event, not of this one. A plain
// "since June 2, when the strike began" dates the event itself.
func (v *sentenceView) isRecordSince(from int) bool {
	at := v.sinceBefore(from)
	if at < 0 {
		return false
	}
	for j := at - 1; j >= 0 && j >= at-6; j-- {
		w := v.ws[j].Lower
		if w == "first" || w == "last" || strings.HasSuffix(w, "est") || w == "worst" || w == "best" || w == "most" || w == "least" || w == "record" {
			return true
		}
	}
	return false
}

// perfectBefore: the date's clause has a perfect before it ("has kept
// falling", "have been on strike", "had burned"): something went on up
// to the time of telling.
func (v *sentenceView) perfectBefore(from int) bool {
	start, _ := v.clauseOf(from)
	for j := from - 1; j >= start; j-- {
		switch v.ws[j].Lower {
		case "has", "have", "had":
			return j+1 < len(v.ws) && (v.tag(j+1) == "VBN" || v.tag(j+1) == "RB" || v.ws[j+1].Lower == "been")
		}
	}
	return false
}

// inComparison: the date lies in the constituent a comparison opens
// ("than the whole of May usually gets", "compared with last year").
func (v *sentenceView) inComparison(from int) bool {
	start, _ := v.clauseOf(from)
	for j := start; j <= from && j < len(v.ws); j++ {
		switch v.ws[j].Lower {
		case "than", "compared":
			if v.opensComparison(j) {
				return true
			}
		}
	}
	return false
}

// dateEvent finds the event a date belongs to: the nearest event verb or
// noun in the clause, looking back first ("rolled over ... late on Monday").
func (v *sentenceView) dateEvent(from, to int) (string, string) {
	cls, noun := v.datedWord(from, to)
	at := -1 // the word the date was given to, found once
	if cls != "" {
		at = v.nearestWord(from, noun)
		if at > to && v.inOffsetPhrase(at) {
			// "crews reached the villages on Monday, four days after the
			// earthquake": the earthquake came four days before the day.
			return "", ""
		}
		if v.deniedOrIntended(at) || cls != VoteEvent && v.countedNoun(at, from, to) || cls == "call" && v.callWithParticle(at) {
			return "", "" // "broke up without agreement", "cancelled 640 flights", "were called out"
		}
	}
	if cls == "outbreak" && eruptingVerbs[noun] && at >= 0 {
		// "Mount Brennor last erupted in 1911": a thing that erupts has
		// an eruption, one event with "its previous eruption"; an event
		// that erupts ("fighting erupted") breaks out.
		if s := v.subjectOf(at); s >= 0 && eventClass[stem(v.ws[s].Lower)] == "" && dateEventClass[v.ws[s].Lower] == "" {
			return eventClass["eruption"], noun
		}
	}
	if cls == "inspection" {
		// "last inspected in March 2021": of a check that recurs, only
		// the latest is one event; "checked in May and once more in
		// March" dates two.
		if at < 0 || !v.latestOccurrence(at) {
			return "", ""
		}
		return "last-inspection", noun
	}
	if v.deathAfterEvent(noun, from) || v.entryTellsALaterDeath(from, to) {
		return "death", noun
	}
	if complement, ok := v.aspectComplement(noun, from); ok {
		// "prices began to fall on Monday": the start of the falling,
		// an event the lexicons may not know, not of the story's.
		for _, w := range []string{complement, lemmaOf(complement)} {
			if cls := eventOfWord(eventClass, w); cls != "" {
				return cls, complement
			}
			if cls := eventOfWord(dateEventClass, w); cls != "" && !movesOfALevel[cls] {
				return cls, complement // "began releasing water": the release; a rise needs its level
			}
		}
		return "", ""
	}
	if startWords[noun] && at >= 0 && (v.thingInClause(at, noun) == "" && !v.startsItsSubject(at) || v.startsAnActivity(at)) {
		// "shifts starting at 8am", "the union began an overtime ban":
		// a start the clause does not say of what is no start of the
		// story's event; nor is "investigators began an inquiry into
		// the blaze" or "work began on Monday".
		return "", ""
	}
	if startWords[noun] && at >= 0 {
		// "the ceasefire started on 3 May", "the walkout began on Friday":
		// a start is the start of its thing, and two things' starts are
		// two events. A fire's start is its outbreak, however told.
		thing := v.thingInClause(at, noun)
		if thing == "" && v.startsItsSubject(at) {
			thing = cmp.Or(v.subjectClass(at), stem(v.ws[v.subjectOf(at)].Lower))
		}
		if thing != "" && thing != "fire" && thing != cls {
			return cls + "-" + thing, noun
		}
	}
	if movesOfALevel[cls] && at >= 0 && v.movesNoLevel(at) {
		// "raised the alarm on Friday", "an appeal has raised €8,000":
		// a verb of rising or cutting whose object is no level says no
		// rise or cut happened.
		return "", ""
	}
	if cls == "withdrawal" && at >= 0 && v.personQuits(at) {
		cls = "resignation" // "the chief executive quit on Monday"; a party that quits a coalition withdraws
	}
	if turn := v.turnAfter(at); turn != "" && cls != "outbreak" && !aspects[cls] && !strings.Contains(cls, "-") && !v.namesItsNoun(from, to) {
		// "the truce takes effect on 13 May", "— Strike ends.": the
		// event noun's own verb says which end of it the day marks.
		return turn + "-" + cls, noun
	}
	if aspects[cls] {
		// "the strike ended on Thursday", "at the end of a 48-hour
		// strike": the end of what, when the clause says.
		thing := v.thingInClause(from, noun)
		if thing == "" {
			thing = v.antecedentEvent(from) // "the second stoppage, which ended on Thursday"
		}
		if thing == "" {
			if at < 0 || !v.startsItsSubject(at) {
				return "", "" // "by the end of Wednesday": the end of nothing named
			}
			thing = v.subjectClass(at) // "the agreement expires in 2028"
		}
		if thing != "" && thing != cls {
			return cls + "-" + thing, noun
		}
	}
	return cls, noun
}

// inOffsetPhrase: the word at k closes a phrase that counts a length
// from it ("four days after the earthquake", "a week before the vote"),
// which names another event than the clause's own.
func (v *sentenceView) inOffsetPhrase(k int) bool {
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		switch v.ws[j].Lower {
		case "after", "before", "since":
			return mention.IsDurationUnit(v.ws[j-1].Lower)
		}
		if isClauseBreak(v.ws[j]) {
			return false
		}
	}
	return false
}

// deniedOrIntended: the event word the date was given to is denied ("broke
// up without agreement", "no deal was reached on Monday") or only
// intended ("agreed to meet again on Tuesday"): the day is of no such
// event.
func (v *sentenceView) deniedOrIntended(at int) bool {
	if at < 0 {
		return false
	}
	if at > 0 {
		switch v.ws[at-1].Lower {
		case "without", "no":
			return true
		}
	}
	return at+2 < len(v.ws) && v.ws[at+1].Lower == "to" && v.tag(at+2) == "VB" && v.tag(at) != "NN"
}

// countedNoun: the event word the date was given to is counted by a
// figure ("cancelled 1,380 flights on Friday"): a set of things, whose
// day is the count's, not one event's.
func (v *sentenceView) countedNoun(at, from, to int) bool {
	if at < 1 || v.tag(at) != "NNS" {
		return false // "12 killed", "nine dead": a toll's verb or word, not a counted set
	}
	k := at - 1
	if !isFigureWord(v.ws[k]) && k > 0 && v.tag(k) == "JJ" {
		k-- // "1,380 scheduled flights"
	}
	if k >= from && k < to {
		return false // "the 2019 election": the date itself
	}
	return isFigureWord(v.ws[k]) && !strings.HasSuffix(v.ws[k].Lower, "'s")
}

// callWithParticle: the "call" a date was given to is a verb with a
// particle that makes it another verb ("called out", "called off",
// "called for", "called in", "called on").
func (v *sentenceView) callWithParticle(at int) bool {
	if at < 0 || at+1 >= len(v.ws) || !sameVerb(v.ws[at].Lower, "call") {
		return false
	}
	switch v.ws[at+1].Lower {
	case "out", "off", "for", "in", "on":
		return true
	}
	return false
}

// latestOccurrence: "last" or "most recent" stands just before the word
// at at ("last inspected", "its last inspection", "the most recent
// check", "had last been serviced").
func (v *sentenceView) latestOccurrence(at int) bool {
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		switch v.ws[k].Lower {
		case "last", "latest":
			return true
		case "recent":
			return k > 0 && v.ws[k-1].Lower == "most"
		case "annual", "yearly":
			// "passed its annual safety inspection in December": a
			// thing's own yearly check, told in the past, is its latest.
			return k > 0 && (v.ws[k-1].Lower == "its" || v.ws[k-1].Lower == "their") && v.pastClause(at)
		}
	}
	return false
}

// pastClause: the clause of word at tells of the past by a verb in the
// past tense.
func (v *sentenceView) pastClause(at int) bool {
	start, _ := v.clauseOf(at)
	for k := start; k < at; k++ {
		if v.tag(k) == "VBD" || v.ws[k].Lower == "had" {
			return true
		}
	}
	return false
}

// joinedToAnotherDay: the date at [from, to) and another are joined into
// a span ("on Tuesday and Wednesday", "from Monday to Thursday",
// "Monday or Tuesday").
func (v *sentenceView) joinedToAnotherDay(from, to int) bool {
	joins := func(w string) bool { return w == "and" || w == "or" || w == "to" || w == "through" || w == "until" }
	to = v.pastPartOfDay(to) // "from Monday morning until Wednesday night"
	if to+1 < len(v.ws) && joins(v.ws[to].Lower) && (v.dateStartsAt(to+1) || v.ws[to+1].Lower == "on" && v.dateStartsAt(to+2)) {
		return true
	}
	k := from - 1
	if k >= 0 && v.ws[k].Lower == "on" {
		k--
	}
	if k >= 2 && partsOfDay[v.ws[k-1].Lower] != "" && joins(v.ws[k].Lower) {
		return v.dateEndsAt(k - 1)
	}
	return k >= 1 && joins(v.ws[k].Lower) && v.dateEndsAt(k)
}

// partsOfDay name a part of a day after its day ("Monday morning"), with
// the hour that stands for it.
var partsOfDay = map[string]string{"morning": "09:00", "afternoon": "15:00", "evening": "19:00", "night": "22:00"}

// pastPartOfDay is the word after a part of the day that follows a date
// ending before to, or to itself.
func (v *sentenceView) pastPartOfDay(to int) int {
	if to < len(v.ws) && partsOfDay[v.ws[to].Lower] != "" {
		return to + 1
	}
	return to
}

// opensASpan: the date at [from, to) follows "from" and a span's far end
// follows it ("from 2011 until his arrest", "from March to the end of
// the year"): the start of a stretch of a state or an activity, whose
// events the clause does not date.
func (v *sentenceView) opensASpan(from, to int) bool {
	to = v.pastPartOfDay(to)
	if from == 0 || v.ws[from-1].Lower != "from" || to >= len(v.ws) {
		return false
	}
	switch v.ws[to].Lower {
	case "until", "till", "to", "through":
		return true
	}
	return false
}

// pointEventBefore: the date at from directly follows an event noun that
// "since", "until" or "till" makes the point a state runs from or to
// ("has stayed shut since the quake in May", "led the city until his
// arrest in 2023"); the date is that event's, as a state's verb has no
// day of its own. -1 when the date stands otherwise. "After" and "before"
// are left out: their clause's verb is an event with a day of its own,
// which the date may be ("schools reopened after the floods on Monday").
func (v *sentenceView) pointEventBefore(from int) int {
	k := from
	if w := v.ws[k].Lower; w != "in" && w != "on" {
		k--
		if k < 0 || v.ws[k].Lower != "in" && v.ws[k].Lower != "on" {
			return -1
		}
	}
	noun := k - 1
	if noun < 1 || !strings.HasPrefix(v.tag(noun), "NN") {
		return -1
	}
	w := v.ws[noun].Lower
	if eventOfWord(dateEventClass, w) == "" && eventOfWord(eventClass, w) == "" {
		return -1
	}
	for j := noun - 1; j >= 0 && j >= noun-4; j-- {
		switch v.ws[j].Lower {
		case "since", "until", "till":
			return noun
		case "during", "at":
			if j == 0 {
				// "During their trial in 2019, the two men admitted the
				// break-in": a day on the event noun of a phrase that
				// opens the sentence dates that event, not what the
				// clause after it tells.
				return noun
			}
		}
		if t := v.tag(j); t != "DT" && t != "PRP$" && !strings.HasPrefix(t, "JJ") && t != "POS" && !strings.HasPrefix(t, "NN") {
			return -1
		}
	}
	return -1
}

// dateStartsAt: a date mention starts at word k; dateEndsAt: one ends
// right before word k.
func (v *sentenceView) dateStartsAt(k int) bool {
	return k < len(v.ws) && v.dateMention(func(m *mention.Mention) bool { return m.Start == v.ws[k].Start })
}

func (v *sentenceView) dateEndsAt(k int) bool {
	return k > 0 && v.dateMention(func(m *mention.Mention) bool { return m.End == v.ws[k-1].End })
}

func (v *sentenceView) dateMention(at func(*mention.Mention) bool) bool {
	for _, i := range v.s.Mentions {
		if m := &v.a.Mentions[i]; m.Type == mention.TypeDate && m.Date != nil && m.Date.Day != "" && at(m) {
			return true
		}
	}
	return false
}

// subjectClass is the event class of the subject of the verb at k, ""
// when the lexicons give it none.
func (v *sentenceView) subjectClass(k int) string {
	w := v.ws[v.subjectOf(k)].Lower
	return cmp.Or(eventOfWord(dateEventClass, w), eventClass[stem(w)])
}

// nearestWord is the index of the word nearest to i that reads w, -1
// when the sentence has none.
func (v *sentenceView) nearestWord(i int, w string) int {
	best := -1
	for k := range v.ws {
		if v.ws[k].Lower == w && (best < 0 || max(k-i, i-k) < max(best-i, i-best)) {
			best = k
		}
	}
	return best
}

// startsItsSubject: the start word at k is a verb with no object after
// it, and a noun before it is its subject: "the recount will start on
// Thursday", "since June 2, when the walkout began". A verb with an
// object starts the object ("began an overtime ban"), which then must be
// an event the lexicons know.
func (v *sentenceView) startsItsSubject(k int) bool {
	if !v.isVerbAt(k) {
		return false
	}
	if next := v.tag(k + 1); next == "DT" || strings.HasPrefix(next, "NN") || next == "JJ" {
		return false
	}
	subject := v.subjectOf(k)
	return subject >= 0 && (v.tag(subject) == "NN" || v.tag(subject) == "NNS")
}

// startsAnActivity: the start verb at k takes an object that names no
// event of the lexicons or an inquiry ("began an inquiry", "started
// examining the tank"): the start of someone's activity, not of an event
// the story reports.
func (v *sentenceView) startsAnActivity(k int) bool {
	j := k + 1
	for j < len(v.ws) && (v.dateStartsAt(j) || v.tag(j) == "RB" || timesOfDay[v.ws[j].Lower]) {
		j = v.skipDate(j) // "began on Monday evening an inquiry", "began quickly"
	}
	if j >= len(v.ws) || isClauseBreak(v.ws[j]) {
		return false
	}
	switch t := v.tag(j); {
	case t == "DT" || t == "PRP$" || t == "JJ" || t == "VBG" || strings.HasPrefix(t, "NN"):
		head := j
		for head+1 < len(v.ws) && (v.tag(head) == "DT" || v.tag(head) == "PRP$" || v.tag(head) == "JJ") {
			head++
		}
		cls := cmp.Or(eventOfWord(eventClass, v.ws[head].Lower), eventOfWord(dateEventClass, v.ws[head].Lower))
		return cls == "" || cls == "inquiry" // "began an inquiry": what investigators do, not what befell
	}
	return false // "began to fall": the complement's start, read elsewhere
}

// skipDate steps past the words of a date that starts at word j, or past
// one word when none does.
func (v *sentenceView) skipDate(j int) int {
	for k := j + 1; k <= len(v.ws) && k <= j+6; k++ {
		if v.dateEndsAt(k) {
			return k
		}
	}
	return j + 1
}

// subjectOf is the last word of the verb's subject: the word before it
// and its auxiliaries, or the noun a relative pronoun there stands for.
// -1 when there is none.
func (v *sentenceView) subjectOf(verb int) int {
	k := verb - 1
	for k >= 0 && (auxiliaries[v.ws[k].Lower] || v.tag(k) == "RB" || v.tag(k) == "MD" || v.tag(k) == "TO" || v.ws[k+1].Lower == "to") {
		k-- // "is due to begin", "was expected to start"
	}
	if k > 0 && (v.tag(k) == "WDT" || v.tag(k) == "WP") {
		k-- // "the recount that will start on Thursday"
		if k > 0 && v.ws[k].Lower == "," {
			k-- // "the attack, which began on Tuesday"
		}
	} else if k > 0 && v.ws[k].Lower == "," {
		k = v.skipInserted(k) // "the toll, currently €2.40 a car, will end"
	}
	return k
}

// eventOpened is the day an event its subject names opened, told with
// an intransitive "opened" ("the talks, which opened on Tuesday", "the
// trial, which opens on 3 June"): the event's day, as "the talks opened
// on Monday" is read. "Opened fire", "the gates
// were opened" and a shop that opened are no event's start.
func (v *sentenceView) eventOpened(from, to int) (string, string) {
	verb := v.governingVerb(from, to)
	if verb != "opened" && verb != "opens" {
		return "", ""
	}
	k := v.nearestWord(from, verb)
	if k < 1 || k+1 >= len(v.ws) || auxiliaries[v.ws[k-1].Lower] || strings.HasPrefix(v.tag(k+1), "NN") || v.tag(k+1) == "DT" {
		return "", ""
	}
	s := v.subjectOf(k)
	if s < 0 {
		return "", ""
	}
	cls := eventClass[stem(v.ws[s].Lower)]
	if cls == "" {
		return "", ""
	}
	return cls, verb // as "the talks opened on Monday" reads when the noun is nearer
}

// eruptingVerbs tell of something erupting.
var eruptingVerbs = map[string]bool{"erupted": true, "erupts": true, "erupt": true}

// startWords say that something began without saying what: the clause
// must name it. "Erupted", "broke out" or "caught fire" name the event
// that began, and are not here.
var startWords = map[string]bool{
	"began": true, "begin": true, "begins": true, "started": true, "start": true, "starts": true, "starting": true,
}

// namesItsNoun: the date is the name its noun is known by ("Monday's
// siege", "the 2011 grain deal"), not the day of what the clause says
// the noun did.
func (v *sentenceView) namesItsNoun(from, to int) bool {
	_, attributive := v.attributiveYear(from, to)
	return attributive || v.possessiveDateEnd(to) > 0
}

// personQuits: the subject of the verb at k is a person: a name the
// article reads as a person's, a personal pronoun or a title of a post.
func (v *sentenceView) personQuits(k int) bool {
	s := v.subjectOf(k)
	if s < 0 {
		return false
	}
	switch v.ws[s].Lower {
	case "he", "she":
		return true
	}
	for _, n := range v.names {
		if n.Person && n.Start <= v.ws[s].Start && v.ws[s].Start < n.End {
			return true
		}
	}
	return officeLex().opensOffice(v.ws[s].Lower)
}

// turnAfter: the event word at is the subject of a verb of starting or
// ending right after it ("the ban comes into force", "Strike ends"): the
// class of that end ("outbreak" or "ending"), "" when none follows.
func (v *sentenceView) turnAfter(at int) string {
	if at < 0 {
		return ""
	}
	k := at + 1
	for k < len(v.ws) && (auxiliaries[v.ws[k].Lower] || v.ws[k].Lower == "will") {
		k++
	}
	if k >= len(v.ws) {
		return ""
	}
	w, next := v.ws[k].Lower, v.wordAt(k+1)
	for _, base := range anyTenseForms(w) {
		switch {
		case startWords[w] || startPhrases[[2]string{base, next}]:
			return "outbreak"
		case endWords[base]:
			return "ending"
		}
	}
	return ""
}

// startPhrases are a verb and the word after it that together say a
// thing starts to hold: "takes effect", "comes into force", "kicks in".
var startPhrases = map[[2]string]bool{
	{"take", "effect"}: true, {"took", "effect"}: true, {"come", "into"}: true, {"came", "into"}: true,
	{"go", "into"}: true, {"went", "into"}: true, {"kick", "in"}: true, {"enter", "into"}: true,
}

// endWords are the bases of verbs that say a thing stops: "the strike
// ended", "the truce expires".
var endWords = map[string]bool{"end": true, "expire": true, "lapse": true, "finish": true, "cease": true}

// movesOfALevel are the classes of a level moved up or down.
var movesOfALevel = map[string]bool{"rate-rise": true, "rate-cut": true}

// movesNoLevel: the word at k is a verb of moving whose object, named
// right after it, is no level ("raised the alarm", "cut the cable"): a
// rate, a price, a tax or another level is what these verbs move when
// they tell of a rise or a cut.
func (v *sentenceView) movesNoLevel(k int) bool {
	before := k - 1
	if before >= 1 && v.ws[before].Lower == "to" {
		before-- // "forecasters expect the wind to rise on Friday": the wind rises
	}
	if before >= 0 && strings.HasPrefix(v.tag(before), "NN") && !v.ws[before].Capital && !movedLevels[stem(v.ws[before].Lower)] {
		switch v.ws[k].Lower {
		case "rise", "rises", "rose", "risen", "rising":
			// "the toll rises to 12": the subject of "rise" is what
			// rises, here no level. (What "cut" acts on follows it, and
			// a cut of power or water is an event of its own.)
			return true
		}
	}
	if k+1 < len(v.ws) && objectPronouns[v.ws[k+1].Lower] {
		return true // "raiders who lowered themselves down a shaft": a body moved, no level
	}
	if !v.isVerbAt(k) && v.movesNamedThing(k) {
		return true // "a fault cut power to 48,000 homes", the verb read as a noun
	}
	if !v.isVerbAt(k) || v.tag(k) == "VBN" && isPassive(v.ws, k) {
		return false // a noun ("Thursday's rise") or a passive ("rates were cut") names its level elsewhere
	}
	j := k + 1
	for j < len(v.ws) && (v.tag(j) == "DT" || v.tag(j) == "PRP$" || v.tag(j) == "CD" || strings.HasPrefix(v.tag(j), "JJ")) {
		j++
	}
	head := -1
	for ; j < len(v.ws) && strings.HasPrefix(v.tag(j), "NN") && !v.ws[j].Capital; j++ {
		head = j
	}
	if head < 0 {
		return false // "the bank cut on Thursday": what it cut is the story's level
	}
	for m := k + 1; m <= head; m++ {
		if movedLevels[stem(v.ws[m].Lower)] {
			return false // "raised its key interest rate", "cut borrowing costs"
		}
	}
	return true
}

// movesNamedThing: the word at k, which the tagger did not read as a
// verb, stands between its subject and a lower-case noun that is no
// level: "a fault cut power to the city" cuts power, not a rate. A noun
// of a level before it ("the rate cut on Tuesday") keeps the rate.
func (v *sentenceView) movesNamedThing(k int) bool {
	if k == 0 || k+1 >= len(v.ws) || movedLevels[stem(v.ws[k-1].Lower)] || !strings.HasPrefix(v.tag(k-1), "NN") {
		return false
	}
	next := v.ws[k+1]
	return strings.HasPrefix(v.tag(k+1), "NN") && !next.Capital && !movedLevels[stem(next.Lower)]
}

// objectPronouns after a verb of rising or cutting say a person or a
// thing moved, not a level.
var objectPronouns = map[string]bool{
	"themselves": true, "himself": true, "herself": true, "itself": true, "ourselves": true,
	"him": true, "her": true, "them": true, "us": true, "me": true,
}

// movedLevels are the levels a rise or a cut moves.
var movedLevels = map[string]bool{
	"rate": true, "interest": true, "borrowing": true, "cost": true, "price": true, "fare": true, "tax": true,
	"wage": true, "pay": true, "salary": true, "rent": true, "fee": true, "tariff": true, "limit": true,
	"ceiling": true, "target": true, "level": true, "threshold": true, "forecast": true, "estimate": true,
	"duty": true, "levy": true, "charge": true, "pension": true, "benefit": true, "allowance": true,
}

// aspects are classes that name the start or the end of something else.
var aspects = map[string]bool{"ending": true}

// thingInClause is the class of the nearest event word of the clause
// around word i, other than the word that gave the date its event.
func (v *sentenceView) thingInClause(i int, except string) string {
	start, end := v.clauseOf(i)
	best, dist := "", len(v.ws)
	for j := start; j < end; j++ {
		w := v.ws[j].Lower
		if w == except || v.partOfDayAt(j) {
			continue // "the leak started late on Thursday": a time of day, no delay
		}
		if v.ws[j].Capital && j > start && mention.IsCalendarWord(w) {
			continue // "on 14 March the strike ended": the month, no protest
		}
		if cls := eventClass[stem(w)]; cls != "" && max(j-i, i-j) < dist {
			best, dist = cls, max(j-i, i-j)
		}
	}
	return best
}

// antecedentEvent is the event a relative clause around word i hangs on:
// the event noun just before its "which" or "that".
func (v *sentenceView) antecedentEvent(i int) string {
	start, _ := v.clauseOf(i)
	for k := start; k < i && k <= start+1; k++ {
		if w := v.ws[k].Lower; w == "which" || w == "that" {
			cls, _ := v.eventBefore(k)
			return cls
		}
	}
	return ""
}

// datedWord is the word a date hangs on and its event class.
func (v *sentenceView) datedWord(from, to int) (string, string) {
	if entry, ok := v.timelineEntry(from, to); ok {
		return v.entryEvent(entry)
	}
	if at := v.pointEventBefore(from); at >= 0 {
		w := v.ws[at].Lower
		return cmp.Or(eventOfWord(dateEventClass, w), eventOfWord(eventClass, w)), w
	}
	if head, ok := v.attributiveYear(from, to); ok {
		// "a 2001 policy change", "the 2019 election": the year dates
		// its noun, whatever verb the clause has.
		if cls := eventOfWord(dateEventClass, head); cls != "" {
			return cls, head
		}
		return eventClass[stem(head)], head
	}
	if possessive := v.possessiveDateEnd(to); possessive > 0 && !v.countedFromAnother(from, to) {
		// "Sunday's signing ceremony", "Friday night's ambush": a
		// possessive date belongs to the noun it goes with, whatever
		// verb the clause has; "two days after Tuesday's flood" is
		// counted from the flood's day, and names the clause's.
		to = possessive
		for j := to; j < len(v.ws) && j < to+3; j++ {
			if cls := eventOfWord(dateEventClass, v.ws[j].Lower); cls != "" {
				return cls, v.ws[j].Lower
			}
			if cls := eventOfWord(eventClass, v.ws[j].Lower); cls != "" {
				return cls, v.ws[j].Lower
			}
		}
		if v.nounAfterPossessive(to) {
			// "charged two men over Friday's stabbing": the day is the
			// stabbing's, an event the lexicons do not know, and not the
			// charging's.
			return "", ""
		}
	}
	if cls, idiom := v.idiomEvent(from); cls != "" {
		return cls, idiom // "the train left the tracks on Sunday": it derailed
	}
	if cls, noun := v.eventSubjectDated(from, to); cls != "" {
		return cls, noun // "the loss of the barge last Monday angered the crew"
	}
	if verb := v.governingVerb(from, to); verb != "" && !statementActs[verb] {
		if adoptsProposal(verb) && v.proposalInClause(from) {
			return VoteEvent, verb // "the senate passed a no-confidence motion on 26 May": the vote on it
		}
		if v.closedAtLevel(from) {
			return "", "" // "shares closed 2.1% higher on Tuesday": a price at the day's end
		}
		if occurrenceVerbs[verb] {
			// "An aftershock struck on Sunday": a verb of happening says
			// only that its subject happened; the subject names the event.
			if cls, noun := v.subjectEvent(verb, from); cls != "" {
				return cls, noun
			}
			if v.reachesLevel(verb, from) {
				// "demand hit an all-time high on Tuesday": a level
				// reached, no blow struck.
				return "", ""
			}
		}
		// The predicate a date hangs on names its event ("exchanged 125
		// prisoners at the border crossing on Thursday in a deal").
		if cls := eventOfWord(dateEventClass, verb); cls != "" {
			return cls, verb
		}
		if cls := eventOfWord(eventClass, verb); cls != "" {
			return cls, verb
		}
	}
	if at := v.participleOfPhrase(from); at >= 0 {
		// "the pipeline, laid in 1978, ruptured": a date in a participle
		// phrase set off by commas is the participle's, whatever the
		// clause around it tells.
		w := v.ws[at].Lower
		return cmp.Or(eventOfWord(dateEventClass, w), eventOfWord(eventClass, w)), w
	}
	if cls, noun := v.nearestDated(from, to, v.datingNoun); cls != "" {
		if occurrenceVerbs[noun] {
			if subject, word := v.subjectEvent(noun, from); subject != "" {
				return subject, word
			}
			if v.reachesLevel(noun, from) {
				return "", "" // "demand hit an all-time high on Tuesday"
			}
		}
		if v.nounInPhraseBefore(noun, from) && v.unknownVerbBefore(from) {
			return "", "" // "questioned the owner about the collapse on Saturday"
		}
		if !v.nounBefore(noun, from) && v.unknownVerbJustBefore(from) {
			return "", "" // "Norvia offered on Wednesday to host talks": the offer's day
		}
		if v.unknownVerbJustAfter(to) && !(from > 0 && v.ws[from-1].Lower == noun) {
			// "divers on Thursday found two more victims of the
			// landslide": a day between a subject and its verb is the
			// verb's; "the fire on Monday destroyed ..." still dates
			// the fire, the subject the day follows.
			return "", ""
		}
		return cls, noun
	}
	// Any event noun can be dated ("the exchange on Wednesday", "Sunday's
	// signing ceremony"), when no verb or noun of dating is nearer. A noun
	// after the date is not its event when a verb the lexicons do not
	// know governs the date: "flew to Kaldera on Wednesday for the final
	// session" dates the flight.
	cls, noun := v.nearestDated(from, to, func(ws []word, j int) string {
		if hosts(ws, j) || v.namesAgent(j) || v.tag(j) == "JJ" {
			// "held an event": no one was held; "rescue teams" are
			// people; "the weather was fine" names no fine.
			return ""
		}
		return eventClass[stem(ws[j].Lower)]
	})
	if cls != "" && (!v.nounBefore(noun, from) || v.nounInPhraseBefore(noun, from)) && v.unknownVerbBefore(from) {
		// "bodies were recovered from the site of the collapse on
		// Friday": the day is the recovery's, an event no lexicon
		// knows, not the collapse's, named in a phrase on its object.
		return "", ""
	}
	if cls == "" {
		if v.unknownVerbJustAfter(to) {
			return "", "" // "climbed to eleven after divers on Thursday found two more": the finding's day
		}
		return v.incidentSubject(from)
	}
	return cls, noun
}

// countedFromAnother: the date's words count a day from another one
// ("two days after Tuesday", "a week before Sunday"), so that the day is
// not that other day's event's own.
func (v *sentenceView) countedFromAnother(from, to int) bool {
	for k := from; k < to; k++ {
		if w := v.ws[k].Lower; w == "after" || w == "before" {
			return k > from
		}
	}
	return false
}

// pastPossessor is where a subject starts past a possessor that opens it
// ("Ola Brenn's", "the minister's"): the noun after the possessive heads
// the subject. start itself when no possessive comes within four words.
func (v *sentenceView) pastPossessor(start, from int) int {
	for k := start; k < from && k <= start+3; k++ {
		if v.ws[k].possessive() || v.pluralPossessive(k) {
			return k + 1
		}
	}
	return start
}

// pluralPossessive: word k is a plural with its apostrophe after it
// ("the hostages' release"), which the words leave out.
func (v *sentenceView) pluralPossessive(k int) bool {
	rest := v.a.Doc.Text[v.ws[k].End:]
	return strings.HasSuffix(v.ws[k].Lower, "s") && (strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’"))
}

// eventSubjectDated reads a day that closes its clause's subject, right
// before the clause's verb, as the day of the event the subject names:
// "the loss of the barge last Monday angered the crew", "the
// capsizing of the ferry on Friday shocked the island". A subject that
// names no event ("the government on Monday ordered an inquiry") leaves
// the day to the verb.
func (v *sentenceView) eventSubjectDated(from, to int) (string, string) {
	if to >= len(v.ws) || !v.isFiniteVerbAt(to) {
		return "", ""
	}
	start, _ := v.clauseOf(from)
	start = v.pastPossessor(start, from) // "Ola Brenn's arrest on Sunday", "the minister's resignation"
	for j := start; j < from && j <= start+2; j++ {
		if v.tag(j) == "DT" || v.tag(j) == "PRP$" || strings.HasPrefix(v.tag(j), "JJ") {
			continue
		}
		if t := v.tag(j); !strings.HasPrefix(t, "NN") && t != "VBG" {
			return "", ""
		}
		w := v.ws[j].Lower
		if cls := cmp.Or(eventOfWord(dateEventClass, w), eventOfWord(eventClass, w)); cls != "" && !v.ws[j].Capital && !v.verbBetween(j, from) {
			return cls, w // not "the lockout that began on Monday has idled the port": that day is the beginning's
		}
		return "", ""
	}
	return "", ""
}

// participleOfPhrase is the participle that opens the comma-set phrase
// the date at from stands in, right after a noun it describes ("the
// pipeline, laid in 1978, ..."): -1 when the date stands in no such
// phrase.
func (v *sentenceView) participleOfPhrase(from int) int {
	for k := from - 1; k >= 1 && k >= from-4; k-- {
		if v.ws[k].Lower != "," {
			continue
		}
		at := k + 1
		if at < from && (v.tag(at) == "VBN" || v.tag(at) == "VBD" && strings.HasSuffix(v.ws[at].Lower, "ed")) && strings.HasPrefix(v.tag(k-1), "NN") {
			return at
		}
		return -1
	}
	return -1
}

// batchInClause is the figure of one batch of what the event befell
// that the clause of the date counts ("the final two hostages", "four of
// whom", "the first 30 passengers"): the day is that batch's, when
// events come in batches. "" when the clause counts no batch.
func (v *sentenceView) batchInClause(from int) string {
	start, end := v.clauseOf(from)
	start, end = max(start, from-nearWords), min(end, from+nearWords)
	for k := start; k < end; k++ {
		if v.tag(k) != "CD" || k >= from && k < from+3 {
			continue
		}
		if v.isBatch(k) || k+2 < len(v.ws) && v.ws[k+1].Lower == "of" && (v.ws[k+2].Lower == "whom" || v.ws[k+2].Lower == "them") {
			return v.ws[k].Lower
		}
	}
	return ""
}

// personUndergoes: the clause of the date at from opens with a personal
// pronoun or a person's name, so that a verb of suspending or closing in
// it befalls a person ("He was suspended in 2022", "Kern was suspended on
// Monday").
func (v *sentenceView) personUndergoes(from int) bool {
	start, _ := v.clauseOf(from)
	switch v.ws[start].Lower {
	case "he", "she":
		return true
	}
	for _, n := range v.names {
		if n.Person && n.Start == v.ws[start].Start {
			return true
		}
	}
	return false
}

// closedAtLevel: a verb of closing or ending before the date in its
// clause takes a figure or a direction at once ("closed 2.1% higher",
// "ended down", "finished 40 points lower"): a price or an index at the
// day's end, no closure.
func (v *sentenceView) closedAtLevel(from int) bool {
	start, _ := v.clauseOf(from)
	for k := from - 1; k > max(start, from-nearWords); k-- {
		if w := v.ws[k].Lower; w != "closed" && w != "ended" && w != "finished" || k+1 >= from {
			continue
		}
		switch next := v.ws[k+1].Lower; {
		case v.tag(k+1) == "CD":
			return true
		case next == "higher" || next == "lower" || next == "up" || next == "down" || next == "flat" || next == "unchanged":
			return true
		}
	}
	return false
}

// incidentSubject reads the nearest finite verb before the date in its
// clause, however far back: a verb the lexicons know dates its event ("A
// cargo plane crashed in fog about 1.2 kilometres short of the runway at
// the airport late on Sunday"); a verb they do not know dates its
// subject when that is a sudden event ("An explosion tore through the
// depot shortly before 6:40 a.m. on Monday", "the blast, which ripped
// open the building on Tuesday morning"). Events that go on for days
// ("the strike closed schools on Tuesday") are not dated by their
// subject.
func (v *sentenceView) incidentSubject(from int) (string, string) {
	start, _ := v.looseClauseOf(from)
	for k := from - 1; k > start; k-- {
		if isClauseBreak(v.ws[k]) && v.ws[k].Lower != "," {
			break
		}
		w := v.ws[k].Lower
		if !v.finitePast(k) || auxiliaries[w] || statementActs[w] || attributes(w) {
			continue
		}
		subject := k - 1
		if s := v.ws[subject].Lower; s == "which" || s == "that" {
			subject-- // "the blast, which ripped open ..."
			if subject >= 0 && v.ws[subject].Lower == "," {
				subject--
			}
		}
		if cls := eventOfWord(dateEventClass, w); cls != "" {
			if cls == "incident" && subject >= 0 && strings.HasPrefix(v.tag(subject), "NN") {
				// "the aftershock, which hit on Monday": a verb of
				// striking dates its subject, an event of its own kind.
				if own := eventOfWord(dateEventClass, v.ws[subject].Lower); own != "" && own != "incident" {
					return own, v.ws[subject].Lower
				}
			}
			return cls, w
		}
		if subject >= 0 && strings.HasPrefix(v.tag(subject), "NN") && eventOfWord(dateEventClass, v.ws[subject].Lower) == "incident" {
			return "incident", v.ws[subject].Lower
		}
		return "", ""
	}
	return "", ""
}

// finitePast: word k is a verb in the past or present after its subject
// ("tore", which the tagger may read as a noun, "crashed", "rips").
func (v *sentenceView) finitePast(k int) bool {
	switch t := v.tag(k); {
	case t == "VBD" || t == "VBZ":
		return true
	case t == "VBN":
		return k > 0 && strings.HasPrefix(v.tag(k-1), "NN") // "a cargo plane crashed": no auxiliary, so finite
	}
	_, irregular := mention.VerbBase(v.ws[k].Lower)
	return irregular && k > 0 && strings.HasPrefix(v.tag(k-1), "NN")
}

// adoptionVerbs decide a proposal put to a vote; proposalNouns name what
// is put to one. "Passed a motion" is the vote on it, whether or not the
// text says "vote"; a motion tabled or filed is not yet voted on.
var (
	adoptionVerbs = map[string]bool{"pass": true, "carry": true, "adopt": true, "approve": true, "reject": true, "defeat": true, "endorse": true}
	proposalNouns = map[string]bool{"motion": true, "resolution": true, "bill": true, "amendment": true, "censure": true}
)

// anyTenseForms are the bases w may be a form of, the third person of the
// present among them: timelines and headlines are written in the present
// ("— Strike ends", "Senate passes motion", "Council carries motion").
func anyTenseForms(w string) []string {
	forms := verbForms(w)
	if present, ok := strings.CutSuffix(w, "s"); ok {
		forms = append(forms, present, strings.TrimSuffix(present, "e"))
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		forms = append(forms, stem+"y")
	}
	return forms
}

// adoptsProposal: w is a verb of adoption in any form, the present of
// timeline entries among them ("Senate passes motion").
func adoptsProposal(w string) bool {
	return slices.ContainsFunc(anyTenseForms(w), func(f string) bool { return adoptionVerbs[f] || adoptionVerbs[lemmaOf(f)] })
}

// proposalInClause: the clause of the word at from names a proposal put
// to a vote.
func (v *sentenceView) proposalInClause(from int) bool {
	start, end := v.clauseOf(from)
	for j := start; j < end; j++ {
		if proposalNouns[stem(v.ws[j].Lower)] {
			return true
		}
	}
	return false
}

// occurrenceVerbs say that their subject happened and nothing more.
var occurrenceVerbs = map[string]bool{
	"struck": true, "hit": true, "happened": true, "occurred": true, "came": true,
	// verbs of impact say no more than that their subject, when it is an
	// event ("a hailstorm swept through the valley"), happened
	"swept": true, "tore": true, "ripped": true, "lashed": true, "battered": true, "pounded": true,
	"hammered": true, "slammed": true, "ravaged": true, "engulfed": true, "rocked": true,
	// "the by-election was held on Friday": it took place; a person held
	// is detained, which the subject, no event, tells
	"held": true,
}

// reachesLevel: the verb before word from takes a level for its object
// ("hit an all-time high", "struck a record low"): a figure reached, not
// a blow struck.
func (v *sentenceView) reachesLevel(verb string, from int) bool {
	k := from - 1
	for k >= 0 && v.ws[k].Lower != verb {
		k--
	}
	for j := k + 1; j > 0 && j < from && j <= k+4; j++ {
		if levelNouns[v.ws[j].Lower] {
			return true
		}
	}
	// "temperatures hit 41.7C on Saturday": a figure right after the verb
	// is the level it reached.
	return k >= 0 && k+1 < from && isFigureWord(v.ws[k+1])
}

// subjectEvent is the class of the event noun that is the subject of verb,
// the verb before word from: the nearest noun before the verb, in its
// clause, that names an event. "" when the subject names none.
func (v *sentenceView) subjectEvent(verb string, from int) (string, string) {
	k := from - 1
	for k >= 0 && v.ws[k].Lower != verb {
		k--
	}
	start, _ := v.clauseOf(max(k, 0))
	for j := k - 1; j >= start; j-- {
		if r := v.ws[j].Lower; (r == "which" || r == "that") && j == k-1 {
			// "the aftershock, which hit on Monday": the relative
			// pronoun stands for the noun the clause hangs on.
			a := j - 1
			if a >= 0 && v.ws[a].Lower == "," {
				a--
			}
			if a < 0 || !strings.HasPrefix(v.tag(a), "NN") {
				return "", ""
			}
			w := v.ws[a].Lower
			return cmp.Or(eventOfWord(dateEventClass, w), eventClass[stem(w)]), w
		}
		if !strings.HasPrefix(v.tag(j), "NN") {
			continue
		}
		w := v.ws[j].Lower
		if cls := eventOfWord(dateEventClass, w); cls != "" {
			return cls, w
		}
		if cls := eventClass[stem(w)]; cls != "" {
			return cls, w
		}
		return "", "" // the head of the subject names no event
	}
	return "", ""
}

// attributiveYear reads a year written before a noun, after a
// determiner ("a 2001 Bush policy change", "the 2019 election"): it gives
// the noun phrase's head. ok is false for a year elsewhere.
func (v *sentenceView) attributiveYear(from, to int) (string, bool) {
	if to-from != 1 || !isDigits(v.ws[from].Lower) || len(v.ws[from].Lower) != 4 {
		return "", false
	}
	if from == 0 || !determiners[v.ws[from-1].Lower] && !strings.HasSuffix(v.ws[from-1].Lower, "'s") {
		return "", false
	}
	head := ""
	for k := to; k < len(v.ws) && k < to+4; k++ {
		t := v.tag(k)
		if !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			break
		}
		if strings.HasPrefix(t, "NN") {
			head = v.ws[k].Lower
		}
	}
	return head, head != ""
}

// furtherRound: the clause of the date counts what its act took in as
// more than before ("35 more protesters", "another 35 people", "a
// further 35"): the day of one more round of a repeated act, not of the
// story's one event.
func (v *sentenceView) furtherRound(from int) bool {
	start, end := v.clauseOf(from)
	for k := start; k < end; k++ {
		if !isFigureWord(v.ws[k]) {
			continue
		}
		if k+1 < end && v.ws[k+1].Lower == "more" {
			return true
		}
		if k > start && (v.ws[k-1].Lower == "another" || v.ws[k-1].Lower == "further") {
			return true
		}
	}
	return false
}

// eventOfYearsAgo: a bare year two or more years before publication names
// the event noun it follows with "of" ("the great flood of 1952", "the
// mine collapse of 1974"): an event of the past the story recalls, not
// the story's own.
func (v *sentenceView) eventOfYearsAgo(from, to int) bool {
	if to-from != 1 || from < 2 || v.ws[from-1].Lower != "of" || !isDigits(v.ws[from].Lower) || len(v.ws[from].Lower) != 4 {
		return false
	}
	if eventClass[stem(v.ws[from-2].Lower)] == "" && dateEventClass[v.ws[from-2].Lower] == "" {
		return false
	}
	year, _ := strconv.Atoi(v.ws[from].Lower)
	p := v.a.Doc.Published
	return p != nil && p.Year()-year >= 2
}

// hosts: word j is "held" or "hold" with an object that is a thing or an
// event ("held an event", "held talks"), not people ("held the men",
// "held hostage"): someone hosted something.
func hosts(ws []word, j int) bool {
	switch ws[j].Lower {
	case "held", "hold", "holds", "holding":
	default:
		return false
	}
	if heldEvent(ws, j) {
		return true // "the funeral is to be held on Sunday": the funeral takes place
	}
	k := j + 1
	if k < len(ws) && determiners[ws[k].Lower] {
		k++
	}
	if k >= len(ws) || isPeopleNoun(stem(ws[k].Lower)) || ws[k].Capital {
		return false
	}
	return k > j+1 || isEventWord(ws[k].Lower)
}

// heldEvent: word j is a passive "held" whose subject names an event
// ("the vote will be held", "talks were held"): the event takes place.
func heldEvent(ws []word, j int) bool {
	k := j - 1
	for k >= 0 && (auxiliaries[ws[k].Lower] || ws[k].Lower == "to" || ws[k].Lower == "be") {
		k--
	}
	return k < j-1 && k >= 0 && isEventWord(ws[k].Lower)
}

// nounInPhraseBefore: the nearest noun before word from is the object
// of a preposition ("of the collapse", "about the blast"), a phrase
// hanging on another word rather than the clause's own event.
func (v *sentenceView) nounInPhraseBefore(noun string, from int) bool {
	start, _ := v.clauseOf(from)
	for j := from - 1; j >= start; j-- {
		if v.ws[j].Lower != noun {
			continue
		}
		if v.isFiniteVerbAt(j + 1) {
			return false // "after fire swept through the home on Tuesday": the noun opens a clause, its verb's subject
		}
		k := j - 1
		if k >= start && determiners[v.ws[k].Lower] {
			k--
		}
		// A preposition right after a verb is its particle, and the noun
		// its object: "handed in her resignation on Monday".
		if k >= start && v.tag(k) == "IN" {
			return true
		}
		return v.fromPhraseAt(k, start)
	}
	return false
}

// fromPhraseAt: the words ending at k are "from" and the premodifiers of
// a noun ("from the canal flood"): what was taken from an event was taken
// after it, so the day is the taking's. Other prepositions keep a
// modified event's day ("lost a confidence vote on Monday").
func (v *sentenceView) fromPhraseAt(k, start int) bool {
	for k >= start && (strings.HasPrefix(v.tag(k), "NN") || strings.HasPrefix(v.tag(k), "JJ")) && !v.ws[k].isPunct() {
		k--
	}
	if k >= start && determiners[v.ws[k].Lower] {
		k--
	}
	return k >= start && v.ws[k].Lower == "from"
}

// maxAspectReach bounds the words between an aspect verb and the day its
// clause ends on: the governed verb's object and its place ("began
// releasing water from the reservoir late on Sunday").
const maxAspectReach = 10

// aspectComplement reads the verb an aspect verb governs before the date
// at from: "began to fall", "started rising". ok is false when verb is no
// aspect verb with a verb after it.
func (v *sentenceView) aspectComplement(verb string, from int) (string, bool) {
	if !sameVerb(verb, "begin") && !sameVerb(verb, "start") && verb != "began" && verb != "begun" && !sameVerb(verb, "continue") {
		return "", false
	}
	for k := from - 1; k >= 0 && k >= from-maxAspectReach; k-- {
		if isClauseBreak(v.ws[k]) {
			return "", false
		}
		if v.ws[k].Lower != verb {
			continue
		}
		switch {
		case k+2 < from && v.ws[k+1].Lower == "to":
			return v.ws[k+2].Lower, true // "began to fall"
		case k+1 < from && v.tag(k+1) == "VBG":
			return v.ws[k+1].Lower, true // "started rising"
		case k+1 < from && strings.HasPrefix(v.tag(k+1), "NN") && !isEventWord(v.ws[k+1].Lower):
			return v.ws[k+1].Lower, true // "began work": the start of the work
		}
		return "", false
	}
	return "", false
}

// deathAfterEvent: the word a date hangs on is a death its clause places
// after the event that caused it ("a firefighter died in hospital on
// Sunday", "later died of his injuries"): the day of that death, not of
// the event.
func (v *sentenceView) deathAfterEvent(word string, from int) bool {
	if !sameVerb(word, "die") && !sameVerb(word, "succumb") && word != "dies" { // "dies": a timeline's present
		return false
	}
	if v.tollRoseAfter(from) {
		return true // "the toll rose to 57 after a firefighter died on Thursday"
	}
	start, end := v.clauseOf(from)
	for j := start; j < end; j++ {
		if laterDeathCues[stem(v.ws[j].Lower)] {
			return true
		}
		if n, ok := ordinalValue(v.ws[j].Lower); ok && n > 1 && j > start && (isIndefinite(v.ws[j-1].Lower) || v.ws[j-1].Lower == "the") {
			return true // "a third patient died on Saturday", "the seventh victim": one more death, after the event's
		}
		if v.ws[j].Lower == "more" && j > start && isFigureWord(v.ws[j-1]) {
			return true // "two more workers died on Wednesday"
		}
	}
	return false
}

// entryTellsALaterDeath: the date labels a timeline entry whose main verb
// is a death told after the event ("Thursday: a woman rescued during the
// flood dies in hospital"): the entry dates that death, whatever event
// a phrase on its subject recalls.
func (v *sentenceView) entryTellsALaterDeath(from, to int) bool {
	entry, ok := v.timelineEntry(from, to)
	if !ok {
		return false
	}
	for j := entry; j < len(v.ws); j++ {
		if isClauseBreak(v.ws[j]) && v.ws[j].Lower != "," {
			return false
		}
		switch w := v.ws[j].Lower; w {
		case "dies", "died", "succumbs", "succumbed": // "dies" whatever the tagger reads it as
			return v.deathAfterEvent(w, j)
		}
	}
	return false
}

// isIndefinite: an article that introduces something not yet told of.
func isIndefinite(w string) bool { return w == "a" || w == "an" }

// laterDeathCues place a death after the event that caused it.
var laterDeathCues = map[string]bool{
	"hospital": true, "injury": true, "wound": true, "later": true, "subsequently": true,
	"ventilator": true, "critical": true, "intensive": true,
	// any place of care
	"infirmary": true, "hospice": true, "clinic": true, "ward": true, "burn": true, "trauma": true,
}

// tollRoseAfter: the death at from is told in an "after" clause of a
// toll that rose ("the toll rose to 57 after a firefighter died"): a
// death that moved the count, after the event that began it.
func (v *sentenceView) tollRoseAfter(from int) bool {
	for j := from - 1; j > 0; j-- {
		if v.ws[j].Lower != "after" {
			continue
		}
		for k := j - 1; k >= 0; k-- {
			if w := v.ws[k].Lower; w == "toll" || w == "rose" || w == "risen" || w == "climbed" {
				return true
			}
		}
		return false
	}
	return false
}

// nounBefore: the word noun stands before word from in its clause.
func (v *sentenceView) nounBefore(noun string, from int) bool {
	start, _ := v.clauseOf(from)
	for j := start; j < from; j++ {
		if v.ws[j].Lower == noun {
			return true
		}
	}
	return false
}

// unknownVerbJustBefore: the date stands right after a verb no event
// lexicon knows ("offered on Wednesday to host talks"), whose adverb it
// is.
func (v *sentenceView) unknownVerbJustBefore(from int) bool {
	if from == 0 || !v.isFiniteVerbAt(from-1) {
		return false
	}
	w := v.ws[from-1].Lower
	return !auxiliaries[w] && eventOfWord(dateEventClass, w) == "" && eventOfWord(eventClass, w) == "" && !occurrenceVerbs[w]
}

// unknownVerbJustAfter: the date stands between a subject and its finite
// verb ("divers on Thursday found"), and no event lexicon knows the verb.
func (v *sentenceView) unknownVerbJustAfter(to int) bool {
	if to >= len(v.ws) || !v.isFiniteVerbAt(to) {
		return false
	}
	return v.unknownVerbJustBefore(to + 1)
}

// unknownVerbBefore: the nearest verb before word from in its clause is
// a past verb that no event lexicon knows.
func (v *sentenceView) unknownVerbBefore(from int) bool {
	start, _ := v.clauseOf(from)
	for j := from - 1; j >= start; j-- {
		t := v.tag(j)
		if t != "VBD" && !(t == "VBN" && j > start && auxiliaries[v.ws[j-1].Lower]) {
			continue // a past verb, or a passive's participle ("were recovered")
		}
		w := v.ws[j].Lower
		return !auxiliaries[w] && !authorityActs[w] && eventOfWord(dateEventClass, w) == "" && eventOfWord(eventClass, w) == ""
	}
	return false
}

// eventOfWord looks a word up in an event lexicon as itself, as a plural
// and as any inflection of a verb there ("exchanged" finds "exchange").
func eventOfWord(lexicon map[string]string, w string) string {
	if notEventForms[w] {
		return ""
	}
	if cls := lexicon[w]; cls != "" {
		return cls
	}
	if cls := lexicon[stem(w)]; cls != "" {
		return cls
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) && !timePrefixes[w[:i]] {
		// "by-election", "run-off vote": the compound's last part names
		// its kind; "pre-election" is a time before one.
		if cls := cmp.Or(lexicon[w[i+1:]], lexicon[stem(w[i+1:])]); cls != "" {
			return cls
		}
	}
	for _, base := range verbBases(w) {
		if cls := lexicon[base]; cls != "" {
			return cls
		}
	}
	return ""
}

// notEventForms share a stem with an event word and name no such event:
// a fire breaks out, but a person, a shot or a kiln is fired; a quake
// shakes, but news shocks.
var notEventForms = map[string]bool{"fired": true, "shocked": true, "shocking": true}

// timePrefixes put a compound before or after its event, or against it.
var timePrefixes = map[string]bool{"pre": true, "post": true, "anti": true, "non": true, "after": true}

// datingWord is the event class a word (or two) of dating names.
func datingWord(ws []word, j int) string {
	w := ws[j]
	cls := ""
	if j+1 < len(ws) {
		cls = datePhrases[[2]string{w.Lower, ws[j+1].Lower}]
	}
	if cls == "" && j > 0 {
		// The second word of a phrase is read with its first: the
		// "fire" of "opened fire" is gunfire, not a blaze.
		cls = datePhrases[[2]string{ws[j-1].Lower, w.Lower}]
	}
	if cls == "" {
		cls = dateEventClass[stem(w.Lower)]
	}
	if cls == "" {
		cls = dateEventClass[w.Lower]
	}
	return cls
}

// datingNoun is datingWord for a word that heads its phrase: an event
// noun that modifies another noun names people or things, not an event
// ("fire crews were sent on Saturday", "blast survivors", "the fire
// investigation unit").
func (v *sentenceView) datingNoun(ws []word, j int) string {
	if v.namesAgent(j) || strings.HasPrefix(v.tag(j), "NN") && v.tag(j+1) == "NNS" {
		return ""
	}
	if t := v.tag(j); (t == "JJ" || t == "VBN") && strings.HasPrefix(v.tag(j+1), "NN") {
		return "" // "the stolen van was found on Tuesday": a state of the van, not the day's event
	}
	if j > 0 && timeUnitWords[stem(ws[j-1].Lower)] {
		return "" // "dug out on Wednesday, after two days trapped": the state the length measured
	}
	return datingWord(ws, j)
}

// nearestDated finds the event word nearest a date in its clause, by
// classOf, looking back first.
func (v *sentenceView) nearestDated(from, to int, classOf func([]word, int) string) (string, string) {
	best, bestDist, noun := "", 1<<30, ""
	// Only words within 14 before or 7 after can be near enough (see the
	// distance below); looking no further keeps a long sentence linear.
	for j := max(0, from-14); j < min(len(v.ws), to+7); j++ {
		w := v.ws[j]
		if j >= from && j < to || v.crossesClause(j, from) || v.subordinateBetween(j, from) || v.timeOfDayBefore(j, from) {
			continue
		}
		cls := classOf(v.ws, j)
		if cls == "" || v.isProperNoun(j) || (j > to || j < from) && v.datedByPossessive(j) {
			// "recovered two bodies on Sunday from Saturday's landslide",
			// "began a recount of Sunday's election on Tuesday": the noun
			// has its own day, and the other day is the verb's.
			continue
		}
		dist := from - j
		if j >= to {
			dist = (j - to + 1) * 2
		}
		if dist > 0 && dist < bestDist {
			best, bestDist, noun = cls, dist, w.Lower
		}
	}
	if bestDist > 14 {
		return "", ""
	}
	return best, noun
}

// datedByPossessive: the noun at j carries a day of its own in a
// possessive before it ("Saturday's landslide").
func (v *sentenceView) datedByPossessive(j int) bool {
	k := j - 1
	for k > 0 && j-k <= 3 && (strings.HasPrefix(v.tag(k), "JJ") || strings.HasPrefix(v.tag(k), "NN") && !strings.HasSuffix(v.ws[k].Lower, "'s")) {
		k-- // "Saturday's deadly landslide", "Sunday's governor election"
	}
	if k < 0 {
		return false
	}
	if v.ws[k].Lower == "'s" || v.ws[k].Lower == "’s" {
		return v.dateEndsAt(k)
	}
	return (strings.HasSuffix(v.ws[k].Lower, "'s") || strings.HasSuffix(v.ws[k].Lower, "’s")) && v.dateStartsAt(k)
}

// subordinateBetween: a clause brought in by "before", "after", "until"
// or "once", or a relative clause, lies between words i and j, holding
// one and not the other:
// "an offer made in January before the strike began" dates the offer,
// not the start. (A length is another matter: "it was three hours before
// the last passenger was freed" measures up to the clause.)
func (v *sentenceView) subordinateBetween(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i + 1; k <= j && k < len(v.ws); k++ {
		switch v.ws[k].Lower {
		case "before", "after", "until", "once", "as", "while", "because", "although", "though":
			// "were remanded on 9 April, as detectives announced the
			// arrest of another suspect": the other clause's event. A
			// "when" after a day tells what happened on it ("since
			// June 2, when the walkout began").
			if v.clauseFollows(k + 1) {
				return true
			}
		case "that", "which", "who":
			// "detained the owner of a trawler that sank off the cape on
			// Saturday": the relative clause holds its own day.
			if k+1 < len(v.ws) && (v.isFiniteVerbAt(k+1) || v.clauseFollows(k+1)) {
				return true
			}
		}
	}
	return false
}

// clauseFollows: a subject and its finite verb start at word j ("the
// strike began", "talks had ended"), as after a subordinating word.
func (v *sentenceView) clauseFollows(j int) bool {
	for k := j; k < len(v.ws) && k <= j+4; k++ {
		if isClauseBreak(v.ws[k]) {
			return false
		}
		if v.isFiniteVerbAt(k) {
			return k > j
		}
	}
	return false
}

// timeOfDayBefore reports word j as a part of the date at from that says
// when in the day: "late on Tuesday", "early Monday" (not a delay).
func (v *sentenceView) timeOfDayBefore(j, from int) bool {
	switch v.ws[j].Lower {
	case "late", "early":
	default:
		return false
	}
	if j > 0 && v.lengthEndsAt(v.ws[j-1].End) {
		return false // "two hours late on Tuesday": the delay itself
	}
	return j == from-1 || j == from-2 && (v.ws[from-1].Lower == "on" || v.ws[from-1].Lower == "in")
}

// partOfDayAt reports word j as "late" or "early" opening a date ("late
// on Thursday", "early Monday") or a part of the day ("in the late
// afternoon"): a time of the day, not a delay, as timeOfDayBefore reads
// it for the date that follows.
func (v *sentenceView) partOfDayAt(j int) bool {
	if w := v.ws[j].Lower; (w == "late" || w == "early") && j+1 < len(v.ws) && dayParts[v.ws[j+1].Lower] {
		return true // "in the late afternoon", "early morning"
	}
	for from := j + 1; from < len(v.ws) && from <= j+2; from++ {
		if v.inMentionWhere(v.ws[from].Start, func(m *mention.Mention) bool {
			return m.Type == mention.TypeDate && m.Start == v.ws[from].Start
		}) {
			return v.timeOfDayBefore(j, from)
		}
	}
	return false
}

// lengthEndsAt reports a length mention of the sentence ending at offset end.
func (v *sentenceView) lengthEndsAt(end int) bool {
	for _, i := range v.s.Mentions {
		if m := &v.a.Mentions[i]; m.Duration != nil && m.End == end {
			return true
		}
	}
	return false
}

// eventLabel names a dated event for messages: the noun when the text
// used one ("the call"), else its class ("capsizing", not "rolled").
func eventLabel(cls, noun string) string {
	if thing, ok := strings.CutPrefix(cls, "outbreak-"); ok {
		return "start of the " + cmp.Or(classLabels[thing], thing) // "start of the strike"
	}
	if thing, ok := strings.CutPrefix(cls, "order-"); ok {
		return "order for the " + cmp.Or(classLabels[thing], thing) // "order for the closure"
	}
	if eventNouns[stem(noun)] || genericEvents[stem(noun)] || labelNouns[stem(noun)] {
		return noun
	}
	if label, ok := classLabels[cls]; ok {
		return label
	}
	return cls
}

// labelNouns are event nouns good enough to name an event in a message.
var labelNouns = map[string]bool{
	"conversation": true, "talk": true, "negotiation": true, "handover": true, "outage": true,
	"rescue": true, "search": true, "siege": true, "standoff": true, "riot": true, "delay": true,
	"closure": true, "pause": true, "moratorium": true, "ceasefire": true, "truce": true, "strike": true,
	"walkout": true, "flight": true, "journey": true, "trial": true, "hearing": true, "operation": true,
	"evacuation": true, "leak": true, "blackout": true, "shutdown": true, "raid": true, "lockdown": true,
}

var classLabels = map[string]string{
	"capsize": "capsizing", "detection": "detection", "release": "release", "kidnapping": "kidnapping",
	"outbreak": "start", "incident": "incident", "rate-rise": "rate rise", "rate-cut": "rate cut",
	"election": "vote", "signing": "signing", "agreement": "agreement", "resignation": "resignation",
	"appointment": "appointment", "landfall": "landfall", "restoration": "restoration", "arrest": "arrest",
	"charge": "charge", "call": "call", "meeting": "meeting", "departure": "departure", "held": "event",
	"disappearance": "disappearance", "shaking": "shaking", "captivity": "captivity", "war": "war",
	"closure": "closure", "stay": "time inside", servedClass: "term served",
}

// eventClassOfDate maps a dated event class to the class used for
// participants, so "spoke on Tuesday" finds the call's antecedent.
func eventClassOfDate(cls string) string {
	if cls == "call" || cls == "meeting" {
		return cls
	}
	return "date:" + cls
}

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// DayRange gives the first and last day a date covers, in days since
// 1970-01-01.
func DayRange(d *mention.Date) (float64, float64, bool) {
	switch {
	case d.Day != "":
		t, err := time.Parse("2006-01-02", d.Day)
		if err != nil {
			return 0, 0, false
		}
		n := days(t)
		return n, n, true
	case d.Month != "":
		t, err := time.Parse("2006-01", d.Month)
		if err != nil {
			return 0, 0, false
		}
		return days(t), days(t.AddDate(0, 1, -1)), true
	case d.Year != 0:
		t := time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
		return days(t), days(t.AddDate(1, 0, -1)), true
	}
	return 0, 0, false
}

func days(t time.Time) float64 { return float64(t.Sub(epoch) / (24 * time.Hour)) }

// widenHedged loosens "nearly three years ago": a hedged distance back
// from publication is only as precise as a fifth of that distance.
func widenHedged(m mention.Mention, lo, hi float64, published *time.Time) (float64, float64) {
	text := strings.ToLower(m.Text)
	if !strings.Contains(text, "ago") || published == nil {
		return lo, hi
	}
	// Decades are counted in round figures: "four decades ago" is not
	// one year.
	for _, h := range []string{"nearly", "almost", "about", "around", "roughly", "more than", "over", "some", "just under", "just over", "decade"} {
		if strings.Contains(text, h) {
			back := days(*published) - lo
			slack := back / 5
			return lo - slack, hi + slack
		}
	}
	return lo, hi
}

func dateString(d *mention.Date) string {
	switch {
	case d.Day != "":
		return d.Day
	case d.Month != "":
		return d.Month
	case d.Year != 0:
		return fmt.Sprint(d.Year)
	}
	return ""
}

func dateDisplay(d *mention.Date) string {
	if d.Day != "" {
		if t, err := time.Parse("2006-01-02", d.Day); err == nil {
			return t.Format("Mon 2 Jan 2006")
		}
	}
	return dateString(d)
}

// weekdayAsKind: a bare weekday written before a noun that is no part
// of a day ("restoring Sunday hours", "Saturday classes", "an end to
// Sunday trading"): it names every such day, not one date. "Sunday
// night" and "Monday's vote" are one day.
func (v *sentenceView) weekdayAsKind(m mention.Mention, from, to int) bool {
	if to-from != 1 || WeekdayIn(m.Text) == "" || to >= len(v.ws) || from > 0 && v.tag(from-1) == "IN" {
		return false
	}
	next := v.ws[to]
	return strings.HasPrefix(v.tag(to), "NN") && !next.Capital && !dayParts[next.Lower] && !next.possessive() && v.possessiveDateEnd(to) == 0
}

// dayParts name a stretch of one day ("Sunday night", "Friday morning").
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "lunchtime": true, "midday": true, "dawn": true, "daybreak": true, "noon": true, "overnight": true}

func (v *sentenceView) isStatementDate(m mention.Mention) bool {
	if v.possessiveDate(m) {
		return false // "said Monday's siege ended": the day is the siege's
	}
	from, to := mentionWords(v.ws, m)
	if v.publishesResults(from, to) {
		return false
	}
	for j := from - 1; j >= 0 && j >= from-4; j-- {
		w := v.ws[j].Lower
		if attributes(w) && j >= from-3 && !isPassive(v.ws, j) && !v.actOnEvent(w, from) || statementNouns[stem(w)] {
			return true
		}
		if isClauseBreak(v.ws[j]) {
			break
		}
	}
	verb := v.governingVerb(from, to)
	return statementActs[verb] && !v.reportedVerbBefore(from, verb) && !v.actOnEvent(verb, from) && !v.eventReported(from, verb)
}

// eventReported: the verb is a passive of reporting whose subject is an
// event ("hail is first reported over Tarrow", "flooding was reported on
// the embankment on Tuesday"): no one speaks; the event was seen then.
func (v *sentenceView) eventReported(from int, verb string) bool {
	if verb != "reported" {
		return false
	}
	at := v.nearestWord(from, verb)
	k := at - 1
	for k >= 0 && v.tag(k) == "RB" {
		k--
	}
	if k < 1 || !beForms[v.ws[k].Lower] {
		return false
	}
	subject := v.ws[k-1].Lower
	return strings.HasPrefix(v.tag(k-1), "NN") && (eventOfWord(dateEventClass, subject) != "" || eventOfWord(eventClass, subject) != "")
}

// publishesResults: the day's verb publishes a contest's or a count's
// results ("published the certified count on 3 June", "3 June:
// commission announces final results"): in elections and counts the
// release of the results is an event of its own, not a statement about
// one.
func (v *sentenceView) publishesResults(from, to int) bool {
	start, end := v.clauseOf(from)
	if from == start || from > 0 && isClauseBreak(v.ws[from-1]) {
		start = to // "3 June: commission publishes final results": the words after the day
		_, end = v.clauseOf(min(to+1, len(v.ws)-1))
	} else {
		end = from // "published the certified count on 3 June": the words before it
	}
	verb := false
	for k := start; k < end && k < len(v.ws); k++ {
		switch w := v.ws[k].Lower; {
		case publishingVerbs[actKey(w)] && strings.HasPrefix(v.tag(k), "VB"):
			verb = true
		case verb && resultNouns[stem(w)]:
			return true
		}
	}
	return false
}

// publishingVerbs make public; resultNouns are what a contest or a
// count ends in.
var (
	publishingVerbs = actKeys("publish announce declare release issue")
	resultNouns     = map[string]bool{"result": true, "count": true, "tally": true, "return": true}
)

// authorityActs are the verbs of saying that an authority acts by.
var authorityActs = map[string]bool{"ordered": true, "declared": true, "decreed": true}

// announcingActs make an event known for the first time ("announced the
// strike on 20 October"): the day of that one act, which the event
// itself need not share.
var announcingActs = map[string]bool{"announced": true}

// actOnEvent: the verb of authority before the date at from ("ordered",
// "declared") takes for its object an event ("ordered the closure of all
// schools on Tuesday"): an act the authority did that day, whose day
// dates the act, not a statement about it.
func (v *sentenceView) actOnEvent(verb string, from int) bool {
	if !authorityActs[verb] && !announcingActs[verb] {
		return false // "said on Friday", "confirmed the closure on Friday": the day of the telling
	}
	at := v.nearestWord(from, verb)
	if at < 0 || at >= from || at+2 >= len(v.ws) || v.tag(at+1) != "DT" {
		return false // "ordered that", "declared on Monday": no object
	}
	for k := at + 2; k < from && k <= at+4; k++ {
		// "declared a curfew", "declared a state of emergency"
		w := v.ws[k].Lower
		if cmp.Or(eventOfWord(dateEventClass, w), eventClass[stem(w)], datingWord(v.ws, k)) != "" {
			return true
		}
		if k > at+2 && v.ws[k-1].Lower != "of" && w != "of" {
			break
		}
	}
	return false
}

// reportedVerbBefore: between the speech verb and the date at from stands
// a verb of the reported clause, which the date is the day of ("said the
// recount would begin on Wednesday"), not the saying.
func (v *sentenceView) reportedVerbBefore(from int, speech string) bool {
	reported := false
	for j := from - 1; j >= 0 && j >= from-12 && !isClauseBreak(v.ws[j]); j-- {
		switch {
		case v.ws[j].Lower == speech:
			return reported
		case v.isMainVerbAt(j):
			reported = true
		}
	}
	return false
}

// possessiveDate reports a day written as the possessive of the noun after
// it ("Monday's siege"), which it dates whatever verb comes before.
func (v *sentenceView) possessiveDate(m mention.Mention) bool {
	_, to := mentionWords(v.ws, m)
	return to > 0 && strings.HasSuffix(v.ws[to-1].Lower, "'s")
}

// governingVerb is the verb a date hangs on: the nearest verb before it in
// its clause ("certified the result of the referendum on Tuesday"), or,
// for a date that opens its clause, the first one after ("On Thursday, the
// team rated the tornado EF3").
func (v *sentenceView) governingVerb(from, to int) string {
	for j := from - 1; j >= 0 && j >= from-12; j-- {
		if w := v.ws[j].Lower; isClauseBreak(v.ws[j]) || w == "when" || w == "which" || w == "that" || w == "who" {
			break // a relative clause holds its own day, whatever its verb
		}
		if isVerbLike(v.ws[j]) && v.tag(j) != "JJ" {
			return v.ws[j].Lower // "from the collapsed wing on Tuesday": an adjective governs nothing
		}
	}
	opens := from == 0 || isClauseBreak(v.ws[from-1]) || v.opensCoordinate(from)
	for j := to; opens && j < len(v.ws) && j < to+8; j++ {
		if j+1 < len(v.ws) && v.ws[j+1].Lower == "back" && strings.HasPrefix(v.tag(j), "VB") {
			return v.ws[j].Lower + " back" // "on Sunday the stewards hit back"
		}
		if isVerbLike(v.ws[j]) {
			return v.ws[j].Lower
		}
	}
	if to < len(v.ws) && v.isFiniteVerbAt(to) {
		// Between a subject and its verb the date is the verb's: "the
		// government on Monday ordered an inquiry into the collapse".
		return v.ws[to].Lower
	}
	return ""
}

// opensCoordinate: the date at from opens the second clause of a
// compound sentence (", and on Sunday the union hit back"), whose verb
// comes after it.
func (v *sentenceView) opensCoordinate(from int) bool {
	if from < 2 || !isClauseBreak(v.ws[from-2]) {
		return false
	}
	switch v.ws[from-1].Lower {
	case "and", "but", "then":
		return true
	}
	return false
}

// isMainVerbAt: the tagger reads word j as a verb that is not an
// auxiliary, so a date after it is its own ("said the recount would
// begin on Wednesday" dates the beginning, not the saying). A gerund is
// too often a noun ("the border crossing") to govern a date.
func (v *sentenceView) isMainVerbAt(j int) bool {
	return v.isVerbAt(j) && v.tag(j) != "VBG" && !auxiliaries[v.ws[j].Lower]
}

func isVerbLike(w word) bool {
	return !w.Capital && (strings.HasSuffix(w.Lower, "ed") && len(w.Lower) > 4 || attributes(w.Lower) || statementActs[w.Lower])
}

// statementActs are verbs of saying or assessing: a date they govern is
// the day of the statement, not of the event it is about.
var statementActs = map[string]bool{
	"said": true, "announced": true, "certified": true, "ratified": true, "rated": true, "classified": true,
	"assessed": true, "published": true, "reported": true, "declared": true, "disclosed": true,
	"revealed": true, "unveiled": true, "presented": true, "briefed": true, "told": true, "stated": true,
	"issued":   true,
	"surveyed": true, "estimated": true, "updated": true, "revised": true, "ordered": true,
	"launched": true, "promised": true, "pledged": true, "urged": true, "demanded": true, "vowed": true,
	"criticised": true, "criticized": true, "condemned": true, "visited": true, "toured": true,
	"complained": true, "praised": true, "thanked": true, "apologised": true, "apologized": true,
	// Replies are said too: "on Sunday the stewards hit back".
	"hit back": true, "fired back": true, "struck back": true, "responded": true, "countered": true,
	"retorted": true, "disputed": true, "denied": true,
}

// isPassive: "the first case was confirmed on 14 February" dates the
// confirmation itself, which is the event.
func isPassive(ws []word, j int) bool {
	if j == 0 {
		return false
	}
	switch ws[j-1].Lower {
	case "was", "were", "been", "being", "is", "are":
		return true
	}
	return false
}

var statementNouns = map[string]bool{
	"certified": true, "ratified": true, "published": true, "unveiled": true, "presented": true,
	"briefing": true, "conference": true, "statement": true, "interview": true, "announcement": true,
	"news": true, "readout": true, "communique": true, "post": true, "tweet": true,
}

// isDateline spots "KESSALY, March 13 (Agency) -": the day of writing.
// datelineDay gives the month and day an undated article's dateline
// names ("BRENNOCK, Jan. 29 (Agency) -") as "--01-29", or "" when it has
// none: the year is not written, but the day still orders its figures
// against other reports of the story.
func (a *Article) datelineDay() string {
	if a.datelineRead {
		return a.dateline
	}
	a.datelineRead = true
	for _, s := range a.Sentences {
		if s.Headline {
			continue
		}
		ws := splitWords(a.Doc.Text, s.Start, s.End)
		if len(ws) < 3 || strings.ToUpper(ws[0].Text) != ws[0].Text || ws[0].isPunct() {
			return ""
		}
		for i := 1; i+1 < len(ws) && i < 5; i++ {
			month := monthNumber(ws[i].Lower)
			day, err := strconv.Atoi(ws[i+1].Lower)
			if month > 0 && err == nil && day >= 1 && day <= 31 && ws[i-1].Lower == "," {
				a.dateline = fmt.Sprintf("--%02d-%02d", month, day)
				return a.dateline
			}
		}
		return ""
	}
	return ""
}

// entryClock is a time that opens a block: a live-blog entry's stamp
// ("21:50", "9.15am", "4:05 p.m.", "Saturday, 21:10"), with the weekday
// of the entry when the blog runs over several days.
var entryClock = regexp.MustCompile(`^(?i:(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\b\.?)?(?:[^\w]|$)`)

// minEntries is how many stamped blocks make an article a live blog: one
// paragraph that opens with a time is not.
const minEntries = 2

// entryTime is when the live-blog entry holding block b was written, on
// the article's publication day: the stamp of b or of the nearest stamped
// block before it. "" for an article that is no live blog, or a block
// before its first entry.
func (a *Article) entryTime(b int) string {
	if a.entryTimes == nil {
		a.entryTimes = a.readEntryTimes()
	}
	if b < 0 || b >= len(a.entryTimes) {
		return ""
	}
	return a.entryTimes[b]
}

func (a *Article) readEntryTimes() []string {
	out := make([]string, len(a.Doc.Blocks))
	pub := a.Doc.Published
	if pub == nil {
		return out
	}
	var stamps []time.Time
	var at []int
	for i, b := range a.Doc.Blocks {
		if t, ok := clockAt(a.Doc.Text[b.Start:min(b.End, b.Start+stampChars)], *pub); ok {
			stamps, at = append(stamps, t), append(at, i)
		}
	}
	if len(stamps) < minEntries {
		return out
	}
	acrossMidnight(stamps, *pub)
	for k, i := range at {
		end := len(out)
		if k+1 < len(at) {
			end = at[k+1]
		}
		for j := i; j < end; j++ {
			out[j] = stamps[k].UTC().Format("2006-01-02T15:04:05Z")
		}
	}
	return out
}

// acrossMidnight moves stamps that only give a time of day to the day
// they were written on. A page whose publication time has a time of day
// is read in its own order (inPageOrder). A page published on a day with
// no time says nothing of when it opened or was last updated: no entry is
// taken to be later than the day's start, and of the two readings,
// newest first or oldest first, the one whose entries span the shorter
// time is the page's.
func acrossMidnight(stamps []time.Time, pub time.Time) {
	if pub.Hour() != 0 || pub.Minute() != 0 || pub.Second() != 0 {
		inPageOrder(stamps, pub)
		return
	}
	newest := slices.Clone(stamps)
	settleDays(newest, pub, false)
	oldest := slices.Clone(stamps)
	settleDays(oldest, pub, true)
	if span(oldest) < span(newest) {
		copy(stamps, oldest)
		return
	}
	copy(stamps, newest)
}

// openingWindow is how long after its publication time a live page may
// still be written: a page is stamped when it opens or when it is
// updated, and its entries run on for some hours after.
const openingWindow = 6 * time.Hour

// inPageOrder dates the stamps of a page whose publication time has a
// time of day. They are read on the publication day in the order the
// page runs, newest first or oldest first (whichever spans less time),
// and a stamp that breaks that order crossed midnight. The run
// then moves back a day at a time until its first entry is no more than
// openingWindow after publication, which is when the page opened or was
// last updated: "21:30", "23:10", "00:10" published at 01:00 were
// written across the midnight before; "07:10", "12:40", "00:20"
// published at 06:30 run on from that morning.
func inPageOrder(stamps []time.Time, pub time.Time) {
	oldestFirst := slices.Clone(stamps)
	for k := 1; k < len(oldestFirst); k++ {
		for oldestFirst[k].Before(oldestFirst[k-1]) {
			oldestFirst[k] = oldestFirst[k].AddDate(0, 0, 1) // an entry after midnight
		}
	}
	newestFirst := slices.Clone(stamps)
	for k := 1; k < len(newestFirst); k++ {
		for newestFirst[k].After(newestFirst[k-1]) {
			newestFirst[k] = newestFirst[k].AddDate(0, 0, -1) // an entry before midnight
		}
	}
	if span(newestFirst) < span(oldestFirst) {
		copy(stamps, newestFirst)
	} else {
		copy(stamps, oldestFirst)
	}
	first := slices.MinFunc(stamps, func(x, y time.Time) int { return x.Compare(y) })
	for first.Sub(pub) > openingWindow {
		for k := range stamps {
			stamps[k] = stamps[k].AddDate(0, 0, -1)
		}
		first = first.AddDate(0, 0, -1)
	}
}

// settleDays walks the stamps from the newest, which is not after pub,
// moving each earlier entry back a day until it is not after the one
// written next.
func settleDays(stamps []time.Time, pub time.Time, oldestFirst bool) {
	order := make([]int, len(stamps))
	for k := range order {
		order[k] = k
	}
	if oldestFirst {
		slices.Reverse(order)
	}
	for n, k := range order {
		limit := pub
		if n > 0 {
			limit = stamps[order[n-1]]
		}
		for stamps[k].After(limit) {
			stamps[k] = stamps[k].AddDate(0, 0, -1)
		}
	}
}

func span(stamps []time.Time) time.Duration {
	lo, hi := stamps[0], stamps[0]
	for _, t := range stamps {
		if t.Before(lo) {
			lo = t
		}
		if t.After(hi) {
			hi = t
		}
	}
	return hi.Sub(lo)
}

// clockAt reads a time that opens text, on the day of pub in pub's zone.
func clockAt(text string, pub time.Time) (time.Time, bool) {
	m := entryClock.FindStringSubmatch(text)
	if m == nil {
		return time.Time{}, false
	}
	hour, _ := strconv.Atoi(m[2])
	minute, _ := strconv.Atoi(m[3])
	switch half := strings.ToLower(m[4]); {
	case half == "p" && hour < 12:
		hour += 12
	case half == "a" && hour == 12:
		hour = 0
	}
	if hour > 23 || minute > 59 {
		return time.Time{}, false
	}
	day := pub
	if m[1] != "" {
		day = lastWeekdayBy(pub, strings.ToLower(m[1])) // "Saturday, 21:10" in a blog published on Monday
	}
	y, mo, d := day.Date()
	return time.Date(y, mo, d, hour, minute, 0, 0, pub.Location()), true
}

// lastWeekdayBy is the latest day named weekday on or before t.
func lastWeekdayBy(t time.Time, weekday string) time.Time {
	for back := 0; back < 7; back++ {
		if d := t.AddDate(0, 0, -back); strings.ToLower(d.Weekday().String()) == weekday {
			return d
		}
	}
	return t
}

// inEntryStamp reports a date mention that is the weekday of a live-blog
// entry's stamp ("**Saturday, 21:10**"): the time of the writing, not of
// an event.
func (v *sentenceView) inEntryStamp(m mention.Mention) bool {
	b := v.a.Doc.Blocks[v.s.Paragraph]
	if m.Start != b.Start || v.a.entryTime(v.s.Paragraph) == "" {
		return false
	}
	return entryClock.MatchString(v.a.Doc.Text[b.Start:min(b.End, b.Start+stampChars)])
}

// stampChars bounds the start of a block searched for an entry's stamp.
const stampChars = 32

func monthNumber(w string) int {
	w = strings.TrimSuffix(w, ".")
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if w == name || len(w) >= 3 && strings.HasPrefix(name, w) {
			return int(m)
		}
	}
	return 0
}

func (v *sentenceView) isDateline(m mention.Mention) bool {
	from, to := mentionWords(v.ws, m)
	if from > 4 || to >= len(v.ws) {
		return false
	}
	return v.ws[to].Lower == "(" || from > 0 && v.ws[from-1].Lower == "," && strings.ToUpper(v.ws[0].Text) == v.ws[0].Text
}

// timelineEntry reads a date that opens a line and is set off by a dash
// or a colon ("Monday afternoon, 14:05 — the strongest aftershock", "3
// March: the first strike"): the entry of a timeline, whose date is the
// date of what the entry names. ok is false for any other date; entry is
// the first word after the dash.
func (v *sentenceView) timelineEntry(from, to int) (int, bool) {
	for k := 0; k < from; k++ {
		if isWordLike(v.ws[k].Lower) {
			return 0, false // "On Monday —": a clause's date, not an entry's
		}
	}
	for k := to; k < len(v.ws) && k < to+maxEntryDateWords; k++ {
		switch w := v.ws[k].Lower; {
		case w == "—" || w == "–" || w == "-":
			return k + 1, true
		case w == ":" && (k+1 >= len(v.ws) || !isDigits(v.ws[k+1].Lower)):
			return k + 1, true
		case w == "," || w == ":" || isDigits(w) || strings.Contains(w, ":") || timesOfDay[w] || clockWords[w]:
			// "Monday afternoon, 14:05 —", "September 16, about 11:40 p.m. —"
		default:
			return 0, false
		}
	}
	return 0, false
}

// entryEvent is the first event a timeline entry names, within its first
// phrase: "— the strongest aftershock yet, which toppled" is the
// aftershock's entry, not the toppling's.
func (v *sentenceView) entryEvent(entry int) (string, string) {
	for j := entry; j < len(v.ws) && j < entry+10; j++ {
		if w := v.ws[j].Lower; !isWordLike(w) {
			break
		}
		if cls := datingWord(v.ws, j); cls != "" {
			return cls, v.ws[j].Lower
		}
		if cls := eventClass[stem(v.ws[j].Lower)]; cls != "" {
			return cls, v.ws[j].Lower
		}
		if cls := datingVerbForm(v.ws[j].Lower); cls != "" {
			return cls, v.ws[j].Lower // "— six tank cars derail": entries are written in the present
		}
		if adoptsProposal(v.ws[j].Lower) && v.proposalInClause(j) {
			return VoteEvent, v.ws[j].Lower // "— Senate passes motion of no confidence"
		}
		if w := v.ws[j].Lower; len(w) == 4 && strings.HasSuffix(w, "ies") {
			if cls := datingVerbForm(w[:3] + "d"); cls != "" {
				return cls, w // "— Dies at his home, aged 88": the present of "died"
			}
		}
	}
	return "", ""
}

// datingVerbForms indexes the verbs of dateEventClass by every form that
// shares their base, so that "derail" and "derails" find "derailed".
var datingVerbForms = func() map[string]string {
	keys := make([]string, 0, len(dateEventClass))
	for k := range dateEventClass {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	index := map[string]string{}
	for _, k := range keys {
		for _, form := range verbForms(k) {
			if _, taken := index[form]; !taken {
				index[form] = dateEventClass[k]
			}
		}
	}
	return index
}()

// datingVerbForm is the class of a verb of dating in any of its forms.
func datingVerbForm(w string) string {
	for _, form := range verbForms(w) {
		if cls := datingVerbForms[form]; cls != "" {
			return cls
		}
	}
	return ""
}

// headingEvent is the event a dated heading of a timeline stands over:
// the first event named by the entries under it that open on a clock
// time ("- 19:42 — A crush at gate 14"), up to the next heading. A
// heading is a short block of its own with no full stop. "" when the
// sentence is no such heading or no entry under it names an event.
func (v *sentenceView) headingEvent() (string, string) {
	blocks := v.a.Doc.Blocks
	p := v.s.Paragraph
	if p < 0 || p+1 >= len(blocks) || len(v.ws) > maxHeadingWords {
		return "", ""
	}
	text := v.a.Doc.Text
	own := strings.TrimRight(text[blocks[p].Start:blocks[p].End], " *_\t")
	if v.s.Start > blocks[p].Start+4 || strings.HasSuffix(own, ".") {
		return "", "" // a heading is a block of its own, with no full stop
	}
	return v.clockEntriesEvent(p, -1)
}

// entryDayEvent is the event a day that opens a timeline entry dates
// when the entry's own clause names none ("- Monday, May 5, 5:50 p.m. —
// The weather service issues a warning"): the entries under it that open
// on a clock time alone fall on that day, until one opens on an earlier
// hour than the one before it (past midnight), so the first event they
// name is one of that day.
func (v *sentenceView) entryDayEvent(m mention.Mention) (string, string) {
	p := v.s.Paragraph
	blocks := v.a.Doc.Blocks
	if p < 0 || p >= len(blocks) || !v.a.listItem(p) {
		return "", ""
	}
	text := v.a.Doc.Text
	if strings.TrimLeft(text[blocks[p].Start:m.Start], "-*•· \t") != "" {
		return "", "" // the day must open the entry
	}
	after := strings.TrimLeft(text[m.End:blocks[p].End], ", ")
	return v.clockEntriesEvent(p, clockMinutes(after))
}

// clockEntriesEvent is the first event named by the list entries after
// block p that open on a clock time, up to the next heading or entry that
// opens on none, or on an hour earlier than the one before it (since
// from minutes past midnight; -1 when no hour is known). "" when none
// names an event.
func (v *sentenceView) clockEntriesEvent(p, since int) (string, string) {
	blocks := v.a.Doc.Blocks
	text := v.a.Doc.Text
	for b := p + 1; b < len(blocks) && b <= p+maxEntriesSearched; b++ {
		if blocks[b].Heading {
			return "", ""
		}
		line := strings.TrimLeft(text[blocks[b].Start:blocks[b].End], "-*•· \t")
		if !entryClock.MatchString(line) || !v.a.listItem(b) {
			// The entries end where a line opens on no clock time; a live
			// blog's stamped posts under a day's divider, written as
			// paragraphs, tell many events of that day, none of them the
			// heading's.
			return "", ""
		}
		at := clockMinutes(line)
		if since >= 0 && at >= 0 && at < since {
			return "", "" // "23:40 ... 02:10": the next day
		}
		since = at
		ws := splitWords(text, blocks[b].Start, blocks[b].End)
		for j := 0; j < len(ws) && j < maxEntryWords; j++ {
			w := ws[j].Lower
			if cls := cmp.Or(datingWord(ws, j), eventClass[stem(w)], datingVerbForm(w)); cls != "" {
				return cls, w
			}
		}
	}
	return "", ""
}

// clockMinutes reads the clock time a line opens on as minutes past
// midnight ("6:18 p.m." is 1098), -1 when it opens on none.
func clockMinutes(line string) int {
	m := entryClock.FindStringSubmatch(line)
	if m == nil {
		return -1
	}
	h, _ := strconv.Atoi(m[2])
	mins, _ := strconv.Atoi(m[3])
	switch strings.ToLower(m[4]) {
	case "p":
		if h < 12 {
			h += 12
		}
	case "a":
		if h == 12 {
			h = 0
		}
	}
	return h*60 + mins
}

// listItem: block b is written as an item of a list ("- 19:42 — ...").
func (a *Article) listItem(b int) bool {
	raw := a.Doc.Raw
	at := a.Doc.RawOffset(a.Doc.Blocks[b].Start)
	for at > 0 && raw[at-1] != '\n' {
		at--
	}
	line := strings.TrimLeft(string(raw[at:min(len(raw), at+4)]), " \t")
	return strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "•")
}

// Limits of a timeline under a heading: the heading's words, how many
// entries are read, and how far into each.
const (
	maxHeadingWords    = 10
	maxEntriesSearched = 6
	maxEntryWords      = 12
)

// maxEntryDateWords bounds the words of time between an entry's date and
// its dash: ", about 11:40 p.m. local time".
const maxEntryDateWords = 10

// clockWords go with a clock time ("about 11:40 p.m. local time").
var clockWords = map[string]bool{
	"about": true, "around": true, "approximately": true, "at": true, "shortly": true, "just": true,
	"before": true, "after": true, "am": true, "pm": true, "local": true, "time": true, "gmt": true, "utc": true,
	"a": true, "p": true, "m": true, // "p.m." comes as its letters
}

// timesOfDay are the words that say when in a day ("Monday afternoon").
var timesOfDay = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true,
	"noon": true, "midday": true, "midnight": true, "dawn": true,
}

// builtClaim is the year a thing was built ("the ferry, built in 1994"),
// which happens to it once: the thing's words key the claim, so two
// things built in different years never meet.
func (v *sentenceView) builtClaim(m mention.Mention, thing string, lo, hi float64) *Claim {
	name, kind, named := strings.Cut(thing, builtNameSep)
	if !named {
		kind = thing
	}
	c := v.base(KindDate, "date:built:"+kind, m.Start, m.End)
	c.Value = m.Value()
	c.Lo, c.Hi = Bound(lo), Bound(hi)
	c.Exact = lo == hi
	c.Display = dateDisplay(m.Date)
	c.Event = Event{Noun: "building of the " + strings.ReplaceAll(thing, builtNameSep, "-"), Date: dateString(m.Date), DateText: m.Text, Once: true}
	if named {
		// "the Quarnley Bridge" and "the bridge" may be one bridge; the
		// Quarnley and the Oxmoor bridges are two.
		c.Frame = &Frame{Holder: name}
	}
	return c
}

// builtThing reads the thing a year of building dates: "The ferry, built
// in 1994," and "the bridge was completed in 1968" give "ferry" and
// "bridge". The words before the head stay in the key ("old bridge"), so
// that "the old bridge" and "the new bridge" stay two things; "" when
// the year is not after a verb of building, or the thing is not named
// in the clause.
func (v *sentenceView) builtThing(from int) string {
	k := from - 1
	if k >= 0 && v.ws[k].Lower == "in" {
		k--
	}
	for gap := k; gap >= 0 && gap >= from-7 && k >= 0 && !buildingVerbs[v.ws[k].Lower]; gap-- {
		// "had been built at a Tarrow yard in 1979": a place between
		// the verb of making and its year.
		if isClauseBreak(v.ws[gap]) || v.isVerbAt(gap) && !buildingVerbs[v.ws[gap].Lower] {
			break
		}
		if buildingVerbs[v.ws[gap].Lower] && !openingVerbs[v.ws[gap].Lower] {
			k = gap
		}
	}
	if k < 0 || !buildingVerbs[v.ws[k].Lower] {
		return ""
	}
	if k == 0 {
		return v.fronted(from) // "Built in 2001, the Aurelia Bay is ..."
	}
	end := k - 1 // the thing's last word: before ", built" or "was built"
	if w := v.ws[end].Lower; (w == "which" || w == "that") && end > 0 {
		end-- // "the terminal, which opened in 1967"
		if v.ws[end].Lower == "," {
			end--
		}
		return v.nounPhraseEndingAt(end)
	}
	switch {
	case v.ws[end].Lower == ",":
		end--
	case auxiliaries[v.ws[end].Lower]:
		end--
		if end >= 0 && auxiliaries[v.ws[end].Lower] {
			end-- // "had been built"
		}
		if end >= 2 && v.isVerbAt(end) && (v.ws[end-1].Lower == "that" || v.ws[end-1].Lower == "which") {
			// "the tank that failed was installed in 1987": the relative
			// clause says which tank; the year is of its making.
			end -= 2
		}
	case openingVerbs[v.ws[k].Lower]:
		// "the old bridge opened in 1971": the verb's own subject, with
		// nothing between verb and date.
	default:
		return ""
	}
	return v.nounPhraseEndingAt(end)
}

// nounPhraseEndingAt is the lower-case words of the noun phrase whose head
// is word end, after its determiner or possessor, joined by hyphens: "the
// town's old bridge" gives "old-bridge". "" when word end is no noun.
func (v *sentenceView) nounPhraseEndingAt(end int) string {
	if end < 0 || !strings.HasPrefix(v.tag(end), "NN") {
		return ""
	}
	start := end
	for start > 0 && end-start < 3 {
		t := v.tag(start - 1)
		if !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") || strings.HasSuffix(v.ws[start-1].Lower, "'s") {
			break
		}
		start--
	}
	var words, name []string
	for i, w := range v.ws[start : end+1] {
		switch {
		case strings.ContainsAny(w.Lower, "0123456789"):
			// "the 80-centimetre pipeline": a measure, not which one
		case w.Capital && start+i < end:
			name = append(name, w.Lower) // "the Quarnley Bridge": which bridge
		default:
			words = append(words, w.Lower)
		}
	}
	if len(name) > 0 {
		return strings.Join(name, "-") + builtNameSep + strings.Join(words, "-")
	}
	return strings.Join(words, "-")
}

// builtNameSep parts the name of a built thing from its kind in the thing
// builtThing reads: "harcourt|bridge".
const builtNameSep = "|"

// fronted reads the subject after a participle phrase that opens the
// sentence: "Built in 2001, the Aurelia Bay is ..." gives "aurelia-bay".
func (v *sentenceView) fronted(from int) string {
	k := from
	for k < len(v.ws) && v.ws[k].Lower != "," {
		k++
	}
	k++
	if k < len(v.ws) && determiners[v.ws[k].Lower] {
		k++
	}
	end := k
	for end+1 < len(v.ws) && strings.HasPrefix(v.tag(end+1), "NN") {
		end++
	}
	if end >= len(v.ws) || !v.isFiniteVerbAt(end+1) {
		return ""
	}
	return v.nounPhraseEndingAt(end)
}

// buildingVerbs make a thing exist once: a year after one dates the
// thing's making.
var buildingVerbs = map[string]bool{
	"built": true, "constructed": true, "completed": true, "erected": true,
	"launched": true, "commissioned": true, "founded": true, "established": true,
	"opened": true, "finished": true, "inaugurated": true, "installed": true, "fitted": true, "laid": true,
}

// openedAt: the verb before the date at from (past "in") is one of
// opening.
func (v *sentenceView) openedAt(from int) bool {
	k := from - 1
	if k >= 0 && (v.ws[k].Lower == "in" || v.ws[k].Lower == "on") {
		k--
	}
	return k >= 0 && openingVerbs[v.ws[k].Lower]
}

// harmFollows: the clause of the day at word from is followed by a
// participle of harm done to people ("..., killing 17 people",
// "wounding two guards", "leaving 40 homeless"). News tells an incident
// that way whatever verb it takes ("plunged into a ravine", "gave way"),
// so the day is the incident's. The harm must fall on people or a count
// of them: "hurting exporters" or "killing the plan" is no incident.
func (v *sentenceView) harmFollows(from int) bool {
	_, end := v.clauseOf(from)
	j := end
	for j < len(v.ws) && v.ws[j].Lower == "," {
		j++
	}
	if j == end || j >= len(v.ws) || !harmParticiple(v.ws[j].Lower) {
		return false
	}
	leaving := v.ws[j].Lower == "leaving" // "leaving 40 homeless", not "leaving the premier weak"
	for k := j + 1; k < len(v.ws) && k <= j+3; k++ {
		w := v.ws[k]
		if isClauseBreak(w) {
			return false
		}
		if isFigureWord(w) || !leaving && isPeopleNoun(stem(w.Lower)) {
			return true
		}
	}
	return false
}

// harmJoined: the clause of the day at word from is joined to a clause
// telling people killed or hurt, as the "when" of that clause ("nine
// people were killed when a coach left the road early on Saturday") or
// with "and" after it ("a coach plunged into a gorge on Saturday, and 17
// people were killed"). However the incident's own verb goes, the day
// is the incident's. A clause of its own after a full stop, or one of
// speech ("police said on Sunday"), joins nothing.
func (v *sentenceView) harmJoined(from int) bool {
	start, end := v.clauseOf(from)
	if start < len(v.ws) && v.ws[start].Lower == "when" && v.harmBetween(0, start) {
		return true
	}
	j := end
	for j < len(v.ws) && v.ws[j].Lower == "," {
		j++
	}
	return j < len(v.ws) && v.ws[j].Lower == "and" && v.harmBetween(j+1, min(j+8, len(v.ws)))
}

// harmBetween: words [from, to) hold a verb of harm whose subject is a
// count of people ("17 people were killed", "31 injured"); "nobody was
// hurt" counts no one.
func (v *sentenceView) harmBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if !harmVerb(v.ws[k].Lower) || v.tag(k) != "VBN" && v.tag(k) != "VBD" {
			continue
		}
		j := k - 1
		for j >= from && (auxiliaries[v.ws[j].Lower] || v.tag(j) == "RB") {
			j--
		}
		if j >= from && isPeopleNoun(stem(v.ws[j].Lower)) {
			j--
		}
		if j >= from && isFigureWord(v.ws[j]) {
			return true
		}
	}
	return false
}

// aftermathOfHarm: the day hangs on a verb that is no harm and no event
// of the lexicons, and the subject before that verb names people by a
// harm done to them ("those killed in the blast were named on Thursday",
// "the three who drowned were brought ashore on Friday"): a date
// adverbial dates its clause's main verb, not the verb of a relative
// clause that says who the subject is, so the day is a later act's.
func (v *sentenceView) aftermathOfHarm(from, to int) bool {
	j := v.actVerb(from, to)
	if j < 0 {
		j = v.gappedVerb(from)
	}
	if j < 1 || j >= from {
		return false
	}
	if w := v.ws[j].Lower; namesVictims(w) || eventOfWord(dateEventClass, w) != "" || eventOfWord(eventClass, w) != "" || occurrenceVerbs[w] {
		return false
	}
	start, _ := v.clauseOf(j)
	return v.subjectNamesVictims(max(1, start-1), j)
}

// subjectNamesVictims: the words from i up to the verb at j name people
// by a harm done to them, in a relative clause ("the three who
// drowned", "the men that died") or a participle after them ("those
// killed in the blast"), with no clause of time of its own between
// ("the miners trapped since the roof gave way").
func (v *sentenceView) subjectNamesVictims(i, j int) bool {
	for k := i; k < j; k++ {
		w := v.ws[k].Lower
		if !namesVictims(w) {
			continue
		}
		if v.timeClauseBetween(k, j) {
			return false
		}
		p := k - 1
		for p > 0 && auxiliaries[v.ws[p].Lower] {
			p-- // "who were killed"
		}
		switch prev := v.ws[p].Lower; {
		case prev == "who":
			return true
		case prev == "that" && (p < k-1 || harmedSubject[w]):
			return true // "the crew that were lost"; not "a fire that killed three"
		case p == k-1 && v.tag(k) == "VBN" && (prev == "those" || prev == "people" || strings.HasPrefix(v.tag(k-1), "NNS")):
			return true
		}
	}
	return false
}

// gappedVerb is the verb a verbless phrase after a comma borrows from
// the clause before it ("were recovered over the following days, the
// last of them on Saturday"): the last finite verb or participle before
// the comma; -1 when the phrase has a verb of its own or no comma
// opens it.
func (v *sentenceView) gappedVerb(from int) int {
	k := from - 1
	for ; k >= 0 && k >= from-nearWords && v.ws[k].Lower != ","; k-- {
		if v.isVerbAt(k) || isClauseBreak(v.ws[k]) {
			return -1
		}
	}
	if k < 0 || v.ws[k].Lower != "," {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-nearWords; j-- {
		if isClauseBreak(v.ws[j]) {
			return -1
		}
		if v.actTag(j) {
			return j
		}
	}
	return -1
}

// timeClauseBetween: a word that opens a clause of time or cause stands
// between words i and j, so j's verb has a subject of its own.
func (v *sentenceView) timeClauseBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch v.ws[k].Lower {
		case "since", "when", "after", "before", "until", "as", "because", "while", "once":
			return true
		}
	}
	return false
}

// harmedSubject are past forms whose subject is the one harmed.
var harmedSubject = map[string]bool{"died": true, "drowned": true, "perished": true}

// victimStates are past forms besides the verbs of harm that news names
// a group of victims by ("the men who drowned", "those trapped").
var victimStates = map[string]bool{"drowned": true, "perished": true, "crushed": true, "trapped": true, "missing": true}

// namesVictims: w tells a harm done to people.
func namesVictims(w string) bool { return harmVerb(w) || victimStates[w] }

// harmVerb: a past form of a verb of harm to people.
func harmVerb(w string) bool { return isHarm(w, harmLemmas) }

// harmLemmas are the verbs of harm done to people; "hurting" is said of
// anything ("hurting exporters"), so its participle is not among
// participleLemmas, which take "leaving" as in "leaving 40 homeless".
var (
	harmLemmas       = []string{"kill", "injure", "wound", "hurt", "maim", "die"}
	participleLemmas = []string{"kill", "injure", "wound", "maim", "leave"}
)

func isHarm(w string, lemmas []string) bool {
	for _, verb := range lemmas {
		if sameVerb(w, verb) {
			return true
		}
	}
	return false
}

// harmParticiple: the -ing form of a verb of harm to people, or
// "leaving" as in "leaving 40 homeless".
func harmParticiple(w string) bool {
	return strings.HasSuffix(w, "ing") && isHarm(w, participleLemmas)
}

// untilBefore: the date at word from is introduced by "until" or
// "till", so it is the day what the clause tells ended or will end, not
// the day it happened: "must wait until May 2031", "the strike will last
// until Friday".
//
// "Not until" says the opposite: nothing happens before that day, and
// the event comes then ("the election is not due until 2027").
func (v *sentenceView) untilBefore(from int) bool {
	for k := from; k >= 0 && k >= from-1; k-- {
		if w := v.ws[k].Lower; w == "until" || w == "till" {
			return !v.negatedBefore(k)
		}
	}
	return false
}

// negatedBefore: a negation stands in the clause before word k.
func (v *sentenceView) negatedBefore(k int) bool {
	start, _ := v.clauseOf(k)
	for j := start; j < k; j++ {
		if w := v.ws[j].Lower; w == "not" || w == "never" || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// attemptDated: the clause of the day is told of an attempt, a bid or an
// effort, whose subject it is: the day of one try in a chain of them,
// not of the incident tried against. "A second attempt on Saturday" is
// one more try.
func (v *sentenceView) attemptDated(from int) bool {
	start, _ := v.clauseOf(from)
	for j := start; j < from && j <= start+4; j++ {
		if attemptNouns[stem(v.ws[j].Lower)] && strings.HasPrefix(v.tag(j), "NN") {
			return true
		}
	}
	return false
}

// attemptNouns name one try at something.
var attemptNouns = map[string]bool{"attempt": true, "effort": true, "bid": true, "try": true}

// nounAfterPossessive: a noun follows the possessive day ending before
// word to, which the day belongs to.
func (v *sentenceView) nounAfterPossessive(to int) bool {
	for j := to; j < len(v.ws) && j < to+3; j++ {
		if strings.HasPrefix(v.tag(j), "NN") {
			return true
		}
		if !strings.HasPrefix(v.tag(j), "JJ") && !strings.HasPrefix(v.tag(j), "VBN") && v.tag(j) != "CD" {
			return false
		}
	}
	return false
}
