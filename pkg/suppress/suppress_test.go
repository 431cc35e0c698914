package suppress

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

// mkFinding builds a hand-made finding with one evidence span per line.
func mkFinding(kind claim.Kind, path string, lines ...int) judge.Finding {
	f := judge.Finding{ID: string(kind) + "-x", Kind: kind, Severity: judge.SeverityError, Message: "conflict"}
	for _, l := range lines {
		f.Evidence = append(f.Evidence, judge.Evidence{Span: document.Span{Path: path, Line: l}})
	}
	return f
}

func apply(t *testing.T, path, text string, fs ...judge.Finding) (kept, reported []judge.Finding) {
	t.Helper()
	f := Parse(path, []byte(text), wrappedOnly(path))
	for _, fd := range Apply(fs, map[string]*File{path: f}) {
		if fd.Kind == Kind {
			reported = append(reported, fd)
		} else {
			kept = append(kept, fd)
		}
	}
	return kept, reported
}

func TestDisableNextLineMarkdown(t *testing.T) {
	text := "# Talks\n\n<!-- crosscheck-disable-next-line duration -- agreed with the desk -->\n\nThe call lasted ninety minutes.\nThe call lasted two hours.\n"
	kept, reported := apply(t, "a.md", text,
		mkFinding(claim.KindDuration, "a.md", 5),
		mkFinding(claim.KindDuration, "a.md", 6),
		mkFinding(claim.KindQuote, "a.md", 5),
	)
	if len(kept) != 2 || kept[0].Evidence[0].Line != 6 || kept[1].Kind != claim.KindQuote {
		t.Fatalf("kept = %+v, want the line-6 duration and the quote", kept)
	}
	if len(reported) != 0 {
		t.Fatalf("unexpected reports: %+v", reported)
	}
}

func TestDisableNextLineAllKinds(t *testing.T) {
	text := "<!-- crosscheck-disable-next-line -->\nThe mayor said the bridge would reopen.\n"
	kept, _ := apply(t, "a.md", text, mkFinding(claim.KindQuote, "a.md", 2), mkFinding(claim.KindDate, "a.md", 2))
	if len(kept) != 0 {
		t.Fatalf("kept = %+v, want none", kept)
	}
}

func TestRegion(t *testing.T) {
	text := strings.Join([]string{
		"Line one.",                            // 1
		"<!-- crosscheck-disable quote -->",    // 2
		"The minister said it was over.",       // 3
		"The talks lasted three hours.",        // 4
		"<!-- crosscheck-enable quote -->",     // 5
		"The minister said it had just begun.", // 6
	}, "\n")
	kept, reported := apply(t, "b.md", text,
		mkFinding(claim.KindQuote, "b.md", 3),
		mkFinding(claim.KindDuration, "b.md", 4),
		mkFinding(claim.KindQuote, "b.md", 6),
	)
	if len(kept) != 2 || kept[0].Kind != claim.KindDuration || kept[1].Evidence[0].Line != 6 {
		t.Fatalf("kept = %+v", kept)
	}
	if len(reported) != 0 {
		t.Fatalf("unexpected reports: %+v", reported)
	}
}

func TestRegionAllKindsReenableOne(t *testing.T) {
	text := "<!-- crosscheck-disable -->\nA.\n<!-- crosscheck-enable quote -->\nB.\n"
	kept, _ := apply(t, "c.md", text,
		mkFinding(claim.KindQuote, "c.md", 2),
		mkFinding(claim.KindQuote, "c.md", 4),
		mkFinding(claim.KindDate, "c.md", 4),
	)
	if len(kept) != 1 || kept[0].Kind != claim.KindQuote || kept[0].Evidence[0].Line != 4 {
		t.Fatalf("kept = %+v, want only the quote on line 4", kept)
	}
}

func TestRegionRunsToEndOfFile(t *testing.T) {
	text := "<!-- crosscheck-disable casualties -->\nA.\n\nB.\n"
	kept, _ := apply(t, "d.md", text, mkFinding(claim.KindCasualties, "d.md", 4))
	if len(kept) != 0 {
		t.Fatalf("kept = %+v", kept)
	}
}

func TestPlainTextBareDirective(t *testing.T) {
	text := "crosscheck-disable-next-line quote -- the spokesman corrected this later\nThe spokesman said no.\n"
	kept, _ := apply(t, "e.txt", text, mkFinding(claim.KindQuote, "e.txt", 2))
	if len(kept) != 0 {
		t.Fatalf("kept = %+v", kept)
	}
	// In Markdown a bare directive is prose, not a directive.
	kept, _ = apply(t, "e.md", text, mkFinding(claim.KindQuote, "e.md", 2))
	if len(kept) != 1 {
		t.Fatalf("bare directive was read in Markdown")
	}
}

