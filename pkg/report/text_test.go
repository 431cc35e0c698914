package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/pkg/judge"
)

// TestTextGroupsOneClaim: findings that share their primary side are one
// block (the claim, then each other side with its own message and id),
// while JSON keeps one finding per pair.
func TestTextGroupsOneClaim(t *testing.T) {
	r := storyReport(t)
	first := r.Findings[0]
	second := first
	second.ID, second.Message = first.ID+"-2", "a second article disagrees"
	second.Evidence = []judge.Evidence{first.Evidence[0], evidence(t, daily, "more than nine")}
	r.Findings = append([]judge.Finding{first, second}, r.Findings[1:]...)

	got := render(t, "text", r, Options{})
	block := strings.Split(got, "\n\n")[0]
	for _, want := range []string{"is contradicted by 2 other claims", first.Message, "a second article disagrees", "id " + first.ID, "id " + second.ID} {
		if !strings.Contains(block, want) {
			t.Errorf("grouped block lacks %q:\n%s", want, block)
		}
	}
	if n := strings.Count(block, "  vs "); n != 2 {
		t.Errorf("%d other sides in the block, want 2:\n%s", n, block)
	}
	if n := strings.Count(render(t, "jsonl", r, Options{}), "\n"); n != len(r.Findings) {
		t.Errorf("jsonl has %d findings, want %d", n, len(r.Findings))
	}
}

// TestTextSentences: each side's sentence is shown with the claim marked,
// wrapped to the width.
func TestTextSentences(t *testing.T) {
	for _, width := range []int{40, 80, 120} {
		got := render(t, "text", storyReport(t), Options{Width: width})
		if !strings.Contains(got, "«for nearly six") || !strings.Contains(got, "«Two firefighters were injured»") {
			t.Errorf("width %d: claims not marked in their sentences:\n%s", width, got)
		}
		for _, line := range strings.Split(got, "\n") {
			if strings.HasPrefix(line, "    ") && !strings.Contains(line, ":") && utf8.RuneCountInString(line) > width {
				t.Errorf("width %d: sentence line of %d code points: %q", width, utf8.RuneCountInString(line), line)
			}
		}
	}
	for _, width := range []int{30, 100} {
		colored := render(t, "text", storyReport(t), Options{Color: true, Width: width})
		if strings.Contains(colored, "«") || strings.Contains(colored, "»") || !strings.Contains(colored, "\x1b[1;4m") {
			t.Errorf("width %d: with colour, the claim is not underlined in place of the marks:\n%s", width, colored)
		}
	}
}

// TestTextLinks: locations are OSC 8 hyperlinks only when asked for.
func TestTextLinks(t *testing.T) {
	const osc8 = "\x1b]8;;file://"
	if got := render(t, "text", storyReport(t), Options{}); strings.Contains(got, osc8) {
		t.Error("links written without Links")
	}
	got := render(t, "text", storyReport(t), Options{Links: true})
	if !strings.Contains(got, osc8) || !strings.Contains(got, "/testdata/report/story/wire.md\x1b\\testdata/report/story/wire.md:") {
		t.Errorf("no link to the file around its location:\n%q", got[:300])
	}
}

// TestTextQuietAndKinds: the counts by kind and the summary close a report,
// and quiet leaves them out.
func TestTextQuietAndKinds(t *testing.T) {
	r := storyReport(t)
	got := render(t, "text", r, Options{})
	if !strings.Contains(got, "by kind: 1 date, 1 duration, 1 casualties, 1 official, 1 quote\n") || !strings.HasSuffix(got, Summary(r)+"\n") {
		t.Errorf("no counts by kind and summary:\n%s", got)
	}
	quiet := render(t, "text", r, Options{Quiet: true})
	if strings.Contains(quiet, "by kind") || strings.Contains(quiet, Summary(r)) || !strings.Contains(quiet, r.Findings[0].ID) {
		t.Errorf("quiet report:\n%s", quiet)
	}
	if github := render(t, "github", r, Options{Quiet: true}); strings.Contains(github, Summary(r)) {
		t.Error("quiet github report has a summary")
	}
}
