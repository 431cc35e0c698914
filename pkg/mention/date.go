package mention

import (
	"time"
	"unicode"
)

// grain is how precise a date is.
type grain uint8

const (
	gDay grain = iota
	gMonth
	gYear
)

// dateVal is a date being read: absolute parts, or an offset from
// publication that needs the reference to resolve.
type dateVal struct {
	g        grain
	t        time.Time // resolved date; its day or month is ignored by coarser grains
	relative bool
	// noRef marks a relative date, or one without a year, that had no
	// publication date to anchor on.
	noRef   bool
	stated  int // weekday written next to the date, or -1
	hasDate bool
	// yearless marks a month and day whose year was inferred.
	yearless bool
}

// dateRule is one way of writing a date; rules run in turn at a token and
// the longest reading wins.
type dateRule func(s *scanner, i int) (dateVal, int, bool)

// dateRuleEntry is one rule with the word classes it needs near its start,
// so that the scanner only runs the rules that can match.
type dateRuleEntry struct {
	needs uint16
	read  dateRule
}

var dateRules []dateRuleEntry

// init fills dateRules: some rules read a date inside another ("three days
// from next Friday"), so the table cannot be a plain initialiser.
func init() {
	dateRules = []dateRuleEntry{
		{clsWeekday | clsDigits | clsNumber, (*scanner).weekdayDate},
		{clsMonth, (*scanner).dayMonthYear},
		{clsMonth, (*scanner).monthDayYear},
		{clsMonth, (*scanner).monthYear},
		{clsDigits, (*scanner).yearMonth},
		{clsDigits, (*scanner).numericDate},
		{clsDigits | clsNumber, (*scanner).yearAlone},
		{clsAnchor | clsDurUnit, (*scanner).relativeWord},
		{clsDurUnit, (*scanner).offsetDate},
		{clsMonth | clsOrdinal | clsDurUnit, (*scanner).relativeMonth},
		{clsWeekday, (*scanner).nthWeekday},
		{clsDurUnit, (*scanner).dayOfRelativeMonth},
		{clsMonth, (*scanner).monthAlone},
		{clsAnchor, (*scanner).holidayDate},
		{clsMonth, (*scanner).modifiedMonthDay},
		{clsMonth, (*scanner).dayBeforeRange},
		{clsDigits | clsOrdinal, (*scanner).dayAfterRange},
		{clsDigits, (*scanner).yearAfterRange},
		{clsOrdinal | clsMonth | clsDurUnit, (*scanner).edgeDayOfMonth},
		{clsWeekday, (*scanner).nthWeekdayAfter},
	}
}

// dateWindow is how many tokens from the start a rule's cue may lie.
const dateWindow = 6

// dateStarts lists the words (besides months, weekdays and numbers) that
// can open a date.
var dateStarts = map[string]bool{
	"today": true, "tonight": true, "tomorrow": true, "yesterday": true,
	"this": true, "next": true, "last": true, "past": true, "previous": true,
	"coming": true, "upcoming": true, "current": true, "the": true, "on": true,
	"in": true, "since": true, "year": true, "cy": true, "fy": true, "otd": true, "at": true,
	"day": true, "first": true, "second": true, "third": true, "fourth": true,
	"fifth": true, "a": true, "easter": true, "new": true, "christmas": true, "halloween": true, "boxing": true, "valentine": true, "an": true, "few": true, "several": true,
}

func (s *scanner) matchDate(i int) (match, bool) {
	m, ok := s.matchDateAt(i)
	// A prefix rule may stop short ("since June" of "since June 2"); the
	// date after the prefix wins when it reaches further.
	if (prefixWords[s.word(i)] || monthCues[s.word(i)]) && i+1 < len(s.toks) {
		if inner, innerOK := s.matchDateAt(i + 1); innerOK && (!ok || inner.end > m.end) {
			return inner, true
		}
	}
	return m, ok
}

// prefixWords may open a date rule of their own ("since 2021", "in May").
var prefixWords = map[string]bool{"since": true, "in": true, "on": true, "by": true, "until": true}

func (s *scanner) matchDateAt(i int) (match, bool) {
	best, bestEnd, ok := s.dateAt(i)
	if !ok {
		return match{}, false
	}
	start, stop := s.span(i, bestEnd)
	return match{end: bestEnd, m: Mention{Type: TypeDate, Start: start, End: stop, Date: best.mention()}}, true
}

// dateAt runs every date rule at token i and keeps the longest reading.
func (s *scanner) dateAt(i int) (dateVal, int, bool) {
	var best dateVal
	bestEnd := -1
	near := uint16(0)
	for k := i; k < i+dateWindow && k < len(s.toks); k++ {
		near |= s.toks[k].cls
	}
	for _, rule := range dateRules {
		if near&rule.needs == 0 {
			continue
		}
		if v, end, ok := rule.read(s, i); ok && end > bestEnd {
			best, bestEnd = v, end
		}
	}
	return best, bestEnd, bestEnd > i
}

