package claim

import (
	"fmt"
	"strings"
)

// The embedded lexicons are data that editors may change; a line that
// does not fit its file's shape would otherwise be passed over in silence.
// lexiconProblems reads every file as the loader does and names each
// such line by file and line number.

// lexiconFiles are the embedded lexicons, by their file names.
var lexiconFiles = []struct {
	name  string
	data  string
	check func(lexLine) string
}{
	{"lexicon/offices.txt", officesData, checkOfficeLine},
	{"lexicon/portfolios.txt", portfoliosData, checkPortfolioLine},
	{"lexicon/words.txt", personWordsData, nil},
}

// lexiconProblems lists the lines of the embedded lexicons that break
// their file's shape, as "file:line: what is wrong".
func lexiconProblems() []error {
	var out []error
	for _, f := range lexiconFiles {
		if f.check == nil {
			out = append(out, wordListProblems(f.name, f.data)...)
			continue
		}
		for _, line := range lexiconLines(f.data) {
			if msg := f.check(line); msg != "" {
				out = append(out, fmt.Errorf("%s:%d: %s", f.name, line.n, msg))
			}
		}
	}
	return out
}

// checkOfficeLine checks "family holders: *canonical | name | name".
func checkOfficeLine(line lexLine) string {
	head, names, ok := strings.Cut(line.text, ":")
	if !ok {
		return `want "family holders: name | name", with a colon`
	}
	fields := strings.Fields(head)
	if len(fields) != 2 {
		return fmt.Sprintf("want a family and a holder count before the colon, got %q", head)
	}
	switch fields[1] {
	case HoldersOne, HoldersCountry, HoldersMany:
	default:
		return fmt.Sprintf("holder count %q: want one, country or many", fields[1])
	}
	return emptyName(names)
}

// checkPortfolioLine checks "canonical | other name | other name".
func checkPortfolioLine(line lexLine) string { return emptyName(line.text) }

func emptyName(names string) string {
	for _, n := range strings.Split(names, "|") {
		if strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(n), "*")) == "" {
			return "an empty name between bars"
		}
	}
	return ""
}

// wordListProblems checks that words come under a "[section]", that no
// section is given twice and none is empty.
func wordListProblems(name, data string) []error {
	var out []error
	seen := map[string]int{}
	section, words := "", 0
	closeSection := func() {
		if section != "" && words == 0 {
			out = append(out, fmt.Errorf("%s:%d: section [%s] holds no words", name, seen[section], section))
		}
	}
	for _, line := range lexiconLines(data) {
		if s, ok := sectionHeader(line.text); ok {
			closeSection()
			if first, dup := seen[s]; dup {
				out = append(out, fmt.Errorf("%s:%d: section [%s] is given twice (first at line %d): merge them", name, line.n, s, first))
			}
			seen[s], section, words = line.n, s, 0
			continue
		}
		if section == "" {
			out = append(out, fmt.Errorf("%s:%d: words before any [section]", name, line.n))
			continue
		}
		words++
	}
	closeSection()
	return out
}
