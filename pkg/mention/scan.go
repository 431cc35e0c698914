package mention

import (
	"sort"
	"strings"
	"sync"
	"time"
)

// scanner holds one text while the grammars run over its tokens.
type scanner struct {
	text, lower string
	toks        []token
	// ref is publication day at midnight UTC; hasRef is false without one.
	ref    time.Time
	hasRef bool
	// anchorDepth counts dates being read inside other dates.
	anchorDepth int
}

// match is what one grammar proposes at a token.
type match struct {
	end  int // token index after the match
	m    Mention
	skip bool // the span is not a mention (a time of day, an ordinal, an id)
}

var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 256); return &s }}

func find(text string, ref Reference) []Mention {
	bufp := tokenPool.Get().(*[]token)
	lower := asciiLower(text)
	s := &scanner{text: text, lower: lower, toks: tokenize(text, lower, (*bufp)[:0])}
	if ref.Published != nil {
		// The calendar day as the article states it, in its own zone.
		y, m, d := ref.Published.Date()
		s.ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		s.hasRef = true
	}
	out := s.scan()
	*bufp = s.toks[:0]
	tokenPool.Put(bufp)
	return out
}

// scan walks the tokens left to right and keeps, at each position, the
// longest proposal; on equal length a date beats a duration, which beats a
// number, because the number is usually part of it.
func (s *scanner) scan() []Mention {
	var out []Mention
	for i := 0; i < len(s.toks); {
		best, ok := s.bestAt(i)
		if !ok {
			i++
			continue
		}
		if !best.skip {
			best.m.Text = s.text[best.m.Start:best.m.End]
			out = append(out, best.m)
		}
		i = best.end
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

func (s *scanner) bestAt(i int) (match, bool) {
	var best match
	found := false
	consider := func(m match, ok bool) {
		if !ok || m.end <= i {
			return
		}
		if !found || m.end > best.end {
			best, found = m, true
		}
	}
	if !s.mayStart(i) || !s.anchorNear(i) {
		return best, false
	}
	consider(s.matchDate(i))
	consider(s.matchDuration(i))
	consider(s.matchNumber(i))
	return best, found
}

// mayStart is a cheap filter: most words start nothing.
func (s *scanner) mayStart(i int) bool {
	t := s.toks[i]
	switch t.kind {
	case tkNum:
		return true
	case tkPunct:
		switch t.lower {
		case "-", ".", "$", "€", "£", "¥", "−", "'", "’":
			return true
		}
		return false
	}
	return t.cls != 0
}

// anchorNear reports whether a number, a month, a weekday, a unit or a
// word such as "today" lies within the next few tokens: words like "the"
// or "in" open a mention only then.
func (s *scanner) anchorNear(i int) bool {
	for k := i; k < i+4 && k < len(s.toks); k++ {
		t := s.toks[k]
		if t.kind == tkNum || k == i && t.kind == tkPunct || t.kind == tkWord && t.cls&^clsStart != 0 {
			return true
		}
	}
	return false
}

// cls is the word class of token i, 0 for anything else.
func (s *scanner) cls(i int) uint16 {
	if i >= 0 && i < len(s.toks) {
		return s.toks[i].cls
	}
	return 0
}

// numberStarts are other words that can open a number or duration.
var numberStarts = map[string]bool{
	"a": true, "an": true, "half": true, "point": true, "minus": true,
	"negative": true, "tens": true, "another": true, "all": true,
	"full": true, "whole": true, "entire": true, "us": true, "between": true, "from": true, "the": true,
	"for": true, "in": true, "couple": true, "exactly": true, "precisely": true, "on": true, "this": true, "next": true, "last": true,
}

// Token helpers. Out-of-range indexes read as nothing.

func (s *scanner) word(i int) string {
	if i >= 0 && i < len(s.toks) && s.toks[i].kind == tkWord {
		return s.toks[i].lower
	}
	return ""
}

func (s *scanner) isWord(i int, w string) bool { return s.word(i) == w }

func (s *scanner) isPunct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tkPunct && s.toks[i].lower == p
}

func (s *scanner) isNum(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tkNum && s.toks[i].end-s.toks[i].start > 0 && s.text[s.toks[i].start] <= '9'
}

// glued reports that token i touches the token before it.
func (s *scanner) glued(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].space }

func (s *scanner) ndigits(i int) int { return s.toks[i].end - s.toks[i].start }

// wordsAt matches a fixed word sequence and returns the index after it.
func (s *scanner) wordsAt(i int, words []string) (int, bool) {
	for _, w := range words {
		if !s.isWord(i, w) {
			return i, false
		}
		i++
	}
	return i, true
}

// endOfClause reports that token i is past the end or not a word, so a
// short form ("30 l", "2m") stands alone.
func (s *scanner) endOfClause(i int) bool { return i >= len(s.toks) || s.toks[i].kind == tkPunct }

func (s *scanner) span(i, j int) (int, int) { return s.toks[i].start, s.toks[j-1].end }

// clauseBreak: commas, dashes and quotation marks bound the reach of a
// forward cue.
func (s *scanner) clauseBreak(k int) bool {
	t := s.toks[k]
	if t.kind != tkPunct {
		return false
	}
	switch t.lower {
	case ",", ":", "\"", "“", "”", "—", "–", "(", ")":
		return true
	}
	return false
}

func (s *scanner) sentenceBreak(k int) bool {
	t := s.toks[k]
	if t.kind != tkPunct {
		return false
	}
	switch t.lower {
	case "!", "?", ";":
		return true
	case ".":
		return k+1 >= len(s.toks) || s.toks[k+1].space
	}
	return false
}

// lineBreakBefore reports a new line between token k and the one before:
// a title and the text below it are not one phrase.
func (s *scanner) lineBreakBefore(k int) bool {
	if k <= 0 || k >= len(s.toks) {
		return false
	}
	return strings.IndexByte(s.text[s.toks[k-1].end:s.toks[k].start], '\n') >= 0
}
