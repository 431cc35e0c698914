package mention

import "math"

// atomKind classifies the pieces a written number is built from.
type atomKind uint8

const (
	akNone    atomKind = iota
	akDigits           // "1,200", "3.5"
	akUnit             // zero to nine
	akTeen             // ten to nineteen
	akTens             // twenty, thirty, ...
	akHundred          // hundred
	akScale            // thousand, million, lakh, dozen, ...
)

// figure is an amount read from the text before hedges and units apply.
type figure struct {
	total, group float64
	end          int // token index after the figure
	atoms        int
	words        bool // some part is written in words
	lastKind     atomKind
	lastVal      float64
	lastScale    float64
	// beforeLast is the value before the last atom: "one hundred thirty
	// fifths" divides one hundred by thirty-five.
	beforeLast float64
	// andA is the value before the last "and", so that "two hundred and
	// fifty-four hundredths" reads as 200 + 54/100.
	andA    float64
	andSeen bool
	// andScale is the scale word before "and": "two million and one half"
	// adds half a million.
	andScale float64
	// final is set once fraction or decimal tails have been read.
	final    float64
	hasFinal bool
}

func (f *figure) value() float64 {
	if f.hasFinal {
		return f.final
	}
	return f.total + f.group
}

func (f *figure) setValue(v float64) { f.final, f.hasFinal = v, true }

// lastMultiplier is what the last hundred or scale word multiplied by.
func (f *figure) lastMultiplier() float64 {
	if f.lastKind == akHundred {
		return 100
	}
	return f.lastScale
}

// apply adds one atom; false means the atom cannot continue this number.
func (f *figure) apply(k atomKind, v float64, viaAnd bool) bool {
	before := f.total + f.group
	switch k {
	case akDigits:
		if f.atoms > 0 && (f.lastKind != akHundred && f.lastKind != akScale || v != math.Trunc(v) || v >= f.lastMultiplier()) {
			return false
		}
		f.group += v
	case akUnit, akTeen:
		switch {
		case f.atoms == 0:
			f.group = v
		case k == akUnit && f.lastKind == akTens:
			f.group += v
		case f.lastKind == akHundred || f.lastKind == akScale:
			f.group += v
		default:
			return false
		}
	case akTens:
		switch {
		case f.atoms == 0:
			f.group = v
		case f.lastKind == akHundred || f.lastKind == akScale:
			f.group += v
		case (f.lastKind == akUnit || f.lastKind == akTeen) && f.total == 0 && f.group < 100 && !viaAnd && f.group > 0:
			// "one twenty two", "nineteen eighty": hundreds read in pairs.
			f.group = f.group*100 + v
		default:
			return false
		}
	case akHundred:
		if f.atoms == 0 || f.lastKind == akHundred || f.lastKind == akScale || viaAnd {
			return false
		}
		f.group *= 100
	case akScale:
		if f.atoms == 0 || viaAnd {
			return false
		}
		if f.lastKind == akScale {
			if f.group != 0 || v <= f.lastScale {
				return false
			}
			f.total *= v
		} else if rem := math.Mod(f.group, 100); v < 100 && f.group > 100 && rem != 0 {
			// "three hundred and two dozen": a dozen counts only what
			// follows the hundreds.
			f.total += f.group - rem + rem*v
		} else if f.total > 0 && v > f.lastScale {
			f.total = (f.total + f.group) * v
		} else {
			f.total += f.group * v
		}
		f.group = 0
		f.lastScale = v
	}
	if viaAnd {
		f.andSeen, f.andA, f.andScale = true, before, 1
		if f.lastKind == akScale && f.lastScale >= 1000 {
			f.andScale = f.lastScale
		}
	}
	f.beforeLast, f.lastKind, f.lastVal = before, k, v
	f.atoms++
	return true
}

// atom reads one number piece at token i.
func (s *scanner) atom(i int) (atomKind, float64, int, bool) {
	if i >= len(s.toks) {
		return akNone, 0, i, false
	}
	if s.toks[i].kind != tkWord {
		v, j, ok := s.digitsFigure(i)
		return akDigits, v, j, ok
	}
	if s.toks[i].cls&clsNumber == 0 {
		return akNone, 0, i, false
	}
	w := s.toks[i].lower
	if v, ok := unitWords[w]; ok {
		if v < 10 {
			return akUnit, v, i + 1, true
		}
		return akTeen, v, i + 1, true
	}
	if v, ok := tensWords[w]; ok {
		return akTens, v, i + 1, true
	}
	if v, ok := scaleWords[w]; ok {
		if v == 100 {
			return akHundred, v, i + 1, true
		}
		return akScale, v, i + 1, true
	}
	return akNone, 0, i, false
}

