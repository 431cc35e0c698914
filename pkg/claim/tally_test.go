package claim

import "testing"

func TestTallyAgreesAndSameBody(t *testing.T) {
	tests := []struct {
		name           string
		a, b           Tally
		agrees, shared bool
	}{
		{"one vote told twice", Tally{178, 171}, Tally{178, 171}, true, true},
		{"one vote miscounted", Tally{178, 171}, Tally{187, 171}, false, true},
		{"a side left out", Tally{178, -1}, Tally{178, 171}, true, true},
		{"a committee and a chamber", Tally{9, 4}, Tally{178, 171}, false, false},
		{"a few absent on a second vote", Tally{28, 11}, Tally{25, 10}, false, true},
		{"a chamber's votes in favour against a committee's whole vote", Tally{63, -1}, Tally{9, 4}, false, false},
		{"a chamber's votes against, against a committee's whole vote", Tally{-1, 34}, Tally{9, 4}, false, false},
		{"a side misread within one chamber's vote", Tally{73, -1}, Tally{63, 34}, false, true},
	}
	for _, tc := range tests {
		if got := tc.a.Agrees(tc.b); got != tc.agrees {
			t.Errorf("%s: Agrees = %v, want %v", tc.name, got, tc.agrees)
		}
		if got := tc.a.SameBody(tc.b); got != tc.shared {
			t.Errorf("%s: SameBody = %v, want %v", tc.name, got, tc.shared)
		}
	}
}

func TestTallyOppositeOutcomes(t *testing.T) {
	tests := []struct {
		name string
		a, b Tally
		want bool
	}{
		{"a defeat and a passage", Tally{18, 19}, Tally{21, 16}, true},
		{"two passages", Tally{19, 18}, Tally{21, 16}, false},
		{"a side left out", Tally{19, -1}, Tally{16, 21}, false},
		{"a tie settles nothing", Tally{18, 18}, Tally{21, 16}, false},
	}
	for _, tc := range tests {
		if got := tc.a.OppositeOutcomes(tc.b); got != tc.want {
			t.Errorf("%s: OppositeOutcomes = %v, want %v", tc.name, got, tc.want)
		}
	}
}
