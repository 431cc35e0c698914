package mention

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
)

var published = time.Date(2024, 6, 19, 9, 0, 0, 0, time.UTC) // a Wednesday

func refAt(t time.Time) Reference { return Reference{Published: &t} }

// findOne returns the mention whose text is want, failing if absent.
func findOne(t *testing.T, text, want string, ref Reference) Mention {
	t.Helper()
	ms := Find(text, ref)
	for _, m := range ms {
		if m.Text == want {
			return m
		}
	}
	var got []string
	for _, m := range ms {
		got = append(got, string(m.Type)+":"+m.Text)
	}
	t.Fatalf("%q: no mention %q; got %v", text, want, got)
	return Mention{}
}

func TestNumbers(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		text, span string
		value      float64
		min, max   float64 // 0, 0 means exact
		mod        Mod
		unit       string
		of         float64
	}{
		{"Officials counted 2,450 ballots.", "2,450", 2450, 0, 0, "", "", 0},
		// A scale written into a compound multiplies; a count in one does not.
		{"The port signed a 420-million-crown contract.", "420-million", 420e6, 0, 0, "", "", 0},
		{"A $2.8-billion tunnel was approved.", "$2.8-billion", 2.8e9, 0, 0, "", "USD", 0},
		{"A 38-tonne lorry overturned.", "38", 38, 0, 0, "", "", 0},
		{"A crowd of 3 400 gathered.", "3 400", 3400, 0, 0, "", "", 0},
		{"The rate rose to 4.25 overnight.", "4.25", 4.25, 0, 0, "", "", 0},
		{"Thirty-two boats left port.", "Thirty-two", 32, 0, 0, "", "", 0},
		{"She listed two hundred and seven names.", "two hundred and seven", 207, 0, 0, "", "", 0},
		{"The hall seats fifteen hundred.", "fifteen hundred", 1500, 0, 0, "", "", 0},
		{"They bought a dozen eggs.", "a dozen", 12, 0, 0, "", "", 0},
		{"Three dozen workers walked out.", "Three dozen", 36, 0, 0, "", "", 0},
		{"The score stood at naught.", "naught", 0, 0, 0, "", "", 0},
		{"Exports reached 3.4 million tonnes.", "3.4 million", 3.4e6, 0, 0, "", "", 0},
		{"The deal is worth 7.5bn.", "7.5bn", 7.5e9, 0, 0, "", "", 0},
		{"The firm raised $2.1 billion.", "$2.1 billion", 2.1e9, 0, 0, "", "USD", 0},
		{"He paid 3.2m dollars in fines.", "3.2m dollars", 3.2e6, 0, 0, "", "USD", 0},
		{"Rents rose 35%.", "35%", 35, 0, 0, "", "percent", 0},
		{"Turnout was 62 per cent.", "62 per cent", 62, 0, 0, "", "percent", 0},
		{"Two-thirds of voters agreed.", "Two-thirds", 2.0 / 3, 0, 0, "", "", 0},
		{"It lost a quarter of its value.", "a quarter", 0.25, 0, 0, "", "", 0},
		{"Seven of 11 judges dissented.", "Seven of 11", 7, 0, 0, "", "", 11},
		{"Between 60 and 80 homes flooded.", "Between 60 and 80", 60, 60, 80, "", "", 0},
		{"Some 30-45 homes flooded.", "30-45", 30, 30, 45, "", "", 0},
		{"Dozens of homes flooded.", "Dozens", 24, 24, 99, "", "", 0},
		{"Hundreds of thousands marched.", "Hundreds of thousands", 1e5, 1e5, 999999, "", "", 0},
		{"Tens of thousands fled.", "Tens of thousands", 1e4, 1e4, 99999, "", "", 0},
		{"Several hundred thousand fled.", "Several hundred thousand", 3e5, 2e5, 999999, "", "", 0},
		{"A few survivors spoke.", "A few", 3, 2, 5, "", "", 0},
		{"More than 150 flights were cut.", "More than 150", 150, 150, inf, ModMore, "", 0},
		{"At least 19 people died.", "At least 19", 19, 19, inf, ModMore, "", 0},
		{"Almost 500 staff quit.", "Almost 500", 500, 500 * 5.0 / 6, 500, ModLess, "", 0},
		{"Up to 70 homes were hit.", "Up to 70", 70, 0, 70, ModLess, "", 0},
		{"Roughly 200 attended.", "Roughly 200", 200, 170, 230, ModApprox, "", 0},
	}
	for _, tc := range tests {
		m := findOne(t, tc.text, tc.span, refAt(published))
		n := m.Number
		if m.Type != TypeNumber || n == nil {
			t.Errorf("%q: %q is %s, want a number", tc.text, tc.span, m.Type)
			continue
		}
		min, max := tc.min, tc.max
		if min == 0 && max == 0 {
			min, max = tc.value, tc.value
		}
		if !near(n.Value, tc.value) || !near(n.Min, min) || !near(n.Max, max) || n.Mod != tc.mod || n.Unit != tc.unit || n.Of != tc.of {
			t.Errorf("%q: got %+v, want value %v [%v, %v] mod %q unit %q of %v", tc.text, *n, tc.value, min, max, tc.mod, tc.unit, tc.of)
		}
	}
}

