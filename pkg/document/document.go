// Package document owns the first stage of the pipeline: reading articles
// from files, folders, JSONL streams and standard input, and turning each one
// into plain prose text that later stages analyse. Every byte of that text
// remembers where it came from in the original file, so findings can point
// at the exact line and column an editor sees.
package document

import (
	"sort"
	"time"
	"unicode/utf8"
)

// Document is one article, ready for analysis.
type Document struct {
	// ID is the JSONL line's "id" for stream input, else the path.
	ID string
	// Path is the path as given on the command line or found under a folder
	// ("-" for standard input).
	Path string
	// Line is the 1-based line of a JSONL stream this document came from (0 otherwise).
	Line   int
	Title  string
	Source string
	// Published is the publication time; nil when the article carries none.
	Published *time.Time
	// PublishedRaw is the publication time as written, for reports.
	PublishedRaw string

	// Raw holds the bytes that Start/End offsets in reports refer to: the
	// whole file, or for JSONL input the text field's UTF-8 bytes.
	Raw []byte
	// Text is the prose text: Markup removed, one block per paragraph or
	// heading, blocks separated by a blank line.
	Text string
	// Blocks are the paragraphs and headings of Text, in order.
	Blocks []Block

	// rawOffsets[i] is the offset in Raw of Text[i]; it has len(Text)+1
	// entries so that an exclusive end maps too. Nil means Text == Raw.
	rawOffsets []int
	// lineStarts are the offsets in Raw where each line begins.
	lineStarts []int
	// streamCols, for a document of a JSONL stream, maps offsets in Raw to
	// columns of the stream's line (see streamColumns).
	streamCols []int32
	// continuations[k] counts the UTF-8 continuation bytes in
	// Raw[:k*positionBlock]. A column is the number of code points from the
	// line's start, which is its bytes less their continuation bytes: with
	// these counts it takes at most two blocks to find, however long the
	// line (counting runes from the line's start for every span would make
	// a long line of non-ASCII text quadratic).
	continuations []int
}

// positionBlock is the stride of Document.continuations.
const positionBlock = 512

// Block is a paragraph, heading or list item of the prose text.
type Block struct {
	Start, End int // byte offsets in Text
	Heading    bool
	// Title marks the article's own headline (front-matter title or a
	// leading heading / first line of a plain-text file).
	Title bool
}

// New builds a Document whose Text is derived from Raw through offsets.
// offsets must have len(text)+1 entries, or be nil when text equals raw.
func New(path string, raw []byte, text string, offsets []int, blocks []Block) *Document {
	d := &Document{ID: path, Path: path, Raw: raw, Text: text, rawOffsets: offsets, Blocks: blocks}
	d.lineStarts = append(d.lineStarts, 0)
	d.continuations = make([]int, 1, len(raw)/positionBlock+1)
	count := 0
	for i, b := range raw {
		if isContinuation(b) {
			count++
		}
		if (i+1)%positionBlock == 0 {
			d.continuations = append(d.continuations, count)
		}
		// A carriage return alone ends a line too (old Mac files), so such
		// a file's findings are not all on line 1.
		if b == '\n' || b == '\r' && (i+1 == len(raw) || raw[i+1] != '\n') {
			d.lineStarts = append(d.lineStarts, i+1)
		}
	}
	return d
}

func isContinuation(b byte) bool { return b&0xC0 == 0x80 }

// continuationsBefore counts the UTF-8 continuation bytes in Raw[:off].
func (d *Document) continuationsBefore(off int) int {
	block := off / positionBlock
	n := d.continuations[block]
	for _, b := range d.Raw[block*positionBlock : off] {
		if isContinuation(b) {
			n++
		}
	}
	return n
}

// RawOffset maps a byte offset in Text to a byte offset in Raw.
func (d *Document) RawOffset(textOffset int) int {
	if textOffset < 0 {
		return 0
	}
	if d.rawOffsets == nil {
		return min(textOffset, len(d.Raw))
	}
	if len(d.rawOffsets) == 0 {
		return 0
	}
	if textOffset >= len(d.rawOffsets) {
		return d.rawOffsets[len(d.rawOffsets)-1]
	}
	return d.rawOffsets[textOffset]
}

// PublishedDate returns the publication day as 2006-01-02, or "" when the
// article carries no date.
func (d *Document) PublishedDate() string {
	if d.Published == nil {
		return ""
	}
	return d.Published.Format("2006-01-02")
}

// Position gives the 1-based line and column (in Unicode code points) of a
// byte offset in Raw.
func (d *Document) Position(rawOffset int) (line, column int) {
	rawOffset = max(0, min(rawOffset, len(d.Raw)))
	if len(d.lineStarts) == 0 {
		return 1, utf8.RuneCount(d.Raw[:rawOffset]) + 1
	}
	i := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > rawOffset }) - 1
	if i < 0 {
		i = 0
	}
	start := d.lineStarts[i]
	if len(d.continuations) == 0 { // a Document not made by New
		return i + 1, utf8.RuneCount(d.Raw[start:rawOffset]) + 1
	}
	return i + 1, rawOffset - start - (d.continuationsBefore(rawOffset) - d.continuationsBefore(start)) + 1
}

// Span is a located piece of a document, as reports show it.
type Span struct {
	Path string `json:"path"`
	// ID is the document's id when it came from a JSONL stream, where one
	// path holds many documents; empty otherwise.
	ID     string `json:"id,omitempty"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	// Context is the sentence the span stands in, for reports; nil when
	// the span is not within the prose text.
	Context *Context `json:"context,omitempty"`
}

// SpanOf locates Text[start:end] in the original file.
func (d *Document) SpanOf(start, end int) Span {
	rs, re := d.RawOffset(start), d.RawOffset(end)
	if end > start && end <= len(d.Text) {
		re = d.rawEndAfter(end)
	}
	rs = max(0, min(rs, len(d.Raw)))
	re = max(rs, min(re, len(d.Raw)))
	// A non-empty piece of text made up (a separator) still points at one
	// byte, so a report never shows an empty excerpt when it can avoid it.
	if end > start && re == rs && rs < len(d.Raw) {
		_, size := utf8.DecodeRune(d.Raw[rs:])
		re = rs + size
	}
	span := Span{Path: d.Path, Start: rs, End: re, Text: string(d.Raw[rs:re]), Context: d.contextOf(start, end)}
	span.Line, span.Column = d.Position(rs)
	if d.Line > 0 {
		span.ID = d.ID
	}
	if d.streamCols != nil {
		span.Line, span.Column = d.Line, int(d.streamCols[rs])
	}
	return span
}

// rawEndAfter is the Raw offset just past the text that ends at Text
// offset end. When the last character was copied verbatim the span stops
// right after it, so markup that follows (a closing "*" or "</b>") is not
// included; a decoded character (an entity) keeps its whole source.
func (d *Document) rawEndAfter(end int) int {
	next := d.RawOffset(end)
	_, size := utf8.DecodeLastRuneInString(d.Text[:end])
	first := d.RawOffset(end - size)
	if first+size <= len(d.Raw) && first+size <= next && string(d.Raw[first:first+size]) == d.Text[end-size:end] &&
		d.RawOffset(end-1) == first+size-1 {
		return first + size
	}
	return next
}

// BlockAt returns the index of the block containing Text offset off, or -1.
func (d *Document) BlockAt(off int) int {
	i := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].End > off })
	if i < len(d.Blocks) && d.Blocks[i].Start <= off {
		return i
	}
	return -1
}