func (v dateVal) mention() *Date {
	d := &Date{Relative: v.relative}
	if v.noRef {
		d.Unresolved = true
		return d
	}
	switch v.g {
	case gDay:
		d.Day = v.t.Format("2006-01-02")
	case gMonth:
		d.Month = v.t.Format("2006-01")
	case gYear:
		d.Year = v.t.Year()
	}
	if v.stated >= 0 && v.g == gDay {
		d.StatedWeekday = weekdayNames[v.stated]
		d.WeekdayMismatch = int(v.t.Weekday()) != v.stated
	}
	return d
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= 31 && day(y, m, d).Day() == d
}

func abs(v dateVal, g grain, t time.Time) dateVal {
	v.g, v.t, v.hasDate = g, t, true
	return v
}

// rel builds a date anchored on publication.
func (s *scanner) rel(g grain, f func(ref time.Time) time.Time) dateVal {
	v := dateVal{g: g, relative: true, stated: -1, hasDate: true}
	if !s.hasRef {
		v.noRef = true
		return v
	}
	v.t = f(s.ref)
	return v
}

func noDate() dateVal { return dateVal{stated: -1} }

// --- pieces -----------------------------------------------------------

// monthAt reads a month name, with the dot of an abbreviation.
func (s *scanner) monthAt(k int) (int, int, bool) {
	if s.cls(k)&clsMonth == 0 {
		return 0, k, false
	}
	w := s.word(k)
	m, ok := monthWords[w]
	if !ok {
		return 0, k, false
	}
	if w == "may" && s.text[s.toks[k].start] != 'M' && !s.isPunct(k+1, "-") && !s.isPunct(k+1, "/") {
		return 0, k, false // "may" the verb
	}
	if s.isPunct(k+1, ".") && s.glued(k+1) && len(w) <= 4 && (w != "may" && w != "june" && w != "july" || s.isNum(k+2)) {
		return m, k + 2, true
	}
	return m, k + 1, true
}

// weekdayAt reads a singular weekday name; abbreviations need a capital.
func (s *scanner) weekdayAt(k int) (int, int, bool) {
	if s.cls(k)&clsWeekday == 0 {
		return 0, k, false
	}
	w := s.word(k)
	wd, ok := weekdayWords[w]
	if !ok || w[len(w)-1] == 's' && w != "tues" && w != "thurs" {
		return 0, k, false
	}
	cued := weekdayCues[s.word(k-1)]
	if len(w) <= 5 && !hasSuffix(w, "day") {
		if c := s.text[s.toks[k].start]; c < 'A' || c > 'Z' {
			return 0, k, false
		}
		if s.isPunct(k+1, ".") && s.glued(k+1) {
			return wd, k + 2, true
		}
		// "Sun Valley", "Sat Nav": an abbreviation needs a date beside it.
		if !cued && !s.endOfClause(k+1) && !s.isNum(k+1) && s.cls(k+1)&clsMonth == 0 {
			return 0, k, false
		}
	}
	if !cued && s.startsName(k+1) {
		return 0, k, false // "the Monday Club"
	}
	return wd, k + 1, true
}

// weekdayCues before a weekday make it a day whatever follows.
var weekdayCues = map[string]bool{
	"on": true, "next": true, "last": true, "this": true, "by": true, "until": true,
	"since": true, "from": true, "every": true, "each": true, "past": true, "coming": true,
}

// startsName reports a capitalised word at k, not itself part of a date,
// in a sentence that is not in title case.
func (s *scanner) startsName(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tkWord || !s.toks[k].space || s.lineBreakBefore(k) {
		return false
	}
	if c := s.text[s.toks[k].start]; c < 'A' || c > 'Z' {
		return false
	}
	if s.cls(k)&(clsMonth|clsWeekday|clsNumber|clsOrdinal) != 0 || dateStarts[s.word(k)] {
		return false
	}
	return s.lowerCaseNear(k)
}

func hasSuffix(w, suf string) bool { return len(w) >= len(suf) && w[len(w)-len(suf):] == suf }

// dayAt reads a day of the month: "3", "3rd", "third", "twenty first",
// and with words allowed also "twenty five".
func (s *scanner) dayAt(k int, words bool) (int, int, bool) {
	if s.isNum(k) {
		n := s.ndigits(k)
		d := int(s.toks[k].val)
		if n > 2 || d < 1 || d > 31 {
			return 0, k, false
		}
		j := k + 1
		if w := s.word(j); s.glued(j) && (w == "st" || w == "nd" || w == "rd" || w == "th") {
			j++
		}
		return d, j, true
	}
	if v, ok := tensWords[s.word(k)]; ok && v <= 30 {
		j := k + 1
		if s.isPunct(j, "-") {
			j++
		}
		if o, ok := ordinalWords[s.word(j)]; ok && o < 10 && v+o <= 31 {
			return int(v + o), j + 1, true
		}
		if u, ok := unitWords[s.word(j)]; ok && words && u >= 1 && u < 10 && v+u <= 31 {
			return int(v + u), j + 1, true
		}
		if words {
			return int(v), k + 1, true
		}
		return 0, k, false
	}
	if o, ok := ordinalWords[s.word(k)]; ok && o <= 31 {
		return int(o), k + 1, true
	}
	if u, ok := unitWords[s.word(k)]; ok && words && u >= 1 {
		return int(u), k + 1, true
	}
	if o, ok := tensWords[s.word(k)]; ok && o == 30 {
		return 30, k + 1, true
	}
	return 0, k, false
}

