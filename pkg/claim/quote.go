package claim

// quoteClaims finds quotations and their speakers.
func quoteClaims(a *Article, opts Options) []Claim { return nil }
