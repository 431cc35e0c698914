package claim

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/pkg/nlp"
)

// People are found by rule, not by a trained recogniser: a person is a run
// of capitalised words next to an office from the lexicon ("Interior
// Minister Farid Osman", "Marcus Feld, director of the ... Office", "the
// network's chief executive, Dr Laila Brenner"), after an honorific, or in
// a place only a person takes (beside a speech verb, before ", who"). Later
// surnames and pronouns are tied back to the full names. The scan is one
// pass over each paragraph's words with map look-ups, so it costs little
// next to reading the text.

// ptoken is a word or punctuation mark of a paragraph.
type ptoken struct {
	Start, End int
	Text       string
	Fold       string // lower case, no diacritics
	Word       bool
	Cap        bool // starts with an upper-case letter
}

// personTokens cuts text[start:end] into words and punctuation. Markdown
// emphasis marks are skipped so "**Volodymyr Zelenskyy**" reads as a
// name; a possessive "'s" becomes its own token; initials and known
// abbreviations keep their full stop ("S.", "Adm.", "U.S.").
func personTokens(text string, start, end int) []ptoken {
	out := make([]ptoken, 0, (end-start)/5)
	lx := officeLex()
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == '*' || r == '_' || r == '\u00a0':
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWordEnd(text, i, end)
			if j < end && text[j] == '.' && abbreviated(text[i:j], lx) {
				j++
			}
			t := newPtoken(text, i, j)
			t.Cap = t.Cap || particleJoined(t.Text, lx)
			out = append(out, t)
			i = j
			if k, ok := possessiveAt(text, i, end); ok {
				out = append(out, ptoken{Start: i, End: k, Text: text[i:k], Fold: "'s"})
				i = k
			}
		default:
			out = append(out, ptoken{Start: i, End: i + n, Text: text[i : i+n], Fold: text[i : i+n]})
			i += n
		}
	}
	return out
}

// particleJoined reports a name written with its particle joined by a
// hyphen ("al-Rashid", "el-Amin"): capitalised after the particle.
func particleJoined(w string, lx *officeLexicon) bool {
	particle, rest, ok := strings.Cut(w, "-")
	if !ok || !lx.words["particles"][strings.ToLower(particle)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

func newPtoken(text string, s, e int) ptoken {
	r, _ := utf8.DecodeRuneInString(text[s:])
	return ptoken{Start: s, End: e, Text: text[s:e], Fold: nameFold(text[s:e]), Word: true, Cap: unicode.IsUpper(r)}
}

// scanWordEnd finds the end of the word starting at i: letters, digits
// and combining marks, joined by inner hyphens, apostrophes (not a
// possessive "'s") and the dots of initials ("J.D", "U.S").
func scanWordEnd(text string, i, end int) int {
	segStart := i
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += n
			continue
		}
		if i+n >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
			break
		}
		switch {
		case r == '-':
		case r == '\'' || r == '’':
			if _, ok := possessiveAt(text, i, end); ok {
				return i
			}
		case r == '.':
			if utf8.RuneCountInString(text[segStart:i]) != 1 {
				return i
			}
		default:
			return i
		}
		i += n
		segStart = i
	}
	return i
}

// possessiveAt reports an "'s" (straight or curly) at i that ends a word.
func possessiveAt(text string, i, end int) (int, bool) {
	r, n := utf8.DecodeRuneInString(text[i:])
	if (r != '\'' && r != '’') || i+n >= end || (text[i+n] != 's' && text[i+n] != 'S') {
		return 0, false
	}
	k := i + n + 1
	if k < end {
		next, _ := utf8.DecodeRuneInString(text[k:])
		if unicode.IsLetter(next) || unicode.IsDigit(next) {
			return 0, false
		}
	}
	return k, true
}

// abbreviated reports whether the word before a full stop keeps it: an
// initial, a dotted abbreviation ("U.S"), or a listed one ("Adm", "Mr").
func abbreviated(w string, lx *officeLexicon) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return strings.Contains(w, ".") || lx.abbreviations[nameFold(w)]
}

// officeMatch is an office found in the text.
type officeMatch struct {
	entry     *officeEntry
	Canonical string
	Generic   bool
	Holders   string
	Title     string // the office's words as written
	Qualifier string // the country or organisation named with it
	Tenure    string
	// first and next bound its tokens, qualifier and "of ..." included.
	first, next int
	// titleFirst is where the office words themselves begin.
	titleFirst int
	// determined marks an office after "the", "a" or a possessive: it can
	// stand alone ("the governor") or introduce a name after a comma.
	determined bool
	// Since is the year from which the person has held the office.
	Since string
	// succession marks an office said to have changed hands lately.
	succession bool
	newly      bool // "the new finance minister": the person took the post lately
	// area is the field of a head ("safety" in "the head of safety",
	// "Northwind's safety chief"), as folded words.
	area []string
	// police marks an office written right after a police force's word
	// ("Police Inspector"), which no qualifier keeps.
	police bool
	// possessive marks a qualifier written as a possessive before the
	// office ("Vell's chief of staff"), which may name a person.
	possessive bool
}

// personMention is one place a person is named.
type personMention struct {
	first, next int // tokens of the whole mention, office included
	nameFirst   int // tokens of the name
	nameNext    int
	words       []string // name words as written, honorific gone
	honorific   bool
	office      *officeMatch
	start, end  int // text span of the whole mention
	person      int // index into the article's people; -1 for none
	anonymous   bool
	confirmed   bool // something besides capitals says this is a person
	block       int
}

// person is one individual named in an article.
type namedPerson struct {
	Given, Surname, Name string
	Key                  string
	confirmed            bool
	// pronoun is "he" or "she" once a pronoun of the article has been
	// read as this person: a pronoun of the other kind is someone else.
	pronoun string
}

// people is what an article says about who is who.
type peopleIndex struct {
	text     string
	blocks   [][]ptoken
	mentions []personMention // in text order
	persons  []namedPerson
	lx       *officeLexicon
	// blockEnds are the text offsets where the paragraphs end.
	blockEnds []int
	// sentenceEnds are the text offsets where the sentences end.
	sentenceEnds []int
	// entities caches the entity recogniser's reading of a sentence, by
	// its index: it is slow, and pronouns ask about the same sentences.
	entities map[int][]nlp.Entity
	// entryOf is the live-blog entry a paragraph belongs to, by its
	// stamp ("" outside a live blog): a pronoun reaches no further.
	entryOf func(block int) string
	// holders maps an office to the one person named as its sitting
	// holder, -1 for several; read on first need, once all are named.
	holders map[string]int
	// bySurname indexes persons by the phonetic key of their surname.
	bySurname map[string][]int
	// lowerWords are the words the article writes in lower case, folded,
	// read when first needed.
	lowerWords map[string]bool
	// floor is the first token of the current paragraph not yet taken by
	// a mention: an office's qualifiers never reach back past it.
	floor int
	// starts lists, per person, where the person is named.
	starts map[int][]int
	// quoted are the article's quotations, when known: names inside them
	// are not antecedents of a pronoun outside.
	quoted []quotation
	// places caches namesPlace.
	places map[string]bool
}

// readPeople finds every person named in the article.
func readPeople(a *Article, opts Options) *peopleIndex {
	p := &peopleIndex{text: a.Doc.Text, lx: officeLexFor(opts), bySurname: map[string][]int{}, entryOf: a.entryTime}
	for _, s := range a.Sentences {
		p.sentenceEnds = append(p.sentenceEnds, s.End)
	}
	for bi, b := range a.Doc.Blocks {
		p.blockEnds = append(p.blockEnds, b.End)
		toks := personTokens(a.Doc.Text, b.Start, b.End)
		p.blocks = append(p.blocks, toks)
		p.scanBlock(bi, toks, b.Title || b.Heading)
	}
	p.linkPersons()
	p.linkSurnames()
	return p
}

func (p *peopleIndex) isWord(t ptoken, list string) bool { return t.Word && p.lx.words[list][t.Fold] }

