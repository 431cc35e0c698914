package judge

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
)

// judgeAmount compares two figures for one slot of one event: counts,
// money, shares and durations.
//
// story holds what the whole story says of the figures: which stand out
// above the reports before and after them, and which belong to a toll
// the story shows still moving.
func judgeAmount(a, b *align.Claim, m align.Match, opts Options, story storyFacts) (Finding, bool) {
	if a.Refuted || b.Refuted || a.Unverified || b.Unverified || a.Headline && b.Headline {
		return Finding{}, false
	}
	if farApart(a, b) {
		return Finding{}, false
	}
	if meet, ok := ongoingMeet(a, b, opts.Tolerance); ok && meet || !ok && intervalsMeet(a, b, opts.Tolerance) {
		return Finding{}, false
	}
	if (claim.MovesBothWays(a.Slot) || a.State || b.State) && differentTimes(a, b) {
		// People missing or in hospital are found and discharged, ships
		// waiting sail: figures of a state move both ways.
		return Finding{}, false
	}
	if changedSince(a, b) || changedSince(b, a) {
		return Finding{}, false
	}
	if stageOfWhole(a, b) || stageOfWhole(b, a) || instalmentOfSpread(a, b) || instalmentOfSpread(b, a) {
		return Finding{}, false
	}
	if earlier, later, ok := byTime(a, b); ok && (later.Running || earlier.Running && isCount(earlier)) && float64(later.Lo) >= float64(earlier.Lo) && !claim.Transposed(&a.Claim, &b.Claim) {
		// "6,000 have now been ordered out" a day after "2,400 were
		// evacuated overnight": a total so far takes in what came before;
		// a count of things so far ("about 2,900 barrels have escaped so
		// far") is met by a later, larger one.
		return Finding{}, false
	}
	series := claim.IsSeries(a.Slot) || a.Running && b.Running
	if series && oneSideUndated(a, b) && !aboveAClosedCount(a, b) && !aboveAClosedCount(b, a) {
		return Finding{}, false // a toll without a date may be older or newer than the other
	}
	note := ""
	unmoved := false
	if series {
		earlier, later, ok := byTime(a, b)
		slip := claim.Transposed(&a.Claim, &b.Claim)
		rising := ok && float64(later.Lo) >= float64(earlier.Lo) && !slip && !earlier.Final && !story.standsOut.against(later, earlier)
		unmoved = rising && later.Kind == claim.KindCasualties && !story.moving[later] && !story.moving[earlier]
		if rising && !unmoved {
			return Finding{}, false // a rising toll: the later report updates the earlier
		}
		if ok && countsAGroup(later, earlier) {
			return Finding{}, false // "two rescue workers were hurt" days after "140 injured": a part
		}
		switch {
		case slip:
			note = "; the digits of one are the other's in another order, a slip more often than an update"
		case unmoved:
			note = "; nothing in the story shows this toll still moving, so the higher figure may be a slip rather than an update"
		case ok && float64(later.Lo) >= float64(earlier.Lo) && story.standsOut.against(later, earlier):
			note = "; reports before and after the higher figure agree on a lower one"
		case ok && float64(later.Lo) >= float64(earlier.Lo):
			note = "; the earlier report gives its figure as final"
		case ok:
			note = "; the later report gives a lower figure than the earlier one's"
		}
	}
	f := newFinding(a, b, m, "amount-conflict")
	f.Message = fmt.Sprintf("%s: %s vs %s%s", slotLabel(a.Slot, a.Event.Noun), a.Display, b.Display, note)
	if unmoved && f.Severity == SeverityError {
		f.Severity = SeverityWarning // a toll may rise with no word of it: an editor weighs it
	}
	if sourcesDiffer(a, b) {
		f.Rule = "sources-disagree"
		f.Message = fmt.Sprintf("%s and %s disagree on %s: %s vs %s", a.Source, b.Source, slotLabel(a.Slot, a.Event.Noun), a.Display, b.Display)
	}
	return f, true
}

