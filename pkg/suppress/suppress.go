// Package suppress reads inline directives that hide findings an editor has
// already looked at, and applies them to a run's findings.
//
// In Markdown, HTML and plain text, a directive is an HTML comment on a line
// of its own:
//
//	<!-- crosscheck-disable-next-line quote,duration -- checked with the desk -->
//	<!-- crosscheck-disable quote -->
//	...
//	<!-- crosscheck-enable quote -->
//
// Plain text files (anything that is not Markdown or HTML) also accept the
// same directive without the comment wrapper, on a line of its own:
//
//	crosscheck-disable-next-line quote -- reason
//
// With no kinds, a directive covers every kind. A finding is hidden when ANY
// of its evidence spans starts on a line a directive covers for the
// finding's kind: a contradiction has two sides, and the editor who owns
// either side may decide it is not a problem (as golangci-lint's nolint
// hides a report located on its line).
//
// Directives that hide nothing, and directives crosscheck cannot read, are
// reported as findings of kind "suppression" so they show in every output
// format and can be cleaned up.
package suppress

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
)

// Kind is the kind of the findings this package reports about directives.
const Kind claim.Kind = "suppression"

// Kinds are the finding kinds a directive may name.
var Kinds = []claim.Kind{
	claim.KindDate, claim.KindDuration, claim.KindCasualties,
	claim.KindQuantity, claim.KindOfficial, claim.KindQuote,
}

// Action is what a directive does.
type Action string

const (
	DisableNextLine Action = "crosscheck-disable-next-line"
	Disable         Action = "crosscheck-disable"
	Enable          Action = "crosscheck-enable"
)

// Directive is one well-formed directive.
type Directive struct {
	Action Action
	// Kinds the directive names; empty means every kind.
	Kinds  []claim.Kind
	Reason string
	// Span locates the directive's line in the file.
	Span document.Span
}

// Problem is a directive crosscheck could not read, or an enable that
// closes nothing.
type Problem struct {
	Span    document.Span
	Message string
}

// File holds the directives of one document and the lines they cover.
type File struct {
	Path       string
	Directives []Directive
	Problems   []Problem
	regions    []region
}

// region is a run of lines [from, to] on which some kinds are hidden.
type region struct {
	directive int // index into File.Directives
	from, to  int // 1-based, inclusive
	kinds     []claim.Kind
	except    []claim.Kind // kinds re-enabled inside an every-kind region
}

func (r region) covers(line int, k claim.Kind) bool {
	if line < r.from || line > r.to || slices.Contains(r.except, k) {
		return false
	}
	return len(r.kinds) == 0 || slices.Contains(r.kinds, k)
}

// ParseDocument reads the directives of a document. It returns false when
// the document has none, and for documents from a JSONL stream: their spans
// name the stream's path with lines of the text field, so several articles
// would share one path and their lines would collide.
func ParseDocument(d *document.Document) (*File, bool) {
	if d.Line > 0 || !bytes.Contains(d.Raw, []byte("crosscheck-")) {
		return nil, false
	}
	f := Parse(d.Path, d.Raw, wrappedOnly(d.Path))
	return f, len(f.Directives) > 0 || len(f.Problems) > 0
}

// wrappedOnly reports whether only the HTML comment form is read: in
// Markdown and HTML a bare "crosscheck-disable" line is visible prose.
func wrappedOnly(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".mdown", ".mkd", ".html", ".htm":
		return true
	}
	return false
}

// Parse reads the directives in raw, the bytes of the file at path. With
// wrappedOnly, bare directives (without <!-- -->) are ignored.
func Parse(path string, raw []byte, wrappedOnly bool) *File {
	f := &File{Path: path}
	lines := splitLines(raw)
	var open []region
	for i, ln := range lines {
		body, ok := directiveText(ln.text, wrappedOnly)
		if !ok {
			continue
		}
		span := document.Span{Path: path, Line: i + 1, Column: 1, Start: ln.start, End: ln.start + len(ln.text), Text: strings.TrimSpace(ln.text)}
		d, err := parseDirective(body)
		if err != nil {
			f.Problems = append(f.Problems, Problem{Span: span, Message: err.Error()})
			continue
		}
		d.Span = span
		f.Directives = append(f.Directives, d)
		idx := len(f.Directives) - 1
		switch d.Action {
		case DisableNextLine:
			if next := nextNonBlank(lines, i+1); next > 0 {
				f.regions = append(f.regions, region{directive: idx, from: next, to: next, kinds: d.Kinds})
			}
		case Disable:
			open = append(open, region{directive: idx, from: i + 2, to: len(lines), kinds: d.Kinds})
		case Enable:
			var closed []region
			var closedAny bool
			open, closed, closedAny = enable(open, d.Kinds, i+1)
			f.regions = append(f.regions, closed...)
			if !closedAny {
				f.Problems = append(f.Problems, Problem{Span: span, Message: "crosscheck-enable without a crosscheck-disable before it for " + kindList(d.Kinds)})
				f.Directives = f.Directives[:idx]
			}
		}
	}
	// Regions never enabled again run to the end of the file.
	f.regions = append(f.regions, open...)
	return f
}

