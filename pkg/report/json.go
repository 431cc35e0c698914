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
	var enc itemEncoder
	for i := range items {
		data, err := enc.encodeIndented(items[i], "    ")
		if err != nil {
			return err
		}
		w.WriteString("    ")
		w.Write(data)
		if i < len(items)-1 {
			w.WriteString(",")
		}
		w.WriteString("\n")
	}
	_, err := w.WriteString("  ]")
	return err
}

// itemEncoder encodes the elements of one list, reusing its buffers from
// one element to the next: a report of many findings spends most of its
// writing time here.
type itemEncoder struct {
	compact  bytes.Buffer
	enc      *json.Encoder
	indented []byte
}

// encodeIndented encodes v as it appears at prefix's depth of an indented
// document, without escaping HTML characters, with its numbers cleaned and
// no final newline. It encodes compactly and indents in the same pass that
// cleans numbers. The result is valid until the next call.
func (e *itemEncoder) encodeIndented(v any, prefix string) ([]byte, error) {
	if e.enc == nil {
		e.enc = json.NewEncoder(&e.compact)
		e.enc.SetEscapeHTML(false)
	}
	e.compact.Reset()
	if err := e.enc.Encode(v); err != nil {
		return nil, err
	}
	e.indented = appendIndentClean(e.indented[:0], bytes.TrimSuffix(e.compact.Bytes(), []byte("\n")), prefix, "  ")
	return e.indented, nil
}

// appendIndentClean appends to out compact JSON src laid out as
// json.Indent does, with prefix before each new line and indent per level,
// its numbers cleaned as cleanNumbers does.
func appendIndentClean(out, src []byte, prefix, indent string) []byte {
	depth := 0
	newline := func() {
		out = append(out, '\n')
		out = append(out, prefix...)
		for range depth {
			out = append(out, indent...)
		}
	}
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '"':
			k := stringEnd(src, i)
			out = append(out, src[i:k]...)
			i = k
			continue
		case startsNumber(c):
			k := i + 1
			for k < len(src) && isNumberByte(src[k]) {
				k++
			}
			out = append(out, cleanNumber(src[i:k])...)
			i = k
			continue
		case c == '{' || c == '[':
			out = append(out, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				out = append(out, src[i+1]) // an empty object or list stays whole
				i += 2
				continue
			}
			depth++
			newline()
		case c == '}' || c == ']':
			depth--
			newline()
			out = append(out, c)
		case c == ',':
			out = append(out, c)
			newline()
		case c == ':':
			out = append(out, ':', ' ')
		default:
			out = append(out, c)
		}
		i++
	}
	return out
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
