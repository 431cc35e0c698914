package align

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

func callDay(doc, day string) Claim {
	return Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindDate, Slot: "date:call",
		Event: claim.Event{Date: day}, AsOf: "2025-03-11T10:00:00Z"}}
}

func callLength(doc string, minutes float64, day, asOf string) Claim {
	return Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindDuration, Slot: "duration:call",
		Lo: claim.Bound(minutes * 60), Hi: claim.Bound(minutes * 60), Exact: true,
		Event: claim.Event{Date: day}, AsOf: asOf}}
}

// tiedCase is a story and whether its first two claims are tied, as
// one event's (Certain or Probable).
type tiedCase struct {
	name  string
	story []Claim
	tied  bool
}

func checkTied(t *testing.T, tests []tiedCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := certaintyOf(t, tt.story, 0, 1)
			if tied := got == Certain || got == Probable; tied != tt.tied {
				t.Errorf("certainty %d, want tied = %v", got, tt.tied)
			}
		})
	}
}

// A story that dates calls weeks apart holds several calls: an undated
// length can only be tied through the day its article reports on.
func TestLengthsInAStoryOfSeveralEvents(t *testing.T) {
	claims := []Claim{
		callDay("a", "2025-02-04"), callDay("b", "2025-03-06"),
		callLength("c", 135, "2025-03-06", "2025-03-07T10:00:00Z"),
		callLength("live", 70, "", "2025-03-06T18:00:00Z"),  // published the day of the second call
		callLength("later", 90, "", "2025-03-20T10:00:00Z"), // two weeks on: no call of its days
	}
	if got := certaintyOf(t, claims, 2, 3); got == Unrelated || got == Possible {
		t.Errorf("the day's call against the live report of it: certainty %d, want it judged", got)
	}
	if got := certaintyOf(t, claims, 2, 4); got != Possible {
		t.Errorf("a dated call against an undated length weeks later: certainty %d, want Possible", got)
	}
}

// The why line names a day the text gives as such, and a day lent to an
// undated length by the event its article reports just after as lent.
func TestReasonNamesALentDay(t *testing.T) {
	reasonOf := func(claims []Claim, a, b int) string {
		for _, p := range Pairs(claims, 0.05) {
			if p.A == a && p.B == b {
				return p.Match.Reason
			}
		}
		return ""
	}
	named := func(doc string, minutes float64) Claim {
		c := callLength(doc, minutes, "2025-03-06", "2025-03-07T10:00:00Z")
		c.Event.DateText = "on Thursday"
		return c
	}
	claims := []Claim{
		callDay("a", "2025-02-04"), callDay("b", "2025-03-06"),
		named("c", 135), named("d", 80),
		callLength("live", 70, "", "2025-03-06T18:00:00Z"),
	}
	if got := reasonOf(claims, 2, 3); !strings.Contains(got, "the same day") {
		t.Errorf("two lengths dated by their text: reason %q, want it to say they share the same day", got)
	}
	if got := reasonOf(claims, 2, 4); !strings.Contains(got, "the day of the event reported just before") || strings.Contains(got, "the same day") {
		t.Errorf("a dated length against an undated one: reason %q, want the lent day named as lent", got)
	}
}

// Left alone: a story of one call ties its lengths as before.
func TestLengthsInAStoryOfOneEvent(t *testing.T) {
	claims := []Claim{
		callDay("a", "2025-03-06"), callDay("b", "2025-03-07"),
		callLength("c", 135, "", "2025-03-07T10:00:00Z"),
		callLength("d", 70, "", "2025-03-08T10:00:00Z"),
	}
	if got := certaintyOf(t, claims, 2, 3); got == Unrelated || got == Possible {
		t.Errorf("two lengths of the story's one call: certainty %d, want them judged", got)
	}
}

