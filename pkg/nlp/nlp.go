// Package nlp is the one place that talks to the prose library. It gives
// the rest of crosscheck sentences, tokens, part-of-speech tags and named
// entities with byte offsets into the analysed text; prose itself gives
// none, and rewrites curly quotes before tokenising, so its tokens are
// mapped back to the text here.
//
// prose's models are built once per process and shared: its tagger and
// entity extracter only read them, so concurrent use is safe. Tags alone
// come from a model that holds only the tagger, which builds in about half
// the time of the full one; the full model is built only when entities are
// first asked for. A run that will tag calls Preload first, so that
// building the tagger overlaps the work that comes before the first tag.
package nlp

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// Token is a word or punctuation mark with its place in the text.
type Token struct {
	Start, End int
	Text       string
	// Tag is the Penn Treebank part-of-speech tag ("NNP", "CD", ...).
	Tag string
}

// Entity is a named entity prose recognised: treat its label as one signal
// among others, it is often wrong.
type Entity struct {
	Start, End int
	Text       string
	Label      string // "PERSON", "GPE", ...
}

// lazyModel is a prose model built on first use, once.
type lazyModel struct {
	once  sync.Once
	build func() *prose.Model
	model *prose.Model
}

func (l *lazyModel) get() *prose.Model {
	l.once.Do(func() { l.model = l.build() })
	return l.model
}

var (
	// taggerModel holds prose's tagger alone. prose offers no constructor
	// for it, but a document analysed without entities and without a model
	// of its own is given exactly this one.
	taggerModel = &lazyModel{build: func() *prose.Model {
		doc, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil || doc.Model == nil {
			return prose.ModelFromData("crosscheck")
		}
		return doc.Model
	}}
	fullModel = &lazyModel{build: func() *prose.Model { return prose.ModelFromData("crosscheck") }}
)

// modelFor returns the smallest model that gives what is asked.
func modelFor(withEntities bool) *prose.Model {
	if withEntities {
		return fullModel.get()
	}
	return taggerModel.get()
}

// Preload starts building prose's tagger in the background and returns at
// once. Building it takes a large share of a small check; started early it
// runs while documents are read and mentions found, and the first Tag
// waits only for what is left.
func Preload() {
	go taggerModel.get()
}

// Tag returns the tokens of text[start:end] with their part-of-speech tags,
// and the named entities among them when withEntities is set.
func Tag(text string, start, end int, withEntities bool) ([]Token, []Entity) {
	piece := text[start:end]
	doc, err := prose.NewDocument(piece,
		prose.WithSegmentation(false),
		prose.WithExtraction(withEntities),
		prose.UsingModel(modelFor(withEntities)))
	if err != nil {
		return nil, nil
	}
	raw := doc.Tokens()
	tokens := make([]Token, 0, len(raw))
	labels := make([]string, 0, len(raw))
	cursor := 0
	for _, t := range raw {
		s, e, ok := locate(piece, cursor, t.Text)
		if !ok {
			continue
		}
		cursor = e
		tokens = append(tokens, Token{Start: start + s, End: start + e, Text: text[start+s : start+e], Tag: t.Tag})
		labels = append(labels, t.Label)
	}
	if !withEntities {
		return tokens, nil
	}
	return tokens, entitiesFromLabels(text, tokens, labels)
}

// locate finds a prose token in text at or after cursor. prose replaces
// curly quotes with straight ones and may split contractions, so a token
// is matched rune by rune with those rewrites allowed.
func locate(text string, cursor int, token string) (int, int, bool) {
	for cursor < len(text) {
		r, n := utf8.DecodeRuneInString(text[cursor:])
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\u00a0' {
			break
		}
		cursor += n
	}
	if end, ok := matchAt(text, cursor, token); ok {
		return cursor, end, true
	}
	// The token may have been produced from text further on (prose drops
	// some characters); search a short window.
	limit := cursor + 64
	if limit > len(text) {
		limit = len(text)
	}
	for i := cursor + 1; i < limit; i++ {
		if end, ok := matchAt(text, i, token); ok {
			return i, end, true
		}
	}
	return 0, 0, false
}

func matchAt(text string, at int, token string) (int, bool) {
	i := at
	for _, want := range token {
		if i >= len(text) {
			return 0, false
		}
		got, n := utf8.DecodeRuneInString(text[i:])
		if got != want && foldQuote(got) != want {
			return 0, false
		}
		i += n
	}
	return i, i > at
}

func foldQuote(r rune) rune {
	switch r {
	case '\u201c', '\u201d':
		return '"'
	case '\u2018', '\u2019':
		return '\''
	}
	return r
}

func entitiesFromLabels(text string, tokens []Token, labels []string) []Entity {
	var out []Entity
	for i := 0; i < len(tokens); i++ {
		if !strings.HasPrefix(labels[i], "B-") {
			continue
		}
		label := labels[i][2:]
		j := i + 1
		for j < len(tokens) && labels[j] == "I-"+label {
			j++
		}
		s, e := tokens[i].Start, tokens[j-1].End
		out = append(out, Entity{Start: s, End: e, Text: text[s:e], Label: label})
		i = j - 1
	}
	return out
}
