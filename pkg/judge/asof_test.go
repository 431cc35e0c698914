package judge

import (
	"testing"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
)

func tollClaim(path, asOf string, n float64) align.Claim {
	return align.Claim{Claim: claim.Claim{
		Doc: path, Kind: claim.KindCasualties, Slot: "killed", Lo: claim.Bound(n), Hi: claim.Bound(n), Exact: true,
		AsOf: asOf, Display: "n", Evidence: document.Span{Path: path, Start: 1, End: 2, Text: "n"},
	}}
}

// conflictCase is two figures and whether judging them finds a conflict.
type conflictCase struct {
	name      string
	a, b      align.Claim
	conflicts bool
}

// checkConflicts judges each case's two figures as one event's, in a
// story that shows its toll still moving; a finding must say why.
func checkConflicts(t *testing.T, tests []conflictCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := judgeAmount(&tt.a, &tt.b, align.Match{Certainty: align.Certain}, Options{}, movingStory(&tt.a, &tt.b))
			if ok != tt.conflicts {
				t.Fatalf("conflict = %v, want %v (%+v)", ok, tt.conflicts, f)
			}
			if ok && f.Why == "" {
				t.Error("finding without a why")
			}
		})
	}
}

// A dateline day without a year orders a toll against dated reports.
func TestDatelineDayOrdersTolls(t *testing.T) {
	checkConflicts(t, []conflictCase{
		{"lower toll on a later dateline", tollClaim("live.md", "2025-01-27T18:00:00Z", 8), tollClaim("agency.md", "--01-29", 5), true},
		{"higher toll on a later dateline", tollClaim("live.md", "2025-01-27T18:00:00Z", 5), tollClaim("agency.md", "--01-29", 8), false},
		{"dateline across the new year", tollClaim("live.md", "2025-01-01T08:00:00Z", 9), tollClaim("agency.md", "--12-31", 7), false},
		{"no date at all on one side", tollClaim("live.md", "2025-01-27T18:00:00Z", 8), tollClaim("agency.md", "", 5), false},
	})
}

// A paper stamped with its day alone may have gone to press at any hour
// of it: against a timed report of that day, which came first is
// unknown, so a higher figure is no update. A later day still orders.
func TestDayOnlyStampDoesNotOrderItsDay(t *testing.T) {
	checkConflicts(t, []conflictCase{
		{"higher toll timed on the day of a day-only paper", tollClaim("paper.md", "2025-03-10T00:00:00Z", 21), tollClaim("wire.md", "2025-03-10T08:10:00Z", 37), true},
		{"higher toll timed the day after", tollClaim("paper.md", "2025-03-10T00:00:00Z", 21), tollClaim("wire.md", "2025-03-11T08:10:00Z", 37), false},
		{"both timed, the higher later", tollClaim("paper.md", "2025-03-10T06:00:00Z", 21), tollClaim("wire.md", "2025-03-10T08:10:00Z", 37), false},
	})
}

// A headline's figure against another article's is a note, not an
// alarm: the body of the headline's article tells the figure in full.
func TestHeadlinesAreNotes(t *testing.T) {
	const mon, wed = "2025-03-10T18:00:00Z", "2025-03-12T18:00:00Z"
	body, headline := tollClaim("mon.md", mon, 12), tollClaim("wed.md", wed, 9)
	headline.Headline = true
	f, ok := judgeAmount(&body, &headline, align.Match{Certainty: align.Certain}, Options{}, storyFacts{})
	if !ok || f.Severity != SeverityInfo {
		t.Errorf("headline against body: found %v at %q, want a note", ok, f.Severity)
	}
	headline.Headline = false
	if f, _ := judgeAmount(&body, &headline, align.Match{Certainty: align.Certain}, Options{}, storyFacts{}); f.Severity != SeverityError {
		t.Errorf("body against body: %q, want an error", f.Severity)
	}
}

func groupToll(path, asOf string, n float64, group string) align.Claim {
	c := tollClaim(path, asOf, n)
	c.Story, c.Frame = "s", &claim.Frame{Head: "injured", Predicate: "injured", Group: group}
	return c
}

