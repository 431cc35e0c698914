package claim

import (
	"strings"

	"github.com/crosscheck/crosscheck/pkg/mention"
	"github.com/crosscheck/crosscheck/pkg/nlp"
)

// reading is what the article has established so far, as it is read in
// order: who was named last (for "he"), the full names seen (so a bare
// "Brandt" is known to be a person), and the participants of the first
// event of each class (for "the call" later on).
type reading struct {
	// entities turns on the entity recogniser's second opinion on names.
	entities   bool
	lastPerson string
	// lastPersonBefore is who was named last before the sentence being
	// read, for a "he" that opens it.
	lastPersonBefore string
	surnames         map[string]bool
	main             keySet
	lastGroup        keySet
	antecedents      map[string]keySet
	// lastEvent is the class of the event the article named last, which
	// "it" and "the talks" point back to.
	lastEvent, lastEventNoun string
	// lastRounds is the class and noun of the event named last of those
	// held in rounds (talks, votes), which "round one" points back to.
	lastRounds, lastRoundsNoun string
	// lastOther marks a sentence just read that told of another event
	// than the story's ("In 2015 inmates held two guards"), which "That
	// standoff" in the next sentence goes on telling of.
	lastOther bool
	// lastParagraph is the paragraph of the sentence read last.
	lastParagraph int
}

// sentenceView is one sentence prepared for claim building.
type sentenceView struct {
	a     *Article
	s     Sentence
	ws    []word
	names []nameRun
	// persons are the people the sentence is about (speakers left out).
	persons keySet
	source  string
	other   bool
	// hearsay are the words that pass on unverified reports ("posts
	// circulating online claim").
	hearsay []int
	// quoted are the sentence's spans inside quotation marks.
	quoted [][2]int
	// firstHearsay and lastRefutation are one past the first word that
	// passes on a report and the last that denies one, read on first need
	// (0 until then).
	firstHearsay, lastRefutation int
	// posTags are the part-of-speech tags of ws, read on first need:
	// most sentences never need them.
	posTags []string
	// dropped says why the last mention read gave no claim.
	dropped string
	// daySpans are the words that join two days into a span ("Monday and
	// Tuesday"), found on first need.
	daySpans     []int
	daySpansRead bool
	// estimateAt is the first word naming a poll or a projection, -1 for
	// none, read on first need (estimateRead).
	estimateAt   int
	estimateRead bool
}

func newReading() *reading {
	return &reading{surnames: map[string]bool{}, antecedents: map[string]keySet{}}
}

// view reads one sentence, updating what the article has established.
func (r *reading) view(a *Article, s Sentence) *sentenceView {
	ws := splitWords(a.Doc.Text, s.Start, s.End)
	v := &sentenceView{a: a, s: s, ws: ws, names: findNameRuns(ws)}
	for i := range v.names {
		n := &v.names[i]
		if n.Person {
			r.surnames[n.Key] = true
		} else if len(n.Words) == 1 && r.surnames[n.Key] {
			n.Person = true
		}
	}
	markSpeakers(ws, v.names)
	v.source = attribution(ws, v.names)
	v.other = v.opensWithPastDate() || v.hasWord("elsewhere") || r.lastOther && v.opensWithDemonstrative() ||
		r.lastOther && s.Paragraph == r.lastParagraph && v.namesNoEventOrDay() || opensOnSecondaryEvent(ws) || opensOnSuperlative(ws)
	r.lastOther, r.lastParagraph = v.other, s.Paragraph
	v.hearsay = hearsayAt(ws)

	v.quoted = quotedRanges(a.Doc.Text, s.Start, s.End)
	for _, n := range v.names {
		if n.Person && !n.Speaker && !inRanges(v.quoted, n.Start) {
			v.persons = v.persons.add(n.Key)
		}
	}
	if len(v.persons) < 2 {
		if target := r.pronounTarget(v); target != "" {
			v.persons = v.persons.add(target)
		}
	}
	if len(v.persons) < 2 {
		group := r.main
		if hasPluralPronoun(ws) && r.lastGroup != nil {
			group = r.lastGroup
		} else if !hasGroupReference(ws) {
			group = nil
		}
		for _, k := range group {
			v.persons = v.persons.add(k)
		}
	}
	r.lastPersonBefore = r.lastPerson
	for _, n := range v.names {
		if n.Person {
			r.lastPerson = n.Key
		}
	}
	if len(v.persons) >= 2 && !s.Headline {
		if r.main == nil {
			r.main = v.persons
		}
		r.lastGroup = v.persons
	}
	return v
}

