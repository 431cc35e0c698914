package cli

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/internal/scaling"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// TestClaimsReadingGrowth: a claims file of twice as many documents (one
// story each, so that judging adds no pairs across them) takes at most
// about twice as long to read, validate and judge.
func TestClaimsReadingGrowth(t *testing.T) {
	const article = "../../testdata/example/harbour-gazette.md"
	template := strings.TrimSpace(mustRun(t, "", "extract", article))
	scaling.Growth(t, 64, func(docs int) func() {
		var shard bytes.Buffer
		for i := range docs {
			shard.WriteString(strings.ReplaceAll(template, article, fmt.Sprintf("s%d/a.md", i)) + "\n")
		}
		opts := pipeline.Options{Workers: 1, StoryBy: pipeline.StoryFolder}
		return func() {
			res, err := readClaims(context.Background(), []string{"-"}, opts, bytes.NewReader(shard.Bytes()), func(document.Problem) {})
			if err != nil || len(res.Documents) != docs {
				t.Fatalf("%v, want %d documents read", err, docs)
			}
		}
	})
}
