package judge

import (
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
)

func post(path, asOf string, start int, office string) Evidence {
	return Evidence{Span: document.Span{Path: path, Start: start, End: start + 5}, AsOf: asOf, Value: map[string]any{"office": office, "name": "Ada Brecht"}}
}

// One article's odd title against several articles that agree is one
// alarm, set against the earliest of them; a second odd title elsewhere
// keeps its own.
func TestOneOddTitleOneAlarm(t *testing.T) {
	odd := post("feature.md", "2025-05-09", 40, "defence minister")
	fs := []Finding{
		{Kind: claim.KindOfficial, Rule: "office-conflict", Severity: SeverityWarning, Evidence: []Evidence{odd, post("local.md", "2025-05-03", 10, "coastguard head")}},
		{Kind: claim.KindOfficial, Rule: "office-conflict", Severity: SeverityWarning, Evidence: []Evidence{odd, post("wire.md", "2025-05-02", 10, "coastguard head")}},
		{Kind: claim.KindOfficial, Rule: "office-conflict", Severity: SeverityWarning, Evidence: []Evidence{post("oped.md", "2025-05-10", 90, "health minister"), post("wire.md", "2025-05-02", 10, "coastguard head")}},
	}
	got := collapseWitnesses(fs)
	var alarms []string
	for _, f := range got {
		if f.Severity != SeverityInfo {
			alarms = append(alarms, f.Evidence[0].Path+"|"+f.Evidence[1].Path)
		}
	}
	want := []string{"feature.md|wire.md", "oped.md|wire.md"}
	if len(alarms) != len(want) || alarms[0] != want[0] || alarms[1] != want[1] {
		t.Fatalf("alarms %v, want %v", alarms, want)
	}
}

func rendering(path, asOf string, words string) Evidence {
	return Evidence{Span: document.Span{Path: path, Start: 10, End: 10 + len(words)}, AsOf: asOf, Value: map[string]any{"words": words, "speaker": "Ines Kolb"}}
}

// One article's wording of a remark against several articles that quote
// it alike, punctuation aside, is one alarm; another article's own
// different wording keeps its own.
func TestOneOddWordingOneAlarm(t *testing.T) {
	odd := rendering("local.md", "2025-05-04", "We reached the hull within the hour")
	fs := []Finding{
		{Kind: claim.KindQuote, Rule: "misquote", Severity: SeverityWarning, Evidence: []Evidence{odd, rendering("wire.md", "2025-05-02", "We reached the wreck within the hour.")}},
		{Kind: claim.KindQuote, Rule: "misquote", Severity: SeverityWarning, Evidence: []Evidence{odd, rendering("radio.md", "2025-05-03", "We reached the wreck within the hour,")}},
		{Kind: claim.KindQuote, Rule: "misquote", Severity: SeverityWarning, Evidence: []Evidence{rendering("blog.md", "2025-05-05", "We reached the pier within the hour"), rendering("wire.md", "2025-05-02", "We reached the wreck within the hour.")}},
	}
	var alarms []string
	for _, f := range collapseWitnesses(fs) {
		if f.Severity != SeverityInfo {
			alarms = append(alarms, f.Evidence[0].Path+"|"+f.Evidence[1].Path)
		}
	}
	want := []string{"local.md|wire.md", "blog.md|wire.md"}
	if !slices.Equal(alarms, want) {
		t.Fatalf("alarms %v, want %v", alarms, want)
	}
}
