package claim

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Names of one person differ between outlets in diacritics (Orbán,
// Orban), transliteration (Zelensky, Zelenskyy, Selenskyj; Dmitry,
// Dmitri; Qadri, Kadri; Ivo, Iwo), middle initials and honorifics. Rather
// than list known spellings, names are compared on a phonetic key that
// folds the letters transliterations disagree on, and then on edit
// distance, so that a general rule covers names never seen before.

// nameFold lower-cases s and removes diacritics ("Tomás" -> "tomas").
func nameFold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ø', 'Ø':
			b.WriteByte('o')
		case 'ł', 'Ł':
			b.WriteByte('l')
		case 'đ', 'Đ':
			b.WriteByte('d')
		case 'ß':
			b.WriteString("ss")
		case 'æ', 'Æ':
			b.WriteString("ae")
		case '’', '‘':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// phoneticReplacements fold the letter groups that transliterations of one
// name disagree on. Order matters: digraphs before single letters.
var phoneticReplacements = strings.NewReplacer(
	"ph", "f", "ck", "k", "kh", "h", "dh", "d", "th", "t", "sch", "s",
	"sh", "s", "ch", "c", "tch", "c", "dj", "j", "dzh", "j", "zh", "j",
	"ou", "u", "oo", "u", "ee", "i", "x", "ks",
)

var phoneticLetters = strings.NewReplacer(
	"q", "k", "c", "k", "w", "v", "y", "i", "j", "i", "z", "s",
)

// PhoneticKey reduces a name word to the letters transliterations agree
// on: folded, q/c to k, w to v, y/j to i, z to s, doubled letters single,
// and a trailing -ii/-iy/-yi to -i ("Zelenskyy" and "Selenskyj" both give
// "selenski").
func PhoneticKey(word string) string {
	if key, ok := phoneticKeys.Load(word); ok {
		return key.(string)
	}
	key := phoneticKey(word)
	phoneticKeys.Store(word, key)
	return key
}

// phoneticKeys remembers the keys of the name words met: a large story
// compares the same few thousand names many times over.
var phoneticKeys sync.Map

func phoneticKey(word string) string {
	s := nameFold(word)
	s = strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, s)
	s = phoneticReplacements.Replace(s)
	s = phoneticLetters.Replace(s)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if len(out) > 0 && out[len(out)-1] == s[i] {
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

// skeletonKey keeps the consonants of a phonetic key, for bucketing names
// whose vowels differ ("Melnik"/"Melnyk" already agree; "Rudnev"/"Rudnyev"
// meet here and are then compared by edit distance).
func skeletonKey(phonetic string) string {
	out := make([]byte, 0, len(phonetic))
	for i := 0; i < len(phonetic); i++ {
		switch phonetic[i] {
		case 'a', 'e', 'i', 'o', 'u':
			continue
		}
		out = append(out, phonetic[i])
	}
	return string(out)
}

// nameEditDistance is the edit distance between two short strings.
func nameEditDistance(a, b string) int {
	if a == b {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// similarNameWords reports whether two name words (already phonetic keys)
// can be spellings of one name: equal, or one edit apart when long enough
// that one edit is a spelling slip rather than another name.
func similarNameWords(a, b string) bool {
	if a == b {
		return true
	}
	if min(len(a), len(b)) < 5 {
		return false
	}
	return nameEditDistance(a, b) <= 1 || sameConsonants(a, b)
}

// minVowelFoldLength is how long two name words must be before vowels
// alone may differ: transliterations of long names disagree on vowels
// ("Mohammed", "Muhammad"), short names that differ in vowels are other
// names ("Petra", "Peter").
const minVowelFoldLength = 6

// sameConsonants reports two long name words (phonetic keys) that differ
// only in their vowels.
func sameConsonants(a, b string) bool {
	if min(len(a), len(b)) < minVowelFoldLength {
		return false
	}
	sa, sb := skeletonKey(a), skeletonKey(b)
	return len(sa) >= 3 && sa == sb
}

// SameSurname reports whether two surnames can belong to one person.
func SameSurname(a, b string) bool {
	return similarNameWords(PhoneticKey(a), PhoneticKey(b))
}

// CompatibleGiven reports whether two given names can belong to one
// person: either is unknown, one is the other's initial, or they are
// spellings of one name.
func CompatibleGiven(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	fa, fb := strings.TrimSuffix(nameFold(a), "."), strings.TrimSuffix(nameFold(b), ".")
	if len(fa) == 1 || len(fb) == 1 || strings.Contains(fa, ".") || strings.Contains(fb, ".") {
		return fa[0] == fb[0]
	}
	return similarNameWords(PhoneticKey(a), PhoneticKey(b))
}

// SamePerson reports whether two people named in claims are one person.
// A house alias list, when it links the two, decides on its own.
func SamePerson(a, b *Official) bool {
	if a.PersonKey != "" && a.PersonKey == b.PersonKey {
		return true
	}
	if SameSurname(a.Surname, b.Surname) && CompatibleGiven(a.Given, b.Given) {
		return true
	}
	return ContainedName(a.Name, b.Name) || ContainedName(b.Name, a.Name)
}

// ContainedName reports a full name written inside a longer one (or as
// long, with a hyphen for a space): the same given name, then the
// shorter's other words in order among the longer's, as outlets shorten
// or join a double surname ("Dolores Arrieta" in "Dolores Arrieta
// Vidal", "Lena Okoro" in "Lena Okoro-Brandt", "Lena Okoro Brandt"). A
// surname alone, or another given name, is not enough: two people may
// share a surname.
func ContainedName(short, long string) bool {
	ws, wl := nameParts(short), nameParts(long)
	if len(ws) < 2 || len(wl) < len(ws) || !similarNameWords(ws[0], wl[0]) {
		return false
	}
	k := 1
	for _, w := range wl[1:] {
		if k < len(ws) && similarNameWords(ws[k], w) {
			k++
		}
	}
	return k == len(ws)
}

// ShortenedName reports a name written as a shorter form of another,
// with fewer words ("Dolores Arrieta" for "Dolores Arrieta Vidal"): not a
// spelling of it.
func ShortenedName(a, b string) bool {
	na, nb := len(nameParts(a)), len(nameParts(b))
	return na < nb && ContainedName(a, b) || nb < na && ContainedName(b, a)
}

// nameParts are the phonetic keys of a name's words, hyphenated parts
// apart, initials and honorifics left out.
func nameParts(name string) []string {
	if parts, ok := namePartsSeen.Load(name); ok {
		return parts.([]string)
	}
	parts := readNameParts(name)
	namePartsSeen.Store(name, parts)
	return parts
}

// namePartsSeen remembers the parts of the names met; callers only read
// the slices.
var namePartsSeen sync.Map

func readNameParts(name string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ReplaceAll(name, "-", " ")) {
		f := strings.TrimSuffix(nameFold(w), ".")
		if len(f) < 2 || officeLex().words["honorifics"][f] {
			continue
		}
		out = append(out, PhoneticKey(w))
	}
	return out
}

// NameWordKeys are the buckets of every word of a name after the first,
// so that a name and a shorter form of it meet ("Arrieta Vidal",
// "Arrieta").
func NameWordKeys(name string) []string {
	parts := nameParts(name)
	if len(parts) < 2 {
		return nil
	}
	return parts[1:]
}

// PersonKeys are the buckets in which two names of one person meet: the
// person key, the surname's keys and the words of the name after the
// first, each tagged with its kind so that kinds never mix.
func PersonKeys(o *Official) []string {
	var keys []string
	for _, k := range SurnameKeys(o.Surname) {
		keys = append(keys, "person\x00"+k)
	}
	for _, k := range NameWordKeys(o.Name) {
		keys = append(keys, "name-word\x00"+k)
	}
	if o.PersonKey != "" {
		keys = append(keys, "key\x00"+o.PersonKey)
	}
	return keys
}

// SurnameKeys are the buckets a person is compared within: the phonetic
// key of the surname and its consonant skeleton.
func SurnameKeys(surname string) []string {
	p := PhoneticKey(surname)
	s := skeletonKey(p)
	if s == p || s == "" {
		return []string{p}
	}
	return []string{p, "~" + s}
}

// personKey is the exact key of a person: phonetic surname and given name.
func personKey(given, surname string) string {
	return PhoneticKey(surname) + "|" + PhoneticKey(given)
}

// SpellingOf is a name as an editor compares spellings: honorifics and
// extra spaces gone, case and accents kept.
func SpellingOf(name string) string { return strings.Join(strings.Fields(name), " ") }

// aliasIndex maps the folded spellings of a house alias list to the key of
// the list's first spelling.
type aliasIndex map[string]string

func newAliasIndex(lists [][]string) aliasIndex {
	idx := aliasIndex{}
	for _, l := range lists {
		if len(l) == 0 {
			continue
		}
		given, surname := splitName(strings.Fields(l[0]))
		key := "alias:" + personKey(given, surname)
		for _, name := range l {
			idx[nameFold(strings.Join(strings.Fields(name), " "))] = key
		}
	}
	return idx
}

// splitName takes a name's words (honorifics already gone) and returns its
// given name (first word, or "" for a lone surname) and surname (last word
// that is not a generational suffix).
func splitName(words []string) (given, surname string) {
	for len(words) > 1 && officeLex().words["suffixes"][nameFold(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return "", ""
	}
	surname = words[len(words)-1]
	if len(words) > 1 {
		given = words[0]
	}
	return given, surname
}
