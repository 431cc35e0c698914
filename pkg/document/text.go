package document

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textBuilder assembles the prose text of a document block by block while
// recording, for every byte it appends, where that byte came from in Raw.
type textBuilder struct {
	raw     []byte
	text    []byte
	offsets []int
	blocks  []Block
	// rawEnd is the Raw offset just past the last byte consumed; appends
	// never map before it, which keeps offsets non-decreasing.
	rawEnd int
	// blockStart is where the open block begins in text, separator
	// included; contentStart is where its own text begins.
	blockStart, contentStart int
	needSeparator            bool
	inBlock                  bool
	heading, title           bool
	// madeUpEnds maps the index of the last byte of each decoded (not
	// verbatim) piece of text to the Raw offset just past its source, so
	// the end of text after it is not mistaken for a verbatim copy.
	madeUpEnds map[int]int
}

func newTextBuilder(raw []byte) *textBuilder {
	// Text is rarely longer than Raw, so one allocation usually suffices.
	return &textBuilder{raw: raw, text: make([]byte, 0, len(raw)), offsets: make([]int, 0, len(raw)+1)}
}

// startBlock opens a new block. It is separated from the previous one by a
// blank line, written only once the block gets text.
func (b *textBuilder) startBlock(heading, title bool) {
	b.endBlock()
	b.inBlock, b.heading, b.title = true, heading, title
	b.blockStart, b.contentStart = len(b.text), len(b.text)
	b.needSeparator = len(b.blocks) > 0
}

// endBlock closes the open block, trimming its surrounding white space; a
// block left with no text is dropped along with its separator.
func (b *textBuilder) endBlock() {
	if !b.inBlock {
		return
	}
	b.inBlock = false
	b.trimTrailingSpace(b.contentStart)
	start := b.contentStart
	for start < len(b.text) && isSpaceByte(b.text[start]) {
		start++
	}
	if b.needSeparator || start == len(b.text) {
		b.truncate(b.blockStart)
		return
	}
	b.blocks = append(b.blocks, Block{Start: start, End: len(b.text), Heading: b.heading, Title: b.title})
}

// blockEmpty reports whether the open block has no text yet.
func (b *textBuilder) blockEmpty() bool {
	return b.needSeparator || len(b.text) == b.contentStart
}

func (b *textBuilder) trimTrailingSpace(floor int) {
	end := len(b.text)
	for end > floor && isSpaceByte(b.text[end-1]) {
		end--
	}
	b.truncate(end)
}

// truncate drops text from n on. rawEnd stays: Raw was consumed up to there.
func (b *textBuilder) truncate(n int) {
	b.text = b.text[:n]
	b.offsets = b.offsets[:n]
	// Only a made-up piece at the very end can be cut; older entries stay
	// below n, so the map is checked at the cut, not scanned.
	for i := n; i < n+utf8.UTFMax*4 && len(b.madeUpEnds) > 0; i++ {
		delete(b.madeUpEnds, i)
	}
}

// separate writes the blank line between the previous block and the open
// one; it maps to the end of the previous block.
func (b *textBuilder) separate() {
	if !b.needSeparator {
		return
	}
	b.needSeparator = false
	at := b.endOfText()
	b.text = append(b.text, '\n', '\n')
	b.offsets = append(b.offsets, at, at)
	b.contentStart = len(b.text)
}

// endOfText is the Raw offset just past the last byte of text kept so far.
func (b *textBuilder) endOfText() int {
	if len(b.text) == 0 {
		return b.rawEnd
	}
	if end, ok := b.madeUpEnds[len(b.text)-1]; ok {
		return min(end, b.rawEnd)
	}
	last := b.offsets[len(b.offsets)-1]
	return min(last+1, max(b.rawEnd, last), len(b.raw))
}

// copyRaw appends raw[start:end] unchanged, each byte mapped to itself.
func (b *textBuilder) copyRaw(start, end int) {
	if start >= end {
		return
	}
	if start < b.rawEnd {
		b.appendAt(string(b.raw[start:end]), b.rawEnd, end)
		return
	}
	b.separate()
	b.text = append(b.text, b.raw[start:end]...)
	for i := start; i < end; i++ {
		b.offsets = append(b.offsets, i)
	}
	b.rawEnd = end
}

// appendAt appends text that does not appear verbatim in Raw (a decoded
// entity, a space standing for a line break): every byte maps to at, and
// Raw is taken as consumed up to next.
func (b *textBuilder) appendAt(s string, at, next int) {
	if s == "" {
		return
	}
	b.separate()
	at = max(at, b.rawEnd)
	next = max(next, at)
	b.text = append(b.text, s...)
	for range len(s) {
		b.offsets = append(b.offsets, at)
	}
	b.rawEnd = next
	if !allSpaceBytes(s) { // what trimming keeps, "\u00a0" from "&nbsp;" included
		if b.madeUpEnds == nil {
			b.madeUpEnds = make(map[int]int)
		}
		b.madeUpEnds[len(b.text)-1] = next
	}
}