// The place of an event in a series ties two claims ("the second round",
// "round two") or sets them apart ("the first round", "the second").
func TestPlaceInASeries(t *testing.T) {
	round := func(doc string, seq int, minutes float64) Claim {
		c := callLength(doc, minutes, "", "2025-03-11T10:00:00Z")
		c.Slot, c.Event.Sequence, c.Event.Other = "duration:meeting", seq, seq > 1
		return c
	}
	claims := []Claim{round("a", 2, 180), round("b", 2, 120), round("c", 1, 300)}
	if got := certaintyOf(t, claims, 0, 1); got != Certain {
		t.Errorf("two reports of the second round: certainty %d, want Certain", got)
	}
	if got := certaintyOf(t, claims, 0, 2); got != Unrelated {
		t.Errorf("second round against first: certainty %d, want Unrelated", got)
	}
	// "A year ago, the budget passed its second reading": the same place
	// in a series a year back is another event.
	lastYear := round("d", 2, 60)
	lastYear.Event.Past = true
	claims = append(claims, lastYear)
	if got := certaintyOf(t, claims, 0, 3); got != Unrelated {
		t.Errorf("second round against last year's second round: certainty %d, want Unrelated", got)
	}
}

// A story that numbers an event past the first ("the second strike")
// holds several: two lengths that name no number cannot be tied to one.
// An event set apart as background ("a strike in 2019") leaves the
// story's unmarked lengths to its main event.
func TestLengthsInAStoryThatNumbersItsEvents(t *testing.T) {
	strike := func(doc string, hours float64, seq int, other bool) Claim {
		c := callLength(doc, hours*60, "", "2025-03-11T10:00:00Z")
		c.Slot, c.Event.Sequence, c.Event.Other = "duration:strike", seq, other
		return c
	}
	numbered := []Claim{strike("a", 48, 0, false), strike("b", 24, 0, false), strike("c", 72, 2, true)}
	if got := certaintyOf(t, numbered, 0, 1); got != Possible {
		t.Errorf("two unnumbered strikes in a story of a second one: certainty %d, want Possible", got)
	}
	running := []Claim{strike("a", 48, 0, false), strike("b", 24, 0, false), strike("c", 72, 2, true)}
	running[0].Ongoing, running[1].Ongoing = true, true // "now in its third day"
	if got := certaintyOf(t, running, 0, 1); got == Unrelated || got == Possible {
		t.Errorf("two lengths of the strike going on now: certainty %d, want them judged", got)
	}
	background := []Claim{strike("a", 48, 0, false), strike("b", 24, 0, false), strike("c", 72, 0, true)}
	if got := certaintyOf(t, background, 0, 1); got == Unrelated || got == Possible {
		t.Errorf("two lengths of the main strike beside a past one: certainty %d, want them judged", got)
	}
}

// A length of one part of an event (the final session) is not the whole
// event's length; two lengths of the same part still meet.
func TestPartOfAnEvent(t *testing.T) {
	talks := func(doc, part string, minutes float64) Claim {
		c := callLength(doc, minutes, "", "2025-03-11T10:00:00Z")
		c.Slot, c.Event.Part = "duration:meeting", part
		return c
	}
	claims := []Claim{talks("a", "last", 120), talks("b", "", 7200), talks("c", "last", 60)}
	if got := certaintyOf(t, claims, 0, 1); got != Unrelated {
		t.Errorf("the final session against the whole talks: certainty %d, want Unrelated", got)
	}
	if got := certaintyOf(t, claims, 0, 2); got == Unrelated {
		t.Error("two lengths of the final session: Unrelated, want them compared")
	}
	// "the final session ran for nine hours on Sunday" against "Sunday's
	// seven-hour session": the day ties the part-less length to the part.
	onSunday := []Claim{talks("a", "last", 540), talks("b", "", 420)}
	onSunday[0].Event.Date, onSunday[1].Event.Date = "2025-03-09", "2025-03-09"
	if got := certaintyOf(t, onSunday, 0, 1); got == Unrelated {
		t.Error("the final session and a session on its day: Unrelated, want them compared")
	}
}

