// Package claim owns the third stage of the pipeline: turning mentions and
// their sentences into claims. A claim says what is asserted (a quantity
// slot such as "killed" or the length of a call, an office held, a quotation
// spoken), about which event (its noun, participants, date and place), as of
// when, and on whose word. Claims carry their own evidence spans, so later
// stages never need the documents again and claims can be stored and judged
// on another machine (check --claims).
package claim

import (
	"encoding/json"
	"math"
	"strconv"

	"github.com/crosscheck/crosscheck/pkg/document"
)

// Kind is the family of a claim, and of the findings built from it.
type Kind string

const (
	KindDate       Kind = "date"
	KindDuration   Kind = "duration"
	KindCasualties Kind = "casualties"
	KindQuantity   Kind = "quantity"
	KindOfficial   Kind = "official"
	KindQuote      Kind = "quote"
)

// Claim is one assertion an article makes.
type Claim struct {
	// Doc identifies the article: its ID (path, or JSONL id).
	Doc string `json:"doc"`
	// Kind is the family; Slot the precise thing asserted within it
	// ("killed", "injured", "duration:call", "count:prisoners", "date:capsizing").
	Kind Kind   `json:"kind"`
	Slot string `json:"slot"`
	// Evidence is the claim's own words, located in the original file.
	Evidence document.Span `json:"evidence"`
	// Value is the mention's normalised value as CONTRACT.md shapes it.
	Value any `json:"value,omitempty"`
	// Lo and Hi bound a numeric value (seconds for durations, days since
	// 1970 for dates); Hi may be +Inf, written as null in JSON.
	Lo Bound `json:"lo"`
	Hi Bound `json:"hi"`
	// Exact is true for a figure given without hedge or vagueness.
	Exact bool `json:"exact,omitempty"`
	// Vague marks a magnitude told by a word ("dozens", "hundreds"),
	// whose bounds news stretches: "dozens" may stand for twenty.
	Vague bool `json:"vague,omitempty"`
	// Ongoing marks a length still growing as of AsOf ("the strike, now in
	// its 12th day", "has now run for three weeks").
	Ongoing bool `json:"ongoing,omitempty"`
	// Running marks a count given as a total so far ("have been
	// evacuated", "so far"), which a later, higher total updates.
	Running bool `json:"running,omitempty"`
	// State marks a count of people or things doing something at one
	// moment ("27 ships were waiting", "300 people sheltering"), which
	// rises and falls as a story goes on.
	State bool `json:"state,omitempty"`
	// Changed marks a level the text says a change brought the measure to
	// ("the reward was doubled to $50,000", "coverage has fallen to 71%"):
	// a report from before the change rightly gives the old level.
	Changed bool `json:"changed,omitempty"`
	// Rose and Fell say which way the change went, when the text says
	// ("the toll rose to 11", "coverage has fallen to 71%"): the level
	// before a rise was lower, before a fall higher.
	Rose bool `json:"rose,omitempty"`
	Fell bool `json:"fell,omitempty"`
	// Final marks a count the text gives as settled ("the final toll",
	// "a final count of 53 dead"): a later, higher figure does not update
	// it but contradicts it.
	Final bool `json:"final,omitempty"`
	// Display is the value as an editor reads it ("more than 120 min").
	Display string `json:"display"`

	// Frame says what a figure measures, as far as its sentence tells.
	Frame *Frame `json:"frame,omitempty"`

	Event Event `json:"event"`
	// AsOf is the day the figure holds for (publication day unless the text
	// says otherwise), "" when unknown.
	AsOf string `json:"as_of,omitempty"`
	// Stamped marks an AsOf read from the time stamp of a live-blog entry
	// ("**16:00** The toll has risen to 27").
	Stamped bool `json:"stamped,omitempty"`
	// Source is who the text attributes the claim to ("police", "the health
	// ministry"), "" for the article's own voice.
	Source string `json:"source,omitempty"`
	// Quoted marks a figure inside a quotation: the speaker's words, not
	// the article's.
	Quoted bool `json:"quoted,omitempty"`
	// Refuted marks a figure the text itself denies; Unverified one it
	// passes on as rumour or an unconfirmed report.
	Refuted    bool `json:"refuted,omitempty"`
	Unverified bool `json:"unverified,omitempty"`
	// Headline marks a claim in the article's title.
	Headline bool `json:"headline,omitempty"`
	// Sentence and Paragraph index the claim's place in its article.
	Sentence  int `json:"sentence"`
	Paragraph int `json:"paragraph"`

	Tally *Tally `json:"tally,omitempty"`
	// Counter is the other half of a claim that contradicts itself: the
	// date in "Tuesday, March 12" when March 12 is a Wednesday.
	Counter  *document.Span `json:"counter,omitempty"`
	Official *Official      `json:"official,omitempty"`
	Quote    *Quote         `json:"quote,omitempty"`
}

