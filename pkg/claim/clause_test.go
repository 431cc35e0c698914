package claim

import "testing"

func TestLemmaOf(t *testing.T) {
	tests := map[string]string{
		"crested": "crest", "phased": "phase", "derailing": "derail",
		"barred": "bar", "stopped": "stop", "trapped": "trap", "jamming": "jam",
		"stranded": "strand", "questioned": "question",
		"vaccinated": "vaccinate", "evacuated": "evacuate", "located": "locate",
		"treated": "treat", "floated": "float",
		"divided": "divide", "included": "include", "decided": "decide", "avoided": "avoid", "raided": "raid",
		"embezzling": "embezzle", "handled": "handle", "curled": "curl", "toppled": "topple",
		"levelled": "level", "cancelled": "cancel", "spelled": "spell", "killed": "kill",
		"supplied": "supply", "supplies": "supply", "carries": "carry", "buried": "bury", "carried": "carry", "died": "die", "tied": "tie",
		// left alone: a doubled consonant of the base itself
		"added": "add", "called": "call", "passed": "pass", "buzzed": "buzz",
	}
	for word, want := range tests {
		if got := lemmaOf(word); got != want {
			t.Errorf("lemmaOf(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestSameVerb(t *testing.T) {
	tests := []struct {
		word, cue string
		want      bool
	}{
		{"killing", "killed", true},
		{"kills", "killed", true},
		{"injuring", "injured", true},
		{"freeing", "freed", true},
		{"dying", "died", true},
		{"releases", "released", true},
		{"evacuating", "evacuate", true},
		{"carrying", "carried", true},
		{"burying", "buried", true},
		// left alone: nouns and unrelated words
		{"skill", "killed", false},
		{"deaths", "died", false},
		{"inject", "injured", false},
	}
	for _, tc := range tests {
		if got := sameVerb(tc.word, tc.cue); got != tc.want {
			t.Errorf("sameVerb(%q, %q) = %v, want %v", tc.word, tc.cue, got, tc.want)
		}
	}
}

// A cue that sets an event apart governs its own clause; a colon joins
// an elaboration to the clause it explains.
func TestSetApartCueGovernsItsOwnClause(t *testing.T) {
	tests := []struct {
		text, evidence string
		other          bool
	}{
		{"On Monday they spoke for more than three hours, and their envoys are already preparing for a second round of talks.", "more than three hours", false},
		{"The previous call, in January, lasted 90 minutes.", "90 minutes", true},
		{"It was their second conversation this spring: in early March the two prime ministers talked for 35 minutes.", "35 minutes", true},
	}
	for _, tc := range tests {
		cs := Build(articleOf(t, "2025-03-12T10:00:00Z", tc.text), Options{})
		c := findClaim(cs, tc.evidence)
		if c == nil {
			t.Errorf("%q: no claim on %q; claims %v", tc.text, tc.evidence, slots(cs))
			continue
		}
		if c.Event.Other != tc.other {
			t.Errorf("%q: %q set apart = %v, want %v", tc.text, tc.evidence, c.Event.Other, tc.other)
		}
	}
}

// A length whose subject points elsewhere measures the event pointed to.
func TestLengthOfEventPointedTo(t *testing.T) {
	tests := []struct {
		paragraphs []string
		evidence   string
		slot       string // "" for no claim
	}{
		{[]string{"The deal was agreed during Thursday's call between the two presidents, which ran to two hours and fifteen minutes."}, "two hours and fifteen minutes", "duration:call"},
		{[]string{"The envoys' meeting in Sarn was frosty.", "Aides to both men say it lasted an hour and twenty minutes."}, "an hour and twenty minutes", "duration:meeting"},
		{[]string{"The count was reversed after a recount that lasted nearly 14 hours."}, "nearly 14 hours", "duration:recount"},
		{[]string{"The recount, which started on Friday morning at the civic centre, finished after more than 11 hours."}, "more than 11 hours", "duration:recount"},
		{[]string{"The first session broke up after less than two hours."}, "less than two hours", "duration:meeting"},
		// left alone: nothing named before "it", and a time frame is no length
		{[]string{"Aides say it lasted an hour and twenty minutes."}, "an hour and twenty minutes", ""},
		{[]string{"The rescuers arrived after two hours."}, "two hours", ""},
	}
	for _, tc := range tests {
		cs := Build(articleOf(t, "2025-03-12T10:00:00Z", tc.paragraphs...), Options{})
		c := findClaim(cs, tc.evidence)
		switch {
		case tc.slot == "" && c != nil:
			t.Errorf("%q: want no claim, got %s", tc.paragraphs, c.Slot)
		case tc.slot != "" && c == nil:
			t.Errorf("%q: no claim on %q; claims %v", tc.paragraphs, tc.evidence, slots(cs))
		case c != nil && c.Slot != tc.slot:
			t.Errorf("%q: slot %s, want %s", tc.paragraphs, c.Slot, tc.slot)
		}
	}
}

func slots(cs []Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Evidence.Text+"="+c.Slot)
	}
	return out
}

// A date belongs to the verb of dating nearest it, else to the event noun
// it is attached to.
func TestDateOfAnEventNoun(t *testing.T) {
	tests := []struct {
		text, evidence, slot string
	}{
		{"The exchange on Wednesday at the border crossing was the largest of the war.", "on Wednesday", "date:handover"},
		{"Some 2,000 farmers marched through the capital during Sunday's signing ceremony.", "Sunday", "date:agreement"},
		{"Norvia and Kessland exchanged 80 prisoners at the border on Monday in a deal brokered by Lissa.", "on Monday", "date:handover"},
		// left alone: a verb of dating nearer than a noun wins
		{"The ferry capsized late on Monday, hours after the storm warning.", "on Monday", "date:capsize"},
	}
	for _, tc := range tests {
		cs := Build(articleOf(t, "2025-11-25T10:00:00Z", tc.text), Options{})
		c := findClaim(cs, tc.evidence)
		if c == nil || c.Slot != tc.slot {
			t.Errorf("%q: claim on %q = %v, want slot %s; claims %v", tc.text, tc.evidence, c, tc.slot, slots(cs))
		}
	}
}

// A fixed measure takes the day of its own clause and the name that is
// the subject of its verb.
func TestMeasureDateAndHolder(t *testing.T) {
	cs := Build(articleOf(t, "2025-03-12T10:00:00Z",
		"The river crested at 8.4 metres on Tuesday, officials said, and fell by Thursday.",
		"Orvenia released 61 prisoners at the crossing."), Options{})
	if c := findClaim(cs, "8.4"); c == nil || c.Slot != "size:crest" || c.Event.Date != "2025-03-11" {
		t.Errorf("crest claim = %+v, want size:crest dated 2025-03-11", c)
	}
	if c := findClaim(cs, "61"); c == nil || c.Frame == nil || c.Frame.Holder == "" {
		t.Errorf("release claim = %+v, want a holder", c)
	}
	// left alone: a series is dated by its count, not the clause's day
	cs = Build(articleOf(t, "2025-03-12T10:00:00Z", "The toll rose to 19 on Wednesday."), Options{})
	if c := findClaim(cs, "19"); c == nil || c.Event.Date != "" {
		t.Errorf("toll claim = %+v, want no event date", c)
	}
}

// An event noun names its own parties: "between A and B", "with A".
func TestPartiesNamedByTheEventNoun(t *testing.T) {
	cs := Build(articleOf(t, "2025-03-12T10:00:00Z",
		"The grid held after yesterday's call between Brandt and Dubrin."), Options{})
	c := findClaim(cs, "yesterday")
	if c == nil || len(c.Event.Participants) != 2 {
		t.Fatalf("call date claim = %+v, want two participants", c)
	}
	// left alone: "with" after a word that is no event
	cs = Build(articleOf(t, "2025-03-12T10:00:00Z", "The capsizing on Sunday happened with Brandt watching."), Options{})
	if c := findClaim(cs, "on Sunday"); c != nil && len(c.Event.Participants) != 0 {
		t.Errorf("capsize claim has participants %v, want none", c.Event.Participants)
	}
}

// A count dated in its own clause holds for that day, not for the day
// the article was published.
func TestCountHoldsForTheDayItNames(t *testing.T) {
	cs := Build(articleOf(t, "2025-10-16T09:00:00Z",
		"The toll stood at 38 on Tuesday, and had risen to 47 by Wednesday evening, officials said."), Options{})
	if c := findClaim(cs, "38"); c == nil || c.AsOf != "2025-10-14T12:00:00Z" {
		t.Errorf("38: %+v, want as of 2025-10-14", c)
	}
	if c := findClaim(cs, "47"); c == nil || c.AsOf != "2025-10-15T19:00:00Z" {
		t.Errorf("47: %+v, want as of the evening of 2025-10-15", c)
	}
	// a timeline entry's counts hold for the entry's day, where it stood
	// when the day was done
	cs = Build(articleOf(t, "2025-10-16T09:00:00Z", "October 9 — Three people died at the camp."), Options{})
	if c := findClaim(cs, "Three"); c == nil || c.AsOf != "2025-10-09T23:59:00Z" {
		t.Errorf("three: %+v, want as of the end of 2025-10-09", c)
	}
	// an entry whose label names no day holds for a day not known
	cs = Build(articleOf(t, "2025-10-16T09:00:00Z", "- Next day — The toll reaches 19 at the camp."), Options{})
	if c := findClaim(cs, "19"); c == nil || c.AsOf != "" {
		t.Errorf("19: %+v, want no time it holds for", c)
	}
	// "by" before a possessive day is the agent's, not a time the count holds by
	cs = Build(articleOf(t, "2025-10-16T09:00:00Z", "The number of people killed by Saturday's quake rose to 23 on Tuesday."), Options{})
	if c := findClaim(cs, "23"); c == nil || c.AsOf != "2025-10-14T12:00:00Z" {
		t.Errorf("23: %+v, want as of 2025-10-14, the day it rose to that", c)
	}
	// left alone: a count with no day of its own holds for publication
	cs = Build(articleOf(t, "2025-10-16T09:00:00Z", "At least 40 people have died."), Options{})
	if c := findClaim(cs, "At least 40"); c == nil || c.AsOf != "2025-10-16T09:00:00Z" {
		t.Errorf("40: %+v, want as of publication", c)
	}
}

// A length takes the day of its own clause, not another clause's.
func TestLengthTakesTheDayOfItsClause(t *testing.T) {
	cs := Build(articleOf(t, "2025-03-14T10:00:00Z",
		"The leaders' first call lasted two hours on Monday, but their call on Thursday lasted 40 minutes."), Options{})
	if c := findClaim(cs, "two hours"); c == nil || c.Event.Date != "2025-03-10" {
		t.Errorf("two hours: %+v, want dated Monday 2025-03-10", c)
	}
	if c := findClaim(cs, "40 minutes"); c == nil || c.Event.Date != "2025-03-13" {
		t.Errorf("40 minutes: %+v, want dated Thursday 2025-03-13", c)
	}
	// left alone: the day a statement was made dates no event
	cs = Build(articleOf(t, "2025-03-14T10:00:00Z", "The call lasted two hours, officials said on Tuesday."), Options{})
	if c := findClaim(cs, "two hours"); c == nil || c.Event.Date != "" {
		t.Errorf("two hours: %+v, want no day of its own", c)
	}
}

// A modal of possibility makes a figure a possibility; a month that
// shares its spelling does not.
func TestPossibilityNotAMonth(t *testing.T) {
	tests := []struct {
		text, evidence string
		unverified     bool
	}{
		{"Officials said the toll may reach 40 people killed.", "40", true},
		{"Rescuers fear the number of dead could rise above 30.", "above 30", true},
		{"The flood killed 12 people in May, officials said.", "12", false},
	}
	for _, tc := range tests {
		cs := Build(articleOf(t, "2025-06-12T10:00:00Z", tc.text), Options{})
		c := findClaim(cs, tc.evidence)
		if c == nil {
			t.Errorf("%q: no claim on %q; claims %v", tc.text, tc.evidence, slots(cs))
			continue
		}
		if c.Unverified != tc.unverified {
			t.Errorf("%q: %q unverified = %v, want %v", tc.text, tc.evidence, c.Unverified, tc.unverified)
		}
	}
}

// Plurals of nouns in "f" or "fe" stem to their singular; others lose
// their "s" as before.
func TestStemPlurals(t *testing.T) {
	for in, want := range map[string]string{
		"lives": "life", "knives": "knife", "prisoners": "prisoner", "olives": "olive", "casualties": "casualty",
		"branches": "branch", "crashes": "crash", "taxes": "tax", "witnesses": "witness",
		// left alone: an e of the singular's own
		"houses": "house", "prizes": "prize", "cases": "case", "aches": "ache",
	} {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
	}
}