// A date in an undated article is placed against the other article's
// publication: a year long past is another event than this week's, while
// two dates both long past, or both this week, are compared.
func TestDatesOfDifferentEras(t *testing.T) {
	slide := func(doc, day, asOf string) Claim {
		return Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindDate, Slot: "date:landslide",
			Event: claim.Event{Date: day}, AsOf: asOf}}
	}
	tests := []struct {
		name     string
		a, b     Claim
		compared bool
	}{
		{"this week against a year long past, undated explainer",
			slide("news", "2026-05-04", "2026-05-06T08:00:00Z"), slide("explainer", "2011", ""), false},
		{"the same the other way round",
			slide("explainer", "2011", ""), slide("news", "2026-05-04", "2026-05-06T08:00:00Z"), false},
		{"two years long past: one old event told two ways",
			slide("news", "1996", "2026-05-06T08:00:00Z"), slide("explainer", "1990", ""), true},
		{"two days this week, one undated",
			slide("news", "2026-05-04", "2026-05-06T08:00:00Z"), slide("explainer", "2026-05-05", ""), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := !separated(&tt.a, &tt.b); got != tt.compared {
				t.Errorf("compared = %v, want %v", got, tt.compared)
			}
		})
	}
}

// A measure a story holds crowds of claims of pairs each claim with only
// a few that disagree with it; a measure of ordinary size pairs them all.
func TestCrowdedMeasure(t *testing.T) {
	crowd := func(n int) []Claim {
		var out []Claim
		for i := range n {
			out = append(out, Claim{Story: "s", Claim: claim.Claim{
				Doc: fmt.Sprintf("a%03d.md", i), Kind: claim.KindQuantity, Slot: "size:crest",
				// values a tenth apart, so that any two disagree
				Lo: claim.Bound(10 * math.Pow(1.1, float64(i))), Hi: claim.Bound(10 * math.Pow(1.1, float64(i))), Exact: true, AsOf: "2025-03-11T10:00:00Z",
			}})
		}
		return out
	}
	perClaim := func(pairs []Pair, n int) int {
		most := 0
		counts := make([]int, n)
		for _, p := range pairs {
			counts[p.A]++
			counts[p.B]++
			most = max(most, counts[p.A], counts[p.B])
		}
		return most
	}
	if got := perClaim(Pairs(crowd(10), 0.05), 10); got != 9 {
		t.Errorf("ten claims of one measure: a claim is paired with %d, want all 9 others", got)
	}
	if got := perClaim(Pairs(crowd(crowdedGroup+10), 0.05), crowdedGroup+10); got > DiscordsShown {
		t.Errorf("a crowded measure: a claim is paired with %d, want at most %d", got, DiscordsShown)
	}
}

func voteDay(doc, day string) Claim {
	return Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindDate, Slot: "date:" + claim.VoteEvent,
		Event: claim.Event{Date: day}, AsOf: "2025-03-11T10:00:00Z"}}
}

func tally(doc string, yes, no int, day string) Claim {
	return Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindQuantity, Slot: "vote",
		Tally: &claim.Tally{For: yes, Against: no}, Event: claim.Event{Date: day}, AsOf: "2025-03-11T10:00:00Z"}}
}

// A story that dates votes on two days holds two votes: an undated tally
// cannot be tied to one. A story of one vote ties its tallies.
func TestTalliesInAStoryOfSeveralVotes(t *testing.T) {
	two := []Claim{voteDay("a", "2025-03-06"), voteDay("b", "2025-03-20"), tally("c", 9, 6, ""), tally("d", 8, 7, "")}
	if got := certaintyOf(t, two, 2, 3); got != Possible {
		t.Errorf("two undated tallies in a story of two votes: certainty %d, want Possible", got)
	}
	// "After Wednesday's vote" against "Thursday's vote": one vote, its
	// day given two ways.
	one := []Claim{voteDay("a", "2025-03-06"), voteDay("b", "2025-03-07"), tally("c", 9, 6, ""), tally("d", 8, 7, "")}
	if got := certaintyOf(t, one, 2, 3); got == Unrelated || got == Possible {
		t.Errorf("two tallies of the story's one vote: certainty %d, want them judged", got)
	}
}

// An undated article that gives the day of an event a dated article gives
// too is of the story's time: its lengths are compared with the dated
// article's. One that shares no day keeps no time frame.
func TestUndatedArticlePlacedByADay(t *testing.T) {
	undatedDay := callDay("explainer.txt", "2025-03-06")
	undatedDay.AsOf = ""
	claims := []Claim{
		callDay("wire", "2025-03-06"),
		callLength("wire", 135, "", "2025-03-07T10:00:00Z"),
		undatedDay,
		callLength("explainer.txt", 70, "", ""),
	}
	if got := certaintyOf(t, claims, 1, 3); got == Unrelated || got == Possible {
		t.Errorf("undated article sharing the call's day: certainty %d, want the lengths judged", got)
	}
	otherDay := callDay("explainer.txt", "2025-02-04")
	otherDay.AsOf = ""
	claims[2] = otherDay
	if got := certaintyOf(t, claims, 1, 3); got != Possible && got != Unrelated {
		t.Errorf("undated article sharing no day: certainty %d, want at most Possible", got)
	}
}