// yearAt reads a year in digits ("1974") or words ("nineteen eighty six",
// "two thousand and fifteen").
func (s *scanner) yearAt(k int) (int, int, bool) {
	if s.isNum(k) {
		if s.ndigits(k) != 4 || s.isNum(k+1) && s.glued(k+1) || s.isWordAt(k+1) {
			return 0, k, false
		}
		if (s.isPunct(k+1, ",") || s.isPunct(k+1, ".")) && s.glued(k+1) && s.isNum(k+2) && s.glued(k+2) {
			return 0, k, false
		}
		y := int(s.toks[k].val)
		return y, k + 1, y >= 1000 && y <= 2999
	}
	return s.wordYear(k)
}

func (s *scanner) wordYear(k int) (int, int, bool) {
	if t, ok := unitWords[s.word(k)]; ok && t >= 10 {
		if z := s.word(k + 1); z == "zero" || z == "oh" || z == "o" {
			if u, ok := unitWords[s.word(k+2)]; ok && u >= 1 && u < 10 {
				return int(t*100 + u), k + 3, true
			}
		}
	}
	if _, ok := unitWords[s.word(k)]; !ok {
		if _, ok := tensWords[s.word(k)]; !ok {
			return 0, k, false
		}
	}
	f, ok := s.cardinal(k)
	if !ok || !f.words || f.value() < 1000 || f.value() > 2999 || f.value() != float64(int(f.value())) {
		return 0, k, false
	}
	return int(f.value()), f.end, true
}

// twoDigitYear reads "74" as 1974 and "15" as 2015, leaning on the
// publication year when there is one.
func (s *scanner) twoDigitYear(yy int) int {
	pivot := 30
	if s.hasRef {
		pivot = s.ref.Year()%100 + 10
	}
	if yy <= pivot {
		return 2000 + yy
	}
	return 1900 + yy
}

// statedWeekday reads "Tuesday," or "on Tuesday" before a calendar date.
func (s *scanner) statedWeekday(i int) (int, int) {
	k := i
	if s.isWord(k, "on") || s.isWord(k, "this") {
		k++
	}
	if wd, j, ok := s.weekdayAt(k); ok {
		if s.isPunct(j, ",") || s.isPunct(j, "-") && s.glued(j) && s.glued(j+1) {
			j++ // "Friday, June 6", "Friday-Jun-15"
		}
		return wd, j
	}
	return -1, i
}

// withYear settles a month and day written without a year: the year of
// publication, or the year before when that would put the date well after
// publication in a sentence that does not point forward.
func (s *scanner) withYear(i, m, d, stated int) (dateVal, bool) {
	v := dateVal{g: gDay, stated: stated, hasDate: true, yearless: true}
	if !s.hasRef {
		v.noRef = true
		return v, m >= 1 && m <= 12 && d >= 1 && d <= 31
	}
	y := s.ref.Year()
	if !validDay(y, m, d) && !validDay(y-1, m, d) {
		return v, false
	}
	if start, ok := s.rangeStartBefore(i); ok {
		// "from June 20 to July 2": the end of a run is not before its start.
		for y = start.Year(); !validDay(y, m, d) || day(y, m, d).Before(start); y++ {
		}
		v.t = day(y, m, d)
		return v, true
	}
	forward := s.pointsForward(i)
	t := day(y, m, d)
	switch {
	case !validDay(y, m, d):
		t = day(y-1, m, d)
	case forward && t.Before(s.ref) && validDay(y+1, m, d):
		t = day(y+1, m, d) // "the bonus is due March 1", said in May
	case !forward && t.After(s.ref.AddDate(0, 0, 45)):
		t = day(y-1, m, d)
	case t.After(s.ref.AddDate(0, 0, 1)) && s.dateTense(i) == tensePast:
		t = day(y-1, m, d) // "the vote was held on June 3", said in May
	}
	if stated >= 0 && int(t.Weekday()) != stated {
		t = yearOfWeekday(t, s.ref, y, m, d, stated)
	}
	v.t = t
	return v, true
}

// yearOfWeekday is the date of month m and day d, in the year before,
// of or after y, whose weekday is the one written beside it, within a
// season of publication: a weekday printed next to a yearless date says
// which side of the new year it falls ("Tuesday 12 January", told in
// late November, is next year's). Far from the turn of a year no other
// year is near enough, t stands and its weekday is a mismatch.
func yearOfWeekday(t, ref time.Time, y, m, d, stated int) time.Time {
	const season = 90 * 24 * time.Hour
	for _, cand := range []int{y, y + 1, y - 1} {
		if !validDay(cand, m, d) || int(day(cand, m, d).Weekday()) != stated {
			continue
		}
		if c := day(cand, m, d); c.Sub(ref).Abs() <= season {
			return c
		}
	}
	return t
}

// --- absolute dates ---------------------------------------------------

