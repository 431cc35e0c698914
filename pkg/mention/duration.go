package mention

import "math"

// unitAmount is a count of one time unit.
type unitAmount struct {
	seconds    float64
	unit       float64 // seconds in the unit
	end        int
	adjectival bool
}

// matchDuration reads a length of time at token i: an optional hedge,
// one or more amounts of units ("2 years, 3 months"), and the halves and
// quarters English adds ("an hour and a half").
func (s *scanner) matchDuration(i int) (match, bool) {
	h, j := s.hedgeAt(i)
	if h.mod != ModNone && s.spreadOver(i, h) {
		h = hedge{}
	}
	if d, end, ok := s.durationRange(j); ok {
		return s.durationMatch(i, end, d, h), true
	}
	if d, end, ok := s.coordinatedLength(j); ok {
		return s.durationMatch(i, end, d, h), true
	}
	if d, end, ok := s.runOfUnits(j); ok && h.mod == ModNone {
		return s.durationMatch(i, end, d, hedge{mod: ModMore}), true
	}
	first, ok := s.unitAmountAt(j)
	if !ok && s.isWord(i, "some") && isPluralUnit(s.word(j)) {
		// "for some days": an unstated count, as "several".
		first, ok = s.unitAfterCount(3, j, false)
		h = hedge{}
	}
	if !ok {
		return match{}, false
	}
	total, end := first.seconds, first.end
	unit := first.unit
	years, months := 0.0, false
	if unit == durationUnits["year"] {
		years = first.seconds / unit
	}
	for {
		// "2 years 3 months" adds each unit at its own length...
		next, ok := s.compositePart(end, unit)
		if !ok {
			break
		}
		total += next.seconds
		end, unit = next.end, next.unit
		months = months || unit == durationUnits["month"]
	}
	if months {
		// ...except years beside months, which count as 12 months each,
		// so that "2 years and 3 months" is "27 months", as an outlet
		// counting in months writes it.
		total -= years * (durationUnits["year"] - 12*durationUnits["month"])
	}
	if math.IsNaN(total) || math.IsInf(total, 0) || total <= 0 {
		return match{}, false
	}
	d := Duration{Seconds: total, Min: total, Max: total, Adjectival: first.adjectival}
	return s.durationMatch(i, end, d, h), true
}

func (s *scanner) durationMatch(i, end int, d Duration, h hedge) match {
	if h.mod == ModNone && d.Min == d.Max {
		h, end = s.trailingHedge(end)
	}
	lo, hi := d.Min, d.Max
	applyDurationHedge(&d, h)
	if h.mod == ModNone || h.mod == ModApprox {
		d.Min, d.Max = math.Min(d.Min, lo), math.Max(d.Max, hi*boundFactor(h))
	}
	start, stop := s.span(i, end)
	return match{end: end, m: Mention{Type: TypeDuration, Start: start, End: stop, Duration: &d}}
}

// boundFactor widens the top of a hedged range as applyHedge widens a
// single amount.
func boundFactor(h hedge) float64 {
	if h.mod == ModApprox {
		return 1.15
	}
	return 1
}

// durationRange reads "between six and nine weeks", "three to five
// hours", "6-9 months": the low end borrows the unit of the high end.
func (s *scanner) durationRange(j int) (Duration, int, bool) {
	k, sep := j, ""
	switch {
	case s.isWord(k, "between"):
		k, sep = k+1, "and"
	case s.isWord(k, "from"):
		k, sep = k+1, "to"
	}
	lo, ok := s.cardinal(k)
	if !ok || lo.value() <= 0 {
		return Duration{}, j, false
	}
	m := lo.end
	switch {
	case sep != "" && s.isWord(m, sep):
	case sep == "" && (s.isWord(m, "to") || s.isWord(m, "or")):
	case sep == "" && (s.isPunct(m, "-") || s.isPunct(m, "–")) && lo.lastKind == akDigits && s.glued(m) == s.glued(m+1):
	default:
		return Duration{}, j, false
	}
	hi, ok := s.unitAmountAt(m + 1)
	if !ok || hi.adjectival || hi.unit <= 0 {
		return Duration{}, j, false
	}
	low := lo.value() * hi.unit
	if low >= hi.seconds {
		return Duration{}, j, false
	}
	return Duration{Seconds: low, Min: low, Max: hi.seconds}, hi.end, true
}

