package align

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

func figure(doc, slot string, value float64, asOf string) Claim {
	return Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindQuantity, Slot: slot,
		Lo: claim.Bound(value), Hi: claim.Bound(value), Exact: true, AsOf: asOf,
		Frame: &claim.Frame{Predicate: "x"}}}
}

func certaintyOf(t *testing.T, claims []Claim, a, b int) Certainty {
	t.Helper()
	for _, p := range Pairs(claims, 0.05) {
		if p.A == a && p.B == b {
			return p.Match.Certainty
		}
	}
	return Unrelated
}

// One article giving two values of a measure that nothing sets apart
// shows the story holds several things of that measure (a foreshock and
// a main shock): other articles' unanchored figures are not tied to one.
func TestInventorySeveralThingsOfOneMeasure(t *testing.T) {
	const day = "2025-03-12T10:00:00Z"
	claims := []Claim{
		figure("explainer", "measure:magnitude", 6.4, day),
		figure("explainer", "measure:magnitude", 5.2, day),
		figure("explainer", "measure:magnitude", 4.1, day),
		figure("wire", "measure:magnitude", 5.2, day),
	}
	if got := certaintyOf(t, claims, 0, 3); got != Possible {
		t.Errorf("explainer 6.4 vs wire 5.2: certainty %d, want Possible", got)
	}
	if got := certaintyOf(t, claims, 0, 1); got != Possible {
		t.Errorf("two of the explainer's three magnitudes: certainty %d, want Possible", got)
	}
}

// One article giving two values of one measure covers two things far
// more often than it contradicts itself: only a named holder both share
// ties the two (the population of one named town). Other articles' figures
// on the measure are not tied either.
func TestInventoryOneArticleTwoValues(t *testing.T) {
	const day = "2025-03-12T10:00:00Z"
	claims := []Claim{
		figure("feature", "destroyed:home", 1150, day),
		figure("feature", "destroyed:home", 1500, day),
		figure("wire", "destroyed:home", 900, day),
	}
	claims[1].Sentence = 3
	if got := certaintyOf(t, claims, 0, 1); got != Possible {
		t.Errorf("the feature's own two figures: certainty %d, want Possible", got)
	}
	if got := certaintyOf(t, claims, 0, 2); got != Possible {
		t.Errorf("feature vs wire: certainty %d, want Possible", got)
	}
	town := []Claim{figure("live", "population:juniper flats", 4000, day), figure("live", "population:juniper flats", 6500, day)}
	town[1].Sentence = 2
	if got := certaintyOf(t, town, 0, 1); got == Unrelated || got == Possible {
		t.Errorf("two populations of one named town: certainty %d, want it judged", got)
	}
}

// A count one article gives again as the known size of its set ("1,150
// homes damaged" ... "which of the 1,500 damaged houses can be saved")
// ties the two; left alone: the same two without the article, a known size
// in quotation against the writer's own figure, and an article that gives
// three values. Another article's series says nothing of this one's.
func TestOneArticleGivesTheKnownCountAgain(t *testing.T) {
	const day = "2025-03-12T10:00:00Z"
	pair := func() []Claim {
		c := []Claim{figure("feature", "damaged:home", 1150, day), figure("feature", "damaged:home", 1500, day)}
		c[1].Sentence = 9
		c[1].Frame = &claim.Frame{Predicate: "x", Definite: true}
		return c
	}
	if got := certaintyOf(t, pair(), 0, 1); got != Probable {
		t.Errorf("1,150 damaged vs the 1,500 damaged: certainty %d, want Probable", got)
	}
	plain := pair()
	plain[1].Frame = &claim.Frame{Predicate: "x"}
	if got := certaintyOf(t, plain, 0, 1); got != Possible {
		t.Errorf("two counts, neither the known one: certainty %d, want Possible", got)
	}
	quoted := pair()
	quoted[1].Quoted = true
	if got := certaintyOf(t, quoted, 0, 1); got == Probable || got == Certain {
		t.Errorf("the known count in quotation: certainty %d, want it not tied", got)
	}
	elsewhere := append(pair(), figure("blog", "damaged:home", 400, day), figure("blog", "damaged:home", 2000, day))
	elsewhere[3].Sentence = 5
	if got := certaintyOf(t, elsewhere, 0, 1); got != Probable {
		t.Errorf("the feature's pair, with another article's two values: certainty %d, want Probable", got)
	}
	three := append(pair(), figure("feature", "damaged:home", 900, day))
	three[2].Sentence = 12
	if got := certaintyOf(t, three, 0, 1); got != Possible {
		t.Errorf("an article with three values: certainty %d, want Possible", got)
	}
}

