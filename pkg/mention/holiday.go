package mention

import "time"

// holiday is a named day: fixed in the calendar, some days from Easter,
// or the nth weekday of a month (n = -1 for the last one), with an offset
// in days ("Black Friday" follows Thanksgiving).
type holiday struct {
	words      []string
	month, day int
	easter     bool
	nth        int
	weekday    int
	offset     int
}

// holidays are tried in order, longest names first.
var holidays = []holiday{
	{words: []string{"new", "year's", "day"}, month: 1, day: 1},
	{words: []string{"new", "years", "day"}, month: 1, day: 1},
	{words: []string{"new", "year", "day"}, month: 1, day: 1},
	{words: []string{"new", "year's", "eve"}, month: 12, day: 31},
	{words: []string{"new", "years", "eve"}, month: 12, day: 31},
	{words: []string{"christmas", "eve"}, month: 12, day: 24},
	{words: []string{"christmas", "day"}, month: 12, day: 25},
	{words: []string{"christmas"}, month: 12, day: 25},
	{words: []string{"boxing", "day"}, month: 12, day: 26},
	{words: []string{"halloween"}, month: 10, day: 31},
	{words: []string{"valentine's", "day"}, month: 2, day: 14},
	{words: []string{"easter", "sunday"}, easter: true},
	{words: []string{"easter", "monday"}, easter: true, offset: 1},
	{words: []string{"good", "friday"}, easter: true, offset: -2},
	{words: []string{"easter"}, easter: true},
	{words: []string{"independence", "day"}, month: 7, day: 4},
	{words: []string{"earth", "day"}, month: 4, day: 22},
	{words: []string{"saint", "patrick's", "day"}, month: 3, day: 17},
	{words: []string{"st", "patrick's", "day"}, month: 3, day: 17},
	{words: []string{"saint", "patrick's"}, month: 3, day: 17},
	{words: []string{"saint", "patrick"}, month: 3, day: 17},
	{words: []string{"thanksgiving", "day"}, month: 11, nth: 4, weekday: 4},
	{words: []string{"thanksgiving"}, month: 11, nth: 4, weekday: 4},
	{words: []string{"black", "friday"}, month: 11, nth: 4, weekday: 4, offset: 1},
	{words: []string{"labor", "day"}, month: 9, nth: 1, weekday: 1},
	{words: []string{"memorial", "day"}, month: 5, nth: -1, weekday: 1},
	{words: []string{"mother's", "day"}, month: 5, nth: 2, weekday: 0},
	{words: []string{"father's", "day"}, month: 6, nth: 3, weekday: 0},
}

// on gives the holiday's date in year y.
func (h holiday) on(y int) time.Time {
	switch {
	case h.easter:
		return easterSunday(y).AddDate(0, 0, h.offset)
	case h.nth > 0:
		return onOrAfter(day(y, h.month, 1), h.weekday).AddDate(0, 0, 7*(h.nth-1)+h.offset)
	case h.nth < 0:
		return onOrBefore(day(y, h.month+1, 0), h.weekday).AddDate(0, 0, h.offset)
	}
	return day(y, h.month, h.day)
}

// easterSunday is the Gregorian computus (anonymous algorithm).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, month, dd)
}

// holidayAt reads a holiday name; the apostrophe of "year's" is its own
// token, so names are matched word by word with it skipped.
func (s *scanner) holidayAt(k int) (holiday, int, bool) {
	for _, h := range holidays {
		j, ok := k, true
		for _, w := range h.words {
			if base, poss := cutPossessive(w); poss {
				if !s.isWord(j, base) {
					ok = false
					break
				}
				j++
				if (s.isPunct(j, "'") || s.isPunct(j, "’")) && s.isWord(j+1, "s") {
					j += 2
				} else {
					ok = false
					break
				}
				continue
			}
			if !s.isWord(j, w) {
				ok = false
				break
			}
			j++
		}
		if ok {
			return h, j, true
		}
	}
	return holiday{}, k, false
}

func cutPossessive(w string) (string, bool) {
	if len(w) > 2 && w[len(w)-2:] == "'s" {
		return w[:len(w)-2], true
	}
	return w, false
}

// holidayDate reads "Easter 2019", "last Easter", "next New Year's Day",
// and a bare holiday by the news-past rule.
func (s *scanner) holidayDate(i int) (dateVal, int, bool) {
	k := i
	if s.isWord(k, "the") {
		k++
	}
	mod, k := s.relativeModifier(k, "next", "last", "previous", "this", "coming")
	h, e, ok := s.holidayAt(k)
	if !ok || s.startsName(e) {
		return noDate(), i, false // "Easter Island", "the Good Friday Agreement"
	}
	if y, ye, ok := s.yearAt(e); ok && mod == "" {
		return abs(noDate(), gDay, h.on(y)), ye, true
	}
	if s.isWord(e, "of") && mod == "" {
		// "Independence Day of this year"
		if v, ye, ok := s.relativeWord(e + 1); ok && v.g == gYear && !v.noRef {
			v.g, v.t = gDay, h.on(v.t.Year())
			return v, ye, true
		}
	}
	forward := mod == "next" || mod == "coming" || mod == "" && s.pointsForward(i)
	return s.rel(gDay, func(r time.Time) time.Time {
		t := h.on(r.Year())
		switch {
		case mod == "this":
		case forward && !t.After(r):
			t = h.on(r.Year() + 1)
		case !forward && t.After(r):
			t = h.on(r.Year() - 1)
		}
		return t
	}), e, true
}
