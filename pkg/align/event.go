package align

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

// farApart is how many days separate an event dated in the text from the
// time frame of an article that gives no date, before the two are taken
// to be different events ("the January call" against this week's call).
const farApart = 31

// separated reports whether the anchors of two amount, duration or date
// claims on one measure set their events apart.
func separated(a, b *Claim) bool {
	if a.Event.Sequence > 0 && b.Event.Sequence > 0 && a.Event.Sequence != b.Event.Sequence {
		return true // "the first round" against "the second round"
	}
	if a.Event.Other != b.Event.Other && !sameSequence(a, b) || a.Event.Planned != b.Event.Planned || a.Event.Past != b.Event.Past {
		return true
	}
	if a.Event.Part != b.Event.Part && !partOnItsDay(a, b) && !spreadAndUnsaid(a, b) {
		return true // "the final session lasted two hours" against "the talks lasted five days"
	}
	if _, onlyA, onlyB := overlap(a.Event.Participants, b.Event.Participants); onlyA > 0 && onlyB > 0 {
		return true // "Brandt and Melnyk" against "Brandt and Dubrin"
	}
	if holderOf(a) != "" && holderOf(b) != "" && holderOf(a) != holderOf(b) {
		return true // "Brees threw for 364 yards" against "Manning threw for 205"
	}
	if a.Event.Cause != "" && b.Event.Cause != "" && a.Event.Cause != b.Event.Cause {
		return true // "six died of heatstroke" against "the fire killed four"
	}
	if a.Event.Place != "" && b.Event.Place != "" && a.Event.Place != b.Event.Place {
		return true // "eight killed in Tarrow" against "six in Brennor", or "17 across the county"
	}
	if a.Kind != "date" && !datesCompatible(a, b) {
		return true
	}
	if a.Kind == "date" && differentEras(a, b) && !(a.Event.Once && b.Event.Once) {
		return true // this week's attack against one years ago: two events
	}
	return false
}

// matchEvent decides whether two amount, duration or date claims on one
// measure are about the same event, and how sure that is. Only anchors
// the two claims share tie them: participants, the day of the event, or
// the story holding a single thing of this measure. Anchors missing on
// either side tie nothing.
// storyCount is what the story as a whole says of a measure: whether it
// holds several things of it, and whether a shared day can tie two of
// them (not when one article gives two values for that very day).
type storyCount struct {
	several, dayTies bool
	// holders is how many different names the story gives as whose
	// figure of this measure it is.
	holders int
	// areas is how many different places, a whole area among them, the
	// story counts this measure in.
	areas int
	// ownSeries: the two claims are one article's, and it gives values of
	// this measure that cannot all hold in more than this one pair.
	ownSeries bool
}

// townCount: the count names a town or district it was made in.
func townCount(c *Claim) bool { return c.Event.Place != "" && c.Event.Place != claim.WholeArea }

// heldBy is how many holders a story must name for a figure of a's
// measure that names none to be no one's in particular. A share of the
// vote is always some side's, so one named side is enough: "Vey won 17%"
// and an unnamed "38% of the vote" are two sides' shares more often than
// one. Lengths and moves are named for a holder only where a story has
// several.
func heldBy(a *Claim) int {
	if strings.HasPrefix(a.Slot, "percent:vote") {
		return 1
	}
	return 2
}