// space appends one space standing for the white space raw[start:end], unless
// the text already ends in one or the block is still empty.
func (b *textBuilder) space(start, end int) {
	if b.blockEmpty() || isSpaceByte(b.text[len(b.text)-1]) {
		b.rawEnd = max(b.rawEnd, end)
		return
	}
	if end-start == 1 && b.raw[start] == ' ' && start >= b.rawEnd {
		b.copyRaw(start, end)
		return
	}
	b.appendAt(" ", start, end)
}

// allSpaceBytes reports text that trimming would remove whole.
func allSpaceBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isSpaceByte(s[i]) {
			return false
		}
	}
	return true
}

// finish closes the last block and returns the text, its offsets and blocks.
func (b *textBuilder) finish() (string, []int, []Block) {
	b.endBlock()
	b.trimTrailingSpace(0)
	b.offsets = append(b.offsets, b.endOfText())
	return string(b.text), b.offsets, b.blocks
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// plainText turns a plain-text article into a Document body. Text is Raw
// itself unless Raw has a byte-order mark or carriage returns to drop.
func plainText(path string, raw []byte) *Document {
	text, offsets := raw, []int(nil)
	if bytes.HasPrefix(raw, utf8BOM) || bytes.IndexByte(raw, '\r') >= 0 {
		text, offsets = normalizeLineEnds(raw)
	}
	d := New(path, raw, string(text), offsets, plainBlocks(text))
	if len(d.Blocks) > 0 && d.Blocks[0].Title {
		d.Title = d.Text[d.Blocks[0].Start:d.Blocks[0].End]
	}
	return d
}

// normalizeLineEnds drops a leading byte-order mark and turns CRLF and lone
// CR line ends into LF, keeping the offset of every byte.
func normalizeLineEnds(raw []byte) ([]byte, []int) {
	start := 0
	if bytes.HasPrefix(raw, utf8BOM) {
		start = len(utf8BOM)
	}
	text := make([]byte, 0, len(raw)-start)
	offsets := make([]int, 0, len(raw)-start+1)
	for i := start; i < len(raw); i++ {
		c := raw[i]
		if c == '\r' {
			if i+1 < len(raw) && raw[i+1] == '\n' {
				continue
			}
			c = '\n'
		}
		text = append(text, c)
		offsets = append(offsets, i)
	}
	return text, append(offsets, len(raw))
}

// plainBlocks splits text on blank lines. A first block that is one short
// line without final punctuation, followed by more text, is the headline; a
// later one-line block that looks like a heading is a heading.
func plainBlocks(text []byte) []Block {
	var blocks []Block
	var lines []int // number of lines in each block
	for _, para := range paragraphs(text) {
		blocks = append(blocks, Block{Start: para.start, End: para.end})
		lines = append(lines, para.lines)
	}
	for i := range blocks {
		b := &blocks[i]
		if lines[i] != 1 || i == len(blocks)-1 || !looksLikeHeading(text[b.Start:b.End]) {
			continue
		}
		b.Heading = true
		b.Title = i == 0
	}
	return blocks
}

type paragraph struct{ start, end, lines int }

// paragraphs finds the runs of non-blank lines in text, trimmed of white
// space at both ends.
func paragraphs(text []byte) []paragraph {
	var out []paragraph
	var cur *paragraph
	for lineStart := 0; lineStart < len(text); {
		lineEnd := len(text)
		if i := bytes.IndexByte(text[lineStart:], '\n'); i >= 0 {
			lineEnd = lineStart + i
		}
		first, last := trimSpan(text, lineStart, lineEnd)
		if bullet := bulletLen(text[first:last]); bullet > 0 {
			// "- 19 March: crews reach the mine": each item of a list
			// is a block of its own, as in Markdown, without its marker.
			first, cur = first+bullet, nil
		} else if opensTimelineEntry(text[first:last]) {
			cur = nil // "19 March: crews reach the mine" under the entry before it
		}
		switch {
		case first == last:
			cur = nil
		case cur == nil:
			out = append(out, paragraph{start: first, end: last, lines: 1})
			cur = &out[len(out)-1]
		default:
			cur.end, cur.lines = last, cur.lines+1
		}
		lineStart = lineEnd + 1
	}
	return out
}

// bulletLen is the length of the list marker that opens line, with the
// spaces after it ("- ", "* ", "• "), or 0 when the line opens with none.
func bulletLen(line []byte) int {
	for _, marker := range []string{"- ", "* ", "• ", "– ", "— "} {
		if bytes.HasPrefix(line, []byte(marker)) {
			n := len(marker)
			for n < len(line) && line[n] == ' ' {
				n++
			}
			return n
		}
	}
	return 0
}

func trimSpan(text []byte, start, end int) (int, int) {
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return start, end
}

// Headlines are short, do not end like a sentence and start with a capital
// letter or a digit.
const maxHeadingBytes, maxHeadingWords = 150, 20

func looksLikeHeading(line []byte) bool {
	if len(line) > maxHeadingBytes || len(bytes.Fields(line)) > maxHeadingWords {
		return false
	}
	first, _ := utf8.DecodeRune(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !unicode.IsTitle(first) {
		return false
	}
	trimmed := strings.TrimRight(string(line), "\"'”’»)]")
	last, _ := utf8.DecodeLastRuneInString(trimmed)
	return !strings.ContainsRune(".!?,;:…", last)
}
