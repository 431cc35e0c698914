package report

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// exampleReport checks the example story of the repository, as
// `crosscheck check --format html testdata/example/` does, with the paths
// a user at the repository root would see.
func exampleReport(t *testing.T) *Report {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir("../.."); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := os.Chdir(wd); err != nil {
			t.Fatal(err)
		}
	}()
	paths := []string{"testdata/example/"}
	res, err := pipeline.Check(context.Background(), paths, pipeline.Options{Workers: 1}, func(p document.Problem) { t.Errorf("%v", p) })
	if err != nil {
		t.Fatal(err)
	}
	return &Report{
		Documents: res.Documents,
		Findings:  res.Findings,
		Claims:    res.Claims,
		Articles:  ReadArticles(context.Background(), paths, document.Options{}),
	}
}

func TestHTMLGolden(t *testing.T) {
	golden(t, "html-example", render(t, "html", exampleReport(t), Options{Version: "v0.0.0-test"}))
}

// parsePage renders r as html and parses it as a browser would.
func parsePage(t *testing.T, r *Report) (*html.Node, string) {
	t.Helper()
	page := render(t, "html", r, Options{Version: "v0.0.0-test"})
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("the page does not parse as HTML: %v", err)
	}
	return doc, page
}

// walkNodes calls visit for every node under n, in document order.
func walkNodes(n *html.Node, visit func(*html.Node)) {
	visit(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkNodes(c, visit)
	}
}

func attr(n *html.Node, name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	for _, c := range strings.Fields(v) {
		if c == class {
			return true
		}
	}
	return false
}

// elements lists the elements named tag (and having class, when given).
func elements(root *html.Node, tag, class string) []*html.Node {
	var out []*html.Node
	walkNodes(root, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag && (class == "" || hasClass(n, class)) {
			out = append(out, n)
		}
	})
	return out
}

func textOf(n *html.Node) string {
	var b strings.Builder
	walkNodes(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

func TestHTMLStructure(t *testing.T) {
	r := exampleReport(t)
	doc, _ := parsePage(t, r)

	if got := elements(doc, "html", ""); len(got) != 1 {
		t.Fatalf("%d html elements", len(got))
	} else if lang, _ := attr(got[0], "lang"); lang != "en" {
		t.Errorf("html lang = %q, want en", lang)
	}
	for _, landmark := range []string{"header", "nav", "main", "footer"} {
		if n := len(elements(doc, landmark, "")); n != 1 {
			t.Errorf("%d <%s> landmarks, want 1", n, landmark)
		}
	}
	if h1 := elements(doc, "h1", ""); len(h1) != 1 {
		t.Errorf("%d h1, want 1", len(h1))
	}
	var sections []string
	for _, h2 := range elements(doc, "h2", "") {
		sections = append(sections, textOf(h2))
	}
	if want := "Overview|Findings|Figures over time|Articles"; strings.Join(sections, "|") != want {
		t.Errorf("sections %q, want %q", strings.Join(sections, "|"), want)
	}

	findings := elements(doc, "article", "finding")
	if len(findings) != len(r.Findings) {
		t.Fatalf("%d findings on the page, want %d", len(findings), len(r.Findings))
	}
	for i, f := range findings {
		h3 := elements(f, "h3", "")
		if len(h3) != 1 || !strings.Contains(textOf(h3[0]), r.Findings[i].Message) {
			t.Errorf("finding %d: heading does not hold its message %q", i+1, r.Findings[i].Message)
		}
		// Severity is written out, not only coloured.
		if sev := elements(f, "span", "sev"); len(sev) != 1 || !strings.Contains(textOf(sev[0]), string(r.Findings[i].Severity)) {
			t.Errorf("finding %d: severity %q not written in words", i+1, r.Findings[i].Severity)
		}
		if sides := elements(f, "section", "side"); len(sides) != len(r.Findings[i].Evidence) {
			t.Errorf("finding %d: %d sides, want %d", i+1, len(sides), len(r.Findings[i].Evidence))
		}
		if marks := elements(f, "mark", ""); len(marks) != len(r.Findings[i].Evidence) {
			t.Errorf("finding %d: %d highlighted claims, want one per side", i+1, len(marks))
		}
	}

	charts := elements(doc, "section", "chart")
	if len(charts) == 0 {
		t.Fatal("no chart of figures over time")
	}
	for _, c := range charts {
		svg := elements(c, "svg", "plot")
		if len(svg) != 1 {
			t.Fatalf("chart %s: %d svg elements", textOf(elements(c, "h3", "")[0]), len(svg))
		}
		if role, _ := attr(svg[0], "role"); role != "img" || len(elements(svg[0], "title", "")) == 0 {
			t.Errorf("chart svg without role=img and a title")
		}
		marks, rows := elements(svg[0], "g", "mark"), elements(elements(c, "tbody", "")[0], "tr", "")
		if len(marks) == 0 || len(marks) != len(rows) {
			t.Errorf("chart %q: %d marks for %d figures in its table", textOf(elements(c, "h3", "")[0]), len(marks), len(rows))
		}
	}
	if killed := chartTitled(charts, "Casualties: killed"); killed == nil {
		t.Error("no chart of the number killed, which the articles dispute")
	} else if got, want := len(elements(killed, "a", "connector")), findingsOfKind(r, "casualties"); got != want {
		t.Errorf("%d findings on the number killed marked on its chart, want %d", got, want)
	}

	articles := elements(doc, "article", "article")
	if len(articles) != len(r.Documents) {
		t.Fatalf("%d articles shown, want %d", len(articles), len(r.Documents))
	}
	marked := 0
	for _, a := range articles {
		marked += len(elements(a, "mark", ""))
	}
	if marked == 0 {
		t.Error("no disputed claim is marked in the articles")
	}
	checkLinks(t, doc)
	checkSelfContained(t, doc)
}

func chartTitled(charts []*html.Node, title string) *html.Node {
	for _, c := range charts {
		if textOf(elements(c, "h3", "")[0]) == title {
			return c
		}
	}
	return nil
}

// checkLinks: ids are unique and every link within the page has a target,
// and every finding is linked to from its articles and back.
func checkLinks(t *testing.T, doc *html.Node) {
	t.Helper()
	ids := map[string]bool{}
	walkNodes(doc, func(n *html.Node) {
		if id, ok := attr(n, "id"); ok && n.Type == html.ElementNode {
			if ids[id] {
				t.Errorf("id %q used twice", id)
			}
			ids[id] = true
		}
	})
	linked := map[string]bool{}
	walkNodes(doc, func(n *html.Node) {
		if n.Type != html.ElementNode || n.Data != "a" {
			return
		}
		href, _ := attr(n, "href")
		target, internal := strings.CutPrefix(href, "#")
		if !internal || !ids[target] {
			t.Errorf("link %q does not lead to a place on the page", href)
		}
		linked[target] = true
	})
	for id := range ids {
		if strings.HasPrefix(id, "finding-") && !strings.HasSuffix(id, "-h") && !linked[id] {
			t.Errorf("nothing links back to %s", id)
		}
	}
}

// checkSelfContained: no script, and nothing fetched from elsewhere.
func checkSelfContained(t *testing.T, doc *html.Node) {
	t.Helper()
	walkNodes(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if n.Data == "script" || n.Data == "iframe" || n.Data == "object" || n.Data == "embed" || n.Data == "link" {
			t.Errorf("the page has a <%s> element", n.Data)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("<%s> has an event handler %s=%q", n.Data, a.Key, a.Val)
			}
			if (a.Key == "src" || a.Key == "href") && !strings.HasPrefix(a.Val, "#") {
				t.Errorf("<%s %s=%q> points outside the page", n.Data, a.Key, a.Val)
			}
		}
	})
}

