package claim

import (
	"regexp"
	"slices"
	"sort"
	"sync"

	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/nlp"
)

// quoteClaims finds quotations and their speakers.
func quoteClaims(a *Article, p *peopleIndex) []Claim {
	qs := findQuotations(a.Doc.Text, a.Doc.Blocks)
	p.quoted = qs
	var out []Claim
	var prev *quoteSource
	prevBlock := -1
	for _, q := range qs {
		at, ok := p.attributeAfter(q)
		if !ok {
			at, ok = p.attributeBefore(q)
		}
		if !ok && prev != nil && (prevBlock == q.block || prevBlock == q.block-1 && p.carriesSpeaker(*prev) && p.quoteParagraph(q) && !p.otherEntry(prevBlock, q.block)) &&
			!p.otherPersonBetween(*prev, q.open) {
			at, ok = *prev, true
			at.via, at.start, at.end = "earlier", q.open, q.close
		}
		if ok {
			saved := at
			prev, prevBlock = &saved, q.lastBlock
		}
		out = append(out, p.quoteClaim(a, q, at))
	}
	return out
}

// otherEntry: blocks a and b belong to two entries of a live blog.
func (p *peopleIndex) otherEntry(a, b int) bool {
	return p.entryOf != nil && p.entryOf(a) != p.entryOf(b)
}

// otherPersonBetween: someone other than the last speaker is named, outside
// quotation marks, between that speaker's attribution and offset off:
// "When Ada Brecht left the tribunal and called the ruling '...'" is not
// the last speaker's line.
func (p *peopleIndex) otherPersonBetween(last quoteSource, off int) bool {
	last.end = p.affiliationEnd(last.end)
	for _, m := range p.mentions {
		if m.start >= last.end && m.start < off && m.person >= 0 && m.person != last.person && !p.insideQuotation(m.start) {
			return true
		}
	}
	return p.fullNameBetween(last, off)
}

// fullNameBetween finds two capitalised words in a row, neither a
// function word nor the last speaker's name, between the attribution and
// offset off outside quotation marks: the shape of a full name the
// index may not know as a person ("When Ada Brecht left the tribunal").
func (p *peopleIndex) fullNameBetween(last quoteSource, off int) bool {
	own := map[string]bool{}
	if last.person >= 0 && last.person < len(p.persons) {
		own[nameFold(p.persons[last.person].Given)] = true
		own[nameFold(p.persons[last.person].Surname)] = true
	}
	nameWord := func(t ptoken) bool {
		return t.Word && t.Cap && !p.isWord(t, "function-words") && !own[t.Fold] && !p.insideQuotation(t.Start)
	}
	for b := p.blockOf(last.end); b < len(p.blocks) && b <= p.blockOf(off); b++ {
		toks := p.blocks[b]
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].Start >= last.end && toks[i+1].End <= off && nameWord(toks[i]) && nameWord(toks[i+1]) {
				return true
			}
		}
	}
	return false
}

// affiliationEnd is where the attribution ending at end stops once the
// body its speaker is "of" is taken in ("said Ola Brenn of Tarrow Fire
// and Rescue": her body, whose name may look like a person's), or end
// when no such phrase follows it.
func (p *peopleIndex) affiliationEnd(end int) int {
	b := p.blockOf(end)
	if b >= len(p.blocks) {
		return end
	}
	toks := p.blocks[b]
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= end })
	if i < len(toks) && toks[i].Text == "," {
		i++
	}
	if i >= len(toks) || toks[i].Fold != "of" {
		return end
	}
	for i+1 < len(toks) && (toks[i+1].Word || toks[i+1].Text == "&") {
		i++
	}
	return toks[i].End
}

// carriesSpeaker reports an attribution to a named person that ends its
// paragraph: only then does the next paragraph's quotation go on in the
// same voice.
func (p *peopleIndex) carriesSpeaker(at quoteSource) bool {
	if at.person < 0 || at.end <= 0 {
		return false
	}
	bi := p.blockOf(at.end)
	if bi >= len(p.blocks) {
		return false
	}
	for _, t := range p.blocks[bi] {
		if t.Start >= at.end && t.Word && !p.insideQuotation(t.Start) {
			return false
		}
	}
	return true
}

// quoteParagraph reports a quotation that opens its paragraph in a
// paragraph that names nobody outside quotation marks: news carries the
// speaker of the paragraph before into such a paragraph.
func (p *peopleIndex) quoteParagraph(q quotation) bool {
	toks := p.blocks[q.block]
	if len(toks) == 0 || toks[0].Start != q.open {
		return false
	}
	for _, m := range p.mentions {
		if m.block == q.block && !p.insideQuotation(m.start) {
			return false
		}
	}
	return true
}

// quotation is a stretch of quoted words, possibly over several
// paragraphs or interrupted by its attribution ("X," he said, "Y").
type quotation struct {
	open, close int // the opening mark, and just after the closing one
	// firstClose ends the first part of a quotation interrupted by its
	// attribution, where that attribution is read.
	firstClose       int
	parts            [][2]int // the quoted words, without the marks
	block, lastBlock int
}

func isOpeningMark(r rune) bool { return r == '“' || r == '„' || r == '«' }
func isClosingMark(r rune) bool { return r == '”' || r == '»' }
func isQuoteMark(r rune) bool   { return r == '"' || isOpeningMark(r) || isClosingMark(r) }

// findQuotations pairs quotation marks, straight or curly, paragraph by
// paragraph. A paragraph that ends inside a quotation continues it when
// the next paragraph opens with a quotation mark, as newspapers write
// long quotations; an unclosed quotation that does not continue is a
// stray mark and is dropped.
func findQuotations(text string, blocks []document.Block) []quotation {
	var out []quotation
	var cur *quotation
	partStart := 0
	for bi, b := range blocks {
		i := b.Start
		if cur != nil {
			r, n := firstRuneAfterSpace(text, b.Start, b.End)
			if !isQuoteMark(r) || isClosingMark(r) {
				cur = nil
			} else {
				i = n
				partStart = n
			}
		}
		for i < b.End {
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case cur == nil && (isOpeningMark(r) || r == '"'):
				cur = &quotation{open: i, block: bi}
				partStart = i + n
			case cur != nil && (isClosingMark(r) || r == '"'):
				if r == '"' && opensHere(text, i, n, b.End) && !closesHere(text, i, b.Start) {
					// A straight mark that can only open: the earlier one was stray.
					cur = &quotation{open: i, block: bi}
					partStart = i + n
					break
				}
				cur.parts = append(cur.parts, [2]int{partStart, i})
				cur.close, cur.lastBlock = i+n, bi
				out = append(out, *cur)
				cur = nil
			}
			i += n
		}
		if cur != nil {
			cur.parts = append(cur.parts, [2]int{partStart, trimEnd(text, b.Start, b.End)})
		}
	}
	return joinInterrupted(text, out)
}

func firstRuneAfterSpace(text string, i, end int) (rune, int) {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) && r != '*' && r != '_' && r != '>' {
			return r, i + n
		}
		i += n
	}
	return 0, end
}

func trimEnd(text string, start, end int) int {
	for end > start && unicode.IsSpace(rune(text[end-1])) {
		end--
	}
	return end
}

// opensHere: a straight mark after a space and before a letter.
func opensHere(text string, i, n, end int) bool {
	if i+n >= end {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	prevSpace := i == 0 || unicode.IsSpace(rune(text[i-1])) || text[i-1] == '('
	return prevSpace && (unicode.IsLetter(next) || unicode.IsDigit(next))
}

// closesHere: a straight mark right after a word or punctuation.
func closesHere(text string, i, start int) bool {
	if i <= start {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	return !unicode.IsSpace(prev)
}

// joinInterrupted joins a quotation broken by its attribution: the first
// part ends with a comma, the second starts in lower case, and only a
// short attribution without a full stop lies between.
func joinInterrupted(text string, qs []quotation) []quotation {
	var out []quotation
	for _, q := range qs {
		if n := len(out); n > 0 && interrupted(text, out[n-1], q) {
			last := &out[n-1]
			if last.firstClose == 0 {
				last.firstClose = last.close
			}
			last.parts = append(last.parts, q.parts...)
			last.close, last.lastBlock = q.close, q.lastBlock
			continue
		}
		out = append(out, q)
	}
	return out
}

func interrupted(text string, a, b quotation) bool {
	if a.lastBlock != b.block || b.open-a.close > 80 {
		return false
	}
	inner := strings.TrimSpace(text[a.parts[len(a.parts)-1][0]:a.parts[len(a.parts)-1][1]])
	if !strings.HasSuffix(inner, ",") {
		return false
	}
	between := text[a.close:b.open]
	if strings.ContainsAny(between, ".!?") {
		return false
	}
	if reportedBetween(between) {
		return false // `"A," she said, adding that the party would "b"`: a second remark, told in her words
	}
	r, _ := firstRuneAfterSpace(text, b.parts[0][0], b.parts[0][1]+1)
	return unicode.IsLower(r)
}

// reportedBetween: the words between two quoted stretches go on to
// report a remark of their own ("adding that", "before saying the
// team was"), so the second stretch is a fragment of that remark, not
// the rest of the first.
func reportedBetween(between string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(between), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "that", "adding", "before", "then", "saying", "whether":
			return true
		}
	}
	return false
}

