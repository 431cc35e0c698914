package report

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// bigReport is a story of many articles, each giving a toll on several
// measures that rises day by day, and findings between consecutive
// articles: the size of report a long-running story can reach.
func bigReport(findings int) *Report {
	slots := []string{"killed", "injured", "missing", "evacuated", "arrested"}
	articles := findings/len(slots) + 1
	r := &Report{}
	var prev []judge.Evidence
	for a := range articles {
		var b strings.Builder
		fmt.Fprintf(&b, "Day %d of the floods\n\n", a+1)
		starts := map[string][2]int{}
		for i, slot := range slots {
			n := 10 + a*3 + i
			fmt.Fprintf(&b, "Officials said on the %dth day that %d people were %s in the valley, ", a+1, n, slot)
			at := b.Len() - len(fmt.Sprintf("%d people were %s in the valley, ", n, slot))
			starts[slot] = [2]int{at, at + len(fmt.Sprint(n))}
			b.WriteString("a figure the regional government repeated later in the evening to reporters.\n\n")
		}
		path := fmt.Sprintf("story/article-%03d.txt", a)
		raw := []byte(b.String())
		doc := document.New(path, raw, string(raw), nil, []document.Block{{Start: 0, End: len(raw)}})
		published := time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(a) * 7 * time.Hour).Format(time.RFC3339)
		doc.PublishedRaw = published
		r.Articles = append(r.Articles, doc)
		r.Documents = append(r.Documents, pipeline.DocumentInfo{Path: path, Title: fmt.Sprintf("Day %d of the floods", a+1), Source: fmt.Sprintf("Outlet %d", a%9), Published: published})
		var cur []judge.Evidence
		for i, slot := range slots {
			s := doc.SpanOf(starts[slot][0], starts[slot][1])
			n := 10 + a*3 + i
			r.Claims = append(r.Claims, align.Claim{Claim: claim.Claim{Doc: path, Kind: claim.KindCasualties, Slot: slot, Evidence: s,
				Lo: claim.Bound(n), Hi: claim.Bound(n), Exact: a%2 == 0, Display: fmt.Sprint(n), AsOf: published}})
			cur = append(cur, judge.Evidence{Span: s, Display: fmt.Sprint(n), AsOf: published, Event: &claim.Event{Noun: slot}})
		}
		for i := range cur {
			if prev != nil && len(r.Findings) < findings {
				r.Findings = append(r.Findings, judge.Finding{ID: fmt.Sprintf("casualties-%06d", len(r.Findings)), Kind: claim.KindCasualties,
					Severity: judge.SeverityWarning, Rule: "amount-conflict", Message: slots[i] + ": figures differ",
					Evidence: []judge.Evidence{prev[i], cur[i]}, Why: "same measure of the story's main event"})
			}
		}
		prev = cur
	}
	return r
}

// TestHTMLLargeReport: a report of 1,000 findings stays small enough to
// mail and to open at once.
func TestHTMLLargeReport(t *testing.T) {
	r := bigReport(1000)
	if len(r.Findings) != 1000 {
		t.Fatalf("%d findings, want 1000", len(r.Findings))
	}
	page := render(t, "html", r, Options{})
	const limit = 5 << 20
	if len(page) > limit {
		t.Errorf("the page of 1,000 findings is %d bytes, over %d", len(page), limit)
	}
	t.Logf("1,000 findings: %d bytes", len(page))
}