// storyVictims clears the group of casualty figures whose group two or
// more articles of the story count on one measure (a block of the story
// is judged apart from the rest, so the count stays within the slot): "workers" at an exploded plant,
// "fans" at a crushed stadium are everyone the toll counts, not a part
// of it. A group one article alone names ("two rescue workers were
// hurt") stays a part.
func storyVictims(claims []align.Claim) []align.Claim {
	docs := map[[3]string]map[string]bool{}
	for i := range claims {
		if g := groupOf(&claims[i]); g != "" {
			key := [3]string{claims[i].Story, claims[i].Slot, g}
			if docs[key] == nil {
				docs[key] = map[string]bool{}
			}
			docs[key][claims[i].Doc] = true
		}
	}
	var out []align.Claim
	for i := range claims {
		g := groupOf(&claims[i])
		if g == "" || len(docs[[3]string{claims[i].Story, claims[i].Slot, g}]) < 2 {
			continue
		}
		if out == nil {
			out = slices.Clone(claims)
		}
		frame := *out[i].Frame
		frame.Group = ""
		out[i].Frame = &frame
	}
	if out == nil {
		return claims
	}
	return out
}

func groupOf(c *align.Claim) string {
	if c.Kind != claim.KindCasualties || c.Frame == nil {
		return ""
	}
	return c.Frame.Group
}

// stageOfWhole: a counts what one numbered stage of a series moved ("43
// detainees were freed in the first of four handovers", "the second
// convoy carried 70 tonnes") and b, a count of no stage, is no smaller:
// a part of the whole, not a rival figure for it. Levels told at each
// stage of a count (a margin on election night and after the recount, a
// share in each round) are no parts of anything.
func stageOfWhole(a, b *align.Claim) bool {
	if !a.Event.Stage || b.Event.Sequence != 0 || a.Kind == claim.KindDuration || claim.IsLevel(a.Slot) {
		return false
	}
	return float64(a.Hi) <= float64(b.Lo)
}

// instalmentOfSpread: a is a figure told with no span and b one spread
// over a span ("9.5 per cent over four years"), and a is no larger: it
// may be one instalment of b ("a 3.5 per cent rise this year"). A figure
// larger than the whole spread cannot be one of its instalments.
func instalmentOfSpread(a, b *align.Claim) bool {
	return a.Event.Part == "" && b.Event.Part == claim.SpreadPart && float64(a.Hi) < float64(b.Lo)
}

// farApart: two counts or amounts more than ten times apart are seldom
// one figure told twice, unless one is the other with its scale slipped
// ("€2 million" against "€2 billion", "400" against "4,000"): a slip
// changes a digit or a scale word, a toll climbs by steps.
func farApart(a, b *align.Claim) bool {
	if a.Kind != claim.KindCasualties && a.Kind != claim.KindQuantity {
		return false
	}
	lo, hi := min(float64(a.Hi), float64(b.Hi)), max(float64(a.Lo), float64(b.Lo))
	if lo <= 0 || hi <= 10*lo || math.IsInf(hi, 0) {
		return false
	}
	ratio := math.Log10(hi / lo)
	return math.Abs(ratio-math.Round(ratio)) > 1e-9 // "€2 million" against "€2 billion" is a slip of the scale word
}

// isCount: the claim counts things or people, not an amount of money, a
// share or a size.
func isCount(c *align.Claim) bool {
	return c.Kind == claim.KindCasualties || strings.HasPrefix(c.Slot, "count:")
}

// countsAGroup: a counts a group narrower than what b counts, so a lower
// figure in a is a part of b's, not a revision of it.
func countsAGroup(a, b *align.Claim) bool {
	return a.Frame != nil && a.Frame.Group != "" && (b.Frame == nil || b.Frame.Group != a.Frame.Group)
}

// asOfTimes reads two as-of times. A dateline day without a year
// ("--01-29") takes the year that puts it nearest the other time.
func asOfTimes(a, b string) (time.Time, time.Time, bool) {
	ta, errA := time.Parse(time.RFC3339, a)
	tb, errB := time.Parse(time.RFC3339, b)
	switch {
	case errA == nil && errB == nil:
		return ta, tb, true
	case errA == nil:
		tb, errB = dayNear(b, ta)
	case errB == nil:
		ta, errA = dayNear(a, tb)
	}
	return ta, tb, errA == nil && errB == nil
}