// quoteSource is who a quotation is given to, and where the attribution lies.
type quoteSource struct {
	person     int    // index into the article's people; -1 when not named
	descriptor string // an unnamed speaker ("one nurse", "a ministry spokesperson")
	// surname is a speaker named by surname alone and not otherwise known
	// in the article (`," Tamaev told reporters`).
	surname    string
	via        string // "name", "pronoun", "earlier", "title"
	title      string
	start, end int // the quotation and its attribution together
}

// attributeAfter reads the attribution that follows a quotation:
// `," said X`, `," X said`, `," X, the ..., said`, `," he said`,
// `," according to X`.
func (p *peopleIndex) attributeAfter(q quotation) (quoteSource, bool) {
	block, after := q.lastBlock, q.close
	if q.firstClose > 0 {
		block, after = q.block, q.firstClose
	}
	toks := p.blocks[block]
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= after })
	for i < len(toks) && !toks[i].Word && (toks[i].Fold == "," || toks[i].Fold == "—" || toks[i].Fold == "–" || toks[i].Fold == "-") {
		i++
	}
	if i >= len(toks) || !toks[i].Word {
		return quoteSource{}, false
	}
	if q.firstClose == 0 && endsSentence(p.text, q) && toks[i].Cap {
		// `... together.” He emphasized`: a new sentence, not an attribution.
		return quoteSource{}, false
	}
	if p.isWord(toks[i], "speech-verbs") {
		if i+1 < len(toks) && reportsOtherWords(toks[i+1].Fold) {
			// `..." said on Tuesday that the company would`: the
			// subject said something else; the quotation is told before.
			return quoteSource{}, false
		}
		return p.speakerAt(q, block, i+1, q.open, true)
	}
	if toks[i].Fold == "according" && i+1 < len(toks) && toks[i+1].Fold == "to" {
		return p.speakerAt(q, block, i+2, q.open, true)
	}
	if verb, ok := p.speechVerbAfterRun(toks, i); ok {
		if p.joinsTwoNames(toks, i, verb) {
			return quoteSource{}, false // `"Leave now," Ana Li and Piet Vos told residents`: two speakers
		}
		if m, ok := p.nameEndingAt(block, i, verb); ok {
			// `"...," central Harwick district resident Ilse Marrow told
			// the agency`: the name right before the verb is its subject;
			// the words before it describe her, whatever they name.
			return p.mentionSource(q, m, toks, q.open), true
		}
	}
	at, ok := p.speakerAt(q, block, i, q.open, false)
	if !ok {
		return at, false
	}
	if !p.verbFollows(toks, i) {
		return quoteSource{}, false
	}
	return at, true
}

// maxSubjectWords bounds the words of a speech verb's subject after a
// quotation: a description and a name ("central Harwick district
// resident Ilse Marrow").
const maxSubjectWords = 10

// speechVerbAfterRun finds the speech verb that ends a run of words from
// token i, with no punctuation between: the run is the verb's subject.
func (p *peopleIndex) speechVerbAfterRun(toks []ptoken, i int) (int, bool) {
	for k := i; k < len(toks) && k-i <= maxSubjectWords && toks[k].Word; k++ {
		if p.isWord(toks[k], "speech-verbs") {
			return k, k > i
		}
	}
	return 0, false
}

// joinsTwoNames: the subject run holds "and" after a capitalised word, so
// it names two speakers, not one.
func (p *peopleIndex) joinsTwoNames(toks []ptoken, i, verb int) bool {
	for k := i + 1; k < verb; k++ {
		if toks[k].Fold == "and" && toks[k-1].Cap {
			return true
		}
	}
	return false
}

// nameEndingAt is the person mention that starts inside the run [i,
// verb) and ends right before the verb.
func (p *peopleIndex) nameEndingAt(block, i, verb int) (personMention, bool) {
	for j := i; j < verb; j++ {
		if m, ok := p.mentionAt(block, j); ok && m.next == verb && m.person >= 0 && !m.anonymous {
			return m, true
		}
	}
	return personMention{}, false
}

// putsIt: token k is "put" followed by "it" ("as the minister put it"),
// an idiom that gives words to its subject.
func putsIt(toks []ptoken, k int) bool {
	return toks[k].Fold == "put" && k+1 < len(toks) && toks[k+1].Fold == "it"
}

// reportsOtherWords: a word that, right after a speech verb, opens what
// was said or when ("said that", "said on Tuesday"), never a speaker.
func reportsOtherWords(w string) bool {
	switch w {
	case "that", "on", "in", "at", "last", "this", "yesterday", "today", "earlier", "later", "to":
		return true
	}
	return false
}

// verbFollows reports a speech verb within a short clause after token i,
// allowing an appositive ("Henrik Saal, the city's police commissioner,
// admitted").
func (p *peopleIndex) verbFollows(toks []ptoken, i int) bool {
	aside := 0
	for k := i; k < len(toks) && k-i-aside < 14; k++ {
		if end, ok := relativeAsideAt(toks, k); ok {
			// "Ines Kolb, who also serves as chief negotiator, told": the
			// aside is a clause of its own, whose verbs are not the
			// quotation's and whose length is no distance from it.
			aside += end - k
			k = end
			continue
		}
		t := toks[k]
		if p.isWord(t, "speech-verbs") {
			return true
		}
		if t.Fold == "." || t.Fold == "!" || t.Fold == "?" || (!t.Word && isQuoteMark(leadingRune(t.Text))) {
			return false
		}
	}
	return false
}

// maxAsideTokens bounds a relative clause set off by commas.
const maxAsideTokens = 24

// relativeAsideAt reports a relative clause set off by commas that opens
// at the comma at k (", who also serves as the bloc's negotiator,") and
// the index of its closing comma.
func relativeAsideAt(toks []ptoken, k int) (int, bool) {
	if toks[k].Text != "," || k+1 >= len(toks) || toks[k+1].Fold != "who" && toks[k+1].Fold != "whose" {
		return 0, false
	}
	for j := k + 2; j < len(toks) && j-k <= maxAsideTokens; j++ {
		switch {
		case toks[j].Text == ",":
			return j, true
		case toks[j].Fold == "." || toks[j].Fold == "!" || toks[j].Fold == "?" || !toks[j].Word && isQuoteMark(leadingRune(toks[j].Text)):
			return 0, false
		}
	}
	return 0, false
}

// endsSentence reports quoted words that end with a full stop, question
// or exclamation mark.
func endsSentence(text string, q quotation) bool {
	last := q.parts[len(q.parts)-1]
	inner := strings.TrimRight(text[last[0]:last[1]], " *_")
	return strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "!") || strings.HasSuffix(inner, "?")
}

func leadingRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// speakerAt reads the speaker named at token i: a person, a pronoun, or an
// unnamed description. from is where the attribution's span starts.
func (p *peopleIndex) speakerAt(q quotation, block, i, from int, descriptive bool) (quoteSource, bool) {
	toks := p.blocks[block]
	if i >= len(toks) {
		return quoteSource{}, false
	}
	if m, role, ok := p.describedSpeaker(toks, block, i); ok {
		if later, ok := p.describedBy(toks, block, m); ok {
			m = later // "said central Harwick district resident Ilse Marrow": "Harwick" only describes her
		}
		at := p.mentionSource(q, m, toks, from)
		if m.office == nil {
			at.title = role
		}
		return at, true
	}
	if m, ok := p.mentionAt(block, i); ok {
		if later, ok := p.describedBy(toks, block, m); ok {
			m = later
		} else if owned, ok := p.possessedName(toks, block, m); ok {
			m = owned // "Northbridge's Ingrid Salo said": the name after the possessive speaks
		}
		return p.mentionSource(q, m, toks, from), true
	}
	if p.isWord(toks[i], "pronouns") && !p.possessiveRole(toks, i) {
		who := p.resolvePronoun(toks[i].Start, q.block)
		if who >= 0 && !p.agrees(who, toks[i].Fold) {
			who = -1 // "he told reporters" of one person, then "she said": someone else, not known
		}
		at := quoteSource{person: who, via: "pronoun", start: from, end: toks[i].End}
		if from > toks[i].Start {
			at.start, at.end = toks[i].Start, q.close
		}
		return at, true
	}
	if s, ok := p.bareSurname(toks, i); ok {
		return quoteSource{person: -1, surname: s, via: "name", start: from, end: toks[i].End}, true
	}
	if !descriptive {
		return quoteSource{}, false
	}
	k := i
	for k < len(toks) && toks[k].Word && k-i < 6 && !p.isWord(toks[k], "speech-verbs") {
		k++
	}
	if k == i {
		return quoteSource{}, false
	}
	for j := i + 1; j < k; j++ {
		// "said central Harwick district resident Ilse Marrow": the words
		// before the name describe the person the name gives.
		if m, ok := p.mentionAt(block, j); ok {
			if later, ok := p.describedBy(toks, block, m); ok {
				m = later
			}
			return p.mentionSource(q, m, toks, from), true
		}
	}
	return quoteSource{person: -1, descriptor: joinTokens(toks, i, k), start: from, end: toks[k-1].End}, true
}

// describedBy is the person a name and the lower-case words after it
// describe: "said Vell Labs senior analyst Dana Quell" names the
// speaker last, after the body she works for and her role.
func (p *peopleIndex) describedBy(toks []ptoken, block int, m personMention) (personMention, bool) {
	if m.office != nil {
		return personMention{}, false // "Judge Vera Lund granted Piet Harrow bail": a person, then her verb
	}
	k := m.next
	for k < len(toks) && k-m.next < 4 && p.describingWord(toks, k) {
		k++
	}
	if k == m.next {
		return personMention{}, false
	}
	later, ok := p.mentionAt(block, k)
	return later, ok && later.person >= 0 && !later.anonymous
}

// possessedName is the person named right after mention m's possessive
// ("Northbridge's Ingrid Salo"): whose the person is comes first, the
// person second.
func (p *peopleIndex) possessedName(toks []ptoken, block int, m personMention) (personMention, bool) {
	k := m.next
	if k+1 >= len(toks) || toks[k].Fold != "'s" && toks[k].Fold != "’s" {
		return personMention{}, false
	}
	later, ok := p.mentionAt(block, k+1)
	return later, ok && later.person >= 0 && !later.anonymous
}

// describingWord: a lower-case word at k that may describe a person's
// role ("site manager"), not a verb of hers ("granted") or a word of
// speech. A word in -ed describes only before another such word
// ("retired site manager"), where it modifies a noun as adjectives do.
func (p *peopleIndex) describingWord(toks []ptoken, k int) bool {
	t := toks[k]
	if !p.lowerContentWord(t) {
		return false
	}
	if !strings.HasSuffix(t.Fold, "ed") {
		return true
	}
	return k+1 < len(toks) && p.lowerContentWord(toks[k+1]) && !strings.HasSuffix(toks[k+1].Fold, "ed")
}

// lowerContentWord: a word in lower case that is no number, function
// word, word of speech or pronoun, which may describe a person.
func (p *peopleIndex) lowerContentWord(t ptoken) bool {
	return t.Word && !t.Cap && !isNumberWord(t) &&
		!p.isWord(t, "function-words") && !p.isWord(t, "speech-verbs") && !p.isWord(t, "pronouns")
}

// bareSurname reads a lone capitalised name right before a speech verb
// (`Tamaev told reporters`): a person the article names by surname only.
func (p *peopleIndex) bareSurname(toks []ptoken, i int) (string, bool) {
	t := toks[i]
	if !t.Cap || !t.Word || i+1 >= len(toks) || !p.isWord(toks[i+1], "speech-verbs") && !putsIt(toks, i+1) {
		return "", false
	}
	for _, list := range []string{"not-names", "pronouns", "org-words", "org-kinds", "function-words", "modifiers"} {
		if p.isWord(t, list) {
			return "", false
		}
	}
	if p.opensSentence(t.Start) && !p.knownSurname(t.Text) {
		return "", false // "Authorities described the fire as": a capital that opens a sentence is no name
	}
	return t.Text, true
}

// opensSentence: the word at text offset off is the first of its sentence.
func (p *peopleIndex) opensSentence(off int) bool {
	i := p.sentenceOf(off)
	start := 0
	if i > 0 {
		start = p.sentenceEnds[i-1]
	}
	return strings.TrimLeft(p.text[start:off], " \t\n\"“”'‘’*_-—–(") == ""
}

// knownSurname: the article names a person with this surname in full.
func (p *peopleIndex) knownSurname(s string) bool {
	for _, k := range SurnameKeys(s) {
		for _, i := range p.bySurname[k] {
			if SameSurname(p.persons[i].Surname, s) {
				return true
			}
		}
	}
	return false
}

// soleHolder is the one person the article names with an office as a
// sitting holder, or -1 when it names none or several.
func (p *peopleIndex) soleHolder(office string) int {
	if p.holders == nil {
		p.holders = map[string]int{}
		for _, m := range p.mentions {
			if m.anonymous || m.person < 0 || m.office == nil || m.office.Tenure != "" {
				continue
			}
			if holder, ok := p.holders[m.office.Canonical]; ok && holder != m.person {
				p.holders[m.office.Canonical] = -1
			} else if !ok {
				p.holders[m.office.Canonical] = m.person
			}
		}
	}
	if holder, ok := p.holders[office]; ok {
		return holder
	}
	return -1
}

// mentionSource is the attribution of a quotation to a person mention.
func (p *peopleIndex) mentionSource(q quotation, m personMention, toks []ptoken, from int) quoteSource {
	at := quoteSource{person: m.person, via: "name", start: from, end: m.end}
	if m.office != nil {
		at.title = m.office.Title
	}
	if m.anonymous || m.person < 0 {
		at.person, at.descriptor = -1, joinTokens(toks, m.first, m.next)
		if m.office != nil {
			if holder := p.soleHolder(m.office.Canonical); holder >= 0 {
				// "the mayor said" in an article that names one mayor
				at.person, at.descriptor, at.via = holder, "", "title"
			}
		}
	}
	if from > m.start {
		at.start, at.end = m.start, max(q.close, m.end)
	}
	return at
}

// maxRoleWords bounds the role words before a speaker's name: "shop
// steward", "union general secretary"; a longer run is a description
// of someone else ("a bus driver near the old bridge").
const maxRoleWords = 3

// describedSpeaker reads a role given before the speaker's name: "his
// lawyer, Ines Marlow", "shop steward Mara Ostby", "Kell's
// spokeswoman, Ana Li". The role need not be an office the lexicon knows;
// the person is the name after it, not a possessor or a pronoun before
// it. It returns the name's mention and the role as written.
func (p *peopleIndex) describedSpeaker(toks []ptoken, block, i int) (personMention, string, bool) {
	k := p.skipPossessor(toks, i)
	for k < len(toks) && k-i < maxPlaceWords && toks[k].Cap && toks[k].Word && !p.startsMention(block, k) {
		k++ // the place or body the role is of: "Riverton council leader Jo Smith"
	}
	roleFirst := k
	for k < len(toks) && k-roleFirst < maxRoleWords && p.roleWord(toks[k]) {
		k++
	}
	if k == roleFirst || k >= len(toks) {
		return personMention{}, "", false
	}
	role := joinTokens(toks, i, k)
	if toks[k].Fold == "," {
		k++
	}
	// The name follows the role words, or an office does that ends the
	// role ("federation president Carla Montesi"), or a title does
	// ("zoo director Dr Marta Kell").
	m, ok := p.mentionAt(block, k)
	if !ok {
		m, ok = p.mentionEndingRole(block, roleFirst, k)
	}
	follows := m.first == k || m.nameFirst == k || m.first >= roleFirst && m.first < k && m.nameFirst >= k
	if !ok || m.anonymous || m.person < 0 || !follows {
		return personMention{}, "", false
	}
	if m.nameNext < len(toks) && toks[m.nameNext].Fold == "'s" {
		// "Outside court, Ashcombe's barrister, ...": a name in the
		// possessive owns what follows; it holds no role before it.
		return personMention{}, "", false
	}
	return m, role, true
}

// maxPlaceWords bounds the capitalised words naming the place or body a
// speaker's role is of.
const maxPlaceWords = 3

