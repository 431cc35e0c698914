package mention

import "math"

// matchNumber reads a number mention at token i: an optional hedge, a
// currency sign, the figure or a vague magnitude, then a unit, a ratio, a
// range or the whole it is part of.
func (s *scanner) matchNumber(i int) (match, bool) {
	if m, ok := s.notANumber(i); ok {
		return m, true
	}
	if end, ok := s.clockPhraseAt(i); ok {
		return match{end: end, skip: true}, true
	}
	h, j := s.hedgeAt(i)
	if j > i {
		if m, ok := s.notANumber(j); ok {
			return m, true // "approximately 03:15" is a time, however hedged
		}
	}
	if end, ok := s.ageAt(j); ok {
		return match{end: end, skip: true}, true
	}
	unit, j2 := s.currencyBefore(j)
	n := Number{Unit: unit}
	end := 0
	if v, k, ok := s.vagueAt(j2); ok {
		n = v
		n.Unit = unit
		end = k
	} else {
		f, ok := s.figureAt(j2)
		if !ok {
			if s.isWord(i, "between") || s.isWord(i, "from") {
				return s.rangeWords(i)
			}
			return match{}, false
		}
		n.Value = f.value()
		end = f.end
		end = s.shareTail(&n, end)
		if r, ok := s.rangeTail(n.Value, f, end); ok {
			n.Min, n.Max, end = n.Value, r.value(), r.end
			if h.mod != ModNone {
				return match{}, false
			}
		} else {
			n.Min, n.Max = n.Value, n.Value
		}
	}
	if n.Unit == "" {
		n.Unit, end = s.unitAfter(end)
	}
	if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) {
		return match{}, false
	}
	if h.mod == ModNone && !n.Vague && n.Min == n.Max {
		h, end = s.trailingHedge(end)
	}
	applyHedge(&n, h)
	start, stop := s.span(i, end)
	return match{end: end, m: Mention{Type: TypeNumber, Start: start, End: stop, Number: &n}}, true
}

// applyHedge turns a hedge into bounds around the stated value.
func applyHedge(n *Number, h hedge) {
	n.Mod = h.mod
	switch h.mod {
	case ModMore:
		n.Min, n.Max = n.Value, math.Inf(1)
	case ModLess:
		n.Max = n.Value
		n.Min = 0
		if h.near {
			n.Min = n.Value * 5 / 6
		}
	case ModApprox:
		n.Min, n.Max = n.Min*0.85, n.Max*1.15
	}
	if n.Min > n.Max { // negative amounts
		n.Min, n.Max = n.Max, n.Min
	}
}

// trailingHedge reads a hedge written after the amount: "40 minutes or
// so", "100 or more", "a week or longer".
func (s *scanner) trailingHedge(end int) (hedge, int) {
	if !s.isWord(end, "or") {
		return hedge{}, end
	}
	switch s.word(end + 1) {
	case "so", "thereabouts":
		return hedge{words: []string{"or", "so"}, mod: ModApprox}, end + 2
	case "more", "longer", "greater":
		if !s.isWord(end+2, "than") {
			return hedge{words: []string{"or", "more"}, mod: ModMore}, end + 2
		}
	case "less", "fewer", "shorter":
		if !s.isWord(end+2, "than") {
			return hedge{words: []string{"or", "less"}, mod: ModLess}, end + 2
		}
	}
	return hedge{}, end
}

// hedgeAt reads a hedge phrase at i; j is the token after it.
func (s *scanner) hedgeAt(i int) (hedge, int) {
	if s.cls(i)&clsHedge == 0 {
		return hedge{}, i
	}
	if s.isWord(i, "over") && i > 0 && overParticleVerbs[s.word(i-1)] {
		return hedge{}, i // "handed over 26 prisoners": the verb's particle, the count exact
	}
	for _, h := range hedges {
		if j, ok := s.wordsAt(i, h.words); ok {
			if s.isPunct(j, ".") && h.words[0] == "approx" {
				j++
			}
			return h, j
		}
	}
	return hedge{}, i
}