// Two values of one measure in one sentence are given to two things
// ("sentences of three and four years"), even when they share a holder
// ("the co-defendants"); one article's values in two sentences that name
// one holder are still compared.
func TestOneSentenceTwoValues(t *testing.T) {
	a := heldFigure("court", "duration:captivity", 3, "group:co-defendant")
	b := heldFigure("court", "duration:captivity", 4, "group:co-defendant")
	a.Sentence, b.Sentence = 4, 4
	if got := certaintyOf(t, []Claim{a, b}, 0, 1); got != Unrelated {
		t.Errorf("one sentence's two terms: certainty %d, want Unrelated", got)
	}
	a.Event.Sequence, b.Event.Sequence = 7, 7
	if got := certaintyOf(t, []Claim{a, b}, 0, 1); got != Unrelated {
		t.Errorf("one sentence's two values of one round: certainty %d, want Unrelated", got)
	}
	a.Event.Sequence, b.Event.Sequence = 0, 0
	b.Sentence = 7
	if got := certaintyOf(t, []Claim{a, b}, 0, 1); got == Unrelated || got == Possible {
		t.Errorf("one holder's terms in two sentences: certainty %d, want them judged", got)
	}
}

// A story that numbers a measure's figures in two places of a series
// (the night's count and the recount) ties an unnumbered figure to
// neither; two figures of one place are still compared.
func TestUnplacedFigureInAStagedStory(t *testing.T) {
	const day = "2025-11-05T10:00:00Z"
	night, final, bare := figure("wire", "votes:margin", 37, day), figure("post", "votes:margin", 61, day), figure("column", "votes:margin", 73, day)
	night.Event.Sequence, final.Event.Sequence = 1, 2
	claims := []Claim{night, final, bare}
	if got := certaintyOf(t, claims, 0, 2); got != Possible {
		t.Errorf("night margin vs a margin of no stage: certainty %d, want Possible", got)
	}
	if got := certaintyOf(t, claims, 0, 1); got != Unrelated {
		t.Errorf("night margin vs final margin: certainty %d, want Unrelated", got)
	}
	other := figure("blog", "votes:margin", 73, day)
	other.Event.Sequence = 1
	if got := certaintyOf(t, []Claim{night, other}, 0, 1); got == Unrelated || got == Possible {
		t.Errorf("two night margins: certainty %d, want them judged", got)
	}
}

// Left alone: a story whose articles each give one value ties them, and
// figures in quotation or from different moments do not make a measure
// ambiguous.
func TestInventoryLeavesSingleMeasuresAlone(t *testing.T) {
	claims := []Claim{
		figure("a", "capacity", 58000, "2025-03-12T10:00:00Z"),
		figure("b", "capacity", 48000, "2025-03-13T10:00:00Z"),
		figure("b", "capacity", 20000, "2025-03-13T10:00:00Z"),
	}
	claims[2].Quoted = true // "a fan said “20,000 were there”"
	if got := certaintyOf(t, claims, 0, 1); got != Certain {
		t.Errorf("a vs b: certainty %d, want Certain", got)
	}
}