// dayMonthYear reads "31st Oct 1974", "fourth of July, 1995", "16. Nov.
// 2016", "18 March".
func (s *scanner) dayMonthYear(i int) (dateVal, int, bool) {
	stated, k := s.statedWeekday(i)
	if s.isWord(k, "the") {
		k++
	}
	d, j, ok := s.dayAt(k, true)
	if !ok || s.glued(k) && k > 0 && s.toks[k-1].kind == tkWord {
		return noDate(), i, false // "IE9", "G7"
	}
	if s.isPunct(j, ".") && s.glued(j) {
		j++
	}
	if s.lineBreakBefore(j) {
		return noDate(), i, false
	}
	if s.isWord(j, "of") {
		j++
	}
	if s.isPunct(j, "-") && s.glued(j) {
		j++
	}
	m, j, ok := s.monthAt(j)
	if !ok {
		return noDate(), i, false
	}
	return s.finishDate(i, m, d, j, stated)
}

// finishDate reads an optional year after a month and day.
func (s *scanner) finishDate(i, m, d, j, stated int) (dateVal, int, bool) {
	k := j
	if s.isPunct(k, ",") || s.isPunct(k, "-") && s.glued(k) {
		k++
	}
	if s.isWord(k, "of") || s.isWord(k, "in") && s.isNum(k+1) {
		k++ // "15 April of 1987", "28 June in 2020"
	}
	if y, e, ok := s.yearAt(k); ok && validDay(y, m, d) {
		v := abs(dateVal{stated: stated}, gDay, day(y, m, d))
		return v, e, true
	}
	if s.isPunct(j, "-") && s.glued(j) && s.isNum(j+1) && s.ndigits(j+1) == 2 && s.glued(j+1) && !s.isRangeEnd(j, d) {
		y := s.twoDigitYear(int(s.toks[j+1].val))
		if validDay(y, m, d) {
			return abs(dateVal{stated: stated}, gDay, day(y, m, d)), j + 2, true
		}
	}
	if y, e, ok := s.shortYearAt(k); ok && validDay(y, m, d) {
		return abs(dateVal{stated: stated}, gDay, day(y, m, d)), e, true
	}
	if y, ok := s.rangeYear(j, m); ok && validDay(y, m, d) {
		// "June 10-12, 2019": the year closing the range is the first day's too.
		return abs(dateVal{stated: stated}, gDay, day(y, m, d)), j, true
	}
	v, ok := s.withYear(i, m, d, stated)
	return v, j, ok
}

// shortYearAt reads a year in two digits where nothing else can be meant:
// "'97", or "97" closing the clause after a date ("12 Jan 97", "April of
// 87").
func (s *scanner) shortYearAt(k int) (int, int, bool) {
	if (s.isPunct(k, "'") || s.isPunct(k, "’")) && s.isNum(k+1) && s.glued(k+1) && s.ndigits(k+1) == 2 && !s.isWordAt(k+2) && !s.startsCapital(k+2) {
		return s.twoDigitYear(int(s.toks[k+1].val)), k + 2, true
	}
	if s.isNum(k) && s.ndigits(k) == 2 && s.toks[k].space && !s.lineBreakBefore(k) && s.closesSentence(k+1) {
		return s.twoDigitYear(int(s.toks[k].val)), k + 1, true
	}
	return 0, k, false
}

// closesSentence reports the end of the text or a full stop, semicolon
// or closing bracket at k.
func (s *scanner) closesSentence(k int) bool {
	return k >= len(s.toks) || s.sentenceBreak(k) || s.isPunct(k, ")") || s.isPunct(k, ".") && k+1 == len(s.toks)
}

// startsCapital reports a capitalised word at k: "'15 Most Wanted'" is a
// title in quotes, not a year.
func (s *scanner) startsCapital(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tkWord {
		return false
	}
	c := s.text[s.toks[k].start]
	return c >= 'A' && c <= 'Z'
}

// isRangeEnd reports "-12" after day d as the end of a run of days.
func (s *scanner) isRangeEnd(j, d int) bool {
	if !(s.isPunct(j, "-") || s.isPunct(j, "–") || coordinators[s.word(j)]) || !s.isNum(j+1) || s.ndigits(j+1) > 2 {
		return false
	}
	e := int(s.toks[j+1].val)
	return e > d && e <= 31
}

// rangeYear reads the year after a run of days: "-12, 2019".
func (s *scanner) rangeYear(j, m int) (int, bool) {
	d, ok := 0, false
	if s.isNum(j - 1) {
		d = int(s.toks[j-1].val)
	}
	if d == 0 || !s.isRangeEnd(j, d) {
		return 0, false
	}
	k := j + 2
	if s.isPunct(k, ",") {
		k++
	}
	y, _, ok := s.yearAt(k)
	return y, ok
}

