// Clauses and verb forms: a cue governs only its own clause, and a verb
// cue is one verb whatever its inflection.

package claim

import (
	"github.com/crosscheck/crosscheck/pkg/mention"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/nlp"
)

// sameVerb reports whether word w is an inflection of the verb form cue
// ("killing", "kills" and "killed" are one verb; "injuring" and
// "injured"; "freeing" and "freed"). Only regular English inflection is
// read; irregular forms stay separate cues.
func sameVerb(w, cue string) bool { return shareForm(verbForms(w), verbForms(cue)) }

// verbForms is a word with the bases it can be an inflection of.
func verbForms(w string) []string { return append(verbBases(w), w) }

func shareForm(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// verbBases lists the bases a regular inflected form can come from:
// "killing" -> kill; "injuring" -> injure; "stopping" -> stop; "died" ->
// die; "freed" -> free. A word with no inflectional ending has none, so
// nouns and adjectives never match by this rule.
func verbBases(w string) []string {
	var out []string
	add := func(s string) {
		if len(s) >= 3 {
			out = append(out, s)
		}
	}
	switch {
	case strings.HasSuffix(w, "ying") && len(w) == 5:
		add(w[:len(w)-4] + "ie") // dying -> die
	case strings.HasSuffix(w, "ying") && len(w) > 5:
		add(w[:len(w)-3]) // burying -> bury, carrying -> carry
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		stem := w[:len(w)-3]
		add(stem)
		add(stem + "e")
		if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
			add(stem[:n-1])
		}
	case strings.HasSuffix(w, "ied") && len(w) > 3:
		add(w[:len(w)-3] + "y") // buried -> bury
		add(w[:len(w)-1])       // died -> die
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		stem := w[:len(w)-2]
		add(stem)
		add(w[:len(w)-1]) // freed -> free, injured -> injure
		if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
			add(stem[:n-1])
		}
	case strings.HasSuffix(w, "es") && len(w) > 4:
		add(w[:len(w)-2])
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 4:
		add(w[:len(w)-1])
	}
	return out
}

// clauseOf returns the bounds [from, to) of the clause holding word i.
// Clauses end at strong punctuation, and at a comma or a coordinating or
// subordinating word that opens a clause of its own ("and left 3,000
// homeless", "while 12 were injured", ", which ran to two hours").
func (v *sentenceView) clauseOf(i int) (int, int) { return clauseAround(v.ws, i, v.opensClause) }

// clauseAround returns the bounds [from, to) of the run of words around
// word i that no word for which opens holds breaks.
func clauseAround(ws []word, i int, opens func(int) bool) (int, int) {
	from := i
	for from > 0 && i-from < maxClauseWords && !opens(from) {
		from--
	}
	to := i + 1
	for to < len(ws) && to-i < maxClauseWords && !opens(to) {
		to++
	}
	return from, to
}

// maxClauseWords bounds how far a clause reaches either side of a word: a
// run of words no clause opening breaks for longer (a list, a page with
// no stops) is read a window at a time, so that reading every figure of
// it costs time in proportion to its length.
const maxClauseWords = 60

// opensClause reports whether a new clause starts at word j.
func (v *sentenceView) opensClause(j int) bool {
	ws := v.ws
	switch ws[j].Lower {
	case ":":
		return !v.labelsPredicate(j)
	case ";", "—", "–", "(", ")", ",":
		return true
	case "but", "while", "whereas", "although", "though", "which", "who", "whose", "because", "when":
		return true
	case "than", "compared", "up", "down":
		return v.opensComparison(j)
	case "and", "or":
		// "and" opens a clause when a verb of its own follows it ("and
		// left 3,000 homeless", "and forcing 400 from their homes"), or a
		// subject of its own and then its verb ("and the vote took ten
		// minutes"); "Brandt and Dubrin" and "killed and injured", where
		// the participle shares the clause's auxiliary, join words.
		return j+1 < len(ws) && (v.startsClauseVerb(j+1) || v.subjectThenVerb(j+1))
	}
	return false
}

