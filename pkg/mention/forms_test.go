package mention

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"
)

// valueCase is one sentence, the span expected in it, and the mention's
// JSON value. An empty want means no mention of any type may overlap the
// span.
type valueCase struct{ text, span, want string }

func checkValues(t *testing.T, ref Reference, cases []valueCase) {
	t.Helper()
	for _, tc := range cases {
		if tc.want == "" {
			checkNoMention(t, ref, tc)
			continue
		}
		m, ok := mentionWithText(tc.text, tc.span, ref)
		if !ok {
			t.Errorf("%q: no mention %q; got %s", tc.text, tc.span, describe(Find(tc.text, ref)))
			continue
		}
		got, _ := json.Marshal(m.Value())
		var gotV, wantV any
		if err := json.Unmarshal([]byte(tc.want), &wantV); err != nil {
			t.Fatalf("bad want %s: %v", tc.want, err)
		}
		_ = json.Unmarshal(got, &gotV)
		if !reflect.DeepEqual(gotV, wantV) {
			t.Errorf("%q: %s %q = %s, want %s", tc.text, m.Type, tc.span, got, tc.want)
		}
	}
}

func mentionWithText(text, span string, ref Reference) (Mention, bool) {
	for _, m := range Find(text, ref) {
		if m.Text == span {
			return m, true
		}
	}
	return Mention{}, false
}

func describe(ms []Mention) string {
	out := ""
	for _, m := range ms {
		v, _ := json.Marshal(m.Value())
		out += fmt.Sprintf(" %s %q %s;", m.Type, m.Text, v)
	}
	return out
}

// checkNoMention fails when a mention overlaps the span; a number is
// allowed where the span names something ("48 Hours").
func checkNoMention(t *testing.T, ref Reference, tc valueCase) {
	t.Helper()
	at := indexOf(t, tc.text, tc.span)
	for _, m := range Find(tc.text, ref) {
		if m.Start < at+len(tc.span) && at < m.End && m.Type != TypeNumber {
			t.Errorf("%q: unexpected %s %q in %q", tc.text, m.Type, m.Text, tc.span)
		}
	}
}

func indexOf(t *testing.T, text, span string) int {
	t.Helper()
	for i := 0; i+len(span) <= len(text); i++ {
		if text[i:i+len(span)] == span {
			return i
		}
	}
	t.Fatalf("span %q not in %q", span, text)
	return -1
}

