package align

import "github.com/crosscheck/crosscheck/pkg/claim"

// officialKeys buckets official claims (people with offices): by the
// person's surname, so spellings of one name meet, and by the office when
// it has one holder, so rival holders meet. Every key carries the story.
func officialKeys(c *Claim) []string {
	o := c.Official
	if o == nil {
		return nil
	}
	var keys []string
	for _, k := range claim.PersonKeys(o) {
		keys = append(keys, c.Story+"\x00official:"+k)
	}
	if uniqueOffice(o) {
		keys = append(keys, c.Story+"\x00official:office\x00"+o.Office)
	}
	if claim.OrganisationHead(o) {
		keys = append(keys, c.Story+"\x00official:head\x00"+o.Country)
	}
	return keys
}

// uniqueOffice reports an office that one sitting person holds at a time.
func uniqueOffice(o *claim.Official) bool {
	return o.Office != "" && o.Tenure == "" && o.Holders != claim.HoldersMany && !o.Generic
}

// matchOfficial says whether two official claims may be compared: they
// may name one person, or two people for one office.
func matchOfficial(a, b *Claim) Match {
	oa, ob := a.Official, b.Official
	if oa == nil || ob == nil {
		return Match{}
	}
	switch {
	case claim.SamePerson(oa, ob):
		return Match{Certainty: Certain, Reason: "same person: " + oa.Name + " / " + ob.Name}
	case claim.SameSurname(oa.Surname, ob.Surname):
		return Match{Certainty: Probable, Reason: "same surname " + oa.Surname}
	case oa.Office == ob.Office && uniqueOffice(oa) && uniqueOffice(ob):
		return Match{Certainty: Probable, Reason: "same office: " + oa.Office}
	case claim.SameOrganisationHead(oa, ob):
		return Match{Certainty: Probable, Reason: "same head of one body: " + claim.HeadTitle(oa.Title) + ", " + oa.Country}
	}
	return Match{}
}