// labelsPredicate: the colon at j ends a short label that opens the
// sentence, and a verb follows it with no subject of its own: "Session
// two (Tuesday): lasted nine hours". The label is the verb's subject, so
// the two are one clause.
func (v *sentenceView) labelsPredicate(j int) bool {
	if j == 0 || j > maxLabelWords || j+1 >= len(v.ws) || !v.isVerbAt(j+1) || v.tag(j+1) == "VBG" {
		return false
	}
	for k := 0; k < j; k++ {
		if v.isVerbAt(k) {
			return false
		}
	}
	return true
}

// maxLabelWords bounds a label before a colon.
const maxLabelWords = 8

// subjectThenVerb: the words from j are a noun phrase led by a
// determiner and then a finite verb ("the vote took", "its chief
// executive said"), the start of a clause with a subject of its own,
// after a clause that has its verb: in "a tanker and a ferry collided"
// the "and" joins two subjects of one verb.
func (v *sentenceView) subjectThenVerb(j int) bool {
	if !determiners[v.ws[j].Lower] || !v.verbBefore(j-1) {
		return false
	}
	for k := j + 1; k < len(v.ws) && k <= j+4; k++ {
		if isClauseBreak(v.ws[k]) {
			return false
		}
		if v.isFiniteVerbAt(k) {
			return k > j+1
		}
	}
	return false
}

// subjectScope is the loose clause of word i together with the clause
// its predicate shares a subject with: "the 2009 fire burned 20,000 acres
// and destroyed over 40 houses" says of both figures what its subject
// says ("the 2009 fire"), while "and the vote took ten minutes" has a
// subject of its own.
func (v *sentenceView) subjectScope(i int) (int, int) {
	from, to := v.looseClauseOf(i)
	if from > 0 && v.coordinatedPredicate(from) {
		from, _ = v.looseClauseOf(from - 1)
	}
	return from, to
}

// coordinatedPredicate: word j joins a predicate with no subject of its
// own to the clause before ("and destroyed 40 houses", "and had risen to
// 47"): "and", "or" or "but" with a verb right after it.
func (v *sentenceView) coordinatedPredicate(j int) bool {
	switch v.ws[j].Lower {
	case "and", "or", "but":
	default:
		return false
	}
	if j+1 >= len(v.ws) {
		return false
	}
	next := v.ws[j+1].Lower
	return auxiliaries[next] || isFiniteVerbish(next) || v.startsClauseVerb(j+1)
}

// looseClauseOf is clauseOf without the breaks at commas and relative
// words: "the previous call, in January, lasted 90 minutes" keeps its
// cue, while ", and their negotiators are packing for a second round"
// is a clause of its own.
func (v *sentenceView) looseClauseOf(i int) (int, int) {
	return clauseAround(v.ws, i, v.opensLooseClause)
}

// A colon does not end one: what follows it spells out what came before
// ("their second conversation this year: in late January they talked
// for two hours").
func (v *sentenceView) opensLooseClause(j int) bool {
	ws := v.ws
	switch ws[j].Lower {
	case ";", "—", "–", "but", "while", "whereas", "although", "though":
		return true
	case "than", "compared", "up", "down":
		return v.opensComparison(j)
	case "and", "or":
		return j > 0 && ws[j-1].Lower == "," || v.opensClause(j)
	case "that":
		// "told a call, which ran for 90 minutes, that savings would
		// start in 2027": "that" after a comma opens what was told,
		// not a relative clause on the noun before it.
		return j > 0 && ws[j-1].Lower == ","
	case "as":
		// "36 deaths have been confirmed, as families braced for another
		// blackout": a clause of time after a comma tells its own event.
		return j > 0 && ws[j-1].Lower == "," && v.finiteVerbWithin(j+1, 5)
	case "after", "before":
		// "began a recount on Tuesday, after the challenger finished 1,312
		// votes ahead": a clause of time tells the event before or after
		// the main clause's, with its own figures.
		return j > 0 && ws[j-1].Lower == "," && v.finiteVerbWithin(j+1, 4)
	case "with", "followed":
		// "the first walkout starts on 3 March, with a four-day strike
		// to follow on 17 March": a phrase after a comma that brings in
		// the next event of a series has its own day and place in it.
		return j > 0 && ws[j-1].Lower == "," && v.bringsInNext(j)
	}
	return false
}

