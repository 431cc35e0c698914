package claim

import (
	"testing"

	"github.com/crosscheck/crosscheck/pkg/nlp"
)

func TestNameRuns(t *testing.T) {
	tests := []struct {
		sentence string
		person   string // key of the expected person run, "" for none
		guessed  bool
	}{
		{"Chancellor Ida Rask spoke with Vell.", "rask", false},
		{"Kestovian President Yaroslav Dubrin spoke.", "dubrin", false},
		{"When Elias Brandt arrived, talks began.", "brandt", true},
		{"The captain of the ferry Ardent Star was held.", "", false},
		{"PORT KESSALY, Salmara (Wire) - Boats left.", "", false},
		{"Mr. Zelensky's office confirmed it.", "selenski", false},
	}
	for _, tt := range tests {
		ws := splitWords(tt.sentence, 0, len(tt.sentence))
		var got *nameRun
		for _, n := range findNameRuns(ws) {
			if n.Person {
				n := n
				got = &n
				break
			}
		}
		switch {
		case tt.person == "" && got != nil:
			t.Errorf("%q: unexpected person %v", tt.sentence, got.Words)
		case tt.person != "" && (got == nil || got.Key != tt.person || got.Guessed != tt.guessed):
			t.Errorf("%q: got %+v, want person %q guessed=%v", tt.sentence, got, tt.person, tt.guessed)
		}
	}
}

func TestEntityVeto(t *testing.T) {
	run := nameRun{Start: 10, End: 21, Words: []string{"Middle", "East"}, Key: "east", Person: true, Guessed: true}
	tests := []struct {
		name     string
		entities []nlp.Entity
		vetoed   bool
	}{
		{"read as a place", []nlp.Entity{{Start: 10, End: 21, Label: "GPE"}}, true},
		{"read as a person", []nlp.Entity{{Start: 10, End: 16, Label: "PERSON"}, {Start: 17, End: 21, Label: "GPE"}}, false},
		{"not recognised", nil, false},
		{"an entity elsewhere", []nlp.Entity{{Start: 30, End: 35, Label: "GPE"}}, false},
	}
	for _, tt := range tests {
		if got := vetoedAsPerson(run, tt.entities); got != tt.vetoed {
			t.Errorf("%s: vetoed=%v, want %v", tt.name, got, tt.vetoed)
		}
	}
}
