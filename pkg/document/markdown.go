package document

import (
	"bytes"
	"html"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

var markdownParser = parser.NewParser(
	parser.WithBlockParsers(parser.DefaultBlockParsers()...),
	parser.WithInlineParsers(parser.DefaultInlineParsers()...),
	parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
)

// markdownDocument parses a Markdown article: its front matter, then its body
// turned into prose blocks. It may return both an article and an error: a
// header read although it breaks YAML's rules, for a warning.
func markdownDocument(path string, raw []byte) (*Document, error) {
	start := 0
	if bytes.HasPrefix(raw, utf8BOM) {
		start = len(utf8BOM)
	}
	fm, err := parseFrontMatter(raw, start)
	if err != nil {
		return nil, err
	}
	b := newTextBuilder(raw)
	if fm.title != "" {
		b.startBlock(true, true)
		if fm.titleVerbatim {
			b.copyRaw(fm.titleStart, fm.titleEnd)
		} else {
			b.appendAt(fm.title, fm.titleStart, fm.titleEnd)
		}
	}
	b.rawEnd = max(b.rawEnd, fm.bodyStart)
	convertMarkdown(b, raw, fm.bodyStart)
	text, offsets, blocks := b.finish()
	d := New(path, raw, text, offsets, blocks)
	d.Title, d.Source = fm.title, fm.source
	d.Published, d.PublishedRaw = fm.publishedAt, fm.published
	if fm.title == "" && len(blocks) > 0 && blocks[0].Heading {
		d.Blocks[0].Title = true
		d.Title = text[blocks[0].Start:blocks[0].End]
	}
	return d, fm.leniency // a header read leniently: the article, and a warning
}

// convertMarkdown appends the prose of the Markdown in raw[bodyStart:] to b.
func convertMarkdown(b *textBuilder, raw []byte, bodyStart int) {
	body := raw[bodyStart:]
	root := markdownParser.Parse(text.NewReader(limitNesting(body)))
	c := &mdConverter{b: b, raw: raw, base: bodyStart}
	walk(root, c.enterBlock)
}

// mdConverter writes goldmark nodes, whose segments index the body, into the
// builder with offsets into the whole file.
type mdConverter struct {
	b    *textBuilder
	raw  []byte
	base int
}

// enterBlock handles a block node and reports whether to descend into it.
func (c *mdConverter) enterBlock(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Document, *ast.Blockquote, *ast.List, *ast.ListItem:
		return true
	case *ast.Heading:
		c.textBlock(n, true)
	case *ast.Paragraph, *ast.TextBlock:
		c.textBlock(n, false)
	}
	// Code, HTML blocks and thematic breaks are not prose.
	return false
}

func (c *mdConverter) textBlock(n ast.Node, heading bool) {
	c.b.startBlock(heading, false)
	for child := n.FirstChild(); child != nil; child = child.NextSibling() {
		walk(child, c.enterInline)
	}
	c.b.endBlock()
}

// enterInline writes an inline node and reports whether to descend into it.
func (c *mdConverter) enterInline(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Text:
		c.text(n)
	case *ast.String:
		c.b.appendAt(string(n.Value), c.b.rawEnd, c.b.rawEnd)
	case *ast.AutoLink:
		c.autoLink(n)
	case *ast.Image, *ast.RawHTML:
		// An image's alt text and inline HTML are not part of the prose.
	default:
		return true // emphasis, links and code spans keep their text
	}
	return false
}

func (c *mdConverter) text(n *ast.Text) {
	start, stop := c.base+n.Segment.Start, c.base+n.Segment.Stop
	if n.IsRaw() {
		c.b.copyRaw(start, stop)
	} else {
		c.unescape(start, stop)
	}
	if n.SoftLineBreak() || n.HardLineBreak() {
		next := c.lineBreakEnd(stop)
		if end, _ := lineAt(c.raw, next); opensTimelineEntry(c.raw[next:end]) {
			// "12 March: the gates open" then "19 March: crews reach the
			// mine" on the next line: two entries, not one paragraph.
			c.b.startBlock(false, false)
			c.b.rawEnd = max(c.b.rawEnd, next)
			return
		}
		c.b.space(stop, next)
	}
}

// lineBreakEnd is the offset past the line end at or after off.
func (c *mdConverter) lineBreakEnd(off int) int {
	if i := bytes.IndexByte(c.raw[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(c.raw)
}

// unescape copies raw[start:stop], dropping backslashes before punctuation
// and decoding character references such as &amp; and &#233;.
func (c *mdConverter) unescape(start, stop int) {
	from := start
	for i := start; i < stop; i++ {
		switch c.raw[i] {
		case '\\':
			if i+1 < stop && isASCIIPunct(c.raw[i+1]) {
				c.b.copyRaw(from, i)
				from = i + 1
				i++
			}
		case '&':
			if end := entityEnd(c.raw, i, stop); end > 0 {
				c.b.copyRaw(from, i)
				c.b.appendAt(html.UnescapeString(string(c.raw[i:end])), i, end)
				from = end
				i = end - 1
			}
		}
	}
	c.b.copyRaw(from, stop)
}

func (c *mdConverter) autoLink(n *ast.AutoLink) {
	label := n.Label(c.raw[c.base:])
	// Label is a slice of the source, so its capacity tells where it starts.
	start := c.base + cap(c.raw[c.base:]) - cap(label)
	if start >= c.base && start+len(label) <= len(c.raw) && bytes.Equal(c.raw[start:start+len(label)], label) {
		c.b.copyRaw(start, start+len(label))
		return
	}
	c.b.appendAt(string(label), c.b.rawEnd, c.b.rawEnd)
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// entityEnd returns the offset past a character reference starting at
// raw[i] == '&' that ends before stop, or 0 when there is none.
func entityEnd(raw []byte, i, stop int) int {
	const maxEntity = 32
	for j := i + 1; j < stop && j-i <= maxEntity; j++ {
		c := raw[j]
		switch {
		case c == ';':
			if j == i+1 {
				return 0
			}
			if decoded := html.UnescapeString(string(raw[i : j+1])); decoded != string(raw[i:j+1]) {
				return j + 1
			}
			return 0
		case c == '#' && j == i+1, c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		default:
			return 0
		}
	}
	return 0
}

// walk visits n and its descendants in document order without recursion,
// so deeply nested input cannot exhaust the stack. enter reports whether to
// descend into a node's children.
func walk(n ast.Node, enter func(ast.Node) bool) {
	root := n
	for n != nil {
		if enter(n) && n.FirstChild() != nil {
			n = n.FirstChild()
			continue
		}
		for n != root && n.NextSibling() == nil {
			n = n.Parent()
		}
		if n == root {
			return
		}
		n = n.NextSibling()
	}
}