func TestNumberForms(t *testing.T) {
	checkValues(t, refAt(published), []valueCase{
		// Fractions in words, alone and of a scale.
		{"Three quarters of the crew stayed.", "Three quarters", `{"value":0.75}`},
		{"Turnout fell by a quarter.", "a quarter", `{"value":0.25}`},
		{"The fund lost quarter million dollars.", "quarter million dollars", `{"unit":"USD","value":250000}`},
		{"She bought half a dozen hens.", "half a dozen", `{"value":6}`},
		{"The city has five and a half million people.", "five and a half million", `{"value":5500000}`},
		{"Reserves stood at two billion and three quarters million.", "two billion and three quarters million", `{"value":2000750000}`},
		// Hyphens and an unsaid count of hundreds.
		{"Roughly two-thousand troops left.", "Roughly two-thousand", `{"value":2000,"min":1700,"max":2300,"mod":"approx"}`},
		{"They planted hundred and twelve trees.", "hundred and twelve", `{"value":112}`},
		{"Four and twenty blackbirds sang; twenty and six more followed.", "twenty and six", `{"value":26}`},
		{"He ordered three hundred and two dozen rolls.", "three hundred and two dozen", `{"value":324}`},
		// Suffixes: a capital M is a million, a capital T a trillion.
		{"The studio paid 12M for the rights.", "12M", `{"value":12000000}`},
		{"Debt passed $2.4T last week.", "$2.4T", `{"unit":"USD","value":2400000000000}`},
		// a temperature's scale, glued to the figure or written out; a bare "degrees" may be an angle
		{"Temperatures hit 41.7C at the airport.", "41.7C", `{"unit":"celsius","value":41.7}`},
		{"It was 104°F in the shade.", "104°F", `{"unit":"fahrenheit","value":104}`},
		{"The mercury reached 41.7 degrees Celsius.", "41.7 degrees Celsius", `{"unit":"celsius","value":41.7}`},
		{"The ship turned 40 degrees to port.", "40", `{"value":40}`},
		{"The grant was 7 point 5 percent higher.", "7 point 5 percent", `{"unit":"percent","value":7.5}`},
		{"A mass of 2.5x10^3 tonnes moved.", "2.5x10^3", `{"value":2500}`},
		{"Each held a pair of votes.", "a pair", `{"value":2}`},
		{"It will hire 200 or more staff.", "200 or more", `{"value":200,"min":200,"max":null,"mod":"more"}`},
		// "Over" after a verb it completes is its particle, no hedge.
		{"The rebels handed over 26 prisoners.", "26", `{"value":26}`},
		{"Volunteers handed out over 300 blankets.", "over 300", `{"value":300,"min":300,"max":null,"mod":"more"}`},
		{"The yield was zero point three.", "zero point three", `{"value":0.3}`},
		{"They sold a dozen and a half loaves.", "a dozen and a half", `{"value":18}`},
		// A lower-case m straight after digits is a million only with money;
		// otherwise it is metres, which the claim stage reads.
		{"The firm raised $600m in bonds.", "$600m", `{"unit":"USD","value":600000000}`},
		{"The deal is worth 600m euros.", "600m euros", `{"unit":"EUR","value":600000000}`},
		{"The climber fell about 600m down the gully.", "about 600", `{"value":600,"min":510,"max":690,"mod":"approx"}`},
		{"The tower is 300m tall.", "300", `{"value":300}`},
		{"The boat sank 600m from the shore.", "600", `{"value":600}`},
		{"The reservoir holds 12m cubic metres of water.", "12m", `{"value":12000000}`},
	})
}

func TestNumbersLeftAlone(t *testing.T) {
	for _, tc := range []struct{ text, notWant string }{
		{"A 9-year-old boy was hurt.", "9"},
		{"She is in her 40s now.", "40"},
		{"Music of the 1980s returned.", "1980"},
		{"He fell 2, 000ft down the face.", "000"},
	} {
		for _, m := range Find(tc.text, refAt(published)) {
			if m.Type == TypeNumber && m.Text == tc.notWant || m.Type == TypeDuration {
				t.Errorf("%q: unexpected %s %q", tc.text, m.Type, m.Text)
			}
		}
	}
}