// monthDayYear reads "March 3, 2015", "Sunday, Feb 10", "Sep-23-2020",
// "January twenty five nineteen eighty six".
func (s *scanner) monthDayYear(i int) (dateVal, int, bool) {
	stated, k := s.statedWeekday(i)
	m, j, ok := s.monthAt(k)
	if !ok {
		return noDate(), i, false
	}
	if (s.isPunct(j, "-") || s.isPunct(j, "/")) && s.glued(j) {
		j++
	} else if s.isWord(j, "the") {
		j++
	}
	d, e, ok := s.dayAt(j, true)
	if !ok || s.isPunct(e, ":") && s.isNum(e+1) && !s.toks[e+1].space || s.isNum(e) && !s.toks[e].space && !s.isPunct(e-1, ".") {
		// "May 5:30" is a clock time; "April 29: council votes" heads
		// a timeline's entry.
		return noDate(), i, false
	}
	if y, ye, ok := s.yearAt(e); ok && s.isNum(j) && s.isNum(e) && s.ndigits(j) <= 2 {
		if validDay(y, m, d) {
			return abs(dateVal{stated: stated}, gDay, day(y, m, d)), ye, true
		}
	}
	return s.finishDate(i, m, d, e, stated)
}

// monthYear reads "February 2022", "Dec-2018", "june of 1992".
func (s *scanner) monthYear(i int) (dateVal, int, bool) {
	k := i
	if s.isWord(k, "in") || s.isWord(k, "since") {
		k++
	}
	m, j, ok := s.monthAt(k)
	if !ok {
		return noDate(), i, false
	}
	if s.isPunct(j, ",") || (s.isPunct(j, "-") || s.isPunct(j, "/")) && s.glued(j) || s.isWord(j, "of") {
		j++
	}
	y, e, ok := s.yearAt(j)
	if !ok && (s.isWord(j-1, "of") || !s.isNum(j)) {
		y, e, ok = s.shortYearAt(j)
	}
	if !ok {
		return noDate(), i, false
	}
	if sep := s.toks[j-1]; sep.kind == tkPunct && (sep.lower == "-" || sep.lower == "/") && s.isPunct(e, sep.lower) && s.glued(e) {
		// "September-2020-23": month, year, day.
		if d, de, ok := s.dayAt(e+1, false); ok && validDay(y, m, d) {
			return abs(noDate(), gDay, day(y, m, d)), de, true
		}
	}
	return abs(noDate(), gMonth, day(y, m, 1)), e, true
}

// yearMonth reads "2016 November", "2019/aug/01", "2020/23/Sep".
func (s *scanner) yearMonth(i int) (dateVal, int, bool) {
	if !s.isNum(i) || s.ndigits(i) != 4 {
		return noDate(), i, false
	}
	y := int(s.toks[i].val)
	j := i + 1
	sep := ""
	if (s.isPunct(j, "/") || s.isPunct(j, "-")) && s.glued(j) {
		sep = s.toks[j].lower
		j++
	} else if s.isPunct(j, ",") {
		j++ // "2016, Nov"
	} else if v, e, ok := s.spacedYMD(i); ok {
		return v, e, true
	}
	if m, e, ok := s.monthAt(j); ok {
		if sep != "" && s.isPunct(e, sep) && s.glued(e) {
			if d, de, ok := s.dayAt(e+1, false); ok && validDay(y, m, d) {
				return abs(noDate(), gDay, day(y, m, d)), de, true
			}
		}
		return abs(noDate(), gMonth, day(y, m, 1)), e, true
	}
	if sep != "" && s.isNum(j) {
		d := int(s.toks[j].val)
		if s.isPunct(j+1, sep) {
			if m, e, ok := s.monthAt(j + 2); ok && validDay(y, m, d) {
				return abs(noDate(), gDay, day(y, m, d)), e, true
			}
		}
	}
	return noDate(), i, false
}

// numericDate reads dates in digits: "2015-03-03", "10/31/1974",
// "13.5.2015", "3/3/15", "2/2013", "2016 - 11", "20161016", "23-2020-September".
func (s *scanner) numericDate(i int) (dateVal, int, bool) {
	k := i
	cue := false
	if w := s.word(k); w == "this" || w == "next" || w == "on" {
		cue = true
		k++
	}
	stated := -1
	if wd, j, ok := s.weekdayAt(k); ok && cue {
		stated, k = wd, j
	}
	if !s.isNum(k) || s.glued(k) && k > 0 && s.toks[k-1].kind == tkWord {
		return noDate(), i, false
	}
	if s.ndigits(k) == 8 && !s.isPunct(k+1, "/") {
		n := int(s.toks[k].val)
		y, m, d := n/10000, n/100%100, n%100
		if y >= 1900 && y <= 2100 && validDay(y, m, d) {
			return abs(noDate(), gDay, day(y, m, d)), k + 1, true
		}
	}
	parts, seps, end := s.numericParts(k)
	if v, ok := s.numericDay(parts, seps, stated); ok {
		return v, end, true
	}
	if len(parts) >= 2 {
		if v, ok := s.numericMonth(parts[:2]); ok && !(len(parts) > 2) && !(seps[0] == "." && s.decimalLevel(k, parts[1].end)) {
			return v, parts[1].end, true
		}
		if len(parts) == 2 && cue && parts[0].digits <= 2 && parts[1].digits <= 2 && seps[0] == "/" {
			v, ok := s.cuedMonthDay(i, parts[0].val, parts[1].val, stated)
			return v, end, ok
		}
	}
	return noDate(), i, false
}