func near(a, b float64) bool {
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return a == b
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

// TestNotNumbers covers digits that must not come out as amounts.
func TestNotNumbers(t *testing.T) {
	tests := []struct{ text, notWant string }{
		{"She finished 3rd in the race.", "3"},
		{"The ferry left at 14:20.", "14"},
		{"The meeting starts at 6 p.m. sharp.", "6"},
		{"The ferry ran aground at about 5.50am on Tuesday.", "5.50"},
		{"Polls closed at 10.30 p.m.", "10.30"},
		{"The strike began at quarter past six on Monday.", "six"},
		{"Talks resumed at a quarter to nine.", "a quarter to nine"},
		{"The blaze was spotted at half past 2.", "half"},
		{"Call 020-555-0199 for details.", "020"},
		{"The A330 landed safely.", "330"},
		{"He came third in the poll.", "third"},
	}
	for _, tc := range tests {
		for _, m := range Find(tc.text, refAt(published)) {
			if m.Type == TypeNumber {
				t.Errorf("%q: unexpected number %q", tc.text, m.Text)
			}
		}
	}
}

// TestScoreIsNotARange: "4-1" is a tally, never a range.
func TestScoreIsNotARange(t *testing.T) {
	for _, m := range Find("The committee voted 4-1 to approve.", refAt(published)) {
		if m.Number != nil && m.Number.Max != m.Number.Min {
			t.Errorf("tally read as range: %+v", *m.Number)
		}
	}
}

func TestDurations(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		text, span string
		seconds    float64
		mod        Mod
		min, max   float64 // 0, 0 means exact
		adjectival bool
	}{
		{"The storm lasted 9 days.", "9 days", 9 * 86400, "", 0, 0, false},
		{"Crews worked 45 seconds.", "45 seconds", 45, "", 0, 0, false},
		{"The lap took 1\" less.", "1\"", 1, "", 0, 0, false},
		{"He ran for 3' flat.", "3'", 180, "", 0, 0, false},
		// Years beside months count as 12 months: "38 months" is one value.
		{"The siege went on 3 years, 2 months.", "3 years, 2 months", 38 * 30 * 86400, "", 0, 0, false},
		{"The siege went on 38 months.", "38 months", 38 * 30 * 86400, "", 0, 0, false},
		{"He was held 1 year, 1 month and 3 days.", "1 year, 1 month and 3 days", (13*30 + 3) * 86400, "", 0, 0, false},
		{"He was held 1 year and 3 days.", "1 year and 3 days", (365 + 3) * 86400, "", 0, 0, false},
		{"They talked for an hour and a half.", "an hour and a half", 5400, "", 0, 0, false},
		{"It took 4 and a half minutes.", "4 and a half minutes", 270, "", 0, 0, false},
		{"It took two and a half hours.", "two and a half hours", 9000, "", 0, 0, false},
		{"He waited half an hour.", "half an hour", 1800, "", 0, 0, false},
		{"After a 45-minute hearing, he left.", "45-minute", 2700, "", 0, 0, true},
		{"After four-day negotiations, they agreed.", "four-day", 4 * 86400, "", 0, 0, true},
		{"A year-long ban followed.", "A year-long", 365 * 86400, "", 0, 0, true},
		{"She was held almost an hour and a half.", "almost an hour and a half", 5400, ModLess, 4500, 5400, false},
		{"The outage lasted more than three hours.", "more than three hours", 10800, ModMore, 10800, inf, false},
		{"The vote took about 20 minutes.", "about 20 minutes", 1200, ModApprox, 1020, 1380, false},
		{"Give us 3 more minutes.", "3 more minutes", 180, "", 0, 0, false},
		{"They stayed for nearly two years.", "nearly two years", 2 * 365 * 86400, ModLess, 2 * 365 * 86400 * 5.0 / 6, 2 * 365 * 86400, false},
		{"The trial took a quarter.", "a quarter", 90 * 86400, "", 0, 0, false},
		{"The freeze lasted a fortnight.", "a fortnight", 14 * 86400, "", 0, 0, false},
		// Two lengths sharing one unit are two values, the first in the
		// unit written after the second; "between" makes one range.
		{"They got sentences of three and four years.", "three", 3 * 365 * 86400, "", 0, 0, false},
		{"They got sentences of three and four years.", "four years", 4 * 365 * 86400, "", 0, 0, false},
		{"The men got five, six and eight years.", "six", 6 * 365 * 86400, "", 0, 0, false},
		{"It took between six and nine weeks.", "between six and nine weeks", 6 * 7 * 86400, "", 6 * 7 * 86400, 9 * 7 * 86400, false},
		{"It took one and three quarters of hours.", "one and three quarters of hours", 6300, "", 0, 0, false},
	}
	for _, tc := range tests {
		m := findOne(t, tc.text, tc.span, refAt(published))
		d := m.Duration
		if d == nil {
			t.Errorf("%q: %q is %s, want a duration", tc.text, tc.span, m.Type)
			continue
		}
		min, max := tc.min, tc.max
		if min == 0 && max == 0 {
			min, max = tc.seconds, tc.seconds
		}
		if !near(d.Seconds, tc.seconds) || d.Mod != tc.mod || !near(d.Min, min) || !near(d.Max, max) || d.Adjectival != tc.adjectival {
			t.Errorf("%q: got %+v, want %v s mod %q [%v, %v] adjectival %v", tc.text, *d, tc.seconds, tc.mod, min, max, tc.adjectival)
		}
	}
}