func TestDurationForms(t *testing.T) {
	checkValues(t, refAt(published), []valueCase{
		// Ranges: the low end borrows the unit of the high end.
		{"Repairs will take between four and seven weeks.", "between four and seven weeks", `{"seconds":2419200,"mod":null,"min":2419200,"max":4233600}`},
		{"The crossing takes two to three hours.", "two to three hours", `{"seconds":7200,"mod":null,"min":7200,"max":10800}`},
		{"Recovery takes 6-8 months.", "6-8 months", `{"seconds":15552000,"mod":null,"min":15552000,"max":20736000}`},
		// Counts in words with a scale, units with a qualifier.
		{"The engine ran for a hundred hours.", "a hundred hours", `{"seconds":360000,"mod":null}`},
		{"Banks need ten business days.", "ten business days", `{"seconds":864000,"mod":null}`},
		{"The probe flew for a thousand days.", "a thousand days", `{"seconds":86400000,"mod":null}`},
		// Each unit at its own length.
		{"He served 4 years 6 months in all.", "4 years 6 months", `{"seconds":139968000,"mod":null}`}, // 54 months
		// Runs: at least that many units.
		{"Exports fell for the fourth straight month.", "the fourth straight month", `{"seconds":10368000,"mod":"more","min":10368000,"max":null}`},
		{"Output grew for the 10th consecutive month.", "the 10th consecutive month", `{"seconds":25920000,"mod":"more","min":25920000,"max":null}`},
		{"Rain fell for a sixth day running.", "a sixth day running", `{"seconds":518400,"mod":"more","min":518400,"max":null}`},
		// Abbreviated units and hedges read the right way round.
		{"The climb took 3.5 hrs.", "3.5 hrs", `{"seconds":12600,"mod":null}`},
		{"Delivery needs 3 wks.", "3 wks", `{"seconds":1814400,"mod":null}`},
		{"The new route takes 5 less minutes.", "5 less minutes", `{"seconds":300,"mod":null}`},
		{"Calls last no more than ten minutes.", "no more than ten minutes", `{"seconds":600,"mod":"less","min":0,"max":600}`},
		{"Stays are at most 20 days.", "at most 20 days", `{"seconds":1728000,"mod":"less","min":0,"max":1728000}`},
		{"He waited not less than an hour.", "not less than an hour", `{"seconds":3600,"mod":"more","min":3600,"max":null}`},
		{"The talk ran 40 minutes or so.", "40 minutes or so", `{"seconds":2400,"mod":"approx","min":2040,"max":2760}`},
		{"Repairs take a week or longer.", "a week or longer", `{"seconds":604800,"mod":"more","min":604800,"max":null}`},
		{"Visits last a maximum of two hours.", "a maximum of two hours", `{"seconds":7200,"mod":"less","min":0,"max":7200}`},
		{"The storm lasted some days.", "some days", `{"seconds":259200,"mod":null}`},
		{"The shop closes for a whole day.", "whole day", `{"seconds":86400,"mod":null}`},
		{"It took one and quarter hours.", "one and quarter hours", `{"seconds":4500,"mod":null}`},
		{"The vote took a half hour.", "a half hour", `{"seconds":1800,"mod":null}`},
		{"He spoke for a quarter of an hour.", "a quarter of an hour", `{"seconds":900,"mod":null}`},
		{"The siege lasted two-and-a-half years.", "two-and-a-half years", `{"seconds":78840000,"mod":null}`},
		{"The climb took 4½ hours.", "4½ hours", `{"seconds":16200,"mod":null}`},
		{"A days-long standoff ended.", "days", ""},
		// Not lengths of time: rates, ages, names.
		{"Two buses a day reach the village.", "a day", ""},
		{"The plant runs 24 hours a day.", "a day", ""},
		{"She earns $900 a month.", "a month", ""},
		{"The programme 60 Minutes aired it.", "60 Minutes", ""},
		{"A 12-year-old girl won.", "12-year-old", ""},
	})
}

// TestDurationsThatStay: the rate and name rules leave real lengths alone.
func TestDurationsThatStay(t *testing.T) {
	checkValues(t, refAt(published), []valueCase{
		{"The repair took a day.", "a day", `{"seconds":86400,"mod":null}`},
		{"Prices rose 4% in a week.", "a week", `{"seconds":604800,"mod":null}`},
		{"They Waited 48 Hours For Rescue", "48 Hours", `{"seconds":172800,"mod":null}`},
		{"The team stood at 9-14 a year after its title.", "a year", `{"seconds":31536000,"mod":null}`},
	})
}

// may14 is a Wednesday in May; oct14 a Tuesday in October.
var (
	may14 = time.Date(2025, 5, 14, 10, 0, 0, 0, time.UTC)
	oct14 = time.Date(2025, 10, 14, 10, 0, 0, 0, time.UTC)
)