// enable ends, at line, the open regions for kinds (all of them when kinds
// is empty). A region for several kinds keeps running for the others.
func enable(open []region, kinds []claim.Kind, line int) (still, closed []region, closedAny bool) {
	for _, r := range open {
		switch {
		case len(kinds) == 0:
		case len(r.kinds) == 0:
			// Every kind was disabled: re-enable only the named ones.
			cut := r
			cut.to = line - 1
			closed = append(closed, cut)
			r.from = line + 1
			r.except = union(r.except, kinds)
			still = append(still, r)
			closedAny = true
			continue
		default:
			left := without(r.kinds, kinds)
			if len(left) == len(r.kinds) {
				still = append(still, r)
				continue
			}
			if len(left) > 0 {
				rest := r
				rest.from, rest.kinds = line+1, left
				still = append(still, rest)
			}
		}
		r.to = line - 1
		closed = append(closed, r)
		closedAny = true
	}
	return still, closed, closedAny
}

// parseDirective reads "crosscheck-ACTION [kind[,kind]] [-- reason]".
func parseDirective(body string) (Directive, error) {
	head, reason, _ := strings.Cut(body, "--")
	fields := strings.Fields(head)
	d := Directive{Action: Action(fields[0]), Reason: strings.TrimSpace(reason)}
	if !slices.Contains([]Action{DisableNextLine, Disable, Enable}, d.Action) {
		return d, fmt.Errorf("unknown directive %q: use %s, %s or %s", fields[0], DisableNextLine, Disable, Enable)
	}
	for _, part := range strings.Split(strings.Join(fields[1:], ","), ",") {
		k := claim.Kind(strings.ToLower(strings.TrimSpace(part)))
		if k == "" {
			continue
		}
		if !slices.Contains(Kinds, k) {
			return d, fmt.Errorf("unknown kind %q in %s: use %s, or no kind for all of them (separate a reason with \" -- \")", k, d.Action, kindList(Kinds))
		}
		d.Kinds = append(d.Kinds, k)
	}
	return d, nil
}

// directiveText returns the directive inside a line, if the line holds one.
func directiveText(line string, wrappedOnly bool) (string, bool) {
	s := strings.TrimSpace(line)
	if inner, ok := strings.CutPrefix(s, "<!--"); ok {
		inner, closed := strings.CutSuffix(inner, "-->")
		inner = strings.TrimSpace(inner)
		if !closed || !strings.HasPrefix(inner, "crosscheck-") {
			return "", false
		}
		return inner, true
	}
	if wrappedOnly || !strings.HasPrefix(s, "crosscheck-") {
		return "", false
	}
	return s, true
}

type rawLine struct {
	start int
	text  string
}

func splitLines(raw []byte) []rawLine {
	var out []rawLine
	start := 0
	for start <= len(raw) {
		end := bytes.IndexByte(raw[start:], '\n')
		if end < 0 {
			if start < len(raw) {
				out = append(out, rawLine{start, strings.TrimSuffix(string(raw[start:]), "\r")})
			}
			break
		}
		out = append(out, rawLine{start, strings.TrimSuffix(string(raw[start:start+end]), "\r")})
		start += end + 1
	}
	return out
}

// nextNonBlank returns the 1-based number of the first non-blank line at or
// after index i, or 0 when there is none.
func nextNonBlank(lines []rawLine, i int) int {
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i].text) != "" {
			return i + 1
		}
	}
	return 0
}

func kindList(kinds []claim.Kind) string {
	if len(kinds) == 0 {
		return "every kind"
	}
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

func without(kinds, drop []claim.Kind) []claim.Kind {
	var out []claim.Kind
	for _, k := range kinds {
		if !slices.Contains(drop, k) {
			out = append(out, k)
		}
	}
	return out
}

func union(a, b []claim.Kind) []claim.Kind {
	out := slices.Clone(a)
	for _, k := range b {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}