// A weekday in an undated article and a bare count tie no event.
func TestMissingAnchorsTieNothing(t *testing.T) {
	weekday := []Claim{
		{Story: "s", Claim: claim.Claim{Doc: "a", Kind: claim.KindDate, Slot: "date:incident", Event: claim.Event{Weekday: "Wednesday"}}},
		{Story: "s", Claim: claim.Claim{Doc: "b", Kind: claim.KindDate, Slot: "date:incident", Event: claim.Event{Date: "2025-03-07"}, AsOf: "2025-03-09T10:00:00Z"}},
	}
	if got := certaintyOf(t, weekday, 0, 1); got != Possible {
		t.Errorf("undated weekday vs date: certainty %d, want Possible", got)
	}
	bare := []Claim{figure("a", "count:catch", 52, ""), figure("b", "count:catch", 29, "")}
	bare[0].Frame, bare[1].Frame = &claim.Frame{Head: "catch"}, &claim.Frame{Head: "catch"}
	if got := certaintyOf(t, bare, 0, 1); got != Possible {
		t.Errorf("bare counts: certainty %d, want Possible", got)
	}
	whole := []Claim{figure("a", "count:carriage", 6, ""), figure("b", "count:carriage", 8, "")}
	whole[0].Frame, whole[1].Frame = &claim.Frame{Head: "carriage", Whole: true}, &claim.Frame{Head: "carriage", Whole: true}
	if got := certaintyOf(t, whole, 0, 1); got != Certain {
		t.Errorf("sizes of the one train: certainty %d, want Certain", got)
	}
}

// Days given for one kind of event weeks apart are two events (a call in
// February, another in March); a day or two apart is a slip worth an alarm.
func TestDaysWeeksApartAreTwoEvents(t *testing.T) {
	dated := func(doc, day string) Claim {
		return Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindDate, Slot: "date:call",
			Event: claim.Event{Date: day}, AsOf: "2025-03-11T10:00:00Z"}}
	}
	claims := []Claim{dated("a", "2025-03-10"), dated("b", "2025-02-24"), dated("c", "2025-03-09")}
	if got := certaintyOf(t, claims, 0, 1); got != Possible {
		t.Errorf("10 Mar vs 24 Feb: certainty %d, want Possible", got)
	}
	if got := certaintyOf(t, claims, 0, 2); got != Certain {
		t.Errorf("10 Mar vs 9 Mar: certainty %d, want Certain", got)
	}
}

// An undated article has no known time frame: it shares none with a dated
// one, so only the claims' own anchors can tie them.
func TestUndatedArticleSharesNoFrame(t *testing.T) {
	undatedFig := figure("a", "measure:magnitude", 7.3, "")
	datedFig := figure("b", "measure:magnitude", 6.1, "2013-07-03T10:00:00Z")
	if got := certaintyOf(t, []Claim{undatedFig, datedFig}, 0, 1); got != Possible {
		t.Errorf("undated vs dated: certainty %d, want Possible", got)
	}
	// left alone: two articles of the same week
	other := figure("c", "measure:magnitude", 6.4, "2013-07-04T10:00:00Z")
	if got := certaintyOf(t, []Claim{datedFig, other}, 0, 1); got != Certain {
		t.Errorf("dated vs dated: certainty %d, want Certain", got)
	}
}

// Figures of different holders ("Brees threw for 364 yards", "Manning
// threw for 205") are never one measure.
func TestHoldersSetFiguresApart(t *testing.T) {
	a, b := figure("a", "size:throw", 364, ""), figure("b", "size:throw", 205, "")
	a.Frame.Holder, b.Frame.Holder = "brees", "manning"
	if got := certaintyOf(t, []Claim{a, b}, 0, 1); got != Unrelated {
		t.Errorf("two holders: certainty %d, want Unrelated", got)
	}
}

// heldFigure is a figure of slot whose holder is the name key holder
// ("" for none).
func heldFigure(doc, slot string, value float64, holder string) Claim {
	c := figure(doc, slot, value, "")
	c.Frame.Holder = holder
	if strings.HasPrefix(slot, "duration:") {
		c.Kind = claim.KindDuration
	}
	return c
}