func matchEvent(a, b *Claim, story storyCount) Match {
	if separated(a, b) {
		return Match{}
	}
	shared, _, _ := overlap(a.Event.Participants, b.Event.Participants)
	sameDay := a.Kind != "date" && a.Event.Date != "" && a.Event.Date == b.Event.Date && story.dayTies
	if sameSequence(a, b) && !(a.Doc == b.Doc && a.Sentence == b.Sentence) {
		// "Klitschko, 47 KOs, beat Rahman, 36 KOs, in the seventh round":
		// one sentence's two values are two things' (below), whatever
		// event both share.
		return Match{Certainty: Certain, Reason: fmt.Sprintf("the same event of a series (number %d)", a.Event.Sequence)}
	}
	if claim.AlwaysHeld(a.Kind, a.Slot) && story.holders >= heldBy(a) && (holderOf(a) == "" || holderOf(b) == "") {
		// "Pelleri was banned for four years", "the doctor was banned for
		// ten": the story gives this figure for several holders (terms,
		// bans, parties' shares), and one that names none is no one's in
		// particular. A count's holder is often its agent (the storm
		// that killed), which says nothing of whose count it is.
		return Match{Certainty: Possible, Reason: "the story gives this figure for several holders and one of these names none"}
	}
	if a.Slot == claim.InOfficeSlot && holderOf(a) == "" && holderOf(b) == "" {
		// "17 months as transport minister": a time in a post is one
		// person's, and only a person one of them names ties the two.
		return Match{Certainty: Possible, Reason: "a time in a post is one person's, and neither names the person"}
	}
	if story.areas >= 2 && (townCount(a) && b.Event.Place == "" || townCount(b) && a.Event.Place == "") {
		// "eight were killed in Tarrow" against "15 were killed": in a
		// story that counts several places, or a whole area and a town,
		// a count that names no place may be any of them.
		return Match{Certainty: Possible, Reason: "the story counts this in several places and one of these names none"}
	}
	if a.Doc == b.Doc && !story.ownSeries && settledElsewhere(a, b) {
		// "Five of the eight carriages left the track" and, further on,
		// "the three derailed carriages": the definite article presents
		// a size as the one already told, so the article has given two.
		return Match{Certainty: Probable, Reason: "the article gives this count again as the known one (\"the N …\") with another value"}
	}
	if story.several {
		return matchAmongSeveral(shared, sameDay, dayTie(a, b))
	}
	if a.Kind == "date" && a.Event.Planned && b.Event.Planned && shared == 0 && daysApart(a, b) > 0 {
		// "the caucus meets on Friday", "talks resume on Saturday":
		// days still to come are often steps of one schedule. A year
		// or a month given for one plan ("work will begin in 2027") is
		// no step.
		return Match{Certainty: Possible, Reason: "two days still to come, which a schedule holds several of"}
	}
	if a.Kind == "date" && (weekAgoReading(a, b) || weekAgoReading(b, a)) {
		// "the pumps failed on Tuesday" in a Tuesday explainer looking
		// back on the week: the weekday may be last Tuesday's.
		return Match{Certainty: Possible, Reason: "a weekday that is its article's own day may name the same day a week before, which the other gives"}
	}
	if a.Kind == "date" && daysApart(a, b) > slipDays && !(a.Event.Once && b.Event.Once) {
		return Match{Certainty: Possible, Reason: "days weeks apart are two events more often than a slip"}
	}
	if a.Kind == claim.KindDuration && (unnamedFarEnd(a) || unnamedFarEnd(b)) {
		// "a strong aftershock struck six hours after the quake", "a child
		// was pulled out 40 hours after the quake": one anchor measures
		// many events, and an offset that does not say what happened at
		// its far end may be any of them.
		return Match{Certainty: Possible, Reason: "an offset from an event that does not say what happened at its far end"}
	}
	if a.Kind == claim.KindDuration && ordersApart(a, b) {
		// "a meeting that lasted 33 minutes" against "negotiations that
		// ran for 17 months": no slip of a writer spans such a gap, but
		// one word ("talks") can name a whole process and one sitting.
		return Match{Certainty: Possible, Reason: "lengths of different orders, which no slip spans: two things, not one told twice"}
	}
	if a.Kind == claim.KindDuration && lengthsOfDaysOneUndated(a, b) {
		return Match{Certainty: Possible, Reason: "a length of days in an undated article may be of an event still going on when it was written"}
	}
	if a.Kind == "date" && backgroundYear(a, b) && backgroundYear(b, a) && !(a.Event.Once && b.Event.Once) {
		// "at the previous election, in 2018", "the closest race on
		// record, in 2009": a story tells its own events to the day and
		// reaches back to earlier ones by the year, and its background
		// holds as many of a kind as the writer needs for comparison.
		return Match{Certainty: Possible, Reason: "two years long past, which a story's background holds several events of"}
	}
	if a.Doc == b.Doc && a.Sentence == b.Sentence {
		// "sentences of three and four years", "killed 12 and injured
		// 12": one sentence giving two values of a measure gives them to
		// two things; a writer does not contradict a figure in its own
		// sentence.
		return Match{Certainty: Unrelated, Reason: "two values in one sentence, of two things"}
	}
	if a.Doc == b.Doc && !namesItsOwnHolder(a, b) {
		// One article giving two values of one measure covers two things
		// far more often than it contradicts itself: a series of calls, a
		// foreshock, a total and one side's share. Only a named holder
		// both share ties the two.
		return Match{Certainty: Possible, Reason: "one article gives two values of this measure"}
	}
	if a.Slot == "date:death" && !(holderOf(a) != "" && holderOf(a) == holderOf(b)) {
		// A toll that rises is many deaths, each on its own day: only a
		// victim both name ties two days of death.
		return Match{Certainty: Possible, Reason: "deaths of a toll are each a victim's own, and no victim ties these two"}
	}
	switch {
	case shared >= 2:
		return Match{Certainty: Certain, Reason: "same participants (" + strings.Join(a.Event.Participants, ", ") + ")"}
	case shared == 1 && sameDay:
		return Match{Certainty: Certain, Reason: "same participant and " + dayTie(a, b)}
	case a.Event.Other:
		return Match{Certainty: Possible, Reason: "both set apart from the main event"}
	case shared == 0 && (a.Event.Weekday != "" || b.Event.Weekday != ""):
		return Match{Certainty: Possible, Reason: "a weekday in an undated article fixes no week"}
	case shared == 0 && (bareCount(a) || bareCount(b)):
		return Match{Certainty: Possible, Reason: "a count with no predicate says too little of what it counts"}
	case !sameFrame(a, b):
		return Match{Certainty: Possible, Reason: "the time frames of the two articles are far apart"}
	case len(a.Event.Participants) == 0 && len(b.Event.Participants) == 0 && a.Kind != "duration":
		reason := "the story's only figure of this measure"
		if sameDay {
			reason += "; " + dayTie(a, b)
		}
		return Match{Certainty: Certain, Reason: reason}
	}
	reason := "same story, same kind of event"
	if sameDay {
		reason += "; " + dayTie(a, b)
	}
	return Match{Certainty: Probable, Reason: reason}
}

