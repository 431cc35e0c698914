package changes

import (
	"bytes"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/internal/scaling"
)

// FuzzParseDiff feeds arbitrary text to the git diff reader: no panic, and
// no hunk header, however large its numbers, makes it slow or hungry.
func FuzzParseDiff(f *testing.F) {
	f.Add([]byte("--- a/story/draft.md\n+++ b/story/draft.md\n@@ -3 +3 @@ The talks\n-x\n+y\n@@ -10,0 +11,2 @@\n+a\n+b\n"))
	f.Add([]byte("+++ \"b/caf\\303\\251.md\"\n@@ -1 +1 @@\n"))
	f.Add([]byte("+++ /dev/null\n@@ -1 +0,0 @@\n"))
	f.Add([]byte("+++ b/a.md\n@@ -1 +1,9223372036854775807 @@\n"))
	f.Add([]byte("+++ b/a.md\n@@ -1 +-5,-3 @@\n"))
	f.Add([]byte("+++ b/a.md\n@@ -1 +1,30000000 @@\n"))
	f.Fuzz(func(t *testing.T, diff []byte) {
		var s *Set
		var err error
		scaling.Run(t, len(diff), func() { s, err = ParseDiff(bytes.NewReader(diff), "/repo") })
		if err != nil {
			return
		}
		s.Changed("/repo/a.md", 1)
		s.Changed("/repo/a.md", 1<<62)
	})
}

// TestHugeHunk: a hunk header's line count is kept as a range, so a huge
// count costs nothing (it once cost a map entry per line).
func TestHugeHunk(t *testing.T) {
	s, err := ParseDiff(bytes.NewReader([]byte("+++ b/a.md\n@@ -1 +3,1099511627776 @@\n")), "/repo")
	if err != nil {
		t.Fatal(err)
	}
	for line, want := range map[int]bool{2: false, 3: true, 1 << 39: true, 1099511627778: true, 1099511627779: false} {
		if got := s.Changed("/repo/a.md", line); got != want {
			t.Errorf("line %d changed = %v, want %v", line, got, want)
		}
	}
}
