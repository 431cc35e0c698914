package document

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/internal/scaling"
)

// TestFrontMatterGrowth: a header of twice as many keys takes at most
// about twice as long to read.
func TestFrontMatterGrowth(t *testing.T) {
	scaling.Growth(t, 1000, func(keys int) func() {
		var b strings.Builder
		b.WriteString("---\n")
		for i := range keys {
			fmt.Fprintf(&b, "key%d: value %d\n", i, i)
		}
		b.WriteString("title: The ferry\n---\nBody.\n")
		raw := []byte(b.String())
		return func() {
			if _, err := markdownDocument("a.md", raw); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// TestPositionGrowth: locating every word of one long line of non-ASCII
// text takes time in proportion to the line, not to its square.
func TestPositionGrowth(t *testing.T) {
	scaling.Growth(t, 1000, func(words int) func() {
		d := plainText("a.txt", []byte(strings.Repeat("«café» ", words)))
		return func() {
			for off := 0; off < len(d.Text); off += len("«café» ") {
				d.SpanOf(off, off+len("«café»"))
			}
		}
	})
}

// TestDuplicateFrontMatterKeys: a header that sets a key twice, in any
// case, names the line of the second; which value won would otherwise
// depend on the order.
func TestDuplicateFrontMatterKeys(t *testing.T) {
	tests := []struct {
		header   string
		wantLine int
		wantMsg  string
	}{
		{"title: A\ntitle: B\n", 3, `front matter sets "title" twice (line 2 sets it already)`},
		{"Published: 2025-01-01\nsource: X\npublished: 2025-02-02\n", 4, `sets "published" twice`},
		{"tags: [a]\nTags: [b]\n", 3, `sets "Tags" twice`},
	}
	for _, tt := range tests {
		r := load(t, []string{writeFile(t, t.TempDir(), "a.md", "---\n"+tt.header+"---\nBody.\n")}, Options{})
		if len(r.problems) != 1 || r.problems[0].Line != tt.wantLine || !strings.Contains(r.problems[0].Error(), tt.wantMsg) || !r.problems[0].Fatal {
			t.Errorf("header %q: problems %v, want one fatal at line %d saying %q", tt.header, r.problems, tt.wantLine, tt.wantMsg)
		}
	}
}