// A story that gives a figure always someone's for several names (a
// term: "Pelleri was banned for four years", "the doctor Brandel was
// banned for ten"; a party's share of a vote; a company's fall in price)
// ties one that names no one to none of them; with one name in the
// story, the ordinary anchors decide, except for a share of the vote,
// which is always some side's: one named side already sets an unnamed
// share apart ("Vey won 17%" against "38% of the vote").
func TestFiguresOfSeveralHolders(t *testing.T) {
	named, unnamed := heldFigure("a", "percent:vote", 17.2, "first"), heldFigure("b", "percent:vote", 38.4, "")
	if got := certaintyOf(t, []Claim{named, unnamed}, 0, 1); got != Possible {
		t.Errorf("percent:vote: named vs unnamed, one name in the story: certainty %d, want Possible", got)
	}
	for _, tc := range []struct {
		slot    string
		a, b, c float64
	}{
		{"duration:ban", 4, 10, 10},
		{"percent:share:down", 4.2, 1.6, 3.1},
	} {
		named, unnamed, other := heldFigure("a", tc.slot, tc.a, "first"), heldFigure("b", tc.slot, tc.b, ""), heldFigure("c", tc.slot, tc.c, "second")
		if got := certaintyOf(t, []Claim{named, unnamed, other}, 0, 1); got != Possible {
			t.Errorf("%s: named vs unnamed among two names: certainty %d, want Possible", tc.slot, got)
		}
		if got := certaintyOf(t, []Claim{named, unnamed}, 0, 1); got == Possible || got == Unrelated {
			t.Errorf("%s: named vs unnamed, one name in the story: certainty %d, want the ordinary anchors", tc.slot, got)
		}
	}
	// left alone: a count's holder is often its agent, not whose count it is
	agentA, unnamed, agentC := heldFigure("a", "count:vote", 9, "north-party"), heldFigure("b", "count:vote", 8, ""), heldFigure("c", "count:vote", 7, "south-party")
	if got := certaintyOf(t, []Claim{agentA, unnamed, agentC}, 0, 1); got == Possible {
		t.Error("counts with holders of several names: certainty Possible, want the ordinary anchors")
	}
}

// Two entries of one live blog are one moment to the inventory: their
// stamps order figures, but do not show that the measure covers one thing.
func TestInventoryLiveBlogEntries(t *testing.T) {
	a := figure("blog", "count:ship", 21, "2025-03-12T09:00:00Z")
	b := figure("blog", "count:ship", 38, "2025-03-12T16:00:00Z")
	if discordant(&a, &b, 0.05) {
		t.Fatal("figures of two moments of an unstamped article read as discordant")
	}
	a.Stamped, b.Stamped = true, true
	if !discordant(&a, &b, 0.05) {
		t.Error("two stamped entries of one blog: not discordant, want them counted as one moment")
	}
}

// A live blog's toll rising entry by entry is one count updated, not
// several things; a toll that falls between entries, or a count that is
// no series, still shows two things.
func TestLiveBlogTollRising(t *testing.T) {
	entry := func(slot string, n float64, at string) Claim {
		c := figure("blog", slot, n, at)
		c.Stamped = true
		return c
	}
	early, late := "2025-03-12T09:00:00Z", "2025-03-12T16:00:00Z"
	if a, b := entry("killed", 2, early), entry("killed", 4, late); discordant(&a, &b, 0.05) {
		t.Error("a toll rising from 2 to 4 between entries: discordant, want one count updated")
	}
	if a, b := entry("killed", 4, early), entry("killed", 2, late); !discordant(&a, &b, 0.05) {
		t.Error("a toll falling from 4 to 2 between entries: not discordant, want two things")
	}
	if a, b := entry("count:ship", 21, early), entry("count:ship", 38, late); !discordant(&a, &b, 0.05) {
		t.Error("ships counted at two entries: not discordant, want two things")
	}
}

// A day one article gives two values of a measure for ("seven life
// sentences and four of life without parole" for one crime) ties no
// other article's figure to either; a day only one value holds still
// does.
func TestDayGivenTwoValuesTiesNothing(t *testing.T) {
	const asOf, day = "2025-03-12T10:00:00Z", "2005-03-11"
	dated := func(doc string, value float64) Claim {
		c := figure(doc, "count:sentence", value, asOf)
		c.Event.Date = day
		return c
	}
	claims := []Claim{dated("a", 7), dated("a", 4), dated("b", 7), dated("b", 4)}
	if got := certaintyOf(t, claims, 0, 3); got != Possible {
		t.Errorf("a's 7 against b's 4 on a day each gives both: certainty %d, want Possible", got)
	}
	one := []Claim{dated("a", 7), dated("b", 4), figure("c", "count:sentence", 9, asOf), figure("c", "count:sentence", 2, asOf)}
	if got := certaintyOf(t, one, 0, 1); got != Probable {
		t.Errorf("one value each for the day in a story of several: certainty %d, want Probable", got)
	}
}

