package mention

import (
	"math"
	"time"
)

// weekStart is the Monday of t's week.
func weekStart(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// inWeek is weekday wd of the week containing t.
func inWeek(t time.Time, wd int) time.Time {
	return weekStart(t).AddDate(0, 0, (wd+6)%7)
}

// onOrBefore is the latest weekday wd not after t; onOrAfter the earliest
// not before it.
func onOrBefore(t time.Time, wd int) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) - wd + 7) % 7))
}

func onOrAfter(t time.Time, wd int) time.Time {
	return t.AddDate(0, 0, (wd-int(t.Weekday())+7)%7)
}

// weekWords read "this week", "next week", "last week": offset in weeks.
func (s *scanner) weekRef(k int) (int, int, bool) {
	if s.isWord(k, "the") {
		k++
	}
	off := 0
	switch s.word(k) {
	case "this", "current":
	case "next", "following", "coming":
		off = 1
	case "last", "previous", "past":
		off = -1
	default:
		return 0, k, false
	}
	if !s.isWord(k+1, "week") {
		return 0, k, false
	}
	return off, k + 2, true
}

// weekdayDate reads the weekday forms: "on Monday", "next Tuesday",
// "last week Sunday", "Friday the 22nd", "friday after next", "Tuesday of
// next week", "Monday two weeks from now", "3 fridays from now".
func (s *scanner) weekdayDate(i int) (dateVal, int, bool) {
	if v, e, ok := s.countedWeekdays(i); ok {
		return v, e, true
	}
	k := i
	if s.isWord(k, "on") {
		k++
	}
	weekOff, hasWeek := 0, false
	if off, e, ok := s.weekRef(k); ok {
		weekOff, hasWeek = off, true
		k = e
		if s.isWord(k, "on") || s.isPunct(k, "-") || s.isPunct(k, ",") {
			k++
		}
	}
	mod := ""
	switch s.word(k) {
	case "this", "next", "last", "past", "previous", "coming", "upcoming":
		if hasWeek {
			break
		}
		mod = s.word(k)
		k++
		if mod == "this" && (s.isWord(k, "coming") || s.isWord(k, "upcoming")) {
			mod = "coming"
			k++
		}
	}
	wd, j, ok := s.weekdayAt(k)
	if !ok {
		return noDate(), i, false
	}
	if mod == "upcoming" {
		mod = "coming"
	}
	if v, e, ok := s.weekdaySuffix(i, j, wd, mod); ok && !hasWeek {
		return v, e, true
	}
	if hasWeek {
		return s.rel(gDay, func(r time.Time) time.Time { return inWeek(r.AddDate(0, 0, 7*weekOff), wd) }), j, true
	}
	return s.resolveWeekday(i, wd, mod), j, true
}

// resolveWeekday applies the modifier before a weekday. Unmodified, news
// reports the past: the latest such day on or before publication, unless
// the sentence points forward.
func (s *scanner) resolveWeekday(i, wd int, mod string) dateVal {
	forward := mod == "" && s.weekdayForward(i)
	return s.rel(gDay, func(r time.Time) time.Time {
		switch mod {
		case "this":
			return inWeek(r, wd)
		case "next":
			return inWeek(r.AddDate(0, 0, 7), wd)
		case "last", "previous":
			return inWeek(r.AddDate(0, 0, -7), wd)
		case "past":
			return onOrBefore(r.AddDate(0, 0, -1), wd)
		case "coming":
			return onOrAfter(r.AddDate(0, 0, 1), wd)
		}
		if forward {
			return onOrAfter(r, wd)
		}
		return onOrBefore(r, wd)
	})
}

