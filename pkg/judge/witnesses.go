package judge

import (
	"fmt"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

// collapseWitnesses keeps one alarm where one article gives a person a
// post, or a remark a wording, that several other articles, agreeing
// with each other, give differently: one slip is one thing for an editor
// to correct, however many articles get it right. The alarm kept sets the
// odd side against the earliest of the agreeing articles; the others
// become notes. Two different slips keep their own alarms.
func collapseWitnesses(fs []Finding) []Finding {
	first := firstOfEach(fs, func(a, b *Finding) bool {
		la, ea := witnessTimes(a)
		lb, eb := witnessTimes(b)
		if la != lb {
			return la < lb
		}
		return ea < eb
	}, witnessKeys)
	for i := range fs {
		if !first[i] && fs[i].Severity.Rank() > SeverityInfo.Rank() {
			// Kept for an editor who reads every note, below the alarm
			// the first telling of the slip already raised.
			fs[i].Severity = SeverityInfo
			fs[i].Why += "; the same slip as another finding, against one more article that agrees with the first"
		}
	}
	return fs
}

// witnessKey names one side of a finding exactly and the other by what
// it says: the post it gives, or the wording of the remark.
type witnessKey struct {
	rule, path string
	start, end int
	otherSays  string
}

// witnessKeys are the keys of a finding of one person in two posts, or
// of one remark in two wordings, one for each side taken as the odd one.
// Two people named to one post are left alone: which of them holds it is
// the question, not a slip.
func witnessKeys(f *Finding) []witnessKey {
	if len(f.Evidence) != 2 || !(f.Kind == claim.KindOfficial && f.Rule == "office-conflict" || f.Kind == claim.KindQuote && f.Rule == "misquote") {
		return nil
	}
	var out []witnessKey
	for side := range 2 {
		s, o := f.Evidence[side], f.Evidence[1-side]
		out = append(out, witnessKey{rule: f.Rule, path: s.Path, start: s.Start, end: s.End, otherSays: saysOf(f.Kind, o.Value)})
	}
	return out
}

// saysOf reads what one side of a finding says: an official's post, a
// quotation's wording.
func saysOf(kind claim.Kind, v any) string {
	if kind == claim.KindQuote {
		if m, ok := v.(map[string]any); ok {
			return claim.QuoteWording(fmt.Sprint(m["words"]))
		}
	}
	return postOf(v)
}

// postOf reads the post an official's evidence gives.
func postOf(v any) string {
	if m, ok := v.(map[string]any); ok {
		return fmt.Sprint(m["office"], "\x00", m["country"])
	}
	return fmt.Sprint(v)
}

// witnessTimes are the later and the earlier of a finding's two
// articles' times: ordered by them, the odd title meets the earliest
// agreeing article first. An article with no date comes after any day.
func witnessTimes(f *Finding) (later, earlier string) {
	for i, e := range f.Evidence {
		t := e.AsOf
		if t == "" {
			t = "~" // after every day
		}
		if i == 0 || t > later {
			later = t
		}
		if i == 0 || t < earlier {
			earlier = t
		}
	}
	return later, earlier
}