// cardinal reads digits and number words combined: "1,200", "twenty-one
// thousand eleven", "3 hundred and 21", "a dozen".
func (s *scanner) cardinal(i int) (figure, bool) {
	var f figure
	j := i
	if s.isWord(j, "hundred") && s.isWord(j+1, "and") && s.cls(j+2)&clsNumber != 0 && !s.isNum(j+2) {
		// "hundred and forty": the count of hundreds is left unsaid.
		f.group, f.atoms, f.lastKind, f.words = 1, 1, akUnit, true
	} else if w := s.word(j); w == "a" || w == "an" || w == "one" && s.isWord(j+1, "hundred") {
		if v, ok := scaleWords[s.word(j+1)]; ok && len(s.word(j+1)) > 2 && !isPluralScale(s.word(j+1)) {
			f.group, f.atoms, f.lastKind, f.words = 1, 1, akUnit, true
			if v == 100 {
				f.lastKind = akUnit
			}
			j++
		}
	}
	for {
		k := j
		viaAnd := false
		if f.atoms > 0 {
			switch {
			case s.isWord(k, "and") && (f.lastKind == akHundred || f.lastKind == akScale):
				k++
				viaAnd = true
			case s.isWord(k, "and") && f.lastKind == akTens && f.total == 0 && f.group < 100 && !s.isWord(i-1, "between") && unitWords[s.word(k+1)] > 0 && unitWords[s.word(k+1)] < 10:
				// "twenty and four": the older way of joining tens and units.
				k++
				viaAnd = true
			case (s.isPunct(k, "-") || s.isPunct(k, "–")) && s.glued(k) && s.glued(k+1) && f.lastKind != akDigits && isSingularScaleWord(s.word(k+1)):
				k++ // "three-hundred", "two-thousand"
			case (s.isPunct(k, "-") || s.isPunct(k, "–")) && f.lastKind == akTens && s.toks[k-1].kind == tkWord:
				if v, ok := unitWords[s.word(k+1)]; !ok || v >= 10 {
					break
				}
				k++
			}
		}
		kind, v, next, ok := s.atom(k)
		if !ok {
			break
		}
		if kind == akDigits && f.atoms > 0 && !s.toks[k].space {
			break
		}
		if !f.apply(kind, v, viaAnd) {
			break
		}
		if kind != akDigits {
			f.words = true
		}
		j = next
	}
	f.end = j
	return f, f.atoms > 0 && !(f.atoms == 1 && f.lastKind == akUnit && f.words && j == i+1 && (s.word(i) == "a" || s.word(i) == "an"))
}

func isPluralScale(w string) bool { return len(w) > 1 && w[len(w)-1] == 's' }

// isSingularScaleWord is "hundred", "thousand", "million", ... but not
// abbreviations or plurals.
func isSingularScaleWord(w string) bool {
	return scaleWords[w] >= 100 && len(w) > 3 && !isPluralScale(w)
}

// digitsFigure reads a written figure: "1,200", "1 234 567", "3.5",
// ".08", "1,3" (decimal comma), "1e10", "1.1^23".
func (s *scanner) digitsFigure(i int) (float64, int, bool) {
	if s.isPunct(i, ".") && s.isNum(i+1) && s.glued(i+1) && !(s.glued(i) && s.isNum(i-1)) {
		return s.exponentTail(s.toks[i+1].val/pow10(s.ndigits(i+1)), i+2)
	}
	if i >= len(s.toks) || s.toks[i].kind != tkNum {
		return 0, i, false
	}
	if !s.isNum(i) {
		return s.toks[i].val, i + 1, true // a vulgar fraction glyph
	}
	if s.ndigits(i) > 1 && s.toks[i].val == 0 && !s.isPunct(i+1, ".") {
		return 0, i, false // a stray "000" ("2, 000ft"): a broken figure, not zero
	}
	v, j := s.groupedDigits(i)
	if s.isPunct(j, ".") && s.glued(j) && s.isNum(j+1) && s.glued(j+1) {
		v += s.toks[j+1].val / pow10(s.ndigits(j+1))
		j += 2
	} else if j < len(s.toks) && s.toks[j].kind == tkNum && !s.isNum(j) && s.glued(j) {
		return v + s.toks[j].val, j + 1, true // "3½"
	}
	return s.exponentTail(v, j)
}