// Days still to come are often steps of one schedule ("the caucus meets
// on Friday", "talks resume on Saturday"); a year given for one plan is
// no step, and two years for it still meet.
func TestDaysStillToCome(t *testing.T) {
	planned := func(doc, day string) Claim {
		c := callDay(doc, day)
		c.Slot, c.Event.Planned = "date:meeting", true
		return c
	}
	days := []Claim{planned("a", "2025-03-14"), planned("b", "2025-03-15")}
	if got := certaintyOf(t, days, 0, 1); got != Possible {
		t.Errorf("two planned days: certainty %d, want Possible", got)
	}
	years := []Claim{planned("a", "2027"), planned("b", "2026")}
	if got := certaintyOf(t, years, 0, 1); got == Possible || got == Unrelated {
		t.Errorf("two planned years for one plan: certainty %d, want them tied", got)
	}
}

// A story tells its own events to the day and reaches back to earlier
// ones by the year: two years long past, each given by a phrase of time,
// are as likely two background events as one. A year set before its noun
// ("the 2019 ice storm"), a record's "since" and a day keep the tie.
func TestYearsOfTheBackground(t *testing.T) {
	past := func(doc, slot, year, text string) Claim {
		return Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindDate, Slot: slot,
			Event: claim.Event{Date: year, DateText: text}, AsOf: "2026-05-06T08:00:00Z"}}
	}
	tests := []tiedCase{
		{"the previous election and a close race elsewhere",
			[]Claim{past("a", "date:election", "2018", "in 2018"), past("b", "date:election", "2009", "in 2009")}, false},
		{"an accident used as a yardstick and an earlier defect",
			[]Claim{past("a", "date:incident", "1998", "in 1998"), past("b", "date:incident", "2012", "in 2012")}, false},
		{"one storm the reader knows, by its year",
			[]Claim{past("a", "date:incident", "2021", "2021"), past("b", "date:incident", "2020", "2020")}, true},
		{"the last time before a record",
			[]Claim{past("a", "since:rate-rise", "2021", "since 2021"), past("b", "since:rate-rise", "2019", "since 2019")}, true},
		{"this week's days",
			[]Claim{past("a", "date:incident", "2026-05-04", "on Monday"), past("b", "date:incident", "2026-05-03", "on Sunday")}, true},
	}
	checkTied(t, tests)
}

// Two lengths of one measure far more than a slip apart are two things
// one word names ("talks" for a whole negotiation and for one sitting);
// lengths a writer could confuse stay tied.
func TestLengthsOfDifferentOrders(t *testing.T) {
	lengths := func(a, b float64) []Claim { // minutes
		return []Claim{callLength("a", a, "", "2025-03-11T10:00:00Z"), callLength("b", b, "", "2025-03-11T12:00:00Z")}
	}
	checkTied(t, []tiedCase{
		{"a sitting of half an hour and a negotiation of many months", lengths(33, 17*30*24*60), false},
		{"two hours and three days", lengths(120, 3*24*60), true},
		{"ninety minutes and three hours", lengths(90, 180), true},
	})
}

// An event that befalls its thing once (the latest inspection, a
// bridge's building) has one day: two days for it conflict however far
// apart they lie, even when one is this month's and the other months
// old.
func TestOnceEventAcrossTimeFrames(t *testing.T) {
	recent := Claim{Story: "s", Claim: claim.Claim{Doc: "a", Kind: claim.KindDate, Slot: "date:last-inspection",
		AsOf: "2025-06-27T10:00:00Z", Event: claim.Event{Date: "2025-05-28", Once: true}}}
	old := Claim{Story: "s", Claim: claim.Claim{Doc: "b", Kind: claim.KindDate, Slot: "date:last-inspection",
		AsOf: "2025-06-21T10:00:00Z", Event: claim.Event{Date: "2025-03-03", Once: true}}}
	if separated(&recent, &old) {
		t.Errorf("two days for one latest inspection are set apart")
	}
	recent.Event.Once, old.Event.Once = false, false
	if !separated(&recent, &old) {
		t.Errorf("an event of this month and one months old are not set apart")
	}
}

