// Package report owns the last stage of the pipeline: writing findings for
// people (a coloured terminal report, one line per finding) and for tools
// (JSON, JSONL, SARIF, GitHub workflow annotations).
//
// Every format is deterministic: the same report gives the same bytes, with
// no timestamps, map-order effects or machine-specific paths, so outputs can
// be diffed, cached and compared in golden tests.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// Version is the JSON report's format version.
const Version = 1

// Report is everything a run has to say.
type Report struct {
	Documents []pipeline.DocumentInfo
	Findings  []judge.Finding
	// Claims and Articles are what the html format shows besides the
	// findings: every claim judged, for its charts of figures over time,
	// and the articles' texts. The other formats ignore them, and the page
	// does without them when they are not given.
	Claims   []align.Claim
	Articles []*document.Document
}

// Options control how a report is written.
type Options struct {
	// Color turns on ANSI colours in the text format. It is applied
	// explicitly, whatever the terminal, so that output is reproducible.
	Color bool
	// Links writes the text format's locations as OSC 8 hyperlinks to the
	// files, for terminals that open them on a click.
	Links bool
	// Width is the terminal's width, to which the text format wraps the
	// sentences it quotes; 0 means DefaultWidth.
	Width int
	// Quiet leaves out everything but the findings: the summary lines of
	// the text and github formats.
	Quiet bool
	// Version is crosscheck's own version, written into SARIF's
	// tool.driver.version ("dev" when empty).
	Version string
	// GitHubLimit is how many annotations of each level (error, warning,
	// notice) the github format prints before summarising the rest.
	// 0 means DefaultGitHubLimit; a negative value means no limit.
	GitHubLimit int
}

// Formats lists the names Write accepts, in the order --help shows them.
var Formats = []string{"text", "line", "json", "jsonl", "sarif", "github", "html"}

// Write renders r in format to w.
func Write(w io.Writer, format string, r *Report, opts Options) error {
	if r == nil {
		r = &Report{}
	}
	// A copy, so the caller's findings keep their own units; the claims
	// and articles the html format shows go along with it.
	shared := *r
	shared.Findings = WithSharedUnits(r.Findings)
	r = &shared
	switch format {
	case "text":
		return writeText(w, r, opts)
	case "line":
		return writeLine(w, r)
	case "json":
		return writeJSON(w, r)
	case "jsonl":
		return writeJSONL(w, r)
	case "sarif":
		return writeSARIF(w, r, opts)
	case "github":
		return writeGitHub(w, r, opts)
	case "html":
		return writeHTML(w, r, opts)
	}
	return fmt.Errorf("unknown format %q", format)
}

// Summary is the closing line of the human-readable formats:
// "3 findings (1 error, 2 warnings) in 4 documents", or
// "no findings in 4 documents".
func Summary(r *Report) string {
	docs := plural(len(r.Documents), "document", "documents")
	if len(r.Findings) == 0 {
		return "no findings in " + docs
	}
	counts := map[judge.Severity]int{}
	for _, f := range r.Findings {
		counts[f.Severity]++
	}
	var parts []string
	for _, s := range []struct {
		sev       judge.Severity
		one, many string
	}{
		{judge.SeverityError, "error", "errors"},
		{judge.SeverityWarning, "warning", "warnings"},
		{judge.SeverityInfo, "info", "info"},
	} {
		if n := counts[s.sev]; n > 0 {
			parts = append(parts, plural(n, s.one, s.many))
		}
	}
	return fmt.Sprintf("%s (%s) in %s",
		plural(len(r.Findings), "finding", "findings"), strings.Join(parts, ", "), docs)
}

// KindSummary counts the findings of each kind, in the documented order
// of kinds: "by kind: 1 casualties, 1 date, 2 official"; "" when there
// are none.
func KindSummary(r *Report) string {
	counts := map[claim.Kind]int{}
	for _, f := range r.Findings {
		counts[f.Kind]++
	}
	var parts []string
	for _, k := range ruleKinds(r.Findings) {
		if n := counts[k]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "by kind: " + strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