// groupedDigits joins thousands groups written with commas or single
// spaces, and reads a lone short group after a comma as decimals.
func (s *scanner) groupedDigits(i int) (float64, int) {
	v := s.toks[i].val
	first := s.ndigits(i)
	j := i + 1
	if first > 3 {
		return v, j
	}
	w, k, groups, last, short := v, j, 0, 0, false
	for s.isPunct(k, ",") && s.glued(k) && s.isNum(k+1) && s.glued(k+1) {
		n := s.ndigits(k + 1)
		if n != 2 && n != 3 {
			last = n
			break
		}
		w = w*pow10(n) + s.toks[k+1].val
		groups++
		last = n
		short = short || n == 2
		k += 2
	}
	switch {
	case groups > 0 && last == 3 && !(short && first > 2):
		return w, k
	case groups <= 1 && last > 0 && last < 3 && !(s.isPunct(j+2, ",") && s.isNum(j+3)):
		// "1,3": a decimal comma.
		return v + s.toks[j+1].val/pow10(last), j + 2
	}
	for s.isNum(j) && s.ndigits(j) == 3 && s.singleSpaceBefore(j) && !s.isNum(i-1) {
		v = v*1000 + s.toks[j].val
		j++
	}
	return v, j
}

func (s *scanner) singleSpaceBefore(j int) bool {
	gap := s.text[s.toks[j-1].end:s.toks[j].start]
	return gap == " " || gap == "\u00a0" || gap == "\u202f" || gap == "\u2009"
}

// exponentTail reads "e10", "e-1" and "^23" written straight after digits.
func (s *scanner) exponentTail(v float64, j int) (float64, int, bool) {
	if s.isWord(j, "e") && s.glued(j) {
		k, sign := j+1, 1.0
		if (s.isPunct(k, "-") || s.isPunct(k, "+")) && s.glued(k) {
			if s.isPunct(k, "-") {
				sign = -1
			}
			k++
		}
		if s.isNum(k) && s.glued(k) && s.ndigits(k) <= 3 && !s.isWordAt(k+1) {
			return finite(v*math.Pow(10, sign*s.toks[k].val), k+1)
		}
	}
	if (s.isWord(j, "x") || s.isPunct(j, "×")) && s.isNum(j+1) && s.toks[j+1].lower == "10" && s.isPunct(j+2, "^") && !s.toks[j+1].space && !s.toks[j+2].space {
		// "1.3x10^6": scientific notation.
		if e, k, ok := s.signedExponent(j + 3); ok {
			return finite(v*math.Pow(10, e), k)
		}
	}
	if s.isPunct(j, "^") && s.glued(j) {
		if e, k, ok := s.signedExponent(j + 1); ok {
			return finite(math.Pow(v, e), k)
		}
	}
	return v, j, true
}

// finite keeps a value that a float can hold: "0E700" (0 times an
// infinite power) or "9^999" is no figure.
func finite(v float64, next int) (float64, int, bool) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, next, false
	}
	return v, next, true
}

// signedExponent reads the power after "^": "23", "-4", "+23", "--23".
func (s *scanner) signedExponent(k int) (float64, int, bool) {
	sign := 1.0
	for (s.isPunct(k, "-") || s.isPunct(k, "+")) && s.glued(k) {
		if s.isPunct(k, "-") {
			sign = -sign
		}
		k++
	}
	if !s.isNum(k) || !s.glued(k) || s.ndigits(k) > 3 {
		return 0, k, false
	}
	e, end, _ := s.digitsFigure(k)
	return sign * e, end, true
}

// isWordAt reports a word glued to the previous token.
func (s *scanner) isWordAt(k int) bool {
	return k < len(s.toks) && s.toks[k].kind == tkWord && !s.toks[k].space
}

func pow10(n int) float64 { return math.Pow(10, float64(n)) }