// eventParticipants gives the people of an event of class cls in this
// sentence; a definite "the call" with fewer than two people named takes
// the participants of the article's first event of that class.
func (r *reading) eventParticipants(v *sentenceView, cls string) keySet {
	if !interpersonal[cls] {
		return nil // a capsizing or an outage has no participants to tell it apart
	}
	p := v.persons
	if r.entities {
		p = v.confirmedPersons()
	}
	for _, k := range v.partiesOf(cls) {
		p = p.add(k)
	}
	if ante, ok := r.antecedents[cls]; ok && len(p) < 2 && v.definite(cls) {
		for _, k := range ante {
			p = p.add(k)
		}
	}
	if _, ok := r.antecedents[cls]; !ok && len(p) >= 2 {
		r.antecedents[cls] = p
	}
	return p
}

// partiesOf reads the parties an event noun names itself: "the call
// between Brandt and Dubrin", "his call with Brandt". Any name counts,
// a person's, a country's or an organisation's: each is a party.
func (v *sentenceView) partiesOf(cls string) []string {
	var out []string
	for i := 0; i+2 < len(v.ws); i++ {
		if eventClass[stem(v.ws[i].Lower)] != cls {
			continue
		}
		switch v.ws[i+1].Lower {
		case "between":
			out = append(out, v.nameKeysFrom(i+2, 2)...)
		case "with":
			out = append(out, v.nameKeysFrom(i+2, 1)...)
		}
	}
	return out
}

// nameKeysFrom gives the keys of up to n names joined by "and" from word
// i on.
func (v *sentenceView) nameKeysFrom(i, n int) []string {
	var out []string
	for _, nr := range v.names {
		if len(out) == n || i >= len(v.ws) {
			break
		}
		if nr.Start < v.ws[i].Start {
			continue
		}
		if nr.Start != v.ws[i].Start {
			break
		}
		out = append(out, nr.Key)
		i = wordIndexAt(v.ws, nr.End)
		if i < len(v.ws) && v.ws[i].Lower == "and" {
			i++
		}
	}
	return out
}

// confirmedPersons asks the entity recogniser about people told only by
// the shape of their names ("Middle East", "Artificial Intelligence"):
// a run it reads as a place or organisation, and never as a person, is
// left out. The recogniser is slow, so it runs only on sentences whose
// claims need participants, and only when a guess is at stake.
func (v *sentenceView) confirmedPersons() keySet {
	var guessed []nameRun
	for _, n := range v.names {
		if n.Guessed && !n.Speaker && v.persons.has(n.Key) {
			guessed = append(guessed, n)
		}
	}
	if len(guessed) == 0 {
		return v.persons
	}
	_, entities := nlp.Tag(v.a.Doc.Text, v.s.Start, v.s.End, true)
	out := v.persons
	for _, n := range guessed {
		if vetoedAsPerson(n, entities) {
			out = out.remove(n.Key)
		}
	}
	return out
}

func vetoedAsPerson(n nameRun, entities []nlp.Entity) bool {
	place := false
	for _, e := range entities {
		if e.Start >= n.End || n.Start >= e.End {
			continue
		}
		if e.Label == "PERSON" {
			return false
		}
		place = true
	}
	return place
}

// interpersonal are the event classes told apart by who took part: one
// leader has many calls, each with someone else.
var interpersonal = map[string]bool{"call": true, "meeting": true, "handover": true}

// noteEvents records the first participants of each event class named in
// a sentence, even one without figures.
func (r *reading) noteEvents(v *sentenceView) {
	for j, w := range v.ws {
		if cls := eventClass[stem(w.Lower)]; cls != "" && !v.isProperNoun(j) {
			r.lastEvent, r.lastEventNoun = cls, w.Lower // not "March" the month
			if heldInRounds[cls] {
				r.lastRounds, r.lastRoundsNoun = cls, w.Lower
			}
		}
	}
	if len(v.persons) < 2 {
		return
	}
	for j, w := range v.ws {
		if cls := eventClass[stem(w.Lower)]; cls != "" && !v.isProperNoun(j) {
			if _, ok := r.antecedents[cls]; !ok {
				r.antecedents[cls] = v.persons
			}
		}
	}
}

// heldInRounds are the event classes that come in rounds: talks and
// votes.
var heldInRounds = map[string]bool{"meeting": true, VoteEvent: true}

// definite reports whether the sentence refers back to an event of class
// cls ("the call", "their conversation", "this meeting").
func (v *sentenceView) definite(cls string) bool {
	for i := 1; i < len(v.ws); i++ {
		if eventClass[stem(v.ws[i].Lower)] != cls {
			continue
		}
		switch v.ws[i-1].Lower {
		case "the", "their", "this", "that", "its", "his", "her":
			return true
		}
	}
	return false
}

// pronounTarget resolves the sentence's first "he"/"she" to the person
// named last before it, in this sentence or an earlier one.
func (r *reading) pronounTarget(v *sentenceView) string {
	last := r.lastPerson
	ni := 0
	for _, w := range v.ws {
		for ni < len(v.names) && v.names[ni].End <= w.Start {
			if v.names[ni].Person {
				last = v.names[ni].Key
			}
			ni++
		}
		if personPronouns[w.Lower] {
			return last
		}
	}
	return ""
}