// scanBlock records the people and unnamed office holders of a paragraph.
func (p *peopleIndex) scanBlock(bi int, toks []ptoken, heading bool) {
	p.floor = 0
	for i := 0; i < len(toks); {
		if om, ok := p.officeAt(toks, i); ok {
			if ms, ok := p.titledNames(toks, om); ok {
				for _, m := range ms {
					m.block = bi
					p.add(m, toks)
				}
				i = p.addFurtherOffices(bi, toks, p.mentions[len(p.mentions)-1])
				continue
			}
			if om.determined && !p.adjectival(toks, om) && !p.longerTitle(toks, om.next) {
				p.add(personMention{first: om.first, next: om.next, office: om, anonymous: true, block: bi, person: -1}, toks)
			}
			i = om.next
			continue
		}
		if m, ok := p.bareName(toks, i, heading); ok {
			m.block = bi
			p.add(m, toks)
			i = p.addFurtherOffices(bi, toks, p.mentions[len(p.mentions)-1])
			continue
		}
		i++
	}
}

// titledNames finds the person an office names, and reads two offices
// before one name ("Trade Minister and Deputy Prime Minister Lena Marr",
// "Committee Chairman Rep. Lena Marr") as both held by that person.
func (p *peopleIndex) titledNames(toks []ptoken, om *officeMatch) ([]personMention, bool) {
	if m, ok := p.titledName(toks, om); ok {
		if rank, ok := p.rankBeforeName(toks, om.next, m); ok {
			// "the army's chief of staff, General Ola Brenn": the rank
			// is Brenn's too.
			second := m
			second.first, second.office = rank.first, rank
			return []personMention{m, second}, true
		}
		return []personMention{m}, true
	}
	j := om.next
	joined := j < len(toks) && toks[j].Fold == "and"
	if joined {
		j++
	}
	if j >= len(toks) {
		return nil, false
	}
	other, ok := p.officeAt(toks, j)
	if !ok || other.first != j || joined && (om.entry.Family == familyRank || other.entry.Family == familyRank) {
		// "President and General Manager Ed Hale": a rank's word is no rank here.
		return nil, false
	}
	if joined && !toks[om.titleFirst].Cap && toks[other.titleFirst].Cap {
		// "talks between the Norvian president and Chancellor Ada
		// Brecht": a description in lower case, then a title of the kind
		// written before a name, are two people's.
		return nil, false
	}
	if joined && om.determined {
		// "the energy minister and deputy prime minister, Rolf Amsel":
		// one article governs both titles.
		described := *other
		described.determined = true
		other = &described
	}
	m, ok := p.titledName(toks, other)
	if !ok {
		return nil, false
	}
	first := m
	first.first, first.office = om.first, om
	return []personMention{first, m}, true
}

// addFurtherOffices reads the offices given after a person's name and
// first office ("Captain Ivo Brandl, head of the mine rescue service";
// "Lena Marr, the chairman and chief executive") as held together, and
// returns the token after the last.
func (p *peopleIndex) addFurtherOffices(bi int, toks []ptoken, m personMention) int {
	if lead, ok := p.passiveLeader(toks, m); ok {
		p.add(lead, toks)
	}
	if second, ok := p.secondOffice(toks, m); ok {
		p.add(second, toks)
		m = p.mentions[len(p.mentions)-1]
	}
	if second, ok := p.postAfterAppositive(toks, m); ok {
		p.add(second, toks)
		m = p.mentions[len(p.mentions)-1]
	}
	for m.office != nil && m.next+1 < len(toks) && toks[m.next].Fold == "and" {
		om, ok := p.appositiveOffice(toks, m.next+1)
		if !ok || p.holderFollows(toks, om.next) {
			// "Foreign Minister Ada Brecht and the army's chief of
			// staff, General Ola Brenn": the post is the next person's.
			break
		}
		next := m
		next.block, next.first, next.office, next.next = bi, m.nameFirst, om, om.next
		p.add(next, toks)
		m = p.mentions[len(p.mentions)-1]
	}
	return m.next
}

func (p *peopleIndex) add(m personMention, toks []ptoken) {
	m.start, m.end = toks[m.first].Start, toks[m.next-1].End
	p.floor = max(p.floor, m.next)
	if m.office != nil && m.office.Qualifier == "" && !m.anonymous {
		m.office.Qualifier, m.next, m.end = p.postnominalCountry(toks, m)
	}
	if m.office != nil && !m.anonymous {
		m.office.Since = p.sinceAfter(toks, m.next)
	}
	p.mentions = append(p.mentions, m)
}

// postnominalCountry reads "President Vladimir V. Putin of Russia".
func (p *peopleIndex) postnominalCountry(toks []ptoken, m personMention) (string, int, int) {
	i := m.next
	if m.nameNext != m.next || i+1 >= len(toks) || toks[i].Fold != "of" || !toks[i+1].Cap || p.isWord(toks[i+1], "not-names") {
		return "", m.next, m.end
	}
	if i+2 >= len(toks) || !toks[i+2].Cap {
		return toks[i+1].Text, i + 2, toks[i+1].End
	}
	// "Inspector Ola Brenn of Tarrow Police": a short capitalised name
	// that ends on a word for a body.
	for end := i + 2; end < len(toks) && end <= i+3 && toks[end].Cap && toks[end].Word; end++ {
		if p.orgLike(toks[end]) && (end+1 >= len(toks) || !toks[end+1].Cap) {
			return joinTokens(toks, i+1, end+1), end + 1, toks[end].End
		}
	}
	return "", m.next, m.end
}

// officeAt matches an office whose words begin at or after i: the
// longest lexicon name starting at i, with what qualifies it on the left
// (country, organisation, portfolio, "former") and an "of ..." on the
// right.
func (p *peopleIndex) officeAt(toks []ptoken, i int) (*officeMatch, bool) {
	t := toks[i]
	if !t.Word {
		return nil, false
	}
	best, n, prefix, ok := p.officeNameAt(toks, i)
	if !ok {
		return nil, false
	}
	e := best.entry
	om := &officeMatch{entry: e, Canonical: e.Canonical, Generic: e.Generic, Holders: e.Holders,
		titleFirst: i, next: i + n}
	if e.Family == familyRank && !t.Cap {
		return nil, false
	}
	first := i
	if e.Generic && takesPortfolio(e) {
		first = p.portfolioBefore(toks, i)
		if first < i {
			p.setPortfolio(om, foldedWords(toks[first:i]))
		}
	}
	if e.Family == familyHead {
		first = p.areaBefore(toks, i, om)
	}
	p.ofPhrase(toks, om)
	om.titleFirst = first
	om.first = p.qualifierBefore(toks, first, om)
	om.Title = joinTokens(toks, om.titleFirst, om.next)
	specialiseHead(om)
	p.applyPrefix(om, prefix)
	return om, true
}

// areaBefore finds the field written before a head: one lower-case word
// after "the" or a capitalised qualifier ("the safety director", "Civil
// protection chief"), up to two after a possessive ("Northwind's flight
// safety chief"). Without such an anchor the words may be a clause
// ("the report blamed director ...") and are left alone.
func (p *peopleIndex) areaBefore(toks []ptoken, i int, om *officeMatch) int {
	k := i
	for k > p.floor && i-k < 2 && p.areaWord(toks[k-1]) {
		k--
	}
	if k == i && i > 0 && p.commonWordOpening(toks, i-1) {
		// "Project director Ada Brecht": a sentence's first word, which
		// the article writes in lower case elsewhere, is the field.
		k = i - 1
	}
	if k == i || k == p.floor && k > 0 {
		return i
	}
	possessive := k > 0 && toks[k-1].Fold == "'s"
	anchored := k == 0 || sentenceEnd(toks[k-1]) || toks[k-1].Fold == "the" || toks[k-1].Cap && toks[k-1].Word && !p.isWord(toks[k-1], "not-names")
	// After a comma or a closing quote a phrase opens: "'The levee will
	// hold,' flood defence chief Ola Brenn said", "Later, border guard
	// commander Ada Brecht".
	opensPhrase := k > 0 && (toks[k-1].Text == "," || toks[k-1].Text == "\"" || toks[k-1].Text == "”")
	switch {
	case possessive:
	case anchored && i-k == 1:
	case opensPhrase && i-k <= 2:
	default:
		return i
	}
	om.area = foldedWords(toks[k:i])
	return k
}

