package claim

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// Clauses after a name say more about a person's offices: a second post
// held together with the first ("X, who is also deputy prime minister",
// "who doubles as", "who also serves as") and how long the person has
// held one ("who has headed the authority since 2019").

// maxHoldingWords bounds the verb words between "who" and a second post.
const maxHoldingWords = 3

// relativeHolding passes over the start of a relative clause that gives
// a post ("who is also", "who doubles as", "who also serves as"), or a
// word that says the post is held now ("now", "currently"), and returns
// where the post begins; i itself when nothing of the kind starts at i.
func (p *peopleIndex) relativeHolding(toks []ptoken, i int) int {
	if i < len(toks) && p.isWord(toks[i], "sitting-now") {
		return i + 1 // "Ana Reyes, now health minister"
	}
	if i >= len(toks) || toks[i].Fold != "who" {
		return i
	}
	k := i + 1
	if k+1 < len(toks) && toks[k].Fold == "was" && p.isWord(toks[k+1], "appointing-verbs") {
		k++ // "who was appointed health minister": the post is held now
	}
	for k < len(toks) && k-i <= maxHoldingWords && (p.isWord(toks[k], "holding-verbs") || p.isWord(toks[k], "appointing-verbs")) {
		k++
	}
	if k == i+1 {
		return i
	}
	return k
}

// maxTenureClauseWords bounds the clause that dates a tenure.
const maxTenureClauseWords = 10

// sinceAfter reads the year from which a relative clause after a name
// says the person has held the office: ", who has headed the authority
// since 2019", ", who has been in the post since March 2019". The clause
// must be in the perfect ("has", "have"), which says the holding lasts
// until now, its verb one of leading or holding, and it must not name
// another office, whose tenure it would be.
func (p *peopleIndex) sinceAfter(toks []ptoken, i int) string {
	if i+3 >= len(toks) || toks[i].Fold != "," || toks[i+1].Fold != "who" || (toks[i+2].Fold != "has" && toks[i+2].Fold != "have") {
		return ""
	}
	if !p.isWord(toks[i+3], "leading-verbs") && !p.isWord(toks[i+3], "tenure-verbs") {
		return "" // "who has lived in the city since 2019"
	}
	for k := i + 4; k < len(toks) && k-i <= maxTenureClauseWords; k++ {
		t := toks[k]
		if !t.Word {
			return ""
		}
		if t.Fold == "since" {
			return yearAt(toks, k+1)
		}
		if _, _, _, ok := p.officeNameAt(toks, k); ok && t.Fold != "head" {
			return ""
		}
	}
	return ""
}

// yearAt reads a year at token i, or after a month's name.
func yearAt(toks []ptoken, i int) string {
	if i >= len(toks) {
		return ""
	}
	if _, err := time.Parse("January", toks[i].Text); err == nil && i+1 < len(toks) {
		i++
	}
	if i >= len(toks) || utf8.RuneCountInString(toks[i].Text) != 4 {
		return ""
	}
	y, err := strconv.Atoi(toks[i].Text)
	if err != nil || y < 1900 || y > 2100 {
		return ""
	}
	return toks[i].Text
}
