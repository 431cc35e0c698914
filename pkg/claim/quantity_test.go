package claim

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/mention"
)

// articleOf builds an article from paragraphs of plain text, published at
// pub ("" for none).
func articleOf(t *testing.T, pub string, paragraphs ...string) *Article {
	t.Helper()
	text := strings.Join(paragraphs, "\n\n")
	var blocks []document.Block
	off := 0
	for _, p := range paragraphs {
		blocks = append(blocks, document.Block{Start: off, End: off + len(p)})
		off += len(p) + 2
	}
	doc := document.New("a.md", []byte(text), text, nil, blocks)
	if pub != "" {
		tm, err := time.Parse(time.RFC3339, pub)
		if err != nil {
			t.Fatal(err)
		}
		doc.Published = &tm
	}
	return NewArticle(doc, mention.Find(text, mention.Reference{Published: doc.Published}))
}

// claimOn is the claim a one-sentence article gives on the words
// evidence, nil when none.
func claimOn(t *testing.T, text, evidence string) *Claim {
	t.Helper()
	return findClaim(Build(articleOf(t, "2024-05-10T09:00:00Z", text), Options{}), evidence)
}

func findClaim(cs []Claim, text string) *Claim {
	for i := range cs {
		if cs[i].Evidence.Text == text {
			return &cs[i]
		}
	}
	return nil
}

func TestQuantityClaimSlots(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		evidence string
		kind     Kind
		slot     string
	}{
		{"killed after the figure", "At least 14 people were killed when the roof fell in.", "At least 14", KindCasualties, "killed"},
		{"toll before the figure", "The number of people confirmed dead rose to 19 overnight.", "19", KindCasualties, "killed"},
		{"injured apart from killed", "Nine people died, and dozens were injured.", "dozens", KindCasualties, "injured"},
		{"trapped", "Twelve workers were cut off when the shaft flooded.", "Twelve", KindCasualties, "trapped"},
		{"evacuated people", "The flood forced 8,000 people to evacuate.", "8,000", KindQuantity, "evacuated:people"},
		{"released prisoners", "The government freed 30 prisoners under the deal.", "30", KindQuantity, "released:prisoner"},
		{"counted noun", "The convoy carried 30 trucks to the valley.", "30", KindQuantity, "count:truck:carry"},
		{"adjective before noun", "Officials said 1,210 planned operations were cancelled.", "1,210", KindQuantity, "postponed:operation"},
		{"capacity hyphenated", "A photo of the 31,000-capacity arena circulated online.", "31,000", KindQuantity, "capacity"},
		{"capacity after of", "The arena has a capacity of 27,000, officials said.", "27,000", KindQuantity, "capacity"},
		{"population", "Residents of Dunmore, a village of about 900 people, left first.", "about 900", KindQuantity, "population:dunmore"},
		{"share as fraction", "The lira has lost about a third of its value this year.", "about a third", KindQuantity, "percent:value:down"},
		{"share as percent", "The lira has lost 18% of its value this year.", "18%", KindQuantity, "percent:value:down"},
		{"share shed", "The peso has shed about a quarter of its value since March.", "about a quarter", KindQuantity, "percent:value:down:since"},
		{"money with purpose", "The kidnappers asked for a ransom of $2 million.", "$2 million", KindQuantity, "money:USD:ransom"},
		{"duration of a call", "The two leaders spoke by phone for more than an hour.", "more than an hour", KindDuration, "duration:call"},
		{"adjectival duration", "The company confirmed a 12-day outage of its booking system.", "12-day", KindDuration, "duration:outage"},
		{"vote tally", "The board voted 6-3 to approve the plan.", "6-3", KindQuantity, "vote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := Build(articleOf(t, "2024-05-10T09:00:00Z", tt.text), Options{})
			c := findClaim(cs, tt.evidence)
			if c == nil {
				t.Fatalf("no claim on %q; claims: %+v", tt.evidence, cs)
			}
			if c.Kind != tt.kind || c.Slot != tt.slot {
				t.Errorf("got %s %q, want %s %q", c.Kind, c.Slot, tt.kind, tt.slot)
			}
		})
	}
}