// coordinatedLength reads the first of two lengths that share a unit
// written once ("sentences of three and four years", "five, six and
// eight hours"): two values, not a range, so the first alone is matched,
// in the unit of the one after it.
func (s *scanner) coordinatedLength(j int) (Duration, int, bool) {
	lo, ok := s.cardinal(j)
	if !ok || lo.value() <= 0 || s.isWord(j-1, "between") {
		return Duration{}, j, false
	}
	// Commas may part earlier values, but "and" must come right before
	// the last: "in 2019, 40 days of protest" is a year and a length.
	for k := lo.end; s.isWord(k, "and") || s.isPunct(k, ","); {
		next, ok := s.cardinal(k + 1)
		if !ok || s.isWord(k+1, "a") || s.isWord(k+1, "an") || next.value() < 1 || next.value() != math.Trunc(next.value()) {
			return Duration{}, j, false // "one and three quarters of hours" is one length
		}
		if hi, ok := s.unitAmountAt(k + 1); ok {
			if !s.isWord(k, "and") || hi.adjectival || hi.unit <= 0 || hi.end != next.end+1 || !isPluralUnit(s.word(next.end)) {
				return Duration{}, j, false
			}
			value := lo.value() * hi.unit
			return Duration{Seconds: value, Min: value, Max: value}, lo.end, true
		}
		k = next.end
	}
	return Duration{}, j, false
}

// runOfUnits reads "the third consecutive month", "a fifth straight
// year", "the sixth day running": a run that has lasted at least that many
// units.
func (s *scanner) runOfUnits(j int) (Duration, int, bool) {
	k := j
	if w := s.word(k); w == "the" || w == "a" || w == "its" || w == "their" {
		k++
	}
	count, k, ok := s.ordinalAt(k)
	n := float64(count)
	if !ok || n < 2 || n > 1000 {
		return Duration{}, j, false
	}
	marked := runWords[s.word(k)]
	if marked {
		k++
	}
	u := durationUnits[s.word(k)]
	if u < 86400 || isPluralUnit(s.word(k)) {
		return Duration{}, j, false
	}
	k++
	switch {
	case s.isWord(k, "running"):
		k, marked = k+1, true
	case s.isWord(k, "in") && s.isWord(k+1, "a") && s.isWord(k+2, "row"):
		k, marked = k+3, true
	}
	if !marked {
		return Duration{}, j, false
	}
	return Duration{Seconds: n * u, Min: n * u, Max: n * u}, k, true
}

var runWords = map[string]bool{"consecutive": true, "straight": true, "successive": true}

// spreadOver tells "a loan of $10,000 over 3 years" (a span of time) from
// "over 3 years" (more than): after an amount, "over" is not a hedge.
func (s *scanner) spreadOver(i int, h hedge) bool {
	if !s.isWord(i, "over") || i == 0 {
		return false
	}
	p := s.toks[i-1]
	return p.kind == tkNum || p.kind == tkWord && suffixScales[p.lower] > 0
}

func applyDurationHedge(d *Duration, h hedge) {
	n := Number{Value: d.Seconds, Min: d.Seconds, Max: d.Seconds}
	applyHedge(&n, h)
	d.Mod, d.Min, d.Max = n.Mod, n.Min, n.Max
}