// overParticleVerbs take "over" as a particle: "handed over", "turned
// over", "took over".
var overParticleVerbs = map[string]bool{
	"handed": true, "hand": true, "hands": true, "handing": true,
	"turned": true, "turn": true, "turns": true, "turning": true,
	"took": true, "take": true, "takes": true, "taken": true, "taking": true,
	"signed": true, "passed": true, "gave": true, "given": true, "give": true,
}

// currencyBefore reads "$", "US$", "USD" before a figure.
func (s *scanner) currencyBefore(j int) (string, int) {
	if s.isWord(j, "us") && s.isPunct(j+1, "$") {
		return "USD", j + 2
	}
	if j < len(s.toks) && s.toks[j].kind == tkPunct {
		if c, ok := currencySigns[s.toks[j].lower]; ok {
			return c, j + 1
		}
	}
	if w := s.word(j); w == "usd" || w == "eur" || w == "gbp" {
		if s.isNum(j + 1) {
			return currencyWords[w], j + 1
		}
	}
	return "", j
}

// unitAfter reads "%", "per cent" or a currency word after a figure.
func (s *scanner) unitAfter(j int) (string, int) {
	if s.isPunct(j, "%") {
		return "percent", j + 1
	}
	if unit, end := s.temperatureAfter(j); unit != "" {
		return unit, end
	}
	switch w := s.word(j); {
	case w == "percent" || w == "pct":
		return "percent", j + 1
	case w == "per" && s.isWord(j+1, "cent"):
		return "percent", j + 2
	default:
		if c, ok := currencyWords[w]; ok && c != "" {
			return c, j + 1
		}
	}
	return "", j
}

// temperatureUnits name a scale of temperature by its letter or name.
var temperatureUnits = map[string]string{"c": "celsius", "celsius": "celsius", "centigrade": "celsius", "f": "fahrenheit", "fahrenheit": "fahrenheit"}

// temperatureAfter reads a scale of temperature after a figure: "41.7C"
// and "41.7°C" glued to it, "41.7 degrees Celsius" and "41.7 degrees C"
// written apart. A bare "degrees" may be an angle, and stays unread.
func (s *scanner) temperatureAfter(j int) (string, int) {
	if s.isPunct(j, "°") && s.glued(j) {
		if unit := temperatureUnits[s.word(j+1)]; unit != "" && s.glued(j+1) {
			return unit, j + 2
		}
		return "", j
	}
	if w := s.word(j); (w == "c" || w == "f") && s.glued(j) {
		return temperatureUnits[w], j + 1
	}
	if w := s.word(j); w == "degrees" || w == "degree" {
		if unit := temperatureUnits[s.word(j+1)]; unit != "" {
			return unit, j + 2
		}
	}
	return "", j
}

// shareTail reads "1 over 3", "two out of five" and "one in five" as a
// ratio, and "nine of 14" as a count of a whole.
func (s *scanner) shareTail(n *Number, j int) int {
	w := s.word(j)
	k := j + 1
	switch {
	case w == "out" && s.isWord(k, "of"):
		k++
	case w == "over" || w == "in" || w == "of":
	default:
		return j
	}
	d, ok := s.cardinal(k)
	if !ok || d.value() == 0 || s.isNum(k) && s.isYearLike(k) {
		return j
	}
	if !s.isNum(k) && !d.words {
		return j
	}
	whole := d.value()
	switch w {
	case "over":
		if !s.endOfClause(d.end) {
			return j
		}
	case "in", "of":
		if whole <= n.Value || n.Value != math.Trunc(n.Value) || s.unitFollows(d.end) {
			return j
		}
		if w == "of" {
			n.Of = whole
			return d.end
		}
	}
	n.Value /= whole
	return d.end
}

func (s *scanner) unitFollows(j int) bool {
	_, ok := durationUnits[s.word(j)]
	return ok
}

