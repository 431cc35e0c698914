package claim

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// officialClaims finds people named with an office: one claim per person,
// office and tenure in an article, at the first place the article says it.
func officialClaims(a *Article, p *peopleIndex) []Claim {
	held := p.officesHeld()
	holders := p.holdersByOffice()
	seen := map[string]bool{}
	var out []Claim
	for _, m := range p.mentions {
		if m.anonymous || m.office == nil || m.person < 0 {
			continue
		}
		key := officeClaimKey(m)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, p.officialClaim(a, m, held, holders))
	}
	return append(out, p.sideLeaderClaims(a)...)
}

// FamilySide marks the leader of one side of a contest ("the yes
// campaign"); Side says which.
const FamilySide = "side"

// sideLead is a person said to lead one side of a contest, by a verb:
// "the yes campaign was led by X", "X, who led the No campaign".
type sideLead struct {
	person      int
	side, group string
	first, next int // tokens of the whole phrase
}

// sideLeaderClaims finds people said to lead one side of a contest. The
// office is given by a verb, not a title, so the people scan does not
// see it; one claim per person and side.
func (p *peopleIndex) sideLeaderClaims(a *Article) []Claim {
	seen := map[string]bool{}
	var out []Claim
	for bi, toks := range p.blocks {
		for k := range toks {
			l, ok := p.sideLeadAt(bi, toks, k)
			if !ok {
				continue
			}
			key := strconv.Itoa(l.person) + "\x00" + l.side
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, p.sideClaim(a, bi, toks, l))
		}
	}
	return out
}

// sideLeadAt reads a side and its group at token k ("yes campaign") with
// the person leading it: after "was led by", or before "who led the".
func (p *peopleIndex) sideLeadAt(bi int, toks []ptoken, k int) (sideLead, bool) {
	if k+1 >= len(toks) || !p.isWord(toks[k], "contest-sides") || !p.isWord(toks[k+1], "side-groups") {
		return sideLead{}, false
	}
	l := sideLead{side: toks[k].Fold, group: toks[k+1].Fold, person: -1}
	if m, ok := p.leaderAfter(bi, toks, k+2); ok {
		l.person, l.first, l.next = m.person, k, m.nameNext
		if k > 0 && toks[k-1].Fold == "the" {
			l.first = k - 1
		}
		return l, true
	}
	if m, ok := p.leaderBefore(bi, toks, k); ok {
		l.person, l.first, l.next = m.person, m.nameFirst, k+2
		return l, true
	}
	return sideLead{}, false
}

// leaderAfter reads "was led by X" from token i.
func (p *peopleIndex) leaderAfter(bi int, toks []ptoken, i int) (personMention, bool) {
	for i < len(toks) && (toks[i].Fold == "was" || toks[i].Fold == "is" || toks[i].Fold == "has" || toks[i].Fold == "had" || toks[i].Fold == "been") {
		i++
	}
	if i+2 >= len(toks) || !p.isWord(toks[i], "leading-verbs") || toks[i+1].Fold != "by" {
		return personMention{}, false
	}
	return p.namedAt(bi, i+2)
}

// leaderBefore reads "X led the" or "X, who led the" ending just before
// token k.
func (p *peopleIndex) leaderBefore(bi int, toks []ptoken, k int) (personMention, bool) {
	i := k - 1
	if i < 0 || toks[i].Fold != "the" {
		return personMention{}, false
	}
	i--
	if i < 0 || !p.isWord(toks[i], "leading-verbs") {
		return personMention{}, false
	}
	i--
	if i >= 1 && toks[i].Fold == "who" && toks[i-1].Fold == "," {
		i -= 2
	}
	for j := len(p.mentions) - 1; j >= 0; j-- {
		m := p.mentions[j]
		if m.block == bi && m.nameNext == i+1 && !m.anonymous && m.person >= 0 {
			return m, true
		}
	}
	return personMention{}, false
}