// startsMention: a person mention starts at token k of the block.
func (p *peopleIndex) startsMention(block, k int) bool {
	_, ok := p.mentionAt(block, k)
	return ok
}

// mentionEndingRole finds a person mention that starts among the role
// words [from, k) and names its person at or after k: the office or title
// that closes the role belongs to the mention ("zoo director Dr Marta
// Kell").
func (p *peopleIndex) mentionEndingRole(block, from, k int) (personMention, bool) {
	for j := from; j < k; j++ {
		if m, ok := p.mentionAt(block, j); ok && m.nameFirst >= k {
			return m, true
		}
	}
	return personMention{}, false
}

// skipPossessor passes over what owns a role: "his", "the", "Kell's",
// "the ministry's".
func (p *peopleIndex) skipPossessor(toks []ptoken, i int) int {
	switch toks[i].Fold {
	case "his", "her", "their", "its", "the", "a", "an":
		i++
	}
	k := i
	for k < len(toks) && k-i < 3 && toks[k].Word && (toks[k].Cap || k == i) {
		k++
	}
	if k > i && k < len(toks) && toks[k].Fold == "'s" {
		return k + 1
	}
	return i
}

// possessiveRole reports a pronoun that owns the speaker's role ("said
// her lawyer"): the speaker is the lawyer, not the person "her" stands for.
func (p *peopleIndex) possessiveRole(toks []ptoken, i int) bool {
	f := toks[i].Fold
	return (f == "her" || f == "his" || f == "their") && i+1 < len(toks) && p.roleWord(toks[i+1])
}

// roleWord is a lower-case noun of a role: not a function word, verb of
// speech or pronoun, which would make the run a clause, not a role.
func (p *peopleIndex) roleWord(t ptoken) bool {
	return p.lowerContentWord(t) && !p.isWord(t, "not-names")
}

// mentionAt finds the person mention that begins at token i of a block.
func (p *peopleIndex) mentionAt(block, i int) (personMention, bool) {
	k := sort.Search(len(p.mentions), func(k int) bool {
		m := p.mentions[k]
		return m.block > block || m.block == block && m.next > i
	})
	for ; k < len(p.mentions) && p.mentions[k].block == block && p.mentions[k].first <= i; k++ {
		m := p.mentions[k]
		if m.first == i || m.nameFirst == i && !m.anonymous {
			return m, true
		}
	}
	return personMention{}, false
}

// resolvePronoun ties "he" or "she" to the last person named before off,
// within the quotation's first paragraph or the one before, outside
// quotations. An unnamed
// office holder named last ("The governor defended ...; he said") leaves
// the speaker unknown rather than guessing an earlier name.
func (p *peopleIndex) resolvePronoun(off, quoteBlock int) int {
	last := sort.Search(len(p.mentions), func(k int) bool { return p.mentions[k].start >= off })
	for k := last - 1; k >= 0; k-- {
		m := p.mentions[k]
		if m.end > off || p.insideQuotation(m.start) {
			continue
		}
		if min(p.blockOf(off), quoteBlock)-m.block > 1 || p.otherEntry(m.block, quoteBlock) {
			return -1 // a live blog's entries stand alone, newest first: the entry below is an earlier one
		}
		if p.insideRelativeAside(m) {
			continue // "X, who met envoy Y twice, said ...": Y is told of in an aside, X is the subject
		}
		if m.anonymous {
			return -1
		}
		if m.person >= 0 && p.persons[m.person].confirmed {
			if p.otherPersonInSentence(k) {
				return -1 // "X met Y. 'We agreed,' he said": either may be meant
			}
			return m.person
		}
		if m.person >= 0 && p.persons[m.person].Given != "" && p.persons[m.person].Surname != "" {
			// "'We are proud,' said X. Y was banned on Monday. She
			// insists ...": a full name told of since the last speaker
			// is the one meant when it is the only name of the sentence
			// just before and the recogniser reads it as a person; else
			// the pronoun is no one's we can tell.
			if p.sentenceOf(off)-p.sentenceOf(m.start) <= 1 && !p.otherMentionInSentence(k) && p.readAsPerson(m) {
				return m.person
			}
			return -1
		}
	}
	return -1
}

// agrees reports whether the pronoun ("he", "she", "they"...) can stand
// for person who, and notes its kind for the person when it is the first
// "he" or "she" read as them.
func (p *peopleIndex) agrees(who int, pronoun string) bool {
	if pronoun != "he" && pronoun != "she" {
		return true
	}
	person := &p.persons[who]
	if person.pronoun == "" {
		person.pronoun = pronoun
		return true
	}
	return person.pronoun == pronoun
}

// otherMentionInSentence: the sentence of mention k names someone else
// outside a quotation, confirmed or not.
func (p *peopleIndex) otherMentionInSentence(k int) bool {
	m := p.mentions[k]
	return p.neighbourInSentence(k, func(o personMention) bool {
		return o.person != m.person && !p.insideQuotation(o.start) && !p.possessorOf(o, m)
	})
}

// possessorOf: mention o is written as the possessive right before m
// ("Tarsk Telecom's Ines Kolb"): whose m is, a body more often than a
// person, and no second subject of the sentence.
func (p *peopleIndex) possessorOf(o, m personMention) bool {
	if o.end > m.start {
		return false
	}
	between := p.text[o.end:m.start]
	return between == "'s " || between == "’s " || between == "' " || between == "’ "
}

// readAsPerson asks the entity recogniser whether a name known only by
// its capitals is a person's: it must read the name as a person.
func (p *peopleIndex) readAsPerson(m personMention) bool {
	s := p.sentenceOf(m.start)
	start := 0
	if s > 0 {
		start = p.sentenceEnds[s-1]
	}
	end := len(p.text)
	if s < len(p.sentenceEnds) {
		end = p.sentenceEnds[s]
	}
	entities, done := p.entities[s]
	if !done {
		_, entities = nlp.Tag(p.text, start, end, true)
		if p.entities == nil {
			p.entities = map[int][]nlp.Entity{}
		}
		p.entities[s] = entities
	}
	for _, e := range entities {
		if e.Start < m.end && m.start < e.End && e.Label == "PERSON" {
			return true
		}
	}
	return false
}

// otherPersonInSentence: the sentence of mention k names another
// confirmed person, so a pronoun after it may stand for either.
func (p *peopleIndex) otherPersonInSentence(k int) bool {
	m := p.mentions[k]
	return p.neighbourInSentence(k, func(o personMention) bool {
		return o.person >= 0 && o.person != m.person && p.persons[o.person].confirmed && !p.insideQuotation(o.start) && !p.insideRelativeAside(o)
	})
}

// neighbourInSentence: a mention of the sentence of mention k other than
// k is one that counts. Mentions are in text order, so only the
// neighbours of k can share its sentence.
func (p *peopleIndex) neighbourInSentence(k int, counts func(personMention) bool) bool {
	sent := p.sentenceOf(p.mentions[k].start)
	for j := k - 1; j >= 0 && p.sentenceOf(p.mentions[j].start) == sent; j-- {
		if counts(p.mentions[j]) {
			return true
		}
	}
	for j := k + 1; j < len(p.mentions) && p.sentenceOf(p.mentions[j].start) == sent; j++ {
		if counts(p.mentions[j]) {
			return true
		}
	}
	return false
}

// insideRelativeAside: the mention lies in a relative clause set off by
// commas after another noun of its sentence ("X, who met envoy Y twice,
// said"), which tells of it in passing; the sentence is about X.
func (p *peopleIndex) insideRelativeAside(m personMention) bool {
	start := 0
	if s := p.sentenceOf(m.start); s > 0 {
		start = p.sentenceEnds[s-1]
	}
	before := strings.ToLower(p.text[start:m.start])
	at := max(strings.LastIndex(before, ", who "), strings.LastIndex(before, ", whose "))
	return at >= 0 && !strings.Contains(before[at+1:], ",")
}

func (p *peopleIndex) sentenceOf(off int) int {
	return sort.Search(len(p.sentenceEnds), func(i int) bool { return p.sentenceEnds[i] > off })
}

func (p *peopleIndex) blockOf(off int) int {
	return sort.Search(len(p.blockEnds), func(bi int) bool { return p.blockEnds[bi] >= off })
}

func (p *peopleIndex) insideQuotation(off int) bool {
	i := sort.Search(len(p.quoted), func(i int) bool { return p.quoted[i].close > off })
	return i < len(p.quoted) && p.quoted[i].open <= off
}