// figureAt reads a signed amount with its decimal, scale and fraction
// tails: "-1,200,000", "2.5bn", "two point two million", "three fifths",
// "one and a half", "1 over 3".
func (s *scanner) figureAt(i int) (figure, bool) {
	sign, j := s.signAt(i)
	f, ok := s.cardinal(j)
	if !ok {
		if f, ok = s.bareFraction(j); !ok {
			if f, ok = s.pointDecimals(j, 0); !ok {
				return f, false
			}
		}
		f.end = s.scaleTail(&f, f.end)
	} else {
		s.tails(&f)
	}
	if j := f.end; f.lastKind != akScale && s.isPunct(j, "-") && s.glued(j) && s.isWordAt(j+1) {
		// "a 610-million-crown deal", "a $3.5-billion bridge": the scale
		// written into a compound multiplies as it does standing free.
		if v, ok := scaleWords[s.word(j+1)]; ok && v >= 1000 && len(s.word(j+1)) > 2 && !isPluralScale(s.word(j+1)) {
			f.setValue(f.value() * v)
			f.lastKind, f.lastScale = akScale, v
			f.end = j + 2
		}
	}
	if sign < 0 {
		f.setValue(-f.value())
	}
	return f, true
}

// signAt reads "-", "minus" or "negative" before a figure.
func (s *scanner) signAt(i int) (float64, int) {
	switch {
	case s.isWord(i, "minus") || s.isWord(i, "negative"):
		return -1, i + 1
	case (s.isPunct(i, "-") || s.isPunct(i, "−")) && !s.glued(i):
		if s.isNum(i+1) && s.isPunct(i+2, "-") && s.glued(i+2) && s.isNum(i+3) {
			return 1, i // "-2020-07-01-": a date between dashes
		}
		if s.isNum(i+1) || s.isPunct(i+1, ".") {
			if s.glued(i+1) || i == 0 {
				return -1, i + 1
			}
		}
	}
	return 1, i
}

// tails reads what can follow a cardinal, in the order English writes it.
func (s *scanner) tails(f *figure) {
	if f.lastKind == akDigits {
		if s.fractionSlash(f) {
			return
		}
		f.end = s.suffixScale(f, f.end)
	}
	if f.words || f.atoms == 1 && f.lastKind == akDigits && f.value() == math.Trunc(f.value()) {
		if d, ok := s.pointDecimals(f.end, f.value()); ok {
			*f = d
			f.end = s.scaleTail(f, f.end)
			return
		}
	}
	if s.denominatorTail(f) {
		if end, ok := s.ofScale(f, f.end); ok {
			f.end = end
		}
		return
	}
	s.andFraction(f)
}

// suffixScale reads "100k", "1.2M", "2.33 k", "2.5bn".
func (s *scanner) suffixScale(f *figure, j int) int {
	w := s.word(j)
	mult, ok := suffixScales[w]
	if w == "t" && !s.toks[j].space && s.text[s.toks[j].start] == 'T' && !s.isWordAt(j+1) {
		mult, ok = 1e12, true // "$1.3T"; a lower-case "5t" is tonnes
	}
	if !ok {
		return j
	}
	if w == "m" && !s.toks[j].space && s.text[s.toks[j].start] == 'm' && !s.isCurrency(j-1) && s.lengthFollows(j+1) {
		return j // "fell 600m down", "300m tall": metres; "$600m", "12m cubic metres": millions
	}
	if s.toks[j].space {
		orig := s.text[s.toks[j].start:s.toks[j].end]
		spacedOK := w == "k" || orig == "M" || orig == "MM" || orig == "G" || w == "bn" || w == "mn" || w == "mln" || w == "mil" || w == "tn" || w == "cr" ||
			w == "l" && s.endOfClause(j+1)
		if !spacedOK {
			return j
		}
	}
	f.setValue(f.value() * mult)
	f.lastKind, f.lastScale = akScale, mult
	return j + 1
}

// lengthFollows: the words after a figure read as a length's, not a
// count's: the clause ends, or a word of dimension or direction follows
// ("300m tall", "fell 600m down the gully", "600m from the shore").
func (s *scanner) lengthFollows(k int) bool {
	return s.endOfClause(k) || lengthContext[s.word(k)]
}

var lengthContext = map[string]bool{
	"tall": true, "high": true, "long": true, "deep": true, "wide": true, "thick": true,
	"above": true, "below": true, "down": true, "up": true, "away": true, "from": true,
	"into": true, "across": true, "along": true, "while": true, "when": true, "before": true,
}

