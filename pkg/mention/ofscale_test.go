package mention

import "testing"

func TestFractionsOfAScale(t *testing.T) {
	tests := []struct {
		text string
		want float64
	}{
		{"a reward of a quarter of a million crowns", 250000},
		{"three quarters of a billion", 750000000},
		{"half a million people", 500000},
		{"a tenth of a million", 100000},
	}
	for _, tt := range tests {
		ms := Find(tt.text, Reference{})
		if len(ms) != 1 || ms[0].Number == nil || ms[0].Number.Value != tt.want {
			t.Errorf("Find(%q) = %+v, want one number %v", tt.text, ms, tt.want)
		}
	}
}
