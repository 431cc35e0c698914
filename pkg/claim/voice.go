// Who says so, and how sure: attribution, refutation, rumour, forecasts
// and plans, read from the words around a figure.

package claim

import "strings"

// attribution names who the sentence says is speaking: a speaker's name,
// or the words before a speech verb ("the coast guard said").
func attribution(ws []word, names []nameRun) string {
	for _, n := range names {
		if n.Speaker {
			return strings.Join(n.Words, " ")
		}
	}
	for i, w := range ws {
		if !isSpeech(ws, i) || w.Lower == "described" || isPassive(ws, i) {
			continue // "1,200 people were told to leave": they heard, nobody of them spoke
		}
		if w.Lower == "according" && i+2 < len(ws) && ws[i+1].Lower == "to" {
			return accordingTo(ws[i+2:])
		}
		start := i - 3
		if start < 0 {
			start = 0
		}
		for k := i - 1; k >= start; k-- {
			if ws[k].isPunct() || ws[k].Lower == "which" || ws[k].Lower == "that" {
				start = k + 1 // "the ransom, which police said was": the police
				break
			}
			if ws[k].Lower == "of" && k > 0 {
				start = max(0, k-1) // "relatives of the dead said": the relatives
				break
			}
		}
		if p := phrase(ws[start:i]); p != "" && !pronounSource[p] {
			return p
		}
	}
	return ""
}

// isSpeech reports whether word i attributes words: "confirmed" is no
// speech in "confirmed dead".
func isSpeech(ws []word, i int) bool {
	if !attributes(ws[i].Lower) {
		return false
	}
	if i+1 < len(ws) {
		if _, ok := cueAt(ws, i+1, ""); ok {
			return false
		}
	}
	return true
}

// accordingTo names the source after "according to": "a readout issued
// by Brandt's office" is Brandt's office.
func accordingTo(ws []word) string {
	for j, w := range ws {
		if j >= 6 || w.isPunct() {
			break
		}
		if w.Lower == "by" || w.Lower == "from" {
			return phrase(ws[j+1 : min(j+4, len(ws))])
		}
	}
	return phrase(ws[:min(3, len(ws))])
}

// pronounSource: "they said" names no one a reader can weigh.
var pronounSource = map[string]bool{"they": true, "he": true, "she": true, "it": true, "we": true, "i": true, "you": true}

func phrase(ws []word) string {
	var parts []string
	for _, w := range ws {
		if w.isPunct() {
			break
		}
		switch w.Lower {
		case "the", "a", "an", "its", "their", "has", "have", "had", "was", "were", "is", "also", "later",
			"and", "but", "as", "while", "now":
			continue
		}
		parts = append(parts, w.Lower)
	}
	return strings.Join(parts, " ")
}

// refuted reports whether the figure at word i is one the sentence denies:
// "not millions", "denied reports of 300 dead", "rumours that a dozen
// had died were false".
func (v *sentenceView) refuted(i int) bool {
	ws := v.ws
	if i > 0 && ws[i-1].Lower == "not" {
		return true // "not millions"; but "did not arrive until five hours after" denies no figure
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if refutationCues[ws[j].Lower] {
			return true
		}
	}
	// A report passed on before the figure and denied after it ("posts
	// claiming 40 dead were false"), read from the sentence's cues once.
	if v.firstHearsay == 0 {
		v.firstHearsay, v.lastRefutation = len(ws)+1, 0
		for j, w := range ws {
			if hearsayCues[stem(w.Lower)] && j+1 < v.firstHearsay {
				v.firstHearsay = j + 1
			}
			if refutationCues[w.Lower] {
				v.lastRefutation = j + 1
			}
		}
	}
	return v.firstHearsay-1 < i && v.lastRefutation-1 > i
}

// hearsayAt lists the words at which the sentence passes something on
// without vouching for it: rumours, social-media posts, unconfirmed
// reports.
func hearsayAt(ws []word) []int {
	var at []int
	for i, w := range ws {
		switch stem(w.Lower) {
		case "rumour", "rumor", "unconfirmed", "unverified", "circulating", "speculation", "hearsay":
			at = append(at, i)
		case "post", "posts":
			if i+1 < len(ws) && (ws[i+1].Lower == "circulating" || ws[i+1].Lower == "online" || ws[i+1].Lower == "claim" || ws[i+1].Lower == "claimed") {
				at = append(at, i)
			}
		case "social":
			if i+1 < len(ws) && ws[i+1].Lower == "media" {
				at = append(at, i)
			}
		}
	}
	return at
}