// weekdaySuffix reads what can follow a weekday and fix its week.
func (s *scanner) weekdaySuffix(i, j, wd int, mod string) (dateVal, int, bool) {
	k := j
	if s.isWord(k, "of") || s.isWord(k, "from") || s.isWord(k, "in") {
		k++
	}
	if off, e, ok := s.weekRef(k); ok && mod == "" {
		return s.rel(gDay, func(r time.Time) time.Time { return inWeek(r.AddDate(0, 0, 7*off), wd) }), e, true
	}
	if s.isWord(j, "after") && s.isWord(j+1, "next") {
		return s.rel(gDay, func(r time.Time) time.Time { return onOrAfter(r.AddDate(0, 0, 1), wd).AddDate(0, 0, 7) }), j + 2, true
	}
	if s.isWord(j, "the") {
		if d, e, ok := s.dayAt(j+1, true); ok && !s.nounAfterOrdinal(e) {
			if v, ok := s.dayThisMonth(i, d, wd); ok {
				return v, e, true
			}
		}
	}
	if d, e, ok := s.dayAt(j, false); ok && (e == j+2 || ordinalWords[s.word(j)] > 0) && s.cls(e)&clsMonth == 0 && !s.nounAfterOrdinal(e) {
		// "Tuesday 13th": an ordinal day of this month.
		if v, ok := s.dayThisMonth(i, d, wd); ok {
			return v, e, true
		}
	}
	if s.isPunct(j, "(") {
		if v, e, ok := s.monthDayYear(j + 1); ok && s.isPunct(e, ")") {
			v.stated = wd
			return v, e + 1, true
		}
	}
	k = j
	if s.isPunct(k, ",") {
		k++
	}
	if v, e, ok := s.offsetDate(k); ok && v.relative && !v.noRef && e > k {
		t := v.t
		return s.rel(gDay, func(time.Time) time.Time { return inWeek(t, wd) }), e, true
	}
	return noDate(), j, false
}

// dayThisMonth reads "Friday the 22nd": that day of the publication
// month, or of the month before when it would lie ahead.
func (s *scanner) dayThisMonth(i, d, wd int) (dateVal, bool) {
	v := s.rel(gDay, func(r time.Time) time.Time {
		t := day(r.Year(), int(r.Month()), d)
		if t.After(r) && !s.weekdayForward(i) {
			t = day(r.Year(), int(r.Month())-1, d)
		}
		return t
	})
	v.stated = wd
	return v, d >= 1 && d <= 31
}

// countedWeekdays reads "3 fridays from now".
func (s *scanner) countedWeekdays(i int) (dateVal, int, bool) {
	f, ok := s.cardinal(i)
	if !ok || f.value() < 1 || f.value() > 52 {
		return noDate(), i, false
	}
	w := s.word(f.end)
	wd, ok := weekdayWords[w]
	if !ok || w[len(w)-1] != 's' {
		return noDate(), i, false
	}
	n := int(f.value())
	if w := s.word(f.end + 1); w == "ago" || w == "back" {
		// "2 thursdays ago": counted back from the day before publication.
		return s.rel(gDay, func(r time.Time) time.Time { return onOrBefore(r.AddDate(0, 0, -1), wd).AddDate(0, 0, -7*(n-1)) }), f.end + 2, true
	}
	e, ok := s.fromNow(f.end + 1)
	if !ok {
		return noDate(), i, false
	}
	return s.rel(gDay, func(r time.Time) time.Time { return onOrAfter(r.AddDate(0, 0, 1), wd).AddDate(0, 0, 7*(n-1)) }), e, true
}

func (s *scanner) fromNow(k int) (int, bool) {
	if s.isWord(k, "from") && (s.isWord(k+1, "now") || s.isWord(k+1, "today")) {
		return k + 2, true
	}
	if s.isWord(k, "hence") {
		return k + 1, true
	}
	return k, false
}

// relativeWord reads "today", "yesterday", "the day after tomorrow",
// "this year", "next month", "the next day".
func (s *scanner) relativeWord(i int) (dateVal, int, bool) {
	k := i
	if s.isWord(k, "the") {
		k++
	}
	for _, r := range relativeWords {
		e, ok := s.wordsAt(k, r.words)
		if !ok || r.needThe && k == i || r.atEnd && !s.endOfClause(e) || r.notBeforeOf && s.isWord(e, "of") {
			continue
		}
		r := r
		return s.rel(r.g, func(t time.Time) time.Time { return t.AddDate(r.years, r.months, r.days) }), e, true
	}
	return noDate(), i, false
}

