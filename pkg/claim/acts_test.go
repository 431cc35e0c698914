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