func TestPieces(t *testing.T) {
	const text = "Officials said 12 people died on Sunday."
	at := func(words string) (int, int) {
		i := strings.Index(text, words)
		return i, i + len(words)
	}
	ref := func(n int) []findingRef { return []findingRef{{Number: n}} }
	s1, e1 := at("12 people")
	s2, e2 := at("people died on Sunday")
	tests := []struct {
		name string
		hs   []highlight
		want string // pieces as [marked] text {anchors} ^refs
	}{
		{"none", nil, "Officials said 12 people died on Sunday."},
		{"one", []highlight{{start: s1, end: e1, anchor: "a", marked: true, refs: ref(1)}},
			"Officials said |{a}[12 people]^1| died on Sunday."},
		{"overlapping", []highlight{
			{start: s1, end: e1, anchor: "a", marked: true, refs: ref(1)},
			{start: s2, end: e2, anchor: "b", marked: true, refs: ref(2)},
		}, "Officials said |{a}[12 ]|{b}[people]^1|[ died on Sunday]^2|."},
		{"anchor only", []highlight{{start: s1, end: e1, anchor: "a"}},
			"Officials said |{a}12 people| died on Sunday."},
		{"outside the range", []highlight{{start: 100, end: 110, anchor: "x", marked: true}}, "Officials said 12 people died on Sunday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var parts []string
			for _, p := range pieces(text, 0, len(text), tt.hs) {
				s := p.Text
				if p.Marked {
					s = "[" + s + "]"
				}
				for _, a := range p.Anchors {
					s = "{" + a + "}" + s
				}
				for _, r := range p.Refs {
					s += fmt.Sprintf("^%d", r.Number)
				}
				parts = append(parts, s)
			}
			if got := strings.Join(parts, "|"); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestNiceStepAndThousands(t *testing.T) {
	steps := []struct{ raw, want float64 }{{0.3, 0.5}, {1, 1}, {1.2, 2}, {3, 5}, {7, 10}, {42, 50}, {1800, 2000}, {0, 1}}
	for _, s := range steps {
		if got := niceStep(s.raw); got != s.want {
			t.Errorf("niceStep(%v) = %v, want %v", s.raw, got, s.want)
		}
	}
	numbers := []struct {
		v    float64
		want string
	}{{0, "0"}, {12, "12"}, {1200, "1,200"}, {1234567, "1,234,567"}, {2.5, "2.5"}, {-4000, "-4,000"}}
	for _, n := range numbers {
		if got := groupThousands(n.v); got != n.want {
			t.Errorf("groupThousands(%v) = %q, want %q", n.v, got, n.want)
		}
	}
}

func TestTimeLabels(t *testing.T) {
	tests := []struct{ in, machine, human string }{
		{"2024-09-17T08:00:00Z", "2024-09-17T08:00:00Z", "Tue 17 Sep 2024, 08:00 UTC"},
		{"2024-09-17T10:00:00+02:00", "2024-09-17T10:00:00+02:00", "Tue 17 Sep 2024, 08:00 UTC"},
		{"2024-09-17", "2024-09-17", "Tue 17 Sep 2024"},
		{"2024-09", "2024-09", "September 2024"},
		{"2024", "2024", "2024"},
		{"last Tuesday", "", "last Tuesday"},
		{"", "", ""},
	}
	for _, tt := range tests {
		got := newTimeLabel(tt.in)
		if got.Machine != tt.machine || got.Human != tt.human {
			t.Errorf("newTimeLabel(%q) = %+v, want {%s %s}", tt.in, got, tt.machine, tt.human)
		}
	}
}

// FuzzTimeLabel: any time text gives a label that shows it, and a machine
// form only when it was read.
func FuzzTimeLabel(f *testing.F) {
	for _, s := range []string{"2024-09-17T08:00:00Z", "2024-09", "2024-13-40", "yesterday", "2024-09-17 08:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := newTimeLabel(s)
		_, _, ok := parseWhen(s)
		if ok != (l.Machine != "") {
			t.Errorf("newTimeLabel(%q) = %+v, read: %v", s, l, ok)
		}
		if !ok && l.Human != s {
			t.Errorf("unread time %q shown as %q", s, l.Human)
		}
	})
}

// TestHTMLStories: a run that compares several stories apart names each
// article's story in the overview, and a run of one story does not.
func TestHTMLStories(t *testing.T) {
	for _, many := range []bool{false, true} {
		r := bigReport(20)
		for i := range r.Claims {
			if many && strings.Contains(r.Claims[i].Evidence.Path, "article-001") {
				r.Claims[i].Story = "story/second"
			}
		}
		doc, _ := parsePage(t, r)
		var headers []string
		for _, th := range elements(elements(doc, "table", "articles")[0], "th", "") {
			headers = append(headers, textOf(th))
		}
		if got := strings.HasPrefix(strings.Join(headers, "|"), "Story|"); got != many {
			t.Errorf("several stories %v: overview columns %q", many, headers)
		}
	}
}
