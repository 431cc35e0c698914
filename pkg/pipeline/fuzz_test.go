package pipeline

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

// FuzzPipeline runs one article, Markdown or plain text, through loading,
// extraction and judgement against a real article of the example story.
// Whatever the input: no panic, mentions inside the text, every claim and
// finding pointing at the bytes it quotes (with the right line and column),
// and findings that marshal to JSON (no NaN or infinity). Seeds are in
// testdata/fuzz/FuzzPipeline.
func FuzzPipeline(f *testing.F) {
	const otherName = "../../testdata/example/northern-wire.md"
	otherRaw, err := os.ReadFile(otherName)
	if err != nil {
		f.Fatal(err)
	}
	other := loadFuzzDoc(f, otherName)
	if other == nil {
		f.Fatalf("%s does not load", otherName)
	}
	otherEx := Extract(other, claim.Options{})
	f.Add(otherRaw, true)
	f.Add([]byte("The search lasted 10^30 hours, 999 trillion people, 1e308 dollars.\n"), false)

	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, raw []byte, markdown bool) {
		path := filepath.Join(dir, "a.txt")
		if markdown {
			path = filepath.Join(dir, "a.md")
		}
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		doc := loadFuzzDoc(t, path)
		if doc == nil {
			return // rejected with a problem: binary, invalid UTF-8, empty, bad front matter
		}
		ex := Extract(doc, claim.Options{})
		for _, m := range ex.Mentions {
			if m.Start < 0 || m.End > len(doc.Text) || m.Start > m.End || doc.Text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %q at %d-%d is not in the text", m.Text, m.Start, m.End)
			}
		}
		raws := map[string][]byte{path: raw, otherName: otherRaw}
		var claims []align.Claim
		for _, c := range ex.Claims {
			checkSpan(t, raws, c.Evidence)
			claims = append(claims, align.Claim{Claim: c})
		}
		for _, c := range otherEx.Claims {
			claims = append(claims, align.Claim{Claim: c})
		}
		findings := Judge(claims, judge.Options{})
		for _, fd := range findings {
			if fd.ID == "" || fd.Message == "" || !utf8.ValidString(fd.Message) {
				t.Fatalf("finding without id or readable message: %+v", fd)
			}
			for _, e := range fd.Evidence {
				checkSpan(t, raws, e.Span)
				if fd.Kind != claim.KindQuote && fd.Kind != claim.KindOfficial && notANumber(e.Display) {
					t.Fatalf("%s finding shows %q for %q", fd.Kind, e.Display, e.Text)
				}
			}
		}
		checkJSON(t, findings)
		Summarise(ex) // reads inline directives
	})
}

// loadFuzzDoc loads the one article at path, nil when the loader refuses it.
func loadFuzzDoc(t testing.TB, path string) *document.Document {
	var doc *document.Document
	err := document.Load(context.Background(), []string{path}, document.Options{}, func(d *document.Document) error {
		if doc != nil {
			t.Fatalf("%s gave two documents", path)
		}
		doc = d
		return nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// checkSpan fails unless s quotes the bytes it points at in its file and
// its line and column (code points) are those of its start.
func checkSpan(t *testing.T, raws map[string][]byte, s document.Span) {
	t.Helper()
	raw, ok := raws[s.Path]
	if !ok {
		t.Fatalf("span %+v names an unknown path", s)
	}
	if s.Start < 0 || s.End > len(raw) || s.Start > s.End || string(raw[s.Start:s.End]) != s.Text {
		t.Fatalf("span %q at %d-%d is not the bytes of %s (%d bytes)", s.Text, s.Start, s.End, s.Path, len(raw))
	}
	if !utf8.ValidString(s.Text) {
		t.Fatalf("span text %q is not valid UTF-8", s.Text)
	}
	line, col := lineAndColumn(raw, s.Start)
	if s.Line != line || s.Column != col {
		t.Fatalf("span %q at byte %d: line:column %d:%d, want %d:%d", s.Text, s.Start, s.Line, s.Column, line, col)
	}
}

// lineAndColumn counts lines as editors do: a line ends at "\n", "\r\n"
// or a lone "\r"; columns count code points.
func lineAndColumn(raw []byte, off int) (int, int) {
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if raw[i] == '\n' || raw[i] == '\r' && (i+1 >= len(raw) || raw[i+1] != '\n') {
			line, start = line+1, i+1
		}
	}
	return line, utf8.RuneCount(raw[start:off]) + 1
}

// checkJSON fails unless findings marshal to JSON that reads back, with no
// float that is NaN or infinite anywhere in their values.
func checkJSON(t *testing.T, findings []judge.Finding) {
	t.Helper()
	for _, fd := range findings {
		for _, e := range fd.Evidence {
			if v, bad := badFloat(reflect.ValueOf(e.Value)); bad {
				t.Fatalf("evidence %q has value %v", e.Text, v)
			}
		}
	}
	out, err := json.Marshal(findings)
	if err != nil {
		t.Fatalf("findings do not marshal: %v", err)
	}
	if !json.Valid(out) {
		t.Fatalf("findings marshal to invalid JSON: %.200s", out)
	}
}

// badFloat finds a NaN or infinite float anywhere in v.
func badFloat(v reflect.Value) (float64, bool) {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		if x := v.Float(); math.IsNaN(x) || math.IsInf(x, 0) {
			return x, true
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return badFloat(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if x, bad := badFloat(v.Field(i)); bad {
				return x, true
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if x, bad := badFloat(v.Index(i)); bad {
				return x, true
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if x, bad := badFloat(it.Value()); bad {
				return x, true
			}
		}
	}
	return 0, false
}

// notANumber reports whether a figure's display shows how Go prints an
// infinite or undefined float.
func notANumber(display string) bool {
	return strings.Contains(display, "+Inf") || strings.Contains(display, "-Inf") || strings.Contains(display, "NaN")
}
