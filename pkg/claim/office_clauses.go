package claim

import (
	"slices"
	"strconv"
	"strings"
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
	if k+1 < len(toks) && presentPerfect(toks[k]) && p.isWord(toks[k+1], "tenure-verbs") {
		k += 2 // "who has served as mayor since 2019": held until now
	}
	for k < len(toks) && k-i <= maxHoldingWords && (p.isWord(toks[k], "holding-verbs") || p.isWord(toks[k], "appointing-verbs")) {
		k++
	}
	if k == i+1 {
		return i
	}
	if k+1 < len(toks) && toks[k].Fold == "both" {
		k++ // "who serves as both chief executive and chairman": the posts follow
	}
	return k
}

// presentPerfect is the auxiliary of the present perfect, which says a
// state lasts until now; "had" tells of one that ended.
func presentPerfect(t ptoken) bool { return t.Fold == "has" || t.Fold == "have" }

// leadingClauseOffice reads a relative clause after a name that makes the
// person the head or chair of a body: "who heads the Coastal Authority",
// "who has chaired the port board since 2021". The verb must say the post
// is held now: the present ("heads") or the present perfect ("has led");
// the past ("who headed the agency") tells of a former post. The object
// must name a body (capitals, or an organisation word at its end): "who
// leads the investigation" gives no office.
func (p *peopleIndex) leadingClauseOffice(toks []ptoken, i int) (*officeMatch, bool) {
	if i+2 >= len(toks) || toks[i].Fold != "who" {
		return nil, false
	}
	v := i + 1
	if toks[v].Fold == "also" {
		v++ // "who also chairs the Eurogroup": a second post
	}
	perfect := presentPerfect(toks[v])
	if perfect {
		v++
	}
	if v >= len(toks) {
		return nil, false
	}
	canonical := p.postLedBy(toks[v])
	if canonical == "" {
		return nil, false
	}
	if perfect == strings.HasSuffix(toks[v].Fold, "s") {
		return nil, false // "who has heads", "who headed": not a post held now
	}
	e, ok := p.lx.byCanonical[canonical]
	if !ok {
		return nil, false
	}
	first, end := p.bodyAfter(toks, v+1)
	if end == first {
		return nil, false
	}
	return &officeMatch{entry: e, Canonical: e.Canonical, Generic: e.Generic, Holders: e.Holders,
		Title: canonical, Qualifier: joinTokens(toks, first, end), first: i, titleFirst: v, next: end}, true
}

// passiveLeader reads a body's chair or head given by a passive before
// the name: "The inquiry, chaired by former judge Ola Brenn," or "the
// board is led by Ola Brenn" make Brenn the inquiry's chair and the
// board's head, beside any title the name carries. The past ("was
// chaired by") tells of a former post and gives none.
func (p *peopleIndex) passiveLeader(toks []ptoken, m personMention) (personMention, bool) {
	k := m.first
	if k < 3 || toks[k-1].Fold != "by" {
		return personMention{}, false
	}
	v := k - 2
	canonical := p.postLedBy(toks[v])
	e, known := p.lx.byCanonical[canonical]
	if !known || !participle(toks[v].Fold) {
		return personMention{}, false
	}
	b := v - 1
	switch toks[b].Fold {
	case ",", "is", "are", "being":
		b--
	default:
		return personMention{}, false
	}
	end, start := b+1, b+1
	for start > 0 && end-start < maxBodyWords && toks[start-1].Word && toks[start-1].Fold != "the" && (toks[start-1].Cap || !p.isWord(toks[start-1], "function-words")) {
		start--
	}
	if start == end || start == 0 || toks[start-1].Fold != "the" && !toks[start].Cap {
		return personMention{}, false // "a panel chaired by": one of many, no body named
	}
	if canonical == "head" && (!p.namesBody(toks[end-1]) || p.isWord(toks[end-1], "ministerial-bodies")) {
		// "the march, led by X": a march is led, but has no head; "the
		// trade ministry, led by X": its head is the minister.
		return personMention{}, false
	}
	lead := m
	lead.first = start
	lead.office = &officeMatch{entry: e, Canonical: e.Canonical, Generic: e.Generic, Holders: e.Holders,
		Title: canonical, Qualifier: joinTokens(toks, start, end), first: start, titleFirst: v, next: m.next}
	return lead, true
}

// participle: a verb form that can follow "by" in a passive ("chaired",
// "led", "run").
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || w == "led" || w == "run"
}

// maxBodyWords bounds the name of a body after a verb.
const maxBodyWords = 6

