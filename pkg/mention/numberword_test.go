package mention

import "testing"

func TestIsNumberWord(t *testing.T) {
	for w, want := range map[string]bool{
		"fourteen": true, "twenty-one": true, "hundred": true, "one": true,
		"fourteenth": false, "twenty-first": false, "": false, "-": false, "many": false,
	} {
		if got := IsNumberWord(w); got != want {
			t.Errorf("IsNumberWord(%q) = %v, want %v", w, got, want)
		}
	}
}
