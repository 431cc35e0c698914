package claim

import (
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/mention"
)

// Participants of events are the people a sentence names. This file finds
// runs of capitalised words, tells people from places and organisations,
// and marks the names the sentence quotes rather than reports on.

// nameRun is a run of capitalised words that names someone or something.
type nameRun struct {
	Start, End int // byte offsets in the article's text
	Words      []string
	// Key is the surname's spelling-insensitive key.
	Key string
	// Person is set when the run looks like a person's name rather than a
	// place or organisation.
	Person bool
	// Speaker is set when the sentence attributes words to this name.
	Speaker bool
	// Guessed marks a person told only by the shape of the name (two
	// capitalised words, no title): the entity recogniser may overrule it.
	Guessed bool
}

// notPersonEndings end the names of places and organisations.
var notPersonEndings = map[string]bool{
	"park": true, "street": true, "road": true, "valley": true, "house": true, "foundation": true,
	"bank": true, "front": true, "ministry": true, "office": true, "service": true, "agency": true,
	"council": true, "committee": true, "party": true, "union": true, "nations": true, "press": true,
	"wire": true, "news": true, "post": true, "times": true, "stadium": true, "hospital": true,
	"university": true, "company": true, "corporation": true, "group": true, "network": true,
	"island": true, "islands": true, "river": true, "sea": true, "lake": true, "mountains": true, "flats": true,
	"crossing": true, "province": true, "region": true, "district": true, "square": true,
	"airport": true, "port": true, "bay": true, "gazette": true, "herald": true, "daily": true,
	"review": true, "ledger": true, "courier": true, "today": true, "live": true, "now": true,
	"state": true, "states": true, "kingdom": true, "republic": true, "department": true,
	"court": true, "police": true, "army": true, "forces": true, "guard": true, "brigade": true,
	"authority": true, "board": true, "institute": true, "centre": true, "center": true,
	"association": true, "federation": true, "league": true, "cup": true, "mine": true, "pit": true,
	"general": true, "regional": true, "coast": true, "hall": true, "palace": true, "kremlin": true,
	"bridge": true, "tower": true, "station": true, "market": true, "church": true, "school": true,
}

// notNames are capitalised words that start sentences or name days and
// months; they never begin a name.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "it": true, "its": true,
	"this": true, "that": true, "these": true, "those": true, "when": true, "while": true, "after": true,
	"before": true, "since": true, "but": true, "and": true, "or": true, "as": true, "if": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "his": true, "her": true, "their": true,
	"our": true, "under": true, "over": true, "for": true, "from": true, "by": true, "with": true,
	"of": true, "to": true, "nobody": true, "there": true, "here": true, "some": true, "many": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "all": true, "both": true, "each": true, "no": true,
	"not": true, "nor": true, "yet": true, "so": true, "still": true, "also": true, "however": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "officials": true, "police": true, "families": true,
	"relatives": true, "residents": true, "observers": true, "negotiators": true, "diplomats": true,
	"fans": true, "rescuers": true, "doctors": true, "analysis": true, "live": true, "update": true,
	"according": true, "during": true, "following": true, "until": true, "within": true, "without": true,
	"what": true, "who": true, "why": true, "how": true, "where": true, "which": true, "nearly": true,
	"more": true, "less": true, "about": true, "around": true, "almost": true, "good": true, "morning": true,
	"historically": true, "notably": true, "interestingly": true, "meanwhile": true, "earlier": true,
	"later": true, "today": true, "yesterday": true, "tonight": true, "engineers": true, "divers": true,
}

// findNameRuns returns the capitalised runs of a sentence's words.
func findNameRuns(ws []word) []nameRun {
	var out []nameRun
	for i := 0; i < len(ws); i++ {
		if !startsName(ws, i) {
			continue
		}
		j := i
		var parts []string
		titled := false
		for j < len(ws) && continuesName(ws, j, i) && !(ws[j].Lower == "of" && (titled || len(parts) >= 2)) {
			lw := strings.TrimSuffix(ws[j].Lower, "'s")
			if titleWords[lw] && lw != "of" && lw != "the" && lw != "and" {
				titled = true
			}
			if !titleWords[lw] && lw != "of" {
				parts = append(parts, strings.TrimSuffix(strings.TrimSuffix(ws[j].Text, "'s"), "’s"))
			}
			j++
		}
		if len(parts) == 0 {
			i = j - 1
			continue
		}
		last := parts[len(parts)-1]
		n := nameRun{Start: ws[i].Start, End: ws[j-1].End, Words: parts, Key: PhoneticKey(last)}
		lowerLast := strings.ToLower(last)
		n.Person = !notPersonEndings[lowerLast] && !allCaps(parts) && !(afterArticle(ws, i) && !titled) && (len(parts) >= 2 && !isSingleInitial(parts[0]) || titled || hasHonorific(ws, i))
		n.Guessed = n.Person && !titled && !hasHonorific(ws, i)
		out = append(out, n)
		i = j - 1
	}
	return out
}