// namedAt is the named person whose name begins at token i.
func (p *peopleIndex) namedAt(bi, i int) (personMention, bool) {
	m, ok := p.mentionAt(bi, i)
	if !ok || m.anonymous || m.person < 0 || m.nameFirst != i {
		return personMention{}, false
	}
	return m, true
}

func (p *peopleIndex) sideClaim(a *Article, bi int, toks []ptoken, l sideLead) Claim {
	who := p.persons[l.person]
	o := &Official{
		Name: who.Name, PersonKey: who.Key, Surname: who.Surname, Given: who.Given,
		Office: l.group + " leader", Side: l.side, Family: FamilySide, Holders: HoldersMany,
		Title: l.side + " " + l.group + " leader",
	}
	start, end := toks[l.first].Start, toks[l.next-1].End
	return Claim{
		Doc: a.Doc.ID, Kind: KindOfficial, Slot: "office:" + o.Office,
		Evidence: a.Doc.SpanOf(start, end),
		Value:    officialValue(o), Display: joinTokens(toks, l.first, l.next),
		Sentence: sentenceIndexAt(a, start), Paragraph: bi,
		Headline: a.Doc.Blocks[bi].Title, AsOf: publishedDay(a),
		Official: o,
	}
}

// OpposingSides reports two sides of one contest that exclude each other
// ("yes" and "no"): one person does not lead both.
func OpposingSides(a, b string) bool {
	for _, line := range sectionLines(personWordsData, "opposing-sides") {
		ws := strings.Fields(line)
		if len(ws) == 2 && (ws[0] == a && ws[1] == b || ws[0] == b && ws[1] == a) {
			return true
		}
	}
	return false
}

func officeClaimKey(m personMention) string {
	return strings.Join([]string{strconv.Itoa(m.person), m.office.Canonical, m.office.Tenure, CountryKey(m.office.Qualifier)}, "\x00")
}

// officesHeld lists, per person, the sitting offices the article gives.
func (p *peopleIndex) officesHeld() map[int][]string {
	held := map[int][]string{}
	for _, m := range p.mentions {
		if m.anonymous || m.office == nil || m.person < 0 || m.office.Tenure != "" || m.office.entry.Family == familyRole {
			continue
		}
		if !hasString(held[m.person], m.office.Canonical) {
			held[m.person] = append(held[m.person], m.office.Canonical)
		}
	}
	for k := range held {
		sort.Strings(held[k])
	}
	return held
}

// holdersByOffice counts the people an article names as sitting holders
// of each office: two presidents in one article mean the office is not
// unique in the story.
func (p *peopleIndex) holdersByOffice() map[string][]int {
	people := map[string][]int{}
	for _, m := range p.mentions {
		if m.anonymous || m.office == nil || m.person < 0 || m.office.Tenure != "" {
			continue
		}
		for _, c := range []string{m.office.Canonical, jurisdictionKey(m.office)} {
			if !hasIndex(people[c], m.person) {
				people[c] = append(people[c], m.person)
			}
		}
	}
	return people
}

// jurisdictionKey names an office in the country or body it is held in,
// "" past the office when the article names none.
func jurisdictionKey(om *officeMatch) string {
	return om.Canonical + "\x00" + CountryKey(om.Qualifier)
}

// sharedOffice: the article names another sitting holder of the office,
// in the same jurisdiction or in one it leaves unnamed. Two countries'
// trade ministers in one article share no office.
func sharedOffice(m personMention, holders map[string][]int) bool {
	om := m.office
	if CountryKey(om.Qualifier) == "" {
		return len(holders[om.Canonical]) > 1
	}
	others := func(people []int) bool {
		for _, p := range people {
			if p != m.person {
				return true
			}
		}
		return false
	}
	return others(holders[jurisdictionKey(om)]) || others(holders[om.Canonical+"\x00"])
}

