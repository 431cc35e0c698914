package document

import (
	"strings"
	"unicode"
)

// opensTimelineEntry reports a line that opens with the label of a
// timeline entry: a short run of words, each a number, a month, a weekday
// or a word of the clock, then a colon or a dash ("19 March: crews reach the mine",
// "Tuesday 14 June — the count resumes", "06:52 – the basket strikes the
// line", "**2019**: the mine is sold"). Such lines are entries of their
// own, as a list's items are, even when the writer put no blank line or
// full stop between them. "Note: the figures are provisional" has no
// such label.
func opensTimelineEntry(line []byte) bool {
	s := strings.TrimLeft(string(line), "*_ ")
	cut := -1
	for _, sep := range []string{": ", " — ", " – ", " - ", "** — ", "**: ", "**:", "** –"} {
		if i := strings.Index(s, sep); i > 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut < 0 || cut > maxLabelBytes {
		return false
	}
	label := strings.Trim(s[:cut], "*_ ,")
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > maxLabelWords {
		return false
	}
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ".,"))
		if strings.IndexFunc(w, unicode.IsDigit) < 0 && !calendarWords[w] && !clockWords[w] {
			return false // "The council said on 12 March:": a sentence, not a label
		}
	}
	return true
}

// clockWords may stand in a label beside a day or a time.
var clockWords = map[string]bool{"a.m": true, "p.m": true, "am": true, "pm": true, "noon": true, "midnight": true, "gmt": true, "utc": true}

// A timeline label is a few words: a day, a date, a time.
const maxLabelBytes, maxLabelWords = 40, 6

// calendarWords are the months and weekdays, whole and abbreviated.
var calendarWords = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields("january february march april may june july august september october november december " +
		"jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday") {
		out[w] = true
	}
	return out
}()