// hasPluralPronoun spots "their conversation", "they spoke": these point
// to the people named together most recently.
func hasPluralPronoun(ws []word) bool {
	for _, w := range ws {
		if w.Lower == "their" || w.Lower == "they" {
			return true
		}
	}
	return false
}

// quotedRanges finds the spans of a sentence inside quotation marks.
func quotedRanges(text string, start, end int) [][2]int {
	var out [][2]int
	open := -1
	for i, r := range text[start:end] {
		at := start + i
		switch r {
		case '“':
			open = at
		case '”':
			if open >= 0 {
				out = append(out, [2]int{open, at})
				open = -1
			}
		case '"':
			if open >= 0 {
				out = append(out, [2]int{open, at})
				open = -1
			} else {
				open = at
			}
		}
	}
	return out
}

func inRanges(rs [][2]int, off int) bool {
	for _, r := range rs {
		if r[0] <= off && off < r[1] {
			return true
		}
	}
	return false
}

func hasGroupReference(ws []word) bool {
	for i := range ws {
		for _, g := range groupReferences {
			if matchWords(ws, i, g) {
				return true
			}
		}
	}
	return false
}

func matchWords(ws []word, i int, seq []string) bool {
	if i+len(seq) > len(ws) {
		return false
	}
	for k, s := range seq {
		if ws[i+k].Lower != s {
			return false
		}
	}
	return true
}

// opensWithPastDate spots "In 2021 an attack ...": a sentence that opens
// on a date more than a year before publication, or on a year before the
// year of publication, tells history. So does one that opens on a phrase
// naming an event by its year ("In the 2019 uprising, ..."): a fronted
// phrase of time sets the time of the whole sentence.
func (v *sentenceView) opensWithPastDate() bool {
	pub := v.a.Doc.Published
	for _, mi := range v.s.Mentions {
		m := v.a.Mentions[mi]
		if m.Type != mention.TypeDate || m.Date.Unresolved {
			continue
		}
		from, _ := mentionWords(v.ws, m)
		if from > 1 && !opensTimePhrase(v.ws, from) {
			return false
		}
		if pub == nil {
			// An article with no date still tells its news by the day
			// ("on Saturday"); a sentence it opens on a bare year looks
			// back.
			return m.Date.Year != 0
		}
		if m.Date.Year != 0 && m.Date.Year < pub.Year() {
			return true // "In 2025, Typhoon Haliya killed 41": a year gone by is background
		}
		_, hi, ok := DayRange(m.Date)
		return ok && days(*pub)-hi > 365
	}
	return false
}

// opensTimePhrase: the sentence opens on a preposition of time and a
// determiner before word at ("In the 2019 uprising", "During its 2016
// review"), so the date there names the time of what the sentence tells.
func opensTimePhrase(ws []word, at int) bool {
	if at > 3 || at < 2 || !timePrepositions[ws[0].Lower] {
		return false
	}
	for _, w := range ws[1:at] {
		if !eventDeterminers[w.Lower] {
			return false
		}
	}
	return true
}

var (
	timePrepositions = map[string]bool{"in": true, "during": true, "at": true}
	eventDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "that": true, "this": true}
)

// opensOnSecondaryEvent: the sentence's subject is a secondary event ("A
// strong aftershock hit the valley"), so the sentence tells of it; "43
// aftershocks since the main shock" counts them instead.
func opensOnSecondaryEvent(ws []word) bool {
	for i := 0; i < len(ws) && i < 4; i++ {
		if secondaryEvents[ws[i].Lower] {
			return true
		}
	}
	return false
}

// opensOnSuperlative: the sentence's subject is one singled out of a set
// by a superlative standing for its noun ("The largest, near the coast,
// makes ...", "The worst of them was in 2019"): another member of
// the set than the one the story is about.
func opensOnSuperlative(ws []word) bool {
	if len(ws) < 3 || ws[0].Lower != "the" || !superlatives[ws[1].Lower] {
		return false
	}
	return ws[2].Lower == "," || ws[2].Lower == "of" || ws[2].Lower == "was" || ws[2].Lower == "is"
}

var superlatives = map[string]bool{
	"largest": true, "biggest": true, "smallest": true, "worst": true, "deadliest": true,
	"oldest": true, "newest": true, "longest": true, "highest": true, "lowest": true, "busiest": true,
}