// attributeBefore reads an attribution that comes first in the sentence:
// `X said: "..."`, `X described the call as "important"`, `He said it
// was "a positive step"`. The speaker is the first person or pronoun of
// the sentence before the speech verb; a verb in the passive takes the
// person after "by".
func (p *peopleIndex) attributeBefore(q quotation) (quoteSource, bool) {
	toks := p.blocks[q.block]
	qi := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= q.open })
	start := sentenceStartToken(toks, qi)
	verb := -1
	for k := qi - 1; k >= start && qi-k <= 14; k-- {
		if p.isWord(toks[k], "speech-verbs") || putsIt(toks, k) {
			verb = k
			break
		}
	}
	if verb < 0 {
		if at, ok := p.accordingBefore(q, toks, start, qi); ok {
			return at, true
		}
		return p.colonLeadIn(q, toks, start, qi)
	}
	for k := verb + 1; k < qi-1; k++ {
		if toks[k].Fold == "by" {
			if at, ok := p.speakerAt(q, q.block, k+1, q.open, false); ok {
				at.start, at.end = toks[k+1].Start, q.close
				return at, true
			}
		}
	}
	// A speech verb in a relative clause ("Piet Vos, who led the search
	// and who said his team had 'never stopped digging'") is said by the
	// clause's noun, whoever the sentence's subject is.
	if comma := relativeBefore(toks, start, verb); comma > start {
		name := p.nameStartBefore(toks, comma)
		if at, ok := p.speakerAt(q, q.block, name, q.close, false); ok && at.person >= 0 {
			at.start, at.end = toks[name].Start, q.close
			return at, true
		}
	}
	// The subject of the verb's clause speaks. A clause a conjunction
	// opens has its own subject: in "Brandt will serve six years after a
	// judge said she had shown 'no regret'", the judge speaks.
	if clause := speechClauseStart(toks, start, verb); clause > start {
		if at, ok := p.subjectSpeaker(q, toks, clause, verb); ok {
			return at, true
		}
	}
	// A phrase fronted before the subject may hold a pronoun of its own
	// ("Turning to the press as he was led away, Harrow said"): a name
	// right before the verb, after the last comma, is the subject.
	if comma := lastCommaBefore(toks, start, verb); comma >= 0 {
		if at, ok := p.subjectSpeaker(q, toks, comma+1, verb); ok && at.person >= 0 {
			return at, true
		}
	}
	return p.subjectSpeaker(q, toks, start, verb) // "The minister, speaking after the meeting, said"
}

// relativeBefore is the token of the comma that opens a relative clause
// ", who" holding the speech verb at verb, -1 when the verb is in no
// such clause.
func relativeBefore(toks []ptoken, start, verb int) int {
	for k := verb - 1; k > start; k-- {
		if clauseConjunctions[toks[k].Fold] {
			return -1
		}
		if toks[k].Fold == "who" && toks[k-1].Fold == "," {
			return k - 1
		}
	}
	return -1
}

// nameStartBefore is the first token of the name that ends right before
// the token at comma, or comma itself when none does.
func (p *peopleIndex) nameStartBefore(toks []ptoken, comma int) int {
	for _, m := range p.mentions {
		if m.end == toks[comma-1].End {
			for k := comma - 1; k >= 0; k-- {
				if toks[k].Start == m.start {
					return k
				}
			}
		}
	}
	return comma
}

// lastCommaBefore is the last comma between tokens start and verb, -1
// for none.
func lastCommaBefore(toks []ptoken, start, verb int) int {
	for k := verb - 1; k > start; k-- {
		if toks[k].Fold == "," {
			return k
		}
	}
	return -1
}

// subjectSpeaker is the first named person or pronoun between tokens
// from and verb, else the first unnamed office holder ("the official").
func (p *peopleIndex) subjectSpeaker(q quotation, toks []ptoken, from, verb int) (quoteSource, bool) {
	var unnamed *quoteSource
	for k := from; k < verb; k++ {
		at, ok := p.speakerAt(q, q.block, k, q.close, false)
		if !ok {
			continue
		}
		at.start, at.end = toks[k].Start, q.close
		if at.person >= 0 || at.via == "pronoun" {
			return at, true
		}
		if unnamed == nil {
			unnamed = &at
		}
	}
	if unnamed != nil {
		return *unnamed, true
	}
	return quoteSource{}, false
}

// speechClauseStart is the first token of the clause of the speech verb
// at verb: after the last conjunction that opens a clause of its own
// between the sentence's start and the verb, else the sentence's start.
func speechClauseStart(toks []ptoken, start, verb int) int {
	for k := verb - 1; k > start; k-- {
		if clauseConjunctions[toks[k].Fold] {
			return k + 1
		}
	}
	return start
}

// clauseConjunctions open a clause with a subject of its own.
var clauseConjunctions = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "because": true,
	"although": true, "though": true, "since": true, "until": true, "whereas": true,
}

// accordingBefore reads "According to X, ..." opening the sentence of a
// quotation: the person after "according to" is the speaker.
func (p *peopleIndex) accordingBefore(q quotation, toks []ptoken, start, qi int) (quoteSource, bool) {
	for k := start; k+2 < qi; k++ {
		if toks[k].Fold != "according" || toks[k+1].Fold != "to" {
			continue
		}
		at, ok := p.speakerAt(q, q.block, k+2, q.close, false)
		if !ok || at.person < 0 && at.surname == "" {
			return quoteSource{}, false
		}
		at.start, at.end = toks[k].Start, q.close
		return at, true
	}
	return quoteSource{}, false
}

// maxLeadInSubjectWords bounds the words before the subject of a colon
// lead-in ("More from", "Then").
const maxLeadInSubjectWords = 2

// colonLeadIn reads a sentence without a speech verb that leads into a
// quotation with a colon: its subject is the speaker ("Lorna Kettle
// closed with a plea: ..."; "More from Kettle, who ended with a line
// that drew applause: ..."). The subject must open the sentence, after
// at most two words and any time stamp; a person named later in the
// sentence may be its object, not the speaker.
func (p *peopleIndex) colonLeadIn(q quotation, toks []ptoken, start, qi int) (quoteSource, bool) {
	if qi == 0 || toks[qi-1].Fold != ":" {
		return quoteSource{}, false
	}
	words := 0
	for k := start; k < qi-1 && words <= maxLeadInSubjectWords; k++ {
		if !toks[k].Word || isNumberWord(toks[k]) {
			continue
		}
		if at, ok := p.speakerAt(q, q.block, k, q.close, false); ok && (at.person >= 0 || at.via == "pronoun") {
			at.start, at.end = toks[k].Start, q.close
			return at, true
		}
		words++
	}
	return quoteSource{}, false
}

// sentenceStartToken walks back from token i to the first token of its
// sentence: after a full stop, question or exclamation mark.
func sentenceStartToken(toks []ptoken, i int) int {
	// No attribution reaches further back than this; the bound keeps text
	// without full stops (50,000 quotation marks) linear.
	const reach = 120
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		if f := toks[k].Fold; f == "." || f == "!" || f == "?" {
			return k + 1
		}
	}
	return max(0, i-reach)
}

func (p *peopleIndex) quoteClaim(a *Article, q quotation, at quoteSource) Claim {
	var words []string
	for _, part := range q.parts {
		words = append(words, strings.TrimSpace(a.Doc.Text[part[0]:part[1]]))
	}
	text := strings.TrimRight(strings.Join(words, " "), ",")
	qt := &Quote{Words: text, Norm: strings.Join(quoteWords(text), " ")}
	qt.DeniedAround = deniedBefore(a.Doc.Text, a.Doc.Blocks[q.block].Start, q.open)
	start, end := q.open, q.close
	if at.end > 0 {
		start, end = min(start, at.start), max(end, at.end)
		qt.SpeakerVia, qt.SpeakerTitle = at.via, at.title
	}
	if at.person >= 0 && at.end > 0 {
		who := p.persons[at.person]
		qt.Speaker, qt.SpeakerKey, qt.SpeakerGiven, qt.SpeakerSurname = who.Name, who.Key, who.Given, who.Surname
	} else if at.surname != "" {
		qt.Speaker, qt.SpeakerSurname, qt.SpeakerKey = at.surname, at.surname, personKey("", at.surname)
	} else if at.descriptor != "" {
		qt.Speaker = at.descriptor
	}
	display := "“" + text + "”"
	if qt.Speaker != "" {
		display = qt.Speaker + ": " + display
	}
	return Claim{
		Doc: a.Doc.ID, Kind: KindQuote, Slot: "quote",
		Evidence: a.Doc.SpanOf(start, end),
		Value:    map[string]any{"words": text, "speaker": qt.Speaker},
		Display:  display, Source: qt.Speaker,
		Sentence: sentenceIndexAt(a, q.open), Paragraph: q.block,
		Headline: a.Doc.Blocks[q.block].Title, AsOf: publishedDay(a),
		Quote: qt,
	}
}

