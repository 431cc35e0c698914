package claim

import "strings"

// Whose a figure is: the name that holds a count ("Orvenia released 61")
// or the person a length belongs to ("sentenced Brand to five years"),
// read from the verb that governs the figure and its subject or object.

// sentenceSubjectName is the name that opens the sentence as the subject
// of its first verb ("Ortega started the game ..."); "" when the sentence opens
// otherwise.
func (v *sentenceView) sentenceSubjectName() string {
	for _, n := range v.names {
		if n.Start != v.ws[0].Start {
			continue
		}
		next := wordIndexAt(v.ws, n.End)
		for next < len(v.ws) && v.ws[next].Start < n.End {
			next++
		}
		if next < len(v.ws) && v.isVerbAt(next) {
			return n.Key
		}
	}
	return ""
}

// subjectNameOf is the name that is the subject of the verb governing the
// figure at word from, in its clause: "Orvenia released 61", "Brees
// threw for 364 yards". "" when the subject is no name.
func (v *sentenceView) subjectNameOf(from int) string {
	name, _ := v.subjectOfFigure(from)
	return name
}

// personOfLength is whose a length is: the person named as the object of
// its verb, whom the figure then completes ("sentenced Brand to five
// years", "jailed Kern for two years"), else the person that opens the
// clause as the verb's subject ("Brand was jailed for five years", "His
// deputy, Lisa Kern, was sentenced to two"). "" when neither is a
// person's name: "the gang that raided the Museum of Decorative Arts
// spent 40 minutes" is the gang's length.
func (v *sentenceView) personOfLength(from int) string {
	name, verb := v.subjectOfFigure(from)
	if verb < 0 {
		if who := v.gappedPerson(from); who != "" {
			return who
		}
		if verb = v.sentencingVerbBefore(from); verb < 0 {
			return ""
		}
	}
	for _, n := range v.names {
		if n.Person && n.Start >= v.ws[verb].End && n.End <= v.ws[from].Start && !v.nameSpansBreak(n, from) {
			return n.Key
		}
	}
	if v.activeWithObject(verb, from) {
		// "Judge Ilse Dorn sentenced the driver to six years": the one
		// an active verb acts on holds the length, not its subject.
		return ""
	}
	start, _ := v.clauseOf(verb)
	for _, n := range v.names {
		if n.Key == name && n.Person && n.Start == v.ws[start].Start {
			return name
		}
	}
	if who := v.nameBeforeVerb(verb); who != "" {
		return who
	}
	return v.appositiveSubject(verb)
}

// activeWithObject: the verb at verb is active and has an object before
// the length at from ("sentenced the driver to six years"), unlike a
// passive ("was jailed for six years") or a verb the length completes
// ("served six years").
func (v *sentenceView) activeWithObject(verb, from int) bool {
	if verb > 0 && beForms[v.ws[verb-1].Lower] {
		return false
	}
	first := verb + 1
	if first < len(v.ws) && (v.ws[first].Lower == "to" || v.ws[first].Lower == "for") {
		return false
	}
	return first < from-1
}

// beForms make a participle after them passive.
var beForms = map[string]bool{"was": true, "were": true, "been": true, "is": true, "are": true, "be": true, "being": true}

// maxObjectWords bounds the object, titles and all, between a verb and
// the length it gives ("sentenced the former chief executive of the
// group, Ivan Dorsky, to eight years").
const maxObjectWords = 12

// sentencingVerbBefore is the verb, further back than a subject's verb
// is looked for, whose long object a length completes; -1 when a clause
// opens or breaks first.
func (v *sentenceView) sentencingVerbBefore(from int) int {
	if from == 0 || v.ws[from-1].Lower != "to" && v.ws[from-1].Lower != "for" {
		return -1 // "sentenced X to eight years", "jailed X for eight years"
	}
	for k := from - 1; k > 0 && k >= from-maxObjectWords; k-- {
		if isClauseBreak(v.ws[k]) && v.ws[k].Lower != "," || v.ws[k].Lower != "," && v.opensClause(k) {
			return -1 // the commas around a name in apposition open no clause
		}
		if v.tag(k) == "IN" && v.ws[k].Lower != "of" && k < from-1 {
			return -1 // "spoke by phone with President Vell for 50 minutes": no object the length completes
		}
		if v.isVerbAt(k) && !auxiliaries[v.ws[k].Lower] && !v.prenominalParticiple(k) {
			return k
		}
	}
	return -1
}

