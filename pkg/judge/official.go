package judge

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
)

// officeTimeFrame is how far apart two articles may be published and still
// speak of the same sitting holders: people change office, so claims
// months apart are not compared.
const officeTimeFrame = 120 * 24 * time.Hour

// judgeOfficial decides whether two official claims conflict: one person
// given two offices, one office given two people, one office and surname
// with two first names, or (as information) one name spelled two ways.
func judgeOfficial(a, b *align.Claim, m align.Match, opts Options) (Finding, bool) {
	if a.Official == nil || b.Official == nil {
		return Finding{}, false
	}
	a, b = align.ReportOrder(a, b)
	oa, ob := a.Official, b.Official
	switch {
	case claim.SameSurname(oa.Surname, ob.Surname) && !claim.SamePerson(oa, ob):
		return firstNameConflict(a, b, m)
	case claim.SamePerson(oa, ob):
		if oa.Ambiguous || ob.Ambiguous {
			return Finding{}, false
		}
		if f, ok := sideConflict(a, b, m); ok {
			return f, true
		}
		if f, ok := officeConflict(a, b, m); ok {
			return f, true
		}
		if f, ok := tenureConflict(a, b, m); ok {
			return f, true
		}
		return nameVariant(a, b, m)
	default:
		if f, ok := holderConflict(a, b, m); ok {
			return f, true
		}
		return organisationHeadConflict(a, b, m)
	}
}

// organisationHeadConflict: two people named as the sitting head of one
// body, under one title, in articles of the same weeks ("museum
// director Annika Rosthal" against "the museum's director, Paul
// Ingersen"). The bare head title is generic, so the office alone does
// not make the two one post; the body both name and the title do.
func organisationHeadConflict(a, b *align.Claim, m align.Match) (Finding, bool) {
	oa, ob := a.Official, b.Official
	if a.Doc == b.Doc || !sitting(a, b) || !claim.SameOrganisationHead(oa, ob) {
		return Finding{}, false
	}
	f := officialFinding(a, b, "office-holder-conflict", SeverityWarning)
	f.Message = fmt.Sprintf("Two different people named as %s of %s: %s and %s", claim.HeadTitle(oa.Title), oa.Country, oa.Name, ob.Name)
	f.Why = m.Reason + "; a body has one sitting head under a title, and neither article names a second one"
	return f, true
}

// sitting reports a claim about a current holder, within the time frame
// of the other or within the tenure the other dates ("has headed the
// authority since 2019" speaks for every day since).
func sitting(a, b *align.Claim) bool {
	if a.Official.Tenure != "" || b.Official.Tenure != "" {
		return false
	}
	return withinTimeFrame(a.AsOf, b.AsOf) || withinTenure(a, b) || withinTenure(b, a)
}

// withinTenure reports a claim published while the tenure another dates
// was running: after the tenure's first year began, and not after the
// article that dates it.
func withinTenure(a, dated *align.Claim) bool {
	since := dated.Official.Since
	if since == "" || a.AsOf == "" || dated.AsOf == "" {
		return false
	}
	return a.AsOf >= since && a.AsOf <= dated.AsOf
}