// maxFramingWords is how far back a reporter's words before a quoted
// fragment are read for a denial of it.
const maxFramingWords = 8

// deniedBefore: the reporter's words in the same sentence right before
// the quotation opening at open hold an odd number of negations ("said
// nobody would go home 'until the ash settles'").
func deniedBefore(text string, blockStart, open int) bool {
	from := max(blockStart, open-300)
	if k := strings.LastIndexAny(text[from:open], ".!?\"“”«»"); k >= 0 {
		from += k + 1 // the sentence, or the words since the last quotation
	}
	words := quoteWords(text[from:open])
	if len(words) == 0 {
		return false
	}
	return negations(words[max(0, len(words)-maxFramingWords):])%2 == 1
}

// quoteWords folds a quotation to its words: lower case, no accents, no
// punctuation, apostrophes dropped ("Washington’s" -> "washingtons").
// QuoteWording is a quotation's words folded as comparisons read them,
// without case, punctuation or an editor's brackets: two renderings with
// one wording say the same words.
func QuoteWording(s string) string { return strings.Join(quoteWords(s), " ") }

func quoteWords(s string) []string {
	f := nameFold(editorial.ReplaceAllString(s, " "))
	return strings.FieldsFunc(strings.ReplaceAll(f, "'", ""), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// editorial finds the words an editor puts in square brackets inside a
// quotation ("[The ministry] will not comment"): they stand for the
// speaker's own words ("it"), so they are not the speaker's to compare.
var editorial = regexp.MustCompile(`\[[^\]]*\]`)

// QuoteComparison is how two quotations' words line up.
type QuoteComparison struct {
	Shorter, Longer int
	// Common is the longest common subsequence of words, Run the longest
	// stretch of consecutive words the two share.
	Common, Run int
	// CommonContent counts the common words that are not function words.
	CommonContent int
	// Contained: every word of the shorter appears, in order, in the
	// longer, so the shorter is an accurate partial quotation.
	Contained bool
	Identical bool
	// OnlyA and OnlyB are the words each changes: gaps inside the common
	// core, and ends where both go on differently. A quotation that just
	// stops earlier changes nothing.
	OnlyA, OnlyB []string
	// ContentChanged: a changed word is not a function word.
	ContentChanged bool
	// ChangedExcerpt: the shorter is a fragment of a sentence that starts
	// (or ends) like a stretch of the longer and then goes on with other
	// content words at the same place ("by its first ten storms"
	// against "judged by its first winter"): a partial quotation that is
	// not a faithful excerpt.
	ChangedExcerpt bool
	// Opening is how many words the two share from their first word on.
	Opening int
	// Names counts the common words that belong to a proper name written
	// in capitals in both ("the Endangered Species Act"): many remarks
	// share a name, so such words are no sign of one remark.
	Names int
	// NegationFlip: a short gap inside the common core holds a negation
	// on one side only ("we do not yet know" against "we know"), so the
	// two wordings say opposite things.
	NegationFlip bool
	// Opposite: one rendering has a word where the other has its opposite
	// ("prices will rise" against "prices will fall").
	Opposite bool
}

// SameRemark reports whether two quotations render one remark: a long
// common core (60 % of the shorter's words, or five words in a row that
// make up at least 40 % of it), words of proper names not counted.
func (c QuoteComparison) SameRemark() bool {
	if c.Shorter < 5 {
		return false
	}
	common := c.PlainCommon()
	if common < 4 {
		return false
	}
	return common*10 >= c.Shorter*6 || c.Run-c.Names >= 5 && common*10 >= c.Shorter*4
}

// ShortRemarkWords: a shorter remark shares a stock phrase with others
// too easily for its function words alone to make it one remark reworded.
const ShortRemarkWords = 8

// contentWordsOf counts the aligned words of a that are not function
// words.
func contentWordsOf(a []string, pairs [][2]int) int {
	fw := officeLex().words["function-words"]
	n := 0
	for _, p := range pairs {
		if !fw[a[p[0]]] {
			n++
		}
	}
	return n
}

// PlainCommon is the number of common words outside proper names.
func (c QuoteComparison) PlainCommon() int { return c.Common - c.Names }

// Limits of a shared opening: enough words, and enough of them content
// words, that two remarks are unlikely to begin so by chance.
const (
	minOpeningWords        = 4
	minOpeningContentWords = 2
)

// SharedOpening reports two whole remarks (neither a fragment quoted
// inside a sentence) that begin with the same words and then go on
// differently: one remark whose continuation one of them changed, when
// the speaker is the same.
func SharedOpening(c QuoteComparison, a, b *Quote) bool {
	if c.Opening < minOpeningWords || c.Opening >= c.Shorter || IsFragment(a.Words) || IsFragment(b.Words) {
		return false
	}
	open := strings.Fields(a.Norm)[:c.Opening]
	fw := officeLex().words["function-words"]
	content := 0
	for _, w := range open {
		if !fw[w] {
			content++
		}
	}
	return content >= minOpeningContentWords
}

// maxQuoteWords bounds the alignment's cost on very long quotations.
const maxQuoteWords = 200

// QuoteForm is what comparing a quotation needs of it, read once: a
// quotation of a large story is compared with many others.
type QuoteForm struct {
	quote  *Quote
	words  []string
	hashes []uint64
	// bag is hashes sorted, to bound the words two quotations share.
	bag []uint64
	// capitals marks the words that begin with a capital; nil when the
	// cut of the written words does not line up with words.
	capitals []bool
}

// FormOf reads what comparing q needs; nil for no quotation.
func FormOf(q *Quote) *QuoteForm {
	if q == nil {
		return nil
	}
	words := strings.Fields(q.Norm)
	if len(words) > maxQuoteWords {
		words = words[:maxQuoteWords]
	}
	hashes := wordHashes(words)
	return &QuoteForm{quote: q, words: words, hashes: hashes, bag: slices.Sorted(slices.Values(hashes)), capitals: capitalised(q.Words)}
}

// MayRenderOneRemark is a cheap bound on CompareForms: false when no
// alignment of the two could make them one remark, a shared opening or a
// changed excerpt, so that a large story need not align every pair of
// quotations that share three words. One remark needs four words in common
// and two fifths of the shorter; a shared opening, the same first words;
// an excerpt, a short fragment.
func MayRenderOneRemark(a, b *QuoteForm) bool {
	shorter, short := len(a.words), a
	if len(b.words) < shorter {
		shorter, short = len(b.words), b
	}
	if shorter <= maxExcerptWords && IsFragment(short.quote.Words) {
		return true
	}
	if len(a.hashes) >= minOpeningWords && len(b.hashes) >= minOpeningWords && slices.Equal(a.hashes[:minOpeningWords], b.hashes[:minOpeningWords]) {
		return true
	}
	common := bagOverlap(a.bag, b.bag)
	return common >= 4 && common*10 >= shorter*4
}

// minShortRemarkWords: a remark shorter than ShortRemarkWords is
// compared only with the same speaker's, and only for a reversal; below
// three words ("not now", "we know") nothing is left to reverse.
const minShortRemarkWords = 3

// ReversedShortRemark reports two short remarks that say the same words
// but for a negation in one ("we expected casualties" against "we did not
// expect casualties", "I will never resign" against "I will soon resign",
// one word may come in with the negation's place) or one word swapped for
// its opposite ("crime has increased" against "crime has decreased"). Any
// other change makes them two remarks: a speaker says many short things.
func ReversedShortRemark(a, b *QuoteForm) bool {
	wa, wb := a.words, b.words
	if min(len(wa), len(wb)) < minShortRemarkWords || min(len(wa), len(wb)) >= ShortRemarkWords {
		return false
	}
	if negations(wa)%2 != negations(wb)%2 {
		if framedNegation(a) != framedNegation(b) {
			// "Nobody leaves a picket line early" against she said
			// nobody "leaves a picket line early": the reporter's words
			// carry the negation the quotation's words leave out.
			return false
		}
		ka, kb := withoutNegation(wa), withoutNegation(wb)
		return hasContentWord(ka) && alikeButOneInserted(ka, kb)
	}
	return len(wa) == len(wb) && oneOppositeSwapped(wa, wb)
}

// framedNegation: the reporter's words just before the quotation deny
// what it says (said nobody "leaves early", did not "back the plan").
func framedNegation(f *QuoteForm) bool { return f.quote != nil && f.quote.DeniedAround }

// withoutNegation leaves out the words that negate and the "do" that
// carries a negation ("did not expect").
func withoutNegation(words []string) []string {
	neg := officeLex().words["negations"]
	out := make([]string, 0, len(words))
	for _, w := range words {
		if !neg[w] && !neg[strings.TrimSuffix(w, "s")] && !doSupport[w] {
			out = append(out, w)
		}
	}
	return out
}

var doSupport = map[string]bool{"do": true, "does": true, "did": true}

// alikeButOneInserted: the two word lists match word for word, forms of
// one word matching ("expected", "expect"), but for at most one word
// standing in one of them only.
func alikeButOneInserted(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	skipped := len(b) - len(a)
	for i, j := 0, 0; i < len(a); i, j = i+1, j+1 {
		if a[i] == b[j] || sameWordForms(a[i], b[j]) {
			continue
		}
		if skipped == 0 || a[i] != b[j+1] && !sameWordForms(a[i], b[j+1]) {
			return false
		}
		skipped, j = 0, j+1
	}
	return true
}

// oneOppositeSwapped: the two lists differ in exactly one place, where
// one has the other's opposite.
func oneOppositeSwapped(a, b []string) bool {
	pairs, swapped := antonymPairs(), 0
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		if !pairs[a[i]+" "+b[i]] {
			return false
		}
		swapped++
	}
	return swapped == 1
}

func hasContentWord(words []string) bool {
	fw := officeLex().words["function-words"]
	return slices.ContainsFunc(words, func(w string) bool { return !fw[w] })
}

// SameSpeaker reports two quotations whose named speakers are one person.
func SameSpeaker(qa, qb *Quote) bool {
	if qa.SpeakerSurname == "" || qb.SpeakerSurname == "" {
		return false
	}
	pa := &Official{Surname: qa.SpeakerSurname, Given: qa.SpeakerGiven, PersonKey: qa.SpeakerKey}
	pb := &Official{Surname: qb.SpeakerSurname, Given: qb.SpeakerGiven, PersonKey: qb.SpeakerKey}
	return SamePerson(pa, pb)
}

// bagOverlap counts the words two sorted lists of word hashes share, each
// as often as both hold it: a bound on their longest common subsequence.
func bagOverlap(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// CompareQuotes aligns two quotations word by word.
func CompareQuotes(a, b *Quote) QuoteComparison { return CompareForms(FormOf(a), FormOf(b)) }

// CompareForms aligns two quotations word by word.
func CompareForms(a, b *QuoteForm) QuoteComparison {
	wa, wb := a.words, b.words
	c := QuoteComparison{Shorter: min(len(wa), len(wb)), Longer: max(len(wa), len(wb))}
	pairs, run := alignWords(wa, wb, a.hashes, b.hashes)
	c.Common, c.Run = len(pairs), run
	c.CommonContent = contentWordsOf(wa, pairs)
	c.Identical = len(wa) == len(wb) && c.Common == len(wa)
	c.Contained = c.Common == c.Shorter
	c.Opening = sharedOpening(wa, wb)
	if len(pairs) == 0 {
		return c
	}
	c.Names = commonNameWords(a.capitals, b.capitals, pairs)
	c.NegationFlip = negationFlip(wa, wb, pairs) && !deniedExcerptAgrees(a, b) && !deniedExcerptAgrees(b, a)
	if c.Contained {
		return c
	}
	c.ChangedExcerpt = changedExcerpt(a.quote, b.quote, wa, wb)
	c.OnlyA, c.OnlyB = changedWords(wa, wb, pairs)
	if len(wa) != len(wb) && c.Common*2 >= c.Shorter {
		shorterOnly := c.OnlyB
		if len(wa) < len(wb) {
			shorterOnly = c.OnlyA
		}
		if !changesContent(shorterOnly, nil) {
			// "I felt we were not progressing the way we had wanted"
			// inside "... because I felt we were not progressing the way
			// we wanted to progress": a part of the remark whose only
			// own words are function words, quoted faithfully.
			c.Contained = true
			return c
		}
	}
	c.Opposite = opposites(c.OnlyA, c.OnlyB)
	c.ContentChanged = changesContent(c.OnlyA, c.OnlyB) || changesContent(c.OnlyB, c.OnlyA)
	return c
}

// changesContent: a word changed on one side is a content word, and not
// another form of a word changed on the other ("damaged" for "damages"):
// a slip of inflection in one rendering says nothing else.
func changesContent(changed, other []string) bool {
	fw := officeLex().words["function-words"]
	for _, w := range changed {
		if !fw[w] && !slices.ContainsFunc(other, func(o string) bool { return sameWordForms(w, o) }) {
			return true
		}
	}
	return false
}

// sameWordForms: two forms of one noun or verb ("damage", "damaged",
// "damages"); a word changed for another is not, nor is one word moved
// to another place ("months of work, not weeks" against "weeks of work,
// not months").
func sameWordForms(a, b string) bool {
	base := func(w string) string { return lemmaOf(stem(w)) }
	return a != b && (base(a) == base(b) || lemmaOf(a) == lemmaOf(b))
}

// commonNameWords counts the aligned words that are capitalised inside
// both quotations (not as their first word), and so part of a name.
func commonNameWords(ca, cb []bool, pairs [][2]int) int {
	if ca == nil || cb == nil {
		return 0
	}
	n := 0
	for _, p := range pairs {
		if p[0] > 0 && p[1] > 0 && p[0] < len(ca) && p[1] < len(cb) && ca[p[0]] && cb[p[1]] {
			n++
		}
	}
	return n
}

// apostrophes are dropped inside words, as quoteWords drops them.
var apostrophes = strings.NewReplacer("'", "", "’", "")

// capitalised marks, word by word as quoteWords cuts them, the words
// that begin with a capital; nil when the cut does not line up.
func capitalised(s string) []bool {
	s = apostrophes.Replace(editorial.ReplaceAllString(s, " "))
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := make([]bool, len(words))
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		out[i] = unicode.IsUpper(r)
	}
	if len(words) != len(quoteWords(s)) {
		return nil
	}
	return out
}

// opposites reports a word changed on one side into its opposite on the
// other, as the antonym list pairs them.
func opposites(a, b []string) bool {
	pairs := antonymPairs()
	for _, x := range a {
		for _, y := range b {
			if pairs[x+" "+y] {
				return true
			}
		}
	}
	return false
}

var (
	antonymsOnce sync.Once
	antonyms     map[string]bool
)

// antonymPairs reads the antonym lines of the word lists, both ways round.
func antonymPairs() map[string]bool {
	antonymsOnce.Do(func() {
		antonyms = map[string]bool{}
		for _, line := range sectionLines(personWordsData, "antonyms") {
			ws := strings.Fields(line)
			if len(ws) == 2 {
				antonyms[ws[0]+" "+ws[1]] = true
				antonyms[ws[1]+" "+ws[0]] = true
			}
		}
	})
	return antonyms
}

// sharedOpening counts the words two quotations share from the start.
func sharedOpening(a, b []string) int {
	k := 0
	for k < len(a) && k < len(b) && a[k] == b[k] {
		k++
	}
	return k
}

// maxFlipGap bounds a gap that can hold a reversing negation: a longer
// one is more likely a skipped clause of its own than an inserted "not".
const maxFlipGap = 3

// negationFlip reports a short gap between two aligned words, or before
// the first, where one side has a negation and the other none. What one
// goes on to say after the last shared word is left out: a quotation
// that stops earlier says nothing reversed. A negation moved elsewhere in
// the other rendering reverses nothing: "we have no information" and "we
// don't have any leads" both deny, so the two renderings must differ in
// how many negations they hold, odd against even.
func negationFlip(a, b []string, pairs [][2]int) bool {
	if len(pairs) == 0 || faithfulExcerpt(a, b) || faithfulExcerpt(b, a) {
		return false
	}
	last := pairs[len(pairs)-1]
	if negations(a[:last[0]+1])%2 == negations(b[:last[1]+1])%2 {
		return false // what one goes on to say after the shared words is its own
	}
	for k := 0; k < len(pairs); k++ {
		// The gap before the first shared word counts too: a rendering
		// that starts later cannot leave out the word that denies what it
		// keeps ("Nobody's rent is going up" / "rents are going up").
		ga, gb := a[:pairs[0][0]], b[:pairs[0][1]]
		if k > 0 {
			ga, gb = a[pairs[k-1][0]+1:pairs[k][0]], b[pairs[k-1][1]+1:pairs[k][1]]
		}
		if len(ga) > maxFlipGap || len(gb) > maxFlipGap {
			continue
		}
		if hasNegation(ga) != hasNegation(gb) {
			return true
		}
	}
	return false
}

// faithfulExcerpt: the words of part stand in whole one after another,
// and no negation stands just before them to deny what they keep: "are
// striking for our patients" inside "we are not striking for pay, we are
// striking for our patients" keeps its meaning, whatever the clause it
// leaves out denies; "will change for the night buses" out of "Nothing
// will change for the night buses" does not.
func faithfulExcerpt(whole, part []string) bool {
	if len(part) == 0 || len(part) > len(whole) {
		return false
	}
	for i := 0; i+len(part) <= len(whole); i++ {
		if slices.Equal(whole[i:i+len(part)], part) {
			return !hasNegation(whole[max(0, i-maxDenyingReach):i])
		}
	}
	return false
}

// deniedExcerptAgrees: part is an excerpt of whole that whole denies
// with a negation just before it, and the reporter's words around part
// deny it too ("'Nobody goes home until the ash settles'" against
// "warned that nobody would go home 'until the ash settles'").
func deniedExcerptAgrees(whole, part *QuoteForm) bool {
	if part.quote == nil || !part.quote.DeniedAround {
		return false
	}
	w, p := whole.words, part.words
	for i := 0; len(p) > 0 && i+len(p) <= len(w); i++ {
		if slices.Equal(w[i:i+len(p)], p) {
			return hasNegation(w[max(0, i-maxDenyingReach):i])
		}
	}
	return false
}

// maxDenyingReach is how many words before an excerpt a negation may
// stand and still deny the excerpt's own clause.
const maxDenyingReach = 3

// negations counts the words that reverse a statement, and the
// two-word phrases that do ("far from finished", "anything but safe").
func negations(words []string) int {
	neg, n := officeLex().words["negations"], 0
	for i, w := range words {
		if neg[w] || neg[strings.TrimSuffix(w, "s")] {
			n++ // "nobody's", as quoteWords folds it
		}
		if i+1 < len(words) && negatingPairs[w] == words[i+1] && (i == 0 || !degreeWords[words[i-1]]) {
			n++ // "so far from here" measures a distance
		}
	}
	return n
}

// negatingPairs are two-word negators, by their first word.
var negatingPairs = map[string]string{"far": "from", "anything": "but"}

// degreeWords before "far" make it a distance or an extent.
var degreeWords = map[string]bool{"so": true, "as": true, "too": true, "how": true, "not": true}

// hasNegation reports a word that reverses a statement ("not", "never",
// "didnt" as quoteWords folds "didn't").
func hasNegation(words []string) bool { return negations(words) > 0 }

// Limits of a changed excerpt: the fragment is short, and tied to the
// full quotation by a run of words long enough not to be chance.
const (
	maxExcerptWords = 8
	minAnchorWords  = 3
)

// changedExcerpt reports a short fragment, of the two quotations, anchored
// to the other by a shared run of words at its start or end that then
// diverges with different content words.
func changedExcerpt(a, b *Quote, wa, wb []string) bool {
	short, long, q := wa, wb, a
	if len(wb) < len(wa) {
		short, long, q = wb, wa, b
	}
	if len(short) > maxExcerptWords || len(short) >= len(long) || !IsFragment(q.Words) {
		return false
	}
	return anchoredDivergence(short, long) || anchoredDivergence(reversed(short), reversed(long))
}

// IsFragment reports quoted words that begin in lower case: a phrase
// quoted inside the writer's own sentence, not a whole remark.
func IsFragment(words string) bool {
	r, _ := firstRuneAfterSpace(words, 0, len(words))
	return unicode.IsLower(r)
}

// anchoredDivergence reports a place in long where short's first words
// (at least minAnchorWords and half of short, with a content word among
// them) are found, after which both go on with content words that
// differ.
func anchoredDivergence(short, long []string) bool {
	fw := officeLex().words["function-words"]
	for j := range long {
		k := 0
		for k < len(short) && j+k < len(long) && short[k] == long[j+k] {
			k++
		}
		if k < minAnchorWords || 2*k < len(short) || k == len(short) || j+k == len(long) || FunctionWords(short[:k]) {
			// A run shorter than half the fragment is a stock phrase the
			// speaker reuses in another remark, not the one being cut.
			continue
		}
		if !fw[short[k]] && !fw[long[j+k]] {
			return true
		}
	}
	return false
}

func reversed(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[len(ws)-1-i] = w
	}
	return out
}