// What the inventory learns does not hang on the order it reads
// articles in: the same claims give the same pairs every time.
func TestInventoryReadsArticlesInAnyOrder(t *testing.T) {
	const asOf, day = "2025-03-12T10:00:00Z", "2005-03-11"
	var claims []Claim
	for _, doc := range []string{"e", "d", "c", "b", "a"} {
		for _, v := range []float64{7, 4} {
			c := figure(doc, "count:sentence", v, asOf)
			if doc == "a" || doc == "c" {
				c.Event.Date = day
			}
			claims = append(claims, c)
		}
	}
	first := Pairs(claims, 0.05)
	for run := 0; run < 20; run++ {
		again := Pairs(claims, 0.05)
		if len(again) != len(first) {
			t.Fatalf("run %d: %d pairs, first run %d", run, len(again), len(first))
		}
		for i := range again {
			if again[i] != first[i] {
				t.Fatalf("run %d: pair %d is %+v, first run %+v", run, i, again[i], first[i])
			}
		}
	}
}

// Figures that nothing ties in a story of several are tied after all
// when one is the other with its digits swapped: a slip, not a second
// thing. Two figures that merely differ stay untied.
func TestSwappedDigitsTieFigures(t *testing.T) {
	const day = "2025-03-12T10:00:00Z"
	written := func(doc string, value float64, text string) Claim {
		c := figure(doc, "destroyed:home", value, day)
		c.Evidence.Text = text
		return c
	}
	claims := []Claim{
		written("feature", 1150, "1,150"),
		written("feature", 1500, "1,500"),
		written("wire", 1150, "1,150"),
		written("radio", 1510, "1,510"),
		written("daily", 1230, "1,230"),
	}
	if got := certaintyOf(t, claims, 2, 3); got != Probable {
		t.Errorf("1,150 vs 1,510: certainty %d, want Probable", got)
	}
	if got := certaintyOf(t, claims, 2, 4); got != Possible {
		t.Errorf("1,150 vs 1,230: certainty %d, want Possible", got)
	}
}

// A group's count beside the whole's in one article ("21 miners were
// hurt", "two rescuers were treated") is a part of it, not a second
// value of one measure: other articles' counts stay tied to the whole.
// Two values of one group do show several things.
func TestGroupCountIsNoSecondValue(t *testing.T) {
	const day = "2025-03-12T10:00:00Z"
	claims := []Claim{
		figure("local", "injured", 21, day),
		figure("local", "injured", 2, day),
		figure("wire", "injured", 30, day),
	}
	claims[1].Frame = &claim.Frame{Predicate: "x", Group: "rescuer"}
	claims[1].Sentence = 4
	if got := certaintyOf(t, claims, 0, 2); got == Possible || got == Unrelated {
		t.Errorf("local 21 vs wire 30 beside a group of two: certainty %d, want tied", got)
	}
	claims[0].Frame = &claim.Frame{Predicate: "x", Group: "rescuer"}
	if got := certaintyOf(t, claims, 0, 2); got != Possible {
		t.Errorf("two values of one group: certainty %d, want Possible", got)
	}
}

// A figure the article denies ("rumours that more than 100 died were
// false") is no second value of its measure: other articles' figures
// stay tied to the one it gives.
func TestRefutedFigureIsNoSecondValue(t *testing.T) {
	const day = "2025-03-12T10:00:00Z"
	claims := []Claim{
		figure("blog", "killed", 31, day),
		figure("blog", "killed", 100, day),
		figure("wire", "killed", 24, day),
	}
	claims[1].Refuted = true
	claims[1].Sentence = 5
	if got := certaintyOf(t, claims, 0, 2); got == Possible || got == Unrelated {
		t.Errorf("blog 31 vs wire 24 beside a denied 100: certainty %d, want tied", got)
	}
}
