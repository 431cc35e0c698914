package claim

// quoteClaims finds quotations and their speakers.
func quoteClaims(a *Article) []Claim { return nil }