// scaleTail multiplies by a scale word after a decimal or fraction ("two
// point two million", "half million").
func (s *scanner) scaleTail(f *figure, j int) int {
	if end, ok := s.ofScale(f, j); ok {
		return end
	}
	if v, ok := scaleWords[s.word(j)]; ok && v >= 1000 && len(s.word(j)) > 2 {
		f.setValue(f.value() * v)
		f.lastKind, f.lastScale = akScale, v
		return j + 1
	}
	return j
}

// ofScale reads the scale of a fraction written "of a million": "a
// quarter of a million" is 250,000, "three quarters of a billion" 750
// million.
func (s *scanner) ofScale(f *figure, j int) (int, bool) {
	if !s.isWord(j, "of") || !(s.isWord(j+1, "a") || s.isWord(j+1, "an")) || f.value() >= 1 {
		return j, false
	}
	v, ok := scaleWords[s.word(j+2)]
	if !ok || v < 1000 || len(s.word(j+2)) <= 2 {
		return j, false
	}
	f.setValue(f.value() * v)
	f.lastKind, f.lastScale = akScale, v
	return j + 3, true
}

// fractionSlash reads "3/4" and the mixed "2 1/4".
func (s *scanner) fractionSlash(f *figure) bool {
	j := f.end
	if f.atoms == 1 && s.isPunct(j, "/") && s.glued(j) && s.isNum(j+1) && s.glued(j+1) && s.toks[j+1].val != 0 {
		if s.isPunct(j+2, "/") || s.isPunct(j+2, "-") && s.isNum(j+3) {
			return false
		}
		f.setValue(f.value() / s.toks[j+1].val)
		f.end = j + 2
		return true
	}
	if f.atoms == 1 && s.isNum(j) && s.toks[j].space && s.isPunct(j+1, "/") && s.glued(j+1) && s.isNum(j+2) && s.glued(j+2) {
		n, d := s.toks[j].val, s.toks[j+2].val
		if d != 0 && n < d && !s.isPunct(j+3, "/") {
			f.setValue(f.value() + n/d)
			f.end = j + 3
			return true
		}
	}
	return false
}

// pointDecimals reads "point seven seven", "point 77", "point zero
// three" after an integer part.
func (s *scanner) pointDecimals(j int, whole float64) (figure, bool) {
	var f figure
	if !s.isWord(j, "point") {
		return f, false
	}
	k := j + 1
	if s.isNum(k) {
		f.setValue(whole + s.toks[k].val/pow10(s.ndigits(k)))
		f.end, f.words, f.atoms = k+1, true, 1
		return f, true
	}
	// The digits are gathered as a whole number and divided once, so that
	// "point three" is 0.3 and not 0.30000000000000004.
	digits, places := 0.0, 0
	for {
		if v, ok := unitWords[s.word(k)]; ok && v < 10 {
			digits, places = digits*10+v, places+1
			k++
			continue
		}
		if v, ok := tensWords[s.word(k)]; ok {
			k++
			if s.isPunct(k, "-") {
				k++
			}
			if u, ok := unitWords[s.word(k)]; ok && u < 10 {
				v += u
				k++
			} else if s.isPunct(k-1, "-") {
				k--
			}
			digits, places = digits*100+v, places+2
			continue
		}
		break
	}
	if places == 0 {
		return f, false
	}
	f.setValue(whole + digits/pow10(places))
	f.end, f.words, f.atoms = k, true, 1
	return f, true
}

// bareFraction reads fractions without a cardinal before: "a fifth",
// "a half", "half", "a trillionth".
func (s *scanner) bareFraction(j int) (figure, bool) {
	var f figure
	if w := s.word(j); w == "a" || w == "an" {
		if tens, ok := tensWords[s.word(j+1)]; ok && s.isPunct(j+2, "-") {
			// "a twenty-first"
			if o, ok := ordinalWords[s.word(j+3)]; ok && o < 10 {
				f.setValue(1 / (tens + o))
				f.end, f.words, f.atoms = j+4, true, 1
				return f, true
			}
		}
		if d, ok := denominatorWords[s.word(j+1)]; ok && !isPluralScale(s.word(j+1)) {
			f.setValue(1 / d)
			f.end, f.words, f.atoms = j+2, true, 1
			return f, true
		}
		return f, false
	}
	if s.isWord(j, "half") || s.isWord(j, "quarter") && isSingularScaleWord(s.word(j+1)) {
		f.setValue(1 / denominatorWords[s.word(j)])
		f.end, f.words, f.atoms = j+1, true, 1
		// "half a dozen", "half a million": the fraction of one scale.
		if w := s.word(j + 1); (w == "a" || w == "an") && scaleWords[s.word(j+2)] >= 12 && !isPluralScale(s.word(j+2)) {
			f.setValue(f.value() * scaleWords[s.word(j+2)])
			f.lastKind, f.lastScale = akScale, scaleWords[s.word(j+2)]
			f.end = j + 3
		}
		return f, true
	}
	return f, false
}