// unitAmountAt reads one "amount unit" piece.
func (s *scanner) unitAmountAt(j int) (unitAmount, bool) {
	switch w := s.word(j); w {
	case "another", "additional":
		return s.unitAfterCount(1, j+1, false)
	case "all", "full", "whole", "entire":
		k := j + 1
		if s.isPunct(k, "-") {
			k++
		}
		if u := durationUnits[s.word(k)]; u >= 86400 && !isPluralUnit(s.word(k)) {
			return unitAmount{seconds: u, unit: u, end: k + 1}, true
		}
		return unitAmount{}, false
	case "half":
		k := j + 1
		if w := s.word(k); w == "a" || w == "an" {
			k++
		}
		return s.unitAfterCount(0.5, k, false)
	case "couple":
		if s.isWord(j+1, "of") {
			return s.unitAfterCount(2, j+2, false)
		}
	case "the":
		// "for the hour": one whole unit.
		if u := durationUnits[s.word(j+1)]; s.isWord(j-1, "for") && u >= 3600 && !isPluralUnit(s.word(j+1)) && s.endOfClause(j+2) {
			return unitAmount{seconds: u, unit: u, end: j + 2}, true
		}
	case "a", "an":
		if isSingularScaleWord(s.word(j + 1)) {
			break // "a hundred hours": a count follows
		}
		if u, ok := s.partOfUnit(j + 1); ok {
			return u, true
		}
		if s.isRate(j) {
			return unitAmount{}, false
		}
		if s.isWord(j+1, "couple") {
			k := j + 2
			if s.isWord(k, "of") {
				k++
			}
			return s.unitAfterCount(2, k, false)
		}
		if s.isWord(j+1, "few") {
			return s.unitAfterCount(3, j+2, false)
		}
		if s.isQuarterShare(j, j+1) {
			return unitAmount{}, false
		}
		return s.unitAfterCount(1, j+1, false)
	case "several", "few":
		u, ok := s.unitAfterCount(3, j+1, false)
		if !ok || !isPluralUnit(s.word(u.end-1)) {
			return unitAmount{}, false
		}
		return u, true
	}
	f, ok := s.durationFigure(j)
	if !ok {
		return unitAmount{}, false
	}
	if f.lastKind == akDigits && s.isPunct(f.end, "-") && s.glued(f.end) && s.isNum(f.end+1) {
		return unitAmount{}, false // a range or a score
	}
	if f.words && s.isQuarterShare(j, f.end) {
		return unitAmount{}, false // "three quarters" of something
	}
	return s.unitAfterCount(f.value(), f.end, f.lastKind == akDigits && s.toks[f.end-1].kind == tkNum)
}

// isQuarterShare tells "three quarters of the crew" and "fell by a
// quarter" (shares) from "for three quarters" and "took a quarter" (spans
// of three months): a quarter in words is a share unless a time
// preposition or a verb of lasting comes before the count at j.
func (s *scanner) isQuarterShare(j, k int) bool {
	if !s.isWord(k, "quarters") && !s.isWord(k, "quarter") {
		return false
	}
	return !timePrepositions[s.word(j-1)] && !lastingVerbs[s.word(j-1)]
}

// timePrepositions before a count make what follows a stretch of time:
// "for three quarters", "in two quarters".
var timePrepositions = map[string]bool{
	"for": true, "in": true, "over": true, "within": true, "after": true,
	"past": true, "last": true, "next": true, "first": true, "during": true,
}

var lastingVerbs = map[string]bool{
	"took": true, "take": true, "takes": true, "lasted": true, "last": true, "lasts": true,
	"spent": true, "spend": true, "spends": true,
}

// durationFigure reads the count before a unit. Fraction words are left
// out on purpose: in "three quarters" the quarter is the unit.
func (s *scanner) durationFigure(j int) (figure, bool) {
	f, ok := s.cardinal(j)
	if !ok {
		return f, false
	}
	if f.lastKind == akDigits {
		if s.fractionSlash(&f) {
			return f, true
		}
	}
	if f.words {
		if d, ok := s.pointDecimals(f.end, f.value()); ok {
			return d, true
		}
	}
	s.andFraction(&f)
	if f.hasFinal && s.isWord(f.end, "of") && durationUnits[s.word(f.end+1)] > 0 {
		f.end++ // "one and a quarter of hour"
	}
	// "three quarters of an hour", "one-half hour"
	k := f.end
	if s.isPunct(k, "-") {
		k++
	}
	if den, ok := denominatorWords[s.word(k)]; ok && s.isWord(k+1, "of") && f.value() < den {
		f.setValue(f.value() / den)
		f.end = k + 2
		if w := s.word(f.end); w == "a" || w == "an" {
			f.end++
		}
	}
	return f, true
}

func isPluralUnit(w string) bool { return len(w) > 3 && w[len(w)-1] == 's' }

