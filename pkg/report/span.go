package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/pkg/judge"
)

// endPosition returns the line and column just after the last character of
// text when text starts at (line, col). Columns count Unicode code points,
// as CONTRACT.md fixes them, so the result is exclusive in SARIF's sense:
// the column of the character following the region.
//
// Spans only carry their start position and their text, so the end is
// derived by walking the text rather than by looking at the file again.
func endPosition(line, col int, text string) (endLine, endCol int) {
	endLine, endCol = line, col
	for _, r := range text {
		if r == '\n' {
			endLine++
			endCol = 1
			continue
		}
		endCol++
	}
	return endLine, endCol
}

// location is "path:line:col", the form editors and terminals turn into links.
func location(e judge.Evidence) string {
	return fmt.Sprintf("%s:%d:%d", e.Path, e.Line, e.Column)
}

// maxQuote is how many code points of evidence text the one-line views show.
// A quotation can run to a paragraph; ~100 characters keeps each line
// readable in an 80–120 column terminal and in annotation titles.
const maxQuote = 100

// shortQuote folds text onto one line (evidence may span lines of the
// source file) and cuts it to at most max code points, ending in "…".
func shortQuote(text string, max int) string {
	s := strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)[:max-1]
	return strings.TrimRight(string(r), " ") + "…"
}

// oneLine folds a message onto one line, for formats that are read line by
// line (line, github titles).
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// quoted is text cut by shortQuote and put between quotation marks, unless
// it already starts or ends with one (a quotation with its speaker), which
// would show doubled marks.
func quoted(text string, max int) string {
	q := shortQuote(text, max)
	if q == "" || strings.ContainsAny(q[:1], "\"'") || strings.HasPrefix(q, "“") || strings.HasPrefix(q, "‘") ||
		strings.HasSuffix(q, "\"") || strings.HasSuffix(q, "”") {
		return q
	}
	return "\"" + q + "\""
}
