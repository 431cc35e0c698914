package judge

import (
	"fmt"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
)

// A later, higher toll updates an earlier one only where the story shows
// the toll still moving; a story that never does gives the two as a
// conflict to weigh, a warning and never an error.
func TestTollRisesOnlyWhereTheStoryShowsItMoving(t *testing.T) {
	plain := func(day int, n float64) align.Claim {
		return tollClaim(fmt.Sprintf("d%d.md", day), fmt.Sprintf("2025-04-%02dT18:00:00Z", 10+day), n)
	}
	with := func(c align.Claim, change func(*align.Claim)) align.Claim { change(&c); return c }
	tests := []struct {
		name  string
		story []align.Claim // the first two are the pair judged
		want  bool
	}{
		{"3 killed, then 5 killed days later, nothing else", []align.Claim{plain(0, 3), plain(3, 5)}, true},
		{"the later figure a total so far", []align.Claim{plain(0, 3), with(plain(3, 5), func(c *align.Claim) { c.Running = true })}, false},
		{"the earlier figure a vague word", []align.Claim{with(plain(0, 36), func(c *align.Claim) { c.Vague = true }), plain(3, 300)}, false},
		{"the story counts people still missing", []align.Claim{plain(0, 3), plain(3, 5), with(plain(1, 4), func(c *align.Claim) { c.Slot = "missing" })}, false},
		{"the hurt while people are missing: their count does not wait on the missing", []align.Claim{
			with(plain(0, 3), func(c *align.Claim) { c.Slot = "injured" }),
			with(plain(3, 5), func(c *align.Claim) { c.Slot = "injured" }),
			with(plain(1, 4), func(c *align.Claim) { c.Slot = "missing" }),
		}, true},
		{"the hurt, the later count a total so far", []align.Claim{
			with(plain(0, 3), func(c *align.Claim) { c.Slot = "injured" }),
			with(plain(3, 5), func(c *align.Claim) { c.Slot, c.Running = "injured", true }),
			with(plain(1, 4), func(c *align.Claim) { c.Slot = "missing" }),
		}, false},
		{"a third report between them climbs too", []align.Claim{plain(0, 3), plain(3, 5), plain(1, 4)}, false},
		{"a third report between them falls back", []align.Claim{plain(0, 3), plain(3, 5), plain(1, 2)}, true},
		{"a count of arrests, which rises as a matter of course", []align.Claim{
			with(plain(0, 3), func(c *align.Claim) { c.Kind, c.Slot = claim.KindQuantity, "arrested" }),
			with(plain(3, 5), func(c *align.Claim) { c.Kind, c.Slot = claim.KindQuantity, "arrested" }),
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pairs []align.Pair
			for a := range tt.story {
				for b := a + 1; b < len(tt.story); b++ {
					if tt.story[a].Slot == tt.story[b].Slot {
						pairs = append(pairs, align.Pair{A: a, B: b, Match: align.Match{Certainty: align.Certain, Reason: "one event"}})
					}
				}
			}
			var got *Finding
			for _, f := range Judge(tt.story, pairs, Options{Tolerance: 0.05}) {
				if paths := [2]string{f.Evidence[0].Path, f.Evidence[1].Path}; paths == [2]string{"d0.md", "d3.md"} || paths == [2]string{"d3.md", "d0.md"} {
					got = &f
				}
			}
			if (got != nil) != tt.want {
				t.Fatalf("pair reported: %v, want %v", got != nil, tt.want)
			}
			if got != nil && got.Severity != SeverityWarning {
				t.Errorf("severity %q, want a warning", got.Severity)
			}
		})
	}
}

// A count of one numbered step of a piecemeal act is a part of the act's
// whole: it conflicts with a count of no step only when it is larger.
// Levels each stage of a count states afresh are no parts.
func TestStepOfAWhole(t *testing.T) {
	count := func(path string, n float64, slot string, seq int, stage bool) align.Claim {
		c := tollClaim(path, "2025-05-02T12:00:00Z", n)
		c.Kind, c.Slot = claim.KindQuantity, slot
		c.Event.Sequence, c.Event.Stage = seq, stage
		return c
	}
	checkConflicts(t, []conflictCase{
		{"43 freed in the first swap, 350 in the accord", count("a.md", 43, "released:prisoner", 1, true), count("b.md", 350, "released:prisoner", 0, false), false},
		{"the first swap larger than the whole", count("a.md", 400, "released:prisoner", 1, true), count("b.md", 350, "released:prisoner", 0, false), true},
		{"the first swap in both", count("a.md", 43, "released:prisoner", 1, true), count("b.md", 95, "released:prisoner", 1, true), true},
		{"a margin on the first count, none named", count("a.md", 52, "votes:margin", 1, true), count("b.md", 61, "votes:margin", 0, false), true},
	})
}

// Figures that hold for one moment are read in one order, whatever order
// the articles came in: whether a toll climbs does not depend on it.
func TestClimbsReadsOneMomentInOneOrder(t *testing.T) {
	at := func(asOf string, n float64) *align.Claim {
		c := tollClaim("a.md", asOf, n)
		return &c
	}
	same, later := "2025-04-10T18:00:00Z", "2025-04-12T18:00:00Z"
	for _, order := range [][]*align.Claim{
		{at(same, 5), at(same, 3), at(later, 6)},
		{at(same, 3), at(same, 5), at(later, 6)},
	} {
		if !climbs(order) {
			t.Errorf("3 and 5 at one moment, then 6: want a climb whatever the order")
		}
	}
}