// TestCoordinatedLengthNeedsAnd: a figure and a length parted only by a
// comma are two things ("In 2019, 40 days of protest").
func TestCoordinatedLengthNeedsAnd(t *testing.T) {
	m := findOne(t, "He was jailed for 12, 40 days later.", "12", refAt(published))
	if m.Type != TypeNumber {
		t.Errorf("got %s, want a number", m.Type)
	}
}

// TestDateHeadingAnEntry: a date before a colon heads a timeline's
// entry; a colon and digits after it make a clock time.
func TestDateHeadingAnEntry(t *testing.T) {
	m := findOne(t, "April 29: Tarrow opens its new ferry terminal.", "April 29", refAt(published))
	if m.Type != TypeDate || !strings.HasSuffix(m.Date.Day, "-04-29") {
		t.Errorf("got %s %+v, want the day 29 April", m.Type, m.Date)
	}
	for _, m := range Find("The doors open on May 5:30 is too early.", refAt(published)) {
		if m.Type == TypeDate && m.Date.Day != "" {
			t.Errorf("May 5:30 read as the day %s", m.Date.Day)
		}
	}
}

// TestLengthFromADay: "for 48 hours from Friday" is a length and its
// start; "48 hours from now" is a day.
func TestLengthFromADay(t *testing.T) {
	m := findOne(t, "Unions will strike for 48 hours from Friday.", "48 hours", refAt(published))
	if m.Type != TypeDuration {
		t.Errorf("got %s, want a duration", m.Type)
	}
	m = findOne(t, "Talks will resume 48 hours from now.", "48 hours from now", refAt(published))
	if m.Type != TypeDate {
		t.Errorf("got %s, want a date", m.Type)
	}
}

