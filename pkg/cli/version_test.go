package cli

import (
	"runtime/debug"
	"testing"
)

// TestVersionOf: a version set at build time wins, then the module
// version Go records ("go install ...@v1.2.3"), else "dev".
func TestVersionOf(t *testing.T) {
	module := func(v string) *debug.BuildInfo { return &debug.BuildInfo{Main: debug.Module{Version: v}} }
	tests := []struct {
		set  string
		info *debug.BuildInfo
		want string
	}{
		{"", module("v1.2.3"), "v1.2.3"},
		{"v9.9.9", module("v1.2.3"), "v9.9.9"},
		{"", module("(devel)"), "dev"},
		{"", module(""), "dev"},
		{"", nil, "dev"},
	}
	for _, tt := range tests {
		if got := versionOf(tt.set, tt.info); got != tt.want {
			t.Errorf("versionOf(%q, %v) = %q, want %q", tt.set, tt.info, got, tt.want)
		}
	}
}