// Points of a rate are compared in points: basis points are hundredths
// of one, so "25 basis points" meets "a quarter-point".
func TestPointsOfARate(t *testing.T) {
	tests := []struct{ text, evidence string }{
		{"The bank cut its main rate by 25 basis points.", "25"},
		{"The bank cut its main rate by a quarter of a percentage point.", "a quarter"},
		{"The bank cut its main rate by 0.25 percentage points.", "0.25"},
		{"It followed a 25-basis-point cut in April.", "25"},
		{"The bank made a quarter-point cut in April.", "a quarter"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c := claimOn(t, tt.text, tt.evidence)
			if c == nil || !strings.Contains(c.Slot, "points:") || c.Lo != 0.25 || c.Hi != 0.25 {
				t.Fatalf("got %+v, want a quarter of a point", c)
			}
		})
	}
}

// A point that is no basis point keeps its size: a lead in the polls.
func TestPointsOfALead(t *testing.T) {
	c := claimOn(t, "The party holds a 10-point lead in the polls.", "10")
	if c == nil || c.Lo != 10 {
		t.Fatalf("got %+v, want 10 points", c)
	}
}

// A tally is read however its sides are written: by figures, by words,
// or by the people who voted each way.
func TestTallies(t *testing.T) {
	tests := []struct {
		text, evidence string
		want           Tally
	}{
		{"The board voted 6-3 to approve the plan.", "6-3", Tally{6, 3}},
		{"The council approved the budget by 21 votes to 14.", "21 votes to 14", Tally{21, 14}},
		{"Seven members voted in favour and four against.", "Seven members voted in favour and four against", Tally{7, 4}},
		{"It passed with nine councillors voting in favour and six voting against.", "nine councillors voting in favour and six voting against", Tally{9, 6}},
		{"The motion had 95 against.", "95 against", Tally{-1, 95}},
		{"Councillors rejected the mayor's spending plan late on Thursday by 19 votes to 18.", "19 votes to 18", Tally{18, 19}},
		{"The spending plan was voted down 19-18.", "19-18", Tally{18, 19}},
		{"The council threw the plan out by 19 votes to 18.", "19 votes to 18", Tally{18, 19}},
		{"Councillors approved the amended plan late on Thursday by 21 votes to 16.", "21 votes to 16", Tally{21, 16}},
	}
	for _, tt := range tests {
		c := claimOn(t, tt.text, tt.evidence)
		if c == nil || c.Tally == nil || *c.Tally != tt.want {
			t.Errorf("%q: claim %+v, want tally %+v", tt.text, c, tt.want)
		}
	}
	// People who voted one way alone may be a group among the voters.
	for _, text := range []string{"Three voted against and one abstained.", "Four councillors voted against."} {
		for _, c := range Build(articleOf(t, "2024-05-10T09:00:00Z", text), Options{}) {
			if c.Tally != nil {
				t.Errorf("%q: tally %+v, want none", text, *c.Tally)
			}
		}
	}
}

// A speech verb in the passive has no speaker in its subject: the people
// told to leave heard the order; the police who told them spoke.
func TestPassiveSpeechHasNoSpeakerBefore(t *testing.T) {
	tests := []struct{ text, evidence, source string }{
		{"About 1,200 people were told to leave their homes.", "About 1,200", ""},
		{"Police told 1,200 people to leave their homes.", "1,200", "police"},
	}
	for _, tt := range tests {
		c := claimOn(t, tt.text, tt.evidence)
		if c == nil || c.Source != tt.source {
			t.Errorf("%q: claim %+v, want source %q", tt.text, c, tt.source)
		}
	}
}

func TestFiguresWithoutSubjectMakeNoClaim(t *testing.T) {
	for _, text := range []string{
		"The 52-year-old driver was arrested at the scene.",
		"Work at Pit No. 4 has stopped.",
		"It took three years to build.",
		"She has two children.",
	} {
		cs := Build(articleOf(t, "2024-05-10T09:00:00Z", text), Options{})
		for _, c := range cs {
			if c.Kind != KindOfficial && c.Kind != KindQuote {
				t.Errorf("%q: unexpected claim %s %q on %q", text, c.Kind, c.Slot, c.Evidence.Text)
			}
		}
	}
}