// namesNoEventOrDay: the sentence names no event and no day of its own,
// so it goes on telling of the event the sentence before told of ("The
// aftershock hit at 9:52 p.m. Three people were injured.").
func (v *sentenceView) namesNoEventOrDay() bool {
	for _, mi := range v.s.Mentions {
		if v.a.Mentions[mi].Type == mention.TypeDate {
			return false
		}
	}
	for _, w := range v.ws {
		if s := stem(w.Lower); eventClass[s] != "" || eventNouns[s] || secondaryEvents[s] {
			return false
		}
	}
	return true
}

// opensWithDemonstrative: the sentence's subject opens with "That" or
// "Those" and a noun ("That standoff lasted six hours"), which points
// back to what the sentence before told.
func (v *sentenceView) opensWithDemonstrative() bool {
	if len(v.ws) < 2 {
		return false
	}
	w := v.ws[0].Lower
	return (w == "that" || w == "those") && strings.HasPrefix(v.tag(1), "NN")
}

// mentionsOtherEvent spots "an earlier accident", "the previous call":
// a cue right before an event word.
func mentionsOtherEvent(ws []word) bool {
	for i := 0; i+1 < len(ws); i++ {
		if isPastReference(ws, i) {
			return true
		}
		if !otherEventCues[ws[i].Lower] || describesThisEvent(ws, i) {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+2; j++ {
			w := stem(ws[j].Lower)
			if isPeopleNoun(w) || strings.HasSuffix(w, "ed") {
				break // "a second child has died" counts a victim, not another event
			}
			if eventClass[w] != "" || eventNouns[w] || genericEvents[w] {
				return true
			}
		}
	}
	return false
}

// secondaryEvents name, by themselves, an event that follows the story's
// main one and is not it: "three people were hurt in an aftershock" are
// not among the quake's injured. Counts of the aftershocks themselves, and
// their days, are their own measures already.
var secondaryEvents = map[string]bool{"aftershock": true}

// onlySecondaryEvent: the words name a secondary event and no other one;
// "43 aftershocks since the main shock struck on April 15" still dates
// the main shock.
func onlySecondaryEvent(ws []word) bool {
	secondary := false
	for _, w := range ws {
		s := stem(w.Lower)
		switch {
		case secondaryEvents[s]:
			secondary = true
		case eventClass[s] != "" || eventNouns[s]:
			return false
		}
	}
	return secondary
}

// describesThisEvent: "the collision was the second serious accident in
// four years" ranks this event, it does not name another.
func describesThisEvent(ws []word, i int) bool {
	if i < 2 || ws[i-1].Lower != "the" {
		return false
	}
	switch ws[i-2].Lower {
	case "was", "is", "were", "are", "marks", "marked", "became", "becomes", "be":
		return true
	}
	return false
}

// isPastReference spots "last year's peak", "a year ago", "that flood":
// "that" before an event points back to one told as history ("this" is the
// current one).
func isPastReference(ws []word, i int) bool {
	w, next := ws[i].Lower, stem(ws[i+1].Lower)
	switch {
	case w == "last" && (next == "year" || next == "year's" || next == "decade" || next == "century"):
		return true
	case (stem(w) == "year" || stem(w) == "decade") && next == "ago":
		return true // "A year ago, the budget passed by 128 votes to 110"
	case (w == "that" || w == "those") && (i == 0 || pointingPrepositions[ws[i-1].Lower]):
		return eventNouns[next] // "that flood", but not "a deadlock that began"
	}
	return false
}

// pointingPrepositions put "that" before a noun it points with ("in that
// flood"); elsewhere "that" mostly opens a clause ("warned that fire
// would spread").
var pointingPrepositions = map[string]bool{
	"in": true, "after": true, "during": true, "since": true, "before": true, "of": true,
	"from": true, "like": true, "unlike": true, "at": true, "by": true, "on": true, "with": true,
}

// eventNouns name events; after "that" they point back to one told as
// history.
var eventNouns = map[string]bool{
	"flood": true, "fire": true, "storm": true, "quake": true, "earthquake": true, "strike": true,
	"war": true, "attack": true, "crash": true, "collapse": true, "accident": true, "incident": true,
	"disaster": true, "outage": true, "call": true, "meeting": true, "election": true, "vote": true,
	"trial": true, "eruption": true, "explosion": true, "blast": true, "siege": true, "protest": true,
	"summit": true, "crisis": true, "season": true, "year": true, "occasion": true, "episode": true,
	"count": true, "tally": true, "result": true,
}

var genericEvents = map[string]bool{
	"accident": true, "incident": true, "occasion": true, "disaster": true, "fall": true,
	"contact": true, "round": true, "episode": true, "outbreak": true, "collapse": true,
	"attempt": true, "bid": true,
}

// mentionWords gives the word range [from, to) a mention covers.
func mentionWords(ws []word, m mention.Mention) (int, int) {
	from := wordIndexAt(ws, m.Start)
	to := from
	for to < len(ws) && ws[to].Start < m.End {
		to++
	}
	return from, to
}