// hostileText is an article that tries to run a script and to break out
// of attributes and text; the page must show it as words.
const hostileText = `Fire <img src=x onerror=alert(1)> "chief"

Officials said <script>alert("x")</script> 12 people died ' " ></mark></p><a href="javascript:alert(1)">here</a> on Sunday.

A later count gave 15 dead.
`

func hostileReport(t *testing.T) (*Report, string) {
	t.Helper()
	dir := t.TempDir()
	p := dir + "/o'brien<x>.txt"
	if err := os.WriteFile(p, []byte(hostileText), 0o644); err != nil {
		t.Fatal(err)
	}
	docs := ReadArticles(context.Background(), []string{p}, document.Options{})
	if len(docs) != 1 {
		t.Fatalf("the hostile article was not read: %d documents", len(docs))
	}
	d := docs[0]
	spanOf := func(words string) document.Span {
		i := strings.Index(d.Text, words)
		if i < 0 {
			t.Fatalf("%q not in the article's text", words)
		}
		return d.SpanOf(i, i+len(words))
	}
	first := spanOf(`<script>alert("x")</script> 12`)
	second := spanOf("15")
	killed := func(s document.Span, n float64, asOf string) align.Claim {
		return align.Claim{Claim: claim.Claim{Doc: d.ID, Kind: claim.KindCasualties, Slot: "killed", Evidence: s,
			Lo: claim.Bound(n), Hi: claim.Bound(n), Exact: true, Display: fmt.Sprint(n) + ` <i>"dead"</i>`, AsOf: asOf, Source: `<script>src</script>`}}
	}
	info := pipeline.Info(d)
	info.Source, info.Published = `O'Brien & <b>Sons</b>`, `2025-06-02"><script>`
	r := &Report{
		Documents: []pipeline.DocumentInfo{info},
		Findings: []judge.Finding{{
			ID: `x"><script>alert(2)</script>`, Kind: claim.KindCasualties, Severity: judge.SeverityError, Rule: "amount-conflict",
			Message: `killed: 12 vs 15 <script>alert(3)</script>`,
			Why:     `"quotes" & 'apostrophes' </p>`,
			Evidence: []judge.Evidence{
				{Span: first, Display: `12 "dead"`, Source: `<b>police</b>`, AsOf: "2025-06-02"},
				{Span: second, Display: "15", AsOf: "2025-06-03"},
			},
		}},
		Claims:   []align.Claim{killed(first, 12, "2025-06-02"), killed(second, 15, "2025-06-03")},
		Articles: docs,
	}
	return r, d.Text
}

