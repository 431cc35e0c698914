package mention

// A bare weekday or a month and day without a year is resolved by the
// tense of its own clause: news reports what already happened unless the
// clause says otherwise ("hearings will reopen Monday", "the bonus is due
// March 1"). A cue in another clause does not reach the date ("issued a
// statement Friday saying the merger will close next year").

// tense is what a word says about when its clause happens.
type tense uint8

const (
	tenseNone tense = iota
	tensePast
	// tenseAhead is a weak forward cue ("until", "ahead"): it points
	// forward only when nothing in the clause is past.
	tenseAhead
	tenseFuture
)

// futureWords make their clause point ahead of publication.
var futureWords = map[string]tense{
	"will": tenseFuture, "ll": tenseFuture, "shall": tenseFuture, "due": tenseFuture,
	"scheduled": tenseFuture, "expected": tenseFuture, "plans": tenseFuture,
	"planned": tenseFuture, "planning": tenseFuture, "upcoming": tenseFuture,
	"coming": tenseFuture, "set": tenseFuture, "going": tenseFuture,
	"until": tenseAhead, "ahead": tenseAhead, "till": tenseAhead,
}

// pastWords are past forms that do not end in "-ed".
var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true,
	"went": true, "came": true, "made": true, "took": true, "gave": true, "began": true,
	"found": true, "left": true, "held": true, "met": true, "saw": true, "won": true,
	"lost": true, "fell": true, "rose": true, "got": true, "paid": true, "sent": true,
	"spent": true, "built": true, "brought": true, "thought": true, "became": true,
	"broke": true, "chose": true, "drove": true, "fought": true, "flew": true,
	"grew": true, "kept": true, "knew": true, "led": true, "sold": true, "stood": true,
	"struck": true, "wrote": true, "spoke": true, "shot": true, "sank": true,
	"sought": true, "bought": true, "caught": true, "drew": true, "froze": true,
	"fled": true, "slid": true, "swept": true, "tore": true, "withdrew": true,
	"fallen": true, "risen": true, "gone": true, "been": true, "taken": true,
	"given": true, "seen": true, "done": true, "begun": true, "grown": true,
	"ago": true, "earlier": true, "yesterday": true, "last": true,
}

// notPast are words in "-ed" that are not verbs in the past.
var notPast = map[string]bool{"need": true, "speed": true, "seed": true, "breed": true, "embed": true, "indeed": true, "hundred": true}

// subordinators open a clause of their own.
var subordinators = map[string]bool{
	"saying": true, "that": true, "which": true, "who": true, "because": true,
	"while": true, "although": true, "though": true, "whereas": true, "but": true,
}

// tenseReach bounds how far a clause is searched, so that long texts
// without punctuation stay linear.
const tenseReach = 40

// tenseOf reads the tense that token k marks.
func (s *scanner) tenseOf(k int) tense {
	t := s.toks[k]
	if t.kind != tkWord {
		return tenseNone
	}
	if f, ok := futureWords[t.lower]; ok && (t.lower != "set" && t.lower != "going" || s.isWord(k+1, "to") || s.isWord(k+1, "for")) {
		if f == tenseFuture && (s.isWord(k-1, "was") || s.isWord(k-1, "were") || s.isWord(k-1, "had")) {
			return tensePast // "was due", "were expected"
		}
		return f
	}
	if pastWords[t.lower] {
		return tensePast
	}
	if len(t.lower) >= 5 && hasSuffix(t.lower, "ed") && !notPast[t.lower] && t.cls&clsNumber == 0 {
		if c := s.text[t.start]; c >= 'a' && c <= 'z' {
			return tensePast
		}
	}
	return tenseNone
}

// boundary reports a token that ends a clause.
func (s *scanner) boundary(k int) bool {
	return s.sentenceBreak(k) || s.clauseBreak(k) || subordinators[s.word(k)]
}

// clauseAround is the clause holding token i: [a, b] inclusive.
func (s *scanner) clauseAround(i int) (int, int) {
	a := i
	for a > 0 && i-a < tenseReach && !s.boundary(a-1) {
		a--
	}
	b := i
	for b+1 < len(s.toks) && b-i < tenseReach && !s.boundary(b+1) {
		b++
	}
	return a, b
}

// clauseTense is the tense nearest to token i in [a, b]; past also
// reports any past word in the clause.
func (s *scanner) clauseTense(i, a, b int) (nearest tense, past bool) {
	best := -1
	for k := a; k <= b; k++ {
		t := s.tenseOf(k)
		if t == tenseNone {
			continue
		}
		past = past || t == tensePast
		d := k - i
		if d < 0 {
			d = -d
		}
		if best < 0 || d < best {
			best, nearest = d, t
		}
	}
	return nearest, past
}

// dateTense is the tense that governs a date starting at token i. A
// stretch without any tense word ("On Monday," before the main clause)
// takes the tense of the clause next to it in the same sentence.
func (s *scanner) dateTense(i int) tense {
	a, b := s.clauseAround(i)
	t, past := s.clauseTense(i, a, b)
	if t == tenseNone {
		if nb := b + 1; nb+1 < len(s.toks) && !s.sentenceBreak(nb) {
			na, nbEnd := s.clauseAround(nb + 1)
			t, past = s.clauseTense(nb+1, na, nbEnd)
		}
	}
	if t == tenseNone && a >= 2 && !s.sentenceBreak(a-1) {
		pa, pb := s.clauseAround(a - 2)
		t, past = s.clauseTense(a-2, pa, pb)
	}
	if t == tenseAhead && past {
		return tensePast
	}
	return t
}

// pointsForward reports whether the date at token i lies ahead of
// publication by the tense of its clause.
func (s *scanner) pointsForward(i int) bool {
	t := s.dateTense(i)
	return t == tenseFuture || t == tenseAhead
}

// clauseNotPast reports a clause with no past word: "in 10 days" is a
// date in "schedule a meeting in 10 days", a span in "rose 4% in 10 days".
func (s *scanner) clauseNotPast(i int) bool {
	return s.dateTense(i) != tensePast
}