// relativeWord is a fixed phrase anchored on publication.
type relativeWordRule struct {
	words               []string
	g                   grain
	years, months, days int
	needThe             bool // only after "the"
	atEnd               bool // only closing a clause ("for the day.")
	// notBeforeOf: not followed by "of", which makes the phrase a time
	// that recurs ("at this time of year"), no day.
	notBeforeOf bool
}

// relativeWords are tried in order, longest phrases first.
var relativeWords = []relativeWordRule{
	{words: []string{"day", "after", "tomorrow"}, days: 2},
	{words: []string{"day", "before", "yesterday"}, days: -2},
	{words: []string{"day", "before"}, days: -1, needThe: true},
	{words: []string{"next", "day"}, days: 1, needThe: true},
	{words: []string{"next", "day"}, days: 1, atEnd: true},
	{words: []string{"following", "day"}, days: 1, needThe: true},
	{words: []string{"previous", "day"}, days: -1, needThe: true},
	{words: []string{"today"}},
	{words: []string{"tonight"}},
	{words: []string{"otd"}},
	{words: []string{"this", "day"}},
	{words: []string{"at", "this", "time"}, notBeforeOf: true},
	{words: []string{"tomorrow"}, days: 1},
	{words: []string{"yesterday"}, days: -1},
	{words: []string{"last", "day"}, days: -1},
	{words: []string{"past", "day"}, days: -1},
	{words: []string{"day"}, needThe: true, atEnd: true},
	{words: []string{"this", "calendar", "year"}, g: gYear},
	{words: []string{"this", "year"}, g: gYear},
	{words: []string{"current", "year"}, g: gYear},
	{words: []string{"next", "year"}, g: gYear, years: 1},
	{words: []string{"last", "year"}, g: gYear, years: -1},
	{words: []string{"previous", "year"}, g: gYear, years: -1},
	{words: []string{"year"}, g: gYear, needThe: true, atEnd: true},
	{words: []string{"month", "after", "the", "next"}, g: gMonth, months: 2, needThe: true},
	{words: []string{"month", "after", "next"}, g: gMonth, months: 2, needThe: true},
	{words: []string{"year", "after", "the", "next"}, g: gYear, years: 2, needThe: true},
	{words: []string{"year", "after", "next"}, g: gYear, years: 2, needThe: true},
	{words: []string{"upcoming", "month"}, g: gMonth, months: 1},
	{words: []string{"coming", "month"}, g: gMonth, months: 1},
	{words: []string{"upcoming", "year"}, g: gYear, years: 1},
	{words: []string{"coming", "year"}, g: gYear, years: 1},
	{words: []string{"this", "month"}, g: gMonth},
	{words: []string{"current", "month"}, g: gMonth},
	{words: []string{"next", "month"}, g: gMonth, months: 1},
	{words: []string{"last", "month"}, g: gMonth, months: -1},
	{words: []string{"previous", "month"}, g: gMonth, months: -1},
	{words: []string{"month"}, g: gMonth, needThe: true, atEnd: true},
}

// init lets "yr" stand for "year" in the fixed phrases: "last yr".
func init() {
	for _, r := range relativeWords {
		if len(r.words) == 2 && r.words[1] == "year" && !r.needThe {
			r.words = []string{r.words[0], "yr"}
			relativeWords = append(relativeWords, r)
		}
	}
}

// calSpan is a length of time in calendar units.
type calSpan struct {
	years, months, days float64
	largest             float64 // seconds in the largest unit named
	smallest            float64
}

func (c calSpan) add(t time.Time, sign int) time.Time {
	y, m := int(c.years), int(c.months)
	months := (c.years-float64(y))*12 + c.months - float64(m)
	extraMonths := int(months)
	days := int(math.Round((months-float64(extraMonths))*30 + c.days))
	return t.AddDate(sign*y, sign*(m+extraMonths), sign*days)
}