// TestAgoIsADate: "nearly two years ago" is a point in time, while "for
// nearly two years" is a length.
func TestAgoIsADate(t *testing.T) {
	m := findOne(t, "The plant shut nearly two years ago.", "nearly two years ago", refAt(published))
	if m.Type != TypeDate || m.Date.Year != 2022 {
		t.Errorf("got %s %+v", m.Type, m.Date)
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ text, span, want string }{
		{"Talks began on April 4.", "April 4", `{"date":"2024-04-04"}`},
		{"It opened on 9 January 2023.", "9 January 2023", `{"date":"2023-01-09"}`},
		{"Filed 2023-11-30 in court.", "2023-11-30", `{"date":"2023-11-30"}`},
		{"Born 07/04/1976 in Ohio.", "07/04/1976", `{"date":"1976-07-04"}`},
		{"Signed 12-Aug-99 by both.", "12-Aug-99", `{"date":"1999-08-12"}`},
		{"Sealed on the 2nd Dec 1988.", "the 2nd Dec 1988", `{"date":"1988-12-02"}`},
		{"Prices fell in March 2021.", "in March 2021", `{"month":"2021-03"}`},
		{"Prices fell in 2019.", "in 2019", `{"year":2019}`},
		{"The highest level since 2020.", "since 2020", `{"year":2020}`},
		{"RIVERTON, June 11 (Wire) - Floods rose.", "June 11", `{"date":"2024-06-11"}`},
		{"The mayor resigned on Monday.", "on Monday", `{"date":"2024-06-17"}`},
		{"The mayor resigned Wednesday.", "Wednesday", `{"date":"2024-06-19"}`},
		{"The mayor will resign on Friday.", "on Friday", `{"date":"2024-06-21"}`},
		{"The mayor resigned yesterday.", "yesterday", `{"date":"2024-06-18"}`},
		{"Tomorrow's vote is close.", "Tomorrow", `{"date":"2024-06-20"}`},
		{"The vote is today.", "today", `{"date":"2024-06-19"}`},
		{"It happened four days ago.", "four days ago", `{"date":"2024-06-15"}`},
		{"Next Thursday the board meets.", "Next Thursday", `{"date":"2024-06-27"}`},
		{"Sales grew this year.", "this year", `{"year":2024}`},
		{"Sales grew last year.", "last year", `{"year":2023}`},
		{"It ends 2 mondays from now.", "2 mondays from now", `{"date":"2024-07-01"}`},
		{"It will reopen in 2 weeks.", "in 2 weeks", `{"date":"2024-07-03"}`},
		{"The strike started late on Sunday night.", "on Sunday", `{"date":"2024-06-16"}`},
		{"Officials spoke later on Tuesday evening.", "on Tuesday", `{"date":"2024-06-18"}`},
		{"Yesterday's ruling stands.", "Yesterday", `{"date":"2024-06-18"}`},
		{"The fire began December 28.", "December 28", `{"date":"2023-12-28"}`},
	}
	for _, tc := range tests {
		m := findOne(t, tc.text, tc.span, refAt(published))
		if m.Type != TypeDate {
			t.Errorf("%q: %q is %s, want a date", tc.text, tc.span, m.Type)
			continue
		}
		got, _ := json.Marshal(m.Value())
		if string(got) != tc.want {
			t.Errorf("%q: %q = %s, want %s", tc.text, tc.span, got, tc.want)
		}
	}
}

// TestTimeOfYearIsNoDay: "this time of year" recurs every year, so it
// names no day, while "at this time" alone is the moment of writing.
func TestTimeOfYearIsNoDay(t *testing.T) {
	for _, text := range []string{
		"Few climbers fall at this time of year.",
		"Roads are quiet at this time of the morning.",
		"Floods are rare at this time of the season.",
	} {
		for _, m := range Find(text, refAt(published)) {
			if m.Type == TypeDate {
				t.Errorf("%q: unexpected date %q", text, m.Text)
			}
		}
	}
	m := findOne(t, "No figures are available at this time.", "at this time", refAt(published))
	if got, _ := json.Marshal(m.Value()); string(got) != `{"date":"2024-06-19"}` {
		t.Errorf("at this time = %s, want the day of publication", got)
	}
}

