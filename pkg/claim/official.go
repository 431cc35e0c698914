package claim

// officialClaims finds people named with an office.
func officialClaims(a *Article, opts Options) []Claim { return nil }
