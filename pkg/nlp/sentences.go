package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/pkg/mention"
)

// Sentence is a sentence's place in the text.
type Sentence struct{ Start, End int }

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "cpt": true,
	"adm": true, "gov": true, "sen": true, "rep": true, "rev": true, "hon": true,
	"jr": true, "sr": true, "no": true, "vs": true, "etc": true, "approx": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mt": true, "ft": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"dept": true, "est": true, "fig": true, "maj": true, "brig": true, "cmdr": true,
	"supt": true, "insp": true, "det": true, "pres": true,
}

// Sentences splits text[start:end] into sentences. prose's segmenter
// reloads its training data on every document, which costs more than all
// of crosscheck's own scanning, so sentences are split by rule here:
// a full stop, question or exclamation mark (with closing quotes or
// brackets) followed by space and an upper-case letter, digit or opening
// quote ends a sentence, unless the word before it is a known abbreviation
// or a single initial. Line breaks inside a block do not split.
func Sentences(text string, start, end int) []Sentence {
	var out []Sentence
	s := skipSpace(text, start, end)
	for i := s; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' && i > s && unpunctuatedLineEnd(text, s, i) {
			out = append(out, Sentence{Start: s, End: trimRight(text, s, i)})
			s = skipSpace(text, i, end)
			i = s
			continue
		}
		if r == '.' || r == '?' || r == '!' {
			stop := i + n
			for stop < end && strings.ContainsRune("\"'”’)]", rune(text[stop])) && text[stop] < utf8.RuneSelf {
				stop++
			}
			stop = skipClosingQuotes(text, stop, end)
			if endsSentence(text, s, i, stop, end, r) {
				out = append(out, Sentence{Start: s, End: stop})
				s = skipSpace(text, stop, end)
				i = s
				continue
			}
		}
		i += n
	}
	if s < end {
		e := end
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Sentence{Start: s, End: e})
		}
	}
	return out
}

// unpunctuatedLineEnd reports whether the line ending at i stops without
// sentence punctuation: in plain text such a line (a caption, a photo
// credit, a heading) stands on its own.
func unpunctuatedLineEnd(text string, s, i int) bool {
	e := trimRight(text, s, i)
	if e <= s {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[s:e])
	return !strings.ContainsRune(".?!:;,\"'”’)-–—", last)
}

func trimRight(text string, s, e int) int {
	for e > s && isSpaceByte(text[e-1]) {
		e--
	}
	return e
}

func skipClosingQuotes(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '”' && r != '’' && r != '"' && r != '\'' && r != ')' {
			return i
		}
		i += n
	}
	return i
}

func endsSentence(text string, sentStart, mark, after, end int, r rune) bool {
	if after >= end {
		return true
	}
	if !isSpaceByte(text[after]) {
		return false
	}
	next := skipSpace(text, after, end)
	if next >= end {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(text[next:])
	if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || nr == '"' || nr == '“' || nr == '‘' || nr == '\'' || nr == '(') {
		return false
	}
	if r != '.' {
		return true
	}
	word := wordBefore(text, sentStart, mark)
	if abbreviations[strings.ToLower(word)] {
		return false
	}
	if clockMark(text, sentStart, mark) && mention.IsCalendarWord(strings.ToLower(wordAfter(text, next, end))) {
		return false // "ends at 6 a.m. Thursday": the day belongs to the time
	}
	// A single initial ("Dmitri S. Peskov") or a dotted acronym's inner part ("U.S.").
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return false
	}
	return true
}

// clockMark reports a full stop at mark that ends "a.m." or "p.m.".
func clockMark(text string, from, mark int) bool {
	if mark-3 < from {
		return false
	}
	w := strings.ToLower(text[mark-3 : mark+1])
	return w == "a.m." || w == "p.m."
}

// wordAfter is the run of letters that starts at i.
func wordAfter(text string, i, end int) string {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}

func wordBefore(text string, from, at int) string {
	i := at
	for i > from {
		r, n := utf8.DecodeLastRuneInString(text[from:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	return text[i:at]
}

func skipSpace(text string, i, end int) int {
	for i < end && isSpaceByte(text[i]) {
		i++
	}
	return i
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }
