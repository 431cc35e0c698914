// Acts no lexicon knows: a day on a verb the event lexicons do not hold
// still dates something, the verb's act on the thing it acts on.

package claim

import (
	"cmp"
	"strings"
)

// actOfDate gives the act a day dates when no lexicon knows its verb
// ("the opposition tabled the motion on 4 November", "- 6 November:
// Social Front files the motion", "the motion, tabled on 4 November"):
// the verb's lemma and the head of the one definite thing it acts on, so
// that two articles meet only where both tell the same verb of the same
// thing. A thing told with "a" is one of several of its kind, and a verb
// with no such thing dates nothing that can be told apart; both give "".
func (v *sentenceView) actOfDate(from, to int) (string, string) {
	if v.spanWord(from) {
		return "", "" // "has run the site since 2022": a state's start, no act's day
	}
	j := v.actVerb(from, to)
	if j < 0 {
		return "", ""
	}
	lemma := actKey(v.ws[j].Lower)
	if notActs[lemma] || statementActs[v.ws[j].Lower] || v.repeatedAct(j) {
		return "", ""
	}
	var head int
	if v.passiveAt(j) {
		head = v.definiteHeadBefore(j)
	} else {
		head = v.definiteHeadAfter(j + 1)
	}
	if head < 0 && !v.passiveAt(j) {
		if name := v.nameObjectAfter(j + 1); name != "" {
			// "the boat left Tarsk on Wednesday": an act on a named place
			// or party is told apart by its doer and the name both.
			if subject := v.definiteHeadBefore(j); subject >= 0 && !timeNouns[stem(v.ws[subject].Lower)] {
				return "act:" + cmp.Or(sameActKeys[lemma], lemma) + ":" + stem(v.ws[subject].Lower) + ":" + name, v.ws[j].Lower
			}
		}
	}
	if head < 0 || timeNouns[stem(v.ws[head].Lower)] || !isWordRune(firstRune(v.ws[head].Lower)) || strings.ContainsAny(v.ws[head].Lower, "0123456789") {
		return "", ""
	}
	return "act:" + cmp.Or(sameActKeys[lemma], lemma) + ":" + stem(v.ws[head].Lower), v.ws[j].Lower
}

// sameActKeys give one key to the verbs that name one act: a motion, a
// complaint or a bid tabled, filed, lodged or submitted is put in.
var sameActKeys = func() map[string]string {
	out := map[string]string{}
	for _, w := range strings.Fields("table file lodge submit") {
		out[actKey(w)] = "submit"
	}
	return out
}()

// spanWord: the day at from is an end of a span ("since 2022", "until
// May", "by Friday"), not the point an act took place at.
func (v *sentenceView) spanWord(from int) bool {
	for _, k := range []int{from, from - 1} {
		if k >= 0 && k < len(v.ws) {
			switch v.ws[k].Lower {
			case "since", "until", "till", "by", "from", "before", "after":
				return true
			}
		}
	}
	return false
}

// actVerb is the verb a day hangs on: the nearest verb before it in its
// clause, or, for a day that opens its clause or a timeline entry ("6
// November: the party files the motion"), the first verb after it. -1
// when the verb is no finite verb or past participle.
func (v *sentenceView) actVerb(from, to int) int {
	for j := from - 1; j >= 0 && j >= from-10; j-- {
		w := v.ws[j]
		if isClauseBreak(w) && !(w.Lower == "," && j > 0 && v.tag(j+1) == "VBN") {
			break
		}
		if strings.HasPrefix(v.tag(j), "W") || w.Lower == "that" {
			break
		}
		if auxiliaries[w.Lower] {
			continue
		}
		if v.actTag(j) {
			return j
		}
		if v.isVerbAt(j) {
			return -1 // "agreed to meet on Tuesday", "planning to vote on Monday"
		}
	}
	opens := from == 0 || isClauseBreak(v.ws[from-1])
	if !opens {
		return -1
	}
	k := to
	for k < len(v.ws) && (isClauseBreak(v.ws[k]) || clockWord(v.ws[k].Lower)) {
		k++ // "Friday 1 August, around 23:00 — the boat leaves": the hour is the day's
	}
	for j := k; j < len(v.ws) && j < k+8; j++ {
		if isClauseBreak(v.ws[j]) {
			return -1
		}
		if auxiliaries[v.ws[j].Lower] {
			continue
		}
		if v.actTag(j) {
			return j
		}
		if v.isVerbAt(j) {
			return -1
		}
	}
	return -1
}

// clockWord: a word of a time of day written after a day ("23:00",
// "5.50", "p.m.", "around").
func clockWord(w string) bool {
	switch w {
	case "around", "about", "at", "approximately", "shortly", "after", "before", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "local", "time", "noon", "midnight":
		return true
	}
	digits := strings.Trim(w, "0123456789")
	return digits != w && (digits == ":" || digits == ".") && strings.Count(w, digits) == 1
}

