// Package judge owns the fifth stage of the pipeline: deciding which aligned
// claims contradict each other, how sure that is, and how to say it to an
// editor. It turns candidate pairs into findings with a severity, a one-line
// message and a stable id.
package judge

import (
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
)

// Severity orders how much a finding matters.
type Severity string

const (
	SeverityInfo    Severity = "info"
	SeverityWarning Severity = "warning"
	SeverityError   Severity = "error"
)

// Rank orders severities: info < warning < error.
func (s Severity) Rank() int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// Finding is one thing an editor should look at.
type Finding struct {
	ID       string     `json:"id"`
	Kind     claim.Kind `json:"kind"`
	Severity Severity   `json:"severity"`
	Message  string     `json:"message"`
	Evidence []Evidence `json:"evidence"`
	// Why explains the judgement: the events' anchors and why they were
	// taken to be the same.
	Why string `json:"why,omitempty"`
	// Rule names the check that raised it ("duration-conflict").
	Rule string `json:"rule"`
}

// Evidence is one side of a finding.
type Evidence struct {
	document.Span
	Value any `json:"value"`
	// Display is the normalised value as an editor reads it.
	Display string       `json:"display,omitempty"`
	Event   *claim.Event `json:"event,omitempty"`
	Source  string       `json:"source,omitempty"`
	AsOf    string       `json:"as_of,omitempty"`
}
