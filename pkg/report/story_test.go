package report

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// The test story is three short articles about one warehouse fire, in
// testdata/report/story at the repository root. Findings are written by
// hand, but their evidence is located in the real files through
// document.SpanOf, so offsets, lines and code-point columns are the ones
// the pipeline would report.

const storyDir = "testdata/report/story"

var (
	wire  = storyDir + "/wire.md"
	daily = storyDir + "/daily.md"
	radio = storyDir + "/radio.md"
)

// evidence locates the first occurrence of text in the prose of the story
// file at path (relative to the repository root, as a user would pass it),
// read as crosscheck reads it.
func evidence(t *testing.T, path, text string) judge.Evidence {
	t.Helper()
	var doc *document.Document
	err := document.Load(context.Background(), []string{filepath.Join("..", "..", filepath.FromSlash(path))}, document.Options{},
		func(d *document.Document) error { doc = d; return nil },
		func(p document.Problem) { t.Fatal(p) })
	if err != nil || doc == nil {
		t.Fatalf("loading %s: %v", path, err)
	}
	// A line break in the file is a space in the prose.
	prose := strings.ReplaceAll(text, "\n", " ")
	i := strings.Index(doc.Text, prose)
	if i < 0 {
		t.Fatalf("%q not found in %s", prose, path)
	}
	e := judge.Evidence{Span: doc.SpanOf(i, i+len(prose))}
	e.Path = path
	return e
}

// side is evidence with its judgement context filled in.
func side(t *testing.T, path, text, display string, value any, ev *claim.Event, source, asOf string) judge.Evidence {
	e := evidence(t, path, text)
	e.Display, e.Value, e.Event, e.Source, e.AsOf = display, value, ev, source, asOf
	return e
}

// withID gives f an id the way the judge does: a hash of kind, rule and
// the places (offsets) and words of its evidence.
func withID(f judge.Finding) judge.Finding {
	h := sha256.New()
	h.Write([]byte(string(f.Kind) + "\x00" + f.Rule))
	for _, e := range f.Evidence {
		fmt.Fprintf(h, "\x00%s\x00%012d\x00%012d\x00%s", e.Path, e.Start, e.End, e.Text)
	}
	f.ID = string(f.Kind) + "-" + hex.EncodeToString(h.Sum(nil))[:12]
	return f
}

func storyReport(t *testing.T) *Report {
	t.Helper()
	fire := func(date, dateText string) *claim.Event {
		return &claim.Event{Noun: "fire", Date: date, DateText: dateText, Place: "Kessling"}
	}
	longQuote := "We were lucky the wind turned before\nmidnight, because otherwise the flames would have reached the fuel depot on the\nother side of the yard."
	findings := []judge.Finding{
		{
			Kind: claim.KindDuration, Severity: judge.SeverityError, Rule: "duration-conflict",
			Message: "The fire burned for less than 6 h in one article and more than 9 h in another",
			Evidence: []judge.Evidence{
				side(t, wire, "for nearly six hours", "less than 6 h",
					map[string]any{"seconds": 21600, "mod": "less", "min": 18000, "max": 21600},
					fire("2025-06-01", "on Sunday evening"), "regional fire service", "2025-06-02"),
				side(t, daily, "more than nine\nhours", "more than 9 h",
					map[string]any{"seconds": 32400, "mod": "more", "min": 32400, "max": 39600},
					fire("", ""), "", "2025-06-03"),
			},
			Why: "both describe the fire in Kessling; no other fire is mentioned",
		},
		{
			Kind: claim.KindDate, Severity: judge.SeverityError, Rule: "date-conflict",
			Message: "The fire started on 2025-06-01 in one article and on 2025-05-31 in another",
			Evidence: []judge.Evidence{
				side(t, wire, "on Sunday evening", "2025-06-01", map[string]any{"date": "2025-06-01"},
					fire("", ""), "", "2025-06-02"),
				side(t, radio, "on Saturday night", "2025-05-31", map[string]any{"date": "2025-05-31"},
					fire("", ""), "Radio Nord", "2025-06-02"),
			},
			Why: "both date the start of the warehouse fire; both articles were published on 2025-06-02",
		},
		{
			Kind: claim.KindCasualties, Severity: judge.SeverityWarning, Rule: "casualty-conflict",
			Message: "2 firefighters injured in one article, 4 taken to hospital in another",
			Evidence: []judge.Evidence{
				side(t, wire, "Two firefighters were injured", "2 injured", map[string]any{"value": 2},
					fire("2025-06-01", "on Sunday evening"), "the service", "2025-06-02"),
				side(t, daily, "Four firefighters were taken to hospital", "4 in hospital", map[string]any{"value": 4},
					fire("", ""), "the fire service", "2025-06-03"),
			},
			Why: "the later figure may include firefighters hurt after the first report",
		},
		{
			Kind: claim.KindOfficial, Severity: judge.SeverityWarning, Rule: "official-office",
			Message: `Marta Olsen is "fire chief" in one article and "deputy fire chief" (spelled Olssen) in another`,
			Evidence: []judge.Evidence{
				side(t, wire, "Fire chief Marta Olsen", "Marta Olsen, fire chief",
					map[string]any{"name": "Marta Olsen", "office": "fire chief"}, nil, "", ""),
				side(t, daily, "Deputy fire chief Marta Olssen", "Marta Olssen, deputy fire chief",
					map[string]any{"name": "Marta Olssen", "office": "deputy fire chief"}, nil, "", ""),
			},
			Why: "same given name and a surname one letter apart, both speaking for the fire service",
		},
		{
			Kind: claim.KindQuote, Severity: judge.SeverityInfo, Rule: "quote-wording",
			Message: `Marta Olsen's remark is worded differently: "the wind turned" and "the wind dropped"`,
			Evidence: []judge.Evidence{
				side(t, wire, longQuote, "", map[string]any{"speaker": "Marta Olsen"}, nil, "Marta Olsen", ""),
				side(t, daily, "lucky the wind dropped", "", map[string]any{"speaker": "Marta Olssen"}, nil, "Marta Olssen", ""),
			},
		},
	}
	for i := range findings {
		findings[i] = withID(findings[i])
	}
	judge.Sort(findings)
	return &Report{
		Documents: []pipeline.DocumentInfo{
			{Path: daily, Title: "Night of smoke: Kessling’s long fight with the warehouse blaze", Source: "Kessling Daily", Published: "2025-06-03"},
			{Path: radio, Title: "Kessling fire: what we know", Source: "Radio Nord", Published: "2025-06-02"},
			{Path: wire, Title: "Warehouse fire in Kessling brought under control", Source: "Northern Wire", Published: "2025-06-02"},
		},
		Findings: findings,
	}
}