// hearsayGoverns: a cue of hearsay in the sentence governs the figure at
// text offset offset. A cue in the figure's own clause does, and so does
// one before it that frames what follows ("Rumours circulating online,
// later denied, put the toll at 40"); a cue after the figure in a clause
// of its own tells of the main clause's effect ("survived the vote on 14
// June, ending weeks of speculation") unless it gives the figure's
// source ("…, according to unconfirmed reports"). "Amid speculation"
// sets a scene, whatever its place.
func (v *sentenceView) hearsayGoverns(offset int) bool {
	if len(v.hearsay) == 0 {
		return false
	}
	i := wordIndexAt(v.ws, offset)
	if i < 0 || i >= len(v.ws) {
		return true // a figure no word holds: the whole sentence's report
	}
	from, to := v.clauseOf(i)
	for _, j := range v.hearsay {
		switch {
		case j > 0 && v.ws[j-1].Lower == "amid":
			continue
		case j >= from && j < to, j < i:
			return true
		case v.inSourcePhrase(j):
			return true
		}
	}
	return false
}

// isExpectation spots forecasts and aims: "economists had expected a
// half-point rise", "the bank expects inflation to fall to 2.4%", "aims
// to keep inflation at 2%", "its inflation target is 2%" say what was
// foreseen or sought, not what happened.
func isExpectation(ws []word) bool {
	for _, w := range ws {
		if forecastWords[w.Lower] || aimWords[w.Lower] {
			return true
		}
	}
	return false
}

// forecastWords say what someone expects to happen; aimWords what
// someone means to reach.
var (
	forecastWords = map[string]bool{
		"expected": true, "forecast": true, "predicted": true, "anticipated": true, "projected": true,
		"forecasts": true, "predicts": true, "expects": true, "expect": true, "projects": true,
		"anticipates": true, "predict": true,
	}
	aimWords = map[string]bool{
		"aims": true, "aim": true, "aiming": true, "aimed": true, "target": true, "targets": true, "goal": true, "objective": true,
		"pledged": true, "promised": true, "vowed": true,
		"hope": true, "hopes": true, "hoped": true, "hoping": true,
		"intend": true, "intends": true, "intended": true,
	}
)

// plannedBefore spots an event still to come just before the words at
// from: "are due to begin on Monday", "expected to stretch over three
// days", "will hold talks for two days".
func (v *sentenceView) plannedBefore(from int) bool {
	return isPlanned(v.clauseBefore(from, plannedReach))
}

// plannedAfter spots a verb of scheduling as the verb of the noun phrase
// of the figure that ends at word to, past the comma that closes an
// apposition: "The liner's next sailing, a nine-night cruise, is
// scheduled for Friday". Another verb first ends the search.
func (v *sentenceView) plannedAfter(to int) bool {
	commas := 0
	for k := to; k < len(v.ws) && k < to+plannedReach; k++ {
		switch w := v.ws[k].Lower; {
		case w == "," && commas == 0:
			commas++
		case w == "scheduled" || w == "planned" || w == "due":
			return true
		case isClauseBreak(v.ws[k]) || v.isVerbAt(k) && !auxiliaries[w]:
			return false // "who chaired the 40-minute meeting, said": another verb's clause
		}
	}
	return false
}

// whenPrepositions bring in the time of an event: "expected in May".
var whenPrepositions = map[string]bool{
	"in": true, "on": true, "by": true, "at": true, "before": true, "after": true, "until": true, "within": true, "next": true,
}

// plannedReach is how many words before a figure or a date a word of
// planning governs: "due to be released to the public Oct. 26".
const plannedReach = 8

// expectedBefore spots a forecast just before a figure: "economists had
// expected a half-point rise".
func (v *sentenceView) expectedBefore(from int) bool {
	return isExpectation(v.clauseBefore(from, 6))
}

// supersededBefore: the figure's clause tells it as a report since
// replaced: "first reported seven deaths", "had said two people were
// dead", "initially put the toll at five".
func (v *sentenceView) supersededBefore(from int) bool {
	ws := v.clauseBefore(from, 8)
	earlier := false
	for _, w := range ws {
		earlier = earlier || w.Lower == "earlier"
	}
	for i, w := range ws {
		if i+1 >= len(ws) || !isReportVerb(ws[i+1].Lower) {
			continue
		}
		switch w.Lower {
		case "first", "initially", "originally":
			return true
		case "had":
			return earlier // "earlier, police had said four": "had confirmed 12 by Tuesday" is no earlier word
		}
	}
	return false
}