// unnamedFarEnd: an offset whose slot names no act at its far end
// ("offset:after:incident:"): one anchor, a quake or a blast or a
// term's end, measures many events.
func unnamedFarEnd(c *Claim) bool {
	return strings.HasPrefix(c.Slot, "offset:") && strings.HasSuffix(c.Slot, ":")
}

// holderOf is the name that holds a claim's figure, "" when none does.
func holderOf(c *Claim) string {
	if c.Frame == nil {
		return ""
	}
	return c.Frame.Holder
}

// bareCount: "52 catches", "14 games": a noun counted with no verb,
// role or holder to say whose or which; such figures abound in any story
// and tie to nothing.
func bareCount(c *Claim) bool {
	return strings.HasPrefix(c.Slot, "count:") && !c.Frame.Complete()
}

// settledElsewhere: of two counts of one article on one measure, with a
// verb or role each, one is given as the known size of its set ("the three
// derailed carriages"). Lengths and days are left out: "the 48 hours" or
// "the 12 days" name a span of the story, seldom the one measured.
func settledElsewhere(a, b *Claim) bool {
	if a.Kind != claim.KindQuantity && a.Kind != claim.KindCasualties || a.Frame == nil || b.Frame == nil || a.Quoted != b.Quoted || a.Vague || b.Vague {
		return false
	}
	return (a.Frame.Definite || b.Frame.Definite) && a.Frame.Complete() && b.Frame.Complete()
}

// namesItsOwnHolder: both claims say whose figure it is, and it is the
// same one (the population of a named town, a figure held by one named
// side).
func namesItsOwnHolder(a, b *Claim) bool {
	if place, ok := strings.CutPrefix(a.Slot, "population:"); ok && place != "here" {
		return true
	}
	return holderOf(a) != "" && holderOf(a) == holderOf(b)
}

// sameSequence: both claims name the same place in a series of events
// ("the second round" and "round two").
func sameSequence(a, b *Claim) bool {
	return a.Event.Sequence > 0 && a.Event.Sequence == b.Event.Sequence
}

// matchAmongSeveral ties two claims on a measure the story holds several
// of. The same people meet again and again (three calls between two
// leaders), so only the day of the event tells which one is meant.
func matchAmongSeveral(shared int, sameDay bool, day string) Match {
	switch {
	case sameDay && shared > 0:
		return Match{Certainty: Certain, Reason: "the story has several of these figures; these two share a participant and " + day}
	case sameDay:
		return Match{Certainty: Probable, Reason: "the story has several of these figures; these two share " + day}
	}
	return Match{Certainty: Possible, Reason: "the story has several of these figures and nothing ties these two to one"}
}

