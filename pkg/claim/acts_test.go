package claim

import "testing"

// One key for every form of a verb, so that a timeline's present meets a
// report's past.
func TestActKey(t *testing.T) {
	for _, forms := range [][]string{
		{"files", "filed", "file"},
		{"tables", "tabled", "table"},
		{"passes", "passed", "pass"},
		{"carries", "carried", "carry"},
		{"completes", "completed", "complete"},
	} {
		want := actKey(forms[0])
		for _, f := range forms[1:] {
			if got := actKey(f); got != want {
				t.Errorf("actKey(%q) = %q, want %q as for %q", f, got, want, forms[0])
			}
		}
	}
	if actKey("filed") == actKey("failed") {
		t.Errorf("filed and failed share a key")
	}
}

// An act done to one definite thing happens once: two days for it
// conflict however far apart they lie. A meeting is held again and
// again, and its days are not once.
func TestActOnADefiniteThingIsOnce(t *testing.T) {
	cs := Build(articleOf(t, "2025-05-20T10:00:00Z", "The council commissioned the review on 12 March."), Options{})
	if c := findClaim(cs, "12 March"); c == nil || !c.Event.Once {
		t.Errorf("commissioning the review: %+v, want a date claim of an act done once", c)
	}
	cs = Build(articleOf(t, "2025-05-20T10:00:00Z", "The two leaders met on 12 March."), Options{})
	if c := findClaim(cs, "12 March"); c == nil || c.Event.Once {
		t.Errorf("a meeting: %+v, want a date claim of an event that recurs", c)
	}
}