// finiteVerbWithin: a finite verb stands in the n words from j, before
// any break: the words make a clause.
func (v *sentenceView) finiteVerbWithin(j, n int) bool {
	for k := j; k < len(v.ws) && k < j+n; k++ {
		if isClauseBreak(v.ws[k]) {
			return false
		}
		if v.isFiniteVerbAt(k) || v.tag(k) == "VBN" && k > j {
			return true // "as families braced", however the tagger reads "braced"
		}
	}
	return false
}

// bringsInNext: the phrase at word j, opened by "with" or "followed",
// brings in a later event ("with a four-day strike to follow", "with
// more to come", "followed by a second round").
func (v *sentenceView) bringsInNext(j int) bool {
	if v.ws[j].Lower == "followed" {
		return j+1 < len(v.ws) && v.ws[j+1].Lower == "by"
	}
	for k := j + 1; k < len(v.ws) && k <= j+7; k++ {
		if w := v.ws[k].Lower; (w == "follow" || w == "come") && v.ws[k-1].Lower == "to" {
			return true
		}
		if isClauseBreak(v.ws[k]) {
			return false
		}
	}
	return false
}

// opensComparison: word j opens the other side of a comparison, a
// constituent of its own whose figures and time words are not those of
// the measure it is compared with: "€6m larger than last year's", "up
// from 1.2 million in 2020", "compared with 40 a year earlier". A "than"
// inside a figure's own hedge ("more than 40") opens nothing.
func (v *sentenceView) opensComparison(j int) bool {
	ws := v.ws
	switch ws[j].Lower {
	case "than":
		return !v.inMention(ws[j].Start)
	case "compared":
		return j+1 < len(ws) && (ws[j+1].Lower == "with" || ws[j+1].Lower == "to")
	default: // "up", "down"; "up on the first round" compares as "up from" does
		return j+1 < len(ws) && (ws[j+1].Lower == "from" || ws[j+1].Lower == "on" && j > 0 && ws[j-1].Lower == ",")
	}
}

// inMention reports whether offset lies inside one of the sentence's
// mentions.
func (v *sentenceView) inMention(offset int) bool { return v.inMentionWhere(offset, nil) }

// inDateMention reports whether word j is part of a date.
func (v *sentenceView) inDateMention(j int) bool {
	return v.inMentionWhere(v.ws[j].Start, func(m *mention.Mention) bool { return m.Type == mention.TypeDate })
}

// inMentionWhere reports whether offset lies inside one of the
// sentence's mentions that keep holds for (any, when keep is nil).
func (v *sentenceView) inMentionWhere(offset int, keep func(*mention.Mention) bool) bool {
	for _, mi := range v.s.Mentions {
		if m := &v.a.Mentions[mi]; m.Start <= offset && offset < m.End && (keep == nil || keep(m)) {
			return true
		}
	}
	return false
}

// startsClauseVerb: word j is a verb that heads a clause of its own: a
// finite verb, an auxiliary or a gerund, by the tagger's reading.
func (v *sentenceView) startsClauseVerb(j int) bool {
	switch v.tag(j) {
	case "VBD", "VBZ", "VBP", "MD", "VBG":
		return true
	}
	return auxiliaries[v.ws[j].Lower]
}

// verbBefore: a finite verb stands between the last clause break and
// word j.
func (v *sentenceView) verbBefore(j int) bool {
	for k := j - 1; k >= 0 && !isClauseBreak(v.ws[k]); k-- {
		if v.isFiniteVerbAt(k) {
			return true
		}
	}
	return false
}