// commonWordOpening: token k opens its sentence, capitalised only for
// that, and the article writes the word in lower case elsewhere ("the
// project director"): a common word, not a name.
func (p *peopleIndex) commonWordOpening(toks []ptoken, k int) bool {
	t := toks[k]
	if !t.Cap || !t.Word || k > 0 && !sentenceEnd(toks[k-1]) || !areaShaped(p, t) {
		return false
	}
	return p.writtenLower(t.Fold)
}

// areaShaped: the word could be a field were it in lower case.
func areaShaped(p *peopleIndex, t ptoken) bool {
	lower := t
	lower.Cap = false
	return p.areaWord(lower)
}

func sentenceEnd(t ptoken) bool {
	return t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "\"" || t.Text == "”"
}

// writtenLower reports a word the article writes starting in lower case.
func (p *peopleIndex) writtenLower(fold string) bool {
	if p.lowerWords == nil {
		p.lowerWords = map[string]bool{}
		for _, w := range strings.FieldsFunc(p.text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				p.lowerWords[nameFold(w)] = true
			}
		}
	}
	return p.lowerWords[fold]
}

// areaAfter reads a lower-case field after "of" ("head of safety",
// "chief inspector of marine accidents, ..."): up to three words, kept
// only when the phrase ends there rather than running into a clause.
func (p *peopleIndex) areaAfter(toks []ptoken, j int) int {
	k := j
	for k < len(toks) && k-j < 4 {
		if p.fieldWord(toks[k]) || k > j && toks[k].Fold == "and" && k+1 < len(toks) && p.fieldWord(toks[k+1]) {
			k++
			continue
		}
		break
	}
	if k == j || toks[k-1].Fold == "and" {
		return j
	}
	if k < len(toks) && toks[k].Word && toks[k].Cap {
		return j // "head of BBC News": initials that begin a body's name
	}
	if k < len(toks) && toks[k].Word && !toks[k].Cap && !p.isWord(toks[k], "speech-verbs") && !bodyPrepositions[toks[k].Fold] {
		return j
	}
	return k
}

// bodyPrepositions bring in the body after a head's field: "head of
// security at the airport", "director of operations for the port".
var bodyPrepositions = map[string]bool{"at": true, "for": true, "in": true, "with": true}

// fieldWord is a word that can name a head's field after "of": a
// lower-case area word, a portfolio ("head of finance"), or a
// department's initials ("head of IT", "director of HR").
func (p *peopleIndex) fieldWord(t ptoken) bool {
	return p.areaWord(t) || t.Word && !t.Cap && p.lx.portfolios[t.Fold] != "" || isInitialism(t.Text)
}

// isInitialism: two or three capitals, a department's initials.
func isInitialism(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// areaWord is a lower-case noun that can name a head's field: not a
// function word, modifier, organisation word or verb of speech.
func (p *peopleIndex) areaWord(t ptoken) bool {
	if !t.Word || t.Cap || isNumberWord(t) {
		return false
	}
	for _, list := range []string{"not-names", "function-words", "modifiers", "org-words", "speech-verbs", "tenure-former", "tenure-acting", "tenure-outgoing", "tenure-incoming", "distinct", "pronouns"} {
		if p.isWord(t, list) {
			return false
		}
	}
	return !p.startsOffice(t)
}

// specialiseHead makes a bare head with a field another post than a head
// of another field: "head of safety" is not "head of marine accidents",
// while a head without a field stays compatible with both.
func specialiseHead(om *officeMatch) {
	if !om.Generic || om.entry.Family != familyHead || len(om.area) == 0 {
		return
	}
	om.Canonical = headOfPrefix + strings.Join(om.area, " ")
	om.Generic = false
}

// portfolioBefore finds the portfolio written before a bare "minister" or
// "secretary": capitalised words that are not a nationality ("Digital
// Affairs Minister", but not "Kestovian Minister"), known portfolios in
// any case ("the defence secretary"), or one lower-case word right after
// "the" or a possessive ("Lysaria's energy minister").
func (p *peopleIndex) portfolioBefore(toks []ptoken, i int) int {
	first := i
	for k := i - 1; k >= p.floor && i-k <= 4; k-- {
		t := toks[k]
		if !t.Word {
			break
		}
		known := p.lx.portfolios[t.Fold] != "" || t.Fold == "affairs"
		if !known && t.Cap && first < i && p.namesPlace(t.Text) {
			return first // "Norvia Commerce Secretary X": the place whose secretary, not the portfolio
		}
		switch {
		case t.Fold == "and" && k > 0 && first < i:
			if toks[k-1].Cap || p.lx.portfolios[toks[k-1].Fold] != "" {
				continue
			}
			return first
		case known && !p.isWord(t, "modifiers"):
		case t.Cap && !p.isWord(t, "not-names") && !p.isWord(t, "modifiers") && !p.tenureWord(t) &&
			!p.isWord(t, "distinct") && !p.demonym(t) && !p.isWord(t, "honorifics"):
		case !t.Cap && first == i:
			if toks[i].Fold == "secretary" && p.lx.portfolios[t.Fold] == "" {
				// "the permanent secretary", "the executive secretary": a
				// secretary with a word no portfolio list knows is an
				// official's post, not a minister's.
				return first
			}
			return p.lowerPortfolio(toks, k, i)
		case !t.Cap && !toks[first].Cap:
			// "former rural community affairs minister": lower-case
			// words before a known one are the portfolio's too when the
			// whole run is one.
			if start := p.lowerPortfolio(toks, k, i); start < i {
				return start
			}
			return first
		default:
			return first
		}
		first = k
	}
	return first
}

// namesPlace reports a capitalised word the article also uses as a
// place: after "in", "from" or "to", owning something ("Norvia's"), or
// qualifying a common noun after "the".
func (p *peopleIndex) namesPlace(word string) bool {
	if known, ok := p.places[word]; ok {
		return known
	}
	found := strings.Contains(p.text, word+"'s ") || strings.Contains(p.text, word+"’s ")
	for _, prep := range []string{"in ", "from ", "to "} {
		found = found || strings.Contains(p.text, prep+word+" ") || strings.Contains(p.text, prep+word+".") || strings.Contains(p.text, prep+word+",")
	}
	// "the Norvia side", "the Norvia market": a proper name that
	// qualifies a common noun names the place or body it belongs to.
	for rest := p.text; !found; {
		at := strings.Index(rest, word+" ")
		if at < 0 {
			break
		}
		before := strings.ToLower(rest[max(0, at-4):at])
		rest = rest[at+len(word)+1:]
		found = before == "the " && rest != "" && unicode.IsLower(rune(rest[0]))
	}
	if p.places == nil {
		p.places = map[string]bool{}
	}
	p.places[word] = found
	return found
}

// maxLowerPortfolioWords bounds a portfolio written in lower case.
const maxLowerPortfolioWords = 3

// lowerPortfolio reads a portfolio in lower case ending at token last,
// before the office at i: up to three words ("the human rights
// ombudsman"), kept only when "the", a possessive or a modifier stands
// before them ("Lysaria's energy minister"); otherwise the words may be
// a clause ("the report blamed minister ...") and the office starts at i.
func (p *peopleIndex) lowerPortfolio(toks []ptoken, last, i int) int {
	for k := last; k >= p.floor && last-k < maxLowerPortfolioWords && k > 0; k-- {
		t := toks[k]
		if !t.Word || t.Cap || !p.portfolioWord(t) {
			return i
		}
		before := toks[k-1]
		if before.Fold == "the" || before.Fold == "'s" || p.isWord(before, "modifiers") || p.tenureWord(before) {
			return k // "the fisheries minister", "former fisheries minister"
		}
	}
	return i
}

// tenureWord says whether an office is held now, was, or is to be
// ("former", "acting", "outgoing", "incoming"): never part of a portfolio.
func (p *peopleIndex) tenureWord(t ptoken) bool {
	for _, list := range []string{"tenure-former", "tenure-acting", "tenure-outgoing", "tenure-incoming"} {
		if p.isWord(t, list) {
			return true
		}
	}
	return false
}

// portfolioWord is a lower-case word that can be part of a portfolio:
// not a modifier, tenure or deputy word, or a function word.
func (p *peopleIndex) portfolioWord(t ptoken) bool {
	if p.tenureWord(t) {
		return false
	}
	for _, list := range []string{"modifiers", "distinct", "function-words", "succession"} {
		if p.isWord(t, list) {
			return false
		}
	}
	return true
}

// demonym reports a word shaped like a nationality ("Kestovian",
// "Kelmari", "American") or listed as a country.
func (p *peopleIndex) demonym(t ptoken) bool {
	if _, ok := p.lx.countries[t.Fold]; ok {
		return true
	}
	f := t.Fold
	if p.lx.portfolios[f] != "" {
		return false
	}
	for _, s := range []string{"ian", "ean", "ese", "ish", "ani", "an", "i"} {
		if strings.HasSuffix(f, s) && len(f) > len(s)+3 {
			return true
		}
	}
	return strings.Contains(f, ".") || (len(t.Text) <= 4 && strings.ToUpper(t.Text) == t.Text)
}

// pluralPossessiveInName: the token at k is the apostrophe of a plural
// possessive inside a name ("the Producers' Federation"), between two
// capitalised words.
func pluralPossessiveInName(toks []ptoken, k int) bool {
	if k == 0 || k+1 >= len(toks) || toks[k].Text != "'" && toks[k].Text != "’" {
		return false
	}
	before, after := toks[k-1], toks[k+1]
	return before.Cap && strings.HasSuffix(before.Fold, "s") && after.Word && after.Cap
}

// namedAfterDescription is where a name starts that a description
// stands before ("of the refugee charity Tarrow Aid Trust"): the
// capitalised words that end the phrase name the body, and the lower-case
// words before them only say what kind of body it is. j itself when the
// phrase has no such name.
func namedAfterDescription(toks []ptoken, j, end int) int {
	c := end
	for c > j && toks[c-1].Cap {
		c--
	}
	if c == j || c == end {
		return j
	}
	for k := j; k < c; k++ {
		if toks[k].Cap {
			return j // "the Tarrow water Board": no description before a name
		}
	}
	return c
}

// portfolioIn reports a portfolio's word among toks ("of State for
// Foreign Affairs").
func (p *peopleIndex) portfolioIn(toks []ptoken) bool {
	return slices.ContainsFunc(toks, func(t ptoken) bool { return p.lx.portfolios[t.Fold] != "" })
}

// portfolioWordIn is portfolioIn for folded words.
func (p *peopleIndex) portfolioWordIn(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return p.lx.portfolios[w] != "" })
}