// Frame is what a figure measures. A field the sentence does not give
// stays empty: unknown, never a match.
type Frame struct {
	// Head is what is counted ("carriage", "prisoner"), lemmatised.
	Head string `json:"head,omitempty"`
	// Predicate is the verb or cue that gives the figure its role
	// ("derail", "killed"); "" when the figure stands with its noun alone.
	Predicate string `json:"predicate,omitempty"`
	// Whole marks the size of a whole set: "all 214 passengers", "its 14
	// hospitals", "an eight-carriage train"; for a length, the whole
	// event's, written before its noun ("a three-day rescue"), not the
	// time it had run so far.
	Whole bool `json:"whole,omitempty"`
	// Definite marks a figure the text gives as the known size of its set,
	// with the definite article or a demonstrative right before it ("the
	// three derailed carriages", "which of the some 1,500 damaged houses"):
	// a writer uses it for a number already settled, not a new one.
	Definite bool `json:"definite,omitempty"`
	// Holder is whose figure it is, when a name is the subject of its
	// verb ("Brees threw for 364 yards", "Orvenia released 61"), as a
	// name key.
	Holder string `json:"holder,omitempty"`
	// Group is who a casualty figure counts when the words name a group
	// narrower than people ("two rescue workers were injured", "the
	// pilots"), lemmatised: such a count may be a part of a toll.
	Group string `json:"group,omitempty"`
}

// Complete reports whether the frame says enough of what a count counts
// to compare it: a role or verb, or the size of a whole. "52 catches"
// alone does not.
func (f *Frame) Complete() bool { return f != nil && (f.Predicate != "" || f.Whole) }

// WholeArea is the Place of a count told over a whole area.
const WholeArea = "*"

// Event is what a claim is about.
type Event struct {
	// Noun is the event or thing ("call", "talks", "toll", "prisoners").
	Noun string `json:"noun,omitempty"`
	// Participants are canonical keys of the people, countries and
	// organisations involved, sorted.
	Participants []string `json:"participants,omitempty"`
	// Date is the day the event happened ("2025-03-18"), or a month or year;
	// "" when the text does not say.
	Date string `json:"date,omitempty"`
	// DateText is the words that gave Date, for messages.
	DateText string `json:"date_text,omitempty"`
	// Place is where a count was made when the text names a town or a
	// district for it ("eight were killed in Tarrow"), WholeArea for a
	// count over the whole ("across the county"); "" when it names none.
	Place string `json:"place,omitempty"`
	// Cause is what a count of casualties names as their cause ("died of
	// heatstroke", "killed by the fire", "heat-related deaths"), as an
	// event class: two counts of two causes are two tallies.
	Cause string `json:"cause,omitempty"`
	// Hours is the part of the day the text puts the event in: "late"
	// ("late on Monday", "on Monday night"), "early" ("early on
	// Tuesday", "in the small hours of Tuesday"), or "".
	Hours string `json:"hours,omitempty"`
	// Weekday is the day of the week the text names for the event, when
	// the day itself cannot be resolved (an undated article's "Thursday").
	Weekday string `json:"weekday,omitempty"`
	// Planned marks an event still to come ("talks are due to begin on
	// Monday"), or an outcome someone asks for ("prosecutors sought eight
	// years"); it is never the same event as one already reported.
	Planned bool `json:"planned,omitempty"`
	// Other marks an event the text sets apart from the story's main one
	// ("the previous call in January", "an earlier collapse").
	Other bool `json:"other,omitempty"`
	// Past marks an event the text puts a year or more back ("a year ago",
	// "last year"): however it is numbered ("its second reading"), it is
	// not this story's.
	Past bool `json:"past,omitempty"`
	// Sequence is the event's place in a series the text counts ("the
	// second round", "round one", "the first session"), 0 when none.
	Sequence int `json:"sequence,omitempty"`
	// Stage marks a count of what one numbered step of a piecemeal act
	// moved ("freed in the first swap", "the second convoy carried"): a
	// part of the act's whole, which the steps add up to.
	Stage bool `json:"stage,omitempty"`
	// Part marks a length of one part of an event ("the final session",
	// "the first day of the talks"): "1", "2"... for a numbered part,
	// "last" for the final one; "" for the whole.
	Part string `json:"part,omitempty"`
	// Once marks an event that befalls its thing only once, such as the
	// building of a bridge or a ship: two dates given for it conflict
	// however far apart they lie.
	Once bool `json:"once,omitempty"`
}