func TestPlainTextBareRegion(t *testing.T) {
	text := "crosscheck-disable date\nIt happened on Monday.\ncrosscheck-enable date\nIt happened on Tuesday.\n"
	kept, _ := apply(t, "f.txt", text, mkFinding(claim.KindDate, "f.txt", 2), mkFinding(claim.KindDate, "f.txt", 4))
	if len(kept) != 1 || kept[0].Evidence[0].Line != 4 {
		t.Fatalf("kept = %+v", kept)
	}
}

func TestEitherSideHides(t *testing.T) {
	text := "<!-- crosscheck-disable-next-line quantity -->\nThe ferry carried 120 people.\n"
	two := mkFinding(claim.KindQuantity, "draft.md", 2)
	two.Evidence = append(two.Evidence, judge.Evidence{Span: document.Span{Path: "source.md", Line: 9}})
	kept, _ := apply(t, "draft.md", text, two)
	if len(kept) != 0 {
		t.Fatalf("a two-sided finding suppressed on one side was kept")
	}
}

func TestUnusedDirectiveReported(t *testing.T) {
	text := "Intro.\n<!-- crosscheck-disable-next-line official -- old note -->\nThe police chief spoke.\n"
	kept, reported := apply(t, "g.md", text, mkFinding(claim.KindQuote, "g.md", 3))
	if len(kept) != 1 {
		t.Fatalf("kept = %+v", kept)
	}
	if len(reported) != 1 || reported[0].Rule != RuleUnused || reported[0].Evidence[0].Line != 2 {
		t.Fatalf("reported = %+v, want one unused directive on line 2", reported)
	}
	if !strings.Contains(reported[0].Message, "unused crosscheck-disable-next-line directive for official") {
		t.Errorf("message = %q", reported[0].Message)
	}
	if reported[0].Severity != judge.SeverityWarning || reported[0].ID == "" {
		t.Errorf("severity/id = %q/%q", reported[0].Severity, reported[0].ID)
	}
}

func TestUnusedRegionReported(t *testing.T) {
	text := "<!-- crosscheck-disable quote -->\nNothing here.\n<!-- crosscheck-enable quote -->\n"
	_, reported := apply(t, "h.md", text)
	if len(reported) != 1 || reported[0].Rule != RuleUnused || reported[0].Evidence[0].Line != 1 {
		t.Fatalf("reported = %+v, want the disable on line 1 (the enable is never unused)", reported)
	}
}

func TestInvalidDirectives(t *testing.T) {
	text := strings.Join([]string{
		"<!-- crosscheck-disable-next-line quotes -->", // unknown kind
		"Text.",
		"<!-- crosscheck-disabel -->", // unknown directive
		"<!-- crosscheck-enable date -->",
	}, "\n")
	kept, reported := apply(t, "i.md", text, mkFinding(claim.KindQuote, "i.md", 2))
	if len(kept) != 1 {
		t.Fatalf("a malformed directive hid a finding")
	}
	var msgs []string
	for _, r := range reported {
		if r.Rule != RuleInvalid {
			t.Errorf("rule = %q for %q", r.Rule, r.Message)
		}
		msgs = append(msgs, r.Message)
	}
	got := strings.Join(msgs, "\n")
	for _, want := range []string{`unknown kind "quotes"`, `unknown directive "crosscheck-disabel"`, "crosscheck-enable without a crosscheck-disable"} {
		if !strings.Contains(got, want) {
			t.Errorf("reports lack %q:\n%s", want, got)
		}
	}
}

func TestKindListWithSpacesAndCRLF(t *testing.T) {
	text := "<!-- crosscheck-disable-next-line quote, date -- two reasons -->\r\n\r\nSaid on Friday.\r\n"
	f := Parse("j.md", []byte(text), true)
	if len(f.Directives) != 1 {
		t.Fatalf("directives = %+v problems = %+v", f.Directives, f.Problems)
	}
	d := f.Directives[0]
	if len(d.Kinds) != 2 || d.Reason != "two reasons" {
		t.Fatalf("directive = %+v", d)
	}
	kept, _ := apply(t, "j.md", text, mkFinding(claim.KindDate, "j.md", 3))
	if len(kept) != 0 {
		t.Fatalf("kept = %+v", kept)
	}
}

func TestParseDocumentSkipsStreams(t *testing.T) {
	raw := []byte("<!-- crosscheck-disable -->\nx\n")
	d := document.New("feed.jsonl", raw, string(raw), nil, nil)
	d.Line = 3
	if _, ok := ParseDocument(d); ok {
		t.Fatal("directives read from a JSONL document")
	}
	d.Line = 0
	d.Path = "a.md"
	if f, ok := ParseDocument(d); !ok || len(f.Directives) != 1 {
		t.Fatalf("ParseDocument = %+v, %v", f, ok)
	}
}