// tag gives the part-of-speech tag of word i (Penn Treebank: "VBD",
// "NN", ...), tagging the sentence on first need; "" where the tagger's
// tokens do not line up with the words.
func (v *sentenceView) tag(i int) string {
	if v.posTags == nil {
		v.posTags = make([]string, len(v.ws))
		tokens, _ := nlp.Tag(v.a.Doc.Text, v.s.Start, v.s.End, false)
		k := 0
		for wi, w := range v.ws {
			for k < len(tokens) && tokens[k].Start < w.Start {
				k++
			}
			if k < len(tokens) && tokens[k].Start == w.Start {
				v.posTags[wi] = tokens[k].Tag
			}
		}
		v.mendIrregularPasts()
		v.mendInfinitiveLast()
	}
	if i < 0 || i >= len(v.posTags) {
		return ""
	}
	return v.posTags[i]
}

// mendIrregularPasts retags as a past verb an irregular past form the
// tagger read as a noun right after its subject ("the fire swung/NN
// towards the village", "the wheat ran/NN aground"): the tagger's model
// knows little of past forms that take no "-ed". Only a form that is no
// common noun or adjective of its own is mended, and only where a noun or
// pronoun stands before it and no noun follows.
func (v *sentenceView) mendIrregularPasts() {
	for i := 1; i < len(v.posTags); i++ {
		w := v.ws[i].Lower
		if t := v.posTags[i]; t != "NN" && t != "JJ" || !pastOnlyForm(w) || v.ws[i].Capital {
			continue
		}
		prev := v.posTags[i-1]
		if !strings.HasPrefix(prev, "NN") && prev != "PRP" {
			continue
		}
		if i+1 < len(v.posTags) && strings.HasPrefix(v.posTags[i+1], "NN") {
			continue // a noun after it makes it a modifier of that noun
		}
		v.posTags[i] = "VBD"
	}
}

// mendInfinitiveLast retags "last" after the infinitive's "to" as the
// verb ("is expected to last four days", "were due to last until
// Friday"), which the tagger reads as the adjective; "up to last year"
// and "to last summer's levels" keep a noun after it and stay adjectives.
func (v *sentenceView) mendInfinitiveLast() {
	for i := 1; i < len(v.posTags); i++ {
		if v.ws[i].Lower != "last" || v.posTags[i-1] != "TO" || v.posTags[i] == "VB" {
			continue
		}
		if i+1 < len(v.posTags) && (strings.HasPrefix(v.posTags[i+1], "NN") || v.posTags[i+1] == "JJ") {
			continue
		}
		v.posTags[i] = "VB"
	}
}

// pastOnlyForm: w is an irregular past form and nothing else ("swung",
// "ran", "fled"), unlike "left", "set", "saw" or "rose", which are nouns,
// adjectives or present forms as well.
func pastOnlyForm(w string) bool {
	base, ok := mention.VerbBase(w)
	return ok && base != w && !pastAlsoOther[w]
}

// pastAlsoOther are irregular past forms that are also common nouns,
// adjectives or base forms.
var pastAlsoOther = map[string]bool{
	"left": true, "set": true, "cut": true, "shut": true, "spread": true, "hurt": true, "quit": true,
	"saw": true, "rose": true, "fell": true, "bore": true, "lent": true, "shot": true, "found": true,
	"stole": true, "lost": true, "held": true, "led": true, "met": true, "felt": true, "hid": true,
	"known": true, "broken": true, "frozen": true, "hidden": true, "stolen": true, "fallen": true,
	"stricken": true, "sunk": true, "written": true, "chosen": true, "grown": true, "given": true,
	"taken": true, "spoken": true, "drawn": true, "thrown": true, "driven": true, "ridden": true,
	"torn": true, "shaken": true, "risen": true, "flown": true, "begun": true, "gone": true, "seen": true,
	"bitten": true, "withdrawn": true, "arisen": true, "borne": true, "lain": true, "forgiven": true,
	"gotten": true, "shrunk": true,
}

// isVerbAt reports whether word i is a verb in its sentence.
func (v *sentenceView) isVerbAt(i int) bool { return strings.HasPrefix(v.tag(i), "VB") }