// poolOffices gives each official claim what the whole story says of its
// person and office beyond its own article: the posts another article
// gives the person together with this one ("Trade Minister X, who is
// also deputy prime minister"); whether any article says the office
// changed hands lately ("the new interior secretary"), in which case two
// sitting holders of it are the course of the story, not a conflict;
// which people the story says changed posts; and whether a surname alone
// may stand for two people of the story.
// The claims are copied, not changed.
func poolOffices(claims []align.Claim) []align.Claim {
	changed := map[string]bool{}
	var together, moved []*claim.Official
	for i := range claims {
		o := claims[i].Official
		if o == nil {
			continue
		}
		if o.Succession {
			// A move that names its new post hands over both posts.
			changed[o.Office] = true
			for _, held := range o.AlsoHolds {
				changed[held] = true
			}
		}
		if o.PostChanged || o.Newly && o.Tenure == "" {
			// "Ada Brecht, the new finance minister": whoever takes a post
			// held another before, which other articles may still give.
			moved = append(moved, o)
		}
		if len(o.AlsoHolds) > 0 {
			together = append(together, o)
		}
	}
	// Every post the story gives a person who changed posts is one that
	// changed hands: "X was promoted" leaves X's old post to someone else
	// and takes X's new one from someone.
	postChanged := make([]bool, len(claims))
	movedBuckets := bucketPeople(moved)
	for i := range claims {
		o := claims[i].Official
		if o != nil && slices.ContainsFunc(movedBuckets.candidates(o), func(k int) bool { return claim.SamePerson(o, moved[k]) }) {
			postChanged[i], changed[o.Office] = true, true
		}
	}
	ambiguous := ambiguousSurnames(claims)
	if len(changed) == 0 && len(together) == 0 && len(moved) == 0 && len(ambiguous) == 0 {
		return claims
	}
	out := make([]align.Claim, len(claims))
	copy(out, claims)
	togetherBuckets := bucketPeople(together)
	for i := range out {
		o := out[i].Official
		if o == nil {
			continue
		}
		pooled := *o
		pooled.AlsoHolds = append([]string(nil), o.AlsoHolds...)
		pooled.Shared = o.Shared || changed[o.Office]
		pooled.Ambiguous = o.Given == "" && ambiguous[claim.PhoneticKey(o.Surname)]
		pooled.PostChanged = postChanged[i]
		for _, k := range togetherBuckets.candidates(o) {
			other := together[k]
			if other != o && claim.SamePerson(o, other) && (other.Office == o.Office || holds(other.AlsoHolds, o.Office)) {
				pooled.AlsoHolds = addOffices(pooled.AlsoHolds, append([]string{other.Office}, other.AlsoHolds...), o.Office)
			}
		}
		out[i].Official = &pooled
	}
	return out
}

// personBuckets index officials by the keys in which two names of one
// person meet (claim.PersonKeys), as alignment buckets them: a story's
// officials are matched against the few that may be the same person, not
// against all.
type personBuckets map[string][]int

func bucketPeople(list []*claim.Official) personBuckets {
	b := personBuckets{}
	for k, o := range list {
		for _, key := range claim.PersonKeys(o) {
			b[key] = append(b[key], k)
		}
	}
	return b
}

