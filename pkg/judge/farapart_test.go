package judge

import "testing"

// Two counts more than ten times apart are two things counted, unless one
// is the other with a digit or a scale word slipped.
func TestFarApartCounts(t *testing.T) {
	same := "2025-01-27T18:00:00Z"
	checkConflicts(t, []conflictCase{
		{"three against 312", tollClaim("a.md", same, 3), tollClaim("b.md", same, 312), false},
		{"six against 117", tollClaim("a.md", same, 6), tollClaim("b.md", same, 117), false},
		{"40 against 400, a zero slipped", tollClaim("a.md", same, 40), tollClaim("b.md", same, 400), true},
		{"nine against 14", tollClaim("a.md", same, 9), tollClaim("b.md", same, 14), true},
	})
}

// A count of things so far ("about 2,900 barrels have escaped so far")
// is met by a later, larger count; a sum of money told so far is not
// thereby a floor for a later sum told of another thing.
func TestCountSoFarIsMetByLaterLarger(t *testing.T) {
	soFar := tollClaim("wire.md", "2025-06-18T16:00:00Z", 2900)
	soFar.Slot, soFar.Kind, soFar.Running = "count:barrel:spill", "quantity", true
	later := tollClaim("explainer.md", "2025-06-24T00:00:00Z", 4100)
	later.Slot, later.Kind = "count:barrel:spill", "quantity"
	money := soFar
	money.Slot = "money:EUR:ransom"
	laterMoney := later
	laterMoney.Slot = "money:EUR:ransom"
	checkConflicts(t, []conflictCase{
		{"barrels so far, then more", soFar, later, false},
		{"a sum so far, then another", money, laterMoney, true},
	})
}
