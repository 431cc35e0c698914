package claim

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/mention"
)

// quantityClaims builds claims from the numbers, durations and dates of an
// article, reading it in order so that pronouns and "the call" resolve.
func quantityClaims(a *Article, opts Options) []Claim {
	r := newReading()
	r.entities = opts.Entities
	var out []Claim
	for _, s := range a.Sentences {
		v := r.view(a, s)
		out = append(out, v.claims(r)...)
		r.noteEvents(v)
	}
	return scopeNones(dropHeadlineCopies(out))
}

// scopeNones reads an article's "no one was hurt" beside its own count of
// a group hurt ("five firefighters were injured ... no one else was
// hurt") as of the others, a group of its own: a later "none" then does
// not revise an earlier toll.
func scopeNones(cs []Claim) []Claim {
	grouped := map[string]bool{}
	for i := range cs {
		if f := cs[i].Frame; cs[i].Kind == KindCasualties && f != nil && f.Group != "" && cs[i].Hi > 0 {
			grouped[cs[i].Slot] = true
		}
	}
	for i := range cs {
		if cs[i].Kind == KindCasualties && cs[i].Display == "none" && grouped[cs[i].Slot] && cs[i].Frame == nil {
			cs[i].Frame = &Frame{Group: "others"}
		}
	}
	return cs
}

// dropParts: a sentence does not give one measure two values, so a
// figure brought in by "with", "including" or "of which" after another
// figure in the same unit is a part of it ("a 7.5% rise over two years,
// with 5% in the first year"), not another report of it; which part it
// is the words seldom say in a way two articles share, so it is left
// out. ms[i] is the mention claim i was built from.
func (v *sentenceView) dropParts(cs []Claim, ms []mention.Mention) []Claim {
	out := cs[:0]
	for j := range cs {
		if cs[j].Kind == KindQuantity && v.bringsInPart(wordIndexAt(v.ws, ms[j].Start)) && v.figureBefore(ms[j]) {
			continue
		}
		out = append(out, cs[j])
	}
	return out
}

// figureBefore: an earlier figure of the sentence is in m's unit, a
// share or a currency, with another value. Plain counts are left alone:
// "with two interceptions" after "for 162 yards" counts another thing.
func (v *sentenceView) figureBefore(m mention.Mention) bool {
	if m.Number == nil || m.Number.Unit == "" {
		return false
	}
	for _, i := range v.s.Mentions {
		o := v.a.Mentions[i]
		if o.Start < m.Start && o.Number != nil && o.Number.Unit == m.Number.Unit && o.Number.Min != m.Number.Min {
			return true
		}
	}
	return false
}

// bringsInPart: the words just before word i ("with", "including", "of
// which", past an article or a hedge) bring in a part of what came
// before.
func (v *sentenceView) bringsInPart(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch v.ws[k].Lower {
		case "with", "including", "which", "less", "minus":
			return true // "estimated at $84,000, less the $25,000 deposit"
		case "a", "an", "the", "about", "some", "around", "nearly", "almost", "approximately":
			continue
		}
		return false
	}
	return false
}

// claims builds the claims of one sentence.
func (v *sentenceView) claims(r *reading) []Claim {
	var out []Claim
	var ms []mention.Mention
	for _, mi := range v.s.Mentions {
		m := v.a.Mentions[mi]
		var c *Claim
		switch m.Type {
		case mention.TypeDuration:
			c = v.durationClaim(r, m)
		case mention.TypeNumber:
			c = v.numberClaim(m)
		case mention.TypeDate:
			c = v.dateClaim(r, m)
			if m.Date.WeekdayMismatch {
				out, ms = append(out, v.weekdayMismatchClaim(m)), append(ms, m)
			}
		}
		v.explain(m, c)
		if c != nil {
			out, ms = append(out, *c), append(ms, m)
		}
	}
	out = v.dropParts(out, ms)
	markSplitParts(out)
	out = append(out, v.voteClaims()...)
	out = append(out, v.noneClaims()...)
	out = append(out, v.ageClaims()...)
	out = append(out, v.ordinalPeriodClaims(r)...)
	out = append(out, v.ordinalTollClaims()...)
	out = append(out, v.soleVictimClaims()...)
	return out
}

// markSplitParts marks as a part each count of a sentence that a later
// count of "others" or "the rest" completes ("police freed seven
// hostages in the raid, while eleven others had been released
// earlier"): the sentence splits one group, and the first figure is one
// share of it, not the whole another article may count.
func markSplitParts(cs []Claim) {
	for i := range cs {
		if cs[i].Frame == nil || !complementHeads[cs[i].Frame.Head] {
			continue
		}
		for j := range i {
			c := &cs[j]
			if (c.Kind == KindQuantity || c.Kind == KindCasualties) && c.Frame != nil && c.Frame.Head != "" && !complementHeads[c.Frame.Head] && c.Event.Part == "" {
				c.Event.Part = splitPart
			}
		}
	}
}

