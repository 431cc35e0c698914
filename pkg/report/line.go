package report

import (
	"fmt"
	"io"
)

// writeLine writes one line per finding in the form compilers and grep use,
//
//	path:line:col: severity kind: message
//
// located at the finding's first evidence, so that editors' quickfix lists
// (vim's errorformat, Emacs compilation mode, VS Code problem matchers) can
// jump to it. Messages are folded onto one line. A finding without evidence
// has no place to point at and is written without the location prefix.
// There is no summary line: every line is a finding.
func writeLine(w io.Writer, r *Report) error {
	for _, f := range r.Findings {
		prefix := ""
		if len(f.Evidence) > 0 {
			prefix = location(f.Evidence[0]) + ": "
		}
		if _, err := fmt.Fprintf(w, "%s%s %s: %s\n", prefix, f.Severity, f.Kind, oneLine(f.Message)); err != nil {
			return err
		}
	}
	return nil
}
