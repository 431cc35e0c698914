package claim

import "strings"

// Office words are read one word at a time with hyphens taken as spaces,
// so that "vice-chair", "Vice Chair" and "vice chair" are one office and
// a modifier joined to the head by a hyphen ("vice-chair",
// "ex-minister") is read as if it stood before it.

// wordParts splits a folded word at its hyphens ("vice-chair" -> "vice",
// "chair"); most words have none and are returned whole.
func wordParts(fold string) []string {
	if !strings.Contains(fold, "-") {
		return []string{fold}
	}
	var out []string
	for _, part := range strings.Split(fold, "-") {
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

// officeNameAt finds the longest office name that begins with token i,
// and how many tokens it takes. The leading parts of a hyphenated token
// that modify an office ("vice" in "vice-chair") are returned apart when
// the office begins after them.
func (p *peopleIndex) officeNameAt(toks []ptoken, i int) (officeName, int, []string, bool) {
	parts := wordParts(toks[i].Fold)
	for skip := range parts {
		for _, on := range p.lx.byFirst[parts[skip]] {
			if n, ok := officeWordsAt(toks, i, parts[skip:], on.words); ok {
				return on, n, parts[:skip], true
			}
		}
		if !p.officePrefix(parts[skip]) {
			break
		}
	}
	return officeName{}, 0, nil, false
}

// officeWordsAt matches the words of an office against the tokens from
// i, whose first token's remaining parts are given; the match must end
// where a token ends. It returns the tokens taken.
func officeWordsAt(toks []ptoken, i int, parts, words []string) (int, bool) {
	k := i
	for _, w := range words {
		if len(parts) == 0 {
			k++
			if k >= len(toks) || !toks[k].Word {
				return 0, false
			}
			parts = wordParts(toks[k].Fold)
		}
		if parts[0] != w {
			return 0, false
		}
		parts = parts[1:]
	}
	if len(parts) > 0 {
		return 0, false
	}
	return k + 1 - i, true
}

// officePrefix is a word that modifies the office it is hyphenated to:
// a distinct post ("vice", "deputy") or a tenure ("ex", "acting").
func (p *peopleIndex) officePrefix(part string) bool {
	for _, list := range []string{"distinct", "tenure-former", "tenure-acting", "tenure-outgoing", "tenure-incoming"} {
		if p.lx.words[list][part] {
			return true
		}
	}
	return part == "ex"
}

// applyPrefix gives an office the modifiers hyphenated to its first word.
func (p *peopleIndex) applyPrefix(om *officeMatch, prefix []string) {
	for _, w := range prefix {
		switch {
		case w == "ex" || p.lx.words["tenure-former"][w]:
			om.Tenure = "former"
		case p.lx.words["tenure-acting"][w]:
			om.Tenure = "acting"
		case p.lx.words["tenure-outgoing"][w]:
			om.Tenure = "outgoing"
		case p.lx.words["tenure-incoming"][w]:
			om.Tenure = "incoming"
		default:
			p.applyDistinct(om, w)
		}
	}
}

// officeHere reports an office whose words begin at token k: "R." is
// an initial unless "Adm." follows it.
func (p *peopleIndex) officeHere(toks []ptoken, k int) bool {
	_, _, _, ok := p.officeNameAt(toks, k)
	return ok
}

// startsOffice reports a word with which an office begins, so that
// "Minister" or "Vice-Chair" is not read as part of a name.
func (p *peopleIndex) startsOffice(t ptoken) bool {
	if p.lx.opensOffice(t.Fold) {
		return true
	}
	if !strings.Contains(t.Fold, "-") {
		return false
	}
	_, _, _, ok := p.officeNameAt([]ptoken{t}, 0)
	return ok
}

// portfolioNoun is the office a portfolio makes of a bare head: "Trade
// Minister" and "the trade secretary" are one office, the trade
// minister; "Trade Commissioner" is a commissioner, "Chief Medical
// Officer" a medical officer.
func portfolioNoun(e *officeEntry) string {
	if e.Canonical == "secretary" {
		return "minister"
	}
	return e.Canonical
}

// takesPortfolio reports a bare head whose field is written before it as
// a portfolio: ministers, secretaries and commissioners of the cabinet,
// officers ("Chief Medical Officer", "returning officer") and ombudsmen
// ("the human rights ombudsman").
func takesPortfolio(e *officeEntry) bool {
	return e.Family == "cabinet" || e.Family == "officer" || e.Family == "ombudsman"
}
