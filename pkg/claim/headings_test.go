package claim

import (
	"context"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/mention"
)

// markdownArticle reads md as the loader reads a Markdown file, list
// markers and all, published at pub.
func markdownArticle(t *testing.T, pub, md string) *Article {
	t.Helper()
	var doc *document.Document
	opts := document.Options{Stdin: strings.NewReader("---\npublished: " + pub + "\n---\n" + md), StdinName: "a.md"}
	err := document.Load(context.Background(), []string{"-"}, opts, func(d *document.Document) error { doc = d; return nil },
		func(p document.Problem) { t.Fatal(p) })
	if err != nil || doc == nil {
		t.Fatalf("loading: %v", err)
	}
	return NewArticle(doc, mention.Find(doc.Text, mention.Reference{Published: doc.Published}))
}

// A dated heading over a timeline's entries, each opening on a clock
// time, dates the first event the entries name; a live blog's day divider
// over stamped posts, and a sentence, do not.
func TestDatedHeadingOverTimeline(t *testing.T) {
	tests := []struct {
		name       string
		paragraphs []string
		want       string // the slot the heading's date gives; "" for none
	}{
		{"a heading over a list of timed entries",
			[]string{"What happened on 28 April 2025", "- 18:30 — Gates open to fans.", "- 19:42 — A crush at gate 14 traps dozens of fans."},
			"date:incident"},
		{"a day's divider over a live blog's posts",
			[]string{"Monday 28 April 2025", "19:42 — A crush at gate 14 traps dozens of fans.", "18:30 — Gates open to fans."},
			""},
		{"a sentence, not a heading",
			[]string{"Fans gathered on 28 April 2025.", "- 19:42 — A crush at gate 14 traps dozens of fans."},
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := articleOf(t, "2025-05-06T10:00:00Z", tc.paragraphs...)
			got := ""
			for _, c := range Build(a, Options{}) {
				if c.Kind == KindDate && c.Evidence.Start < len(tc.paragraphs[0]) {
					got = c.Slot
				}
			}
			if got != tc.want {
				t.Errorf("heading's date gives %q, want %q", got, tc.want)
			}
		})
	}
}

// A day that opens a timeline entry whose own clause names no event
// dates the first event the clock-time entries under it name, up to an
// entry on an earlier hour (past midnight) or one with a day of its own.
func TestDatedEntryOverTimedEntries(t *testing.T) {
	tests := []struct {
		name       string
		paragraphs []string
		want       string // the slot the first entry's date gives; "" for none
	}{
		{"timed entries under a dated one",
			[]string{"- 5 May, 17:50 — Sirens sound across the county.", "- 18:18 — A tornado tears through the south of the town.", "- 19:30 — The governor declares an emergency."},
			"date:incident"},
		{"an hour before the dated one's is the next day",
			[]string{"- 5 May, 23:40 — Sirens sound across the county.", "- 02:10 — A tornado tears through the south of the town."},
			""},
		{"an entry with a day of its own is no timed entry",
			[]string{"- 5 May — Forecasters tell residents to take shelter.", "- 6 May — A tornado tears through the south of the town."},
			""},
		{"a day in the middle of an entry opens none",
			[]string{"- Forecasters on 5 May tell residents to take shelter.", "- 18:18 — A tornado tears through the south of the town."},
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := markdownArticle(t, "2025-05-07T10:00:00Z", strings.Join(tc.paragraphs, "\n"))
			first, _, _ := strings.Cut(a.Doc.Text, "\n")
			got := ""
			for _, c := range Build(a, Options{}) {
				if c.Kind == KindDate && c.Evidence.Start < len(first) {
					got = c.Slot
				}
			}
			if got != tc.want {
				t.Errorf("first entry's date gives %q, want %q", got, tc.want)
			}
		})
	}
}