// actTag: word j is a verb that tells an act: a finite verb or a past
// participle, not an infinitive or a gerund.
func (v *sentenceView) actTag(j int) bool {
	switch v.tag(j) {
	case "VBD", "VBN", "VBZ", "VBP":
		return !v.ws[j].Capital || j == 0 || isClauseBreak(v.ws[j-1]) || v.dashBefore(j)
	}
	return false
}

// passiveAt: the participle at j is passive, after a form of "be" or
// set off by a comma after its noun ("the motion, tabled on 4
// November"). Right after a noun with no comma the tagger's participle
// is as often a past with that noun for subject ("the union called").
func (v *sentenceView) passiveAt(j int) bool {
	if v.tag(j) == "VBD" && j >= 2 && v.ws[j-1].Lower == "," && strings.HasPrefix(v.tag(j-2), "NN") && !v.definiteOpener(min(j+1, len(v.ws)-1)) {
		return true // "the motion, tabled on 4 November": the tagger reads a past
	}
	if v.tag(j) != "VBN" {
		return false
	}
	k := j - 1
	for k >= 0 && v.tag(k) == "RB" {
		k--
	}
	if k < 0 {
		return false
	}
	if w := v.ws[k].Lower; w == "," {
		return k > 0 && strings.HasPrefix(v.tag(k-1), "NN")
	}
	return beForms[v.ws[k].Lower]
}

// definiteHeadAfter is the head of the definite noun phrase that opens
// at i ("the no-confidence motion", "its takeover of the club"): its last
// common noun before a preposition, verb or stop; -1 when the phrase is
// not definite or heads on no common noun.
func (v *sentenceView) definiteHeadAfter(i int) int {
	if i < len(v.ws) && v.tag(i) == "RP" {
		i++ // "handed over the keys"
	}
	if i >= len(v.ws) || !v.definiteOpener(i) {
		return -1
	}
	head := -1
	for j := i + 1; j < len(v.ws) && j < i+6; j++ {
		t := v.tag(j)
		if !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "CD" && t != "POS" && !v.ws[j].possessive() {
			break // "the lower town", "its largest plant": comparatives and superlatives are adjectives too
		}
		if t == "NN" || t == "NNS" {
			head = j
		}
	}
	return head
}

// nameObjectAfter is the proper name a verb takes as its object at i
// ("left Tarsk", "reached Port Alden"), folded and joined, when the name
// ends the verb's phrase; "" otherwise.
func (v *sentenceView) nameObjectAfter(i int) string {
	if i < len(v.ws) && v.tag(i) == "RP" {
		i++
	}
	var words []string
	k := i
	for k < len(v.ws) && k < i+4 && v.ws[k].Capital && v.tag(k) == "NNP" {
		words = append(words, v.ws[k].Lower)
		k++
	}
	if len(words) == 0 || k < len(v.ws) && !v.ws[k].isPunct() && v.tag(k) != "IN" && v.tag(k) != "TO" {
		return ""
	}
	return strings.Join(words, "-")
}

// definiteOpener: word i opens a definite noun phrase.
func (v *sentenceView) definiteOpener(i int) bool {
	switch v.ws[i].Lower {
	case "the", "its", "their", "his", "her", "our", "this":
		return true
	}
	return v.ws[i].possessive()
}

// definiteHeadBefore is the head of the definite subject of a passive
// participle at j ("the motion was tabled", "the motion, tabled").
func (v *sentenceView) definiteHeadBefore(j int) int {
	k := j - 1
	for k >= 0 && (auxiliaries[v.ws[k].Lower] || v.tag(k) == "RB" || v.ws[k].Lower == ",") {
		k--
	}
	if k < 0 || v.tag(k) != "NN" && v.tag(k) != "NNS" {
		return -1
	}
	for o := k - 1; o >= 0 && o >= k-4; o-- {
		if v.definiteOpener(o) {
			return k
		}
		if t := v.tag(o); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			return -1
		}
	}
	return -1
}

// repeatedAct: the clause tells the act as done again ("searched the
// house again on Friday"), one of several.
func (v *sentenceView) repeatedAct(j int) bool {
	for k := max(0, j-3); k < len(v.ws) && k < j+8; k++ {
		switch v.ws[k].Lower {
		case "again", "once", "another", "second", "third", "latest":
			return true
		}
	}
	return false
}

// notActs are verbs that tell a state, a saying or a wish, not an act,
// keyed as actKey keys them.
var notActs = actKeys("be have remain stay seem appear become say tell expect plan hope want need " +
	"know think believe continue keep begin start end show see do get make include take give go " +
	"come follow mark schedule set report confirm announce")

func actKeys(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[actKey(w)] = true
	}
	return out
}

// timeNouns name spans of time, not things acted on.
var timeNouns = map[string]bool{
	"day": true, "week": true, "month": true, "year": true, "time": true, "night": true, "morning": true,
	"evening": true, "afternoon": true, "weekend": true, "hour": true, "date": true, "deadline": true,
}
