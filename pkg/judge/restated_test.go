package judge

import (
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
)

func side(path string, start int, display string) Evidence {
	return Evidence{Span: document.Span{Path: path, Start: start, End: start + 2}, Display: display}
}

// A figure that disagrees with one value an article gives twice (the
// lede's toll and the timeline's) is one finding, against the first;
// the same value in another article, or another value, keeps its own.
func TestRestatementsCollapse(t *testing.T) {
	outlier := side("follow-up.md", 40, "16")
	fs := []Finding{
		{Kind: claim.KindCasualties, Severity: SeverityError, Evidence: []Evidence{outlier, side("explainer.md", 900, "23")}},
		{Kind: claim.KindCasualties, Severity: SeverityError, Evidence: []Evidence{outlier, side("explainer.md", 120, "23")}},
		{Kind: claim.KindCasualties, Severity: SeverityError, Evidence: []Evidence{outlier, side("wire.md", 300, "23")}},
		{Kind: claim.KindCasualties, Severity: SeverityError, Evidence: []Evidence{outlier, side("explainer.md", 1500, "28")}},
		{Kind: claim.KindQuote, Severity: SeverityWarning, Evidence: []Evidence{outlier, side("explainer.md", 1800, "")}},
	}
	got := collapseRestatements(fs)
	if len(got) != 4 {
		t.Fatalf("got %d findings, want 4: %+v", len(got), got)
	}
	for _, f := range got {
		if f.Evidence[1].Path == "explainer.md" && f.Evidence[1].Start == 900 {
			t.Errorf("kept the explainer's second telling of 23, want its first")
		}
	}
}

// The first telling of a value stands for the article whatever verdict
// a later telling draws: "the eight workers who were killed", told of
// again with no source, draws the sharper verdict, but the lede asserts
// the count.
func TestRestatementKeepsFirstTelling(t *testing.T) {
	outlier := side("live.md", 40, "9")
	fs := []Finding{
		{Kind: claim.KindCasualties, Severity: SeverityError, Evidence: []Evidence{outlier, side("wire.md", 900, "8")}},
		{Kind: claim.KindCasualties, Severity: SeverityWarning, Evidence: []Evidence{outlier, side("wire.md", 120, "8")}},
	}
	got := collapseRestatements(fs)
	if len(got) != 1 || got[0].Evidence[1].Start != 120 {
		t.Fatalf("got %+v, want the one finding against the wire's first telling of 8", got)
	}
}