// numPart is one field of a numeric date; month words count too.
type numPart struct {
	val, digits int
	month       bool
	end         int
}

// numericParts collects up to three fields joined by one separator kind.
func (s *scanner) numericParts(k int) ([]numPart, []string, int) {
	var parts [3]numPart
	var seps [2]string
	n := 0
	parts[0] = numPart{val: int(s.toks[k].val), digits: s.ndigits(k), end: k + 1}
	n = 1
	j := k + 1
	for n < 3 {
		sep, next, ok := s.dateSep(j, parts[n-1].digits == 4)
		if !ok {
			break
		}
		if s.isNum(next) && s.ndigits(next) <= 4 {
			parts[n] = numPart{val: int(s.toks[next].val), digits: s.ndigits(next), end: next + 1}
		} else if m, e, ok := s.monthAt(next); ok && s.glued(next) {
			parts[n] = numPart{val: m, month: true, end: e}
		} else {
			break
		}
		if n == 1 {
			seps[0] = sep
		} else {
			if sep != seps[0] && !(sep == "," && seps[0] == "/") {
				break
			}
			seps[1] = sep
		}
		j = parts[n].end
		n++
	}
	return parts[:n], seps[:], parts[n-1].end
}

// dateSep reads "/", "-" or "." between fields; spaces around it are
// allowed only next to a four-digit year.
func (s *scanner) dateSep(j int, afterYear bool) (string, int, bool) {
	if j >= len(s.toks) || s.toks[j].kind != tkPunct {
		return "", j, false
	}
	sep := s.toks[j].lower
	if sep != "/" && sep != "-" && sep != "." && sep != "," {
		return "", j, false
	}
	tight := s.glued(j) && s.glued(j+1)
	if !tight {
		yearNext := s.isNum(j+1) && s.ndigits(j+1) == 4
		if sep == "," || sep == "." || !(afterYear || yearNext) {
			return "", j, false
		}
	}
	return sep, j + 1, true
}

// numericDay reads a three-field date.
func (s *scanner) numericDay(p []numPart, seps []string, stated int) (dateVal, bool) {
	if len(p) != 3 {
		return noDate(), false
	}
	var y, m, d int
	yearOf := func(q numPart) int {
		if q.digits == 2 {
			return s.twoDigitYear(q.val)
		}
		return q.val
	}
	switch {
	case p[1].month && p[0].digits == 4:
		y, m, d = p[0].val, p[1].val, p[2].val
	case p[1].month:
		y, m, d = yearOf(p[2]), p[1].val, p[0].val
	case p[2].month && p[0].digits == 4:
		y, m, d = p[0].val, p[2].val, p[1].val
	case p[2].month && p[1].digits == 4:
		y, m, d = p[1].val, p[2].val, p[0].val
	case p[0].month || p[2].month:
		return noDate(), false
	case p[0].digits == 4:
		y, m, d = p[0].val, p[1].val, p[2].val
	case p[2].digits == 4 || p[2].digits == 2:
		y = yearOf(p[2])
		m, d = p[0].val, p[1].val
		if seps[0] == "." && d <= 12 || m > 12 {
			m, d = d, m // day first, unless that cannot be a date
		}
	default:
		return noDate(), false
	}
	if !validDay(y, m, d) || y < 1000 {
		return noDate(), false
	}
	return abs(dateVal{stated: stated}, gDay, day(y, m, d)), true
}

// numericMonth reads "2/2013", "2016-11", "2015.3", "12-2015".
func (s *scanner) numericMonth(p []numPart) (dateVal, bool) {
	a, b := p[0], p[1]
	if a.month || b.month {
		return noDate(), false
	}
	switch {
	case a.digits == 4 && b.digits <= 2 && b.val >= 1 && b.val <= 12:
		return abs(noDate(), gMonth, day(a.val, b.val, 1)), true
	case b.digits == 4 && a.digits <= 2 && a.val >= 1 && a.val <= 12:
		return abs(noDate(), gMonth, day(b.val, a.val, 1)), true
	}
	return noDate(), false
}

// cuedMonthDay reads "this 5/12" and "next 5/12", month first.
func (s *scanner) cuedMonthDay(i, m, d, stated int) (dateVal, bool) {
	if !s.hasRef {
		v := s.rel(gDay, nil)
		return v, m >= 1 && m <= 12 && d >= 1 && d <= 31
	}
	y := s.ref.Year()
	if s.isWord(i, "next") && !day(y, m, d).After(s.ref) {
		y++
	}
	if !validDay(y, m, d) {
		return noDate(), false
	}
	return abs(dateVal{stated: stated}, gDay, day(y, m, d)), true
}

