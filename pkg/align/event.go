package align

func matchEvent(a, b *Claim) Match { return Match{} }