func (p *peopleIndex) setPortfolio(om *officeMatch, words []string) {
	noun := portfolioNoun(om.entry)
	om.Canonical = p.lx.portfolioKey(words) + " " + noun
	om.Generic = false
	if noun == "minister" || noun == "commissioner" && p.portfolioWordIn(words) {
		// One minister per portfolio; a commissioner too, when the field
		// is a portfolio ("the city's transport commissioner"), not a
		// seat on a board ("county commissioner").
		om.Holders = HoldersOne
	}
	if e, ok := p.lx.byCanonical[om.Canonical]; ok {
		om.entry, om.Holders = e, e.Holders
	}
}

// ofPhrase reads "of the National Cyber Security Office" or "for Foreign
// Affairs" after an office: a portfolio for a bare minister, the
// organisation of a head or director, the country of a president. When a
// name follows the phrase directly ("Secretary of Defense Pete Hegseth")
// the last two capitalised words are left to the name.
func (p *peopleIndex) ofPhrase(toks []ptoken, om *officeMatch) {
	i := om.next
	if i >= len(toks) || (toks[i].Fold != "of" && toks[i].Fold != "for") {
		return
	}
	j := i + 1
	described := j < len(toks) && toks[j].Fold == "the"
	if described {
		j++
	}
	if !described && om.entry.Family == familyHead {
		if k := p.areaAfter(toks, j); k > j {
			om.area = append(om.area, foldedWords(toks[j:k])...)
			om.next = k
			return
		}
	}
	k := j
	for k < len(toks) && (toks[k].Word || pluralPossessiveInName(toks, k)) && k-j < 7 && !p.isWord(toks[k], "speech-verbs") && toks[k].Fold != "who" && toks[k].Fold != "as" && !p.anotherPost(toks, k) {
		// Without "the" the phrase is a name ("of Defense", "for Foreign
		// Affairs"): capitals, or a known portfolio; with it, a
		// description may run on in lower case ("of the water board").
		if !described && !toks[k].Cap && toks[k].Fold != "and" && p.lx.portfolios[toks[k].Fold] == "" && toks[k].Fold != "affairs" {
			break
		}
		k++
	}
	if k == j {
		return
	}
	end := k
	if k-j >= 3 && !p.orgLike(toks[k-1]) && toks[k-1].Cap && toks[k-2].Cap && (p.portfolioIn(toks[j:k-2]) || k < len(toks) && toks[k].Word && !toks[k].Cap) {
		// "the head of the Tarrow Water Board Ivan Corr said", "Minister
		// of State for Foreign Affairs Samir Qadri": the last two
		// capitals are the holder's name after a portfolio or when a verb
		// goes on after them; "the chief executive of Brennor Light
		// Rail." is all the body's name.
		end = k - 2
		if end-1 > j && isInitial(toks[end]) {
			end--
		}
	} else if k < len(toks) && toks[k].Word && !p.anotherPost(toks, k) {
		// The phrase ran into words it cannot end on ("the chairman of
		// the parliamentary committee said"): keep it only when it ends
		// on an organisation word.
		if !p.orgLike(toks[k-1]) {
			return
		}
	}
	if end <= j {
		return
	}
	if described {
		j = namedAfterDescription(toks, j, end)
	}
	words := foldedWords(toks[j:end])
	switch {
	case om.entry.Family == "cabinet" && (om.Generic || toks[om.titleFirst].Fold == "secretary"):
		// "Secretary of State for Defence" is the defence minister.
		p.setPortfolio(om, words)
	case om.entry.Family == familyHead || om.entry.Family == "press" || om.entry.Family == "police" || om.Holders == HoldersCountry || om.entry.Family == "governor":
		om.Qualifier = joinTokens(toks, j, end)
	}
	om.next = end
}

// bodyNameStart walks left from the capitalised word at k over the
// words of the name it ends, up to three more, across an "and" or "&"
// that joins two words of one body's name ("Fire & Rescue", "UN Relief
// and Works Agency") but not across a person's name ("Ada Brecht and
// Harbour Board chair ...").
func (p *peopleIndex) bodyNameStart(toks []ptoken, k int) int {
	nameWord := func(t ptoken) bool {
		return t.Cap && t.Word && !p.isWord(t, "not-names") && !p.isTenure(t) && !p.isWord(t, "distinct")
	}
	q, words := k, 0
	for q > p.floor && words < 3 {
		switch {
		case nameWord(toks[q-1]):
			q--
		case (toks[q-1].Fold == "and" || toks[q-1].Fold == "&") && q-1 > p.floor && nameWord(toks[q-2]) && !p.knownSurname(toks[q-2].Text):
			q -= 2
		default:
			return q
		}
		words++
	}
	return q
}

// anotherPost reports an "and" at k that adds a second post rather than
// a word of an organisation's name: "chair of the board and a former
// mayor", "director of the agency and deputy mayor".
func (p *peopleIndex) anotherPost(toks []ptoken, k int) bool {
	if toks[k].Fold != "and" || k+1 >= len(toks) {
		return false
	}
	next := toks[k+1]
	return next.Fold == "a" || next.Fold == "an" || p.isWord(next, "tenure-former") || p.startsOffice(next)
}

func (p *peopleIndex) orgLike(t ptoken) bool {
	return p.isWord(t, "org-words") || p.lx.portfolios[t.Fold] != "" || t.Fold == "affairs"
}

// isTenure: a word that says when an office is held ("former",
// "acting").
func (p *peopleIndex) isTenure(t ptoken) bool {
	return p.isWord(t, "tenure-former") || p.isWord(t, "tenure-acting") || p.isWord(t, "tenure-outgoing") || p.isWord(t, "tenure-incoming")
}

