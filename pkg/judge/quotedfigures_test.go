package judge

import (
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
)

// Two figures that differ inside two tellings of one remark are the
// misquote the remark's finding reports: a note, not a second alarm. A
// figure outside the quotation keeps its own finding.
func TestFiguresInsideOneMisquotedRemark(t *testing.T) {
	span := func(path string, start, end int) Evidence {
		return Evidence{Span: document.Span{Path: path, Start: start, End: end}}
	}
	remark := Finding{Kind: claim.KindQuote, Severity: SeverityWarning, Evidence: []Evidence{span("a.md", 100, 180), span("b.md", 40, 130)}}
	inside := Finding{Kind: claim.KindDuration, Severity: SeverityError, Evidence: []Evidence{span("a.md", 150, 157), span("b.md", 90, 110)}}
	outside := Finding{Kind: claim.KindDuration, Severity: SeverityError, Evidence: []Evidence{span("a.md", 300, 310), span("b.md", 90, 110)}}
	out := foldQuotedFigures([]Finding{remark, inside, outside}, "")
	if len(out) != 3 || out[1].Severity != SeverityInfo {
		t.Errorf("the figure inside the remark: %+v, want a note", out[1])
	}
	if out[2].Severity != SeverityError {
		t.Errorf("the figure outside the remark: severity %s, want error", out[2].Severity)
	}
	if out := foldQuotedFigures([]Finding{remark, inside, outside}, SeverityWarning); len(out) != 2 {
		t.Errorf("with no notes asked for: %d findings, want the remark's and the figure outside it", len(out))
	}
}
