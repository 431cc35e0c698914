package report

import (
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// The html format is one self-contained page for an editor's browser or a
// CI artifact: a summary of the run, each finding with both sentences, the
// figures of each changing measure charted against the time they hold
// for, and the articles with their disputed words marked. Everything is
// inline (CSS and SVG, no script, no font, no request: the page's
// content security policy forbids any), and every piece of article text
// goes through html/template's escaping, since articles are untrusted.

//go:embed html.tmpl
var htmlTemplate string

//go:embed html.css
var htmlStyle string

var pageTemplate = template.Must(template.New("page").Parse(htmlTemplate))

// page is everything the template shows.
type page struct {
	Title    string
	Story    string
	Summary  string
	Version  string
	Style    template.CSS
	Outlets  []swatch
	Articles []pageArticle
	// ManyStories adds each article's story to the overview, for a run
	// that compares several stories apart (--story-by).
	ManyStories bool
	Counts      countTable
	Findings    []pageFinding
	Charts      []chart
}

// pageArticle is one article: its description in the header and its text
// in the articles section.
type pageArticle struct {
	Anchor    string
	Story     string
	Path      string
	ID        string
	Title     string
	Outlet    string
	Published timeLabel
	Swatch    swatch
	// Blocks are the paragraphs; nil when the text is not available, and
	// Missing then says why.
	Blocks   []pageBlock
	Missing  string
	Disputed int
}

// pageBlock is a paragraph or heading of an article.
type pageBlock struct {
	Heading  bool
	Headline bool
	Pieces   []piece
}

// pageFinding is one finding and its sides.
type pageFinding struct {
	Anchor   string
	Number   int
	Severity severityLabel
	Kind     string
	Message  string
	Why      string
	Tag      string
	Sides    []pageSide
}

// pageSide is one side of a finding: where it is, its words in their
// sentence, its normalised value and what it is about.
type pageSide struct {
	Label    string
	Outlet   string
	Swatch   swatch
	Location string
	Href     string
	Value    string
	Sentence []piece
	Context  []string
}

// severityLabel shows a severity by word and symbol as well as by colour.
type severityLabel struct {
	Name   string
	Symbol string
	Class  string
}

var severityLabels = map[judge.Severity]severityLabel{
	judge.SeverityError:   {"error", "✖", "sev-error"},
	judge.SeverityWarning: {"warning", "▲", "sev-warning"},
	judge.SeverityInfo:    {"info", "●", "sev-info"},
}

func labelOf(s judge.Severity) severityLabel {
	if l, ok := severityLabels[s]; ok {
		return l
	}
	return severityLabel{string(s), "•", "sev-info"}
}

// countTable counts findings by kind (rows) and severity (columns).
type countTable struct {
	Severities []severityLabel
	Rows       []countRow
	Totals     []int
	Total      int
}

type countRow struct {
	Kind   string
	Counts []int
	Total  int
}

func writeHTML(w io.Writer, r *Report, opts Options) error {
	p := buildPage(r, opts)
	var b strings.Builder
	if err := pageTemplate.Execute(&b, p); err != nil {
		return fmt.Errorf("writing the html report: %w", err)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func buildPage(r *Report, opts Options) *page {
	version := opts.Version
	if version == "" {
		version = "dev"
	}
	p := &page{
		Title:   "crosscheck: " + Summary(r),
		Story:   storyName(r.Documents),
		Summary: Summary(r),
		Version: version,
		Style:   template.CSS(htmlStyle),
		Outlets: outletClasses(),
		Counts:  countFindings(r.Findings),
	}
	docs := newDocIndex(r)
	outlets := newOutlets(r.Documents)
	byPlace := newPlaces(r, docs)
	for i, f := range r.Findings {
		p.Findings = append(p.Findings, buildFinding(i, f, outlets, byPlace))
	}
	p.Charts = buildCharts(r, docs, outlets, byPlace)
	p.Articles = buildArticles(r.Documents, outlets, byPlace)
	p.ManyStories = nameStories(p.Articles, r.Claims, docs)
	return p
}

// nameStories sets the story of each article that has claims, and
// reports whether the run had more than one.
func nameStories(articles []pageArticle, claims []align.Claim, docs *docIndex) bool {
	stories := map[string]bool{}
	for _, c := range claims {
		if i, ok := docs.ofClaim(c.Claim); ok {
			articles[i].Story = strings.ReplaceAll(c.Story, "\x00", ": ")
			stories[c.Story] = true
		}
	}
	return len(stories) > 1
}

// storyName is the folder all the articles share ("" when they share none),
// which names the story in an archive laid out one story per folder.
func storyName(docs []pipeline.DocumentInfo) string {
	if len(docs) == 0 {
		return ""
	}
	common := path.Dir(docs[0].Path)
	for _, d := range docs[1:] {
		for common != "." && common != "/" && !strings.HasPrefix(d.Path, common+"/") {
			common = path.Dir(common)
		}
	}
	if common == "." || common == "/" {
		return ""
	}
	return common
}

func countFindings(fs []judge.Finding) countTable {
	sevs := []judge.Severity{judge.SeverityError, judge.SeverityWarning, judge.SeverityInfo}
	t := countTable{Totals: make([]int, len(sevs)), Total: len(fs)}
	for _, s := range sevs {
		t.Severities = append(t.Severities, labelOf(s))
	}
	rows := map[string]*countRow{}
	for _, f := range fs {
		k := string(f.Kind)
		row := rows[k]
		if row == nil {
			row = &countRow{Kind: k, Counts: make([]int, len(sevs))}
			rows[k] = row
		}
		row.Total++
		if i := slices.Index(sevs, f.Severity); i >= 0 {
			row.Counts[i]++
			t.Totals[i]++
		}
	}
	for _, row := range rows {
		t.Rows = append(t.Rows, *row)
	}
	slices.SortFunc(t.Rows, func(a, b countRow) int {
		return cmp.Or(cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)), cmp.Compare(a.Kind, b.Kind))
	})
	return t
}

// kindOrder puts kinds in the order Kinds documents them, unknown ones last.
func kindOrder(kind string) int {
	for i, d := range Kinds {
		if string(d.Kind) == kind {
			return i
		}
	}
	return len(Kinds)
}

func findingAnchor(i int) string { return fmt.Sprintf("finding-%d", i+1) }

func buildFinding(i int, f judge.Finding, outlets *outlets, places *places) pageFinding {
	pf := pageFinding{
		Anchor:   findingAnchor(i),
		Number:   i + 1,
		Severity: labelOf(f.Severity),
		Kind:     string(f.Kind),
		Message:  f.Message,
		Why:      f.Why,
		Tag:      ruleAndID(f),
	}
	for j, e := range f.Evidence {
		side := buildSide(e, outlets, places)
		side.Label = fmt.Sprintf("Side %d of %d: %s", j+1, len(f.Evidence), side.Outlet)
		pf.Sides = append(pf.Sides, side)
	}
	return pf
}

func buildSide(e judge.Evidence, outlets *outlets, places *places) pageSide {
	o := outlets.ofSpan(e.Span, places.docs)
	s := pageSide{
		Outlet:   o.name,
		Swatch:   o.swatch,
		Location: location(e),
		Value:    e.Display,
		Context:  anchors(e),
	}
	if s.Value == "" {
		s.Value = shortQuote(e.Text, maxQuote)
	}
	if at, ok := places.find(e.Span); ok {
		s.Href = "#" + at.anchor
		from, to := at.text.sentenceAround(at.start, at.end)
		s.Sentence = pieces(at.text.doc.Text, from, to, []highlight{{start: at.start, end: at.end, marked: true}})
	} else {
		s.Sentence = []piece{{Text: e.Text, Marked: true}}
	}
	return s
}

// docIndex finds the document a span or claim belongs to, by its path and,
// for the documents of a JSONL stream, which share one path, its id.
type docIndex struct {
	byID map[docID]int // index in Report.Documents
}

// docID is a document's path and id (the path again for an ordinary file).
type docID struct{ path, id string }

func newDocIndex(r *Report) *docIndex {
	x := &docIndex{byID: map[docID]int{}}
	for i, d := range r.Documents {
		x.byID[docID{d.Path, cmp.Or(d.ID, d.Path)}] = i
	}
	return x
}

// document returns the index in Report.Documents of the document s is in.
func (x *docIndex) document(s document.Span) (int, bool) {
	i, ok := x.byID[docID{s.Path, cmp.Or(s.ID, s.Path)}]
	return i, ok
}

// ofClaim returns the index in Report.Documents of a claim's document.
func (x *docIndex) ofClaim(c claim.Claim) (int, bool) {
	i, ok := x.byID[docID{c.Evidence.Path, c.Doc}]
	return i, ok
}

// place is where a claim's words are in an article's prose.
type place struct {
	text       *articleText
	article    int
	start, end int
	anchor     string
}

// places finds the prose place of any claim or finding side, and collects
// the highlights each article shows.
type places struct {
	docs       *docIndex
	texts      map[int]*articleText // by index in Report.Documents
	highlights map[int][]highlight
	byKey      map[string]int // placeKey -> index in highlights[article]
}

// newPlaces pairs each document with its text, when the text was given and
// still holds the words every finding quotes from it, and highlights the
// sides of every finding.
func newPlaces(r *Report, docs *docIndex) *places {
	ps := &places{docs: docs, texts: map[int]*articleText{}, highlights: map[int][]highlight{}, byKey: map[string]int{}}
	for _, d := range r.Articles {
		if i, ok := docs.byID[docID{d.Path, d.ID}]; ok {
			ps.texts[i] = newArticleText(d)
		}
	}
	for _, f := range r.Findings {
		for _, e := range f.Evidence {
			if i, ok := docs.document(e.Span); ok && ps.texts[i] != nil && !ps.texts[i].matches(e.Span) {
				delete(ps.texts, i)
			}
		}
	}
	for i, f := range r.Findings {
		for _, e := range f.Evidence {
			ps.mark(e.Span, findingRef{Href: "#" + findingAnchor(i), Number: i + 1, Label: fmt.Sprintf("finding %d: %s %s", i+1, f.Severity, f.Kind)})
		}
	}
	return ps
}

// find locates a span in its article's prose.
func (ps *places) find(s document.Span) (place, bool) {
	art, ok := ps.docs.document(s)
	if !ok {
		return place{}, false
	}
	t := ps.texts[art]
	if t == nil || !t.matches(s) {
		return place{}, false
	}
	start, end := t.span(s)
	return place{text: t, article: art, start: start, end: end, anchor: fmt.Sprintf("a%d-%d-%d", art+1, s.Start, s.End)}, true
}

// mark highlights a finding's side in its article, with a link back.
func (ps *places) mark(s document.Span, ref findingRef) {
	at, ok := ps.find(s)
	if !ok {
		return
	}
	key := placeKey(at.article, s)
	if i, ok := ps.byKey[key]; ok {
		hs := ps.highlights[at.article]
		hs[i].marked = true
		hs[i].refs = append(hs[i].refs, ref)
		return
	}
	ps.byKey[key] = len(ps.highlights[at.article])
	ps.highlights[at.article] = append(ps.highlights[at.article], highlight{start: at.start, end: at.end, anchor: at.anchor, marked: true, refs: []findingRef{ref}})
}

// anchor gives a claim outside any finding a place to link to, and
// returns its href ("" when its article's text is not shown).
func (ps *places) anchor(s document.Span) string {
	at, ok := ps.find(s)
	if !ok {
		return ""
	}
	key := placeKey(at.article, s)
	if _, ok := ps.byKey[key]; !ok {
		ps.byKey[key] = len(ps.highlights[at.article])
		ps.highlights[at.article] = append(ps.highlights[at.article], highlight{start: at.start, end: at.end, anchor: at.anchor})
	}
	return "#" + at.anchor
}

const missingText = "The text of this article is not part of this report: it was read " +
	"from standard input or from claims files, or it changed after the check."

func buildArticles(docs []pipeline.DocumentInfo, outlets *outlets, ps *places) []pageArticle {
	out := make([]pageArticle, 0, len(docs))
	for i, d := range docs {
		o := outlets.of(i)
		a := pageArticle{
			Anchor:    articleAnchor(i),
			Path:      d.Path,
			ID:        d.ID,
			Title:     d.Title,
			Outlet:    o.name,
			Swatch:    o.swatch,
			Published: newTimeLabel(d.Published),
		}
		t := ps.texts[i]
		if t == nil {
			a.Missing = missingText
			out = append(out, a)
			continue
		}
		hs := ps.highlights[i]
		sortHighlights(hs)
		for _, h := range hs {
			if h.marked {
				a.Disputed++
			}
		}
		for _, b := range t.doc.Blocks {
			block := pageBlock{Heading: b.Heading && !b.Title, Headline: b.Title, Pieces: pieces(t.doc.Text, b.Start, b.End, hs)}
			if !repeatsTitle(block, d.Title) {
				a.Blocks = append(a.Blocks, block)
			}
		}
		out = append(out, a)
	}
	return out
}

func articleAnchor(i int) string { return fmt.Sprintf("article-%d", i+1) }

// repeatsTitle reports whether a block is the headline the article's
// heading already shows, with nothing in it to mark.
func repeatsTitle(b pageBlock, title string) bool {
	if !b.Headline || len(b.Pieces) != 1 || len(b.Pieces[0].Anchors) > 0 {
		return false
	}
	return strings.Join(strings.Fields(b.Pieces[0].Text), " ") == strings.Join(strings.Fields(title), " ")
}