// markTenure records what a tenure word says of the office.
func (p *peopleIndex) markTenure(t ptoken, om *officeMatch) {
	switch {
	case p.isWord(t, "tenure-former") || t.Fold == "ex":
		om.Tenure = "former"
	case p.isWord(t, "tenure-acting"):
		om.Tenure = "acting"
	case p.isWord(t, "tenure-outgoing"):
		om.Tenure = "outgoing"
	case p.isWord(t, "tenure-incoming"):
		om.Tenure = "incoming"
		om.succession = true
	}
}

func isInitial(t ptoken) bool {
	return t.Word && strings.HasSuffix(t.Text, ".") && utf8.RuneCountInString(t.Text) == 2
}

// qualifierBefore walks left from an office over tenure words ("former"),
// modifiers ("presidential", "city"), a possessive ("Ismira's"), and a
// run of capitalised words naming a country or organisation ("Kestovian",
// "Open Wells", "U.S."), and returns where the mention begins.
func (p *peopleIndex) qualifierBefore(toks []ptoken, i int, om *officeMatch) int {
	first := i
	distinct := ""
	kindAt := -1 // where a body's kind written in lower case stands ("museum director")
	om.police = i > p.floor && p.isWord(toks[i-1], "police-bodies")
	for k := i - 1; k >= p.floor && i-k <= 6; k-- {
		t := toks[k]
		switch {
		case t.Fold == "'s" && k > p.floor && toks[k-1].Word:
			q := k - 1
			for q > p.floor && toks[q-1].Cap && toks[q-1].Word && !p.isWord(toks[q-1], "not-names") && k-q < 3 {
				q--
			}
			om.Qualifier = joinTokens(toks, q, k)
			om.determined, om.possessive = true, true
			p.applyDistinct(om, distinct)
			return p.skipDeterminer(toks, q, om)
		case p.isTenure(t) || t.Fold == "ex":
			p.markTenure(t, om)
		case t.Fold == "now" && k > p.floor && toks[k-1].Fold == "until":
			// "Ola Brenn, until now transport minister": held up to the
			// story's event, and no more.
			p.markTenure(ptoken{Text: "former", Fold: "former", Word: true}, om)
			first = k - 1
			continue
		case p.isWord(t, "succession"):
			om.succession, om.newly = true, true
		case p.isWord(t, "distinct") && (t.Cap || !toks[i].Cap):
			// A lower-case "under" before "President" is a preposition.
			distinct = t.Fold + " " + distinct
		case t.Fold == "the" || t.Fold == "a" || t.Fold == "an" || t.Fold == "his" || t.Fold == "her" || t.Fold == "its" || t.Fold == "their":
			om.determined = true
			if (t.Fold == "a" || t.Fold == "an") && om.entry.Family == familyHead {
				// "a director of the agency" is one of several.
				om.Holders = HoldersMany
			}
			if t.Fold == "his" || t.Fold == "her" || t.Fold == "their" {
				// "the king met his energy minister": the post is in the
				// government of whoever "his" is, which need not be the
				// one another article's energy minister serves.
				om.Holders = HoldersMany
			}
			if t.Fold == "the" && k > p.floor && p.isTenure(toks[k-1]) && !toks[k-1].Cap {
				// "Ada Brecht, previously the education minister": the
				// tenure word before the article is the office's.
				p.markTenure(toks[k-1], om)
				p.applyDistinct(om, distinct)
				return k - 1
			}
			p.applyDistinct(om, distinct)
			return k
		case p.isWord(t, "modifiers") && !t.Cap || (t.Cap && p.isWord(t, "modifiers") && !p.isWord(t, "not-names")):
		case k == i-1 && om.entry.Family == familyHead && !t.Cap && p.isWord(t, "org-words"):
			// "museum director": the body the head leads, written in lower
			// case, which a later step may tie to the body's name.
			om.Qualifier = t.Text
			kindAt = k
		case t.Cap && t.Word && !p.isWord(t, "not-names") && !p.isWord(t, "honorifics") && !p.startsOffice(t) && !p.isTenure(t):
			q := p.bodyNameStart(toks, k)
			end := k + 1
			if kindAt == k+1 {
				end = kindAt + 1 // "Risk committee head": the name and the kind of body it names
			}
			om.Qualifier = joinTokens(toks, q, end)
			first = q
			if q > p.floor && p.isTenure(toks[q-1]) {
				// "Former Ashby councillor Dan Pruitt": a tenure word that
				// opens the sentence is capitalised, and still no name.
				first = q - 1
				p.markTenure(toks[q-1], om)
			}
			if q > p.floor && p.isWord(toks[q-1], "distinct") {
				// "Deputy Ashby County Clerk": the deputy is of the
				// office, not a word of the body's name.
				first = q - 1
				distinct = toks[q-1].Fold + " " + distinct
			}
			if q > p.floor && toks[q-1].Fold == "the" {
				om.determined = true
				first = q - 1
			}
			p.applyDistinct(om, distinct)
			return first
		default:
			p.applyDistinct(om, distinct)
			return first
		}
		first = k
	}
	p.applyDistinct(om, distinct)
	return first
}

func (p *peopleIndex) skipDeterminer(toks []ptoken, q int, om *officeMatch) int {
	if q > p.floor && toks[q-1].Fold == "the" {
		return q - 1
	}
	return q
}

// applyDistinct makes "deputy governor" another office than "governor".
func (p *peopleIndex) applyDistinct(om *officeMatch, distinct string) {
	if distinct == "" || strings.HasPrefix(om.Canonical, strings.TrimSpace(distinct)) || om.entry.Family == familyRank {
		// Ranks list their grades ("vice admiral"); a "Deputy" before a
		// rank is another job ("Sheriff's Deputy Sgt.").
		return
	}
	om.Canonical = strings.TrimSpace(distinct) + " " + om.Canonical
	om.Generic = false
	om.Holders = HoldersMany
}

// adjectival reports an office word used as an adjective ("an official
// transcript", "the head office"): a lower-case word follows that is not
// a speech verb or a relative.
func (p *peopleIndex) adjectival(toks []ptoken, om *officeMatch) bool {
	if om.next >= len(toks) || !p.isWord(toks[om.next-1], "adjectival-offices") {
		return false
	}
	t := toks[om.next]
	return t.Word && !t.Cap && !p.isWord(t, "speech-verbs") && t.Fold != "who" && t.Fold != "of" && t.Fold != "for"
}

// titledName finds the person an office names: directly after it
// ("Governor Anton Reiss"), or after a comma when the office stands as a
// description ("the Interior Minister, Lena Vas").
func (p *peopleIndex) titledName(toks []ptoken, om *officeMatch) (personMention, bool) {
	i := om.next
	descriptive := om.determined || om.first == 0
	if i < len(toks) && toks[i].Fold == "," && descriptive {
		if m, ok := p.nameAt(toks, i+1, true); ok && p.nameEndsClause(toks, m.nameNext) && !p.subjectAfterPhrase(toks, om, m) {
			m.first, m.office = om.first, om
			m.confirmed = true
			return m, true
		}
		if m, ok := p.nameAfterRank(toks, i+1); ok && p.nameEndsClause(toks, m.nameNext) && !p.subjectAfterPhrase(toks, om, m) {
			// "the army's chief of staff, General Ola Brenn": a rank or
			// title before the name does not take the post from it.
			m.first, m.office = om.first, om
			m.confirmed = true
			return m, true
		}
	}
	if i > 0 && p.isWord(toks[i-1], "org-kinds") && !toks[i-1].Cap {
		return personMention{}, false // "chief executive of operator Brennor Light Rail": the operator's name
	}
	if m, ok := p.nameAt(toks, i, true); ok && !p.titleFollows(toks, m.nameNext) {
		m.first, m.office = om.first, om
		m.confirmed = true
		return m, true
	}
	return personMention{}, false
}

// rankBeforeName is the rank or title between the comma at i and the
// name of m ("chief of staff, General Ola Brenn").
func (p *peopleIndex) rankBeforeName(toks []ptoken, i int, m personMention) (*officeMatch, bool) {
	if i+1 >= len(toks) || toks[i].Fold != "," {
		return nil, false
	}
	rank, ok := p.officeAt(toks, i+1)
	return rank, ok && rank.first == i+1 && rank.next == m.nameFirst
}

