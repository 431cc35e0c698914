package suppress

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

// Rules of the findings this package reports.
const (
	RuleUnused  = "unused-suppression"
	RuleInvalid = "invalid-suppression"
)

// Apply hides the findings that directives in files cover and returns the
// rest, followed by a finding for every directive that hid nothing and every
// directive that could not be read. files is keyed by the path findings
// carry in their evidence.
func Apply(findings []judge.Finding, files map[string]*File) []judge.Finding {
	if len(files) == 0 {
		return findings
	}
	used := map[*File][]bool{}
	for _, f := range files {
		used[f] = make([]bool, len(f.Directives))
	}
	kept := make([]judge.Finding, 0, len(findings))
	for _, fd := range findings {
		if !hide(fd, files, used) {
			kept = append(kept, fd)
		}
	}
	return append(kept, reports(files, used)...)
}

// hide marks every directive that covers fd and reports whether one did.
// All of them are marked so overlapping directives are not called unused.
func hide(fd judge.Finding, files map[string]*File, used map[*File][]bool) bool {
	if fd.Kind == Kind {
		return false
	}
	hidden := false
	for _, e := range fd.Evidence {
		f := files[e.Path]
		if f == nil {
			continue
		}
		for _, r := range f.regions {
			if r.covers(e.Line, fd.Kind) {
				used[f][r.directive] = true
				hidden = true
			}
		}
	}
	return hidden
}

// reports lists, in a stable order, the directives to clean up. Enable
// directives end a region rather than hide anything, so they are never
// called unused.
func reports(files map[string]*File, used map[*File][]bool) []judge.Finding {
	var out []judge.Finding
	for _, f := range files {
		for i, d := range f.Directives {
			if d.Action == Enable || used[f][i] {
				continue
			}
			msg := fmt.Sprintf("unused %s directive for %s: it hides no finding; remove it", d.Action, kindList(d.Kinds))
			out = append(out, finding(RuleUnused, msg, d.Span))
		}
		for _, p := range f.Problems {
			out = append(out, finding(RuleInvalid, "invalid suppression directive: "+p.Message, p.Span))
		}
	}
	judge.Sort(out)
	return out
}

func finding(rule, msg string, at document.Span) judge.Finding {
	f := judge.Finding{
		Kind:     Kind,
		Severity: judge.SeverityWarning,
		Message:  msg,
		Evidence: []judge.Evidence{{Span: at}},
		Rule:     rule,
	}
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%s\x00%d\x00%s", rule, at.Path, at.Line, at.Text)))
	f.ID = string(Kind) + "-" + hex.EncodeToString(h[:])[:12]
	return f
}
