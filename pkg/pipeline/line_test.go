package pipeline

import (
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/suppress"
)

// TestDirectivesRebuild checks that the stand-in rebuilt from a claims
// file's directives hides and reports exactly what the original file does:
// a finding of every kind on every line goes through both.
func TestDirectivesRebuild(t *testing.T) {
	tests := []struct {
		name, path, raw string
	}{
		{"next line after blanks", "a.md", "# Title\n\n<!-- crosscheck-disable-next-line quote -->\n\n\nThe mayor said so.\nMore.\n"},
		{"region and enable", "a.md", "Intro.\n<!-- crosscheck-disable duration,date -->\nOne.\n\nTwo.\n<!-- crosscheck-enable date -->\nThree.\n"},
		{"first and last line, no final newline", "a.md", "<!-- crosscheck-disable-next-line -->\nText.\n<!-- crosscheck-disable-next-line date -->"},
		{"consecutive directives", "a.md", "<!-- crosscheck-disable-next-line quote -->\n<!-- crosscheck-disable-next-line date -->\nText.\n"},
		{"invalid and stray enable", "a.md", "Text.\n<!-- crosscheck-disable-next-line quotes -->\nMore.\n<!-- crosscheck-enable -->\n"},
		{"crlf", "a.md", "Text.\r\n<!-- crosscheck-disable-next-line quote -->\r\n\r\nQuote here.\r\n"},
		{"bare directive in plain text", "a.txt", "Long opening line of the article.\ncrosscheck-disable-next-line official -- checked\nThe police commissioner spoke.\n"},
		{"mention that is not a directive", "a.md", "Uses crosscheck-disable in prose.\n<!-- crosscheck-disable -->\nEnd.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte(tt.raw)
			want, ok := suppress.ParseDocument(&document.Document{Path: tt.path, Raw: raw})
			if !ok {
				t.Fatal("the case has no directive")
			}
			stand, err := directivesOf(raw).rebuild()
			if err != nil {
				t.Fatal(err)
			}
			got, ok := suppress.ParseDocument(&document.Document{Path: tt.path, Raw: stand})
			if !ok {
				t.Fatalf("the stand-in has no directive:\n%s", stand)
			}
			lines := strings.Count(tt.raw, "\n") + 1
			fs := everyFinding(tt.path, lines)
			w := suppress.Apply(fs, map[string]*suppress.File{tt.path: want})
			g := suppress.Apply(fs, map[string]*suppress.File{tt.path: got})
			if !reflect.DeepEqual(w, g) {
				t.Errorf("stand-in differs:\n%q\nwant %v\n got %v", stand, w, g)
			}
		})
	}
}

func everyFinding(path string, lines int) []judge.Finding {
	var fs []judge.Finding
	for line := 1; line <= lines; line++ {
		for _, k := range suppress.Kinds {
			fs = append(fs, judge.Finding{ID: string(k), Kind: k, Evidence: []judge.Evidence{{Span: document.Span{Path: path, Line: line}}}})
		}
	}
	return fs
}

// TestDirectivesRebuildRejects checks that directives which cannot come
// from one file are refused rather than read wrongly.
func TestDirectivesRebuildRejects(t *testing.T) {
	tests := []struct {
		name string
		d    Directives
	}{
		{"line outside the document", Directives{Lines: 2, Kept: []KeptLine{{Line: 3, Text: "<!-- crosscheck-disable -->"}}}},
		{"start before the lines before it", Directives{Lines: 3, Kept: []KeptLine{{Line: 1, Start: 0, Text: "<!-- crosscheck-disable -->"}, {Line: 2, Start: 5, Text: "<!-- crosscheck-enable -->"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.d.rebuild(); err == nil {
				t.Error("rebuilt without error")
			}
		})
	}
}
