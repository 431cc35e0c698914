package claim

import "testing"

// A dated heading over a timeline's entries, each opening on a clock
// time, dates the first event the entries name; a live blog's day divider
// over stamped posts, and a sentence, do not.
func TestDatedHeadingOverTimeline(t *testing.T) {
	tests := []struct {
		name       string
		paragraphs []string
		want       string // the slot the heading's date gives; "" for none
	}{
		{"a heading over a list of timed entries",
			[]string{"What happened on 28 April 2025", "- 18:30 — Gates open to fans.", "- 19:42 — A crush at gate 14 traps dozens of fans."},
			"date:incident"},
		{"a day's divider over a live blog's posts",
			[]string{"Monday 28 April 2025", "19:42 — A crush at gate 14 traps dozens of fans.", "18:30 — Gates open to fans."},
			""},
		{"a sentence, not a heading",
			[]string{"Fans gathered on 28 April 2025.", "- 19:42 — A crush at gate 14 traps dozens of fans."},
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := articleOf(t, "2025-05-06T10:00:00Z", tc.paragraphs...)
			got := ""
			for _, c := range Build(a, Options{}) {
				if c.Kind == KindDate && c.Evidence.Start < len(tc.paragraphs[0]) {
					got = c.Slot
				}
			}
			if got != tc.want {
				t.Errorf("heading's date gives %q, want %q", got, tc.want)
			}
		})
	}
}
