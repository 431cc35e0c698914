package document

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// loadResult collects what one Load call produced.
type loadResult struct {
	docs     []*Document
	problems []Problem
	err      error
}

func load(t testing.TB, paths []string, opts Options) loadResult {
	t.Helper()
	var r loadResult
	r.err = Load(context.Background(), paths, opts,
		func(d *Document) error { r.docs = append(r.docs, d); return nil },
		func(p Problem) { r.problems = append(r.problems, p) })
	return r
}

// writeFile creates dir/name with content and returns its path.
func writeFile(t testing.TB, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// loadOne writes content to a file called name and loads it, failing on
// any problem.
func loadOne(t *testing.T, name, content string) *Document {
	t.Helper()
	r := load(t, []string{writeFile(t, t.TempDir(), name, content)}, Options{})
	if len(r.problems) > 0 || len(r.docs) != 1 {
		t.Fatalf("loading %s: %d docs, problems %v", name, len(r.docs), r.problems)
	}
	checkMapping(t, r.docs[0])
	return r.docs[0]
}

// blockTexts returns the text of each block.
func blockTexts(d *Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, d.Text[b.Start:b.End])
	}
	return out
}

// checkMapping asserts the offset invariants every document must meet:
// offsets cover Text plus its end, never decrease, stay inside Raw, and a
// byte whose successor maps to the next Raw byte (a verbatim copy) equals
// that Raw byte; white space may stand for other white space. Separators
// between blocks are made up and exempt. Blocks are
// in order, non-empty and inside Text.
func checkMapping(t testing.TB, d *Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Fatalf("%s: Text is not valid UTF-8", d.Path)
	}
	if d.rawOffsets == nil {
		if d.Text != string(d.Raw) {
			t.Fatalf("%s: nil offsets but Text != Raw", d.Path)
		}
	} else {
		checkOffsets(t, d)
	}
	prevEnd := 0
	for i, b := range d.Blocks {
		if b.Start < prevEnd || b.End <= b.Start || b.End > len(d.Text) {
			t.Fatalf("%s: block %d %+v out of order or bounds (text %d bytes)", d.Path, i, b, len(d.Text))
		}
		prevEnd = b.End
	}
}

func checkOffsets(t testing.TB, d *Document) {
	t.Helper()
	off := d.rawOffsets
	inBlock := make([]bool, len(d.Text))
	for _, b := range d.Blocks {
		for i := b.Start; i < b.End && i < len(inBlock); i++ {
			inBlock[i] = true
		}
	}
	if len(off) != len(d.Text)+1 {
		t.Fatalf("%s: %d offsets for %d text bytes", d.Path, len(off), len(d.Text))
	}
	for i, o := range off {
		if o < 0 || o > len(d.Raw) {
			t.Fatalf("%s: offset %d = %d outside Raw (%d bytes)", d.Path, i, o, len(d.Raw))
		}
		if i > 0 && o < off[i-1] {
			t.Fatalf("%s: offsets decrease at %d: %d then %d", d.Path, i, off[i-1], o)
		}
		if i == len(d.Text) || !inBlock[i] || off[i+1] != o+1 {
			continue
		}
		tb, rb := d.Text[i], d.Raw[o]
		if tb != rb && !(isSpaceByte(tb) && isSpaceByte(rb)) {
			t.Fatalf("%s: text byte %d %q claims raw byte %d %q", d.Path, i, tb, o, rb)
		}
	}
}

// words yields the start and end of each white-space separated word of s.
func words(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s + " " {
		space := strings.ContainsRune(" \t\n\r", r)
		switch {
		case space && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		case !space && start < 0:
			start = i
		}
	}
	return out
}

// positionOf computes line and column of a Raw offset independently of
// Document.Position.
func positionOf(raw []byte, off int) (int, int) {
	before := string(raw[:off])
	line := strings.Count(before, "\n") + 1
	lineStart := strings.LastIndex(before, "\n") + 1
	return line, utf8.RuneCountInString(before[lineStart:]) + 1
}
