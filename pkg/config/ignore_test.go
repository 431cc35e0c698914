package config

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/internal/scaling"
)

// TestGlobstar: "**" stands for zero or more whole path elements, however
// many of them a pattern holds; a pattern that matches a folder ignores
// what is under it.
func TestGlobstar(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"**/x.md", "x.md", true},
		{"**/x.md", "a/b/c/x.md", true},
		{"a/**/x.md", "a/x.md", true},
		{"a/**/x.md", "b/a/x.md", false},
		{"a/**/**/x.md", "a/b/x.md", true},
		{"**/b/**", "a/b/c/d.md", true},
		{"**/b/**", "a/bb/c.md", false},
		{"a/**", "a/deep/er/x.md", true},
		{"**/*.md", "a/b.txt", false},
		{strings.Repeat("**/", 12) + "x", strings.Repeat("d/", 20) + "y", false},
		{strings.Repeat("**/", 12) + "x", strings.Repeat("d/", 20) + "x", true},
	}
	for _, tt := range tests {
		got := matchPrefix(strings.Split(tt.pattern, "/"), strings.Split(tt.path, "/"))
		if got != tt.want {
			t.Errorf("%q matching %q = %v, want %v", tt.pattern, tt.path, got, tt.want)
		}
	}
}

// TestGlobstarGrowth: doubling both the "**" in a pattern and the depth of
// the path it fails to match at most doubles the time per element pair,
// so twice the pattern on twice the path takes about four times as long;
// the growth is checked on the path alone, with a pattern of many "**".
func TestGlobstarGrowth(t *testing.T) {
	pat := strings.Split(strings.Repeat("**/a*/", 12)+"x", "/")
	scaling.Growth(t, 64, func(depth int) func() {
		segs := strings.Split(strings.Repeat("ab/", depth)+"y", "/")
		return func() {
			for range 50 {
				if matchPrefix(pat, segs) {
					t.Fatal("matched a path without x")
				}
			}
		}
	})
}