func TestRefutedFigures(t *testing.T) {
	tests := []struct{ text, evidence string }{
		{"Officials said about 3,000 people have died, not tens of thousands of deaths as claimed online.", "tens of thousands"},
		{"Rumours that 40 people had been killed were false, police said.", "40"},
		{"The ministry denied reports of 300 dead.", "300"},
	}
	for _, tt := range tests {
		cs := Build(articleOf(t, "", tt.text), Options{})
		c := findClaim(cs, tt.evidence)
		if c == nil {
			t.Fatalf("%q: no claim on %q", tt.text, tt.evidence)
		}
		if !c.Refuted {
			t.Errorf("%q: %q not read as refuted", tt.text, tt.evidence)
		}
	}
}

func TestEventParticipants(t *testing.T) {
	a := articleOf(t, "2024-05-10T09:00:00Z",
		"President Ana Lind announced that she had a long phone call with Chancellor Marek Novak.",
		"Novak's spokesman Petr Vos said the call lasted nearly two hours.",
		"President Vera Quinn later said she had a 30-minute call with Lind.")
	cs := Build(a, Options{})
	first := findClaim(cs, "nearly two hours")
	second := findClaim(cs, "30-minute")
	if first == nil || second == nil {
		t.Fatalf("missing duration claims: %+v", cs)
	}
	if got := strings.Join(first.Event.Participants, ","); got != strings.Join(keySet{}.add(PhoneticKey("Lind")).add(PhoneticKey("Novak")), ",") {
		t.Errorf("the call's participants = %q, want Lind and Novak from the first mention of the call", got)
	}
	if got := strings.Join(second.Event.Participants, ","); got != strings.Join(keySet{}.add(PhoneticKey("Lind")).add(PhoneticKey("Quinn")), ",") {
		t.Errorf("second call's participants = %q, want Lind and Quinn (she = Quinn)", got)
	}
}

func TestEventDatesAndOtherEvents(t *testing.T) {
	a := articleOf(t, "2024-05-09T09:00:00Z",
		"The search lasted more than ten hours on Tuesday.",
		"In an earlier accident at the same pit, a rescue took about 30 hours.")
	cs := Build(a, Options{})
	main, other := findClaim(cs, "more than ten hours"), findClaim(cs, "about 30 hours")
	if main == nil || other == nil {
		t.Fatalf("missing claims: %+v", cs)
	}
	if main.Event.Date != "2024-05-07" {
		t.Errorf("event date = %q, want Tuesday before publication, 2024-05-07", main.Event.Date)
	}
	if main.Event.Other || !other.Event.Other {
		t.Errorf("Other = %v/%v, want only the earlier accident set apart", main.Event.Other, other.Event.Other)
	}
}

func TestDateClaims(t *testing.T) {
	a := articleOf(t, "2024-05-09T09:00:00Z",
		"The ferry capsized late on Sunday, the coast guard said on Wednesday.",
		"KORVA, May 8 (Wire) - Divers went back to the wreck.")
	cs := Build(a, Options{})
	c := findClaim(cs, "on Sunday")
	if c == nil || c.Slot != "date:capsize" || c.Event.Date != "2024-05-05" {
		t.Fatalf("capsize date claim = %+v, want date:capsize on 2024-05-05", c)
	}
	for _, c := range cs {
		if c.Kind == KindDate && c.Evidence.Text != "on Sunday" {
			t.Errorf("unexpected date claim on %q (statement dates and datelines are not event dates)", c.Evidence.Text)
		}
	}
}