func (p *peopleIndex) officialClaim(a *Article, m personMention, held map[int][]string, holders map[string][]int) Claim {
	who := p.persons[m.person]
	om := m.office
	name := who.Name
	if len(m.words) > 1 {
		name = strings.Join(m.words, " ")
	}
	given, surname := splitName(strings.Fields(name))
	if given == "" {
		given = who.Given
	}
	o := &Official{
		Name: name, PersonKey: who.Key, Surname: surname, Given: given,
		Office: om.Canonical, Former: om.Tenure == "former", Title: om.Title,
		Family: om.entry.Family, Generic: om.Generic, Holders: om.Holders, Tenure: om.Tenure,
		Shared: sharedOffice(m, holders), Since: om.Since, Succession: om.succession, Newly: om.newly,
	}
	o.Additional = p.addedPost(m)
	if om.Tenure == "" && p.namedToSucceed(m) {
		// "named Deputy Transport Minister Petra Vosk as his successor":
		// the person moves to the post of the one succeeded.
		o.Succession, o.PostChanged = true, true
	}
	// A post already given as former or incoming says its own change.
	if om.Tenure == "" {
		switch change, dest := p.changeOfPost(m, a.Sentences[sentenceIndexAt(a, m.start)].Sentence); {
		case change == movedPosts && dest != "" && dest != om.Canonical:
			// The move names its post: the person is rightly named in
			// that one too, and in no third.
			o.Succession = true
			o.AlsoHolds = append(o.AlsoHolds, dest)
		case change == movedPosts:
			o.Succession, o.PostChanged = true, true
		case change == changedHands:
			o.Succession = true
		}
	}
	if p.policeRank(om) {
		o.Family, o.Generic = familyRank, false
	}
	if om.Qualifier != "" && (headOfNamedBody(om) || !p.namesPerson(om.Qualifier)) {
		org := p.resolveOrganisation(om, m)
		o.Country, o.BodyDescribed = CountryKey(org), describesBody(org)
	}
	if p.presidesBody(om, p.blocks[m.block]) {
		o.Family = familyHead // "union president X" heads the union, as its general secretary may
	}
	for _, other := range held[m.person] {
		if other != om.Canonical {
			o.AlsoHolds = append(o.AlsoHolds, other)
		}
	}
	toks := p.blocks[m.block]
	display := joinTokens(toks, m.first, m.next)
	c := Claim{
		Doc: a.Doc.ID, Kind: KindOfficial, Slot: "office:" + om.Canonical,
		Evidence: a.Doc.SpanOf(m.start, m.end),
		Value:    officialValue(o), Display: display,
		Sentence: sentenceIndexAt(a, m.start), Paragraph: m.block,
		Headline: a.Doc.Blocks[m.block].Title, AsOf: publishedDay(a),
		Official: o,
	}
	return c
}

// addedPost: "also" stands just before the office ("X, who also chairs
// the guild", "X, who is also its president", "X, also the guild's
// chair"): the post is one more the person holds, not another reading
// of the one they are known by.
func (p *peopleIndex) addedPost(m personMention) bool {
	toks := p.blocks[m.block]
	title := m.office.titleFirst
	for k := title; k >= 0 && k >= title-3; k-- {
		if toks[k].Fold == "also" {
			return true
		}
		if k < title && !toks[k].Word || k < m.nameNext && k >= m.nameFirst {
			return false
		}
	}
	return false
}

// namedToSucceed: the words right after the person name them as
// someone's successor or replacement ("as his successor", "as the new
// chief", "to succeed Brenner", "to replace her").
func (p *peopleIndex) namedToSucceed(m personMention) bool {
	toks := p.blocks[m.block]
	k := m.next
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].Fold {
	case "as":
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if f := toks[j].Fold; f == "successor" || f == "replacement" {
				return true
			}
		}
	case "to":
		f := toks[k+1].Fold
		return f == "succeed" || f == "replace"
	}
	return false
}

