package claim

import (
	"strings"
	"testing"
)

func TestFormatAmount(t *testing.T) {
	tests := []struct {
		x    float64
		want string
	}{
		{0.2 * 100, "20"},
		{1234567, "1,234,567"},
		{2.5, "2.5"},
		{1e20, "100000000000000000000"},
		{1e305, "1" + strings.Repeat("0", 305)}, // x*1e6 would be infinite
		{-1e305, "-1" + strings.Repeat("0", 305)},
	}
	for _, tt := range tests {
		if got := formatAmount(tt.x); got != tt.want {
			t.Errorf("formatAmount(%g) = %.40q, want %.40q", tt.x, got, tt.want)
		}
	}
}
