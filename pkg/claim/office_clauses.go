package claim

import (
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/pkg/nlp"
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

// postChange is what a sentence tells of a mentioned person's post.
type postChange int

const (
	noChange postChange = iota
	// changedHands: the post passed from one holder to another
	// ("replacing", "who resigned", "her successor").
	changedHands
	// movedPosts: the person moved from one post to another ("was
	// promoted to", "swapped portfolios").
	movedPosts
)

// changeOfPost reads what the mention's sentence tells of a post
// changing, with no reporting verb between the telling and the mention:
// "X was promoted to finance minister, replacing Y, who resigned" tells
// it of X and of Y; "X said the bridge would be replaced" tells nothing
// of X. A move outranks a change of hands.
func (p *peopleIndex) changeOfPost(m personMention, s nlp.Sentence) postChange {
	toks := p.blocks[m.block]
	found := noChange
	for k, t := range toks {
		if t.Start < s.Start || t.End > s.End {
			continue
		}
		c := p.tellsOfChange(toks, k)
		if c <= found || p.unrealised(toks, k) {
			continue
		}
		from, to := min(k, m.first), max(k+1, m.next)
		if !slices.ContainsFunc(toks[from:to], func(t ptoken) bool { return p.isWord(t, "speech-verbs") }) {
			found = c
		}
	}
	return found
}

// unrealised: the verb at k is a plan, a wish or a demand ("will be
// replaced", "called for him to resign"), read from the two words before
// it, a "be" or "not" passed over.
func (p *peopleIndex) unrealised(toks []ptoken, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch {
		case !toks[j].Word:
			return false
		case toks[j].Fold == "be" || toks[j].Fold == "not":
			continue
		}
		return p.isWord(toks[j], "unrealised-markers")
	}
	return false
}

// tellsOfChange: the word at k, in any inflection, tells of a post
// changing, alone or with its particle ("stepped down").
func (p *peopleIndex) tellsOfChange(toks []ptoken, k int) postChange {
	if !toks[k].Word {
		return noChange
	}
	forms := verbForms(toks[k].Fold)
	for _, f := range forms {
		switch {
		case p.lx.words["post-moves"][f]:
			return movedPosts
		case p.lx.words["post-changes"][f]:
			return changedHands
		}
	}
	if k+1 >= len(toks) || !toks[k+1].Word {
		return noChange
	}
	for _, f := range forms {
		if p.lx.words["post-change-particles"][f+":"+toks[k+1].Fold] {
			return changedHands
		}
	}
	return noChange
}
