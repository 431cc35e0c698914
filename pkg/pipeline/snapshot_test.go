package pipeline

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
)

var updateSnapshot = flag.Bool("update", false, "rewrite testdata/claims.snapshot")

// TestClaimSnapshot writes every claim of this repository's own articles,
// one line each, and compares them with testdata/claims.snapshot, so that
// a change to a rule shows in review as the claims it changes. Rewrite the
// snapshot with `go test ./pkg/pipeline -run TestClaimSnapshot -update`
// and read its diff.
func TestClaimSnapshot(t *testing.T) {
	roots := []string{"../../testdata/example", "../../testdata/clusters", "../../testdata/clusters2", "../../testdata/clusters3"}
	var b strings.Builder
	err := Each(context.Background(), roots, Options{Workers: 1}, func(ex Extracted) error {
		for _, c := range ex.Claims {
			if c.Kind == claim.KindQuote {
				continue // quotations are long; their own tests pin them
			}
			fmt.Fprintf(&b, "%s:%d %q %s %s\n", filepath.ToSlash(strings.TrimPrefix(c.Evidence.Path, "../../")), c.Evidence.Line,
				c.Evidence.Text, c.Slot, snapshotOf(c))
		}
		return nil
	}, func(p document.Problem) { t.Errorf("%v", p) })
	if err != nil {
		t.Fatal(err)
	}
	const path = "testdata/claims.snapshot"
	if *updateSnapshot {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (write it with -update)", err)
	}
	if got := b.String(); got != string(want) {
		gotLines, wantLines := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gotLines) || i < len(wantLines); i++ {
			g, w := at(gotLines, i), at(wantLines, i)
			if g != w {
				t.Fatalf("claims differ from %s at line %d:\n got: %s\nwant: %s\n(rewrite with -update and review the diff)", path, i+1, g, w)
			}
		}
	}
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(end)"
}

// snapshotOf gives the parts of a claim a rule sets, compactly.
func snapshotOf(c claim.Claim) string {
	var parts []string
	if f := c.Frame; f != nil {
		parts = append(parts, fmt.Sprintf("frame{%s|%s|whole=%v|%s}", f.Head, f.Predicate, f.Whole, f.Holder))
	}
	e := c.Event
	parts = append(parts, fmt.Sprintf("event{%s|%s|%s|seq=%d|other=%v|planned=%v}", e.Noun, strings.Join(e.Participants, ","), e.Date, e.Sequence, e.Other, e.Planned))
	if c.Unverified || c.Refuted {
		parts = append(parts, fmt.Sprintf("unverified=%v refuted=%v", c.Unverified, c.Refuted))
	}
	if c.Official != nil {
		parts = append(parts, "office{"+c.Official.Office+"}")
	}
	return strings.Join(parts, " ")
}