// gappedPerson is the person of a conjunct that leaves out its verb:
// "sentenced Dorsky to eight years and his deputy Lena Marsh to three":
// the name right before "to" after "and".
func (v *sentenceView) gappedPerson(from int) string {
	if from < 3 || v.ws[from-1].Lower != "to" {
		return ""
	}
	for _, n := range v.names {
		if !n.Person || n.End != v.ws[from-2].End {
			continue
		}
		for k := wordIndexAt(v.ws, n.Start) - 1; k >= 0 && k >= from-8; k-- {
			switch {
			case v.ws[k].Lower == "and":
				return n.Key
			case v.isVerbAt(k) && !v.prenominalParticiple(k) || isClauseBreak(v.ws[k]):
				return ""
			}
		}
	}
	return ""
}

// nameBeforeVerb is the person named just before the verb at word verb
// and its auxiliaries, its subject whatever titles go before the name
// ("Former mayor Ivo Ortiz was jailed", "Ortiz was sentenced", "Ortiz,
// who was sentenced"); "" when the word before is no person's name.
func (v *sentenceView) nameBeforeVerb(verb int) string {
	k := verb - 1
	for k >= 0 && auxiliaries[v.ws[k].Lower] {
		k--
	}
	if k >= 1 && v.ws[k].Lower == "who" && v.ws[k-1].Lower == "," {
		k -= 2 // "Lena Brandt, who was jailed": the name the clause hangs on
		if k >= 1 && v.tag(k) == "CD" && v.ws[k-1].Lower == "," {
			k -= 2 // "Lena Brandt, 47, who was jailed": past her age
		}
	}
	if k >= 1 && v.participleAside(verb) {
		k-- // "Ada Brecht, detained for seven weeks, was released": the participle hangs on the name before it
	} else if k >= 0 && v.ws[k].Lower == "," {
		if who := v.whoClauseBefore(k); who >= 0 {
			k = who // "Ansgar Dorsk, who ran the port for a decade, was jailed"
		} else {
			k = v.beforeAppositive(k) // "Lena Brandt, his deputy, was jailed"
		}
	}
	if k < 0 {
		return ""
	}
	for _, n := range v.names {
		if n.Person && n.End == v.ws[k].End && !(n.Guessed && v.insideLongerName(n)) {
			return n.Key
		}
	}
	return ""
}

// participleAside: the verb at verb opens a participle phrase set off by
// commas after the subject, before the main verb ("The hostages, held
// for seven weeks in a cellar, were freed"): what it tells is of the
// noun before the comma. A main verb after an appositive ("The truce,
// brokered by Vass, collapsed after 11 days") has no second comma and
// verb after it.
func (v *sentenceView) participleAside(verb int) bool {
	if verb < 2 || v.ws[verb-1].Lower != "," || v.tag(verb) != "VBN" && v.tag(verb) != "VBD" {
		return false
	}
	for j := verb + 1; j+1 < len(v.ws) && j <= verb+12; j++ {
		if isClauseBreak(v.ws[j]) && v.ws[j].Lower != "," {
			return false
		}
		if v.ws[j].Lower == "," {
			next := v.ws[j+1].Lower
			return auxiliaries[next] || v.isFiniteVerbAt(j+1)
		}
	}
	return false
}

// insideLongerName: the words before a name make it the end of a longer
// one, a body's or a place's ("the Museum of Decorative Arts"): "of",
// "the" or a capitalised word stands right before it.
func (v *sentenceView) insideLongerName(n nameRun) bool {
	i := wordIndexAt(v.ws, n.Start)
	if i <= 0 || i >= len(v.ws) {
		return false
	}
	prev := v.ws[i-1]
	return prev.Lower == "of" || prev.Lower == "the" || prev.Capital
}

