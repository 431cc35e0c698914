package pipeline

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

// TestBlocksGiveTheStoryFindings: judging every story block by block finds
// what judging it whole finds, on the story clusters, which hold every kind
// of claim; if alignment starts pairing claims across blocks, this fails.
func TestBlocksGiveTheStoryFindings(t *testing.T) {
	paths := []string{"../../testdata/clusters", "../../testdata/clusters2", "../../testdata/clusters3"}
	res, err := Check(context.Background(), paths, Options{StoryBy: StoryFolder}, func(p document.Problem) {
		if p.Fatal {
			t.Errorf("%v", p)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	blocks := map[string][]align.Claim{}
	for _, c := range res.Claims {
		key := c.Story + "\x00" + BlockOf(&c.Claim)
		blocks[key] = append(blocks[key], c)
	}
	var byBlock []judge.Finding
	for _, claims := range blocks {
		byBlock = append(byBlock, JudgeStory(claims, judge.Options{})...)
	}
	judge.Sort(byBlock)
	if len(res.Findings) < 50 || len(blocks) < 100 {
		t.Fatalf("%d findings in %d blocks: too few to show anything", len(res.Findings), len(blocks))
	}
	if want, got := findingLines(t, res.Findings), findingLines(t, byBlock); !slices.Equal(want, got) {
		t.Errorf("block by block: %d findings, want the story's %d", len(got), len(want))
	}
}

func findingLines(t *testing.T, fs []judge.Finding) []string {
	t.Helper()
	out := make([]string, len(fs))
	for i, f := range fs {
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = string(b)
	}
	slices.Sort(out)
	return out
}