// unitAfterCount reads the unit after a count at k. digits reports that
// the count ended in digits, which allows glued short units ("10D").
func (s *scanner) unitAfterCount(count float64, k int, digits bool) (unitAmount, bool) {
	start := k
	adjectival := false
	if (s.isPunct(k, "-") || s.isPunct(k, "–")) && s.glued(k) {
		adjectival = true
		k++
	}
	for {
		w := s.word(k)
		// "less" stands for "fewer" in speech: "two less minutes".
		if w == "more" || w == "additional" || w == "extra" || w == "fewer" || w == "less" && !s.isWord(k+1, "than") || w == "business" || w == "working" || w == "straight" || w == "consecutive" {
			k++
			continue
		}
		break
	}
	if k == start && digits && s.glued(k) && k < len(s.toks) && s.toks[k].kind == tkPunct {
		switch s.toks[k].lower {
		case "\"", "″":
			return s.quoteUnit(count, 1, k)
		case "'", "′":
			return s.quoteUnit(count, 60, k)
		}
	}
	w := s.word(k)
	u, ok := durationUnits[w]
	if !ok || s.inName(k) || count == 1 && (s.isWord(start-1, "a") || s.isWord(start-1, "an")) && isPluralUnit(w) {
		return unitAmount{}, false // "a days-long standoff"
	}
	if w == "s" && count >= 10 && math.Mod(count, 10) == 0 {
		return unitAmount{}, false // "in her 40s", "the 1990s"
	}
	if shortUnits[w] || len(w) == 2 && w != "hr" {
		// One- and two-letter units ("10D", "2m") only glued to digits.
		// "3 h" closing a clause is an hour; a spaced "m" may be metres.
		if !(digits && (s.glued(k) || w == "h" && s.endOfClause(k+1))) {
			return unitAmount{}, false
		}
		// A capital "M" after digits is a million ("10M"), not minutes.
		if w == "m" && (!s.endOfClause(k+1) || count != math.Trunc(count) || s.isCurrency(start) || s.text[s.toks[k].start] == 'M') {
			return unitAmount{}, false
		}
	}
	if (w == "quarter" || w == "quarters") && (count > 12 || count != math.Trunc(count) || s.isWord(k+1, "of")) {
		// "a quarter of its value" is a share, not three months.
		return unitAmount{}, false
	}
	end := k + 1
	if (s.isPunct(end, "-") || s.isPunct(end, "–")) && s.isWord(end+1, "long") {
		adjectival, end = true, end+2
	}
	if _, isAge := s.ageTail(k + 1); isAge {
		return unitAmount{}, false // "a 9-year-old", "six months old"
	}
	return unitAmount{seconds: count * u, unit: u, end: end, adjectival: adjectival}, true
}

func (s *scanner) isCurrency(k int) bool {
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		if _, ok := currencySigns[s.toks[p].lower]; ok && s.toks[p].kind == tkPunct {
			return true
		}
	}
	return false
}

// quoteUnit reads 1" as a second and 2' as minutes, when the mark closes
// the figure rather than opening a quotation.
func (s *scanner) quoteUnit(count, unit float64, k int) (unitAmount, bool) {
	if s.isWordAt(k + 1) {
		return unitAmount{}, false
	}
	return unitAmount{seconds: count * unit, unit: unit, end: k + 1}, true
}

// compositePart reads the next piece of "2 years, 3 months", "an hour and
// a half", "1 hour fifteen".
func (s *scanner) compositePart(j int, prevUnit float64) (unitAmount, bool) {
	k := j
	if s.isWord(k, "and") && (s.isWord(k+1, "a") || s.isWord(k+1, "an") || s.isWord(k+1, "half")) {
		m := k + 1
		if !s.isWord(m, "half") {
			m++
		}
		if den, ok := denominatorWords[s.word(m)]; ok && (s.word(m) == "half" || s.word(m) == "quarter") {
			return unitAmount{seconds: prevUnit / den, unit: prevUnit, end: m + 1}, true
		}
	}
	if s.isPunct(k, ",") {
		k++
	}
	if s.isWord(k, "and") {
		k++
	}
	if k > j && !s.isNum(k) && unitWords[s.word(k)] == 0 && tensWords[s.word(k)] == 0 && !s.isWord(k, "a") && !s.isWord(k, "an") {
		return unitAmount{}, false
	}
	next, ok := s.unitAmountAt(k)
	if ok && next.unit != prevUnit && !next.adjectival {
		return next, true
	}
	if ok {
		return unitAmount{}, false
	}
	// A bare count after hours or minutes is the next smaller unit.
	f, ok := s.cardinal(k)
	if !ok || f.value() >= 60 || !s.endOfClause(f.end) {
		return unitAmount{}, false
	}
	switch prevUnit {
	case 3600:
		return unitAmount{seconds: f.value() * 60, unit: 60, end: f.end}, true
	case 60:
		return unitAmount{seconds: f.value(), unit: 1, end: f.end}, true
	}
	return unitAmount{}, false
}