// isFiniteVerbAt reports a verb that heads a clause at word i ("includes",
// "were"), not a participle before a noun ("planned operations", "the
// derailed carriages"). A participle before a noun stands where a noun
// phrase begins; after a noun or a relative pronoun the same form is the
// verb of that subject ("the man who ran Serranía").
func (v *sentenceView) isFiniteVerbAt(i int) bool {
	switch v.tag(i) {
	case "VBZ", "VBP", "MD":
		return true
	case "VBD":
		return !strings.HasPrefix(v.tag(i+1), "NN") || v.afterSubject(i)
	}
	return false
}

// afterSubject: the word before i is a relative pronoun, a personal
// pronoun or a noun, which a verb at i has for its subject.
func (v *sentenceView) afterSubject(i int) bool {
	if i == 0 {
		return false
	}
	switch prev := v.tag(i - 1); {
	case prev == "WP" || prev == "WDT" || prev == "PRP":
		return true
	case strings.HasPrefix(prev, "NN"):
		return strings.HasPrefix(v.tag(i+1), "NNP") // "the police arrested Kern", not "the police derailed carriages"
	}
	return false
}

// actKey is one key for every form of a verb, so that a timeline's
// present ("files") meets a report's past ("filed"): the lemma with any
// final e dropped, the e English drops before -ed and -ing and keeps
// before -s.
func actKey(w string) string {
	if base, ok := mention.VerbBase(w); ok {
		return strings.TrimSuffix(base, "e")
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		w = w[:len(w)-1]
	default:
		w = lemmaOf(w)
	}
	return strings.TrimSuffix(w, "e")
}

// lemmaOf gives the base of an inflected verb form ("crested" -> crest,
// "phased" -> phase, "derailing" -> derail, "supplied" -> supply). A stem ending in s, c, g, v
// or z, in -at after a consonant or u, or in -id or -ud after a
// consonant, takes back the e English drops before -ed and -ing; a
// consonant doubled before them is single again.
func lemmaOf(w string) string {
	if base, ok := mention.VerbBase(w); ok {
		return base
	}
	bases := verbBases(w)
	if len(bases) == 0 {
		return w
	}
	b := bases[0]
	if n := len(b); (strings.HasSuffix(w, "ied") || strings.HasSuffix(w, "ies")) && n >= 4 && b[n-1] == 'i' {
		return b[:n-1] + "y" // "supplied", "supplies" -> supply, "buried" -> bury; "died" keeps its e
	}
	if n := len(b); n >= 2 && strings.ContainsRune("scgvz", rune(b[n-1])) && b[n-1] != b[n-2] {
		return b + "e"
	}
	if n := len(b); n >= 4 && b[n-1] == b[n-2] && !strings.ContainsRune("lsfz", rune(b[n-1])) {
		return b[:n-1] // "barred" -> bar, "stopped" -> stop; "added" and "called" keep theirs
	}
	if n := len(b); n >= 6 && strings.HasSuffix(b, "ell") {
		return b[:n-1] // "levelled" -> level, "cancelled" -> cancel; "spelled" keeps spell
	}
	if n := len(b); n >= 5 && strings.HasSuffix(b, "at") && !strings.ContainsRune("eoa", rune(b[n-3])) {
		return b + "e" // "vaccinated" -> vaccinate, "evacuated" -> evacuate; "treated" keeps treat
	}
	if n := len(b); n >= 5 && b[n-1] == 'd' && strings.ContainsRune("iu", rune(b[n-2])) && !strings.ContainsRune("aeiou", rune(b[n-3])) {
		return b + "e" // "divided" -> divide, "included" -> include; "avoided" keeps avoid
	}
	if n := len(b); n >= 4 && b[n-1] == 'l' && strings.ContainsRune("bcdfgkptz", rune(b[n-2])) {
		return b + "e" // "embezzling" -> embezzle, "handled" -> handle; "curled" keeps curl
	}
	return b
}