// A toll that rises is many deaths, each on its own day: two days of
// death are tied only when both name one victim.
func TestDeathDatesNeedOneVictim(t *testing.T) {
	death := func(doc, day, holder string) Claim {
		c := Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindDate, Slot: "date:death",
			AsOf: "2025-06-14T10:00:00Z", Event: claim.Event{Noun: "death", Date: day}}}
		if holder != "" {
			c.Frame = &claim.Frame{Holder: holder}
		}
		return c
	}
	if got := certaintyOf(t, []Claim{death("a", "2025-06-12", ""), death("b", "2025-06-14", "bren")}, 0, 1); got != Possible {
		t.Errorf("an unnamed death and a named one: certainty %d, want Possible", got)
	}
	if got := certaintyOf(t, []Claim{death("a", "2025-06-13", "bren"), death("b", "2025-06-14", "bren")}, 0, 1); got == Possible || got == Unrelated {
		t.Errorf("one victim's two days of death: certainty %d, want them judged", got)
	}
}

// A length of days told in an article with no publication time may be
// the time an event had run so far, so it is not tied to another's; a
// length written as a compound before its noun is the whole event's.
func TestLengthsOfDaysInUndatedArticles(t *testing.T) {
	length := func(doc, text string, minutes float64, asOf string) Claim {
		c := callLength(doc, minutes, "", asOf)
		c.Evidence.Text = text
		if strings.Contains(text, "-") {
			c.Frame = &claim.Frame{Whole: true} // written before its noun
		}
		return c
	}
	const day = 24 * 60
	tests := []tiedCase{
		{"four and five days of riots, articles undated",
			[]Claim{length("a", "four days", 4*day, ""), length("b", "five days", 5*day, "")}, false},
		{"a three-day rescue against five days, articles undated",
			[]Claim{length("a", "three-day", 3*day, ""), length("b", "five days", 5*day, "")}, true},
		{"four and five days, both articles dated the same morning",
			[]Claim{length("a", "four days", 4*day, "2025-03-11T09:00:00Z"), length("b", "five days", 5*day, "2025-03-11T10:00:00Z")}, true},
		{"two and five hours, articles undated",
			[]Claim{length("a", "two hours", 120, ""), length("b", "five hours", 300, "")}, true},
	}
	checkTied(t, tests)
}

// tollOf is one article's exact toll, of the event ev, on one day.
func tollOf(doc string, ev claim.Event, n float64) Claim {
	return Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindCasualties, Slot: "killed",
		Lo: claim.Bound(n), Hi: claim.Bound(n), Exact: true, Event: ev, AsOf: "2025-05-20T10:00:00Z"}}
}

// A story that counts a measure in several places, or over a whole area
// and in a town, compares a count only with counts of its own place; one
// that names no place may be any of them. A story of one town still
// compares its counts, with the town named or not.
func TestCountsOfSeveralPlaces(t *testing.T) {
	toll := func(doc, place string, n float64) Claim { return tollOf(doc, claim.Event{Place: place}, n) }
	tests := []tiedCase{
		{"a town's count against the whole area's",
			[]Claim{toll("a", "tarrow", 8), toll("b", claim.WholeArea, 17)}, false},
		{"two towns' counts",
			[]Claim{toll("a", "tarrow", 8), toll("b", "brennor", 6)}, false},
		{"a town's count against one naming no place, in a story of several places",
			[]Claim{toll("a", "tarrow", 8), toll("b", "", 17), toll("c", claim.WholeArea, 17)}, false},
		{"one town's count twice",
			[]Claim{toll("a", "tarrow", 8), toll("b", "tarrow", 6)}, true},
		{"a story of one town, the town named on one side only",
			[]Claim{toll("a", "tarrow", 8), toll("b", "", 6)}, true},
	}
	checkTied(t, tests)
}

