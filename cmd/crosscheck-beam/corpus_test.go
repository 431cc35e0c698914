package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A small archive written by the tests: story folders of Markdown articles
// whose figures disagree now and then, and the same articles as one JSONL
// stream whose ids name their story ("story-03/article-2").

var (
	towns   = []string{"Brenmoor", "Callow Reach", "Dunharrow", "Estlow", "Fennick", "Garrow Bay", "Holt Marsh"}
	sites   = []string{"grain depot", "paper mill", "bus station", "ferry terminal", "textile plant"}
	mayors  = []string{"Ines Tovald", "Marek Oyelaran", "Saskia Threlfall", "Tomas Edevane"}
	outlets = []string{"Harbour Courier", "Evening Ledger", "Valley Post", "Northern Wire"}
)

// storyFacts are one story's figures as its first article gives them.
type storyFacts struct {
	town, site, mayor string
	killed, injured   int
	hours, closedDays int
	day               int // of March 2025
}

func factsOf(story int) storyFacts {
	return storyFacts{
		town:       towns[story%len(towns)],
		site:       sites[story%len(sites)],
		mayor:      mayors[story%len(mayors)],
		killed:     3 + story%9,
		injured:    12 + 7*(story%5),
		hours:      2 + story%6,
		closedDays: 4 + story%3,
		day:        3 + story%20,
	}
}

// article writes the n-th article of a story. Later articles revise some
// figures, the way reports of one event drift apart, so that stories hold
// both agreeing and conflicting claims of several kinds.
func article(story, n int) (title, published, body string) {
	f := factsOf(story)
	if n%3 == 1 {
		f.killed += 2 + story%4
	}
	if n%4 == 2 {
		f.hours += 3
	}
	if n == 3 && story%2 == 0 {
		f.injured *= 2
	}
	title = fmt.Sprintf("Fire at %s %s", f.town, f.site)
	published = fmt.Sprintf("2025-03-%02dT%02d:00:00Z", f.day+1, 8+n)
	body = fmt.Sprintf(`A fire at a %s in %s killed %d people on %s, emergency services said.

Firefighters spent %d hours bringing the blaze under control, and %d workers were taken to hospital.

Mayor %s said the site would stay closed for %d days while inspectors looked for the cause.
`, f.site, f.town, f.killed, weekday(f.day), f.hours, f.injured, f.mayor, f.closedDays)
	return title, published, body
}

// weekday names a day of March 2025, which began on a Saturday.
func weekday(day int) string {
	days := []string{"Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	return days[(day-1)%7]
}

// writeCorpus writes stories of perStory articles under dir, as folders
// and as dir/all.jsonl; returns the folder of folders and the stream. The
// first article of the first story carries a suppression directive.
func writeCorpus(t *testing.T, dir string, stories, perStory int) (folders, stream string) {
	t.Helper()
	folders = filepath.Join(dir, "stories")
	var jsonl strings.Builder
	for s := range stories {
		storyDir := filepath.Join(folders, fmt.Sprintf("story-%02d", s))
		if err := os.MkdirAll(storyDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for n := range perStory {
			title, published, body := article(s, n)
			if s == 0 && n == 1 {
				body = "<!-- crosscheck-disable-next-line casualties -- figure confirmed with the desk -->\n" + body
			}
			md := fmt.Sprintf("---\ntitle: %q\nsource: %q\npublished: %s\n---\n\n%s", title, outlets[n%len(outlets)], published, body)
			if err := os.WriteFile(filepath.Join(storyDir, fmt.Sprintf("article-%d.md", n)), []byte(md), 0o644); err != nil {
				t.Fatal(err)
			}
			line, err := json.Marshal(map[string]string{
				"id": fmt.Sprintf("story-%02d/article-%d", s, n), "title": title,
				"source": outlets[n%len(outlets)], "published": published, "text": body,
			})
			if err != nil {
				t.Fatal(err)
			}
			jsonl.Write(line)
			jsonl.WriteByte('\n')
		}
	}
	stream = filepath.Join(dir, "all.jsonl")
	if err := os.WriteFile(stream, []byte(jsonl.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return folders, stream
}