// nameAfterRank reads a rank or title at i and the name after it
// ("General Ola Brenn", "Chief Superintendent Karel Nyman").
func (p *peopleIndex) nameAfterRank(toks []ptoken, i int) (personMention, bool) {
	if i >= len(toks) {
		return personMention{}, false
	}
	rank, ok := p.officeAt(toks, i)
	if !ok || rank.first != i || !toks[i].Cap {
		return personMention{}, false
	}
	return p.nameAt(toks, rank.next, true)
}

// subjectAfterPhrase: the office is the object of a preposition ("in a
// letter to the prime minister, Brecht said") and the name after its
// comma goes straight on to a verb: the name begins the main clause, and
// the office is someone else's. An apposition to such an object closes
// with a comma or ends the sentence ("talks with the interior minister,
// Lena Vas, on Monday").
func (p *peopleIndex) subjectAfterPhrase(toks []ptoken, om *officeMatch, m personMention) bool {
	k := om.first - 1
	if k >= 0 && (toks[k].Fold == "the" || toks[k].Fold == "a" || toks[k].Fold == "an") {
		k--
	}
	if k < 0 || !objectPrepositions[toks[k].Fold] {
		return false
	}
	return m.nameNext < len(toks) && toks[m.nameNext].Word
}

// objectPrepositions take an office as their object in a phrase that
// opens a sentence.
var objectPrepositions = map[string]bool{
	"to": true, "with": true, "from": true, "for": true, "against": true, "by": true, "about": true, "before": true,
}

// maxTitleFieldWords bounds the field words inside a longer title.
const maxTitleFieldWords = 2

// longerTitle reports an office word that only begins a longer title:
// field words, then another office ("the Chief Nursing Officer", "the
// chief medical officer"), which is the office that names the person.
func (p *peopleIndex) longerTitle(toks []ptoken, i int) bool {
	for k := i; k < len(toks) && k-i <= maxTitleFieldWords && toks[k].Word; k++ {
		if k > i && p.startsOffice(toks[k]) {
			return true
		}
		if !toks[k].Cap && !p.areaWord(toks[k]) || toks[k].Cap && p.isWord(toks[k], "not-names") {
			return false
		}
	}
	return false
}

// titleFollows reports a capitalised office word right after what looked
// like a name: the words were the field of a longer title ("Chief
// Medical Officer Ana Reyes"), not a person.
func (p *peopleIndex) titleFollows(toks []ptoken, i int) bool {
	return i < len(toks) && toks[i].Cap && p.startsOffice(toks[i])
}

// nameEndsClause accepts a name given after a comma only when the clause
// goes on sensibly: another comma, a full stop, or a verb.
func (p *peopleIndex) nameEndsClause(toks []ptoken, i int) bool {
	if i >= len(toks) {
		return true
	}
	t := toks[i]
	return !t.Cap
}

// nameAt reads a person's name at i: an optional honorific, then
// capitalised words, initials and lower-case particles, ending on a
// capitalised word. A lone word is a name only after an office or
// honorific (allowShort).
func (p *peopleIndex) nameAt(toks []ptoken, i int, allowShort bool) (personMention, bool) {
	m := personMention{first: i, person: -1}
	if i < len(toks) && p.isWord(toks[i], "honorifics") && toks[i].Cap {
		m.honorific = true
		i++
	}
	if i+1 < len(toks) && roleNoun(toks[i]) && toks[i+1].Cap {
		i++ // "Chief Economist Mara Voss": the role ends the title, the name follows
	}
	m.nameFirst = i
	k := i
	for k < len(toks) && k-i < 5 {
		t := toks[k]
		switch {
		case t.Word && t.Cap && !p.isWord(t, "not-names") && !p.isWord(t, "org-words") && !p.officeHere(toks, k) && !isNumberWord(t):
		case t.Word && k > i && p.isWord(t, "particles") && k+1 < len(toks) && toks[k+1].Cap:
		default:
			goto done
		}
		k++
	}
done:
	// A name ends on a capitalised word, not on a particle or an initial.
	for k > i && (!toks[k-1].Cap || isInitial(toks[k-1])) {
		k--
	}
	if k == i {
		return m, false
	}
	if k < len(toks) && toks[k].Cap && p.isWord(toks[k], "org-words") {
		return m, false // "Tarrow Coach Company": the capitals run on into a body's name
	}
	n := k - i
	if n == 1 && (!allowShort && !m.honorific || acronym(toks[i])) {
		return m, false
	}
	m.nameNext, m.next = k, k
	for _, t := range toks[i:k] {
		m.words = append(m.words, t.Text)
	}
	return m, true
}

// roleNoun reports a capitalised noun of a trade or field ("Economist",
// "Scientist", "Statistician"): no given name ends so, so it belongs to
// the title before a name, not to the name.
func roleNoun(t ptoken) bool {
	return t.Word && t.Cap && len(t.Fold) >= 6 && (strings.HasSuffix(t.Fold, "ist") || strings.HasSuffix(t.Fold, "ician"))
}

// acronym reports a short word written in capitals ("ET", "GMT", "NSI"):
// an abbreviation, not a name by itself.
func acronym(t ptoken) bool {
	return utf8.RuneCountInString(t.Text) <= 4 && strings.ToUpper(t.Text) == t.Text && !strings.Contains(t.Text, ".")
}

func isNumberWord(t ptoken) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsDigit(r)
}

// titleWord reports a capitalised word that begins an office, so that
// "Minister" is not read as a name.
func (p *peopleIndex) titleWord(t ptoken) bool {
	return p.startsOffice(t)
}

// bareName reads a full name with no office before it. A capitalised
// pair is kept as a person candidate; it counts as a person when
// something else says so: an honorific, a speech verb beside it, an
// appositive (", who", ", 54,", ", the city's police commissioner").
func (p *peopleIndex) bareName(toks []ptoken, i int, heading bool) (personMention, bool) {
	if i > 0 && toks[i-1].Cap && toks[i-1].Word {
		return personMention{}, false
	}
	m, ok := p.nameAt(toks, i, false)
	if !ok {
		if lone, ok := p.loneNameWithOffice(toks, i); ok {
			return lone, true
		}
		return m, false
	}
	if len(m.words) < 2 && !m.honorific {
		return m, false
	}
	next := m.nameNext
	if next < len(toks) && toks[next].Cap && p.isWord(toks[next], "org-words") {
		// "Rail Safety Agency director": the capitals name an organisation.
		return personMention{}, false
	}
	if next < len(toks) && p.titleWord(toks[next]) && toks[next].Word {
		// "Kestovian Foreign Minister", "Open Wells director": the
		// capitals qualify the office that follows.
		return personMention{}, false
	}
	if next+1 < len(toks) && toks[next].Fold == "'s" && p.startsOffice(toks[next+1]) {
		// "Kessel Freight Rail's chief executive": the capitals own the
		// office, whose holder is named after it.
		return personMention{}, false
	}
	if at := skipAge(toks, next); at+1 < len(toks) && (appositiveOpener(toks[at]) || toks[at].Fold == "is") {
		if om, ok := p.appositiveOffice(toks, at+1); ok {
			m.office = om
			m.next = om.next
			m.confirmed = true
			return m, true
		}
	}
	if heading && !m.honorific {
		return m, false
	}
	m.confirmed = m.honorific || p.personContext(toks, m)
	return m, true
}

// skipAge passes over an age given between commas after a name ("Ana
// Reyes, 54, the health minister"), returning the comma after it; i
// itself when there is none.
func skipAge(toks []ptoken, i int) int {
	if i+2 < len(toks) && toks[i].Fold == "," && isNumberWord(toks[i+1]) && toks[i+2].Fold == "," {
		return i + 2
	}
	return i
}

// appositiveOpener is a mark that opens a description of the name
// before it: a comma, a bracket or a dash ("Ana Reyes (health minister)",
// "Ana Reyes — the health minister —").
func appositiveOpener(t ptoken) bool {
	switch t.Fold {
	case ",", "(", "—", "–":
		return true
	}
	return false
}

