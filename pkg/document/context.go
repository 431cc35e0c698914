package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Context is the sentence a span stands in, as prose text (markup
// removed), so that a report can show a claim with the words around it.
type Context struct {
	Text string `json:"text"`
	// Start and End are the span's bytes within Text.
	Start int `json:"start"`
	End   int `json:"end"`
}

// maxContext is how many bytes of a sentence a context keeps on each side
// of its span: enough for the clause an editor needs, without carrying a
// run-on paragraph through every report.
const maxContext = 240

// contextOf returns the sentence around Text[start:end], found within its
// block by sentence-ending punctuation followed by a space. It is meant
// for display: an abbreviation ("Gen. Vas") may end a context early.
func (d *Document) contextOf(start, end int) *Context {
	b := d.BlockAt(start)
	if b < 0 || end > len(d.Text) || end < start {
		return nil
	}
	block := d.Blocks[b]
	// Only maxContext bytes either side are searched, so that a long
	// block without punctuation costs each span a bounded scan.
	lo := max(block.Start, start-maxContext)
	hi := min(block.End, len(d.Text), end+maxContext)
	from := sentenceStart(d.Text[lo:start]) + lo
	to := sentenceEnd(d.Text[end:max(end, hi)]) + end
	for from > 0 && from < start && !utf8.RuneStart(d.Text[from]) {
		from++
	}
	for to < len(d.Text) && to > end && !utf8.RuneStart(d.Text[to]) {
		to--
	}
	return &Context{Text: d.Text[from:to], Start: start - from, End: end - from}
}

// sentenceStart is where the last sentence of before begins.
func sentenceStart(before string) int {
	for i := len(before) - 1; i > 0; i-- {
		if isSpaceByte(before[i]) && endsSentence(before[:i]) {
			return i + 1
		}
	}
	return 0
}

// sentenceEnd is where the sentence running into after ends.
func sentenceEnd(after string) int {
	for i := 0; i < len(after); i++ {
		if isSpaceByte(after[i]) && endsSentence(after[:i]) {
			return i
		}
	}
	return len(strings.TrimRightFunc(after, unicode.IsSpace))
}

// endsSentence reports whether s ends with a full stop, question or
// exclamation mark, perhaps followed by closing quotation marks.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}
