package claim

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a sentence, with its place in the article's text.
type word struct {
	Start, End int
	Text       string // as written
	Lower      string // lower case, curly apostrophes straightened
	Capital    bool   // starts with an upper-case letter
}

// possessive: the word carries a possessive mark ("Brandt's", "'s"); Lower
// has its apostrophes straightened.
func (w word) possessive() bool { return strings.HasSuffix(w.Lower, "'s") }

// splitWords cuts text[start:end] into words: runs of letters, digits and
// inner apostrophes, hyphens, dots and commas between digits ("1,200",
// "3.5", "58,000-capacity", "Brandt's"). Punctuation is left out, except
// that sentence-internal stops matter to clause windows, so ",", ";", ":"
// and dashes are kept as one-character words.
func splitWords(text string, start, end int) []word {
	out := make([]word, 0, (end-start)/5+1) // about one word per five bytes of news prose
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if isJoiner(r2) && j+n2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if isWordRune(r3) && joinerFits(r2, text[i:j], r3) {
						j += n2
						continue
					}
				}
				break
			}
			out = append(out, newWord(text, i, j))
			i = j
		case r == ',' || r == ';' || r == ':' || r == '—' || r == '–' || r == '(' || r == ')':
			out = append(out, word{Start: i, End: i + n, Text: text[i : i+n], Lower: text[i : i+n]})
			i += n
		default:
			i += n
		}
	}
	return out
}

func newWord(text string, s, e int) word {
	t := text[s:e]
	first, _ := utf8.DecodeRuneInString(t)
	lower := strings.ToLower(strings.ReplaceAll(t, "’", "'"))
	return word{Start: s, End: e, Text: t, Lower: lower, Capital: unicode.IsUpper(first)}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' || r == ':'
}

// joinerFits keeps "1,200" and "3.5" whole but not "Tuesday,Wednesday" or
// "end.Then": commas and dots join only digits.
func joinerFits(j rune, before string, after rune) bool {
	if j == ',' || j == '.' || j == ':' { // "1,200", "3.5", "03:15"
		last, _ := utf8.DecodeLastRuneInString(before)
		return unicode.IsDigit(last) && unicode.IsDigit(after)
	}
	return true
}

// isPunct reports whether w is one of the kept punctuation words.
func (w word) isPunct() bool { return len(w.Lower) <= 3 && !isWordRune(firstRune(w.Lower)) }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// wordIndexAt returns the index of the first word that ends after off.
func wordIndexAt(ws []word, off int) int {
	return sort.Search(len(ws), func(i int) bool { return ws[i].End > off })
}

// fvPlurals are plurals of nouns ending in "f" or "fe", which cutting
// the "s" would leave wrong: "lives" is "life", not "live".
var fvPlurals = map[string]string{
	"lives": "life", "wives": "wife", "knives": "knife", "thieves": "thief", "shelves": "shelf", "halves": "half",
}

// stem strips a plural or verb ending so that lexicon look-ups match
// "prisoners"/"prisoner" and "evacuated"/"evacuate" alike.
func stem(s string) string {
	s = strings.TrimSuffix(s, "'s")
	if singular, ok := fvPlurals[s]; ok {
		return singular
	}
	switch {
	case strings.HasSuffix(s, "ies") && len(s) > 4:
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "sses"), strings.HasSuffix(s, "ches") && len(s) > 5, strings.HasSuffix(s, "shes") && len(s) > 5, strings.HasSuffix(s, "xes") && len(s) > 4:
		return s[:len(s)-2] // "branches", "crashes", "taxes"
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && !strings.HasSuffix(s, "us") && !strings.HasSuffix(s, "is") && len(s) > 3:
		return s[:len(s)-1] // "-is" ends singulars ("basis", "crisis"), not plurals
	}
	return s
}

// isWordLike reports a token holding a letter or a digit, not only
// punctuation or markup.
func isWordLike(w string) bool { return strings.IndexFunc(w, isWordRune) >= 0 }