// Role metadata is read from the roles themselves: tolls only grow,
// people missing or in hospital move both ways.
func TestRoleTimeBehaviour(t *testing.T) {
	tests := []struct {
		slot          string
		series, moves bool
	}{
		{"killed", true, false},
		{"injured", true, false},
		{"missing", false, true},
		{"trapped", false, true},
		{"in-hospital", false, true},
		{"hospitalised", true, false},
		{"evacuated:people", false, false},
		{"count:case", true, false},
		{"count:ship", false, false},
	}
	for _, tt := range tests {
		if got := IsSeries(tt.slot); got != tt.series {
			t.Errorf("IsSeries(%q) = %v, want %v", tt.slot, got, tt.series)
		}
		if got := MovesBothWays(tt.slot); got != tt.moves {
			t.Errorf("MovesBothWays(%q) = %v, want %v", tt.slot, got, tt.moves)
		}
	}
}

// A live blog's entries are stamped with their times, and a figure in an
// entry holds for that time; a single paragraph that opens with a time
// makes no live blog.
func TestLiveBlogEntryTimes(t *testing.T) {
	blog := articleOf(t, "2025-10-14T22:40:00Z",
		"Floods: live",
		"21:50 Civil protection says 31 people have died.",
		"The agency also rejected rumours.",
		"16:00 The toll has risen to 27, officials say.",
		"9.20am Rescuers reached the old town.")
	tests := []struct {
		block int
		want  string
	}{
		{0, ""},
		{1, "2025-10-14T21:50:00Z"},
		{2, "2025-10-14T21:50:00Z"}, // a paragraph of the entry above
		{3, "2025-10-14T16:00:00Z"},
		{4, "2025-10-14T09:20:00Z"},
	}
	for _, tt := range tests {
		if got := blog.entryTime(tt.block); got != tt.want {
			t.Errorf("block %d: entry time %q, want %q", tt.block, got, tt.want)
		}
	}
	cs := Build(blog, Options{})
	if c := findClaim(cs, "27"); c == nil || c.AsOf != "2025-10-14T16:00:00Z" || !c.Stamped {
		t.Errorf("toll of the 16:00 entry: %+v", c)
	}
	// A blog over several days stamps its entries with the weekday; the
	// weekday is the entry's time, not an event's day.
	days := articleOf(t, "2025-07-14T22:00:00Z",
		"Saturday, 21:10 The ministry confirmed 19 deaths.",
		"Monday, 08:00 The toll rose to 23.")
	if got := days.entryTime(0); got != "2025-07-12T21:10:00Z" {
		t.Errorf("a weekday stamp: entry time %q, want the Saturday before publication", got)
	}
	for _, c := range Build(days, Options{}) {
		if c.Kind == KindDate {
			t.Errorf("a stamp's weekday gave a date claim: %+v", c)
		}
	}
	// A night blog across midnight, newest entry first or oldest first:
	// the entries before the turn of the clock were written the day before.
	for _, blog := range []struct {
		name          string
		entries, want []string
	}{
		{"newest first",
			[]string{"00:40 The toll has risen to 9.", "23:55 Two more bodies were found.", "22:10 Police say five people have died."},
			[]string{"2025-06-10T00:40:00Z", "2025-06-09T23:55:00Z", "2025-06-09T22:10:00Z"}},
		{"oldest first",
			[]string{"21:30 Police say five people have died.", "23:10 Hospitals are treating 40 people.", "00:10 Police now say seven people have died."},
			[]string{"2025-06-09T21:30:00Z", "2025-06-09T23:10:00Z", "2025-06-10T00:10:00Z"}},
	} {
		night := articleOf(t, "2025-06-10T01:00:00Z", blog.entries...)
		for block, want := range blog.want {
			if got := night.entryTime(block); got != want {
				t.Errorf("night blog told %s, block %d: entry time %q, want %q", blog.name, block, got, want)
			}
		}
	}
	// A page published at the time it opened runs on from it: entries
	// after the publication time are of that day, across midnight too.
	opened := articleOf(t, "2025-06-09T06:30:00Z",
		"07:10 The embankment has burst.", "12:40 Four are reported dead.", "00:20 The count reaches seven.")
	for block, want := range []string{"2025-06-09T07:10:00Z", "2025-06-09T12:40:00Z", "2025-06-10T00:20:00Z"} {
		if got := opened.entryTime(block); got != want {
			t.Errorf("page opened at publication, block %d: entry time %q, want %q", block, got, want)
		}
	}
	// A page told newest first, updated after its stamp: its top entry is
	// past the time it was stamped with, and every entry is of that day.
	updated := articleOf(t, "2025-06-09T14:00:00Z",
		"17:00 Seven are now reported dead.", "15:30 Five are confirmed dead.", "12:00 Police report three deaths.", "10:00 The embankment has burst.")
	for block, want := range []string{"2025-06-09T17:00:00Z", "2025-06-09T15:30:00Z", "2025-06-09T12:00:00Z", "2025-06-09T10:00:00Z"} {
		if got := updated.entryTime(block); got != want {
			t.Errorf("page updated after its stamp, block %d: entry time %q, want %q", block, got, want)
		}
	}
	// A day with no time of day says nothing of when the page opened.
	undated := articleOf(t, "2025-06-09T00:00:00Z", "07:10 The embankment has burst.", "12:40 Four are reported dead.")
	if got := undated.entryTime(0); got != "2025-06-08T07:10:00Z" {
		t.Errorf("page published on a day with no time: entry time %q, want the day before", got)
	}
	single := articleOf(t, "2025-10-14T22:40:00Z", "At 10:30 the road reopened.", "12:00 is when the count starts.")
	if got := single.entryTime(0); got != "" {
		t.Errorf("an article with one stamped paragraph: entry time %q, want none", got)
	}
}