// appositiveSubject is the person named between commas just before a
// verb's auxiliaries, a title before the name or not, when the words
// before it open the sentence and hold no verb ("His deputy, Lisa Kern,
// was sentenced", "her co-accused, the former treasurer Karel Nyman,
// was sentenced"); not in "The truce,
// brokered by the former minister, Teodor Vass, collapsed".
func (v *sentenceView) appositiveSubject(verb int) string {
	k := verb - 1
	for k >= 0 && auxiliaries[v.ws[k].Lower] {
		k--
	}
	if k < 1 || v.ws[k].Lower != "," {
		return ""
	}
	for _, n := range v.names {
		if !n.Person || n.End > v.ws[k].Start || n.End < v.ws[k-1].End {
			continue
		}
		open := k - 1
		for open >= 0 && v.ws[open].Start >= n.Start {
			open--
		}
		for title := 0; open >= 1 && title < maxTitleWords && v.ws[open].Lower != "," && !v.ws[open].isPunct() && !v.isVerbAt(open); title++ {
			open-- // "her co-accused, the former treasurer Karel Nyman, was sentenced"
		}
		if open < 1 || v.ws[open].Lower != "," {
			return ""
		}
		for h := open - 1; h >= 0; h-- {
			if isClauseBreak(v.ws[h]) || v.isVerbAt(h) {
				return ""
			}
		}
		return n.Key
	}
	return ""
}

// maxTitleWords bounds the title written before a name in apposition.
const maxTitleWords = 4

// maxAppositiveWords bounds a description set off by commas.
const maxAppositiveWords = 8

// beforeAppositive is the word before a description set off by commas
// that closes at the comma at word k ("Brandt, his deputy,"), -1 when
// the words before k are no such description: a verb among them makes
// them a clause.
func (v *sentenceView) beforeAppositive(k int) int {
	for j := k - 1; j >= 0 && k-j <= maxAppositiveWords; j-- {
		switch {
		case v.ws[j].Lower == ",":
			return j - 1
		case isClauseBreak(v.ws[j]) || v.isFiniteVerbAt(j):
			return -1
		}
	}
	return -1
}

// maxRelativeClauseWords bounds a relative clause on a name between two
// commas.
const maxRelativeClauseWords = 20

// whoClauseBefore is the last word before ", who ..." when the comma at k
// closes a relative clause on a person, with no other comma inside; -1
// otherwise.
func (v *sentenceView) whoClauseBefore(k int) int {
	for j := k - 1; j >= 2 && k-j <= maxRelativeClauseWords; j-- {
		switch w := v.ws[j].Lower; {
		case w == "who" && v.ws[j-1].Lower == ",":
			return j - 2
		case isClauseBreak(v.ws[j]):
			return -1
		}
	}
	return -1
}

// personAfterLength is the person a length is given for, named by "for"
// just after it ("eight years for Brand", "three years in prison for his
// deputy, Lisa Kern"), a few words of place passed over; "" when none.
func (v *sentenceView) personAfterLength(to int) string {
	for j := to; j < len(v.ws) && j <= to+3; j++ {
		if isClauseBreak(v.ws[j]) {
			return ""
		}
		if v.ws[j].Lower != "for" || j+1 >= len(v.ws) {
			continue
		}
		for _, n := range v.names {
			if n.Person && n.Start >= v.ws[j].End && !v.breakBetween(j+1, n.Start) {
				return n.Key
			}
		}
		return ""
	}
	return ""
}

// breakBetween: a word from word i up to text offset end ends a clause
// other than by apposition ("his deputy, Lisa Kern" is one phrase).
func (v *sentenceView) breakBetween(i, end int) bool {
	for k := i; k < len(v.ws) && v.ws[k].Start < end; k++ {
		if isClauseBreak(v.ws[k]) && v.ws[k].Lower != "," || k-i > 4 {
			return true
		}
	}
	return false
}

