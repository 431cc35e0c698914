package nlp

import (
	_ "embed"
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mingrammer/commonregex"
)

//go:generate go run gentagger.go

// taggerData is prose's averaged-perceptron tagger in the layout gentagger.go
// describes. It is read where it lies, so starting to tag costs nothing;
// prose decompresses and decodes the same weights into maps on first use,
// which takes longer than a whole check of a few articles.
//
//go:embed tagger.bin
var taggerData string

// perceptron reads taggerData.
type perceptron struct {
	classes       []string
	frequent      map[string]string // words prose tags without a guess
	features      int
	nameOffsets   string // uint32 per feature, and one past the last
	weightOffsets string
	slotMask      uint32
	index         string // uint32 per slot: feature+1, or 0 for none
	names         string
	weights       string
}

// parsePerceptron finds the sections of data; only the short class and
// frequent-word lists are copied out.
func parsePerceptron(data string) *perceptron {
	p := &perceptron{frequent: map[string]string{}}
	at := 0
	u32 := func() int {
		v := uint32At(data, at)
		at += 4
		return int(v)
	}
	str := func() string {
		n := int(data[at])
		s := data[at+1 : at+1+n]
		at += 1 + n
		return s
	}
	for n := u32(); n > 0; n-- {
		p.classes = append(p.classes, str())
	}
	for n := u32(); n > 0; n-- {
		w := str()
		p.frequent[w] = p.classes[data[at]]
		at++
	}
	p.features = u32()
	table := 4 * (p.features + 1)
	p.nameOffsets = data[at : at+table]
	p.weightOffsets = data[at+table : at+2*table]
	at += 2 * table
	slots := u32()
	p.slotMask = uint32(slots - 1)
	p.index = data[at : at+4*slots]
	at += 4 * slots
	namesEnd := at + offset(p.nameOffsets, p.features)
	p.names = data[at:namesEnd]
	p.weights = data[namesEnd:]
	return p
}

// offset is the i-th entry of a table of uint32.
func offset(table string, i int) int { return int(uint32At(table, 4*i)) }

// uint32At reads a little-endian uint32 at s[at:] without copying s.
func uint32At(s string, at int) uint32 {
	return uint32(s[at]) | uint32(s[at+1])<<8 | uint32(s[at+2])<<16 | uint32(s[at+3])<<24
}

// name is the i-th feature's name.
func (p *perceptron) name(i int) string {
	return p.names[offset(p.nameOffsets, i):offset(p.nameOffsets, i+1)]
}

// find is the index of a feature, by the hash table gentagger.go built.
// The comparison converts feature without copying it.
func (p *perceptron) find(feature []byte) (int, bool) {
	for at := fnv32a(feature) & p.slotMask; ; at = (at + 1) & p.slotMask {
		f := int(uint32At(p.index, 4*int(at))) - 1
		if f < 0 {
			return 0, false
		}
		if p.name(f) == string(feature) {
			return f, true
		}
	}
}

