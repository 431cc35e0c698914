package document

import (
	"bytes"
	"errors"
	stdhtml "html"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// HTML is split into tokens by golang.org/x/net/html's tokenizer, which
// follows the HTML5 rules for what hand-written scanning gets wrong:
// comments, raw-text elements (script, style), character references,
// quoted attributes holding ">". The converter keeps the text of
// paragraphs, headings and list items, each byte with its offset in the
// file, and reads the page's title and publication time.

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
	// skipping is the element whose content is being skipped, and
	// skipDepth how many of it are open.
	skipping  string
	skipDepth int
	// title holds the <title> element's text once read; inTitle is set
	// while reading it. titleAsBlock is set when the page has no <h1>: its
	// <title> then becomes the headline block.
	title, inTitle, titleAsBlock bool
	titleText                    strings.Builder
	// published is the publication time as the page writes it, and
	// publishedAt the offset of the tag that gave it (for errors);
	// sawParagraph stops a <time> in the body text from counting as one.
	published    string
	publishedAt  int
	fromMeta     bool
	sawParagraph bool
}

func htmlDocument(path string, raw []byte) (*Document, error) {
	c := &htmlConverter{raw: raw, b: newTextBuilder(raw)}
	c.titleAsBlock = indexFold(raw, []byte("<h1")) < 0
	c.convert()
	text, offsets, blocks := c.b.finish()
	d := New(path, raw, text, offsets, blocks)
	d.Title = collapseSpace(c.titleText.String())
	if len(d.Blocks) > 0 && d.Blocks[0].Heading {
		d.Blocks[0].Title = true
		if d.Title == "" {
			d.Title = text[d.Blocks[0].Start:d.Blocks[0].End]
		}
	}
	if c.published != "" {
		t, err := ParsePublished(c.published)
		if err != nil {
			return nil, &lineError{line: lineNumber(raw, c.publishedAt), err: err}
		}
		d.Published, d.PublishedRaw = t, c.published
	}
	return d, nil
}

func (c *htmlConverter) convert() {
	c.b.startBlock(false, false)
	z := html.NewTokenizer(bytes.NewReader(c.raw))
	z.SetMaxBuf(0)
	pos := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if !errors.Is(z.Err(), io.EOF) {
				c.textRange(pos, len(c.raw)) // cannot happen with a byte reader; keep the text
			}
			return
		}
		start := pos
		pos += len(z.Raw())
		c.token(z, tt, start, pos)
	}
}

// token handles one token, which spans raw[start:end].
func (c *htmlConverter) token(z *html.Tokenizer, tt html.TokenType, start, end int) {
	switch tt {
	case html.TextToken:
		switch {
		case c.skipDepth > 0:
		case c.inTitle:
			c.titleText.WriteString(stdhtml.UnescapeString(string(c.raw[start:end])))
			if c.titleAsBlock {
				c.textRange(start, end)
			}
		default:
			c.textRange(start, end)
		}
	case html.StartTagToken, html.SelfClosingTagToken:
		name, attrs := tagAndAttributes(z)
		c.openTag(name, attrs, tt == html.SelfClosingTagToken, start, end)
	case html.EndTagToken:
		name, _ := z.TagName()
		c.closeTag(string(name), start, end)
	}
}

// tagAndAttributes reads the current tag's name and attributes.
func tagAndAttributes(z *html.Tokenizer) (string, map[string]string) {
	name, more := z.TagName()
	attrs := map[string]string{}
	for more {
		var key, val []byte
		key, val, more = z.TagAttr()
		attrs[string(key)] = string(val)
	}
	return string(name), attrs
}

func (c *htmlConverter) openTag(name string, attrs map[string]string, selfClosing bool, start, end int) {
	if c.skipDepth > 0 {
		if name == c.skipping && !selfClosing {
			c.skipDepth++
		}
		return
	}
	c.notePublished(name, attrs, start)
	switch {
	case htmlSkipTags[name] && !selfClosing:
		c.skipping, c.skipDepth = name, 1
	case name == "title" && !c.title:
		c.title, c.inTitle = true, true
		if c.titleAsBlock {
			c.b.startBlock(true, true)
		}
	case htmlBlockTags[name]:
		heading := len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'
		c.sawParagraph = c.sawParagraph || name == "p"
		c.b.startBlock(heading, false)
	case name == "br" || name == "img" || name == "td":
		c.b.space(start, end)
	}
}

func (c *htmlConverter) closeTag(name string, start, end int) {
	switch {
	case c.skipDepth > 0:
		if name == c.skipping {
			c.skipDepth--
		}
	case name == "title" && c.inTitle:
		c.inTitle = false
		if c.titleAsBlock {
			c.b.startBlock(false, false)
		}
	case htmlBlockTags[name]:
		c.b.startBlock(false, false)
	case name == "br":
		c.b.space(start, end)
	}
}

// notePublished takes the publication time from the page's metadata:
// <meta property="article:published_time"> (Open Graph), a meta or other
// element with itemprop="datePublished" (schema.org), or else the first
// <time datetime> before the first paragraph (a byline's date; a <time>
// in the text is the date of what the text reports).
func (c *htmlConverter) notePublished(name string, attrs map[string]string, at int) {
	if c.fromMeta {
		return
	}
	var value string
	switch {
	case name == "meta" && (attrs["property"] == "article:published_time" || attrs["name"] == "article:published_time"):
		value = attrs["content"]
	case attrs["itemprop"] == "datePublished":
		value = attrs["content"]
		if value == "" {
			value = attrs["datetime"]
		}
	case name == "time" && c.published == "" && !c.sawParagraph:
		if v := attrs["datetime"]; v != "" {
			c.published, c.publishedAt = strings.TrimSpace(v), at
		}
		return
	}
	if value = strings.TrimSpace(value); value != "" {
		c.published, c.publishedAt, c.fromMeta = value, at, true
	}
}

func (c *htmlConverter) entity(i, stop int) int {
	end := entityEnd(c.raw, i, stop)
	if end == 0 {
		c.b.copyRaw(i, i+1)
		return i + 1
	}
	decoded := stdhtml.UnescapeString(string(c.raw[i:end]))
	if decoded == "\u00a0" {
		c.b.space(i, end)
	} else {
		c.b.appendAt(decoded, i, end)
	}
	return end
}

// textRange writes raw[start:end], which holds no tags, as text.
func (c *htmlConverter) textRange(start, end int) {
	for i := start; i < end; {
		switch ch := c.raw[i]; {
		case ch == '&':
			i = c.entity(i, end)
		case isSpaceByte(ch):
			j := i + 1
			for j < end && isSpaceByte(c.raw[j]) {
				j++
			}
			c.b.space(i, j)
			i = j
		default:
			j := i + 1
			for j < end && c.raw[j] != '&' && !isSpaceByte(c.raw[j]) {
				j++
			}
			c.b.copyRaw(i, j)
			i = j
		}
	}
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