// spanAt reads a length of time as calendar units ("1 month, 21 days").
func (s *scanner) spanAt(k int) (calSpan, int, bool) {
	var c calSpan
	first, ok := s.unitAmountAt(k)
	if !ok || first.adjectival {
		return c, k, false
	}
	c.addPiece(first)
	end, unit := first.end, first.unit
	for {
		next, ok := s.compositePart(end, unit)
		if !ok {
			break
		}
		c.addPiece(next)
		end, unit = next.end, next.unit
	}
	return c, end, true
}

func (c *calSpan) addPiece(u unitAmount) {
	n := u.seconds / u.unit
	switch u.unit {
	case durationUnits["decade"]:
		c.years += 10 * n
	case durationUnits["year"]:
		c.years += n
	case durationUnits["quarter"]:
		c.months += 3 * n
	case durationUnits["month"]:
		c.months += n
	default:
		c.days += u.seconds / 86400
	}
	c.largest = math.Max(c.largest, u.unit)
	if c.smallest == 0 || u.unit < c.smallest {
		c.smallest = u.unit
	}
}

// offsetDate reads dates counted from publication or from another date:
// "three days ago", "two years hence", "in 2 weeks", "4 months from
// tomorrow", "upcoming two days", "in two years since 2011".
func (s *scanner) offsetDate(i int) (dateVal, int, bool) {
	k := i
	sign := 0
	upcoming := false
	inForm := false
	switch {
	case s.isWord(k, "in") || s.isWord(k, "within"):
		inForm = true
		k++
	case s.isWord(k, "upcoming") || s.isWord(k, "next"):
		upcoming = s.isWord(k, "upcoming")
		k++
	}
	_, k = s.hedgeAt(k)
	if f, ok := s.cardinal(k); ok && s.isWord(f.end, "upcoming") && !inForm {
		if unit, ok := durationUnits[s.word(f.end+1)]; ok && unit >= 86400 {
			return s.upcomingDate(f.value(), unit), f.end + 2, true
		}
	}
	c, e, ok := s.spanAt(k)
	if !ok {
		return noDate(), i, false
	}
	if upcoming {
		return s.upcomingDate(c.years+c.months+c.days, c.largest), e, true
	}
	g := gDay
	switch {
	case !inForm && s.isWord(e, "before"):
		if t, ae, ok := s.anchorAt(e + 1); ok {
			v := abs(noDate(), gDay, c.add(t, -1))
			v.relative = !s.hasRef
			return v, ae, true
		}
		if !s.endOfClause(e + 1) {
			return noDate(), i, false
		}
		sign = -1
		e++
		g = agoGrain(c)
	case s.isWord(e, "ago") || s.isWord(e, "earlier") && !inForm:
		sign = -1
		e++
		if shift, ok := dayWordShift[s.word(e)]; ok && s.isWord(e-1, "ago") {
			// "a week ago today", "a year ago yesterday"
			return s.rel(gDay, func(r time.Time) time.Time { return c.add(r.AddDate(0, 0, shift), -1) }), e + 1, true
		}
		g = agoGrain(c)
	case inForm && s.isWord(e, "since"):
		if t, ae, ok := s.anchorAt(e + 1); ok {
			return abs(noDate(), gDay, c.add(t, 1)), ae, true
		}
		return noDate(), i, false
	case !inForm && (s.isWord(e, "from") || s.isWord(e, "after")):
		if s.isWord(i-1, "for") {
			// "strike for 48 hours from Friday": a length and its
			// start, not a day two days on.
			return noDate(), i, false
		}
		if ne, ok := s.fromNow(e); ok {
			sign, e = 1, ne
			break
		}
		if t, ae, ok := s.anchorAt(e + 1); ok {
			v := abs(noDate(), gDay, c.add(t, 1))
			v.relative = !s.hasRef
			return v, ae, true
		}
		return noDate(), i, false
	case !inForm && s.isWord(e, "hence"):
		sign = 1
		e++
	case inForm && c.largest >= 86400 && (s.pointsForward(i) || s.sentenceStart(i) || s.sentenceTimeless(i) && !s.spanOfRecord(i) && !s.hedgedAt(i+1)):
		sign = 1
		if (s.isPunct(e, "'") || s.isPunct(e, "’")) && s.isWord(e+1, "time") {
			e += 2 // "in two weeks' time"
		}
	default:
		return noDate(), i, false
	}
	if sign > 0 && !inForm && c.largest == durationUnits["year"] && c.smallest == c.largest {
		g = gMonth // "two years hence" is as precise as a month
	}
	return s.rel(g, func(r time.Time) time.Time { return c.add(r, sign) }), e, true
}