// yearAlone reads a year standing alone ("2022", "in 2019", "since
// 2021", "the year 2008", "cy18").
func (s *scanner) yearAlone(i int) (dateVal, int, bool) {
	k := i
	prefixed := false
	switch {
	case s.isWord(k, "in") || s.isWord(k, "since") || s.isWord(k, "by") || s.isWord(k, "until"):
		k++
		prefixed = true
	}
	if s.isWord(k, "the") && s.isWord(k+1, "year") {
		k += 2
		prefixed = true
		if s.isWord(k, "of") {
			k++
		}
	} else if s.isWord(k, "year") || s.isWord(k, "cy") || s.isWord(k, "fy") {
		if w := s.word(k); w != "year" && s.isNum(k+1) && s.glued(k+1) && s.ndigits(k+1) == 2 {
			return abs(noDate(), gYear, day(2000+int(s.toks[k+1].val), 1, 1)), k + 2, true
		}
		k++
		prefixed = true
	}
	if (s.isPunct(k, "'") || s.isPunct(k, "’")) && s.toks[k].space {
		if y, e, ok := s.shortYearAt(k); ok {
			return abs(noDate(), gYear, day(y, 1, 1)), e, true // "the class of '07"
		}
	}
	if s.isNum(k) {
		if s.glued(k) && k > 0 && s.toks[k-1].kind == tkWord && !s.isWord(k-1, "fy") || s.glued(k) && s.isPunct(k-1, "$") {
			return noDate(), i, false
		}
		if s.codePrefix(k) {
			return noDate(), i, false // "CVE-2013-3893": an identifier, not a year
		}
		if y, e, ok := s.eraYear(k); ok {
			return abs(noDate(), gYear, day(y, 1, 1)), e, true
		}
		y, e, ok := s.yearAt(k)
		if !ok || !prefixed && (y < 1900 || y > 2100) || s.amountFollows(e) {
			return noDate(), i, false
		}
		return abs(noDate(), gYear, day(y, 1, 1)), e, true
	}
	if prefixed {
		if y, e, ok := s.wordYear(k); ok && y >= 1000 {
			return abs(noDate(), gYear, day(y, 1, 1)), e, true
		}
	}
	return noDate(), i, false
}

// amountFollows tells "2000 people" and "2020%" from a year.
func (s *scanner) amountFollows(e int) bool {
	if s.isPunct(e, "%") || s.isPunct(e, ",") && s.glued(e) && s.isNum(e+1) && s.glued(e+1) {
		return true
	}
	w := s.word(e)
	if _, ok := scaleWords[w]; ok {
		return true
	}
	if _, ok := durationUnits[w]; ok {
		return true
	}
	_, ok := currencyWords[w]
	return ok || w == "percent" || w == "people" || w == "over" || w == "per"
}

// --- runs and modified dates -------------------------------------------

// modifiedMonthDay reads "last Nov. 2", "next 6th of April", "this June
// 5": the latest such day before publication, the first after it, or the
// one in the year of publication.
func (s *scanner) modifiedMonthDay(i int) (dateVal, int, bool) {
	mod, k := s.relativeModifier(i, "last", "next", "this", "past", "previous", "coming")
	if mod == "" {
		return noDate(), i, false
	}
	v, e, ok := s.dayMonthYear(k)
	if !ok {
		v, e, ok = s.monthDayYear(k)
	}
	if !ok || !v.yearless {
		return noDate(), i, false
	}
	v.relative = true
	if v.noRef {
		return v, e, true
	}
	m, d := int(v.t.Month()), v.t.Day()
	y := s.ref.Year()
	switch mod {
	case "last", "past", "previous":
		for !day(y, m, d).Before(s.ref) || !validDay(y, m, d) {
			y--
		}
	case "next", "coming":
		for !day(y, m, d).After(s.ref) || !validDay(y, m, d) {
			y++
		}
	}
	if !validDay(y, m, d) {
		return noDate(), i, false
	}
	v.t = day(y, m, d)
	return v, e, true
}

// rangeSeps join the first and last day of a run: "10 to 12 June".
func (s *scanner) rangeSep(k int) bool {
	return s.isPunct(k, "-") || s.isPunct(k, "–") || s.isPunct(k, "/") || coordinators[s.word(k)]
}

// dayBeforeRange reads the first day of "10 to 12 June 2019" or "3-5
// March": it takes the month and year of the day that closes the run.
func (s *scanner) dayBeforeRange(i int) (dateVal, int, bool) {
	k := i
	if s.isWord(k, "from") || s.isWord(k, "between") || s.isWord(k, "on") {
		k++
	}
	d, e, ok := s.dayAt(k, false)
	if !ok || !s.rangeSep(e) {
		return noDate(), i, false
	}
	if d2, _, ok := s.dayAt(e+1, false); !ok || d >= d2 {
		return noDate(), i, false // "30-7 Oct. 19": a score before a date
	}
	last, _, ok := s.dayMonthYear(e + 1)
	switch {
	case !ok || last.g != gDay:
		return noDate(), i, false
	case last.noRef:
		return last, e, true // unresolved, like the day that closes the run
	}
	last.t = day(last.t.Year(), int(last.t.Month()), d)
	last.stated = -1
	return last, e, true
}

