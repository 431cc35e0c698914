package claim

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestEmbeddedLexiconsAreWellFormed(t *testing.T) {
	for _, err := range lexiconProblems() {
		t.Error(err)
	}
}

// Each malformed shape is named with its line.
func TestLexiconProblemsNameTheLine(t *testing.T) {
	tests := []struct {
		name, data string
		check      func(lexLine) string
		want       string
	}{
		{"offices.txt", "# c\ncabinet one minister\n", checkOfficeLine, "offices.txt:2: want"},
		{"offices.txt", "cabinet: minister\n", checkOfficeLine, "offices.txt:1: want a family and a holder count"},
		{"offices.txt", "cabinet few: minister\n", checkOfficeLine, `offices.txt:1: holder count "few"`},
		{"offices.txt", "cabinet one: minister | | pm\n", checkOfficeLine, "offices.txt:1: an empty name"},
		{"portfolios.txt", "\nhealth ||\n", checkPortfolioLine, "portfolios.txt:2: an empty name"},
		{"words.txt", "stray\n[a]\nx\n", nil, "words.txt:1: words before any [section]"},
		{"words.txt", "[a]\nx\n[a]\ny\n", nil, "words.txt:3: section [a] is given twice (first at line 1)"},
		{"words.txt", "[a]\n[b]\nx\n", nil, "words.txt:1: section [a] holds no words"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			var got []string
			if tt.check == nil {
				for _, err := range wordListProblems(tt.name, tt.data) {
					got = append(got, err.Error())
				}
			} else {
				for _, line := range lexiconLines(tt.data) {
					if msg := tt.check(line); msg != "" {
						got = append(got, tt.name+":"+strconv.Itoa(line.n)+": "+msg)
					}
				}
			}
			if len(got) != 1 || !strings.HasPrefix(got[0], tt.want) {
				t.Errorf("problems %q, want one starting %q", got, tt.want)
			}
		})
	}
}

// sectionUse matches the ways code reads a section of words.txt.
var sectionUse = regexp.MustCompile(`(?:words\[|isWord\([^,()]+, |sectionLines\([^,()]+, |parseWordLists\(personWordsData\)\[)"([a-z-]+)"`)

// Every section of words.txt is read by the code, and the code reads no
// section the file lacks: a misspelt name would read an empty list.
func TestWordSectionsKnownAndUsed(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range sectionUse.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = f
		}
	}
	sections := parseWordLists(personWordsData)
	for name, file := range used {
		if sections[name] == nil {
			t.Errorf("%s reads section [%s], which lexicon/words.txt lacks", file, name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(sections)) {
		if _, ok := used[name]; !ok {
			t.Errorf("lexicon/words.txt: section [%s] is read by no code: remove it or use it", name)
		}
	}
}
