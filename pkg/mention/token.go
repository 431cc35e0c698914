package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind separates the three shapes the grammar works on.
type tokKind uint8

const (
	tkWord  tokKind = iota // a run of letters
	tkNum                  // a run of ASCII digits, or a vulgar fraction glyph
	tkPunct                // any other single rune
)

// token is one lexical unit. Separators such as "," in "1,200" stay
// separate tokens so that numbers, dates and scores can each combine them
// in their own way.
type token struct {
	kind       tokKind
	start, end int
	// lower is the ASCII-lowercased text of the token, sliced from a single
	// lowered copy of the input so that lookups allocate nothing.
	lower string
	// space is true when whitespace separates this token from the previous.
	space bool
	// val is the value of a number token.
	val float64
	// cls holds the word classes of a word token (see wordClasses).
	cls uint16
}

func (t token) is(word string) bool { return t.lower == word }

// tokenize splits text into tokens. It is a single pass over the bytes.
func tokenize(text, lower string, toks []token) []token {
	space := true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			space = true
			i++
		case c >= '0' && c <= '9':
			j := i
			v := 0.0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				v = v*10 + float64(text[j]-'0')
				j++
			}
			toks = append(toks, token{kind: tkNum, start: i, end: j, lower: lower[i:j], space: space, val: v, cls: clsDigits})
			space = false
			i = j
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				j := i + 1
				for j < len(text) && isWordByte(text, j) {
					j += wordRuneLen(text, j)
				}
				toks = append(toks, token{kind: tkWord, start: i, end: j, lower: lower[i:j], space: space, cls: wordClasses[lower[i:j]]})
			} else {
				toks = append(toks, token{kind: tkPunct, start: i, end: i + 1, lower: lower[i : i+1], space: space})
			}
			space = false
			i++
			if toks[len(toks)-1].end > i {
				i = toks[len(toks)-1].end
			}
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				space = true
			case unicode.IsLetter(r):
				j := i + n
				for j < len(text) && isWordByte(text, j) {
					j += wordRuneLen(text, j)
				}
				toks = append(toks, token{kind: tkWord, start: i, end: j, lower: lower[i:j], space: space, cls: wordClasses[lower[i:j]]})
				space = false
				i = j
				continue
			default:
				t := token{kind: tkPunct, start: i, end: i + n, lower: lower[i : i+n], space: space}
				if v, ok := vulgarFractions[r]; ok {
					t.kind, t.val, t.cls = tkNum, v, clsDigits
				}
				toks = append(toks, t)
				space = false
			}
			i += n
		}
	}
	return toks
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isWordByte reports whether a letter continues at text[j].
func isWordByte(text string, j int) bool {
	c := text[j]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r)
}

func wordRuneLen(text string, j int) int {
	if text[j] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(text[j:])
	return n
}

// asciiLower lowers ASCII letters only, so byte offsets are preserved.
func asciiLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