// denominatorTail reads "three fifths", "one hundred thirty-fifths" and
// "three-quarters".
func (s *scanner) denominatorTail(f *figure) bool {
	k := f.end
	if s.isPunct(k, "-") || s.isPunct(k, "–") {
		if _, ok := denominatorWords[s.word(k+1)]; ok {
			k++
		}
	}
	den, ok := denominatorWords[s.word(k)]
	if !ok {
		return s.compoundDenominator(f)
	}
	if f.lastKind == akDigits && s.toks[f.end-1].kind == tkNum && !s.toks[k].space {
		return false // "3rd"-like glued suffixes are not fractions
	}
	v := f.value()
	lastViaAnd := f.andSeen && f.andA == f.beforeLast
	switch {
	case f.lastKind == akTens && f.atoms >= 2 && den < 10 && f.beforeLast > 0 && !lastViaAnd:
		v = f.beforeLast / (f.lastVal + den)
	case f.andSeen && v-f.andA < den:
		// "one billion and three quarters million": a scale after the
		// fraction is the fraction's own.
		scale := f.andScale
		if next := scaleWords[s.word(k+1)]; next >= 1000 && len(s.word(k+1)) > 2 {
			scale, k = next, k+1
		}
		v = f.andA + (v-f.andA)/den*scale
	default:
		v /= den
	}
	f.setValue(v)
	f.end = k + 1
	f.end = s.scaleTail(f, f.end)
	return true
}

// compoundDenominator reads "one one hundred fifth": a second cardinal
// closed by an ordinal is the denominator.
func (s *scanner) compoundDenominator(f *figure) bool {
	if f.value() == 0 || !f.words {
		return false
	}
	d, ok := s.cardinal(f.end)
	if !ok || !d.words {
		return false
	}
	k := d.end
	if s.isWord(k, "and") && d.lastKind != akTens {
		k++ // "one one hundred and fifth"
	}
	den, ok := denominatorWords[s.word(k)]
	if !ok || den >= 10 || d.lastKind != akHundred && d.lastKind != akScale && d.lastKind != akTens {
		return false
	}
	f.setValue(f.value() / (d.value() + den))
	f.end = k + 1
	return true
}

// andFraction reads "one and a half", "two million and one half", "one
// billion and a half million", "twenty and three fifths".
func (s *scanner) andFraction(f *figure) {
	j := f.end
	hyphened := s.isPunct(j, "-") && s.glued(j) && s.glued(j+1)
	if hyphened {
		j++ // "two-and-a-half"
	}
	if !s.isWord(j, "and") {
		return
	}
	k := j + 1
	if hyphened && s.isPunct(k, "-") {
		k++
	}
	num := 1.0
	switch w := s.word(k); {
	case w == "a" || w == "an":
		k++
		if hyphened && s.isPunct(k, "-") {
			k++
		}
	case w == "half" || w == "quarter":
	default:
		c, ok := s.cardinal(k)
		if !ok || c.total != 0 {
			return
		}
		num, k = c.value(), c.end
	}
	if s.isPunct(k, "-") {
		k++
	}
	den, ok := denominatorWords[s.word(k)]
	if !ok {
		return
	}
	frac := num / den
	k++
	whole := f.value()
	if v, ok := scaleWords[s.word(k)]; ok && v >= 1000 && len(s.word(k)) > 2 {
		if f.lastKind == akScale {
			frac *= v // "one billion and a half million"
		} else {
			whole, frac = whole*v, frac*v // "five and a half million"
		}
		k++
	} else if f.lastKind == akScale {
		// "a million and a half", "a dozen and a half": half the scale.
		frac *= f.lastScale
	}
	f.setValue(whole + frac)
	f.end = k
}