// dayTie words the day two claims share: one the text names on both
// sides, or one lent to a length that names none by the dated event its
// article reports just after (withReportedDays), which the why line
// must not pass off as a day the text gives.
func dayTie(a, b *Claim) string {
	if a.Event.DateText == "" || b.Event.DateText == "" {
		return "the day of the event reported just before"
	}
	return "the same day"
}

// undated: the claim's article gives no time at all, neither a
// publication time nor a dateline.
func undated(c *Claim) bool { return c.AsOf == "" }

// slipDays is how far apart two days given for one event can lie and
// still read as a slip (a weekday confused, a day off by one) rather
// than two events.
const slipDays = 7

// daysApart is the gap between two date claims given to the day, 0 when
// either is coarser or unresolved.
func daysApart(a, b *Claim) float64 {
	da, okA := dayRange(a.Event.Date)
	db, okB := dayRange(b.Event.Date)
	if !okA || !okB || da[0] != da[1] || db[0] != db[1] {
		return 0
	}
	return math.Abs(da[0] - db[0])
}

// spreadAndUnsaid: one figure is spread over a span and the other says
// no span: the other may be the same whole or one instalment of it,
// which judging tells apart by size.
func spreadAndUnsaid(a, b *Claim) bool {
	pa, pb := a.Event.Part, b.Event.Part
	return pa == claim.SpreadPart && pb == "" || pb == claim.SpreadPart && pa == ""
}

// partOnItsDay: one claim names a part of an event ("the final session")
// and the other names none, and both give the same day: the day ties
// the part-less claim to that part ("Sunday's seven-hour session"),
// which a whole of several days ("the talks lasted five days") does not
// have.
func partOnItsDay(a, b *Claim) bool {
	if (a.Event.Part == "") == (b.Event.Part == "") || len(a.Event.Date) != len("2006-01-02") {
		return false
	}
	return a.Event.Date == b.Event.Date
}

// weekAgoReading: own's day comes from a bare weekday that is the weekday
// of its own article's day ("on Tuesday" in a Tuesday paper), which names
// that day or the same day a week before, and other gives the week-before
// day.
func weekAgoReading(own, other *Claim) bool {
	t, err := parseAsOf(own.AsOf)
	if err != nil || own.Event.Date != t.Format("2006-01-02") || !bareWeekday(own.Event.DateText) {
		return false
	}
	return other.Event.Date == t.AddDate(0, 0, -7).Format("2006-01-02")
}

// bareWeekday: the words name a weekday and no day of a month.
func bareWeekday(text string) bool {
	return !strings.ContainsAny(text, "0123456789") && claim.WeekdayIn(text) != ""
}

// sameFrame: two claims with no day of their own hold for their articles'
// time frames; articles published far apart are not taken to report one
// event unless something in the text says so. An article with no date
// has no known time frame, so it shares none with a dated one: two
// reports of two earthquakes years apart look alike when one is undated.
func sameFrame(a, b *Claim) bool {
	if a.Event.Date != "" && b.Event.Date != "" {
		return true
	}
	ta, errA := parseAsOf(a.AsOf)
	tb, errB := parseAsOf(b.AsOf)
	if undated(a) != undated(b) {
		return a.Framed || b.Framed // an undated article the story's days place in its time
	}
	if errA != nil || errB != nil || a.Event.Date != "" || b.Event.Date != "" {
		return true
	}
	gap := ta.Sub(tb).Hours() / 24
	return gap <= farApart && gap >= -farApart
}

// differentEras: one date falls in its article's own time frame and the
// other in the past months or in history. A date in an undated article is
// placed against the other article's publication: an explainer's "In
// 2011, a landslide destroyed four houses" is history beside this week's
// landslide.
func differentEras(a, b *Claim) bool {
	ra, rb := recentness(a, a.AsOf), recentness(b, b.AsOf)
	if ra < 0 {
		ra = recentness(a, b.AsOf)
	}
	if rb < 0 {
		rb = recentness(b, a.AsOf)
	}
	return ra >= 0 && rb >= 0 && ra != rb
}

