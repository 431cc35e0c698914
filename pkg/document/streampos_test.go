package document

import (
	"strings"
	"testing"
)

// TestStreamPositions: a claim in a JSONL document is reported at the
// stream's line and at the column of that line where its words are
// written, after escapes, non-ASCII characters and other members.
func TestStreamPositions(t *testing.T) {
	stream := `{"id": "first", "text": "Ten boats sank."}` + "\n" +
		"\n" +
		`{"title": "Caf\u00e9 \"news\"", "text": "Line one.\nThe caf\u00e9 burned for 3 hours.", "id": 7}` + "\n" +
		`{"id": "emoji", "text": "Fans 🎉 waved \ud83c\udf89 flags for two days."}` + "\n" +
		`{"TEXT": "ignored", "text": "Only  this\ttext counts."}` + "\n"
	lines := strings.Split(stream, "\n")
	r := load(t, []string{writeFile(t, t.TempDir(), "s.jsonl", stream)}, Options{})
	if len(r.problems) > 0 || len(r.docs) != 4 {
		t.Fatalf("%d documents, problems %v", len(r.docs), r.problems)
	}
	tests := []struct {
		doc    int
		word   string
		id     string
		line   int
		inLine string // what the raw line holds at the reported column
	}{
		{0, "boats", "first", 1, "boats sank."},
		{1, "Line", "7", 3, "Line one."},
		{1, "café", "7", 3, `caf\u00e9 burned`},
		{1, "3 hours", "7", 3, "3 hours."},
		{2, "waved", "emoji", 4, "waved"},
		{2, "flags", "emoji", 4, "flags for two days"},
		{3, "text counts", r.docs[3].Path + ":5", 5, "text counts"},
	}
	for _, tt := range tests {
		d := r.docs[tt.doc]
		i := strings.Index(d.Text, tt.word)
		if i < 0 {
			t.Fatalf("%q not in %q", tt.word, d.Text)
		}
		span := d.SpanOf(i, i+len(tt.word))
		if span.ID != tt.id || span.Line != tt.line || span.Text != tt.word {
			t.Errorf("%q: id %q line %d text %q; want id %q line %d", tt.word, span.ID, span.Line, span.Text, tt.id, tt.line)
			continue
		}
		raw := []rune(lines[tt.line-1])
		if span.Column < 1 || span.Column > len(raw) || !strings.HasPrefix(string(raw[span.Column-1:]), tt.inLine) {
			t.Errorf("%q: column %d of line %d does not start with %q", tt.word, span.Column, tt.line, tt.inLine)
		}
	}
}

// TestFilePositionsHaveNoID: a document that is a whole file has no id
// of its own in its spans.
func TestFilePositionsHaveNoID(t *testing.T) {
	d := loadOne(t, "a.txt", "Ten boats sank.\n")
	if span := d.SpanOf(4, 9); span.ID != "" || span.Line != 1 || span.Column != 5 {
		t.Errorf("span %+v, want no id at 1:5", span)
	}
}

// TestContext: a span's context is its sentence within the paragraph,
// with the span's place in it; markup is left out.
func TestContext(t *testing.T) {
	d := loadOne(t, "a.md", "# Flood\n\nRain fell all week. The river rose *two metres* on Monday, the mayor said! Schools shut.\n\nThen she said \"six hours.\" Later.\n")
	tests := []struct{ word, sentence string }{
		{"two metres", "The river rose two metres on Monday, the mayor said!"},
		{"Rain", "Rain fell all week."},
		{"Schools", "Schools shut."},
		{"six hours", `Then she said "six hours."`},
		{"Flood", "Flood"},
	}
	for _, tt := range tests {
		i := strings.Index(d.Text, tt.word)
		c := d.SpanOf(i, i+len(tt.word)).Context
		if c == nil || c.Text != tt.sentence || c.Text[c.Start:c.End] != tt.word {
			t.Errorf("%q: context %+v, want %q", tt.word, c, tt.sentence)
		}
	}
}