func dayNear(monthDay string, near time.Time) (time.Time, error) {
	best, err := time.Parse("2006--01-02", fmt.Sprint(near.Year())+monthDay)
	if err != nil {
		return time.Time{}, err
	}
	for _, y := range []int{near.Year() - 1, near.Year() + 1} {
		if t, err := time.Parse("2006--01-02", fmt.Sprint(y)+monthDay); err == nil && absDuration(t.Sub(near)) < absDuration(best.Sub(near)) {
			best = t
		}
	}
	return best.Add(12 * time.Hour), nil // midday: the day is known, not the hour
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// differentTimes: both claims carry times, more than six hours apart.
func differentTimes(a, b *align.Claim) bool {
	ta, tb, known := asOfTimes(a.AsOf, b.AsOf)
	if !known {
		return false
	}
	if dayOnly(ta) || dayOnly(tb) {
		// "2025-08-18" is some time that day, not its first minute: a
		// report of the day before is of another time, one of the same
		// day may be of this one.
		ya, ma, da := ta.Date()
		yb, mb, db := tb.Date()
		return ya != yb || ma != mb || da != db
	}
	d := ta.Sub(tb)
	return d > 6*time.Hour || d < -6*time.Hour
}

// changedSince: the text of a says a change brought the measure to a's
// level, and b is not known to come after that report, so b may give
// the level before the change.
func changedSince(a, b *align.Claim) bool {
	if !a.Changed {
		return false
	}
	if a.Rose && float64(b.Lo) > float64(a.Hi) || a.Fell && float64(b.Hi) < float64(a.Lo) {
		// "the toll rose to 11" against an earlier 12: the level before
		// a rise was lower, so b is no earlier level of it.
		return false
	}
	ta, tb, known := asOfTimes(a.AsOf, b.AsOf)
	return !known || tb.Sub(ta) <= 6*time.Hour
}

func oneSideUndated(a, b *align.Claim) bool { return (a.AsOf == "") != (b.AsOf == "") }

// aboveAClosedCount: a is an undated figure above b, a count its report
// gives as final: a toll closed holds at every later date, and a figure
// above it was never its value before either.
func aboveAClosedCount(a, b *align.Claim) bool {
	return a.AsOf == "" && b.AsOf != "" && b.Final && float64(a.Lo) > float64(b.Hi)
}

// judgeTally compares two counts of one vote; a side one report leaves
// out never conflicts, and a tally that carried and one that failed are
// two rounds.
func judgeTally(a, b *align.Claim, m align.Match) (Finding, bool) {
	if a.Tally == nil || b.Tally == nil || a.Tally.Agrees(*b.Tally) || !a.Tally.SameBody(*b.Tally) || a.Tally.OppositeOutcomes(*b.Tally) || a.Unverified || b.Unverified {
		return Finding{}, false
	}
	f := newFinding(a, b, m, "vote-conflict")
	f.Message = fmt.Sprintf("vote: %s vs %s", a.Display, b.Display)
	return f, true
}

// judgeDate compares two dates given for one event; where one side
// names only a weekday, the weekdays are compared.
func judgeDate(a, b *align.Claim, m align.Match, opts Options) (Finding, bool) {
	if a.Refuted || b.Refuted || a.Unverified || b.Unverified {
		return Finding{}, false
	}
	if a.Event.Weekday != "" || b.Event.Weekday != "" {
		wa, wb := weekdayOf(a), weekdayOf(b)
		if wa == "" || wb == "" || wa == wb {
			return Finding{}, false
		}
	} else if a.Lo <= b.Hi && b.Lo <= a.Hi {
		return Finding{}, false
	}
	if acrossMidnight(a, b) || acrossMidnight(b, a) {
		return Finding{}, false
	}
	f := newFinding(a, b, m, "date-conflict")
	f.Message = fmt.Sprintf("%s: %s vs %s", slotLabel(a.Slot, a.Event.Noun), a.Display, b.Display)
	if (weekInferred(a) || weekInferred(b)) && weekdayOf(a) != "" && weekdayOf(a) == weekdayOf(b) {
		// "on Monday night" in a look-back published a week on, against
		// "Monday 3 March": the weekdays the texts give agree, and only
		// the week read for the bare one differs.
		f.Severity = SeverityInfo
		f.Why += "; both give the same weekday, and only the week read for a weekday written alone differs"
	}
	return f, true
}

// acrossMidnight: a puts the event late on one day and b early on the
// next ("late on Monday night", "in the early hours of Tuesday"): one
// night told from either side of midnight.
func acrossMidnight(a, b *align.Claim) bool {
	if a.Event.Hours != "late" || b.Event.Hours != "early" || a.Lo != a.Hi || b.Lo != b.Hi {
		return false
	}
	return float64(b.Lo)-float64(a.Lo) == 1
}

// weekInferred: the claim's day was written as a weekday alone ("on
// Monday", "last Thursday night"), so its week is read from the
// article's date, not from the text.
func weekInferred(c *align.Claim) bool {
	return claim.WeekdayIn(c.Event.DateText) != "" && !strings.ContainsAny(c.Event.DateText, "0123456789")
}

// weekdayOf gives the weekday a date claim names or falls on, "" when a
// span of days leaves it open.
func weekdayOf(c *align.Claim) string {
	if c.Event.Weekday != "" {
		return c.Event.Weekday
	}
	if c.Lo != c.Hi {
		return ""
	}
	t, err := time.Parse("2006-01-02", c.Event.Date)
	if err != nil {
		return ""
	}
	return t.Weekday().String()
}

// intervalsMeet reports whether both figures can hold at once.
func intervalsMeet(a, b *align.Claim, tol float64) bool { return claim.Meet(&a.Claim, &b.Claim, tol) }

// ongoingMeet compares two lengths of an event still going on, each as
// of its own publication: "in its 12th day" on June 13 and "three weeks"
// on June 16 are compared by moving the first to June 16.
// ok is false when the rule does not apply.
//
// Against a length of the whole event, one still going on is only a
// lower bound: "five hours on, the fire still burned" and "the fire
// burned for nine hours" both hold.
func ongoingMeet(a, b *align.Claim, tol float64) (meet, ok bool) {
	if a.Ongoing != b.Ongoing {
		running, whole := a, b
		if b.Ongoing {
			running, whole = b, a
		}
		atLeast := *running
		atLeast.Hi = claim.Bound(math.Inf(1))
		return intervalsMeet(&atLeast, whole, tol), true
	}
	if !a.Ongoing {
		return false, false
	}
	ta, errA := time.Parse(time.RFC3339, a.AsOf)
	tb, errB := time.Parse(time.RFC3339, b.AsOf)
	if errA != nil || errB != nil {
		return false, false
	}
	shift := tb.Sub(ta).Seconds()
	moved := *a
	moved.Lo, moved.Hi = a.Lo+claim.Bound(shift), a.Hi+claim.Bound(shift)
	return intervalsMeet(&moved, b, tol), true
}

// byTime orders two claims by the time they hold for; ok is false when
// either time is unknown or both are the same.
func byTime(a, b *align.Claim) (earlier, later *align.Claim, ok bool) {
	ta, tb, known := asOfTimes(a.AsOf, b.AsOf)
	if !known || ta.Equal(tb) || sameDayOneUntimed(ta, tb) {
		return nil, nil, false
	}
	if ta.Before(tb) {
		return a, b, true
	}
	return b, a, true
}

// sameDayOneUntimed: two times of one day, one of which is the day
// alone (a stamp at midnight is a date with no hour): the article may
// have been written at any hour of it, so which came first is unknown.
func sameDayOneUntimed(ta, tb time.Time) bool {
	ya, ma, da := ta.Date()
	yb, mb, db := tb.Date()
	return ya == yb && ma == mb && da == db && (dayOnly(ta) || dayOnly(tb))
}

func dayOnly(t time.Time) bool { return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 }

// newFinding fills what every contradiction carries: both sides, the
// severity from how sure the alignment is and who says so, and why the
// two were compared.
func newFinding(a, b *align.Claim, m align.Match, rule string) Finding {
	sev := severityOf(m.Certainty)
	why := m.Reason
	if sourcesDiffer(a, b) && sev == SeverityError {
		sev = SeverityWarning
		why += fmt.Sprintf("; sources disagree (%s / %s)", a.Source, b.Source)
	}
	if a.Headline || b.Headline {
		// A headline rounds and compresses; its article's body tells the
		// figure in full and is compared on its own.
		sev = SeverityInfo
		why += "; one side is a headline"
	}
	why += "; " + anchors(a) + " / " + anchors(b)
	return Finding{
		Severity: sev,
		Rule:     rule,
		Why:      why,
		Evidence: []Evidence{evidenceOf(a), evidenceOf(b)},
	}
}

// severityOf: an error only when the two claims are tied to one event,
// a warning when the tie is probable, a note when nothing ties them.
func severityOf(c align.Certainty) Severity {
	switch c {
	case align.Certain:
		return SeverityError
	case align.Probable:
		return SeverityWarning
	}
	return SeverityInfo
}

// sourcesDiffer: both figures are attributed, to different sources.
func sourcesDiffer(a, b *align.Claim) bool {
	return a.Source != "" && b.Source != "" && a.Source != b.Source
}

func evidenceOf(c *align.Claim) Evidence {
	ev := c.Event
	return Evidence{Span: c.Evidence, Value: c.Value, Display: c.Display, Event: &ev, Source: c.Source, AsOf: c.AsOf}
}

// anchors describes one side's event for the why line.
func anchors(c *align.Claim) string {
	var parts []string
	if c.Event.Noun != "" {
		parts = append(parts, c.Event.Noun)
	}
	if len(c.Event.Participants) > 0 {
		parts = append(parts, "with "+strings.Join(c.Event.Participants, ", "))
	}
	switch {
	case c.Event.DateText != "" && c.Kind != "date":
		parts = append(parts, fmt.Sprintf("dated %q (%s)", c.Event.DateText, c.Event.Date))
	case c.Kind != "date":
		parts = append(parts, "no date given")
	}
	switch {
	case strings.HasPrefix(c.AsOf, "--"):
		parts = append(parts, "dateline "+c.AsOf[2:])
	case len(c.AsOf) >= 10:
		parts = append(parts, "published "+c.AsOf[:10])
	}
	return c.Evidence.Path + ": " + strings.Join(parts, ", ")
}

// slotLabel names a slot for messages: "length of the call", "killed".
func slotLabel(slot, noun string) string {
	each := ""
	if s, ok := strings.CutSuffix(slot, ":each"); ok {
		slot, each = s, " (each)"
	}
	return slotName(slot, noun) + each
}

func slotName(slot, noun string) string {
	kind, rest, _ := strings.Cut(slot, ":")
	switch kind {
	case "duration":
		return "length of the " + nounOr(noun, rest)
	case "date":
		return "date of the " + nounOr(noun, rest)
	case "since":
		return "previous " + nounOr(noun, rest)
	case "count":
		return "number of " + rest
	case "percent", "points":
		return "share of " + rest
	case "money":
		return "amount of " + lastPart(rest)
	case "vote":
		return "vote"
	case "population":
		return "population of " + rest
	}
	if rest != "" && rest != "people" {
		return kind + " " + strings.ReplaceAll(rest, ":", " ")
	}
	return kind
}

func nounOr(noun, class string) string {
	if noun != "" {
		return noun
	}
	return class
}

func lastPart(s string) string {
	if i := strings.LastIndex(s, ":"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// judgeAlone finds what a single claim shows on its own: a weekday that
// does not fit its date.
func judgeAlone(claims []align.Claim) []Finding {
	var out []Finding
	for i := range claims {
		c := &claims[i]
		if c.Slot != "weekday-mismatch" || c.Counter == nil {
			continue
		}
		f := Finding{
			Kind:     c.Kind,
			Severity: SeverityError,
			Rule:     "weekday-mismatch",
			Message:  "weekday and date disagree: " + c.Display,
			Why:      "the article names a weekday the date does not fall on",
			Evidence: []Evidence{evidenceOf(c), {Span: *c.Counter, Value: c.Value, Display: c.Event.Date}},
		}
		f.ID = findingID(f)
		out = append(out, f)
	}
	return out
}
