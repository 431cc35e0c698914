package claim

import (
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/mention"
	"github.com/crosscheck/crosscheck/pkg/nlp"
)

// Article is one document as the claim builders see it: its text split
// into paragraphs and sentences, with the mentions found in it.
type Article struct {
	Doc       *document.Document
	Mentions  []mention.Mention
	Sentences []Sentence

	// Notes explain each mention's claim, when Options.Explain is set.
	Notes   []Note
	explain bool

	// dateline caches the month and day of the dateline of an article
	// without a publication date ("--01-29"); datelineRead marks it read.
	dateline     string
	datelineRead bool
	// entryTimes caches, per block, the time of the live-blog entry the
	// block belongs to ("" outside entries); nil until read.
	entryTimes []string
}

// Sentence is one sentence of the article's text.
type Sentence struct {
	nlp.Sentence
	Index     int
	Paragraph int // index into Doc.Blocks
	Headline  bool
	// Mentions indexes Article.Mentions that fall in this sentence.
	Mentions []int
}

// NewArticle splits doc into sentences and attaches mentions to them.
func NewArticle(doc *document.Document, mentions []mention.Mention) *Article {
	a := &Article{Doc: doc, Mentions: mentions}
	for bi, b := range doc.Blocks {
		for _, s := range nlp.Sentences(doc.Text, b.Start, b.End) {
			a.Sentences = append(a.Sentences, Sentence{Sentence: s, Index: len(a.Sentences), Paragraph: bi, Headline: b.Title})
		}
	}
	si := 0
	for mi, m := range mentions {
		for si < len(a.Sentences) && a.Sentences[si].End <= m.Start {
			si++
		}
		if si < len(a.Sentences) && a.Sentences[si].Start <= m.Start {
			a.Sentences[si].Mentions = append(a.Sentences[si].Mentions, mi)
		}
	}
	return a
}

// Text returns the words of a sentence.
func (a *Article) Text(s Sentence) string { return a.Doc.Text[s.Start:s.End] }

// Options carry the house lists that extend the built-in lexicons.
type Options struct {
	// Aliases are spellings of one person's name, one list per person.
	Aliases [][]string
	// Offices are names of one office, one list per office.
	Offices [][]string
	// Explain keeps a note per mention of what it gave and why.
	Explain bool
	// Entities asks prose's entity recogniser to confirm people told only
	// by the shape of their names. Loading its model costs a few tenths of
	// a second per process, more than a whole check of a few articles.
	Entities bool
}

// Build returns every claim the article makes, in text order.
func Build(a *Article, opts Options) []Claim {
	a.explain = opts.Explain
	var out []Claim
	out = append(out, quantityClaims(a, opts)...)
	// Reading who is named is the costly part of both officials and
	// quotes, so it is done once for the two.
	people := readPeople(a, opts)
	out = append(out, officialClaims(a, people)...)
	out = append(out, quoteClaims(a, people)...)
	sortClaims(out)
	return out
}