// presidesBody: a president named with a body that is no country ("union
// president", "the federation's president") leads that body, an office
// of the body's heads, not a head of state.
func (p *peopleIndex) presidesBody(om *officeMatch, toks []ptoken) bool {
	if om.Canonical != "president" && om.Canonical != "vice president" {
		return false
	}
	isBody := func(w string) bool {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s")
		return p.lx.words["org-words"][w] || p.lx.words["org-kinds"][w]
	}
	k := om.titleFirst - 1
	if k >= 0 && k < len(toks) && (toks[k].Fold == "'s" || toks[k].Fold == "’s" || !toks[k].Word) {
		k-- // "the union's president"
	}
	if k >= 0 && k < len(toks) && (isBody(toks[k].Fold) || p.bodyAcronym(toks[k])) {
		return true // "union president", "the federation's president", "NLF president"
	}
	for _, w := range strings.Fields(om.Qualifier) {
		if isBody(w) || p.bodyAcronym(ptoken{Text: w, Fold: nameFold(w)}) {
			return true // "president of the dockers' union", "president of the FSP"
		}
	}
	return false
}

// bodyAcronym: a word of three or more capitals that names no country
// the lexicon knows ("NLF", "FIFA"): a body's initials, for countries go
// by their names.
func (p *peopleIndex) bodyAcronym(t ptoken) bool {
	if utf8.RuneCountInString(t.Text) < 3 || strings.ToUpper(t.Text) != t.Text || strings.ToLower(t.Text) == t.Text {
		return false
	}
	_, country := p.lx.countries[t.Fold]
	return !country
}

// resolveOrganisation ties a body named only by its kind ("the agency's
// director", "museum director") to the one body of that kind the article
// named before ("the Maritime Safety Agency"), so that articles which
// name the body and articles which refer back to it meet. Only heads and
// spokespeople belong to one body; other offices keep their qualifier.
func (p *peopleIndex) resolveOrganisation(om *officeMatch, m personMention) string {
	q := om.Qualifier
	if f := om.entry.Family; f != familyHead && f != "press" {
		return q
	}
	words := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(q, "'s"), "’s"))
	if len(words) != 1 {
		return q
	}
	noun := nameFold(words[0])
	if !p.lx.words["org-words"][noun] && !p.lx.words["org-kinds"][noun] {
		return q
	}
	if name := p.namedOrganisation(noun, m.block, m.first); name != "" {
		return name
	}
	return q
}

