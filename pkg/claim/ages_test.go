package claim

import (
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/pkg/document"
)

// ageOf builds the age claim of one sentence published on day.
func ageOf(t *testing.T, text string, day time.Time) *Claim {
	t.Helper()
	doc := document.New("a.md", []byte(text), text, nil, []document.Block{{Start: 0, End: len(text)}})
	doc.Published = &day
	for _, c := range Build(NewArticle(doc, nil), Options{}) {
		if c.Slot == "age" {
			return &c
		}
	}
	t.Fatalf("%q: no age", text)
	return nil
}

// Ages are compared as the years of birth they allow, and only for one
// person named alike.
func TestAgesMeetAsYearsOfBirth(t *testing.T) {
	on := func(y int, m time.Month) time.Time { return time.Date(y, m, 10, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name         string
		a, b         string
		dayA, dayB   time.Time
		meet, holder bool
	}{
		{"four years on, four years older", "Champion Vitali Kos, 32, won.", "Champion Vitali Kos, 36, won.", on(2008, 3), on(2012, 3), true, true},
		{"a birthday between two reports", "Tomas Reyl, 45, was arrested.", "Tomas Reyl, 46, was charged.", on(2026, 3), on(2026, 4), true, true},
		{"two years apart on one day", "Tomas Reyl, 45, was arrested.", "The 47-year-old Tomas Reyl was arrested.", on(2026, 3), on(2026, 3), false, true},
		{"two people of one surname", "Mahna Gray, 19, spoke.", "The 16-year-old Kimo Gray was shot.", on(2013, 3), on(2013, 3), false, false},
	}
	for _, tc := range tests {
		a, b := ageOf(t, tc.a, tc.dayA), ageOf(t, tc.b, tc.dayB)
		if got := a.Frame.Holder == b.Frame.Holder; got != tc.holder {
			t.Errorf("%s: same holder %v (%q, %q), want %v", tc.name, got, a.Frame.Holder, b.Frame.Holder, tc.holder)
		}
		if tc.holder {
			if got := Meet(a, b, 0.05); got != tc.meet {
				t.Errorf("%s: meet %v, want %v", tc.name, got, tc.meet)
			}
		}
	}
}