// dayAfterRange reads the last day of "June 10-12" or "June 10 and 11":
// the month is the first day's.
func (s *scanner) dayAfterRange(i int) (dateVal, int, bool) {
	if !s.rangeSep(i-1) || !s.isNum(i-2) {
		return noDate(), i, false
	}
	mk := i - 3
	if s.isPunct(mk, ".") {
		mk--
	}
	m, me, ok := s.monthAt(mk)
	if !ok || me != i-2 {
		return noDate(), i, false
	}
	d, e, ok := s.dayAt(i, false)
	if !ok || d <= int(s.toks[i-2].val) {
		return noDate(), i, false
	}
	return s.finishDate(i, m, d, e, -1)
}

// yearAfterRange reads the second year of "1968-69" and "2014/15".
func (s *scanner) yearAfterRange(i int) (dateVal, int, bool) {
	if !s.isNum(i) || s.ndigits(i) != 2 || !s.glued(i) || !(s.isPunct(i-1, "-") || s.isPunct(i-1, "–") || s.isPunct(i-1, "/")) || !s.glued(i-1) {
		return noDate(), i, false
	}
	if !s.isNum(i-2) || !s.isYearLike(i-2) || s.isWordAt(i+1) || s.isNum(i+2) && s.isPunct(i+1, "-") || s.glued(i-2) && i >= 3 && s.toks[i-3].kind != tkWord {
		return noDate(), i, false
	}
	first := int(s.toks[i-2].val)
	y := first/100*100 + int(s.toks[i].val)
	if y <= first {
		y += 100
	}
	if y-first > 10 {
		return noDate(), i, false
	}
	return abs(noDate(), gYear, day(y, 1, 1)), i + 1, true
}

// spacedYMD reads "2016 10 16": a year, then month and day in two digits
// each, closing the clause.
func (s *scanner) spacedYMD(i int) (dateVal, int, bool) {
	if !s.isNum(i+1) || !s.isNum(i+2) || s.ndigits(i+1) != 2 || s.ndigits(i+2) != 2 || !s.endOfClause(i+3) {
		return noDate(), i, false
	}
	if !s.singleSpaceBefore(i+1) || !s.singleSpaceBefore(i+2) {
		return noDate(), i, false
	}
	y, m, d := int(s.toks[i].val), int(s.toks[i+1].val), int(s.toks[i+2].val)
	if !validDay(y, m, d) {
		return noDate(), i, false
	}
	return abs(noDate(), gDay, day(y, m, d)), i + 3, true
}

// eraYear reads a year with its era: "14 AD", "AD 79", "in 14 a.d.".
func (s *scanner) eraYear(k int) (int, int, bool) {
	if !s.isNum(k) || s.ndigits(k) > 4 || s.toks[k].val < 1 {
		return 0, k, false
	}
	if e, ok := s.eraAt(k + 1); ok {
		return int(s.toks[k].val), e, true
	}
	return 0, k, false
}

// eraAt reads "AD", "A.D." or "CE" after a year.
func (s *scanner) eraAt(k int) (int, bool) {
	switch s.word(k) {
	case "ad", "ce":
		if s.word(k) == "ad" && s.text[s.toks[k].start] == 'a' {
			return k, false // "ad" the advertisement
		}
		return k + 1, true
	case "a":
		if s.isPunct(k+1, ".") && s.isWord(k+2, "d") && s.isPunct(k+3, ".") {
			return k + 4, true
		}
	}
	return k, false
}

// decimalLevel tells "closed at 2014.6 points" and "2023.11 an ounce" (a
// decimal figure) from "out 2015.3" (a month): a figure with a decimal
// point reads as an amount after a word of level or before a unit.
func (s *scanner) decimalLevel(start, end int) bool {
	return levelWords[s.word(start-1)] || !s.endOfClause(end) || s.isPunct(start-1, "$") || s.isPunct(end, "%")
}

var levelWords = map[string]bool{
	"at": true, "to": true, "from": true, "by": true, "of": true, "was": true, "is": true,
	"were": true, "are": true, "stood": true, "hit": true, "reached": true, "above": true, "below": true,
}

// rangeStartBefore finds the day or month that opens a run ending at
// token i: "from June 20 to", "between May 30 and", "late October/".
func (s *scanner) rangeStartBefore(i int) (time.Time, bool) {
	if !s.rangeSep(i-1) || s.anchorDepth >= maxAnchorDepth {
		return time.Time{}, false
	}
	s.anchorDepth++
	defer func() { s.anchorDepth-- }()
	for st := i - 2; st >= 0 && st >= i-6; st-- {
		if s.cls(st)&(clsMonth|clsStart) == 0 && !s.isNum(st) {
			continue
		}
		if v, e, ok := s.dateAt(st); ok && e == i-1 && v.g != gYear && !v.noRef {
			return v.t, true
		}
	}
	return time.Time{}, false
}

// codePrefix reports a number glued by a hyphen to a word in capitals
// before it ("CVE-2013", "F-16"): part of a name or an identifier.
// "mid-2013" and "pre-2010" are written in lower case.
func (s *scanner) codePrefix(k int) bool {
	if k < 2 || !s.glued(k) || !s.isPunct(k-1, "-") || !s.glued(k-1) || s.toks[k-2].kind != tkWord {
		return false
	}
	for _, r := range s.text[s.toks[k-2].start:s.toks[k-2].end] {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