// candidates are the indexes, in order, of the officials that share a
// key with o.
func (b personBuckets) candidates(o *claim.Official) []int {
	var out []int
	for _, key := range claim.PersonKeys(o) {
		out = append(out, b[key]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// ambiguousSurnames are the surnames (as phonetic keys) that the story
// gives to people of two different first names ("Ana Novak", "Petr
// Novak"): a later "Novak" alone may be either.
func ambiguousSurnames(claims []align.Claim) map[string]bool {
	given := map[string][]string{}
	out := map[string]bool{}
	for i := range claims {
		o := claims[i].Official
		if o == nil || o.Given == "" {
			continue
		}
		k := claim.PhoneticKey(o.Surname)
		for _, g := range given[k] {
			if !claim.CompatibleGiven(g, o.Given) {
				out[k] = true
			}
		}
		if len(given[k]) < 2 {
			given[k] = append(given[k], o.Given)
		}
	}
	return out
}

// addOffices adds offices to a list, leaving out one's own office.
func addOffices(list, offices []string, own string) []string {
	for _, x := range offices {
		if x != own && !holds(list, x) {
			list = append(list, x)
		}
	}
	return list
}

func withinTimeFrame(x, y string) bool { return withinDays(x, y, officeTimeFrame) }

// withinDays reports two publication days at most frame apart; an
// unknown day does not rule a comparison out.
func withinDays(x, y string, frame time.Duration) bool {
	tx, okX := publicationDay(x)
	ty, okY := publicationDay(y)
	if !okX || !okY {
		return true
	}
	return math.Abs(float64(tx.Sub(ty))) <= float64(frame)
}

// publicationDay is the day of an as-of time ("2025-05-22T14:30:00Z" or
// "2025-05-22"); false for a day without a year or no time at all.
func publicationDay(asOf string) (time.Time, bool) {
	if len(asOf) < len("2006-01-02") {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", asOf[:len("2006-01-02")])
	return t, err == nil
}

// conflictingFamily reports offices that exclude each other for one
// person: of one family, neither a description nor a generic form of the
// other.
func conflictingFamily(oa, ob *claim.Official) bool {
	return oa.Family != "" && oa.Family != "role" && !claim.OfficesCompatible(oa, ob)
}

// singleBodyFamilies are the families whose offices belong to one
// organisation: a head or a spokesperson of one body is not also the
// head or spokesperson of another, a mayor serves one town and a police
// chief or sheriff one force.
var singleBodyFamilies = map[string]bool{"head": true, "press": true, "mayor": true, "police": true}

// differentBodies reports one kind of office held at two organisations
// that both articles name ("Northwind's safety chief" against "Rail
// Safety Agency director").
func differentBodies(oa, ob *claim.Official) bool {
	return oa.Family == ob.Family && singleBodyFamilies[oa.Family] && !oa.BodyDescribed && !ob.BodyDescribed &&
		claim.DifferentOrganisations(oa.Country, ob.Country) && !claim.ChairsACommittee(oa) && !claim.ChairsACommittee(ob)
}

// officeConflict: one person, two different offices, or one office at
// two organisations, unless the article itself gives the person both.
func officeConflict(a, b *align.Claim, m align.Match) (Finding, bool) {
	oa, ob := a.Official, b.Official
	if a.Doc != b.Doc && formerDeputyAndHead(oa, ob) {
		// "former mayor X" against "former deputy mayor X": a career
		// holds many posts, but one post's deputy and its head are told
		// apart, and dropping "deputy" is a common slip.
		f := officialFinding(a, b, "office-conflict", SeverityWarning)
		f.Message = fmt.Sprintf("%s is named as %s in one article and as %s in another", oa.Name, officeLabel(oa), officeLabel(ob))
		f.Why = m.Reason + "; both former, the deputy of one post and the post itself"
		return f, true
	}
	if a.Doc == b.Doc || !sitting(a, b) || !conflictingFamily(oa, ob) && !differentBodies(oa, ob) {
		return Finding{}, false
	}
	if holds(oa.AlsoHolds, ob.Office) || holds(ob.AlsoHolds, oa.Office) || oa.Additional || ob.Additional {
		return Finding{}, false
	}
	if claim.LeadsAnotherMemberBody(oa, ob) {
		return Finding{}, false // a company's chief executive who chairs its trade federation
	}
	if oa.PostChanged || ob.PostChanged {
		return Finding{}, false // the story tells of the person changing posts
	}
	f := officialFinding(a, b, "office-conflict", SeverityWarning)
	f.Message = fmt.Sprintf("%s is named as %s in one article and as %s in another", oa.Name, officeLabel(oa), officeLabel(ob))
	f.Why = m.Reason + "; both sitting, offices of one kind that one person does not hold together"
	return f, true
}

// formerDeputyAndHead: both offices are former, and one is the other's
// deputy ("former deputy mayor", "former mayor").
func formerDeputyAndHead(oa, ob *claim.Official) bool {
	return oa.Tenure == "former" && ob.Tenure == "former" && (claim.DeputyOf(oa, ob) || claim.DeputyOf(ob, oa))
}

// sideConflict: one person said to lead both sides of one contest ("the
// yes campaign was led by X" against "X, who led the No campaign").
func sideConflict(a, b *align.Claim, m align.Match) (Finding, bool) {
	oa, ob := a.Official, b.Official
	if oa.Family != claim.FamilySide || ob.Family != claim.FamilySide || oa.Office != ob.Office {
		return Finding{}, false
	}
	if !claim.OpposingSides(oa.Side, ob.Side) || !withinTimeFrame(a.AsOf, b.AsOf) {
		return Finding{}, false
	}
	f := officialFinding(a, b, "office-conflict", SeverityWarning)
	f.Message = fmt.Sprintf("%s is named as the leader of the %s %s in one place and of the %s %s in another", oa.Name, oa.Side, oa.Office, ob.Side, ob.Office)
	f.Why = m.Reason + "; one person does not lead both sides of one contest"
	return f, true
}

// tenureTimeFrame is how far apart two articles may be published and
// still be read as saying one thing about a person's tenure: a minister
// may well be a former minister some weeks later.
const tenureTimeFrame = 10 * 24 * time.Hour

// tenureConflict: one person named as the sitting holder of an office in
// one article and as its former holder in another of the same days, or
// of the days the sitting holder's dated tenure covers; both dated. Two
// different people, one former and one sitting, are the normal course of
// things and never reach here.
func tenureConflict(a, b *align.Claim, m align.Match) (Finding, bool) {
	oa, ob := a.Official, b.Official
	if a.Doc == b.Doc || oa.Office != ob.Office || oa.Generic || ob.Generic || oa.Family == "role" || oa.Family == "rank" {
		return Finding{}, false
	}
	if !(oa.Former && ob.Tenure == "" || ob.Former && oa.Tenure == "") || !bothDated(a, b) {
		return Finding{}, false
	}
	if changedHands(oa) || changedHands(ob) {
		return Finding{}, false // "CEO Tomas Ek resigns": former after sitting is the story's course
	}
	if formerLater(a, b) || formerLater(b, a) {
		// "Mayor Halvec" on the day of his conviction, "former mayor
		// Halvec" four days on: people leave office between reports,
		// seldom return to it.
		return Finding{}, false
	}
	if !withinDays(a.AsOf, b.AsOf, tenureTimeFrame) && !withinTenure(a, b) && !withinTenure(b, a) {
		return Finding{}, false
	}
	f := officialFinding(a, b, "tenure-conflict", SeverityWarning)
	f.Message = fmt.Sprintf("%s is named as the sitting %s in one article and as a former one in another", oa.Name, oa.Office)
	f.Why = m.Reason + "; articles of the same days disagree on whether the person still holds the office"
	return f, true
}

// formerLater: a names a former holder on a later day than b names the
// sitting one.
func formerLater(a, b *align.Claim) bool {
	ta, okA := publicationDay(a.AsOf)
	tb, okB := publicationDay(b.AsOf)
	return a.Official.Former && b.Official.Tenure == "" && okA && okB && ta.After(tb)
}

// changedHands: the story tells of the office changing hands lately
// ("resigns", "the new chief executive"), or of the person changing
// posts, so one person named in it as sitting and as former is told at
// two moments, not two ways.
func changedHands(o *claim.Official) bool { return o.Shared || o.PostChanged }

// bothDated reports two claims of articles whose publication days are
// known. Leaving an office is the normal course of time: without dates, a
// sitting and a former holder may be years apart.
func bothDated(a, b *align.Claim) bool { return a.AsOf != "" && b.AsOf != "" }

func holds(offices []string, office string) bool {
	for _, o := range offices {
		if o == office || claim.HeadWithField(o, office) || claim.HeadWithField(office, o) {
			return true
		}
	}
	return false
}

// holderConflict: two people named as the sitting holder of an office
// that has one holder (per country, when the office says so).
func holderConflict(a, b *align.Claim, m align.Match) (Finding, bool) {
	oa, ob := a.Official, b.Official
	if a.Doc == b.Doc || oa.Office != ob.Office || !sitting(a, b) || oa.Shared || ob.Shared {
		return Finding{}, false
	}
	if oa.Generic || ob.Generic || oa.Holders == claim.HoldersMany || ob.Holders == claim.HoldersMany {
		return Finding{}, false
	}
	if !sameJurisdiction(oa, ob) {
		return Finding{}, false
	}
	f := officialFinding(a, b, "office-holder-conflict", SeverityWarning)
	f.Message = fmt.Sprintf("Two different people named as %s%s: %s and %s", officeLabel(oa), countryOf(oa, ob), oa.Name, ob.Name)
	f.Why = m.Reason + "; the office has one sitting holder, and neither article names a second one"
	return f, true
}

// sameJurisdiction reports offices of one country or organisation: for an
// office with one holder per story, unless both name different ones; for
// one holder per country, only when both name the same.
func sameJurisdiction(oa, ob *claim.Official) bool {
	if oa.Holders == claim.HoldersCountry || ob.Holders == claim.HoldersCountry {
		return oa.Country != "" && oa.Country == ob.Country
	}
	return oa.Country == "" || ob.Country == "" || oa.Country == ob.Country
}

func countryOf(oa, ob *claim.Official) string {
	c := oa.Country
	if c == "" {
		c = ob.Country
	}
	if c == "" {
		return ""
	}
	return " (" + c + ")"
}

// firstNameConflict: the same office and surname with two different first
// names; different people who only share a surname are left alone, and
// so are holders of a bare office ("Minister", "Prosecutor") that many
// hold at once.
func firstNameConflict(a, b *align.Claim, m align.Match) (Finding, bool) {
	oa, ob := a.Official, b.Official
	if oa.Office == "" || oa.Office != ob.Office || oa.Generic || oa.Given == "" || ob.Given == "" || oa.Tenure != ob.Tenure {
		return Finding{}, false
	}
	if oa.Family == "role" || oa.Family == "rank" || !withinTimeFrame(a.AsOf, b.AsOf) {
		return Finding{}, false
	}
	if oa.Country != "" && ob.Country != "" && oa.Country != ob.Country {
		return Finding{}, false
	}
	if oa.Holders == claim.HoldersMany || ob.Holders == claim.HoldersMany {
		// "Councillor Ada Tarrow" and "Councillor Ola Tarrow": an office
		// many hold at once ties no two mentions to one person.
		return Finding{}, false
	}
	f := officialFinding(a, b, "first-name-conflict", SeverityWarning)
	f.Message = fmt.Sprintf("The %s is named %s in one place and %s in another", officeLabel(oa), oa.Name, ob.Name)
	f.Why = m.Reason + "; same office and surname, first names that are not spellings of one name"
	return f, true
}

// nameVariant: one person whose name is spelled two ways, a matter of
// house style.
func nameVariant(a, b *align.Claim, m align.Match) (Finding, bool) {
	oa, ob := a.Official, b.Official
	if a.Doc == b.Doc || oa.Given == "" || ob.Given == "" {
		return Finding{}, false
	}
	if oa.Given == ob.Given && oa.Surname == ob.Surname {
		return Finding{}, false
	}
	if claim.ShortenedName(oa.Name, ob.Name) {
		return Finding{}, false // a shorter form, not another spelling
	}
	f := officialFinding(a, b, "name-variant", SeverityInfo)
	f.Message = fmt.Sprintf("One name spelled two ways: %s (%s) and %s (%s)", oa.Name, filepath.Base(a.Evidence.Path), ob.Name, filepath.Base(b.Evidence.Path))
	f.Why = m.Reason + "; spellings that differ by transliteration, accents or initials"
	return f, true
}

// officeLabel is the office as the article wrote it, in lower case
// ("digital affairs minister"), else its canonical name.
// officeLabel is an office as a message names it: its words as written,
// with the words that make it another office ("deputy") put back where
// they stood apart from the title ("Deputy Mayor Ana Reyes", "the
// agency's deputy director").
func officeLabel(o *claim.Official) string {
	if o.Title == "" {
		return o.Office
	}
	title := strings.ToLower(o.Title)
	if prefix := claim.DistinctPrefix(o.Office); prefix != "" && !strings.Contains(title, prefix) {
		return prefix + " " + title
	}
	return title
}

func officialFinding(a, b *align.Claim, rule string, sev Severity) Finding {
	return Finding{
		Severity: sev, Rule: rule,
		Evidence: []Evidence{claimEvidence(a), claimEvidence(b)},
	}
}

// claimEvidence is one side of a finding about people or their words.
func claimEvidence(c *align.Claim) Evidence {
	return Evidence{Span: c.Evidence, Value: c.Value, Display: c.Display, Source: c.Source, AsOf: c.AsOf}
}