// complementHeads head a count of the rest of a group already counted.
var complementHeads = map[string]bool{"other": true, "rest": true}

// splitPart marks a count that is one share of a group its sentence splits.
const splitPart = "split"

// base fills what every claim of this sentence shares.
func (v *sentenceView) base(kind Kind, slot string, start, end int) *Claim {
	c := &Claim{
		Doc:       v.a.Doc.ID,
		Kind:      kind,
		Slot:      slot,
		Evidence:  v.a.Doc.SpanOf(start, end),
		Source:    v.source,
		Quoted:    inRanges(v.quoted, start),
		Headline:  v.s.Headline,
		Sentence:  v.s.Index,
		Paragraph: v.s.Paragraph,
	}
	c.Event.Other = v.other || v.otherInClause(start)
	c.Event.Past = v.pastInClause(start)
	c.Event.Sequence = v.sequenceInClause(start)
	c.Event.Stage = (kind == KindQuantity || kind == KindCasualties) && c.Event.Sequence > 0 && v.stepInClause(start)
	if kind == KindQuantity && v.atPeak(start) {
		c.Event.Part = peakPart // "at its peak, 1,240 schools were shut": the count at one moment, the highest
	}
	if kind == KindQuantity && v.spreadAfter(end) {
		c.Event.Part = SpreadPart // "9.5 per cent over four years": a total of instalments, not one of them
	}
	c.Unverified = v.hearsayGoverns(start)
	if p := v.a.Doc.Published; p != nil {
		c.AsOf = p.UTC().Format("2006-01-02T15:04:05Z")
	} else {
		c.AsOf = v.a.datelineDay()
	}
	if t := v.a.entryTime(v.s.Paragraph); t != "" {
		c.AsOf, c.Stamped = t, true // "**16:00** The toll has risen to 27": the entry's time
	}
	return c
}

// SpreadPart marks a figure spread over a span of time.
const SpreadPart = "spread"

// spreadAfter: the figure ending at offset end is spread over a span
// ("a 9.5 per cent rise spread over four years", "€2 billion across the
// life of the deal"): the sum of its instalments, a measure apart from
// any one instalment ("a 3.5 per cent rise this year").
func (v *sentenceView) spreadAfter(end int) bool {
	k := 0
	for k < len(v.ws) && v.ws[k].Start < end {
		k++
	}
	for j := k; j < len(v.ws) && j <= k+4; j++ {
		w := v.ws[j].Lower
		if isClauseBreak(v.ws[j]) {
			return false
		}
		if w != "over" && w != "across" {
			continue
		}
		if j+3 < len(v.ws) && v.ws[j+1].Lower == "the" && v.ws[j+2].Lower == "life" && v.ws[j+3].Lower == "of" {
			return true
		}
		return j+2 < len(v.ws) && (isFigureWord(v.ws[j+1]) || mention.IsNumberWord(v.ws[j+1].Lower)) && spanUnits[strings.TrimSuffix(v.ws[j+2].Lower, "s")]
	}
	return false
}

// spanUnits are the units a sum is spread over.
var spanUnits = map[string]bool{"year": true, "month": true, "week": true, "decade": true, "quarter": true}

// otherInClause: "an earlier accident", "the previous call" set apart the
// event of their own clause only; "and negotiators are packing for a
// second round" says nothing of the call the sentence began with.
func (v *sentenceView) otherInClause(offset int) bool {
	i := wordIndexAt(v.ws, offset)
	if i < 0 || i >= len(v.ws) {
		return mentionsOtherEvent(v.ws)
	}
	from, to := v.subjectScope(i)
	return mentionsOtherEvent(v.ws[from:to]) || v.introducesComparedEvent(from, to)
}

// pastInClause: the clause of the word at offset, with what its subject
// shares, puts its event a year or more back ("A year ago, the budget
// passed by 128 votes to 110").
func (v *sentenceView) pastInClause(offset int) bool {
	i := wordIndexAt(v.ws, offset)
	if i < 0 || i >= len(v.ws) {
		return false
	}
	from, to := v.subjectScope(i)
	for k := from; k+1 < to; k++ {
		if isPastReference(v.ws, k) {
			return true
		}
	}
	return v.sinceYearsAgo(i)
}