// alignWords returns the aligned index pairs of a longest common
// subsequence, and the longest common run of consecutive words.
func alignWords(a, b []string, ha, hb []uint64) ([][2]int, int) {
	n, m := len(a), len(b)
	same := func(i, j int) bool { return ha[i] == hb[j] && a[i] == b[j] }
	// One table, row i at i*w, and two rows of runs, all from one pooled
	// buffer: a quotation of a large story is compared with many others.
	w := m + 1
	buf := lcsBuffers.Get().(*[]int32)
	defer lcsBuffers.Put(buf)
	need := (n+1)*w + 2*w
	if cap(*buf) < need {
		*buf = make([]int32, need)
	}
	cells := (*buf)[:need]
	clear(cells)
	lcs, prevRun, curRun := cells[:(n+1)*w], cells[(n+1)*w:(n+2)*w], cells[(n+2)*w:]
	var run int32
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if same(i, j) {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
				curRun[j] = prevRun[j+1] + 1
				run = max(run, curRun[j])
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
				curRun[j] = 0
			}
		}
		prevRun, curRun = curRun, prevRun
	}
	var pairs [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case same(i, j):
			pairs = append(pairs, [2]int{i, j})
			i++
			j++
		case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	return pairs, int(run)
}

// lcsBuffers hold the tables of alignWords for reuse.
var lcsBuffers = sync.Pool{New: func() any { return new([]int32) }}

