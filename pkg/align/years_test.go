package align

import (
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

func breachDay(doc, day, weekday, asOf string) Claim {
	return Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindDate, Slot: "date:incident",
		Event: claim.Event{Date: day, Weekday: weekday}, AsOf: asOf}}
}

func namedIn(doc, person string) Claim {
	return Claim{Story: "s", Claim: claim.Claim{Doc: doc, Kind: claim.KindOfficial, Slot: "office",
		Official: &claim.Official{Name: person, PersonKey: person, Office: "mayor"}}}
}

// story is an undated note giving a day without a year (and a weekday,
// if any) and naming one person, beside a wire that dates the same event
// and names another.
func story(day, weekday, notePerson, wireDay, wireTime string) []Claim {
	return []Claim{breachDay("note.txt", day, weekday, ""), namedIn("note.txt", notePerson),
		breachDay("wire.md", wireDay, "", wireTime), namedIn("wire.md", "vas")}
}

// A month and day an undated article writes takes the year of the dated
// articles that name its people; with none, it stays without a year and
// is compared with nothing.
func TestYearlessDaysTakeTheStorysYear(t *testing.T) {
	const may6, jan3 = "2025-05-06T09:00:00Z", "2026-01-03T09:00:00Z"
	tests := []struct {
		name    string
		claims  []Claim
		wantDay string // the undated claim's day after settling, "" for none
	}{
		{"one person in common", story("--05-03", "", "vas", "2025-05-04", may6), "2025-05-03"},
		{"across the new year, the nearer year", story("--12-30", "", "vas", "2026-01-02", jan3), "2025-12-30"},
		{"a weekday chooses the year", story("--05-02", "Friday", "vas", "2025-05-04", may6), "2025-05-02"},
		{"a weekday no year near the story has", story("--05-03", "Monday", "vas", "2025-05-04", may6), ""},
		{"no person in common: another story's day, maybe", story("--05-03", "", "bush", "2025-05-04", may6), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := tt.claims
			unsettled := settleYears(claims)
			got := ""
			if !unsettled[0] {
				got = claims[0].Event.Date
			}
			if got != tt.wantDay {
				t.Fatalf("day %q, want %q", got, tt.wantDay)
			}
			paired := false
			for _, p := range Pairs(claims, 0.05) {
				paired = paired || p.A == 0 || p.B == 0
			}
			if paired != (tt.wantDay != "") {
				t.Errorf("paired = %v, want %v", paired, tt.wantDay != "")
			}
		})
	}
}
