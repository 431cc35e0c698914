package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// writeJSON writes the report as one indented JSON document, in the shape
// CONTRACT.md fixes: {"version", "documents", "findings"}. Empty lists are
// written as [] rather than null so scripts can iterate without checks.
func writeJSON(w io.Writer, r *Report) error {
	docs := r.Documents
	if docs == nil {
		docs = []pipeline.DocumentInfo{}
	}
	findings := r.Findings
	if findings == nil {
		findings = []judge.Finding{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	err := enc.Encode(struct {
		Version   int                     `json:"version"`
		Documents []pipeline.DocumentInfo `json:"documents"`
		Findings  []judge.Finding         `json:"findings"`
	}{Version, docs, findings})
	if err != nil {
		return err
	}
	_, err = w.Write(cleanNumbers(buf.Bytes()))
	return err
}

// writeJSONL writes one finding per line, each the same object as in the
// json format's "findings" list, and nothing else: no header, no summary.
// That keeps it streamable into jq, grep or a database loader, where one
// record per line matters more than the document list.
func writeJSONL(w io.Writer, r *Report) error {
	for _, f := range r.Findings {
		line, err := JSONLine(f)
		if err != nil {
			return err
		}
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return nil
}

// JSONLine is one finding as the jsonl format writes it, newline ended.
func JSONLine(f judge.Finding) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return cleanNumbers(buf.Bytes()), nil
}