func (s *scanner) sentenceStart(i int) bool { return i == 0 || s.sentenceBreak(i-1) }

// dayWordShift is the day that "today", "yesterday" and "tomorrow" name.
var dayWordShift = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}

// agoGrain is as precise as the smallest unit counted back: "seven years
// ago" is a year, "nine months ago" a month, "three days ago" a day.
func agoGrain(c calSpan) grain {
	switch {
	case c.smallest >= durationUnits["year"]:
		return gYear
	case c.smallest >= durationUnits["month"]:
		return gMonth
	}
	return gDay
}

// spanOfRecord tells "the highest level in 10 years" and "the first
// strike in a decade" (a stretch looked back over) from "in 10 days" (a
// date ahead): a superlative or "first" before "in" marks a record.
func (s *scanner) spanOfRecord(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !s.boundary(k); k-- {
		w := s.word(k)
		// A count before "in" makes a rate: "three quakes in three days".
		if recordWords[w] || ordinalWords[w] > 0 || len(w) > 4 && hasSuffix(w, "est") || s.isPunct(k, "%") || s.cls(k)&(clsNumber|clsDigits) != 0 {
			return true
		}
	}
	return false
}

var recordWords = map[string]bool{
	"first": true, "last": true, "most": true, "least": true, "only": true, "time": true,
	"once": true, "twice": true, "times": true, "best": true, "worst": true, "percent": true,
}

// hedgedAt reports a hedge at k: "in less than a month" bounds a span.
func (s *scanner) hedgedAt(k int) bool {
	h, _ := s.hedgeAt(k)
	return h.words != nil
}

// upcomingDate reads "upcoming two days": n units on, as precise as the unit.
func (s *scanner) upcomingDate(n, unit float64) dateVal {
	switch {
	case unit >= durationUnits["year"]:
		return s.rel(gYear, func(r time.Time) time.Time { return r.AddDate(int(n), 0, 0) })
	case unit >= durationUnits["month"]:
		return s.rel(gMonth, func(r time.Time) time.Time { return r.AddDate(0, int(n), 0) })
	}
	return s.rel(gDay, func(r time.Time) time.Time { return r.Add(time.Duration(n*unit) * time.Second) })
}

const maxAnchorDepth = 2

// anchorAt reads what a span counts from: "now", "tomorrow", a date or
// a year.
func (s *scanner) anchorAt(k int) (time.Time, int, bool) {
	switch s.word(k) {
	case "now", "today":
		return s.ref, k + 1, s.hasRef
	case "tomorrow":
		return s.ref.AddDate(0, 0, 1), k + 1, s.hasRef
	case "yesterday":
		return s.ref.AddDate(0, 0, -1), k + 1, s.hasRef
	}
	if s.anchorDepth < maxAnchorDepth {
		// A date counted from a date counted from another goes no deeper,
		// so that chains of "a day after" stay linear.
		s.anchorDepth++
		v, e, ok := s.dateAt(k)
		s.anchorDepth--
		if ok && !v.noRef && v.g == gDay {
			return v.t, e, true
		}
	}
	if v, e, ok := s.yearAlone(k); ok {
		return v.t, e, true
	}
	return time.Time{}, k, false
}

