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
	first, ok := s.unitAmountAt(j)
	if !ok {
		return match{}, false
	}
	total, end := first.seconds, first.end
	months, years := monthsIn(first), first.unit == durationUnits["year"]
	unit := first.unit
	for {
		next, ok := s.compositePart(end, unit)
		if !ok {
			break
		}
		total += next.seconds
		months += monthsIn(next)
		years = years || next.unit == durationUnits["year"]
		end, unit = next.end, next.unit
	}
	if years && unit == durationUnits["month"] {
		// "2 years, 3 months" counts in its smallest unit: 27 months.
		total = months * durationUnits["month"]
	}
	if math.IsNaN(total) || math.IsInf(total, 0) || total <= 0 {
		return match{}, false
	}
	d := Duration{Seconds: total, Min: total, Max: total, Adjectival: first.adjectival}
	applyDurationHedge(&d, h)
	start, stop := s.span(i, end)
	return match{end: end, m: Mention{Type: TypeDuration, Start: start, End: stop, Duration: &d}}, true
}

// monthsIn counts a year or month piece in months.
func monthsIn(u unitAmount) float64 {
	switch u.unit {
	case durationUnits["year"]:
		return u.seconds / u.unit * 12
	case durationUnits["month"]:
		return u.seconds / u.unit
	}
	return 0
}

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
	case "a", "an":
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
		return s.unitAfterCount(1, j+1, false)
	case "several", "few", "some":
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
	return s.unitAfterCount(f.value(), f.end, f.lastKind == akDigits && s.toks[f.end-1].kind == tkNum)
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
		if w == "more" || w == "additional" || w == "extra" || w == "fewer" || w == "business" || w == "working" || w == "straight" || w == "consecutive" {
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
	if !ok {
		return unitAmount{}, false
	}
	if shortUnits[w] || len(w) == 2 && w != "hr" {
		// One- and two-letter units ("10D", "2m") only glued to digits.
		if !(digits && s.glued(k)) {
			return unitAmount{}, false
		}
		if w == "m" && (!s.endOfClause(k+1) || count != math.Trunc(count) || s.isCurrency(start)) {
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