// isRate tells "three ferries a day" and "$5 a month" (a rate) from "took
// a day": a count just before "a" makes the unit a "per".
func (s *scanner) isRate(j int) bool {
	if relationWords[s.word(j+2)] {
		return false // "9-14 a year after the playoffs": a gap, not a rate
	}
	if s.isNum(j-1) || rateCounts[s.word(j-1)] {
		return true
	}
	prev := s.word(j - 1)
	if prev == "" || rateBlockers[prev] || s.cls(j-1)&clsHedge != 0 {
		return false
	}
	return s.isNum(j-2) || s.cls(j-2)&clsNumber != 0
}

var relationWords = map[string]bool{"after": true, "before": true, "later": true, "earlier": true, "ago": true, "since": true}

var rateCounts = map[string]bool{"once": true, "twice": true, "thrice": true, "times": true}

// rateBlockers are words after which "a day" is the length itself.
var rateBlockers = map[string]bool{
	"in": true, "for": true, "within": true, "over": true, "after": true, "than": true,
	"of": true, "about": true, "nearly": true, "almost": true, "just": true, "only": true,
	"and": true, "or": true, "to": true, "took": true, "take": true, "takes": true, "lasted": true,
}

// ageTail reads "-old" or " old" after a unit: "9-year-old", "two years
// old". It returns the token after it.
func (s *scanner) ageTail(k int) (int, bool) {
	if (s.isPunct(k, "-") || s.isPunct(k, "–")) && s.isWord(k+1, "old") {
		return k + 2, true
	}
	if s.isWord(k, "old") {
		return k + 1, true
	}
	return k, false
}

// inName reports a capitalised word inside a lower-case sentence: "the
// programme 48 Hours", "Sun Valley Foods" name something, they do not count.
func (s *scanner) inName(k int) bool {
	t := s.toks[k]
	if c := s.text[t.start]; c < 'A' || c > 'Z' || len(t.lower) < 3 {
		return false
	}
	return s.lowerCaseNear(k)
}

// lowerCaseNear reports a lower-case content word near k, so the text
// around is not in title case.
func (s *scanner) lowerCaseNear(k int) bool {
	for _, step := range []int{-1, 1} {
		for m := k + step; m >= 0 && m < len(s.toks) && m >= k-3 && m <= k+3; m += step {
			if step < 0 && s.lineBreakBefore(m+1) || step > 0 && s.lineBreakBefore(m) {
				break // a title and the text below it are read apart
			}
			if s.isLowerContentWord(m) {
				return true
			}
		}
	}
	return false
}

func (s *scanner) isLowerContentWord(m int) bool {
	t := s.toks[m]
	if t.kind != tkWord || titleCaseSmallWords[t.lower] {
		return false
	}
	c := s.text[t.start]
	return c >= 'a' && c <= 'z'
}

// titleCaseSmallWords stay lower case in a headline written in title case.
var titleCaseSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"for": true, "of": true, "in": true, "on": true, "at": true, "to": true, "by": true,
	"as": true, "vs": true, "s": true,
}

// partOfUnit reads "half hour", "half-hour" and "quarter of an hour"
// after "a": the share of one unit.
func (s *scanner) partOfUnit(k int) (unitAmount, bool) {
	share := map[string]float64{"half": 0.5, "quarter": 0.25}[s.word(k)]
	if share == 0 {
		return unitAmount{}, false
	}
	k++
	switch {
	case s.isPunct(k, "-") && s.glued(k):
		k++
	case s.isWord(k, "of") && (s.isWord(k+1, "a") || s.isWord(k+1, "an")):
		k += 2
	}
	u := durationUnits[s.word(k)]
	if u < 60 || isPluralUnit(s.word(k)) || len(s.word(k)) < 3 {
		return unitAmount{}, false
	}
	return unitAmount{seconds: share * u, unit: u, end: k + 1}, true
}