// allCaps spots datelines ("PORT KESSALY") and acronyms.
func allCaps(parts []string) bool {
	for _, p := range parts {
		if strings.ToUpper(p) != p {
			return false
		}
	}
	return true
}

// afterArticle reports whether a run follows "the", "a" or "an", directly
// or through one lower-case noun ("the ferry Ardent Star"): people's names
// take no article.
func afterArticle(ws []word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		switch ws[j].Lower {
		case "the", "a", "an":
			return true
		}
		if ws[j].Capital || ws[j].isPunct() || titleWords[ws[j].Lower] {
			return false
		}
	}
	return false
}

func startsName(ws []word, i int) bool {
	w := ws[i]
	if !w.Capital || notNames[w.Lower] || w.isPunct() || isFigureWord(w) || mention.IsNumberWord(w.Lower) {
		return false
	}
	return !titleWords[w.Lower] || i+1 < len(ws) && ws[i+1].Capital
}

func continuesName(ws []word, j, start int) bool {
	w := ws[j]
	if j == start {
		return true
	}
	if strings.HasSuffix(ws[j-1].Lower, "'s") {
		return false // "Brandt's office": the name ends at the possessive
	}
	if w.Capital && !notNames[w.Lower] && !w.isPunct() {
		return true
	}
	// "Bank of Corvalia": a lower-case "of" between capitals.
	return w.Lower == "of" && j+1 < len(ws) && ws[j+1].Capital && !notNames[ws[j+1].Lower]
}

func hasHonorific(ws []word, i int) bool {
	if i == 0 {
		return false
	}
	switch ws[i-1].Lower {
	case "mr", "mrs", "ms", "dr", "president", "minister", "spokesman", "spokeswoman", "spokesperson",
		"governor", "mayor", "captain", "commissioner", "chief", "director", "secretary", "envoy", "aide":
		return true
	}
	return false
}

func isSingleInitial(s string) bool { return len([]rune(strings.TrimSuffix(s, "."))) == 1 }

// markSpeakers flags names the sentence attributes words to: "X said",
// "X told reporters", "said X", "according to X". A possessive ("X's
// office said") makes the office, not X, the speaker.
func markSpeakers(ws []word, names []nameRun) {
	for k := range names {
		n := &names[k]
		end := wordIndexAt(ws, n.End-1)
		if end < len(ws) && strings.HasSuffix(ws[end].Lower, "'s") {
			continue
		}
		for j := end + 1; j < len(ws) && j <= end+2; j++ {
			if isSpeech(ws, j) {
				n.Speaker = true
			}
		}
		start := wordIndexAt(ws, n.Start)
		for j := start - 1; j >= 0 && j >= start-4; j-- {
			if ws[j].Lower == "said" || ws[j].Lower == "according" || ws[j].Lower == "says" {
				n.Speaker = true
			}
			if ws[j].isPunct() && ws[j].Lower != "," {
				break
			}
		}
	}
}

func (s keySet) has(k string) bool {
	i := sort.SearchStrings(s, k)
	return i < len(s) && s[i] == k
}

func (s keySet) remove(k string) keySet {
	i := sort.SearchStrings(s, k)
	if i == len(s) || s[i] != k {
		return s
	}
	out := make(keySet, 0, len(s)-1)
	out = append(out, s[:i]...)
	return append(out, s[i+1:]...)
}

// keySet is a sorted set of name keys.
type keySet []string

func (s keySet) add(k string) keySet {
	i := sort.SearchStrings(s, k)
	if i < len(s) && s[i] == k {
		return s
	}
	out := make(keySet, 0, len(s)+1)
	out = append(out, s[:i]...)
	out = append(out, k)
	return append(out, s[i:]...)
}