// wordHashes gives each word a hash, so that most unequal words are told
// apart without comparing their bytes.
func wordHashes(words []string) []uint64 {
	out := make([]uint64, len(words))
	for i, w := range words {
		h := uint64(14695981039346656037) // FNV-1a
		for k := 0; k < len(w); k++ {
			h ^= uint64(w[k])
			h *= 1099511628211
		}
		out[i] = h
	}
	return out
}

// changedWords lists the words outside the alignment that change the
// remark: inside the aligned core, and at an end where both quotations
// go on with different words.
func changedWords(a, b []string, pairs [][2]int) ([]string, []string) {
	var onlyA, onlyB []string
	gap := func(ga, gb []string) {
		if !sameWording(ga, gb) {
			onlyA, onlyB = append(onlyA, ga...), append(onlyB, gb...)
		}
	}
	first, last := pairs[0], pairs[len(pairs)-1]
	if first[0] > 0 && first[1] > 0 {
		gap(a[:first[0]], b[:first[1]])
	}
	for k := 1; k < len(pairs); k++ {
		gap(a[pairs[k-1][0]+1:pairs[k][0]], b[pairs[k-1][1]+1:pairs[k][1]])
	}
	if last[0] < len(a)-1 && last[1] < len(b)-1 {
		gap(a[last[0]+1:], b[last[1]+1:])
	}
	return onlyA, onlyB
}

// sameWording: two stretches that differ only in how they are written,
// not in what they say: a number in digits or in words ("11th",
// "eleventh"), a name or its initials ("IE", "Internet Explorer").
func sameWording(a, b []string) bool {
	if len(a) == 1 && len(b) == 1 {
		va, okA := wordNumber(a[0])
		vb, okB := wordNumber(b[0])
		return okA && okB && va == vb
	}
	return initialsOf(a, b) || initialsOf(b, a)
}

// wordNumber reads a number written in digits or as a small number or
// ordinal word.
func wordNumber(w string) (int, bool) {
	if n, ok := ordinalValue(w); ok {
		return n, true
	}
	return smallNumber(w)
}

// initialsOf: short is one word made of the initials of long's words.
func initialsOf(short, long []string) bool {
	if len(short) != 1 || len(long) < 2 || len(long) != len(short[0]) {
		return false
	}
	for i, w := range long {
		if w == "" || w[0] != short[0][i] {
			return false
		}
	}
	return true
}

// FunctionWords reports whether all the given (folded) words are function
// words, which say little about which remark a quotation is.
func FunctionWords(words []string) bool {
	fw := officeLex().words["function-words"]
	for _, w := range words {
		if !fw[w] {
			return false
		}
	}
	return true
}
