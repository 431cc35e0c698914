package document

import "testing"

// A line opens a timeline entry when a short label with a day, a date or
// a time ends in a colon or a dash; a label with none of them does not.
func TestOpensTimelineEntry(t *testing.T) {
	for line, want := range map[string]bool{
		"19 March: Crews reach the mine":              true,
		"Tuesday 14 June — the count resumes":         true,
		"06:52 – the basket strikes the line":         true,
		"**2019**: the mine is sold":                  true,
		"**Sunday 8 February, 03:20** - Staff arrive": true,
		"Note: the figures are provisional":           false,
		"The council said on 12 March: we will wait":  false,
		"and start pumping":                           false,
		"":                                            false,
	} {
		if got := opensTimelineEntry([]byte(line)); got != want {
			t.Errorf("opensTimelineEntry(%q) = %v, want %v", line, got, want)
		}
	}
}