// relativeMonth reads "next March", "last sept", "March after next",
// "June next year", "the third month of 2021".
func (s *scanner) relativeMonth(i int) (dateVal, int, bool) {
	k := i
	if s.isWord(k, "the") {
		if o, oe, ok := s.ordinalAt(k + 1); ok && o <= 12 && s.isWord(oe, "month") && s.isWord(oe+1, "of") {
			if y, e, ok := s.yearAt(oe + 2); ok {
				return abs(noDate(), gMonth, day(y, o, 1)), e, true
			}
			if v, e, ok := s.relativeWord(oe + 2); ok && v.g == gYear {
				// "the 9th month of next year"
				v.g, v.t = gMonth, day(v.t.Year(), o, 1)
				return v, e, true
			}
		}
	}
	mod, k := s.relativeModifier(k, "next", "last", "this", "previous", "past")
	m, e, ok := s.monthAt(k)
	if !ok {
		return noDate(), i, false
	}
	if mod == "" {
		switch {
		case s.isWord(e, "after") && s.isWord(e+1, "next"):
			mod, e = "after next", e+2
		case s.isWord(e, "next") && s.isWord(e+1, "year"):
			mod, e = "next year", e+2
		case s.isWord(e, "last") && s.isWord(e+1, "year"):
			mod, e = "last year", e+2
		case s.isWord(e, "this") && s.isWord(e+1, "year"):
			mod, e = "this", e+2
		case s.isWord(e, "in") && (s.isWord(e+1, "a") || s.isWord(e+1, "one") || s.isNum(e+1) && s.toks[e+1].val == 1) && s.isWord(e+2, "year"):
			mod, e = "next year", e+3
		default:
			return noDate(), i, false
		}
	}
	return s.rel(gMonth, func(r time.Time) time.Time {
		y := r.Year()
		switch mod {
		case "next":
			if m <= int(r.Month()) {
				y++
			}
		case "after next":
			y++
			if m <= int(r.Month()) {
				y++
			}
		case "next year":
			y++
		case "last year":
			y--
		case "last", "previous", "past":
			// The latest such month before this one: "last May" said in
			// October is this year's May.
			if m >= int(r.Month()) {
				y--
			}
		}
		return day(y, m, 1)
	}), e, true
}

// nthWeekday reads "the first Monday of this month", "first wednesday of
// october 2014", "the third Wednesday of previous month", "first Sunday".
func (s *scanner) nthWeekday(i int) (dateVal, int, bool) {
	k := i
	if s.isWord(k, "the") {
		k++
	}
	n, ok := ordinalWords[s.word(k)]
	last := s.isWord(k, "last") && (s.isWord(k+2, "of") || s.isWord(k+2, "in"))
	if last {
		n, ok = -1, true
	}
	if !ok || n > 5 {
		return noDate(), i, false
	}
	wd, ok := weekdayWords[s.word(k+1)]
	if !ok || isPluralUnit(s.word(k+1)) && s.word(k+1) != "tues" && s.word(k+1) != "thurs" {
		return noDate(), i, false
	}
	e := k + 2
	monthOff, namedMonth, fixed := 0, 0, time.Time{}
	if s.isWord(e, "of") || s.isWord(e, "in") {
		j := e + 1
		if s.isWord(j, "the") {
			j++
		}
		switch {
		case s.isWord(j, "month"):
			e = j + 1
		case s.isWord(j+1, "month") && (s.isWord(j, "this") || s.isWord(j, "current")):
			e = j + 2
		case s.isWord(j+1, "month") && s.isWord(j, "next"):
			monthOff, e = 1, j+2
		case s.isWord(j+1, "month") && (s.isWord(j, "previous") || s.isWord(j, "last")):
			monthOff, e = -1, j+2
		default:
			if v, me, ok := s.monthYear(j); ok {
				fixed, e = v.t, me
			} else if m, me, ok := s.monthAt(j); ok {
				// A month without a year: that month of the publication year.
				e, namedMonth = me, m
			} else {
				return noDate(), i, false
			}
		}
	}
	nth := func(first time.Time) time.Time {
		if last {
			return onOrBefore(first.AddDate(0, 1, -1), wd)
		}
		return onOrAfter(first, wd).AddDate(0, 0, 7*int(n-1))
	}
	if !fixed.IsZero() {
		return abs(noDate(), gDay, nth(fixed)), e, true
	}
	return s.rel(gDay, func(r time.Time) time.Time {
		if namedMonth != 0 {
			return nth(day(r.Year(), namedMonth, 1))
		}
		return nth(day(r.Year(), int(r.Month())+monthOff, 1))
	}), e, true
}

