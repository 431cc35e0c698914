package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// colorModes are the values --color accepts.
var colorModes = []string{"auto", "always", "never"}

// useColor decides whether the text report is coloured. An explicit
// --color always or never wins; with auto, NO_COLOR (any value) turns
// colour off, FORCE_COLOR or CLICOLOR_FORCE (any value but 0) turns it on
// for a pipe too, and otherwise only a terminal gets colour.
func useColor(mode string, w io.Writer, getenv func(string) string) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if getenv("NO_COLOR") != "" {
		return false
	}
	for _, force := range []string{"FORCE_COLOR", "CLICOLOR_FORCE"} {
		if v := getenv(force); v != "" && v != "0" && v != "false" {
			return true
		}
	}
	return isTerminal(w) && getenv("TERM") != "dumb"
}

// useLinks decides whether locations are written as OSC 8 hyperlinks: only
// on a terminal that is not "dumb", and not inside the terminal
// multiplexers or CI logs that print the escape sequence instead.
func useLinks(w io.Writer, color bool, getenv func(string) string) bool {
	if !color || !isTerminal(w) || getenv("CI") != "" {
		return false
	}
	termName := getenv("TERM")
	return termName != "dumb" && !strings.HasPrefix(termName, "screen") && getenv("TMUX") == ""
}

func isTerminal(w io.Writer) bool {
	fh, ok := w.(*os.File)
	return ok && term.IsTerminal(int(fh.Fd()))
}

// terminalWidth is the width of the terminal w writes to, or 0 when it is
// not a terminal (the report then wraps at its default width).
func terminalWidth(w io.Writer) int {
	fh, ok := w.(*os.File)
	if !ok {
		return 0
	}
	width, _, err := term.GetSize(int(fh.Fd()))
	if err != nil {
		return 0
	}
	return width
}

// failingHidden counts the findings that --min-severity keeps out of the
// report but that are at or above --fail-on: when the run fails, the user
// must learn why although the report shows nothing that fails.
func failingHidden(all []judge.Finding, minSev, failOn judge.Severity) int {
	if failOn == "none" {
		return 0
	}
	n := 0
	for _, f := range all {
		if f.Severity.Rank() < minSev.Rank() && f.Severity.Rank() >= failOn.Rank() {
			n++
		}
	}
	return n
}

// hiddenMessage says why a run whose report shows no failing finding fails.
func hiddenMessage(n int, minSev, failOn judge.Severity) string {
	if n == 1 {
		return fmt.Sprintf("crosscheck: 1 finding below --min-severity %s is not shown but fails the run (--fail-on %s); show it with --min-severity %s", minSev, failOn, failOn)
	}
	return fmt.Sprintf("crosscheck: %d findings below --min-severity %s are not shown but fail the run (--fail-on %s); show them with --min-severity %s", n, minSev, failOn, failOn)
}

// largeStory is how many articles one story may hold before a run warns:
// every claim is compared with every other claim of its kind in its story,
// so work grows with the square of a story's size, and an archive checked
// as one story (--story-by all) buries its findings in coincidences.
const largeStory = 300

// largeStoryWarning names the largest story when it holds more than
// largeStory articles, or returns "".
func largeStoryWarning(docs []pipeline.DocumentInfo, storyBy string) string {
	sizes := map[string]int{}
	largest, name := 0, ""
	for _, d := range docs {
		id := d.ID
		if id == "" {
			id = d.Path
		}
		story := pipeline.StoryOf(&document.Document{Path: d.Path, ID: id}, storyBy)
		if sizes[story]++; sizes[story] > largest {
			largest, name = sizes[story], story
		}
	}
	if largest <= largeStory {
		return ""
	}
	where := ""
	if storyBy != pipeline.StoryAll {
		where = fmt.Sprintf(" (%s)", strings.ReplaceAll(name, "\x00", " "))
	}
	return fmt.Sprintf("crosscheck: warning: one story%s holds %d articles; each claim is compared with every other claim of its kind in its story, so findings between unrelated articles are likely, and a claim that disagrees with many is shown with only %d of them; group articles into stories with --story-by folder or --story-by id",
		where, largest, align.DiscordsShown)
}
