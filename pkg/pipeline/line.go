package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/mention"
	"github.com/crosscheck/crosscheck/pkg/suppress"
)

// Line is one document's line in `extract --format jsonl`. It carries all
// that check needs to judge the document with others later (check
// --claims): the document's report details, the id and path its story is
// derived from, its claims with their evidence spans, and its suppression
// directives. The mentions are there for people and other tools; check
// does not read them.
type Line struct {
	ID         string            `json:"id"`
	Path       string            `json:"path"`
	Title      string            `json:"title,omitempty"`
	Source     string            `json:"source,omitempty"`
	Published  string            `json:"published,omitempty"`
	Directives *Directives       `json:"directives,omitempty"`
	Mentions   []mention.Mention `json:"mentions"`
	Claims     []claim.Claim     `json:"claims"`
	// Explain says, per mention, what claim it gave and why (extract
	// --explain).
	Explain []claim.Note `json:"explain,omitempty"`
	// Problem, on a line of its own, records an input extract could not
	// read, so that judging the claims files fails as one check would.
	Problem *LineProblem `json:"problem,omitempty"`
}

// LineProblem is an input that could not be read, as a claims file keeps it.
type LineProblem struct {
	Path  string `json:"path"`
	Line  int    `json:"line,omitempty"`
	Error string `json:"error"`
}

// ProblemLine records a problem that stops a check in a claims file.
func ProblemLine(p document.Problem) Line {
	return Line{Problem: &LineProblem{Path: p.Path, Line: p.Line, Error: p.Err.Error()}}
}

// AsProblem gives back the problem a problem line records.
func (p *LineProblem) AsProblem() document.Problem {
	return document.Problem{Path: p.Path, Line: p.Line, Err: errors.New(p.Error), Fatal: true}
}

// NewLine describes an extracted document for a claims file.
func NewLine(ex Extracted) Line {
	s := Summarise(ex)
	l := Line{ID: ex.Doc.ID, Path: ex.Doc.Path, Title: s.Info.Title, Source: s.Info.Source, Published: s.Info.Published,
		Mentions: ex.Mentions, Claims: ex.Claims, Explain: ex.Notes}
	if s.Suppress != nil {
		l.Directives = directivesOf(ex.Doc.Raw)
	}
	if l.Mentions == nil {
		l.Mentions = []mention.Mention{}
	}
	if l.Claims == nil {
		l.Claims = []claim.Claim{}
	}
	return l
}

// Summary turns a line read back from a claims file into what a check
// keeps of its document.
func (l Line) Summary() (Summary, error) {
	if l.Path == "" || l.ID == "" {
		return Summary{}, errors.New(`a document needs its "path" and "id": write claims files with crosscheck extract --format jsonl`)
	}
	doc := &document.Document{ID: l.ID, Path: l.Path, Title: l.Title, Source: l.Source, PublishedRaw: l.Published}
	s := Summary{Info: Info(doc), ID: l.ID, Claims: l.Claims}
	if l.Directives != nil {
		raw, err := l.Directives.rebuild()
		if err != nil {
			return Summary{}, err
		}
		doc.Raw = raw
		s.Suppress, _ = suppress.ParseDocument(doc)
	}
	return s, nil
}

// Directives carry a document's suppression directives through a claims
// file without its text. Directives are read from whole lines, and what
// they cover is counted in lines, so these are enough to rebuild a stand-in
// for the file that suppress reads exactly as it reads the original: its
// number of lines, the lines that mention crosscheck (with their byte
// offsets, which directive findings report), and the other non-blank lines
// a next-line directive can land on.
type Directives struct {
	Lines int        `json:"lines"`
	Kept  []KeptLine `json:"kept"`
	// Filled are the 1-based numbers of the other non-blank lines that
	// follow a kept line.
	Filled []int `json:"filled,omitempty"`
}

// KeptLine is one line of the original file, byte for byte (without its
// newline), with its place.
type KeptLine struct {
	Line  int    `json:"line"`
	Start int    `json:"start"`
	Text  string `json:"text"`
}

func directivesOf(raw []byte) *Directives {
	lines := rawLines(raw)
	d := &Directives{Lines: len(lines)}
	kept := map[int]bool{}
	for i, ln := range lines {
		if bytes.Contains(ln.text, []byte("crosscheck-")) {
			d.Kept = append(d.Kept, KeptLine{Line: i + 1, Start: ln.start, Text: string(ln.text)})
			kept[i] = true
		}
	}
	for _, k := range d.Kept {
		for j := k.Line; j < len(lines); j++ {
			if len(bytes.TrimSpace(lines[j].text)) > 0 {
				if !kept[j] {
					d.Filled = append(d.Filled, j+1)
				}
				break
			}
		}
	}
	return d
}

type rawLine struct {
	start int
	text  []byte
}

// rawLines splits raw as suppress does: on "\n", with no empty line after
// a final newline.
func rawLines(raw []byte) []rawLine {
	var out []rawLine
	for start := 0; start < len(raw); {
		end := bytes.IndexByte(raw[start:], '\n')
		if end < 0 {
			out = append(out, rawLine{start, raw[start:]})
			break
		}
		out = append(out, rawLine{start, raw[start : start+end]})
		start += end + 1
	}
	return out
}

// rebuild writes the stand-in file: kept lines at their offsets, "x" on
// filled lines, blanks elsewhere, each line padded with spaces so that the
// next kept line starts where it did.
func (d *Directives) rebuild() ([]byte, error) {
	kept := map[int]KeptLine{}
	for _, k := range d.Kept {
		if k.Line < 1 || k.Line > d.Lines {
			return nil, fmt.Errorf("directive line %d outside a %d-line document", k.Line, d.Lines)
		}
		kept[k.Line] = k
	}
	filled := map[int]bool{}
	for _, n := range d.Filled {
		filled[n] = true
	}
	var b strings.Builder
	for n := 1; n <= d.Lines; n++ {
		k, isKept := kept[n]
		switch {
		case isKept && b.Len() != k.Start:
			return nil, fmt.Errorf("directive line %d starts at byte %d, after %d bytes of lines before it", n, k.Start, b.Len())
		case isKept:
			b.WriteString(k.Text)
		case filled[n]:
			b.WriteString("x")
		}
		// A kept line's bytes are exact, so the next line already starts
		// where it did; any other line takes up the slack.
		if next, ok := kept[n+1]; ok && !isKept {
			b.WriteString(strings.Repeat(" ", max(0, next.Start-b.Len()-1)))
		}
		b.WriteByte('\n')
	}
	return []byte(b.String()), nil
}