func (s *scanner) isYearLike(k int) bool {
	return s.ndigits(k) == 4 && s.toks[k].val >= 1000 && s.toks[k].val <= 2999
}

// rangeTail reads "40-50" and "40 to 50" after the low end.
func (s *scanner) rangeTail(low float64, f figure, j int) (figure, bool) {
	var hi figure
	switch {
	case (s.isPunct(j, "-") || s.isPunct(j, "–")) && f.lastKind == akDigits && s.isNum(j+1):
		if s.glued(j) != s.glued(j+1) {
			return hi, false
		}
	case s.isWord(j, "to") && (s.isNum(j+1) == (f.lastKind == akDigits)):
	default:
		return hi, false
	}
	hi, ok := s.figureAt(j + 1)
	if !ok || hi.value() <= low || s.isPunct(hi.end, "-") {
		return hi, false
	}
	if _, _, month := s.monthAt(hi.end); month || s.yearRange(f, hi) {
		return hi, false // "10 to 12 June", "2014-2015": dates, not amounts
	}
	return hi, true
}

// yearRange reports "2014-2015" and "1968-69": two years, not an amount.
func (s *scanner) yearRange(lo, hi figure) bool {
	first := lo.end - 1
	if !s.isNum(first) || !s.isYearLike(first) || s.amountFollows(hi.end) {
		return false
	}
	last := hi.end - 1
	switch {
	case s.isNum(last) && s.ndigits(last) == 2:
		return true
	case s.isNum(last) && s.isYearLike(last):
		return hi.value()-lo.value() <= 100
	}
	return false
}

// rangeWords reads "between 40 and 50" and "from 40 to 50".
func (s *scanner) rangeWords(i int) (match, bool) {
	lo, ok := s.figureAt(i + 1)
	if !ok {
		return match{}, false
	}
	sep := "and"
	if s.isWord(i, "from") {
		sep = "to"
	}
	if !s.isWord(lo.end, sep) {
		return match{}, false
	}
	hi, ok := s.figureAt(lo.end + 1)
	if !ok || hi.value() <= lo.value() {
		return match{}, false
	}
	n := Number{Value: lo.value(), Min: lo.value(), Max: hi.value()}
	n.Unit, hi.end = s.unitAfter(hi.end)
	start, stop := s.span(i, hi.end)
	return match{end: hi.end, m: Mention{Type: TypeNumber, Start: start, End: stop, Number: &n}}, true
}

// vagueAt reads magnitudes that give no exact count: "dozens", "tens of
// thousands", "several hundred thousand", "a few", "a couple of".
func (s *scanner) vagueAt(j int) (Number, int, bool) {
	w := s.word(j)
	if w == "a" && (s.isWord(j+1, "couple") || s.isWord(j+1, "pair")) || w == "couple" && s.isWord(j+1, "of") {
		k := j + 1
		if w == "a" {
			k++
		}
		return Number{Value: 2, Min: 2, Max: 2}, k, true
	}
	if w == "a" && s.isWord(j+1, "few") {
		w, j = "few", j+1
	}
	if w == "tens" || w == "hundreds" || w == "dozens" {
		if s.isWord(j+1, "of") {
			if S, ok := scaleWords[s.word(j+2)]; ok && S >= 1000 && isPluralScale(s.word(j+2)) {
				base := map[string]float64{"tens": 10, "hundreds": 100, "dozens": 12}[w]
				lo := base * S
				if w == "dozens" {
					lo = 24 * S
				}
				return Number{Value: lo, Min: lo, Max: lo*10 - 1, Vague: true}, j + 3, true
			}
		}
	}
	v, ok := vagueWords[w]
	if !ok {
		return Number{}, j, false
	}
	if w == "few" || w == "several" {
		// "several hundred thousand": the scale of an implied count.
		S, k := 1.0, j+1
		for ; scaleWords[s.word(k)] > 0 && !isPluralScale(s.word(k)); k++ {
			S *= scaleWords[s.word(k)]
		}
		if k > j+1 {
			return Number{Value: v[0] * S, Min: 2 * S, Max: (v[2]+1)*S - 1, Vague: true}, k, true
		}
	}
	return Number{Value: v[0], Min: v[1], Max: v[2], Vague: true}, j + 1, true
}

