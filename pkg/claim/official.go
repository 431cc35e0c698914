package claim

// officialClaims finds people named with an office.
func officialClaims(a *Article) []Claim { return nil }