// TestTenseDecidesDirection: a bare weekday or a month and day resolve to
// the past unless their own clause points ahead.
func TestTenseDecidesDirection(t *testing.T) {
	checkValues(t, refAt(may14), []valueCase{
		{"The inquiry will resume Tuesday with new witnesses.", "Tuesday", `{"date":"2025-05-20"}`},
		{"He is due to appear in court on Friday.", "on Friday", `{"date":"2025-05-16"}`},
		{"The next payment is due February 2.", "February 2", `{"date":"2026-02-02"}`},
		{"The runoff on June 8 decides the seat.", "June 8", `{"date":"2025-06-08"}`},
		{"On Monday, the council will vote on the budget.", "On Monday", `{"date":"2025-05-19"}`},
		{"Police said the man was arrested Monday and will appear in court Friday.", "Friday", `{"date":"2025-05-16"}`},
		// A forward word in another clause leaves a past date alone.
		{"The bank announced Thursday that its chief will step down next year.", "Thursday", `{"date":"2025-05-08"}`},
		{"The union said Tuesday it would strike, and talks will resume in June.", "Tuesday", `{"date":"2025-05-13"}`},
		{"Forecasters said the river would crest on Friday.", "on Friday", `{"date":"2025-05-16"}`},
		// An ordinal spelled out before a noun describes it: no day.
		{"On Saturday the first warning went out.", "the first", ``},
		{"On Saturday the first of the boats came in.", "the first", ``},
		// "Died" puts its clause in the past, short as it is.
		{"Families of those who died in Sunday's fire say they want answers.", "Sunday", `{"date":"2025-05-11"}`},
		// "You would think" tells how things seem now: no time ahead.
		{"Watch the footage of Sunday's match and you would think the visitors won.", "Sunday", `{"date":"2025-05-11"}`},
		{"Read about Friday's storm and one would think the town had gone.", "Friday", `{"date":"2025-05-09"}`},
		{"The road was closed until Monday but will reopen next week.", "Monday", `{"date":"2025-05-12"}`},
		{"Officials said talks were expected to end on Saturday.", "on Saturday", `{"date":"2025-05-17"}`},
		{"The strike lasted until Monday.", "Monday", `{"date":"2025-05-12"}`},
		// A modal looks ahead unless its clause is past; "May" the month
		// is no modal.
		{"Nobody knows whether the coalition can win Thursday's vote.", "Thursday", `{"date":"2025-05-15"}`},
		{"The coalition could not win Thursday's vote, which it lost.", "Thursday", `{"date":"2025-05-08"}`},
		{"In May the board met on Friday.", "on Friday", `{"date":"2025-05-09"}`},
		// "Before" looks ahead from a state still going on, and back from
		// a past clause.
		{"Mourners are filing past the coffin before the burial on Monday.", "on Monday", `{"date":"2025-05-19"}`},
		{"Mourners filed past the coffin before the burial on Monday.", "on Monday", `{"date":"2025-05-12"}`},
		{"The judge adjourned the trial until Monday.", "Monday", `{"date":"2025-05-19"}`},
		{"The new model, due to be released June 30, was shown.", "June 30", `{"date":"2025-06-30"}`},
		// "due to" and a noun give a cause, not a schedule.
		{"Flights were cancelled due to the storm on Friday.", "on Friday", `{"date":"2025-05-09"}`},
		{"Ministers Must Decide by May 20\n\nDozens of groups wrote to the ministry.", "May 20", `{"date":"2025-05-20"}`},
		{"Lee will take over from Park, who retires in June.", "in June", `{"month":"2025-06"}`},
		{"Lee took over from Park, who retired in June.", "in June", `{"month":"2024-06"}`},
		{"It was announced that she would leave in March.", "in March", `{"month":"2025-03"}`},
		{"The town usually receives that much rain in two months, the service said.", "two months", `{"seconds":5184000,"mod":null}`},
		{"The plant has been shut since March.", "since March", `{"month":"2025-03"}`},
		{"Sales have fallen since July.", "since July", `{"month":"2024-07"}`},
		// Imperatives and plans with no past word look ahead; records look back.
		{"Schedule the review in 10 days.", "in 10 days", `{"date":"2025-05-24"}`},
		{"The port will reopen in two weeks' time.", "in two weeks' time", `{"date":"2025-05-28"}`},
		{"It was the highest level in 10 days.", "10 days", `{"seconds":864000,"mod":null}`},
		{"Four storms in five weeks: a look back", "five weeks", `{"seconds":3024000,"mod":null}`},
		{"The state funeral will be held on May 17.", "May 17", `{"date":"2025-05-17"}`},
		{"The Leeds-based firm lists on May 30.", "May 30", `{"date":"2025-05-30"}`},
		{"Officials said he rear-ended a van on May 30.", "May 30", `{"date":"2024-05-30"}`},
		{"The series will end with a special (airing December 25) on the main channel.", "December 25", `{"date":"2025-12-25"}`},
		// A commitment looks ahead to the act it binds to; the act itself
		// told in the past looks back.
		{"The two sides agreed to meet again on Tuesday.", "on Tuesday", `{"date":"2025-05-20"}`},
		{"The mayor vowed to reopen the bridge on Friday.", "on Friday", `{"date":"2025-05-16"}`},
		// a weekday in what people are invited to lies ahead, whatever the tense of the inviting
		{"The minister said he had invited both sides to talks on Friday.", "on Friday", `{"date":"2025-05-16"}`},
		{"The council summoned the contractor to a hearing on Friday.", "on Friday", `{"date":"2025-05-16"}`},
		{"On Friday the council summoned the contractor to a hearing.", "On Friday", `{"date":"2025-05-09"}`},
		{"The two sides met again on Tuesday.", "on Tuesday", `{"date":"2025-05-13"}`},
		{"The council agreed on Tuesday to close the pool.", "on Tuesday", `{"date":"2025-05-13"}`},
		// An irregular past form is the past as "-ed" is; a form that is
		// also the base ("cut", "set") says nothing of the time.
		{"The ferry ran aground on June 3.", "June 3", `{"date":"2024-06-03"}`},
		{"The letter was written on June 3.", "June 3", `{"date":"2024-06-03"}`},
		{"The council cut fees on June 3 to help shops.", "June 3", `{"date":"2025-06-03"}`},
		// "Scheduled", "planned" and "expected" after a determiner describe
		// a noun and set no time; as a predicate they look ahead.
		{"The council shut the pool late on Friday after a scheduled check found a leak.", "on Friday", `{"date":"2025-05-09"}`},
		{"The inspection is scheduled for Monday.", "Monday", `{"date":"2025-05-19"}`},
		{"The expected storm hit the coast on Friday.", "on Friday", `{"date":"2025-05-09"}`},
		// "Is to be" looks ahead as "will be" does.
		{"The funeral is to be held on Sunday.", "on Sunday", `{"date":"2025-05-18"}`},
		{"The funeral was held on Sunday.", "on Sunday", `{"date":"2025-05-11"}`},
	})
	checkValues(t, refAt(oct14), []valueCase{
		{"Prices peaked last May.", "last May", `{"month":"2025-05"}`},
		{"Sales slumped last November.", "last November", `{"month":"2024-11"}`},
	})
}