// Decades are counted in round figures: "three decades ago" in 2024 takes
// in 1996, a year "nearly three decades" back.
func TestDecadesAgoAreRound(t *testing.T) {
	c := claimOn(t, "The north stand was opened three decades ago.", "three decades ago")
	day1996 := Bound(time.Date(1996, 6, 1, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	if c == nil || c.Lo > day1996 || c.Hi < day1996 {
		t.Fatalf("got %+v, want a span that takes in 1996", c)
	}
}

// "No one else was hurt" beside a group's count is of the others: a group
// of its own, which a later toll does not revise.
func TestNoneBesideAGroupCount(t *testing.T) {
	cs := Build(articleOf(t, "2025-06-13T10:00:00Z", "Five firefighters were injured. No one else was hurt."), Options{})
	nones := 0
	for _, c := range cs {
		if c.Display != "none" {
			continue
		}
		nones++
		if c.Frame == nil || c.Frame.Group != "others" {
			t.Errorf("none beside a group's count: frame %+v, want the group of the others", c.Frame)
		}
	}
	if nones != 1 {
		t.Errorf("got %d claims of none, want 1", nones)
	}
	cs = Build(articleOf(t, "2025-06-13T10:00:00Z", "No one was hurt."), Options{})
	for _, c := range cs {
		if c.Display == "none" && c.Frame != nil {
			t.Errorf("a none alone: frame %+v, want none", c.Frame)
		}
	}
}

// A toll its clause calls final is settled; one with no such word may
// still rise.
func TestFinalToll(t *testing.T) {
	cs := Build(articleOf(t, "2025-06-09T18:00:00Z", "Officials put the final toll at 53 dead.", "The toll stood at 50 on Sunday."), Options{})
	if c := findClaim(cs, "53"); c == nil || !c.Final {
		t.Errorf("a final toll: %+v, want it final", c)
	}
	if c := findClaim(cs, "50"); c == nil || c.Final {
		t.Errorf("a plain toll: %+v, want it not final", c)
	}
}

// A source named in a relative clause is the clause's speaker, without
// the relative word.
func TestSourceInARelativeClause(t *testing.T) {
	cs := Build(articleOf(t, "2025-06-13T10:00:00Z", "The kidnappers' ransom, which police said was £2.5 million, was refused."), Options{})
	if c := findClaim(cs, "£2.5 million"); c == nil || c.Source != "police" {
		t.Errorf("a sum in a relative clause: %+v, want it from the police", c)
	}
}
