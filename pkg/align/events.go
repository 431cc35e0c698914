package align

import (
	"sort"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

// eventDays is the story-level event inventory: for each story and kind
// of event, how many separate events the articles date. Three calls
// between two leaders on 4 February, 19 February and 6 March are three
// events; "on Monday" and "on Tuesday" for one capsizing are one event
// told two ways (a slip is a day or a few, see slipDays). The text may
// also count the events itself: "the second strike" says there was a
// first. An event set apart as background ("an earlier fire in 2009")
// does not: the story's unmarked figures are still its main event's. A
// length with no day or number of its own in such a story cannot be tied
// to one of them.
type eventDays struct {
	days    map[string][]float64
	counted map[string]bool // kinds the text numbers past the first
}

// datedEvents counts the separate dated events of each kind per story,
// from the days articles give for events of that kind, and notes the
// kinds the text itself numbers past the first.
func datedEvents(claims []Claim) eventDays {
	d := eventDays{days: map[string][]float64{}, counted: map[string]bool{}}
	for i := range claims {
		c := &claims[i]
		cls := eventKind(c)
		if cls == "" || c.Event.Planned {
			continue
		}
		key := c.Story + "\x00" + cls
		if c.Event.Sequence >= 2 {
			d.counted[key] = true
		}
		if r, ok := dayRange(c.Event.Date); ok && r[0] == r[1] {
			d.days[key] = append(d.days[key], r[0])
		}
	}
	for _, ds := range d.days {
		sort.Float64s(ds)
	}
	return d
}

// count is how many separate events of one kind the days tell of.
func (d eventDays) count(key string) int {
	ds := d.days[key]
	if len(ds) == 0 {
		return 0
	}
	n := 1
	for i := 1; i < len(ds); i++ {
		if ds[i]-ds[i-1] > slipDays {
			n++
		}
	}
	return n
}

// reportWindow is how many days before its publication an article's
// undated "the call lasted an hour" can reach back: news reports the
// latest event of its kind.
const reportWindow = 2

// withReportedDays returns copies of the claims in which a length with no
// day of its own, in an article published within reportWindow days after
// an event of its kind, takes that event's day. The copies serve matching
// only: what a claim says is left as the text said it.
func (d eventDays) withReportedDays(claims []Claim) []Claim {
	out := make([]Claim, len(claims))
	copy(out, claims)
	for i := range out {
		c := &out[i]
		if c.Kind != "duration" || c.Event.Date != "" || c.Event.Other || c.Event.Planned {
			continue
		}
		t, err := parseAsOf(c.AsOf)
		if err != nil {
			continue
		}
		pub := float64(t.Unix() / 86400)
		ds := d.days[c.Story+"\x00"+eventKind(c)]
		for j := len(ds) - 1; j >= 0; j-- {
			if ds[j] <= pub && pub-ds[j] <= reportWindow {
				c.Event.Date = time.Unix(int64(ds[j])*86400, 0).UTC().Format("2006-01-02")
				break
			}
		}
	}
	return out
}

// several reports whether c is a length of an event of a kind the
// story dates more than once, or numbers past the first, with no day or
// number of its own to choose. A length that runs until now ("now in its
// 12th day") is the event still going on when the article appeared.
//
// A tally is a vote's: a story that dates votes more than a slip apart
// holds two votes (a first reading and a final one), and a tally with no
// day of its own cannot be tied to either.
func (d eventDays) several(c *Claim) bool {
	if c.Event.Date != "" || c.Event.Sequence > 0 {
		return false
	}
	if c.Tally != nil {
		return c.Event.Part == "" && d.count(c.Story+"\x00"+claim.VoteEvent) > 1
	}
	if c.Kind != "duration" {
		return false
	}
	key := c.Story + "\x00" + eventKind(c)
	return d.count(key) > 1 || d.counted[key] && !c.Ongoing
}

// eventKind is the kind of event a date or duration claim is about.
func eventKind(c *Claim) string {
	for _, prefix := range []string{"date:", "duration:"} {
		if cls, ok := strings.CutPrefix(c.Slot, prefix); ok {
			return cls
		}
	}
	return ""
}

// frameUndated marks the claims of each undated article that gives the
// day of an event which a dated article of its story gives too ("the
// collapse on 10 April 2025"): a shared day is evidence that the article
// tells of the story's event, as a publication date would be. An undated
// article sharing no such day keeps no time frame.
func frameUndated(claims []Claim) {
	days := map[string]bool{} // story and day of dated articles' events
	for i := range claims {
		if c := &claims[i]; c.Kind == claim.KindDate && !undated(c) && isDay(c.Event.Date) {
			days[c.Story+"\x00"+c.Event.Date] = true
		}
	}
	framed := map[string]bool{} // story and document
	for i := range claims {
		if c := &claims[i]; c.Kind == claim.KindDate && undated(c) && isDay(c.Event.Date) && !c.Event.Other && days[c.Story+"\x00"+c.Event.Date] {
			framed[c.Story+"\x00"+c.Doc] = true
		}
	}
	for i := range claims {
		claims[i].Framed = framed[claims[i].Story+"\x00"+claims[i].Doc]
	}
}

// isDay: a date given to the day ("2025-04-10"), not a month or a year.
func isDay(date string) bool { return len(date) == len("2006-01-02") }