func TestCombinedDates(t *testing.T) {
	checkValues(t, refAt(may14), []valueCase{
		{"The final was played on Saturday, May 3 in Rome.", "on Saturday, May 3", `{"date":"2025-05-03"}`},
		{"The fair will open from August 20 to the public.", "August 20", `{"date":"2025-08-20"}`},
		{"He was sworn in last Jan. 20 after a recount.", "last Jan. 20", `{"date":"2025-01-20"}`},
		{"Talks are set for next 4th of July.", "next 4th of July", `{"date":"2025-07-04"}`},
		// Runs of days and coordinated months share the month and year.
		{"The congress met 3 to 5 April 2019.", "3", `{"date":"2019-04-03"}`},
		{"The congress met 3 to 5 April 2019.", "5 April 2019", `{"date":"2019-04-05"}`},
		{"Hearings ran on Sept. 8-10, 2021.", "Sept. 8", `{"date":"2021-09-08"}`},
		{"Hearings ran on Sept. 8-10, 2021.", "10, 2021", `{"date":"2021-09-10"}`},
		{"Floods hit in June and July 2018.", "in June", `{"month":"2018-06"}`},
		{"The show will run from December 20 to January 4.", "January 4", `{"date":"2026-01-04"}`},
		{"The show ran from April 28 to May 3.", "May 3", `{"date":"2025-05-03"}`},
		{"The season starts in late May/early July.", "early July", `{"month":"2025-07"}`},
		// Year runs: two years, not a range of amounts.
		{"The 2019-2020 budget was cut.", "2019", `{"year":2019}`},
		{"The 2019-2020 budget was cut.", "2020", `{"year":2020}`},
		{"In the 1998-99 season he scored.", "99", `{"year":1999}`},
		// Two-digit years where nothing else can be meant.
		{"The deed is dated 4 Mar 88.", "4 Mar 88", `{"date":"1988-03-04"}`},
		{"She graduated in June of 94.", "in June of 94", `{"month":"1994-06"}`},
		{"Members of the class of '99 returned.", "'99", `{"year":1999}`},
		{"The town was founded in 79 AD.", "in 79 AD", `{"year":79}`},
		// Counted from another date.
		{"The fee is owed two weeks from next Monday.", "two weeks from next Monday", `{"date":"2025-06-02"}`},
		{"Filing closed 3 days before March 10 2024.", "3 days before March 10 2024", `{"date":"2024-03-07"}`},
		{"It happened two days before yesterday.", "two days before yesterday", `{"date":"2025-05-11"}`},
		{"The ship sank a year ago yesterday.", "a year ago yesterday", `{"date":"2024-05-13"}`},
		{"Rates were cut a month ago today.", "a month ago today", `{"date":"2025-04-14"}`},
		{"Voting ends on the last day of June.", "the last day of June", `{"date":"2025-06-30"}`},
		{"Rent is paid on the 5th day of next month.", "the 5th day of next month", `{"date":"2025-06-05"}`},
		{"The fair is the second Saturday after Easter 2026.", "the second Saturday after Easter 2026", `{"date":"2026-04-18"}`},
		{"He left 3 sundays ago.", "3 sundays ago", `{"date":"2025-04-27"}`},
		{"Reviews come in the 10th month of next year.", "the 10th month of next year", `{"month":"2026-10"}`},
		{"Shops shut on Thanksgiving 2024.", "Thanksgiving 2024", `{"date":"2024-11-28"}`},
		{"Sales peaked on Black Friday 2023.", "Black Friday 2023", `{"date":"2023-11-24"}`},
	})
}