// A later, lower count of responders ("two rescue workers were hurt") is
// a part of an earlier toll, not a revision of it; a later, lower toll
// of the victims still conflicts.
func TestRespondersArePartOfAToll(t *testing.T) {
	const mon, wed = "2025-03-10T18:00:00Z", "2025-03-12T18:00:00Z"
	checkConflicts(t, []conflictCase{
		{"responders later and fewer", groupToll("mon.md", mon, 140, ""), groupToll("wed.md", wed, 2, "rescue worker"), false},
		{"victims later and fewer", groupToll("mon.md", mon, 140, ""), groupToll("wed.md", wed, 90, ""), true},
		{"the same responders later and fewer", groupToll("mon.md", mon, 5, "firefighter"), groupToll("wed.md", wed, 2, "firefighter"), true},
	})
}

// Responders two articles count on one measure are the story's subject,
// not a part of another toll.
func TestRespondersTheStoryCounts(t *testing.T) {
	claims := []align.Claim{
		groupToll("mon.md", "2025-03-10T18:00:00Z", 5, "firefighter"),
		groupToll("wed.md", "2025-03-12T18:00:00Z", 3, "firefighter"),
		groupToll("thu.md", "2025-03-13T18:00:00Z", 2, "paramedic"),
	}
	got := storyVictims(claims)
	if got[0].Frame.Group != "" || got[1].Frame.Group != "" || got[2].Frame.Group != "paramedic" {
		t.Errorf("groups %q %q %q, want the firefighters pooled and the paramedic kept", got[0].Frame.Group, got[1].Frame.Group, got[2].Frame.Group)
	}
	if claims[0].Frame.Group != "firefighter" {
		t.Error("pooling changed the claims it was given")
	}
}

func countClaim(path, asOf string, n float64, running bool) align.Claim {
	c := tollClaim(path, asOf, n)
	c.Kind, c.Slot, c.Running = claim.KindQuantity, "evacuated:people", running
	return c
}

// Two totals so far are ordered by time, as tolls are; a count that holds
// for a time it names is compared as it stands.
func TestRunningTotals(t *testing.T) {
	const mon, wed = "2025-03-10T18:00:00Z", "2025-03-12T18:00:00Z"
	checkConflicts(t, []conflictCase{
		{"higher total later", countClaim("mon.md", mon, 18000, true), countClaim("wed.md", wed, 25000, true), false},
		{"lower total later", countClaim("mon.md", mon, 25000, true), countClaim("wed.md", wed, 18000, true), true},
		{"a higher total so far after a plain count", countClaim("mon.md", mon, 18000, false), countClaim("wed.md", wed, 25000, true), false},
		{"a lower total so far after a plain count", countClaim("mon.md", mon, 25000, false), countClaim("wed.md", wed, 18000, true), true},
		{"a plain count after a lower total so far", countClaim("mon.md", mon, 18000, true), countClaim("wed.md", wed, 25000, false), true},
		{"a total on an undated side", countClaim("mon.md", mon, 18000, true), countClaim("note.txt", "", 25000, true), false},
	})
}

func rewardClaim(path, asOf string, n float64, changed bool) align.Claim {
	c := tollClaim(path, asOf, n)
	c.Kind, c.Slot, c.Changed = claim.KindQuantity, "money:USD:reward", changed
	return c
}

// A level the text says a change brought a measure to ("doubled the
// reward to $50,000") leaves the old level to reports from before the
// change; a report after it should give the new one.
func TestChangedLevels(t *testing.T) {
	const mon, wed = "2025-03-10T18:00:00Z", "2025-03-12T18:00:00Z"
	checkConflicts(t, []conflictCase{
		{"old level before the change", rewardClaim("mon.md", mon, 25000, false), rewardClaim("wed.md", wed, 50000, true), false},
		{"a cut to a lower level", rewardClaim("mon.md", mon, 50000, false), rewardClaim("wed.md", wed, 25000, true), false},
		{"old level after the change", rewardClaim("mon.md", mon, 50000, true), rewardClaim("wed.md", wed, 25000, false), true},
		{"no change said", rewardClaim("mon.md", mon, 25000, false), rewardClaim("wed.md", wed, 50000, false), true},
		{"change on an undated side", rewardClaim("mon.md", mon, 25000, false), rewardClaim("note.txt", "", 50000, true), false},
	})
}

