package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

func findingsOf(n int, sev judge.Severity) []judge.Finding {
	var fs []judge.Finding
	for i := range n {
		fs = append(fs, judge.Finding{
			ID: fmt.Sprintf("%s-%d", sev, i), Kind: "duration", Severity: sev,
			Message:  fmt.Sprintf("%s %d", sev, i),
			Evidence: []judge.Evidence{{Span: document.Span{Path: "a.md", Line: i + 1, Column: 1, Text: "x"}}},
		})
	}
	return fs
}

func countPrefix(lines []string, prefix string) int {
	n := 0
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			n++
		}
	}
	return n
}

func TestGitHubCap(t *testing.T) {
	tests := []struct {
		name                            string
		errors, warnings, infos, limit  int
		wantE, wantW, wantN, wantHidden int
	}{
		{"under the cap", 3, 2, 1, 0, 3, 2, 1, 0},
		{"exactly at the cap", 10, 10, 10, 0, 10, 10, 10, 0},
		{"errors over the cap", 13, 2, 0, 0, 10, 2, 0, 3},
		// A notice slot is kept for the summary notice.
		{"every level over", 12, 11, 12, 0, 10, 10, 9, 6},
		{"notices over", 0, 0, 11, 0, 0, 0, 9, 2},
		{"custom limit", 3, 3, 3, 2, 2, 2, 1, 4},
		{"no limit", 30, 0, 0, -1, 30, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fs []judge.Finding
			fs = append(fs, findingsOf(tt.errors, judge.SeverityError)...)
			fs = append(fs, findingsOf(tt.warnings, judge.SeverityWarning)...)
			fs = append(fs, findingsOf(tt.infos, judge.SeverityInfo)...)
			out := render(t, "github", &Report{Findings: fs}, Options{GitHubLimit: tt.limit})
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			summary := fmt.Sprintf("::notice::crosscheck: %d more finding", tt.wantHidden)
			gotN := countPrefix(lines, "::notice file=")
			if e, w := countPrefix(lines, "::error "), countPrefix(lines, "::warning "); e != tt.wantE || w != tt.wantW || gotN != tt.wantN {
				t.Errorf("annotations: %d errors, %d warnings, %d notices; want %d, %d, %d", e, w, gotN, tt.wantE, tt.wantW, tt.wantN)
			}
			hasSummary := countPrefix(lines, summary) == 1
			if hasSummary != (tt.wantHidden > 0) {
				t.Errorf("summary notice %q present=%v, want %v:\n%s", summary, hasSummary, tt.wantHidden > 0, out)
			}
			limit := tt.limit
			if limit == 0 {
				limit = DefaultGitHubLimit
			}
			if all := countPrefix(lines, "::notice"); limit > 0 && all > limit {
				t.Errorf("%d notices in all, more than GitHub shows", all)
			}
			if last := lines[len(lines)-1]; strings.HasPrefix(last, "::") || !strings.Contains(last, "finding") {
				t.Errorf("last line is not a plain summary: %q", last)
			}
		})
	}
}

func TestGitHubEscaping(t *testing.T) {
	f := judge.Finding{
		Kind: "quantity", Severity: judge.SeverityWarning,
		Message: "50% of residents, per police:\r\nsee below",
		Evidence: []judge.Evidence{
			{Span: document.Span{Path: "news/a,b:c%.md", Line: 3, Column: 5, Text: "half"}},
			{Span: document.Span{Path: "news/d.md", Line: 7, Column: 2, Text: "a third"}},
		},
	}
	want := "::warning file=news/a%2Cb%3Ac%25.md,line=3,col=5,endLine=3,endColumn=8,title=crosscheck quantity::" +
		`50%25 of residents, per police: see below (other side: news/d.md:7:2 "a third")`
	got := strings.SplitN(render(t, "github", &Report{Findings: []judge.Finding{f}}, Options{}), "\n", 2)[0]
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestGitHubEscapeFunctions(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\nb\rc", "a%0Ab%0Dc", "a%0Ab%0Dc"},
		{"a:b,c", "a:b,c", "a%3Ab%2Cc"},
		{"%0A", "%250A", "%250A"}, // an escape in the input is not decoded later
	}
	for _, tt := range tests {
		if got := escapeData(tt.in); got != tt.data {
			t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := escapeProperty(tt.in); got != tt.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}

func TestGitHubMultiLineSpanHasNoColumns(t *testing.T) {
	e := judge.Evidence{Span: document.Span{Path: "a.md", Line: 4, Column: 70, Text: "more than nine\nhours"}}
	got := strings.Join(positionProps(e), ",")
	if want := "file=a.md,line=4,endLine=5"; got != want {
		t.Errorf("positionProps = %q, want %q", got, want)
	}
}
