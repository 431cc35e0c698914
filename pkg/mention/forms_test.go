package mention

import (
	"encoding/json"
	"reflect"
	"testing"
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
		m := findOne(t, tc.text, tc.span, ref)
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
		{"The grant was 7 point 5 percent higher.", "7 point 5 percent", `{"unit":"percent","value":7.5}`},
		{"A mass of 2.5x10^3 tonnes moved.", "2.5x10^3", `{"value":2500}`},
		{"Each held a pair of votes.", "a pair", `{"value":2}`},
	})
}

func TestNumbersLeftAlone(t *testing.T) {
	for _, tc := range []struct{ text, notWant string }{
		{"A 9-year-old boy was hurt.", "9"},
		{"She is in her 40s now.", "40"},
		{"Music of the 1980s returned.", "1980"},
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
		{"He served 4 years 6 months in all.", "4 years 6 months", `{"seconds":141696000,"mod":null}`},
		// Runs: at least that many units.
		{"Exports fell for the fourth straight month.", "the fourth straight month", `{"seconds":10368000,"mod":"more","min":10368000,"max":null}`},
		{"Rain fell for a sixth day running.", "a sixth day running", `{"seconds":518400,"mod":"more","min":518400,"max":null}`},
		// Abbreviated units and hedges read the right way round.
		{"The climb took 3.5 hrs.", "3.5 hrs", `{"seconds":12600,"mod":null}`},
		{"Delivery needs 3 wks.", "3 wks", `{"seconds":1814400,"mod":null}`},
		{"Calls last no more than ten minutes.", "no more than ten minutes", `{"seconds":600,"mod":"less","min":0,"max":600}`},
		{"Stays are at most 20 days.", "at most 20 days", `{"seconds":1728000,"mod":"less","min":0,"max":1728000}`},
		{"He waited not less than an hour.", "not less than an hour", `{"seconds":3600,"mod":"more","min":3600,"max":null}`},
		{"The storm lasted some days.", "some days", `{"seconds":259200,"mod":null}`},
		{"The shop closes for a whole day.", "whole day", `{"seconds":86400,"mod":null}`},
		{"It took one and quarter hours.", "one and quarter hours", `{"seconds":4500,"mod":null}`},
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
	})
}