// dayOfRelativeMonth reads "20th of next month", "20 of this month".
func (s *scanner) dayOfRelativeMonth(i int) (dateVal, int, bool) {
	j := i
	if s.isWord(j, "the") {
		j++
	}
	d, k, ok := s.dayAt(j, false)
	if ok && s.isWord(k, "day") {
		k++ // "the 15th day of next month"
	}
	if !ok || !s.isWord(k, "of") {
		return noDate(), i, false
	}
	k++
	if s.isWord(k, "the") {
		k++
	}
	off := 0
	switch s.word(k) {
	case "this", "current":
	case "next", "following":
		off = 1
	case "last", "previous":
		off = -1
	default:
		return noDate(), i, false
	}
	if !s.isWord(k+1, "month") {
		return noDate(), i, false
	}
	return s.rel(gDay, func(r time.Time) time.Time { return day(r.Year(), int(r.Month())+off, d) }), k + 2, true
}

// monthCues are words after which a month name alone is a date.
var monthCues = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "during": true,
	"early": true, "mid": true, "late": true, "from": true, "through": true,
	"of": true, "before": true, "after": true, "throughout": true,
}

// monthAlone reads "in February": the latest such month not far after
// publication, or the next one when the sentence points forward.
func (s *scanner) monthAlone(i int) (dateVal, int, bool) {
	k := i
	if !monthCues[s.word(k)] {
		return noDate(), i, false
	}
	k++
	if s.isPunct(k, "-") {
		k++
	}
	m, e, ok := s.monthAt(k)
	if !ok || s.text[s.toks[k].start] > 'Z' || s.startsName(e) {
		return noDate(), i, false // "a letter from April Jones"
	}
	if v, ye, ok := s.monthYear(k); ok {
		return v, ye, true // "in early April 2012"
	}
	if start, ok := s.rangeStartBefore(i); ok {
		// "late October/early November": the run goes forward.
		y := start.Year()
		if m < int(start.Month()) {
			y++
		}
		return s.rel(gMonth, func(time.Time) time.Time { return day(y, m, 1) }), e, true
	}
	since := s.isWord(i, "since")
	forward := !since && s.pointsForward(i)
	past := since || s.dateTense(i) == tensePast
	if y, ye, ok := s.coordinatedYear(e); ok {
		return abs(noDate(), gMonth, day(y, m, 1)), ye, true
	}
	return s.rel(gMonth, func(r time.Time) time.Time {
		y := r.Year()
		switch {
		case forward && m < int(r.Month()):
			y++
		case past && m > int(r.Month()):
			y-- // "since February", "retired in June": behind publication
		case !forward && m > int(r.Month())+1:
			y--
		}
		return day(y, m, 1)
	}), e, true
}

// coordinatedYear reads the year that a coordinated month shares: "in July
// and August 2019" puts July in 2019 too. It returns the year and the end
// of the first month, which keeps its own mention.
func (s *scanner) coordinatedYear(e int) (int, int, bool) {
	if !coordinators[s.word(e)] && !s.isPunct(e, "-") && !s.isPunct(e, "–") && !s.isPunct(e, "/") {
		return 0, e, false
	}
	v, _, ok := s.monthYear(e + 1)
	if !ok {
		return 0, e, false
	}
	return v.t.Year(), e, true
}

var coordinators = map[string]bool{"and": true, "or": true, "to": true, "through": true, "until": true, "till": true}