func stateClaim(path, asOf string, n float64) align.Claim {
	c := tollClaim(path, asOf, n)
	c.Kind, c.Slot, c.State = claim.KindQuantity, "count:ship:wait", true
	return c
}

// A count of a state at one moment ("27 ships were waiting") moves both
// ways: figures for two moments do not conflict, figures for one do.
func TestStatesMoveBothWays(t *testing.T) {
	const monAM, monPM, wed = "2025-03-10T08:00:00Z", "2025-03-10T11:00:00Z", "2025-03-12T18:00:00Z"
	checkConflicts(t, []conflictCase{
		{"fewer ships two days later", stateClaim("mon.md", monAM, 44), stateClaim("wed.md", wed, 27), false},
		{"more ships two days later", stateClaim("mon.md", monAM, 27), stateClaim("wed.md", wed, 44), false},
		{"two counts of one morning", stateClaim("mon.md", monAM, 44), stateClaim("wire.md", monPM, 27), true},
	})
}

func lengthClaim(path, asOf string, hours float64, ongoing bool) align.Claim {
	c := tollClaim(path, asOf, hours*3600)
	c.Kind, c.Slot, c.Ongoing = claim.KindDuration, "duration:fire", ongoing
	return c
}

// A length of an event still going on is the time so far: against the
// whole event's length it is a lower bound.
func TestLengthSoFar(t *testing.T) {
	const mon = "2025-03-10T18:00:00Z"
	checkConflicts(t, []conflictCase{
		{"five hours so far, nine in all", lengthClaim("live.md", mon, 5, true), lengthClaim("wire.md", mon, 9, false), false},
		{"ten hours so far, nine in all", lengthClaim("live.md", mon, 10, true), lengthClaim("wire.md", mon, 9, false), true},
		{"five hours and nine hours in all", lengthClaim("live.md", mon, 5, false), lengthClaim("wire.md", mon, 9, false), true},
	})
}

func writtenToll(path, asOf string, n float64, text string) align.Claim {
	c := tollClaim(path, asOf, n)
	c.Evidence.Text = text
	return c
}

// A later, higher toll updates an earlier one, unless it is written with
// the earlier's digits in another order: then it is a slip to check.
func TestTransposedTollIsNoUpdate(t *testing.T) {
	const mon, wed = "2025-03-10T18:00:00Z", "2025-03-12T18:00:00Z"
	checkConflicts(t, []conflictCase{
		{"digits swapped", writtenToll("mon.md", mon, 146, "146"), writtenToll("wed.md", wed, 164, "164"), true},
		{"a higher toll with other digits", writtenToll("mon.md", mon, 146, "146"), writtenToll("wed.md", wed, 171, "171"), false},
		{"two small counts that share digits", writtenToll("mon.md", mon, 12, "12"), writtenToll("wed.md", wed, 21, "21"), false},
	})
}

// A total so far takes in what came before, unless it is the earlier
// figure with its digits swapped.
func TestTransposedRunningTotal(t *testing.T) {
	const sat, tue = "2025-07-19T21:00:00Z", "2025-07-22T12:00:00Z"
	moved := func(path, asOf string, n float64, text string) align.Claim {
		c := writtenToll(path, asOf, n, text)
		c.Slot, c.Kind, c.Running = "evacuated:people", claim.KindQuantity, path == "tue.md"
		return c
	}
	checkConflicts(t, []conflictCase{
		{"a higher total so far", moved("sat.md", sat, 2400, "2,400"), moved("tue.md", tue, 6100, "6,100"), false},
		{"a total so far with the digits swapped", moved("sat.md", sat, 2400, "2,400"), moved("tue.md", tue, 4200, "4,200"), true},
	})
}

// The people in a critical condition recover or die: a later, lower
// count is no conflict; the degree of an injury, fixed when it is done,
// still is.
func TestConditionsMoveBothWays(t *testing.T) {
	const sat, tue = "2025-08-21T14:00:00Z", "2025-08-24T16:00:00Z"
	slotted := func(path, asOf string, n float64, slot string) align.Claim {
		c := tollClaim(path, asOf, n)
		c.Slot = slot
		return c
	}
	checkConflicts(t, []conflictCase{
		{"fewer in critical condition days later", slotted("sat.md", sat, 3, "condition:critical"), slotted("tue.md", tue, 2, "condition:critical"), false},
		{"fewer critically injured days later", slotted("sat.md", sat, 3, "injured:critical"), slotted("tue.md", tue, 2, "injured:critical"), true},
	})
}

