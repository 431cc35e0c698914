package report

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

// TestVisible: control characters and direction overrides from articles
// are written as escapes; ordinary text, accents and typographic marks
// are left alone.
func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"twelve people", "twelve people"},
		{"café «quote» — ‘x’", "café «quote» — ‘x’"},
		{"\x1b]0;pwned\x07title", `\x1b]0;pwned\x07title`},
		{"\x1b[2J\x1b[Hclear", `\x1b[2J\x1b[Hclear`},
		{"over\rwritten", `over\x0dwritten`},
		{"\u009b31mred", `\u009b31mred`},
		{"abc\u202edcba", `abc\u202edcba`},
		{"del\x7f", `del\x7f`},
	}
	for _, tt := range tests {
		if got := visible(tt.in); got != tt.want {
			t.Errorf("visible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTextEscapesArticleText: whatever an article or a file name holds,
// the text report sends no escape sequence of its own to the terminal.
func TestTextEscapesArticleText(t *testing.T) {
	side := func(path, text string) judge.Evidence {
		return judge.Evidence{Span: document.Span{Path: path, Line: 1, Column: 1, Text: text}, Display: text, Source: "\x1b[8mwire", AsOf: "2025-01-01"}
	}
	r := &Report{Findings: []judge.Finding{{
		ID: "x", Kind: "casualties", Severity: judge.SeverityError, Rule: "casualties-conflict",
		Message:  "killed: 12\x1b]0;owned\x07 vs 14",
		Why:      "both \x1b[1Ahere",
		Evidence: []judge.Evidence{side("a\x1b[31m.md", "12 \u202ekilled"), side("b.md", "14\rkilled")},
	}}}
	got := render(t, "text", r, Options{})
	if strings.ContainsAny(got, "\x1b\x07\r\u202e") {
		t.Errorf("raw control characters in the text report:\n%q", got)
	}
	for _, want := range []string{`12\x1b]0;owned\x07 vs 14`, `a\x1b[31m.md:1:1`, `14\x0dkilled`, `\u202ekilled`, `\x1b[8mwire`} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q:\n%s", want, got)
		}
	}
}
