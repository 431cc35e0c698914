package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/crosscheck/crosscheck/pkg/judge"
)

// writeJSON writes the report as one indented JSON document, in the shape
// CONTRACT.md fixes: {"version", "documents", "findings"}. Empty lists are
// written as [] rather than null so scripts can iterate without checks.
// Each element is encoded on its own, so a report of many findings is
// never held twice; the bytes are those of encoding the whole document.
func writeJSON(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "{\n  \"version\": %d,\n  \"documents\": ", Version)
	if err := writeIndentedList(bw, r.Documents); err != nil {
		return err
	}
	bw.WriteString(",\n  \"findings\": ")
	if err := writeIndentedList(bw, r.Findings); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// writeIndentedList writes items as the list of a top-level key of an
// indented document.
func writeIndentedList[T any](w *bufio.Writer, items []T) error {
	if len(items) == 0 {
		_, err := w.WriteString("[]")
		return err
	}
	w.WriteString("[\n")
	for i := range items {
		data, err := encodeIndented(items[i], "    ")
		if err != nil {
			return err
		}
		w.WriteString("    ")
		w.Write(cleanNumbers(data))
		if i < len(items)-1 {
			w.WriteString(",")
		}
		w.WriteString("\n")
	}
	_, err := w.WriteString("  ]")
	return err
}

// encodeIndented encodes v as it appears at prefix's depth of an indented
// document, without escaping HTML characters and with no final newline.
func encodeIndented(v any, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
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