// nameSpansBreak: a clause break lies between the name and the figure.
func (v *sentenceView) nameSpansBreak(n nameRun, from int) bool {
	for k := from - 1; k >= 0 && v.ws[k].Start >= n.End; k-- {
		if isClauseBreak(v.ws[k]) && !(v.ws[k].Lower == "," && v.ws[k].Start == n.End) {
			return true // the comma that closes a name in apposition ("the port's director, Ansgar Dorsk, to six years") breaks nothing
		}
	}
	return false
}

// subjectOfFigure finds the verb that governs the figure at word from in its
// clause, within six words, and the name that is its subject ("" when the
// subject is no name); -1 when no verb is found.
func (v *sentenceView) subjectOfFigure(from int) (string, int) {
	for k := from - 1; k > 0 && k >= from-6; k-- {
		if isClauseBreak(v.ws[k]) || v.opensClause(k) {
			return "", -1
		}
		if !v.isVerbAt(k) || auxiliaries[v.ws[k].Lower] {
			continue
		}
		subject := k - 1
		for subject >= 0 && (auxiliaries[v.ws[subject].Lower] || v.tag(subject) == "RB") {
			subject--
		}
		if subject < 0 {
			return "", k
		}
		if v.ws[subject].Lower == "and" {
			// "Ortega started the game on the bench and threw for 310 yards": a verb
			// joined to the first shares its subject.
			return v.sentenceSubjectName(), k
		}
		for _, n := range v.names {
			if n.Start <= v.ws[subject].Start && v.ws[subject].Start < n.End {
				if len(n.Words) == 1 && !n.Person && n.Start == v.ws[0].Start && !strings.HasPrefix(v.tag(0), "NNP") {
					return "", k // "Teachers won 11%": a common noun that only opens the sentence
				}
				if first := v.nameJoinedBefore(n); first != "" {
					return jointHolder(first, n.Key), k // "Norvia and Brennor exchanged 44 prisoners"
				}
				return n.Key, k
			}
		}
		return "", k
	}
	return "", -1
}

// nameJoinedBefore is the name joined to n by "and" right before it
// ("Norvia and Brennor"), "" when none is: a figure of the two is held
// by both together, not by the one named last.
func (v *sentenceView) nameJoinedBefore(n nameRun) string {
	for j := 1; j < len(v.ws); j++ {
		w := v.ws[j]
		if w.Lower != "and" && w.Lower != "&" || w.End > n.Start || strings.TrimSpace(v.a.Doc.Text[w.End:n.Start]) != "" {
			continue
		}
		for _, m := range v.names {
			if m.End == v.ws[j-1].End {
				return m.Key
			}
		}
	}
	return ""
}

// jointHolder is the holder of a figure two named parties hold together,
// the same whichever is named first.
func jointHolder(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "+" + b
}

// pronounHolder is the person a pronoun that holds a length stands for:
// the subject of its verb ("she was given a three-year ban") or a
// possessive before it ("against his seven-year sentence"), resolved to
// the person named last before the pronoun. A noun for someone else
// ("her business partner was jailed") holds its own length, and names
// no one; so does a sentence whose pronoun comes before any name.
func (r *reading) pronounHolder(v *sentenceView, from int) string {
	at := -1
	if from > 0 && personPronouns[v.ws[from-1].Lower] {
		at = from - 1 // "his seven-year sentence"
	} else if _, verb := v.subjectOfFigure(from); verb > 0 {
		subject := v.subjectOf(verb)
		if subject >= 0 && (v.ws[subject].Lower == "he" || v.ws[subject].Lower == "she") {
			at = subject
		}
	}
	if at < 0 {
		return ""
	}
	last := r.lastPersonBefore
	for _, n := range v.names {
		if n.Person && n.End <= v.ws[at].Start && !inRanges(v.quoted, n.Start) {
			last = n.Key
		}
	}
	return last
}
