package claim

import (
	"strconv"
	"strings"
	"time"
)

// Ages of named people: "Ana Reyes, 54, ...", "Reyes, aged 54", "the
// 54-year-old Ana Reyes". An age is claimed only with the person it is
// of, named in full where the text gives a given name, so two ages meet
// only when they are one person's ("Mahnefah Gray, 19" is not "Kimani
// Gray"). What is compared is the span of years the person was born in:
// 32 in 2008 and 36 in 2012 agree, and an age in whole years holds for a
// year, so 45 and 46 may both be right a few weeks apart, while 45 and 47
// cannot. An article with no time gives no age.

// maxAge bounds what reads as a person's age.
const maxAge = 120

// ageClaims reads the ages the sentence gives its named people.
func (v *sentenceView) ageClaims() []Claim {
	var out []Claim
	for _, n := range v.names {
		i := wordIndexAt(v.ws, n.Start)
		j := wordIndexAt(v.ws, n.End-1)
		if i < 0 || j < 0 || i >= len(v.ws) || j >= len(v.ws) {
			continue
		}
		at, age, ok := v.ageAfterName(j + 1)
		ok = ok && n.Person
		if !ok {
			// An age before two capitalised words says they name a person.
			at, age, ok = v.ageBeforeName(i)
			ok = ok && (n.Person || len(n.Words) >= 2)
		}
		if !ok {
			continue
		}
		if c, dated := v.ageClaim(n, at, age); dated {
			out = append(out, c)
		}
	}
	return out
}

// ageAfterName reads ", 54," or ", aged 54" from word k, just after a
// name; it gives the word holding the age.
func (v *sentenceView) ageAfterName(k int) (int, int, bool) {
	if k+2 >= len(v.ws) || v.ws[k].Lower != "," {
		return 0, 0, false
	}
	at := k + 1
	if v.ws[at].Lower == "aged" {
		at++
	}
	age, ok := wholeAge(v.ws[at].Lower)
	if !ok || at+1 >= len(v.ws) {
		return 0, 0, false
	}
	if next := v.ws[at+1].Lower; next != "," && next != "." && next != ")" && !(v.ws[at-1].Lower == "aged" && isClauseBreak(v.ws[at+1])) {
		return 0, 0, false // "Reyes, 54 votes ahead": a count, not an age
	}
	return at, age, true
}

// ageBeforeName reads "54-year-old" right before a name, a determiner or
// a title between ("the 54-year-old Ana Reyes").
func (v *sentenceView) ageBeforeName(i int) (int, int, bool) {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		w := v.ws[k].Lower
		if prefix, ok := strings.CutSuffix(w, "-year-old"); ok {
			if age, ok := wholeAge(prefix); ok {
				return k, age, true
			}
			return 0, 0, false
		}
		if isClauseBreak(v.ws[k]) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// wholeAge reads an age written in digits.
func wholeAge(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil && n > 0 && n <= maxAge
}

// ageClaim is the age at word at of the person named by n: its bounds
// are the years of birth it allows, as of the claim's time.
func (v *sentenceView) ageClaim(n nameRun, at, age int) (Claim, bool) {
	c := v.base(KindQuantity, "age", v.ws[at].Start, v.ws[at].End)
	asOf, err := time.Parse(time.RFC3339, c.AsOf)
	if err != nil {
		return Claim{}, false
	}
	year := float64(asOf.Year()) + float64(asOf.YearDay()-1)/365
	c.Value = map[string]any{"value": age}
	c.Lo, c.Hi = Bound(year-float64(age)-1), Bound(year-float64(age))
	c.Display = strconv.Itoa(age)
	holder := n.Key
	if k := len(n.Words); k >= 2 {
		// The word before the surname: a title may open the run
		// ("Passenger Lena Brandt").
		holder = personKey(n.Words[k-2], n.Words[k-1])
	}
	c.Frame = &Frame{Holder: holder}
	c.Event.Noun = "age"
	return *c, true
}
