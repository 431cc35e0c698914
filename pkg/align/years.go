package align

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

// An article with no date of its own may still write a month and day
// ("the dam burst on 3 May"). The claim stage keeps such a day without a
// year; here, where a story's articles are read together, it takes the
// year that puts it nearest the time of the dated articles that tell the
// same story: those that name at least two of the people it names (in
// office or quoted), and that give a date or length of the same kind of
// event (the claims a story block holds together, so that a story judged
// whole or block by block settles it alike). Sharing a topic is not
// enough: an undated report of last year's earthquake names other people
// than this year's. A weekday written with the day ("Friday 9 May")
// chooses among the years next to that one. A day that no such article
// places keeps no year and is compared with nothing.

// settleYears gives year-less days their year in place, and reports for
// each claim whether it is a day still without one.
func settleYears(claims []Claim) []bool {
	unsettled := make([]bool, len(claims))
	var people peopleByDoc
	for i := range claims {
		c := &claims[i]
		if !yearless(c) {
			continue
		}
		if people == nil {
			people = namedPeople(claims)
		}
		near, ok := storyTime(claims, c, people)
		if !ok || !settle(c, near) {
			unsettled[i] = true
		}
	}
	return unsettled
}

// storyTime is the middle of the publication times of the dated claims
// on c's kind of event whose articles name two or more of the people c's
// article names.
func storyTime(claims []Claim, c *Claim, people peopleByDoc) (time.Time, bool) {
	var times []time.Time
	key := blockKey(c)
	for i := range claims {
		o := &claims[i]
		if o.Kind != claim.KindDate && o.Kind != claim.KindDuration || blockKey(o) != key || !people.share(o.Doc, c.Doc) {
			continue
		}
		if t, err := parseAsOf(o.AsOf); err == nil {
			times = append(times, t)
		}
	}
	if len(times) == 0 {
		return time.Time{}, false
	}
	sort.Slice(times, func(a, b int) bool { return times[a].Before(times[b]) })
	return times[len(times)/2], true
}

// peopleByDoc holds, per article, the people it names in office or
// quotes, by their keys across spellings.
type peopleByDoc map[string]map[string]bool

func namedPeople(claims []Claim) peopleByDoc {
	out := peopleByDoc{}
	for i := range claims {
		c := &claims[i]
		key := ""
		switch {
		case c.Official != nil:
			key = c.Official.PersonKey
		case c.Quote != nil:
			key = c.Quote.SpeakerKey
		}
		if key == "" {
			continue
		}
		if out[c.Doc] == nil {
			out[c.Doc] = map[string]bool{}
		}
		out[c.Doc][key] = true
	}
	return out
}

// share: two articles name at least two people in common.
func (p peopleByDoc) share(a, b string) bool {
	n := 0
	for key := range p[a] {
		if p[b][key] {
			n++
		}
	}
	return n >= 1
}

func yearless(c *Claim) bool {
	return c.Kind == claim.KindDate && strings.HasPrefix(c.Event.Date, "--")
}

// blockKey names the story and the kind of event a date or length is
// about: "date:incident" and "duration:incident" of one story share it.
func blockKey(c *Claim) string {
	_, event, _ := strings.Cut(c.Slot, ":")
	return c.Story + "\x00" + event
}

// settle gives c the year that puts its day nearest near, among the
// year of near and the years either side; with a weekday written, only
// a year on which the day falls on it.
func settle(c *Claim, near time.Time) bool {
	var best time.Time
	for y := near.Year() - 1; y <= near.Year()+1; y++ {
		t, err := time.Parse("2006--01-02", itoa(y)+c.Event.Date)
		if err != nil || c.Event.Weekday != "" && t.Weekday().String() != c.Event.Weekday {
			continue
		}
		if best.IsZero() || math.Abs(t.Sub(near).Hours()) < math.Abs(best.Sub(near).Hours()) {
			best = t
		}
	}
	if best.IsZero() {
		return false
	}
	day := claim.Bound(math.Floor(float64(best.Unix()) / 86400))
	c.Event.Date, c.Event.Weekday = best.Format("2006-01-02"), ""
	c.Value = map[string]any{"date": c.Event.Date}
	c.Lo, c.Hi = day, day
	c.Display = best.Format("Mon 2 Jan 2006")
	return true
}

func itoa(y int) string { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006") }