// Tally is a vote count; -1 marks a side the text does not give.
type Tally struct {
	For     int `json:"for"`
	Against int `json:"against"`
}

// String writes a tally as "104-91", with "?" for an unknown side.
func (t Tally) String() string {
	side := func(n int) string {
		if n < 0 {
			return "?"
		}
		return strconv.Itoa(n)
	}
	return side(t.For) + "-" + side(t.Against)
}

// OppositeOutcomes reports two tallies one of which carried and the
// other failed ("rejected by 19 votes to 18" and "passed 21-16"): two
// rounds of voting, not one vote told two ways.
func (t Tally) OppositeOutcomes(o Tally) bool {
	outcome := func(x Tally) int {
		if x.For < 0 || x.Against < 0 || x.For == x.Against {
			return 0
		}
		if x.For > x.Against {
			return 1
		}
		return -1
	}
	a, b := outcome(t), outcome(o)
	return a != 0 && b != 0 && a != b
}

// Agrees reports whether two tallies can describe one vote.
func (t Tally) Agrees(o Tally) bool {
	same := func(a, b int) bool { return a < 0 || b < 0 || a == b }
	return same(t.For, o.For) && same(t.Against, o.Against)
}

// SameBody reports whether two tallies can come from one body: the votes
// cast by one body differ by abstentions and absences, not by half, so
// "9-4" (a committee) and "178-171" (a chamber) are two votes. A tally
// with a side left out says of its body only that it cast that side's
// votes: "63 in favour" is no vote of a body that voted 9-4 in all.
func (t Tally) SameBody(o Tally) bool {
	if t.For < 0 || t.Against < 0 || o.For < 0 || o.Against < 0 {
		return !halfExceedsWhole(t, o) && !halfExceedsWhole(o, t)
	}
	a, b := t.For+t.Against, o.For+o.Against
	return 2*max(a, b) <= 3*min(a, b)
}

// halfExceedsWhole: one side of half, the tally with a side left out,
// is larger than all the votes of whole, a tally with both sides.
func halfExceedsWhole(half, whole Tally) bool {
	if whole.For < 0 || whole.Against < 0 {
		return false
	}
	return max(half.For, half.Against) > whole.For+whole.Against
}