// revisedBefore: the clause calls the figure a revised one ("revised
// figures put the spill at 1,100 tonnes", "was later revised to 1,100"):
// a level a change brought it to.
func (v *sentenceView) revisedBefore(from int) bool {
	for _, w := range v.clauseBefore(from, maxRevisedReach) {
		if w.Lower == "revised" {
			return true
		}
	}
	return false
}

// maxRevisedReach is how far before a figure "revised" may stand
// ("revised figures from the pollution unit put the spill at").
const maxRevisedReach = 10

func isReportVerb(w string) bool {
	switch w {
	case "reported", "said", "put", "gave", "announced", "counted", "estimated", "listed", "recorded", "confirmed":
		return true
	}
	return false
}

// clauseBefore gives up to n words before from, within its clause. A
// quoted stretch counts as one word: "she would start talks with 'every
// party that shares our values' on Monday" plans the talks.
func (v *sentenceView) clauseBefore(from, n int) []word {
	k := from - 1
	for counted := 0; k >= 0 && counted < n; k-- {
		if isClauseBreak(v.ws[k]) {
			break
		}
		if open := v.quoteOpening(k); open >= 0 {
			k = open
		}
		counted++
	}
	return v.ws[k+1 : from]
}

// quoteOpening is the first word of the quotation word k stands in, -1
// when word k is not quoted.
func (v *sentenceView) quoteOpening(k int) int {
	for _, r := range v.quoted {
		if r[0] <= v.ws[k].Start && v.ws[k].Start < r[1] {
			return wordIndexAt(v.ws, r[0])
		}
	}
	return -1
}

// isPlanned reports whether words announce an event still to come, or an
// outcome someone asks for: "prosecutors had sought eight years", "the
// union demanded a 35-hour week", "called for a two-day debate".
func isPlanned(ws []word) bool {
	for i, w := range ws {
		switch w.Lower {
		case "will", "shall", "scheduled", "planned", "upcoming", "if", "could", "might", "would", "should":
			return true // "should" also looks back at what was meant to be: "what should have been a two-hour crossing"
		case "supposed", "meant":
			if i+1 < len(ws) && ws[i+1].Lower == "to" {
				return true // "was supposed to be a two-hour crossing"
			}
		case "may":
			if !w.Capital {
				return true // "cuts may be needed on Friday"; "in May" is a month
			}
		case "sought", "seek", "seeks", "seeking", "demanded", "demanding", "requested", "requesting", "proposed", "proposing":
			return true
		case "allotted", "allocated", "earmarked", "budgeted", "reserved":
			return true // "has allotted five hours to the debate": time allowed, not taken
		case "aside":
			if i > 0 && ws[i-1].Lower == "set" {
				return true // "set aside two days for the hearing"
			}
		case "asked", "called", "pressed", "pushed", "asking", "calling", "pressing", "pushing":
			if i+1 < len(ws) && ws[i+1].Lower == "for" {
				return true
			}
		case "due":
			// "is due to testify", "not due until 2027", "due on
			// Thursday"; "due to the storm" gives a cause.
			if i+1 >= len(ws) || ws[i+1].Lower != "to" || i+2 >= len(ws) || !determiners[ws[i+2].Lower] {
				return true
			}
		case "expected", "set", "expects", "expect", "plans", "plan", "aims", "aim", "aimed",
			"hopes", "hope", "hoped", "intends", "intend", "intended", "wants", "want", "wanted",
			"pledged", "promised", "vowed":
			// "expects to close the deal": an intention, its event
			// still to come.
			if i+1 < len(ws) && ws[i+1].Lower == "to" {
				return true
			}
			// With nothing after it, the word stands right before the
			// figure or date it plans.
			if w.Lower == "expected" && (i+1 == len(ws) || whenPrepositions[ws[i+1].Lower]) && (i == 0 || ws[i-1].Lower != "as") {
				return true // "a hearing is expected in October"; "as expected on Monday" looks back
			}
		case "likely", "unlikely":
			if i+1 == len(ws) || ws[i+1].Lower == "to" || whenPrepositions[ws[i+1].Lower] {
				return true // "a ruling is likely in May", "unlikely before the summer"
			}
		}
	}
	return false
}