// loneNameWithOffice reads one capitalised word described by an office
// between commas and followed by a verb of speech ("Reyes, the finance
// minister, said"): the shape gives a person named by surname alone. The
// word must open the sentence or follow a quotation or a speech verb, so
// that a place after a preposition ("In Varna, the mayor, ...") is not
// read as a person.
func (p *peopleIndex) loneNameWithOffice(toks []ptoken, i int) (personMention, bool) {
	t := toks[i]
	if !t.Word || !t.Cap || acronym(t) || p.isWord(t, "not-names") || p.isWord(t, "org-words") || p.startsOffice(t) ||
		i+2 >= len(toks) || toks[i+1].Fold != "," || !p.subjectPlace(toks, i) {
		return personMention{}, false
	}
	om, ok := p.appositiveOffice(toks, i+2)
	if !ok || om.next+1 >= len(toks) || toks[om.next].Fold != "," || !p.isWord(toks[om.next+1], "speech-verbs") {
		return personMention{}, false
	}
	m := personMention{first: i, nameFirst: i, nameNext: i + 1, next: om.next, words: []string{t.Text},
		office: om, confirmed: true, person: -1}
	return m, true
}

// subjectPlace reports a token that opens a sentence or an attribution:
// first in its paragraph, after a full stop, a quotation mark or a
// comma closing a quotation, or after a speech verb.
func (p *peopleIndex) subjectPlace(toks []ptoken, i int) bool {
	if i == 0 {
		return true
	}
	prev := toks[i-1]
	switch {
	case prev.Fold == "." || prev.Fold == "!" || prev.Fold == "?" || isQuoteMark(leadingRune(prev.Text)):
		return true
	case p.isWord(prev, "speech-verbs"):
		return true
	}
	return false
}

// secondOffice reads an office given after a titled name ("Captain Ivo
// Brandl, head of the mine rescue service"): the person holds both.
func (p *peopleIndex) secondOffice(toks []ptoken, m personMention) (personMention, bool) {
	if m.next != m.nameNext || m.next+1 >= len(toks) || !appositiveOpener(toks[m.next]) {
		return personMention{}, false
	}
	return p.officeAfter(toks, m)
}

// officeAfter is m's person holding the office read at m.next+1, the
// name's mention extended over it.
func (p *peopleIndex) officeAfter(toks []ptoken, m personMention) (personMention, bool) {
	om, ok := p.appositiveOffice(toks, m.next+1)
	if !ok {
		return personMention{}, false
	}
	second := m
	second.first, second.office, second.next = m.nameFirst, om, om.next
	return second, true
}

// postAfterAppositive reads a relative clause that gives a second post
// after an appositive office ("Ola Brenn, the bank's chairman, who also
// chairs the board's risk committee,"), as secondOffice reads one right
// after the name.
func (p *peopleIndex) postAfterAppositive(toks []ptoken, m personMention) (personMention, bool) {
	if m.office == nil || m.next == m.nameNext || m.next+2 >= len(toks) || toks[m.next].Fold != "," || toks[m.next+1].Fold != "who" {
		return personMention{}, false
	}
	return p.officeAfter(toks, m)
}

// appositiveOffice reads ", the city's police commissioner" or ",
// director of the National Cyber Security Office" after a name.
func (p *peopleIndex) appositiveOffice(toks []ptoken, i int) (*officeMatch, bool) {
	start := i
	if om, ok := p.leadingClauseOffice(toks, i); ok {
		return om, true
	}
	i = p.relativeHolding(toks, i)
	for k := i; k < len(toks) && k-i < 7; k++ {
		if !toks[k].Word && toks[k].Fold != "'s" {
			return nil, false
		}
		om, ok := p.officeAt(toks, k)
		if !ok || p.longerTitle(toks, om.next) || p.adjectival(toks, om) {
			continue
		}
		if om.first < start || om.first > i || om.entry.Family == familyRank {
			// The office must begin the appositive, after any "who is also".
			return nil, false
		}
		if om.next < len(toks) && toks[om.next].Fold == "'s" {
			// "X, the former president's daughter": the office is another's.
			return nil, false
		}
		if p.nameFollows(toks, om.next) {
			// "Marco Rubio, CIA Director John Ratcliffe": a list of
			// people, the office belongs to the name after it; so too
			// in "Acme Terminals, the company's chief executive, Jane
			// Doe, said".
			return nil, false
		}
		if om.Tenure == "" && heldUntil(toks, om.next) {
			om.Tenure = "former" // "who was elected mayor in 2009 and served until 2019"
		}
		return om, true
	}
	return nil, false
}

// holderFollows: a comma at i, then a name, with or without a title of
// its own ("…, Ola Brenn", "…, General Ola Brenn").
func (p *peopleIndex) holderFollows(toks []ptoken, i int) bool {
	if i+1 >= len(toks) || toks[i].Fold != "," {
		return false
	}
	if p.nameFollows(toks, i) {
		return true
	}
	om, ok := p.officeAt(toks, i+1)
	return ok && om.next < len(toks) && p.nameFollows(toks, om.next)
}

// nameFollows: a name starts at token i, or after a comma there.
func (p *peopleIndex) nameFollows(toks []ptoken, i int) bool {
	if _, named := p.nameAt(toks, i, false); named {
		return true
	}
	if i+1 < len(toks) && toks[i].Fold == "," {
		_, named := p.nameAt(toks, i+1, false)
		return named
	}
	return false
}

// personContext reports whether a name stands where only people stand.
func (p *peopleIndex) personContext(toks []ptoken, m personMention) bool {
	next := m.nameNext
	if next < len(toks) && p.isWord(toks[next], "speech-verbs") {
		return true
	}
	if next+1 < len(toks) && toks[next].Fold == "," {
		f := toks[next+1].Fold
		if f == "who" || f == "whose" || isNumberWord(toks[next+1]) || p.isWord(toks[next+1], "speech-verbs") {
			return true
		}
	}
	if m.first > 0 && p.isWord(toks[m.first-1], "speech-verbs") {
		return true
	}
	return m.first > 1 && toks[m.first-1].Fold == "to" && toks[m.first-2].Fold == "according"
}

// linkPersons turns full names into persons: one person per name as
// spelled, merged when a surname and compatible given name agree.
func (p *peopleIndex) linkPersons() {
	for i := range p.mentions {
		m := &p.mentions[i]
		if m.anonymous || len(m.words) < 2 {
			continue
		}
		given, surname := splitName(m.words)
		idx := p.findPerson(given, surname)
		if idx < 0 {
			idx = len(p.persons)
			p.persons = append(p.persons, namedPerson{Given: given, Surname: surname, Name: strings.Join(m.words, " "), Key: p.keyFor(m.words, given, surname)})
			for _, k := range SurnameKeys(surname) {
				p.bySurname[k] = append(p.bySurname[k], idx)
			}
		}
		m.person = idx
		if m.confirmed {
			p.persons[idx].confirmed = true
		}
	}
}

func (p *peopleIndex) keyFor(words []string, given, surname string) string {
	if k, ok := p.lx.aliases[nameFold(strings.Join(words, " "))]; ok {
		return k
	}
	return personKey(given, surname)
}

func (p *peopleIndex) findPerson(given, surname string) int {
	var candidates []int
	for _, k := range SurnameKeys(surname) {
		candidates = append(candidates, p.bySurname[k]...)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(candidates)))
	for _, i := range candidates {
		q := p.persons[i]
		if SameSurname(q.Surname, surname) && CompatibleGiven(q.Given, given) && (given == "" || q.Given != "") {
			return i
		}
	}
	return -1
}