// ordersApart: the longest one length can be is less than a fiftieth of
// the shortest the other can be.
func ordersApart(a, b *Claim) bool {
	short, long := a, b
	if float64(b.Hi) < float64(a.Lo) {
		short, long = b, a
	}
	return short.Hi > 0 && float64(long.Lo) > 50*float64(short.Hi)
}

// backgroundYear: the claim dates its event by the year alone, a year
// that ended before its article's time frame (or, for an undated
// article, the other's).
func backgroundYear(c, other *Claim) bool {
	if len(c.Event.Date) != len("2006") || strings.HasPrefix(c.Slot, "since:") {
		return false // "the first rise since 2019" names the one last time
	}
	if c.Event.DateText == c.Event.Date {
		return false // a year before its noun ("the 2019 ice storm") names one event the reader knows
	}
	r := recentness(c, c.AsOf)
	if r < 0 {
		r = recentness(c, other.AsOf)
	}
	return r > 0
}

// recentness sorts a dated event into the time frame of an article
// published at asOf (0), the past months (1) or history (2); unknown when
// there is no publication time.
func recentness(c *Claim, asOf string) int {
	day, ok := dayRange(c.Event.Date)
	t, err := parseAsOf(asOf)
	if !ok || err != nil {
		return -1
	}
	pub := math.Floor(float64(t.Unix()) / 86400)
	switch back := pub - day[1]; {
	case back <= farApart:
		return 0
	case back <= 365:
		return 1
	}
	return 2
}

func overlap(a, b []string) (shared, onlyA, onlyB int) {
	set := map[string]bool{}
	for _, k := range a {
		set[k] = true
	}
	for _, k := range b {
		if set[k] {
			shared++
		} else {
			onlyB++
		}
	}
	return shared, len(a) - shared, onlyB
}

// datesCompatible: two events on days that cannot coincide are two events;
// one dated far from the other article's time frame is another event too.
func datesCompatible(a, b *Claim) bool {
	da, okA := dayRange(a.Event.Date)
	db, okB := dayRange(b.Event.Date)
	switch {
	case okA && okB:
		return da[0] <= db[1] && db[0] <= da[1]
	case okA:
		return nearFrame(da, b.AsOf)
	case okB:
		return nearFrame(db, a.AsOf)
	}
	return true
}

func nearFrame(r [2]float64, asOf string) bool {
	t, err := parseAsOf(asOf)
	if err != nil {
		return true
	}
	day := math.Floor(float64(t.Unix()) / 86400)
	return day-r[1] <= farApart && r[0]-day <= farApart
}

// dayRange reads "2025-03-11", "2025-03" or "2025" as days since 1970.
func dayRange(s string) ([2]float64, bool) {
	layouts := []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	}
	for _, l := range layouts {
		if len(s) != len(l.layout) {
			continue
		}
		t, err := time.Parse(l.layout, s)
		if err != nil {
			return [2]float64{}, false
		}
		return [2]float64{float64(t.Unix() / 86400), float64(l.next(t).Unix() / 86400)}, true
	}
	return [2]float64{}, false
}

// parseAsOf reads a publication time; a dateline day or nothing is not
// one, and is told apart without the cost of a failed parse.
func parseAsOf(s string) (time.Time, error) {
	if len(s) < len("2006-01-02T15:04:05Z") || s[0] == '-' {
		return time.Time{}, errNoTime
	}
	return time.Parse(time.RFC3339, s)
}

var errNoTime = errors.New("no publication time")

// lengthsOfDaysOneUndated: two lengths of a day or more of an undated
// event, one told in an article with no publication time. "Five days of
// riots" is as long as the riots had run when it was written; without
// that time the two lengths are not known to be of one moment.
func lengthsOfDaysOneUndated(a, b *Claim) bool {
	const day = 24 * 3600
	return (a.AsOf == "" || b.AsOf == "") && a.Event.Date == "" && b.Event.Date == "" &&
		float64(a.Lo) >= day && float64(b.Lo) >= day && !wholeLength(a) && !wholeLength(b)
}

// wholeLength: a length written before its noun ("a three-day rescue",
// "the 72-hour strike") names the whole event's length, not the time it
// had run so far.
func wholeLength(c *Claim) bool { return c.Frame != nil && c.Frame.Whole }