// Official is a person named with an office.
type Official struct {
	Name string `json:"name"` // as written, full form
	// PersonKey identifies the person across spellings.
	PersonKey string `json:"person_key"`
	Surname   string `json:"surname"`
	Given     string `json:"given,omitempty"`
	// Office is the canonical office ("interior minister"), Country its
	// holder's country when said; Former marks a past holder.
	Office  string `json:"office,omitempty"`
	Country string `json:"country,omitempty"`
	// BodyDescribed marks a Country told by a common noun ("the resort's
	// director"), which fits whichever body of its kind the story is
	// about: it keeps two holders apart, but sets no two bodies apart.
	BodyDescribed bool `json:"body_described,omitempty"`
	// Side is the side of a contest a leader leads ("yes", "no").
	Side   string `json:"side,omitempty"`
	Former bool   `json:"former,omitempty"`
	// Title is the office as written ("Rear Adm.", "Digital Affairs Minister").
	Title string `json:"title,omitempty"`
	// Family groups offices one person cannot hold together ("cabinet",
	// "rank"); "role" marks a description that never conflicts. Generic
	// marks an office that names only its family ("minister", "head").
	Family  string `json:"family,omitempty"`
	Generic bool   `json:"generic,omitempty"`
	// Holders says how many people hold the office at once: "one",
	// "country" (one per named country or organisation) or "many".
	Holders string `json:"holders,omitempty"`
	// Tenure is "former", "acting", "outgoing" (sitting, about to leave)
	// or "incoming"; "" for a sitting holder.
	Tenure string `json:"tenure,omitempty"`
	// AlsoHolds lists the other offices the same article gives the person,
	// so that two posts held together are not read as a conflict.
	AlsoHolds []string `json:"also_holds,omitempty"`
	// Additional marks a post the article gives as held besides another
	// ("who also chairs the Millers' Guild", "is also president of"):
	// whatever other post the person is named in, it adds to it.
	Additional bool `json:"additional,omitempty"`
	// Shared marks an office the same article gives to another sitting
	// holder too: in this story it is not unique.
	Shared bool `json:"shared,omitempty"`
	// Since is the year the article says the person took the office
	// ("has headed the authority since 2019").
	Since string `json:"since,omitempty"`
	// Succession marks an office the article says changed hands lately
	// ("the new interior secretary").
	Succession bool `json:"succession,omitempty"`
	// Newly marks a person the article calls new to the post ("Ada
	// Brecht, the new finance minister"): she held another before.
	Newly bool `json:"newly,omitempty"`
	// PostChanged marks a person the article says moved from one post to
	// another ("was promoted to", "swapped portfolios"): such a story
	// holds the person in an old and a new post.
	PostChanged bool `json:"post_changed,omitempty"`
	// Ambiguous marks a surname alone that the story gives to two people
	// with different first names: which one is meant is not known.
	Ambiguous bool `json:"-"`
}

// Quote is a quotation and its speaker.
type Quote struct {
	Words string `json:"words"`
	// Norm is Words folded for comparison (lower case, no punctuation).
	Norm       string `json:"norm"`
	Speaker    string `json:"speaker,omitempty"`
	SpeakerKey string `json:"speaker_key,omitempty"`
	// SpeakerGiven and SpeakerSurname let speakers be compared across
	// spellings; SpeakerTitle is the speaker's office as written.
	SpeakerGiven   string `json:"speaker_given,omitempty"`
	SpeakerSurname string `json:"speaker_surname,omitempty"`
	SpeakerTitle   string `json:"speaker_title,omitempty"`
	// SpeakerVia says how the speaker was found: "name" (named next to
	// the words), "pronoun", "earlier" (a quotation the words continue)
	// or "title" ("the mayor said", in an article that names one mayor).
	SpeakerVia string `json:"speaker_via,omitempty"`
	// DeniedAround marks words quoted inside the reporter's own sentence
	// whose words before the quotation deny ("warned that no one would
	// return 'until the ash settles'"): the denial is the writer's
	// rendering of a negation the speaker's fuller words hold.
	DeniedAround bool `json:"denied_around,omitempty"`
}

// Bound is one end of a claim's interval. JSON has no infinity, so an
// open end is written as null.
type Bound float64

// MarshalJSON writes an infinite bound as null.
func (b Bound) MarshalJSON() ([]byte, error) {
	if math.IsInf(float64(b), 0) || math.IsNaN(float64(b)) {
		return []byte("null"), nil
	}
	return json.Marshal(float64(b))
}

// UnmarshalJSON reads null as an open upper end.
func (b *Bound) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*b = Bound(math.Inf(1))
		return nil
	}
	var f float64
	if err := json.Unmarshal(data, &f); err != nil {
		return err
	}
	*b = Bound(f)
	return nil
}