// fnv32a is the 32-bit FNV-1a hash, as hash/fnv computes it.
func fnv32a(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// tag gives each word its tag exactly as prose's perceptronTagger.tag does.
func (p *perceptron) tag(words []string) []string {
	context := make([]string, len(words)+4)
	context[0], context[1] = "-START-", "-START2-"
	for i, w := range words {
		context[i+2] = normalizeWord(w)
	}
	context[len(context)-2], context[len(context)-1] = "-END-", "-END2-"
	tags := make([]string, len(words))
	p1, p2 := "-START-", "-START2-"
	scores := make([]float64, len(p.classes))
	seen := make([]bool, len(p.classes))
	var key []byte
	for i, w := range words {
		tag, fixed := fixedTag(w)
		if !fixed {
			if t, ok := p.frequent[w]; ok {
				tag = t
			} else {
				tag = p.predict(&key, i, context, w, p1, p2, scores, seen)
			}
		}
		tags[i] = tag
		p2, p1 = p1, tag
	}
	return tags
}

// fixedTag is the tag prose gives a word whatever its context. Each
// expression is tried only on words holding what it cannot match without
// (a link has a dot, an address an @), which spares most words all four.
func fixedTag(w string) (string, bool) {
	switch {
	case w == "-":
		return "-", true
	case emoticons[w]:
		return "SYM", true
	case strings.Contains(w, ".") && commonregex.LinkRegex.MatchString(w) ||
		strings.Contains(w, "@") && (commonregex.EmailRegex.MatchString(w) || strings.HasPrefix(w, "@")):
		return "NN", true
	case w == "":
		return "", true // prose never makes an empty token
	case (w[0] == '0' || w[0] == '*') && noneWord.MatchString(w):
		return "-NONE-", true
	case len(w) == 5 && w[0] == '-' && keepWord.MatchString(w):
		return w, true
	}
	return "", false
}

// The word shapes prose tags by rule (its none and keep expressions).
var (
	noneWord = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepWord = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// predict scores the classes over the features prose's featurize gives the
// word and returns the best. Every feature occurs once, so each adds its
// weights as they are.
func (p *perceptron) predict(key *[]byte, i int, ctx []string, w, p1, p2 string, scores []float64, seen []bool) string {
	clear(scores)
	clear(seen)
	suf := min(len(w), 3)
	i = min(len(ctx)-2, i+2)
	iminus := min(len(ctx[i-1]), 3)
	iplus := min(len(ctx[i+1]), 3)
	add := func(parts ...string) {
		*key = (*key)[:0]
		for j, s := range parts {
			if j > 0 {
				*key = append(*key, ' ')
			}
			*key = append(*key, s...)
		}
		f, ok := p.find(*key)
		if !ok {
			return
		}
		ws := p.weights[offset(p.weightOffsets, f):offset(p.weightOffsets, f+1)]
		for at := 0; at < len(ws); at += 9 {
			c := ws[at]
			scores[c] += math.Float64frombits(uint64(uint32At(ws, at+1)) | uint64(uint32At(ws, at+5))<<32)
			seen[c] = true
		}
	}
	add("bias")
	add("i suffix", w[len(w)-suf:])
	add("i pref1", string(rune(w[0])))
	add("i-1 tag", p1)
	add("i-2 tag", p2)
	add("i tag+i-2 tag", p1, p2)
	add("i word", ctx[i])
	add("i-1 tag+i word", p1, ctx[i])
	add("i-1 word", ctx[i-1])
	add("i-1 suffix", ctx[i-1][len(ctx[i-1])-iminus:])
	add("i-2 word", ctx[i-2])
	add("i+1 word", ctx[i+1])
	add("i+1 suffix", ctx[i+1][len(ctx[i+1])-iplus:])
	add("i+2 word", ctx[i+2])
	best, class := math.Inf(-1), ""
	for c, s := range scores {
		if seen[c] && s > best {
			best, class = s, p.classes[c]
		}
	}
	return class
}

// normalizeWord is prose's normalize: the word as its neighbours see it.
func normalizeWord(word string) string {
	if word == "" {
		return word
	}
	// As prose does, with strconv.Atoi's answers read without calling it:
	// its errors allocate, and every word of every sentence comes here.
	if strings.Contains(word, "-") && word[0] != '-' {
		return "!HYPHEN"
	} else if len(word) == 4 && isSignedDigits(word) {
		return "!YEAR"
	} else if word[0] >= '0' && word[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// isSignedDigits reports what strconv.Atoi accepts of a short word: an
// optional sign, then one or more ASCII digits.
func isSignedDigits(w string) bool {
	if w[0] == '+' || w[0] == '-' {
		w = w[1:]
	}
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// emoticons are the ones prose's tokenizer keeps whole and its tagger
// tags SYM (prose v2.0.0).
var emoticons = map[string]bool{
	"(-8":         true,
	"(-;":         true,
	"(-_-)":       true,
	"(._.)":       true,
	"(:":          true,
	"(=":          true,
	"(o:":         true,
	"(¬_¬)":       true,
	"(ಠ_ಠ)":       true,
	"(╯°□°）╯︵┻━┻": true,
	"-__-":        true,
	"8-)":         true,
	"8-D":         true,
	"8D":          true,
	":(":          true,
	":((":         true,
	":(((":        true,
	":()":         true,
	":)))":        true,
	":-)":         true,
	":-))":        true,
	":-)))":       true,
	":-*":         true,
	":-/":         true,
	":-X":         true,
	":-]":         true,
	":-o":         true,
	":-p":         true,
	":-x":         true,
	":-|":         true,
	":-}":         true,
	":0":          true,
	":3":          true,
	":P":          true,
	":]":          true,
	":`(":         true,
	":`)":         true,
	":`-(":        true,
	":o":          true,
	":o)":         true,
	"=(":          true,
	"=)":          true,
	"=D":          true,
	"=|":          true,
	"@_@":         true,
	"O.o":         true,
	"O_o":         true,
	"V_V":         true,
	"XDD":         true,
	"[-:":         true,
	"^___^":       true,
	"o_0":         true,
	"o_O":         true,
	"o_o":         true,
	"v_v":         true,
	"xD":          true,
	"xDD":         true,
	"¯\\(ツ)/¯":    true,
}

// proseSanitizer is the rewriting prose's tokenizer applies before it
// splits text into words.
var proseSanitizer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// shareTagsOfRepeatedWords reproduces a trait of prose: its tokenizer
// hands out the same tokens for every occurrence of a word (a run of
// non-space characters) but the last in the text, and its tagger writes
// each token's tag in place, so every such occurrence ends up with the
// tags of the word's last cached occurrence. words are prose's tokens of
// text, in order; tags are changed in place.
func shareTagsOfRepeatedWords(text string, words, tags []string) {
	type occurrence struct {
		span        string
		first, size int
	}
	clean := proseSanitizer.Replace(text)
	spans := strings.FieldsFunc(clean, unicode.IsSpace)
	occurrences := make([]occurrence, 0, len(spans))
	next := 0
	for _, span := range spans {
		o := occurrence{span: span, first: next}
		for covered := 0; covered < len(span); next++ {
			if next >= len(words) {
				return // not prose's split: leave the tags as tagged
			}
			covered += len(words[next])
		}
		o.size = next - o.first
		occurrences = append(occurrences, o)
	}
	if next != len(words) {
		return
	}
	// The text's final word is split afresh rather than cached, unless
	// space follows it.
	cached := occurrences
	if len(clean) > 0 && !unicode.IsSpace(lastRune(clean)) && len(cached) > 0 {
		cached = cached[:len(cached)-1]
	}
	last := map[string]occurrence{}
	for _, o := range cached {
		last[o.span] = o
	}
	for _, o := range cached {
		if l := last[o.span]; l.first != o.first && l.size == o.size {
			copy(tags[o.first:o.first+o.size], tags[l.first:l.first+l.size])
		}
	}
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
