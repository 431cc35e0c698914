package document

import (
	"strings"
	"testing"
)

// TestWordOffsets checks, for every word of Text that appears verbatim in
// the file, that SpanOf points at exactly those bytes and at the line and
// column an editor shows.
func TestWordOffsets(t *testing.T) {
	markdown := "\ufeff---\r\ntitle: Café owners “welcome” the plan\r\nsource: Harbour News\r\n---\r\n" +
		"# A *quiet* victory for the élan of [Old Town](https://example.org/x)\r\n\r\n" +
		"The council’s **vote** passed 7–2 on\r\nThursday, said `clerk` Zoë Ng.\r\n\r\n" +
		"1. First, the naïve plan\r\n2. Then the “revised” plan\r\n\r\n" +
		"> Quoted *résumé* text\r\n> continues here.\r\n"
	html := "<html><body><h1>Crème brûlée wins</h1>\n<p>Judges <i>loved</i> the “crust”.</p></body></html>"
	plain := "\ufeffÉcole Reopens\r\n\r\nPupils returned on Monday, “happy” and loud.\r\n"
	cases := map[string]string{"a.md": markdown, "b.html": html, "c.txt": plain}
	for name, content := range cases {
		t.Run(name, func(t *testing.T) {
			d := loadOne(t, name, content)
			checked := 0
			for _, w := range words(d.Text) {
				word := d.Text[w[0]:w[1]]
				span := d.SpanOf(w[0], w[1])
				if span.Text != word {
					t.Errorf("word %q: span has %q", word, span.Text)
					continue
				}
				line, col := positionOf(d.Raw, span.Start)
				if span.Line != line || span.Column != col {
					t.Errorf("word %q at %d:%d, want %d:%d", word, span.Line, span.Column, line, col)
				}
				checked++
			}
			if checked < 5 {
				t.Errorf("only %d words checked in %q", checked, d.Text)
			}
		})
	}
}

// TestKnownPositions pins a few positions by hand, so a shared mistake in
// the test helpers and the code cannot hide.
func TestKnownPositions(t *testing.T) {
	d := loadOne(t, "a.md", "---\ntitle: T\n---\n\nSome *bold* “é” text.\n")
	for word, want := range map[string][2]int{"bold": {5, 7}, "“é”": {5, 13}, "text.": {5, 17}} {
		i := strings.Index(d.Text, word)
		span := d.SpanOf(i, i+len(word))
		if span.Text != word || span.Line != want[0] || span.Column != want[1] {
			t.Errorf("%q: %+v, want line %d column %d", word, span, want[0], want[1])
		}
	}
}