// notANumber recognises digits that are not amounts: ordinals ("21st"),
// times of day ("10:30", "5 p.m.", "5.50am"), ids ("A320", "COVID-19") and phone
// numbers. They are consumed so no number is read from inside them.
func (s *scanner) notANumber(i int) (match, bool) {
	if !s.isNum(i) {
		return match{}, false
	}
	skip := func(end int) (match, bool) { return match{end: end, skip: true}, true }
	if s.glued(i) && s.toks[i-1].kind == tkWord {
		return skip(i + 1)
	}
	if s.glued(i) && (s.isPunct(i-1, "-") || s.isPunct(i-1, "#")) && s.glued(i-1) && s.toks[i-2].kind == tkWord {
		return skip(i + 1)
	}
	if w := s.word(i + 1); s.glued(i+1) && (w == "st" || w == "nd" || w == "rd" || w == "th" || w == "s" && int(s.toks[i].val)%10 == 0) {
		// Ordinals, and decades or ages: "21st", "the 1990s", "her 40s".
		return skip(i + 2)
	}
	if s.isPunct(i+1, ":") && s.glued(i+1) && s.isNum(i+2) && s.glued(i+2) && s.ndigits(i+2) == 2 {
		return skip(i + 3)
	}
	if k, ok := s.clockSuffix(i + 1); ok {
		return skip(k)
	}
	if s.isPunct(i+1, ".") && s.glued(i+1) && s.isNum(i+2) && s.glued(i+2) && s.ndigits(i+2) == 2 {
		if k, ok := s.clockSuffix(i + 3); ok {
			return skip(k) // "5.50am", "11.15 p.m.": a time written with a dot
		}
	}
	if s.isPunct(i+1, "-") && s.glued(i+1) && s.isNum(i+2) && s.isPunct(i+3, "-") && s.isNum(i+4) && s.glued(i+4) {
		return skip(i + 5)
	}
	return match{}, false
}

// clockPhraseAt reads a time of day told in words: "(a) quarter past
// six", "half past two", "a quarter to 9". None of its words is an amount.
func (s *scanner) clockPhraseAt(i int) (int, bool) {
	k := i
	if s.isWord(k, "a") {
		k++
	}
	if !s.isWord(k, "quarter") && !s.isWord(k, "half") || !s.isWord(k+1, "past") && !s.isWord(k+1, "to") {
		return i, false
	}
	if hourWords[s.word(k+2)] || s.isNum(k+2) && s.ndigits(k+2) <= 2 && s.toks[k+2].val >= 1 && s.toks[k+2].val <= 12 {
		return k + 3, true
	}
	return i, false
}

// hourWords name the hours of a clock face.
var hourWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"midnight": true, "noon": true, "midday": true,
}

// clockSuffix reads "am", "pm", "a.m.", "p.m." after an hour.
func (s *scanner) clockSuffix(j int) (int, bool) {
	switch w := s.word(j); w {
	case "am", "pm":
		return j + 1, true
	case "a", "p":
		if s.isPunct(j+1, ".") && s.isWord(j+2, "m") {
			if s.isPunct(j+3, ".") {
				return j + 4, true
			}
			return j + 3, true
		}
	}
	return j, false
}

// ageAt reads an age, "a 9-year-old" or "nine years old": neither a count
// nor a length of time.
func (s *scanner) ageAt(j int) (int, bool) {
	if s.cls(j)&(clsNumber|clsDigits) == 0 {
		return j, false
	}
	f, ok := s.cardinal(j)
	if !ok {
		return j, false
	}
	k := f.end
	if s.isPunct(k, "-") || s.isPunct(k, "–") {
		k++
	}
	if durationUnits[s.word(k)] < 86400 {
		return j, false
	}
	return s.ageTail(k + 1)
}