// TestDateGrain: a count back is as precise as its smallest unit.
func TestDateGrain(t *testing.T) {
	checkValues(t, refAt(may14), []valueCase{
		{"The mine closed seven years ago.", "seven years ago", `{"year":2018}`},
		{"It reopened nine months ago.", "nine months ago", `{"month":"2024-08"}`},
		{"Two decades ago the line was new.", "Two decades ago", `{"year":2005}`},
		{"It flooded six days ago.", "six days ago", `{"date":"2025-05-08"}`},
		{"Profits rose last yr.", "last yr", `{"year":2024}`},
		{"She arrived on Sunday 11th with her son.", "on Sunday 11th", `{"date":"2025-05-11"}`},
		{"Prices fell at the end of March.", "of March", `{"month":"2025-03"}`},
		{"The plan covers FY2026.", "FY2026", `{"year":2026}`},
	})
}

// TestNotDates: names and figures that hold a day, a month or a unit.
func TestNotDates(t *testing.T) {
	checkValues(t, refAt(may14), []valueCase{
		{"Sun Valley Foods recalled its beans.", "Sun", ""},
		{"The Tuesday Club met in the hall.", "Tuesday", ""},
		{"The Good Friday Agreement was signed.", "Good Friday", ""},
		{"Tourists flocked to Easter Island again.", "Easter", ""},
		{"The index closed at 4,127.3 on the day.", "4,127.3", `{"value":4127.3}`},
		{"The index closed at 2016.4 points.", "2016.4", `{"value":2016.4}`},
		{"Gold traded near 2019.12 an ounce.", "2019.12", `{"value":2019.12}`},
		{"Four ferries a day cross the strait.", "a day", ""},
		{"A letter from April Jones arrived.", "April", ""},
		{"The patch closes CVE-2013-3893 at last.", "2013", ""},
	})
	// The same words still make dates where they are dates.
	checkValues(t, refAt(may14), []valueCase{
		{"Output fell in mid-2013 and recovered.", "2013", `{"year":2013}`},
		{"The club met on Tuesday Smith said.", "on Tuesday", `{"date":"2025-05-13"}`},
		{"Markets closed for Good Friday.", "Good Friday", `{"date":"2025-04-18"}`},
		{"Results came on Sun. 11 May.", "on Sun. 11 May", `{"date":"2025-05-11"}`},
	})
}
