package judge

import (
	"testing"

	"github.com/crosscheck/crosscheck/pkg/align"
)

// Options.Lowest skips the pairs that could only give findings below it,
// and keeps everything the full judgement gives at or above it.
func TestLowestSkipsOnlyWhatIsBelowIt(t *testing.T) {
	claims := []align.Claim{
		tollClaim("a.md", "2025-01-27T18:00:00Z", 8),
		tollClaim("b.md", "2025-01-27T18:00:00Z", 5),
		tollClaim("c.md", "2025-01-27T18:00:00Z", 3),
	}
	pairs := []align.Pair{
		{A: 0, B: 1, Match: align.Match{Certainty: align.Certain, Reason: "same day"}},
		{A: 0, B: 2, Match: align.Match{Certainty: align.Probable, Reason: "nothing sets them apart"}},
		{A: 1, B: 2, Match: align.Match{Certainty: align.Possible, Reason: "nothing ties them"}},
	}
	all := Judge(claims, pairs, Options{})
	if got := severities(all); got != "error warning info" {
		t.Fatalf("full judgement gave %q, want error, warning and info", got)
	}
	tests := []struct {
		lowest Severity
		want   string
	}{
		{"", "error warning info"},
		{SeverityInfo, "error warning info"},
		{SeverityWarning, "error warning"},
		{SeverityError, "error"},
	}
	for _, tt := range tests {
		if got := severities(Judge(claims, pairs, Options{Lowest: tt.lowest})); got != tt.want {
			t.Errorf("Lowest %q gave %q, want %q", tt.lowest, got, tt.want)
		}
	}
}

func severities(fs []Finding) string {
	s := ""
	for i, f := range fs {
		if i > 0 {
			s += " "
		}
		s += string(f.Severity)
	}
	return s
}