// bodyAfter reads the body a verb's object names, from token i: a name
// ("Kestrel Rail") or a description after "the", the words up to the
// last that can end a body's name ("the harbour board since 2021" names
// "harbour board"). It returns the name's tokens, empty when there is
// none; "a ski school" is one of many and names none.
func (p *peopleIndex) bodyAfter(toks []ptoken, i int) (int, int) {
	if i >= len(toks) || toks[i].Fold != "the" && !toks[i].Cap {
		return i, i
	}
	if toks[i].Fold == "the" {
		i++
	}
	end := i
	for k := i; k < len(toks) && k-i < maxBodyWords && toks[k].Fold != "who"; k++ {
		if possessiveMark(toks[k]) {
			continue // "the city's safety committee": the committee, of the city
		}
		if !toks[k].Word || spanPrepositions[toks[k].Fold] {
			break // "the board since 2021": the body ends before the time
		}
		if p.namesBody(toks[k]) {
			end = k + 1
		}
	}
	return i, end
}

// spanPrepositions open a time phrase after a body's name.
var spanPrepositions = map[string]bool{"since": true, "until": true, "till": true, "for": true, "during": true}

// possessiveMark is the "'s" a tokenizer may split from its noun.
func possessiveMark(t ptoken) bool {
	return !t.Word && (t.Fold == "'s" || t.Fold == "’s" || t.Fold == "'" || t.Fold == "’")
}

// namesBody reports a word that can end the name of a body: a capitalised
// word or an organisation word.
func (p *peopleIndex) namesBody(t ptoken) bool {
	return t.Word && (t.Cap || p.orgLike(t))
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

// maxEndClauseWords bounds how far after an office a clause may say when
// the holding ended.
const maxEndClauseWords = 8

// heldUntil reads a clause after an office that says the holding ended:
// "who was elected mayor in 2009 and served until 2019", "mayor until
// her resignation in 2021". A time still to come ("will serve until
// 2027", "is due to stay until the election") ends nothing yet.
func heldUntil(toks []ptoken, i int) bool {
	for k := i; k < len(toks) && k-i <= maxEndClauseWords; k++ {
		switch t := toks[k]; {
		case !t.Word && t.Fold != "'s":
			return false
		case t.Fold == "will" || t.Fold == "would" || t.Fold == "is" || t.Fold == "are" || t.Fold == "due" || t.Fold == "expected":
			return false
		case t.Fold == "until" || t.Fold == "till":
			if k+1 >= len(toks) {
				return false
			}
			next := toks[k+1].Fold
			return yearAt(toks, k+1) != "" || next == "his" || next == "her" || next == "their"
		}
	}
	return false
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
//
// For a move it also gives the post moved to, when the words after the
// verb name one ("will take charge of the finance ministry", "was
// promoted to deputy prime minister"); "" when they do not.
func (p *peopleIndex) changeOfPost(m personMention, s nlp.Sentence) (postChange, string) {
	toks := p.blocks[m.block]
	found, dest := noChange, ""
	for k, t := range toks {
		if t.Start < s.Start || t.End > s.End {
			continue
		}
		c := p.tellsOfChange(toks, k)
		if c <= found || c == changedHands && p.unrealised(toks, k) {
			// A move to come still names the person in two posts; a
			// post to be left is still held.
			continue
		}
		from, to := min(k, m.first), max(k+1, m.next)
		if !slices.ContainsFunc(toks[from:to], func(t ptoken) bool { return p.isWord(t, "speech-verbs") }) {
			found = c
			if c == movedPosts {
				dest = p.postMovedTo(toks, k+1)
			}
		}
	}
	return found, dest
}

// maxMoveWords bounds the words between a verb of moving and the post.
const maxMoveWords = 6

// postMovedTo reads the post named after a verb of moving, from token i:
// an office ("to finance minister", "as deputy prime minister") or a
// portfolio's ministry ("the finance ministry"). It gives the office's
// canonical name, "" when none is named.
func (p *peopleIndex) postMovedTo(toks []ptoken, i int) string {
	for j := i; j < len(toks) && j-i < maxMoveWords && toks[j].Word; j++ {
		if om, ok := p.officeAt(toks, j); ok && om.entry.Family != familyRank {
			return om.Canonical
		}
		if p.lx.portfolios[toks[j].Fold] != "" && j+1 < len(toks) && (toks[j+1].Fold == "ministry" || toks[j+1].Fold == "portfolio") {
			return p.lx.portfolioKey([]string{toks[j].Fold}) + " minister"
		}
	}
	return ""
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
		switch pair := f + ":" + toks[k+1].Fold; {
		case p.lx.words["post-move-particles"][pair]:
			return movedPosts
		case p.lx.words["post-change-particles"][pair]:
			return changedHands
		}
	}
	return noChange
}

// postLedBy is the post a verb of leading gives its subject: "head" for
// "heads" or "led", "chair" for "chairs" or "chaired"; "" for other verbs.
func (p *peopleIndex) postLedBy(t ptoken) string {
	switch {
	case p.isWord(t, "chairing-verbs"):
		return "chair"
	case p.isWord(t, "heading-verbs"):
		return "head"
	}
	return ""
}