// sinceYearsAgo: the word at i follows "since" in a sentence that opens
// on how long ago that was, a year or more ("It has been a decade since
// the Brennor Hills fire burned 410 homes"): the event is years back.
func (v *sentenceView) sinceYearsAgo(i int) bool {
	since := -1
	for k := 0; k < i; k++ {
		if v.ws[k].Lower == "since" {
			since = k
		}
	}
	if since < 2 {
		return false
	}
	for k := 0; k < since; k++ {
		if w := v.ws[k].Lower; (w == "been" || w == "is" || w == "was") && yearsLong(v.ws[k+1:since]) {
			return true
		}
	}
	return false
}

// yearsLong: the words give a length of a year or more ("a decade",
// "two years", "nearly 20 years").
func yearsLong(ws []word) bool {
	for _, w := range ws {
		switch stem(w.Lower) {
		case "year", "decade", "century", "generation":
			return true
		}
	}
	return false
}

// introducesComparedEvent spots "a smaller tremor", "a stronger
// aftershock": an event brought in with an indefinite article and a
// comparative is measured against another one, so it is not the event it
// is compared with. "Wider flooding" and "the fire grew larger" introduce
// nothing.
func (v *sentenceView) introducesComparedEvent(from, to int) bool {
	for i := from; i+2 < to; i++ {
		if w := v.ws[i].Lower; w != "a" && w != "an" {
			continue
		}
		if v.tag(i+1) != "JJR" {
			continue
		}
		if s := stem(v.ws[i+2].Lower); eventClass[s] != "" || eventNouns[s] {
			return true
		}
	}
	return false
}

// sequenceInClause reads the place in a series of the event in the
// clause of the word at offset: an ordinal before an event word ("the
// second round of talks", "the first session") or a number after a word
// of series ("round one", "day three").
func (v *sentenceView) sequenceInClause(offset int) int {
	from, to := v.looseClauseAt(offset)
	ws := v.ws[from:to]
	for j, w := range ws {
		if repeats[w.Lower] {
			if j > 0 && enteringVerbBefore(ws[:j]) {
				// "went into the recount 412 votes ahead": the state
				// before the recount, the first count's
				return 1
			}
			return 2 // "the recount", "a retrial": the second of its kind
		}
		n, ok := ordinalValue(w.Lower)
		if w.Lower == "initial" || w.Lower == "original" {
			n, ok = 1, true // "the initial count"
		}
		if ok && j+1 < len(ws) && (isEventWord(ws[j+1].Lower) || j+2 < len(ws) && isEventWord(ws[j+2].Lower)) {
			return n
		}
		if seriesWords[w.Lower] && j+1 < len(ws) {
			if n, ok := smallNumber(ws[j+1].Lower); ok && n > 0 {
				return n
			}
		}
	}
	return 0
}

// looseClauseAt is the loose clause of the word at text offset, the
// words from to to; empty when no word stands there.
func (v *sentenceView) looseClauseAt(offset int) (from, to int) {
	i := wordIndexAt(v.ws, offset)
	if i >= len(v.ws) {
		return 0, 0
	}
	return v.looseClauseOf(i)
}

// peakPart marks a count given for the peak of an event ("at its peak",
// "at the height of the strike"): the highest the count reached, which
// only another peak's figure can contradict.
const peakPart = "peak"

// atPeak: the clause of the word at offset says its figure holds at the
// peak of the event.
func (v *sentenceView) atPeak(offset int) bool {
	from, to := v.looseClauseAt(offset)
	for j := from; j+1 < to; j++ {
		if w := v.ws[j].Lower; w == "at" || w == "on" {
			next := v.ws[j+1].Lower
			if next == "its" || next == "the" || next == "their" {
				if j+2 < to {
					next = v.ws[j+2].Lower
				}
			}
			if next == "peak" || next == "height" || next == "worst" {
				return true
			}
		}
	}
	return false
}

// stepNouns name one step of an act done piecemeal, whose counts add up
// to the act's whole.
var stepNouns = map[string]bool{
	"swap": true, "exchange": true, "handover": true, "release": true, "batch": true, "wave": true,
	"convoy": true, "tranche": true, "instalment": true, "installment": true, "transfer": true,
	"delivery": true, "shipment": true, "airlift": true, "group": true,
}

// stepInClause: an ordinal in the clause of the word at offset numbers
// a step of a piecemeal act ("the first swap", "a second batch").
func (v *sentenceView) stepInClause(offset int) bool {
	from, to := v.looseClauseAt(offset)
	for j := from; j+1 < to; j++ {
		if _, ok := ordinalValue(v.ws[j].Lower); ok && stepNouns[stem(v.ws[j+1].Lower)] {
			return true
		}
	}
	return false
}

// enteringVerbBefore: a verb of entering a process stands among the
// words just before it ("went into", "entered", "headed into"): what the
// subject brings into the process is its state before it.
func enteringVerbBefore(ws []word) bool {
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		switch w := ws[k].Lower; w {
		case "entered", "enters", "entering":
			return true
		case "into":
			return k > 0 && (lemmaOf(ws[k-1].Lower) == "go" || ws[k-1].Lower == "went" || lemmaOf(ws[k-1].Lower) == "head")
		}
	}
	return false
}

