package claim

import (
	"sort"
	"strconv"
	"strings"
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
	return out
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
func (p *peopleIndex) holdersByOffice() map[string]int {
	people := map[string][]int{}
	for _, m := range p.mentions {
		if m.anonymous || m.office == nil || m.person < 0 || m.office.Tenure != "" {
			continue
		}
		c := m.office.Canonical
		if !hasIndex(people[c], m.person) {
			people[c] = append(people[c], m.person)
		}
	}
	out := map[string]int{}
	for c, ps := range people {
		out[c] = len(ps)
	}
	return out
}

func (p *peopleIndex) officialClaim(a *Article, m personMention, held map[int][]string, holders map[string]int) Claim {
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
		Shared: holders[om.Canonical] > 1,
	}
	if om.Qualifier != "" && !p.namesPerson(om.Qualifier) {
		o.Country = CountryKey(om.Qualifier)
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

// namesPerson reports a qualifier that is a person the article names
// ("Putin's spokesman", "Vell's deputy"): the office is the person's
// staff, not a country or organisation that another could contradict.
func (p *peopleIndex) namesPerson(qualifier string) bool {
	words := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(qualifier, "'s"), "’s"))
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	for _, k := range SurnameKeys(last) {
		for _, i := range p.bySurname[k] {
			if SameSurname(p.persons[i].Surname, last) {
				return true
			}
		}
	}
	return false
}

// officialValue is the claim's value as reports show it.
func officialValue(o *Official) map[string]any {
	v := map[string]any{"name": o.Name, "office": o.Office}
	if o.Country != "" {
		v["country"] = o.Country
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
