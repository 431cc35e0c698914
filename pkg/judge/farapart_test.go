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
