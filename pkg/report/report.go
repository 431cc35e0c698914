// Package report owns the last stage of the pipeline: writing findings for
// people (a coloured terminal report, one line per finding) and for tools
// (JSON, JSONL, SARIF, GitHub workflow annotations).
package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// Version is the JSON report's format version.
const Version = 1

// Report is everything a run has to say.
type Report struct {
	Documents []pipeline.DocumentInfo
	Findings  []judge.Finding
}

// Options control how a report is written.
type Options struct {
	// Color turns on ANSI colours in the text format.
	Color bool
}

// Formats lists the names Write accepts.
var Formats = []string{"text", "json"}

// Write renders r in format to w.
func Write(w io.Writer, format string, r *Report, opts Options) error {
	switch format {
	case "json":
		return writeJSON(w, r)
	case "text":
		return writeText(w, r, opts)
	}
	return fmt.Errorf("unknown format %q", format)
}

func writeJSON(w io.Writer, r *Report) error {
	docs := r.Documents
	if docs == nil {
		docs = []pipeline.DocumentInfo{}
	}
	findings := r.Findings
	if findings == nil {
		findings = []judge.Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Version   int                     `json:"version"`
		Documents []pipeline.DocumentInfo `json:"documents"`
		Findings  []judge.Finding         `json:"findings"`
	}{Version, docs, findings})
}

func writeText(w io.Writer, r *Report, opts Options) error {
	for _, f := range r.Findings {
		fmt.Fprintf(w, "%s %s: %s\n", f.Severity, f.Kind, f.Message)
		for _, e := range f.Evidence {
			fmt.Fprintf(w, "  %s:%d:%d  %q  %s\n", e.Path, e.Line, e.Column, e.Text, e.Display)
		}
		if f.Why != "" {
			fmt.Fprintf(w, "  why: %s\n", f.Why)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%d findings in %d documents\n", len(r.Findings), len(r.Documents))
	return nil
}
