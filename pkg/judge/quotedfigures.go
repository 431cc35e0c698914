package judge

import (
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
)

// foldQuotedFigures: two figures that differ inside two tellings of one
// remark ("we expect the notice to last a day", "at least five days", in
// the same speaker's words at the same briefing) are the misquote the
// remark's own finding reports, one fault told once. Such a figure
// finding becomes a note, or goes when notes are not asked for.
func foldQuotedFigures(fs []Finding, lowest Severity) []Finding {
	var remarks [][2]document.Span
	for i := range fs {
		if fs[i].Kind == claim.KindQuote && len(fs[i].Evidence) >= 2 {
			remarks = append(remarks, [2]document.Span{fs[i].Evidence[0].Span, fs[i].Evidence[1].Span})
		}
	}
	if len(remarks) == 0 {
		return fs
	}
	out := fs[:0:0]
	for _, f := range fs {
		if f.Kind != claim.KindQuote && len(f.Evidence) >= 2 && insideOneRemark(f.Evidence[0].Span, f.Evidence[1].Span, remarks) {
			if lowest.Rank() > SeverityInfo.Rank() {
				continue
			}
			f.Severity = SeverityInfo
			f.Why += "; both figures stand inside two tellings of one remark, whose quotation's finding reports the difference"
		}
		out = append(out, f)
	}
	return out
}

// insideOneRemark: spans a and b lie inside the two sides of one remark's
// finding, one in each.
func insideOneRemark(a, b document.Span, remarks [][2]document.Span) bool {
	for _, r := range remarks {
		if within(a, r[0]) && within(b, r[1]) || within(a, r[1]) && within(b, r[0]) {
			return true
		}
	}
	return false
}

func within(inner, outer document.Span) bool {
	return inner.Path == outer.Path && inner.ID == outer.ID && inner.Start >= outer.Start && inner.End <= outer.End
}