// relativeModifier reads one of the given words ("next", "last") at k and
// returns it with the position after it, or "" and k.
func (s *scanner) relativeModifier(k int, words ...string) (string, int) {
	w := s.word(k)
	for _, m := range words {
		if w == m {
			return w, k + 1
		}
	}
	return "", k
}

// nounAfterOrdinal: an ordinal spelled out at token e-1 stands before
// a noun, which it then describes ("Saturday the first warning went
// out"), rather than naming a day of the month ("Saturday the first of
// May", "Saturday the first.").
func (s *scanner) nounAfterOrdinal(e int) bool {
	if e < 1 || ordinalWords[s.word(e-1)] == 0 {
		return false // "Sunday 11th with her son": a day written in figures
	}
	if s.isWord(e, "of") {
		return e+1 < len(s.toks) && s.cls(e+1)&clsMonth == 0 // "the first of the boats"; "the first of May"
	}
	return e < len(s.toks) && s.toks[e].kind == tkWord && s.cls(e)&clsMonth == 0 && s.cls(e)&clsNumber == 0 && !dayFollowers[s.word(e)]
}

// dayFollowers may come right after a day of the month spelled out:
// "on Sunday the first at noon", "Monday the third and Tuesday".
var dayFollowers = map[string]bool{"at": true, "and": true, "or": true, "in": true, "with": true, "when": true, "from": true, "until": true, "to": true}

// ordinalAt reads "third" or "3rd" and returns the token after it.
func (s *scanner) ordinalAt(k int) (int, int, bool) {
	if o, ok := ordinalWords[s.word(k)]; ok {
		return int(o), k + 1, true
	}
	if s.isNum(k) && s.glued(k+1) {
		if w := s.word(k + 1); w == "st" || w == "nd" || w == "rd" || w == "th" {
			return int(s.toks[k].val), k + 2, true
		}
	}
	return 0, k, false
}

// edgeDayOfMonth reads "the last day of October 2015", "first day in
// June", "the last day of next month".
func (s *scanner) edgeDayOfMonth(i int) (dateVal, int, bool) {
	k := i
	if s.isWord(k, "the") {
		k++
	}
	last := s.isWord(k, "last")
	if !last && !s.isWord(k, "first") || !s.isWord(k+1, "day") || !s.isWord(k+2, "of") && !s.isWord(k+2, "in") {
		return noDate(), i, false
	}
	edge := func(first time.Time) time.Time {
		if last {
			return first.AddDate(0, 1, -1)
		}
		return first
	}
	k += 3
	if v, e, ok := s.monthYear(k); ok {
		return abs(noDate(), gDay, edge(v.t)), e, true
	}
	if v, e, ok := s.relativeWord(k); ok && v.g == gMonth {
		if v.noRef {
			return v, e, true
		}
		v.g, v.t = gDay, edge(day(v.t.Year(), int(v.t.Month()), 1))
		return v, e, true
	}
	if m, e, ok := s.monthAt(k); ok {
		return s.rel(gDay, func(r time.Time) time.Time { return edge(day(r.Year(), m, 1)) }), e, true
	}
	return noDate(), i, false
}

// nthWeekdayAfter reads "the third Tuesday after Christmas 2014": counted
// from the day after the anchor.
func (s *scanner) nthWeekdayAfter(i int) (dateVal, int, bool) {
	k := i
	if s.isWord(k, "the") {
		k++
	}
	n, k, ok := s.ordinalAt(k)
	if !ok || n < 1 || n > 10 || !s.isWord(k+1, "after") {
		return noDate(), i, false
	}
	wd, _, ok := s.weekdayAt(k)
	if !ok {
		return noDate(), i, false
	}
	t, e, ok := s.anchorAt(k + 2)
	if !ok {
		return noDate(), i, false
	}
	return abs(noDate(), gDay, onOrAfter(t.AddDate(0, 0, 1), wd).AddDate(0, 0, 7*(n-1))), e, true
}