// Casualty counts that name two causes are two tallies ("six died of
// heatstroke" against "the fire killed four"); one cause named twice, or
// on one side only, may be one tally.
func TestCountsOfTwoCauses(t *testing.T) {
	toll := func(doc, cause string, n float64) Claim { return tollOf(doc, claim.Event{Cause: cause}, n) }
	tests := []tiedCase{
		{"heat deaths against fire deaths", []Claim{toll("a", "heatwave", 6), toll("b", "fire", 4)}, false},
		{"fire deaths twice", []Claim{toll("a", "fire", 6), toll("b", "fire", 4)}, true},
		{"a cause on one side only", []Claim{toll("a", "fire", 6), toll("b", "", 4)}, true},
	}
	checkTied(t, tests)
}

// A time in a post is one person's: two that name no person are not
// tied; one that names the story's only holder ties the other to it.
func TestTimesInAPost(t *testing.T) {
	spent := func(doc, holder string, months float64) Claim {
		c := Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindDuration, Slot: claim.InOfficeSlot,
			Lo: claim.Bound(months * 30 * 86400), Hi: claim.Bound(months * 30 * 86400), Exact: true, AsOf: "2025-05-20T10:00:00Z"}}
		if holder != "" {
			c.Frame = &claim.Frame{Holder: holder}
		}
		return c
	}
	if got := certaintyOf(t, []Claim{spent("a", "", 17), spent("b", "", 20)}, 0, 1); got != Possible {
		t.Errorf("two times in a post naming no one: certainty %d, want Possible", got)
	}
	if got := certaintyOf(t, []Claim{spent("a", "bren", 17), spent("b", "", 20)}, 0, 1); got == Possible || got == Unrelated {
		t.Errorf("the story's one holder against a time naming no one: certainty %d, want it tied", got)
	}
}

// A weekday that is its article's own weekday ("the pumps failed on
// Tuesday" in a Tuesday explainer) names that day or the one a week
// before: against the week-before day it is only possibly wrong. A full
// date, or any other day, is still judged.
func TestWeekdayOfTheArticlesOwnDay(t *testing.T) {
	failed := func(doc, day, text, asOf string) Claim {
		c := callDay(doc, day)
		c.Slot, c.Event.Noun, c.Event.DateText, c.AsOf = "date:failure", "failure", text, asOf
		return c
	}
	explainer := failed("explainer", "2025-06-10", "on Tuesday", "2025-06-10T18:00:00Z")
	weekBefore := failed("wire", "2025-06-03", "on Tuesday", "2025-06-04T09:00:00Z")
	if got := certaintyOf(t, []Claim{weekBefore, explainer}, 0, 1); got != Possible {
		t.Errorf("own-day weekday vs the day a week before: certainty %d, want Possible", got)
	}
	dated := failed("explainer", "2025-06-10", "on 10 June", "2025-06-10T18:00:00Z")
	if got := certaintyOf(t, []Claim{weekBefore, dated}, 0, 1); got == Possible || got == Unrelated {
		t.Errorf("a full date vs the day a week before: certainty %d, want it judged", got)
	}
	dayBefore := failed("wire", "2025-06-09", "on Monday", "2025-06-09T20:00:00Z")
	if got := certaintyOf(t, []Claim{dayBefore, explainer}, 0, 1); got == Possible || got == Unrelated {
		t.Errorf("own-day weekday vs the day before: certainty %d, want it judged", got)
	}
}

// One anchor measures many events: an offset from it that does not say
// what happened at its far end ("six hours after the quake") may be any
// of them, while two that name one act are tied.
func TestOffsetsFromOneAnchor(t *testing.T) {
	offset := func(doc, slot string, hours float64) Claim {
		c := callLength(doc, hours*60, "", "2025-03-11T10:00:00Z")
		c.Slot = slot
		return c
	}
	checkTied(t, []tiedCase{
		{"no act at the far end", []Claim{offset("a", "offset:after:incident:", 6), offset("b", "offset:after:incident:", 40)}, false},
		{"one act on both sides", []Claim{offset("a", "offset:after:incident:arrived", 6), offset("b", "offset:after:incident:arrived", 9)}, true},
	})
}
