// Package nlp is the one place that talks to the prose library. It gives
// the rest of crosscheck sentences, tokens, part-of-speech tags and named
// entities with byte offsets into the analysed text; prose itself gives
// none, and rewrites curly quotes before tokenising, so its tokens are
// mapped back to the text here.
//
// Tags come from prose's part-of-speech tagger, run here over weights
// embedded in the form they are read in (tagger.go), so that tagging
// starts at once: prose itself would first decode its model, which takes
// longer than a whole check of a few articles. prose still tokenises, and
// its full model, built once per process on first use, gives entities.
// Both only read shared state, so concurrent use is safe.
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

var (
	taggerOnce sync.Once
	tagger     *perceptron

	fullOnce  sync.Once
	fullModel *prose.Model
)

func sharedTagger() *perceptron {
	taggerOnce.Do(func() { tagger = parsePerceptron(taggerData) })
	return tagger
}

func sharedFullModel() *prose.Model {
	fullOnce.Do(func() { fullModel = prose.ModelFromData("crosscheck") })
	return fullModel
}

// proseTokens are prose's tokens of text, tagged and labelled by prose's
// full model when entities are asked for, else tagged by the embedded
// tagger.
func proseTokens(text string, withEntities bool) ([]prose.Token, error) {
	if withEntities {
		doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(sharedFullModel()))
		if err != nil {
			return nil, err
		}
		return doc.Tokens(), nil
	}
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, err
	}
	tokens := doc.Tokens()
	words := make([]string, len(tokens))
	for i, t := range tokens {
		words[i] = t.Text
	}
	tags := sharedTagger().tag(words)
	shareTagsOfRepeatedWords(text, words, tags)
	for i, tag := range tags {
		tokens[i].Tag = tag
	}
	return tokens, nil
}

// Tag returns the tokens of text[start:end] with their part-of-speech tags,
// and the named entities among them when withEntities is set.
func Tag(text string, start, end int, withEntities bool) ([]Token, []Entity) {
	piece := text[start:end]
	raw, err := proseTokens(piece, withEntities)
	if err != nil {
		return nil, nil
	}
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
