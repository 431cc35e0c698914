package claim

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The office lexicon is data (lexicon/*.txt, embedded) so that editors can
// read and extend it; a house configuration adds offices through
// Options.Offices.

//go:embed lexicon/offices.txt
var officesData string

//go:embed lexicon/portfolios.txt
var portfoliosData string

//go:embed lexicon/words.txt
var personWordsData string

// Holder counts say how many people hold an office at once.
const (
	HoldersOne     = "one"     // one per story unless countries differ
	HoldersCountry = "country" // one per country or organisation, when both are named
	HoldersMany    = "many"    // several at once
)

// Office families the rules name: a role and a rank never conflict with
// anything; the others exclude offices of some other families.
const (
	familyRole = "role"
	familyRank = "rank"
	// familyOfficer holds posts many hold at once ("inspector").
	familyOfficer = "officer"
	// familyHead holds the heads of organisations and their fields.
	familyHead = "head"
)

// headOfPrefix begins the canonical office of a head with a field
// ("head of safety").
const headOfPrefix = "head of "

// bareHead is the office a head's title gives with no field or body.
const bareHead = "head"

// HeadWithField reports a head's post with its field named ("head of
// race", from "Race director") and the same post named bare ("head", from
// "the race's director"): one post, told with more or fewer words.
func HeadWithField(withField, bare string) bool {
	return bare == bareHead && strings.HasPrefix(withField, headOfPrefix)
}

// officeEntry is one office of the lexicon with all its names.
type officeEntry struct {
	Canonical string
	Family    string
	Holders   string
	// Generic offices ("minister", "head") are compatible with every
	// office of their family: they say less, not something else.
	Generic bool
}

// officeName is one way of writing an office, as folded words.
type officeName struct {
	words []string
	entry *officeEntry
}

// officeLexicon holds the offices, the portfolios of ministers and the
// word lists used to find people.
type officeLexicon struct {
	// byFirst lists the names of offices by their first word, longest first.
	byFirst map[string][]officeName
	// byCanonical finds the entry of an office built from a portfolio
	// ("Foreign Affairs Minister" is the listed "foreign minister").
	byCanonical map[string]*officeEntry
	portfolios  map[string]string
	words       map[string]map[string]bool
	// countries maps a folded country or organisation alias to its key.
	countries map[string]string
	// abbreviations are words written with a full stop ("adm", "mr").
	abbreviations map[string]bool
	// genericOrgs are the keys of nouns that describe a body by its kind
	// ("operator", "airline"), as CountryKey reduces them.
	genericOrgs map[string]bool
	// policeGrades are the grades a branch ("detective") is written
	// before: the ranks of the police ladder.
	policeGrades map[string]bool
	aliases      aliasIndex
	// apart holds the pairs of office families whose institutions are
	// kept apart, both ways round ("separate-institutions").
	apart map[[2]string]bool
}

var (
	baseLexOnce sync.Once
	baseLex     *officeLexicon
	extendedMu  sync.Mutex
	extended    = map[string]*officeLexicon{}
)

// officeLex is the built-in lexicon.
func officeLex() *officeLexicon {
	baseLexOnce.Do(func() { baseLex = buildOfficeLexicon(nil, nil) })
	return baseLex
}

// officeLexFor is the built-in lexicon extended with a house's lists; the
// result is cached, since one run uses one configuration.
func officeLexFor(opts Options) *officeLexicon {
	if len(opts.Offices) == 0 && len(opts.Aliases) == 0 {
		return officeLex()
	}
	key := listsKey(opts.Offices) + "\x01" + listsKey(opts.Aliases)
	extendedMu.Lock()
	defer extendedMu.Unlock()
	if l, ok := extended[key]; ok {
		return l
	}
	l := buildOfficeLexicon(opts.Offices, opts.Aliases)
	extended[key] = l
	return l
}

func listsKey(lists [][]string) string {
	var b strings.Builder
	for _, l := range lists {
		b.WriteString(strings.Join(l, "\x00"))
		b.WriteByte('\x02')
	}
	return b.String()
}

func buildOfficeLexicon(houseOffices, houseAliases [][]string) *officeLexicon {
	l := &officeLexicon{
		byFirst:       map[string][]officeName{},
		byCanonical:   map[string]*officeEntry{},
		portfolios:    map[string]string{},
		countries:     map[string]string{},
		abbreviations: map[string]bool{},
		aliases:       newAliasIndex(houseAliases),
	}
	l.words = parseWordLists(personWordsData)
	for _, line := range lexiconLines(officesData) {
		l.addOfficeLine(line.text)
	}
	for _, names := range houseOffices {
		if len(names) > 0 {
			e := &officeEntry{Canonical: nameFold(names[0]), Family: "house:" + nameFold(names[0]), Holders: HoldersCountry}
			for _, n := range names {
				l.addOfficeName(n, e)
			}
		}
	}
	for _, line := range lexiconLines(portfoliosData) {
		names := strings.Split(line.text, "|")
		canonical := strings.TrimSpace(names[0])
		for _, n := range names {
			l.portfolios[strings.TrimSpace(n)] = canonical
		}
	}
	l.loadCountries()
	l.genericOrgs = map[string]bool{}
	for _, list := range []string{"org-kinds", "org-words"} {
		// A body named by one word is keyed as CountryKey reduces it
		// ("committee" -> "committe"): both forms say only its kind.
		for w := range l.words[list] {
			l.genericOrgs[w] = true
			l.genericOrgs[countryKeyIn(l, w)] = true
		}
	}
	l.policeGrades = map[string]bool{}
	for canonical, e := range l.byCanonical {
		if branch, grade, ok := strings.Cut(canonical, " "); ok && e.Family == familyRank && l.words["rank-branches"][branch] {
			l.policeGrades[grade] = true // "detective chief inspector": a chief inspector's grade
		}
	}
	l.apart = map[[2]string]bool{}
	for _, line := range sectionLines(personWordsData, "separate-institutions") {
		if ws := strings.Fields(line); len(ws) == 2 {
			l.apart[[2]string{ws[0], ws[1]}], l.apart[[2]string{ws[1], ws[0]}] = true, true
		}
	}
	for w := range l.words["honorifics"] {
		if strings.HasSuffix(w, ".") {
			l.abbreviations[strings.TrimSuffix(w, ".")] = true
		}
	}
	for w := range l.words["suffixes"] {
		l.abbreviations[strings.TrimSuffix(w, ".")] = true
	}
	for _, names := range l.byFirst {
		sort.SliceStable(names, func(i, j int) bool { return len(names[i].words) > len(names[j].words) })
	}
	return l
}

// addOfficeLine reads "family holders: *canonical | name | name".
func (l *officeLexicon) addOfficeLine(line string) {
	head, names, ok := strings.Cut(line, ":")
	if !ok {
		return
	}
	fields := strings.Fields(head)
	if len(fields) != 2 {
		return
	}
	all := strings.Split(names, "|")
	canonical := strings.TrimSpace(all[0])
	e := &officeEntry{Family: fields[0], Holders: fields[1]}
	if strings.HasPrefix(canonical, "*") {
		e.Generic = true
		canonical = canonical[1:]
		all[0] = canonical
	}
	e.Canonical = canonical
	l.byCanonical[canonical] = e
	for _, n := range all {
		l.addOfficeName(n, e)
	}
}

// opensOffice reports a word with which the name of an office begins
// ("minister", "mayor", "chief").
func (l *officeLexicon) opensOffice(w string) bool { return len(l.byFirst[w]) > 0 }

func (l *officeLexicon) addOfficeName(name string, e *officeEntry) {
	ws := strings.Fields(strings.ReplaceAll(nameFold(name), "-", " "))
	if len(ws) == 0 {
		return
	}
	for _, w := range ws {
		if strings.HasSuffix(w, ".") && len(w) > 1 {
			l.abbreviations[strings.TrimSuffix(w, ".")] = true
		}
	}
	l.byFirst[ws[0]] = append(l.byFirst[ws[0]], officeName{words: ws, entry: e})
}

// loadCountries reads the country alias lines: the words of one line name
// one country, the first word is its key.
func (l *officeLexicon) loadCountries() {
	for _, line := range sectionLines(personWordsData, "country-aliases") {
		ws := strings.Fields(line)
		for _, w := range ws {
			l.countries[strings.ReplaceAll(w, "-", " ")] = ws[0]
		}
	}
}

// CountryKey reduces a country, demonym or organisation named before an
// office to a key that its other forms share: "Kestovian" and "Kestovia"
// give "kestov", "Ismira's" and "Ismiran" give "ismir", "U.S." and
// "American" give "us".
func CountryKey(s string) string { return countryKeyIn(officeLex(), s) }

func countryKeyIn(l *officeLexicon, s string) string {
	f := strings.TrimSpace(strings.ReplaceAll(nameFold(s), "-", " "))
	f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "'")
	if k, ok := l.countries[f]; ok {
		return k
	}
	if strings.Contains(f, " ") {
		return strings.Join(strings.Fields(f), " ")
	}
	for _, suffix := range []string{"ian", "ean", "ese", "ish", "an", "ia", "i", "a", "e"} {
		if strings.HasSuffix(f, suffix) && len(f)-len(suffix) >= 4 {
			return f[:len(f)-len(suffix)]
		}
	}
	return f
}

// portfolioKey is the canonical portfolio of a minister ("Home Affairs"
// -> "interior", "defense" -> "defence").
func (l *officeLexicon) portfolioKey(words []string) string {
	f := strings.Join(words, " ")
	f = strings.ReplaceAll(f, "-", " ")
	f = strings.TrimPrefix(f, "the ")
	if p, ok := l.portfolios[f]; ok {
		return p
	}
	if t := strings.TrimSuffix(f, " affairs"); t != f && t != "" {
		if p, ok := l.portfolios[t]; ok {
			return p
		}
		return t
	}
	return f
}

// OfficesCompatible reports whether two canonical offices of one family
// can be one office as different outlets write it.
func OfficesCompatible(a, b *Official) bool {
	if a.Office == "" || b.Office == "" || a.Office == b.Office {
		return true
	}
	if ga, gb, ok := policeGrades(a, b); ok {
		return ga == gb // "Chief Inspector X" of an officer whose rank is given elsewhere is a rank too
	}
	if (leadsGenerically(a) && !deputyPost(b) || leadsGenerically(b) && !deputyPost(a)) && a.Country != "" && a.Country == b.Country {
		// "who heads the Traders' Guild" and "president of the Traders'
		// Guild": a bare head of a body is its top post in fewer words.
		return true
	}
	if a.Family != b.Family {
		return !leadsApart(a, b) && !separateInstitutions(a, b) && !ministerAndChief(a, b) && !ministerAndChief(b, a)
	}
	if a.Family == familyRole || a.Family == "" {
		return true
	}
	if a.Family == familyHead && (a.Country == "") != (b.Country == "") && (chairsABody(a) || chairsABody(b)) && !DeputyOf(a, b) && !DeputyOf(b, a) {
		// "the union's general secretary" and "chair" with no body: a
		// chair often presides over a second body (a federation, a
		// committee), and nothing says it is the first.
		return true
	}
	if a.Family == familyHead && a.Country != "" && b.Country != "" && a.Country != b.Country && (ChairsACommittee(a) || ChairsACommittee(b)) {
		// "the airport's chief operating officer" and "who chairs the
		// airport's crisis committee": a committee's head sits on a second
		// body beside one's own post.
		return true
	}
	if a.Family == familyRank && rankGrade(a.Office) == rankGrade(b.Office) {
		return true // "Detective Inspector" is an inspector's grade
	}
	if heldWithPortfolio(a, b) || heldWithPortfolio(b, a) {
		return true
	}
	if fa, fb, ok := headFields(a.Office, b.Office); ok {
		return sharesWord(fa, fb)
	}
	if DeputyOf(a, b) || DeputyOf(b, a) {
		return false
	}
	if fa, fb, ok := portfolioFields(a.Office, b.Office); ok {
		return sharesWord(fa, fb)
	}
	if clippedPortfolio(a.Office, b.Office) || clippedPortfolio(b.Office, a.Office) {
		return true
	}
	return a.Generic || b.Generic
}

// deputyPost: the office is a deputy's ("vice-president", "deputy
// director"), which no bare head is.
func deputyPost(o *Official) bool {
	first, _, _ := strings.Cut(o.Office, " ")
	return officeLex().words["deputies"][first]
}

// leadsGenerically: the office is a bare head of a body ("head",
// "leader", "chief"), which says only that its holder leads it.
func leadsGenerically(o *Official) bool { return o.Family == familyHead && o.Generic }

// chairsABody: the office chairs a body, a post held beside one's own.
func chairsABody(o *Official) bool { return o.Office == "chair" }

// clippedPortfolio reports a compound portfolio ("finance and revenue
// minister") and its first or best-known part ("finance minister"): news
// clips a long title after its first mention. Without "and" the longer
// title is another post ("foreign trade minister" is not the foreign
// minister).
func clippedPortfolio(long, short string) bool {
	wl, ws := strings.Fields(long), strings.Fields(short)
	if len(wl) <= len(ws) || len(ws) < 2 || wl[len(wl)-1] != ws[len(ws)-1] || !slices.Contains(wl, "and") {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !slices.Contains(wl[:len(wl)-1], w) {
			return false
		}
	}
	return true
}

// policeGrades reads two offices as police ranks when one is a rank and
// the other, whatever else it may name ("Chief Inspector" also heads an
// inspectorate), is a grade of the police ladder named with no body: an
// officer named with a rank in one article holds a rank in the other
// too. A bare "Inspector" may inspect for any body and is left alone.
// It gives the two grades, ok false when the pair is not of that kind.
func policeGrades(a, b *Official) (string, string, bool) {
	if a.Family != familyRank && b.Family != familyRank {
		return "", "", false
	}
	for _, o := range []*Official{a, b} {
		if o.Family != familyRank && (o.Country != "" || o.Generic) {
			return "", "", false // "Inspector X of the Rail Safety Board", or of any body, holds its post
		}
	}
	grades := officeLex().policeGrades
	ga, gb := rankGrade(a.Office), rankGrade(b.Office)
	return ga, gb, grades[ga] && grades[gb]
}

// rankGrade is a police rank without the branch that holds it.
func rankGrade(office string) string {
	words := strings.Fields(office)
	for len(words) > 1 && officeLex().words["rank-branches"][words[0]] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// leadsApart reports two offices of different families that each lead a
// body or a place ("police chief" and "fire chief", "mayor" and
// "governor"): one person does not lead both at once. A bare head
// ("director") may be either, so it excludes nothing.
func leadsApart(a, b *Official) bool {
	leading := officeLex().words["leading-families"]
	return leading[a.Family] && leading[b.Family] && saysWhatItLeads(a) && saysWhatItLeads(b) && !headsACommittee(a) && !headsACommittee(b)
}

// ChairsACommittee: the office heads a body its name calls a committee
// or a panel, which sits within an organisation beside its officers.
func ChairsACommittee(o *Official) bool {
	if o.Family != familyHead {
		return false
	}
	committees := officeLex().words["committee-words"]
	for _, w := range strings.Fields(strings.ToLower(o.Country)) {
		if committees[w] {
			return true
		}
	}
	return false
}

// memberBodyKind is the word that makes the body o heads a body of
// members who hold posts of their own elsewhere ("president of the
// Producers' Federation", "chair of the Millers' Guild"): "federation",
// "guild"; "" for none.
func memberBodyKind(o *Official) string {
	if o.Family != familyHead {
		return ""
	}
	bodies := officeLex().words["member-bodies"]
	for _, w := range strings.Fields(strings.ToLower(o.Country)) {
		if bodies[w] {
			return w
		}
	}
	return ""
}

// LeadsAnotherMemberBody: one of the two offices heads a body of members
// that is not the other's body ("chief executive of Tarrow Mining" and
// "president of the Producers' Federation"; "chair of the Millers' Guild"
// and "president of the Producers' Federation"): two posts one person
// may hold at once.
func LeadsAnotherMemberBody(a, b *Official) bool {
	ka, kb := memberBodyKind(a), memberBodyKind(b)
	if ka == "" && kb == "" {
		return false
	}
	return ka != kb || DifferentOrganisations(a.Country, b.Country)
}

// headsACommittee: the office chairs a body ("chair of the river basin
// council") or heads a committee or a panel, a post held beside one's own
// office: a mayor or a minister chairs boards and committees without
// leaving office.
func headsACommittee(o *Official) bool {
	if o.Family != familyHead || o.Country == "" {
		return false
	}
	// "who chairs the river basin council": a chair sits beside a post of its own
	return o.Office == "chair" || ChairsACommittee(o)
}

// saysWhatItLeads: the office names what it leads, by its own title
// ("fire chief", "mayor") or, for a bare head, by the field or body
// written with it ("Civil Defence chief"). A bare "director" could lead
// anything.
func saysWhatItLeads(o *Official) bool {
	if !o.Generic {
		return true
	}
	return o.Family == familyHead && o.Country != "" && len(organisationWords(o.Country)) > 0
}

// ministerAndChief reports a minister and the chief of a body that says
// what it leads ("Civil Defence chief", "director of the roads
// agency"): a minister may chair a council, a committee or a party, or
// be its general secretary, but runs no agency.
func ministerAndChief(minister, chief *Official) bool {
	return minister.Family == "cabinet" && !minister.Generic && chief.Family == familyHead &&
		saysWhatItLeads(chief) && !officeLex().words["posts-with-a-ministry"][strings.ReplaceAll(chief.Office, " ", "-")] &&
		!leadsAPoliticalBody(chief)
}

// leadsAPoliticalBody: the office leads a party, a movement or a union
// ("who has led the Norvian Green Party since 2019"), which its holder leads
// beside any state office.
func leadsAPoliticalBody(o *Official) bool {
	words := strings.Fields(strings.ToLower(o.Country))
	return len(words) > 0 && officeLex().words["political-bodies"][words[len(words)-1]]
}

// separateInstitutions reports offices of two institutions kept apart
// (the bench, the prosecution, the police): one person does not serve in
// both at once.
func separateInstitutions(a, b *Official) bool {
	ta, tb := strings.ToLower(a.Title), strings.ToLower(b.Title)
	if ta != "" && tb != "" && (strings.HasSuffix(ta, " "+tb) || strings.HasSuffix(tb, " "+ta)) {
		return false // "Police Superintendent" and the rank "Superintendent": one post
	}
	return officeLex().apart[[2]string{a.Family, b.Family}]
}

// portfolioFields returns the fields of two officers, commissioners or
// ombudsmen ("medical", "highway patrol"); as with heads, two fields that
// share a word are one field written two ways ("California Highway
// Patrol Officer", "Highway Patrol Officer").
func portfolioFields(a, b string) (string, string, bool) {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 || len(wb) < 2 || wa[len(wa)-1] != wb[len(wb)-1] {
		return "", "", false
	}
	switch wa[len(wa)-1] {
	case "officer", "commissioner", "ombudsman":
		return strings.Join(wa[:len(wa)-1], " "), strings.Join(wb[:len(wb)-1], " "), true
	}
	return "", "", false
}

// heldWithPortfolio reports an office usually held together with a
// ministry ("deputy prime minister") and a portfolio minister: naming
// either is no conflict.
func heldWithPortfolio(post, minister *Official) bool {
	return post.Office == deputyPrimeMinister && !minister.Generic &&
		strings.HasSuffix(minister.Office, " minister") && minister.Office != primeMinister
}

// The canonical names (offices.txt) of the head of a government and the
// deputy, who most often runs a ministry as well.
const (
	primeMinister       = "prime minister"
	deputyPrimeMinister = "deputy prime minister"
)

// DeputyOf reports an office that is the deputy of another ("deputy
// commissioner" of "commissioner", "vice chair" of "chair"): another
// post, even beside the bare form that is otherwise compatible with
// every office of its family. Beside a bare form only a deputy or vice
// counts: an assistant district attorney is still a prosecutor.
func DeputyOf(deputy, office *Official) bool {
	rest, ok := strings.CutSuffix(deputy.Office, " "+office.Office)
	if !ok {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if !officeLex().words["distinct"][w] || office.Generic && !officeLex().words["deputies"][w] {
			return false
		}
	}
	return true
}

// headFields returns the fields of two heads of something ("safety",
// "civil protection"); outlets name one field in other words, so two
// fields that share a word are taken as one.
func headFields(a, b string) (string, string, bool) {
	fa, okA := strings.CutPrefix(a, headOfPrefix)
	fb, okB := strings.CutPrefix(b, headOfPrefix)
	return fa, fb, okA && okB
}

func sharesWord(a, b string) bool {
	for _, w := range strings.Fields(a) {
		if hasString(strings.Fields(b), w) {
			return true
		}
	}
	return false
}

// DifferentOrganisations reports two organisations named with one
// person's offices that cannot be one body: both are names rather than
// descriptions ("the operator", "Airline spokeswoman"), and they share
// no distinctive word ("Northwind" against "Rail Safety Agency";
// "Safety Agency" is the same body as "Rail Safety Agency").
func DifferentOrganisations(a, b string) bool {
	if abbreviates(a, b) || abbreviates(b, a) {
		return false
	}
	wa, wb := organisationWords(a), organisationWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	for _, x := range wa {
		for _, y := range wb {
			if x == y || CountryKey(x) == CountryKey(y) {
				return false // "Orvalia's" and "Orvalia Airlines": one name, by its stem
			}
		}
	}
	return true
}

// abbreviates reports an organisation key of one word that is the
// initials of a longer name's key ("nsi", "national seismic institute";
// "unrwa", "un relief and works agency", where a short word such as "un"
// counts whole). Keys may have lost a last letter to CountryKey, so the
// word may stop one letter short of the initials.
func abbreviates(short, long string) bool {
	ws, wl := strings.Fields(short), strings.Fields(long)
	if len(ws) != 1 || len(wl) < 2 || len(ws[0]) < 2 {
		return false
	}
	var first, whole strings.Builder
	for _, w := range wl {
		if officeLex().words["function-words"][w] {
			continue
		}
		first.WriteByte(w[0])
		if len(w) <= 3 {
			whole.WriteString(w)
		} else {
			whole.WriteByte(w[0])
		}
	}
	for _, initials := range []string{first.String(), whole.String()} {
		if strings.HasPrefix(initials, ws[0]) && len(ws[0]) >= len(initials)-1 {
			return true
		}
	}
	return false
}

// organisationWords are the distinctive words of an organisation key,
// leaving out those that only say what kind of body it is; a mere
// description ("the operator") has none.
func organisationWords(key string) []string {
	lx := officeLex()
	var out []string
	for _, w := range strings.Fields(key) {
		if !lx.genericOrgs[w] && !lx.words["org-words"][w] && !lx.words["modifiers"][w] && !lx.words["not-names"][w] {
			out = append(out, w)
		}
	}
	return out
}

// lexLine is one line of a lexicon file that holds data, with its
// 1-based number in the file for messages.
type lexLine struct {
	n    int
	text string
}

// lexiconLines are the lines of a lexicon file that hold data: blank
// lines and "#" comments left out.
func lexiconLines(data string) []lexLine {
	var out []lexLine
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, lexLine{n: i + 1, text: line})
	}
	return out
}

// sectionHeader reads a "[section]" line.
func sectionHeader(line string) (string, bool) {
	if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
		return line[1 : len(line)-1], true
	}
	return "", false
}

// parseWordLists reads "[section]" headers and the words under them.
func parseWordLists(data string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	section := ""
	for _, line := range lexiconLines(data) {
		if name, ok := sectionHeader(line.text); ok {
			section = name
			out[section] = map[string]bool{}
			continue
		}
		if out[section] == nil {
			continue // words before any section: lexiconProblems names them
		}
		for _, w := range strings.Fields(line.text) {
			out[section][strings.ReplaceAll(w, "-", " ")] = true
			out[section][w] = true
		}
	}
	return out
}

// sectionLines returns the lines of one "[section]".
func sectionLines(data, section string) []string {
	var out []string
	in := false
	for _, line := range lexiconLines(data) {
		if name, ok := sectionHeader(line.text); ok {
			in = name == section
			continue
		}
		if in {
			out = append(out, line.text)
		}
	}
	return out
}