func TestHTMLEscapesArticles(t *testing.T) {
	r, text := hostileReport(t)
	doc, page := parsePage(t, r)
	checkSelfContained(t, doc)
	for _, bad := range []string{"<script", "<img", "<b>", "<i>", `href="javascript`} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q unescaped", bad)
		}
	}
	// Escaped, the article's words are still shown as it wrote them.
	articles := elements(doc, "article", "article")
	if len(articles) != 1 {
		t.Fatalf("%d articles shown", len(articles))
	}
	shown := strings.Join(strings.Fields(textOf(articles[0])), " ")
	for _, words := range []string{`<script>alert("x")</script> 12`, `' " ></mark></p><a href="javascript:alert(1)">here</a>`, `O'Brien & <b>Sons</b>`, `Fire <img src=x onerror=alert(1)> "chief"`} {
		if !strings.Contains(shown, words) {
			t.Errorf("the article's words %q are not shown as text:\n%s", words, shown)
		}
	}
	if !strings.Contains(text, `<script>`) {
		t.Fatal("the test article lost its script tag before the page was written")
	}
	if marks := elements(articles[0], "mark", ""); len(marks) != 2 || textOf(marks[0]) != `<script>alert("x")</script> 12` {
		t.Errorf("the disputed words are not marked as they were written: %d marks", len(marks))
	}
}

// FuzzHTMLArticle: whatever an article holds, the page parses, runs
// nothing, and shows the article's words as they are.
func FuzzHTMLArticle(f *testing.F) {
	for _, s := range []string{"12 people died.", `<script>alert(1)</script> 12`, `" onmouseover="x`, "</mark></p></article>", "<!-- 12 -->", "a\x00b 12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || strings.ContainsRune(text, 0) || strings.TrimSpace(text) == "" {
			return // the loader refuses such articles
		}
		raw := []byte(text)
		doc := document.New("story/a.txt", raw, text, nil, []document.Block{{Start: 0, End: len(text)}})
		span := doc.SpanOf(0, len(text))
		r := &Report{
			Documents: []pipeline.DocumentInfo{{Path: doc.Path, Title: text, Source: text}},
			Findings: []judge.Finding{{Kind: claim.KindQuote, Severity: judge.SeverityInfo, Message: text, Why: text,
				Evidence: []judge.Evidence{{Span: span, Display: text, Source: text}}}},
			Articles: []*document.Document{doc},
		}
		page, _ := parsePage(t, r)
		checkSelfContained(t, page)
		articles := elements(page, "article", "article")
		if len(articles) != 1 {
			t.Fatalf("%d articles shown", len(articles))
		}
		marks := elements(articles[0], "mark", "")
		// HTML reads every line break as "\n", as the loader does too.
		want := strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
		if len(marks) != 1 || textOf(marks[0]) != want {
			t.Errorf("the article's words are not shown as they are: %d marks", len(marks))
		}
	})
}

// TestHTMLStreamDocuments: the documents of one JSONL stream share a path
// and their spans count from the start of each text, so two sides can sit
// at the same offsets; each is still shown and marked in its own article.
func TestHTMLStreamDocuments(t *testing.T) {
	stream := filepath.Join(t.TempDir(), "wire.jsonl")
	lines := `{"id": "fire/1", "text": "Nine people were killed in the warehouse fire, police said.", "source": "Wire A", "published": "2025-05-02T08:00:00Z"}
{"id": "fire/2", "text": "Five people were killed in the warehouse fire, police said.", "source": "Wire B", "published": "2025-05-03T08:00:00Z"}
`
	if err := os.WriteFile(stream, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	paths := []string{stream}
	res, err := pipeline.Check(context.Background(), paths, pipeline.Options{Workers: 1}, func(p document.Problem) { t.Errorf("%v", p) })
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 {
		t.Fatalf("%d findings, want the one on the number killed", len(res.Findings))
	}
	r := &Report{Documents: res.Documents, Findings: res.Findings, Claims: res.Claims, Articles: ReadArticles(context.Background(), paths, document.Options{})}
	doc, _ := parsePage(t, r)
	articles := elements(doc, "article", "article")
	if len(articles) != 2 {
		t.Fatalf("%d articles shown, want 2", len(articles))
	}
	for i, want := range []string{"Nine", "Five"} {
		marks := elements(articles[i], "mark", "")
		if len(marks) != 1 || textOf(marks[0]) != want {
			t.Errorf("article %d: marks %d, want %q marked once", i+1, len(marks), want)
		}
	}
	checkLinks(t, doc)
}

// findingsOfKind counts a report's findings of one kind.
func findingsOfKind(r *Report, kind string) int {
	n := 0
	for _, f := range r.Findings {
		if string(f.Kind) == kind {
			n++
		}
	}
	return n
}
