package mention

import (
	"math"
	"testing"
	"time"
)

// fuzzSeeds are shared by the fuzz targets; the testdata/fuzz corpora
// add more.
var fuzzSeeds = []string{
	"More than 200 people died in the floods.",
	"nearly an hour and a half",
	"KAVRA, March 3 (Wire) - Tuesday, March 12",
	"1,674,200.5 M and -.0012G and 1.1^23 and 2  1/4",
	"three crore twelve lakh fifty-six thousand",
	"10/31/1974 31-Oct-74 2015.3 20161016 -2020-07-01-",
	"3 fridays from now, in two years since 2011",
	"1\" 2' 2m 5-2 555-123-4567 10:30 5 p.m.",
	"",
}

func fuzzRef(withRef bool) Reference {
	if !withRef {
		return Reference{}
	}
	p := time.Date(2025, 2, 12, 10, 0, 0, 0, time.UTC)
	return Reference{Published: &p}
}

// checkInvariants holds for every text: spans in range, text matching
// the span, order, no overlap and no NaN.
func checkInvariants(t *testing.T, text string, ms []Mention) {
	t.Helper()
	prevEnd := 0
	for _, m := range ms {
		if m.Start < 0 || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("span %d:%d out of range for %q", m.Start, m.End, text)
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("text %q does not match span %d:%d of %q", m.Text, m.Start, m.End, text)
		}
		if m.Start < prevEnd {
			t.Fatalf("mention %q overlaps or is out of order in %q", m.Text, text)
		}
		prevEnd = m.End
		for _, v := range mentionFloats(m) {
			if math.IsNaN(v) {
				t.Fatalf("NaN in %q of %q", m.Text, text)
			}
		}
	}
}

func mentionFloats(m Mention) []float64 {
	switch {
	case m.Number != nil:
		return []float64{m.Number.Value, m.Number.Min, m.Number.Max, m.Number.Of}
	case m.Duration != nil:
		return []float64{m.Duration.Seconds, m.Duration.Min, m.Duration.Max}
	}
	return nil
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, true)
	}
}

func FuzzFind(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string, withRef bool) {
		checkInvariants(t, text, Find(text, fuzzRef(withRef)))
	})
}

// fuzzGrammar runs one grammar at every token, checking it never panics
// nor returns a span outside the tokens.
func fuzzGrammar(t *testing.T, text string, withRef bool, grammar func(*scanner, int) (match, bool)) {
	lower := asciiLower(text)
	s := &scanner{text: text, lower: lower, toks: tokenize(text, lower, nil)}
	if r := fuzzRef(withRef); r.Published != nil {
		s.ref, s.hasRef = *r.Published, true
	}
	for i := range s.toks {
		m, ok := grammar(s, i)
		if !ok {
			continue
		}
		if m.end <= i || m.end > len(s.toks) {
			t.Fatalf("grammar ended at token %d from %d of %d in %q", m.end, i, len(s.toks), text)
		}
		if !m.skip {
			m.m.Text = text[m.m.Start:m.m.End]
			checkInvariants(t, text, []Mention{m.m})
		}
	}
}

func FuzzNumbers(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string, withRef bool) {
		fuzzGrammar(t, text, withRef, (*scanner).matchNumber)
	})
}

func FuzzDurations(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string, withRef bool) {
		fuzzGrammar(t, text, withRef, (*scanner).matchDuration)
	})
}

func FuzzDates(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string, withRef bool) {
		fuzzGrammar(t, text, withRef, (*scanner).matchDate)
	})
}