// repeats are events that are the second of their kind by their name:
// a recount follows a count, a retrial a trial.
var repeats = map[string]bool{
	"recount": true, "re-count": true, "rerun": true, "re-run": true, "retrial": true, "replay": true,
	"revote": true, "re-vote": true, "rematch": true, "resit": true, "retest": true,
}

// seriesWords count the events of a series by a number after them.
var seriesWords = map[string]bool{"round": true, "day": true, "stage": true, "phase": true, "session": true, "sitting": true, "leg": true}

// isEventWord: a word that names an event of any kind.
func isEventWord(w string) bool {
	s := stem(w)
	return eventClass[s] != "" || eventNouns[s] || genericEvents[s] || seriesWords[s]
}

// ordinalTollClaims reads "a second child has died": the toll is now two.
func (v *sentenceView) ordinalTollClaims() []Claim {
	var out []Claim
	for i := 0; i+2 < len(v.ws); i++ {
		if v.ws[i].Lower != "a" && v.ws[i].Lower != "the" {
			continue
		}
		n, ok := ordinalValue(v.ws[i+1].Lower)
		if !ok || n < 2 || !isPeopleNoun(stem(v.ws[i+2].Lower)) {
			continue
		}
		rl, found := v.roleOf(i+2, i+3, v.ws[i+2].End)
		if !found || !rl.Casualties || v.refuted(i) {
			continue
		}
		c := v.wordedToll(rl, n, i, i+3, fmt.Sprintf("%d (the %s)", n, v.ws[i+1].Lower))
		c.Value = map[string]any{"value": n, "min": n, "max": nil}
		c.Running = true
		out = append(out, *c)
	}
	return out
}

// wordedToll is a casualty count of n that words, not a numeral, give:
// the words from to to.
func (v *sentenceView) wordedToll(rl role, n, from, to int, display string) *Claim {
	c := v.base(KindCasualties, rl.Name, v.ws[from].Start, v.ws[to-1].End)
	c.Value = map[string]any{"value": n}
	c.Lo, c.Hi = Bound(n), Bound(n)
	c.Exact = true
	c.Display = display
	c.Event.Noun = rl.Name
	return c
}

// soleVictimClaims reads "the storm's only fatality", "the sole victim
// of the fire", "the only person killed": a toll of one, though no
// numeral says so. "The only firefighter killed" picks one of a group,
// and says nothing of the toll.
func (v *sentenceView) soleVictimClaims() []Claim {
	var out []Claim
	for i := 0; i+1 < len(v.ws); i++ {
		switch v.ws[i].Lower {
		case "only", "sole", "lone":
		default:
			continue
		}
		noun := stem(v.ws[i+1].Lower)
		end, rl := i+2, roleKilled
		switch {
		case noun == "fatality" || noun == "victim" || noun == "death":
		case noun == "person" && i+2 < len(v.ws) && (v.ws[i+2].Lower == "killed" || v.ws[i+2].Lower == "to" && v.wordAt(i+3) == "die"):
			end = i + 3
		case noun == "person" && i+2 < len(v.ws) && (v.ws[i+2].Lower == "hurt" || v.ws[i+2].Lower == "injured"):
			end, rl = i+3, roleInjured // "the only person hurt"
		default:
			continue
		}
		if i == 0 || v.refuted(i) {
			continue
		}
		out = append(out, *v.wordedToll(rl, 1, i, end, "1 (the "+v.ws[i].Lower+" "+v.ws[i+1].Lower+")"))
	}
	return out
}

// dropHeadlineCopies removes headline claims that repeat a claim of the
// body: the body's wording is the one to report.
func dropHeadlineCopies(cs []Claim) []Claim {
	out := cs[:0]
	for i, c := range cs {
		if c.Headline && repeatedInBody(cs, i) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// repeatedInBody: a headline figure the body gives again, for the same
// slot or, for tolls, in other words ("Nine dead" over "rescuers had
// pulled nine bodies").
func repeatedInBody(cs []Claim, i int) bool {
	h := cs[i]
	for j, d := range cs {
		sameThing := d.Slot == h.Slot || h.Kind == KindCasualties
		if j != i && !d.Headline && d.Kind == h.Kind && sameThing && d.Lo <= h.Hi && h.Lo <= d.Hi {
			return true
		}
	}
	return false
}

func sortClaims(cs []Claim) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Evidence.Start != cs[j].Evidence.Start {
			return cs[i].Evidence.Start < cs[j].Evidence.Start
		}
		return cs[i].Kind < cs[j].Kind
	})
}
