package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// claimsLineFactor bounds a claims line by the article it describes: its
// mentions and claims, with their spans, take at most this many times the
// article's bytes. A longer line was not written by extract with this
// --max-bytes, and is refused before it is read whole.
const claimsLineFactor = 16

// validateClaims checks a claims line against the document it describes,
// whose bytes are at most maxBytes: a shard is a file anyone can edit, and
// an offset or a count taken on trust would make check allocate without
// bound. Every place must lie in a document of that size, every claim
// must be of that document, and the directives must describe its lines.
func validateClaims(l pipeline.Line, maxBytes int64) error {
	for i, c := range l.Claims {
		if c.Doc != l.ID {
			return fmt.Errorf("claim %d belongs to document %q, not to this line's %q", i+1, c.Doc, l.ID)
		}
		if err := validateSpan(c.Evidence, l.Path, maxBytes); err != nil {
			return fmt.Errorf("claim %d evidence: %w", i+1, err)
		}
		if c.Counter != nil {
			if err := validateSpan(*c.Counter, l.Path, maxBytes); err != nil {
				return fmt.Errorf("claim %d counter: %w", i+1, err)
			}
		}
		if c.Sentence < 0 || c.Paragraph < 0 || int64(c.Sentence) > maxBytes || int64(c.Paragraph) > maxBytes {
			return fmt.Errorf("claim %d: sentence %d or paragraph %d is not in a document of at most %d bytes", i+1, c.Sentence, c.Paragraph, maxBytes)
		}
	}
	if l.Directives != nil {
		return validateDirectives(l.Directives, maxBytes)
	}
	return nil
}

func validateSpan(s document.Span, path string, maxBytes int64) error {
	switch {
	case s.Path != path:
		return fmt.Errorf("path %q is not this line's %q", s.Path, path)
	case s.Start < 0 || s.Start > s.End || int64(s.End) > maxBytes:
		return fmt.Errorf("bytes %d-%d are not in a document of at most %d bytes", s.Start, s.End, maxBytes)
	case len(s.Text) != s.End-s.Start:
		return fmt.Errorf("text of %d bytes for bytes %d-%d", len(s.Text), s.Start, s.End)
	case s.Line < 1 || s.Column < 1 || int64(s.Line) > maxBytes+1 || int64(s.Column) > maxBytes+1:
		return fmt.Errorf("line %d, column %d is not in a document of at most %d bytes", s.Line, s.Column, maxBytes)
	}
	return nil
}

// validateDirectives checks that the directives describe a file of at most
// maxBytes: as many lines, kept lines in order at offsets inside it.
func validateDirectives(d *pipeline.Directives, maxBytes int64) error {
	if d.Lines < 0 || int64(d.Lines) > maxBytes+1 {
		return fmt.Errorf("directives: %d lines is not a document of at most %d bytes", d.Lines, maxBytes)
	}
	end, line := 0, 0 // where the previous kept line ends, and its number
	for _, k := range d.Kept {
		if k.Line <= line || k.Line > d.Lines {
			return fmt.Errorf("directives: kept line %d is out of order or outside a %d-line document", k.Line, d.Lines)
		}
		if k.Start < end || int64(k.Start)+int64(len(k.Text)) > maxBytes || strings.ContainsRune(k.Text, '\n') {
			return fmt.Errorf("directives: line %d at byte %d is out of order or outside a document of at most %d bytes", k.Line, k.Start, maxBytes)
		}
		end, line = k.Start+len(k.Text)+1, k.Line
	}
	for _, n := range d.Filled {
		if n < 1 || n > d.Lines {
			return fmt.Errorf("directives: line %d is outside a %d-line document", n, d.Lines)
		}
	}
	return nil
}

// errLineTooLong is a claims line longer than any extract writes.
var errLineTooLong = errors.New("line is longer than any crosscheck extract writes")
