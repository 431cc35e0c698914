package report

import (
	"testing"

	"github.com/crosscheck/crosscheck/pkg/judge"
)

// TestDurationsInOneUnit: the sides of a duration finding are shown in
// one unit, the largest in which every figure reads cleanly.
func TestDurationsInOneUnit(t *testing.T) {
	dur := func(seconds float64, mod string, min, max any) any {
		v := map[string]any{"seconds": seconds, "min": min, "max": max}
		if mod != "" {
			v["mod"] = mod
		}
		return v
	}
	tests := []struct {
		name string
		a, b any
		want [2]string
	}{
		{"minutes range against hours", dur(10800, "less", 9000.0, 10800.0), dur(25200, "approx", nil, nil), [2]string{"~2.5–3 h", "about 7 h"}},
		{"hours against hours", dur(36000, "more", 36000.0, nil), dur(21600, "less", 18000.0, 21600.0), [2]string{"more than 10 h", "~5–6 h"}},
		{"a figure that is not a clean number of hours", dur(4800, "approx", nil, nil), dur(10800, "", nil, nil), [2]string{"about 80 min", "180 min"}},
		{"days", dur(259200, "", nil, nil), dur(172800, "less", nil, nil), [2]string{"3 d", "less than 2 d"}},
		{"seconds", dur(45, "", nil, nil), dur(3600, "", nil, nil), [2]string{"45 s", "3600 s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := durationDisplays([]judge.Evidence{{Value: tt.a}, {Value: tt.b}})
			if !ok || got[0] != tt.want[0] || got[1] != tt.want[1] {
				t.Errorf("got %q (ok %v), want %q", got, ok, tt.want)
			}
		})
	}
	// Not every side a duration: the displays are left as they are.
	if _, ok := durationDisplays([]judge.Evidence{{Value: dur(60, "", nil, nil)}, {Value: map[string]any{"value": 12}}}); ok {
		t.Error("a duration against a number was rewritten")
	}
}

// TestCleanNumbers: float noise goes, figures and strings stay.
func TestCleanNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"seconds": 459.99999999999994}`, `{"seconds": 460}`},
		{`{"v": 0.30000000000000004, "w": -1.5e-7}`, `{"v": 0.3, "w": -0.00000015}`},
		{`{"n": 12345678901234567, "f": 2.5}`, `{"n": 12345678901234567, "f": 2.5}`},
		{`{"text": "459.99999999999994 \"1.10000000000001\""}`, `{"text": "459.99999999999994 \"1.10000000000001\""}`},
		{`[1.0, 3]`, `[1, 3]`},
	}
	for _, tt := range tests {
		if got := string(cleanNumbers([]byte(tt.in))); got != tt.want {
			t.Errorf("cleanNumbers(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestQuoted: evidence is put between quotation marks unless it carries
// its own, so no report shows them doubled.
func TestQuoted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"more than two hours", `"more than two hours"`},
		{`"We will rebuild," Danek`, `"We will rebuild," Danek`},
		{"“lucky the wind dropped”", "“lucky the wind dropped”"},
		{`the mayor said "no"`, `the mayor said "no"`},
		{"", ""},
	}
	for _, tt := range tests {
		if got := quoted(tt.in, maxQuote); got != tt.want {
			t.Errorf("quoted(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
