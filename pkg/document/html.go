package document

import (
	"bytes"
	"html"
	"strings"
)

// htmlBlockTags end a block of prose when they open or close.
var htmlBlockTags = map[string]bool{
	"p": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "section": true, "article": true, "header": true, "footer": true, "main": true,
	"aside": true, "nav": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true, "table": true,
	"tr": true, "td": true, "th": true, "figure": true, "figcaption": true, "pre": true, "hr": true,
	"body": true, "head": true, "html": true, "form": true, "address": true, "details": true, "summary": true,
}

// htmlSkipTags hold text that is not prose: it is skipped up to the closing tag.
var htmlSkipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "textarea": true, "svg": true, "math": true}

// htmlConverter strips markup from an HTML page, keeping the text of its
// paragraphs, headings and list items with their offsets in the file.
type htmlConverter struct {
	raw []byte
	b   *textBuilder
	// titleStart and titleEnd locate the <title> element's text.
	titleStart, titleEnd int
	// titleAsBlock is set when the page has no <h1>: its <title> then
	// becomes the headline block.
	titleAsBlock bool
	sawHeading   bool
}

func htmlDocument(path string, raw []byte) *Document {
	c := &htmlConverter{raw: raw, b: newTextBuilder(raw), titleStart: -1}
	c.titleAsBlock = indexFold(raw, []byte("<h1")) < 0
	c.convert()
	text, offsets, blocks := c.b.finish()
	d := New(path, raw, text, offsets, blocks)
	if c.titleStart >= 0 {
		d.Title = collapseSpace(html.UnescapeString(string(raw[c.titleStart:c.titleEnd])))
	}
	if len(d.Blocks) > 0 && d.Blocks[0].Heading {
		d.Blocks[0].Title = true
		if d.Title == "" {
			d.Title = text[d.Blocks[0].Start:d.Blocks[0].End]
		}
	}
	return d
}

func (c *htmlConverter) convert() {
	c.b.startBlock(false, false)
	for i := 0; i < len(c.raw); {
		switch ch := c.raw[i]; {
		case ch == '<':
			i = c.markup(i)
		case ch == '&':
			i = c.entity(i)
		case isSpaceByte(ch):
			end := i + 1
			for end < len(c.raw) && isSpaceByte(c.raw[end]) {
				end++
			}
			c.b.space(i, end)
			i = end
		default:
			end := i + 1
			for end < len(c.raw) && c.raw[end] != '<' && c.raw[end] != '&' && !isSpaceByte(c.raw[end]) {
				end++
			}
			c.b.copyRaw(i, end)
			i = end
		}
	}
}

func (c *htmlConverter) entity(i int) int {
	end := entityEnd(c.raw, i, len(c.raw))
	if end == 0 {
		c.b.copyRaw(i, i+1)
		return i + 1
	}
	decoded := html.UnescapeString(string(c.raw[i:end]))
	if decoded == "\u00a0" {
		c.b.space(i, end)
	} else {
		c.b.appendAt(decoded, i, end)
	}
	return end
}

// markup handles the construct starting with '<' at i and returns the offset
// after it. A '<' that starts no tag is text.
func (c *htmlConverter) markup(i int) int {
	rest := c.raw[i:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		return skipPast(c.raw, i+4, []byte("-->"))
	case bytes.HasPrefix(rest, []byte("<!")), bytes.HasPrefix(rest, []byte("<?")):
		return skipPast(c.raw, i+2, []byte(">"))
	}
	name, closing, nameEnd := tagName(c.raw, i)
	if name == "" {
		c.b.copyRaw(i, i+1)
		return i + 1
	}
	end := tagEnd(c.raw, nameEnd)
	switch {
	case closing:
		c.closeTag(name, i, end)
	case htmlSkipTags[name]:
		return skipPast(c.raw, closingTagStart(c.raw, end, name), []byte(">"))
	case name == "title":
		return c.title(end)
	default:
		c.openTag(name, i, end)
	}
	return end
}

func (c *htmlConverter) openTag(name string, start, end int) {
	switch {
	case htmlBlockTags[name]:
		heading := len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'
		c.b.startBlock(heading, false)
	case name == "br" || name == "img" || name == "td":
		c.b.space(start, end)
	}
}

func (c *htmlConverter) closeTag(name string, start, end int) {
	if htmlBlockTags[name] {
		c.b.startBlock(false, false)
	} else if name == "br" {
		c.b.space(start, end)
	}
}

// title records the <title> element whose text starts at start and, for a
// page without <h1>, makes it the headline block.
func (c *htmlConverter) title(start int) int {
	end := closingTagStart(c.raw, start, "title")
	if c.titleStart < 0 {
		c.titleStart, c.titleEnd = start, end
		if c.titleAsBlock {
			c.b.startBlock(true, true)
			c.textRange(start, end)
			c.b.startBlock(false, false)
		}
	}
	return skipPast(c.raw, end, []byte(">"))
}

// textRange writes raw[start:end], which holds no tags, as text.
func (c *htmlConverter) textRange(start, end int) {
	for i := start; i < end; {
		switch ch := c.raw[i]; {
		case ch == '&':
			i = c.entity(i)
		case isSpaceByte(ch):
			c.b.space(i, i+1)
			i++
		default:
			c.b.copyRaw(i, i+1)
			i++
		}
	}
}

// tagName reads the name of the tag at raw[i] == '<', lower-cased, and
// whether it is a closing tag. The name is empty when no tag starts there.
func tagName(raw []byte, i int) (name string, closing bool, end int) {
	j := i + 1
	if j < len(raw) && raw[j] == '/' {
		closing = true
		j++
	}
	start := j
	for j < len(raw) && (isASCIILetter(raw[j]) || (j > start && raw[j] >= '0' && raw[j] <= '9')) {
		j++
	}
	if j == start {
		return "", false, i + 1
	}
	return strings.ToLower(string(raw[start:j])), closing, j
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// tagEnd returns the offset past the '>' that closes a tag, skipping quoted
// attribute values.
func tagEnd(raw []byte, i int) int {
	var quote byte
	for ; i < len(raw); i++ {
		switch c := raw[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1
		}
	}
	return len(raw)
}

// closingTagStart finds "</name" at or after i, case-insensitively, and
// returns its offset, or len(raw) when the element is never closed.
func closingTagStart(raw []byte, i int, name string) int {
	if j := indexFold(raw[i:], []byte("</"+name)); j >= 0 {
		return i + j
	}
	return len(raw)
}

func skipPast(raw []byte, i int, marker []byte) int {
	i = min(i, len(raw))
	if j := bytes.Index(raw[i:], marker); j >= 0 {
		return i + j + len(marker)
	}
	return len(raw)
}

// indexFold is bytes.Index ignoring ASCII case; needle must be lower case.
func indexFold(s, needle []byte) int {
	for i := 0; i+len(needle) <= len(s); {
		j := bytes.IndexByte(s[i:], needle[0])
		if j < 0 {
			return -1
		}
		i += j
		if i+len(needle) <= len(s) && bytes.EqualFold(s[i:i+len(needle)], needle) {
			return i
		}
		i++
	}
	return -1
}

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