// A toll the text gives as final ("the final toll stood at 53") is not
// updated by a higher one later: the later contradicts it. A toll with
// no such word rises as the story goes on.
func TestFinalTollIsNoUpdate(t *testing.T) {
	const mon, tue = "2025-06-09T18:00:00Z", "2025-06-10T18:00:00Z"
	final := tollClaim("mon.md", mon, 53)
	final.Final = true
	checkConflicts(t, []conflictCase{
		{"higher toll after a final one", final, tollClaim("tue.md", tue, 59), true},
		{"higher toll after a plain one", tollClaim("mon.md", mon, 53), tollClaim("tue.md", tue, 59), false},
		{"an undated toll above a final one", final, tollClaim("column.txt", "", 59), true},
		{"an undated toll below a final one", final, tollClaim("column.txt", "", 41), false},
		{"an undated toll above a plain one", tollClaim("mon.md", mon, 53), tollClaim("column.txt", "", 59), false},
	})
}

// A level the text says a rise brought the measure to was lower before
// it: an earlier report of a higher level is no level before the rise
// ("the toll rose to 11" a day after "12 killed"), while an earlier lower
// one is. A fall mirrors it.
func TestChangeHasADirection(t *testing.T) {
	changed := func(path, asOf string, n float64, rose, fell bool) align.Claim {
		c := tollClaim(path, asOf, n)
		c.Slot = "count:share"
		c.Changed, c.Rose, c.Fell = true, rose, fell
		return c
	}
	plain := func(path, asOf string, n float64) align.Claim {
		c := tollClaim(path, asOf, n)
		c.Slot = "count:share"
		return c
	}
	checkConflicts(t, []conflictCase{
		{"risen to a level below the earlier report", changed("b.md", "2025-03-09T08:00:00Z", 11, true, false), plain("a.md", "2025-03-08T18:00:00Z", 12), true},
		{"risen to a level above the earlier report", changed("b.md", "2025-03-09T08:00:00Z", 14, true, false), plain("a.md", "2025-03-08T18:00:00Z", 12), false},
		{"fallen to a level above the earlier report", changed("b.md", "2025-03-09T08:00:00Z", 14, false, true), plain("a.md", "2025-03-08T18:00:00Z", 12), true},
		{"revised, no direction", changed("b.md", "2025-03-09T08:00:00Z", 11, false, false), plain("a.md", "2025-03-08T18:00:00Z", 12), false},
	})
}

// movingStory is a story that shows the toll of a and b still moving.
func movingStory(a, b *align.Claim) storyFacts {
	return storyFacts{moving: map[*align.Claim]bool{a: true, b: true}}
}

// pairStory is the story of two figures alone, tied as one measure's.
func pairStory(a, b *align.Claim) storyFacts {
	claims := []align.Claim{*a, *b}
	moving := movingCounts(claims, []align.Pair{{A: 0, B: 1}})
	return storyFacts{moving: map[*align.Claim]bool{a: moving[&claims[0]], b: moving[&claims[1]]}}
}

// A count that moves both ways (the missing) told on two days is two
// moments, even when one day's report has no hour; on one day with no
// hour, and within hours, it is one moment.
func TestMissingOnTwoDays(t *testing.T) {
	missing := func(path, asOf string, n float64) align.Claim {
		c := tollClaim(path, asOf, n)
		c.Slot = "missing"
		return c
	}
	checkConflicts(t, []conflictCase{
		{"an evening report and the next day's with no hour", missing("sentinel.md", "2025-08-17T20:00:00Z", 4), missing("star.md", "2025-08-18T00:00:00Z", 2), false},
		{"one day, one report with no hour", missing("sentinel.md", "2025-08-17T20:00:00Z", 4), missing("star.md", "2025-08-17T00:00:00Z", 2), true},
		{"two reports an hour apart", missing("sentinel.md", "2025-08-17T20:00:00Z", 4), missing("star.md", "2025-08-17T21:00:00Z", 2), true},
	})
}
