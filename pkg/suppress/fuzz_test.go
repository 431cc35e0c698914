package suppress

import (
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/internal/scaling"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

// FuzzParse feeds arbitrary files to the directive reader: no panic, every
// directive and problem located inside the file, and Apply safe on what it
// read.
func FuzzParse(f *testing.F) {
	f.Add([]byte("<!-- crosscheck-disable-next-line duration -- agreed -->\nThe call lasted an hour.\n"), true)
	f.Add([]byte("crosscheck-disable quote, date\r\nx\r\ncrosscheck-enable quote\ncrosscheck-enable\n"), false)
	f.Add([]byte("<!-- crosscheck-disable-line nonsense --><!-- crosscheck-enable -->"), true)
	f.Add([]byte("<!-- crosscheck-disable-next-line -->"), false)
	f.Fuzz(func(t *testing.T, raw []byte, wrapped bool) {
		const path = "f.md"
		var file *File
		scaling.Run(t, len(raw), func() { file = Parse(path, raw, wrapped) })
		lines := 1
		for _, b := range raw {
			if b == '\n' {
				lines++
			}
		}
		for _, d := range file.Directives {
			s := d.Span
			if s.Start < 0 || s.End > len(raw) || s.Start > s.End || s.Line < 1 || s.Line > lines {
				t.Fatalf("directive span %+v outside the %d bytes, %d lines", s, len(raw), lines)
			}
		}
		for _, p := range file.Problems {
			if p.Span.Line < 1 || p.Span.Line > lines || p.Message == "" || !utf8.ValidString(p.Message) && utf8.Valid(raw) {
				t.Fatalf("problem %+v", p)
			}
		}
		for line := range min(lines, 50) + 1 {
			Apply(suppressTestFindings(path, line), map[string]*File{path: file})
		}
	})
}

func suppressTestFindings(path string, line int) []judge.Finding {
	return []judge.Finding{
		mkFinding(claim.KindDuration, path, line),
		mkFinding(claim.KindQuote, path, line, line+1),
	}
}