// linkSurnames ties short references ("Mr. Peskov", "Governor Hale",
// "Brandl") to the full name with that surname named last before them
// (or first after, for a text that names the person fully later). A lone
// capitalised word is a reference only when it is such a surname.
func (p *peopleIndex) linkSurnames() {
	bySurname := map[string][]int{}
	// written holds surnames as folded, a cheap first test for each word.
	written := map[string]bool{}
	for i, q := range p.persons {
		k := PhoneticKey(q.Surname)
		bySurname[k] = append(bySurname[k], i)
		written[nameFold(q.Surname)] = true
	}
	byGiven := p.soleGivenNames(written)
	var extra []personMention
	mi := 0
	for bi, toks := range p.blocks {
		for ti, t := range toks {
			for mi < len(p.mentions) && (p.mentions[mi].block < bi || p.mentions[mi].block == bi && p.mentions[mi].next <= ti) {
				mi++
			}
			if mi < len(p.mentions) && p.mentions[mi].block == bi && p.mentions[mi].first <= ti {
				continue // inside a mention already found
			}
			given, byGivenName := byGiven[t.Fold]
			if !t.Cap || !t.Word || !written[t.Fold] && !byGivenName || (ti+1 < len(toks) && toks[ti+1].Cap && toks[ti+1].Word) {
				continue
			}
			m := personMention{first: ti, next: ti + 1, nameFirst: ti, nameNext: ti + 1, words: []string{t.Text}, block: bi, person: -1}
			if byGivenName {
				m.person = given
			}
			m.start, m.end = t.Start, t.End
			if ti+2 < len(toks) && appositiveOpener(toks[ti+1]) {
				// "Reyes, the finance minister, ..." after "Ana Reyes".
				p.floor = ti + 2
				if om, ok := p.appositiveOffice(toks, ti+2); ok {
					m.office, m.next, m.end = om, om.next, toks[om.next-1].End
				}
			}
			m.confirmed = p.personContext(toks, m)
			extra = append(extra, m)
		}
	}
	p.mentions = mergeMentions(p.mentions, extra)
	p.starts = map[int][]int{}
	for _, m := range p.mentions {
		if m.person >= 0 {
			p.starts[m.person] = append(p.starts[m.person], m.start)
		}
	}
	for i := range p.mentions {
		m := &p.mentions[i]
		if m.anonymous || m.person >= 0 || len(m.words) != 1 {
			continue
		}
		key := PhoneticKey(m.words[0])
		m.person = p.nearestPerson(bySurname[key], m.start)
		if m.office != nil && m.office.first < m.nameFirst {
			if holder := p.soleHolderOfKind(bySurname[key], i); holder >= 0 {
				// "Premier Tarrow" after "Premier Wenna Tarrow ...
				// Transport Minister Jon Tarrow": the title names the
				// namesake it was given with, however far back.
				m.person = holder
			}
		}
		if m.person >= 0 && m.office != nil && m.office.first < m.nameFirst && p.titleTellsApart(m.person, i) {
			// "Harbourmaster Brenn" after "club chairman Ola Brenn", or
			// "Mayor Brenn" after "Ola Brenn, a shopkeeper": a title
			// before a surname that the full name was never given marks
			// someone else of that surname, whom the writer tells apart
			// by the title. A post told after the surname ("Brask, who
			// is also vice-president") adds to the person's.
			m.person = -1
		}
		if m.person >= 0 && m.office != nil && m.office.first < m.nameFirst && p.introducedLaterAsOther(m.person, m.start) {
			// "Chief Constable Brenn said ... Dr Ada Brenn, a surgeon,
			// said": a full name first given after the titled surname,
			// with a title of its own, introduces someone else.
			m.person = -1
		}
		if m.person < 0 && (m.office != nil || m.honorific) {
			m.person = len(p.persons)
			p.persons = append(p.persons, namedPerson{Surname: m.words[0], Name: m.words[0], Key: personKey("", m.words[0]), confirmed: true})
			bySurname[key] = append(bySurname[key], m.person)
			p.starts[m.person] = append(p.starts[m.person], m.start)
		}
		if m.person >= 0 && (m.confirmed || m.office != nil) {
			p.persons[m.person].confirmed = true
		}
	}
}

// soleGivenNames maps each given name that one person of the article
// alone bears, and that is no one's surname nor a month's name, to that
// person: features call people by their first name once they are
// introduced ("Elena described the wait" after "Elena Drummond").
func (p *peopleIndex) soleGivenNames(surnames map[string]bool) map[string]int {
	bearers := map[string][]int{}
	for i, q := range p.persons {
		if g := nameFold(q.Given); g != "" && !surnames[g] && !notNames[g] { // "June", "May": months first
			bearers[g] = append(bearers[g], i)
		}
	}
	out := map[string]int{}
	for g, list := range bearers {
		if len(list) == 1 {
			out[g] = list[0]
		}
	}
	return out
}

// introducedLaterAsOther: the article first names person in full after
// off, and that first naming carries an honorific of its own ("Dr Ada
// Brenn"): the writer introduces a person there, not one already told of.
func (p *peopleIndex) introducedLaterAsOther(person, off int) bool {
	for _, m := range p.mentions {
		if m.person != person || len(m.words) < 2 {
			continue
		}
		return m.start > off && m.honorific && m.office == nil
	}
	return false
}

// titleTellsApart: the title of the mention at is of a kind the article
// gives person nowhere else, either because it gives the person no post
// or only posts of other kinds ("Minister Ruiz" after "Health Minister
// Ana Ruiz" is the same person; a generic title such as "head" tells no
// one apart).
func (p *peopleIndex) titleTellsApart(person, at int) bool {
	off := p.mentions[at].office
	if off.Generic {
		return false
	}
	for _, o := range p.otherPosts(person, at) {
		if o.Generic || officeHead(o.Canonical) == officeHead(off.Canonical) {
			return false
		}
	}
	return true
}

// soleHolderOfKind is the one person among candidates whom another
// mention gives the post the mention at names, or else the one given a
// post of its kind (one head word: "Minister Ruiz" after "Health
// Minister Ana Ruiz"); -1 when none or several are, or the post is a
// generic one.
func (p *peopleIndex) soleHolderOfKind(candidates []int, at int) int {
	off := p.mentions[at].office
	if off.Generic {
		return -1
	}
	samePost := func(o *officeMatch) bool { return o.Canonical == off.Canonical }
	sameKind := func(o *officeMatch) bool { return officeHead(o.Canonical) == officeHead(off.Canonical) }
	for _, match := range []func(*officeMatch) bool{samePost, sameKind} {
		found, several := -1, false
		for _, c := range candidates {
			if slices.ContainsFunc(p.otherPosts(c, at), func(o *officeMatch) bool { return !o.Generic && match(o) }) {
				several = several || found >= 0 && found != c
				found = c
			}
		}
		if found >= 0 {
			if several {
				return -1
			}
			return found
		}
	}
	return -1
}

// otherPosts are the posts the article's mentions other than at give
// person.
func (p *peopleIndex) otherPosts(person, at int) []*officeMatch {
	var out []*officeMatch
	for j, m := range p.mentions {
		if j != at && m.person == person && m.office != nil {
			out = append(out, m.office)
		}
	}
	return out
}

// officeHead is an office name's last word, the kind of post it is.
func officeHead(canonical string) string {
	fields := strings.Fields(canonical)
	if len(fields) == 0 {
		return ""
	}
	return fields[len(fields)-1]
}

// nearestPerson picks, among candidates, the person whose full name was
// written last before off, else the first written after it.
func (p *peopleIndex) nearestPerson(candidates []int, off int) int {
	if len(candidates) == 0 {
		return -1
	}
	best, bestAt, after, afterAt := -1, -1, -1, int(^uint(0)>>1)
	for _, c := range candidates {
		starts := p.starts[c]
		k := sort.SearchInts(starts, off)
		if k > 0 && starts[k-1] > bestAt {
			best, bestAt = c, starts[k-1]
		}
		if k < len(starts) && starts[k] < afterAt {
			after, afterAt = c, starts[k]
		}
	}
	if best >= 0 {
		return best
	}
	return after
}

func hasIndex(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// mergeMentions merges two lists of mentions, each in text order.
func mergeMentions(a, b []personMention) []personMention {
	out := make([]personMention, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || i < len(a) && a[i].start <= b[j].start {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

func foldedWords(toks []ptoken) []string {
	var out []string
	for _, t := range toks {
		if t.Word {
			out = append(out, t.Fold)
		}
	}
	return out
}

// joinTokens returns the text from token i to token j (exclusive) as
// written, with markup between words reduced to spaces.
func joinTokens(toks []ptoken, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && toks[k].Fold != "'s" {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
	}
	return b.String()
}