// describesBody: a body told by one common noun, in lower case ("the
// resort's director", "the firm's chief executive"), which the article
// has not tied to a name: a description that fits whichever body of
// that kind the story is about, not a name that could set two apart.
func describesBody(qualifier string) bool {
	words := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(qualifier, "'s"), "’s"))
	if len(words) != 1 {
		return false
	}
	for _, r := range words[0] {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// maxOrgNameWords bounds the capitalised words before a body's kind
// ("Maritime Safety Agency").
const maxOrgNameWords = 4

// namedOrganisation finds the names of bodies of one kind written before
// token end of block last: capitalised words ending on the kind noun. It
// returns the name only when the article has named one such body; with
// two, a reference back is ambiguous.
func (p *peopleIndex) namedOrganisation(noun string, last, end int) string {
	found := ""
	for bi := 0; bi <= last && bi < len(p.blocks); bi++ {
		toks := p.blocks[bi]
		stop := len(toks)
		if bi == last {
			stop = min(end, len(toks))
		}
		for k := 1; k < stop; k++ {
			name := p.orgNameEndingAt(toks, k, noun)
			if name == "" {
				continue
			}
			if found != "" && CountryKey(found) != CountryKey(name) {
				return ""
			}
			found = name
		}
	}
	return found
}

// orgNameEndingAt reads a body's name whose last word, at k, is the kind
// noun: at least one capitalised word before it that is not a function
// word ("the Agency" is no name).
func (p *peopleIndex) orgNameEndingAt(toks []ptoken, k int, noun string) string {
	if !toks[k].Cap || toks[k].Fold != noun {
		return ""
	}
	q := k
	for q > 0 && k-q < maxOrgNameWords && toks[q-1].Word && toks[q-1].Cap && !p.isWord(toks[q-1], "not-names") {
		q--
	}
	if q == k {
		return ""
	}
	return joinTokens(toks, q, k+1)
}

// OrganisationHead reports the head of a named body, named with the
// head's bare title ("director", not "safety director"): one person
// holds it at a time, unless the article itself names several.
func OrganisationHead(o *Official) bool {
	return o.Family == familyHead && o.Generic && o.Country != "" &&
		o.Holders != HoldersMany && !o.Shared
}

// HeadTitle is the title of a head without the body it leads
// ("director of the Maritime Safety Agency" -> "director"). A chairman
// and a chief executive lead one body together, so only one title held
// by two people is a conflict.
func HeadTitle(title string) string {
	t := nameFold(title)
	for _, sep := range []string{" of ", " for ", " at "} {
		t, _, _ = strings.Cut(t, sep)
	}
	return strings.Join(strings.Fields(t), " ")
}

// DistinctPrefix is the words before an office that make it another one
// ("deputy" in "deputy health minister", "vice" in "vice chair"), as its
// canonical form begins with them; "" when there are none.
func DistinctPrefix(office string) string {
	words := strings.Fields(office)
	n := 0
	for n < len(words)-1 && officeLex().words["distinct"][words[n]] {
		n++
	}
	return strings.Join(words[:n], " ")
}

// SameOrganisationHead reports two heads of one body under one title.
func SameOrganisationHead(a, b *Official) bool {
	return OrganisationHead(a) && OrganisationHead(b) && a.Country == b.Country &&
		HeadTitle(a.Title) == HeadTitle(b.Title)
}

// headOfNamedBody: the office heads a body named with it, not as a
// possessive ("Halden Freight chief executive Ola Brenn", "the chief
// executive of Halden Freight"): a head leads a body, not a person's
// staff, so the name is the body's even where the article reads it as a
// person elsewhere ("run by Halden Freight"). A possessive ("Vell's
// chief of staff") may be a person's.
func headOfNamedBody(om *officeMatch) bool {
	return om.entry.Family == familyHead && !om.possessive
}

// namesPerson reports a qualifier that is a person the article names
// ("Putin's spokesman", "Vell's deputy"): the office is the person's
// staff, not a country or organisation that another could contradict.
func (p *peopleIndex) namesPerson(qualifier string) bool {
	words := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(qualifier, "'s"), "’s"))
	if len(words) == 0 {
		return false
	}
	return p.knownSurname(words[len(words)-1])
}

// officialValue is the claim's value as reports show it.
func officialValue(o *Official) map[string]any {
	v := map[string]any{"name": o.Name, "office": o.Office}
	if o.Country != "" && !o.BodyDescribed {
		v["country"] = o.Country // "the town's mayor" names no body beyond the story's own
	}
	if o.Tenure != "" {
		v["tenure"] = o.Tenure
	}
	return v
}

// sentenceIndexAt is the index of the sentence holding text offset off.
func sentenceIndexAt(a *Article, off int) int {
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > off })
	if i >= len(a.Sentences) {
		return len(a.Sentences) - 1
	}
	return i
}

// publishedDay is the article's publication day, "" when unknown.
func publishedDay(a *Article) string {
	if a.Doc.Published == nil {
		return ""
	}
	return a.Doc.Published.Format("2006-01-02")
}

func hasString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// policeRank: an inspector of a police force ("Police Inspector Ola
// Brenn", "Inspector Ola Brenn of Tarrow Police") holds the police grade,
// which other grades exclude; an inspector of anything else is one of
// many posts of that name.
func (p *peopleIndex) policeRank(om *officeMatch) bool {
	if om.entry.Family != familyOfficer || om.Canonical != "inspector" {
		return false
	}
	return om.police || slices.ContainsFunc(strings.Fields(strings.ToLower(om.Qualifier)), func(w string) bool {
		return p.lx.words["police-bodies"][w]
	})
}