// TestWeekdayMismatch: "Monday, June 11" when June 11 2024 is a Tuesday.
func TestWeekdayMismatch(t *testing.T) {
	m := findOne(t, "The ruling came on Monday, June 11.", "on Monday, June 11", refAt(published))
	if !m.Date.WeekdayMismatch || m.Date.StatedWeekday != "Monday" || m.Date.Day != "2024-06-11" {
		t.Errorf("got %+v", *m.Date)
	}
	m = findOne(t, "The ruling came on Tuesday, June 11.", "on Tuesday, June 11", refAt(published))
	if m.Date.WeekdayMismatch {
		t.Errorf("false mismatch: %+v", *m.Date)
	}
	// Near the turn of a year, the weekday says which side of it a
	// yearless date falls.
	november := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	m = findOne(t, "The board has ordered the tie to be played again on Tuesday 12 January.", "on Tuesday 12 January", refAt(november))
	if m.Date.WeekdayMismatch || m.Date.Day != "2027-01-12" {
		t.Errorf("got %+v, want Tuesday 12 January 2027", *m.Date)
	}
	december := time.Date(2026, 12, 20, 9, 0, 0, 0, time.UTC)
	m = findOne(t, "The final has been rescheduled for Monday 4 January.", "Monday 4 January", refAt(december))
	if m.Date.WeekdayMismatch || m.Date.Day != "2027-01-04" {
		t.Errorf("got %+v, want Monday 4 January 2027", *m.Date)
	}
	m = findOne(t, "The bridge will open on Wednesday 12 January.", "on Wednesday 12 January", refAt(november))
	if !m.Date.WeekdayMismatch {
		t.Errorf("a weekday no near year gives: %+v, want a mismatch", *m.Date)
	}
}

// TestWithoutPublicationDate: relative dates are kept but not guessed.
func TestWithoutPublicationDate(t *testing.T) {
	for _, tc := range []struct{ text, span string }{
		{"The mayor resigned on Monday.", "on Monday"},
		{"The mayor resigned three days ago.", "three days ago"},
		{"The mayor resigned on April 4.", "April 4"},
	} {
		m := findOne(t, tc.text, tc.span, Reference{})
		d := m.Date
		if d == nil || !d.Unresolved || d.Day != "" || d.Month != "" || d.Year != 0 {
			t.Errorf("%q: got %+v, want unresolved", tc.text, d)
		}
	}
	m := findOne(t, "It opened on 9 January 2023.", "9 January 2023", Reference{})
	if m.Date.Day != "2023-01-09" {
		t.Errorf("absolute date lost without a reference: %+v", *m.Date)
	}
}

// TestOrderAndOverlap: a date or duration wins over the numbers inside it.
func TestOrderAndOverlap(t *testing.T) {
	text := "On March 5, 2024, about 300 people waited 2 hours and 15 minutes."
	ms := Find(text, refAt(published))
	want := []Type{TypeDate, TypeNumber, TypeDuration}
	if len(ms) != len(want) {
		t.Fatalf("got %d mentions %+v", len(ms), ms)
	}
	for i, m := range ms {
		if m.Type != want[i] {
			t.Errorf("mention %d: %s %q, want %s", i, m.Type, m.Text, want[i])
		}
	}
	checkInvariants(t, text, ms)
}

func TestMoreForms(t *testing.T) {
	tests := []struct{ text, span, want string }{
		{"Polls close the last Friday of August.", "the last Friday of August", `{"date":"2024-08-30"}`},
		{"A couple of boats sank.", "A couple", `{"value":2}`},
		{"The call lasted exactly 12 minutes.", "exactly 12 minutes", `{"mod":null,"seconds":720}`},
		{"Published on Valentine's Day.", "Valentine's Day", `{"date":"2024-02-14"}`},
	}
	for _, tc := range tests {
		m := findOne(t, tc.text, tc.span, refAt(published))
		got, _ := json.Marshal(m.Value())
		if string(got) != tc.want {
			t.Errorf("%q: %q = %s, want %s", tc.text, tc.span, got, tc.want)
		}
	}
}
