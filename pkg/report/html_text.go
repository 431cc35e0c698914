package report

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"strconv"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/nlp"
)

// ReadArticles reads the articles at paths again for the html format,
// which shows their text: a check keeps only each article's claims. The
// problems of these inputs were reported when the check read them, so an
// article that cannot be read now is left out, and the page shows its
// findings without its text. Standard input ("-") was consumed by the
// check and is skipped.
func ReadArticles(ctx context.Context, paths []string, opts document.Options) []*document.Document {
	var docs []*document.Document
	files := slices.DeleteFunc(slices.Clone(paths), func(p string) bool { return p == "-" })
	_ = document.Load(ctx, files, opts, func(d *document.Document) error {
		docs = append(docs, d)
		return nil
	}, func(document.Problem) {})
	return docs
}

// articleText is one article's prose, with the sentences it splits into,
// so that each side of a finding can be shown in its whole sentence.
type articleText struct {
	doc       *document.Document
	sentences []nlp.Sentence
}

func newArticleText(doc *document.Document) *articleText {
	a := &articleText{doc: doc}
	for _, s := range claim.NewArticle(doc, nil).Sentences {
		a.sentences = append(a.sentences, s.Sentence)
	}
	return a
}

// textOffset maps an offset in the original file (as evidence gives it)
// to the first offset of the prose text that comes from at or after it.
func (a *articleText) textOffset(raw int) int {
	return sort.Search(len(a.doc.Text)+1, func(i int) bool { return a.doc.RawOffset(i) >= raw })
}

// span maps evidence to its place in the prose text.
func (a *articleText) span(s document.Span) (start, end int) {
	start, end = a.textOffset(s.Start), a.textOffset(s.End)
	return start, max(start, end)
}

// matches reports whether the evidence still quotes this text: a file
// changed between the check and the page would otherwise have the wrong
// words highlighted.
func (a *articleText) matches(s document.Span) bool {
	return s.Start >= 0 && s.Start <= s.End && s.End <= len(a.doc.Raw) && string(a.doc.Raw[s.Start:s.End]) == s.Text
}

// sentenceAround returns the prose from the start of the sentence that
// holds start to the end of the one that holds end: a claim read in its
// whole sentence, which may be several for a long quotation.
func (a *articleText) sentenceAround(start, end int) (int, int) {
	from, to := start, end
	i := sort.Search(len(a.sentences), func(i int) bool { return a.sentences[i].End > start })
	if i < len(a.sentences) && a.sentences[i].Start <= start {
		from = a.sentences[i].Start
	}
	j := sort.Search(len(a.sentences), func(j int) bool { return a.sentences[j].End >= end })
	if j < len(a.sentences) && a.sentences[j].Start < max(end, start+1) {
		to = a.sentences[j].End
	}
	return from, max(to, end)
}

// highlight is a stretch of an article the page marks or points at.
type highlight struct {
	start, end int // prose offsets
	anchor     string
	// marked is true for the words of a claim that took part in a finding;
	// a charted figure outside any finding only gets an anchor.
	marked bool
	refs   []findingRef
}

// findingRef links a highlight back to a finding.
type findingRef struct {
	Href   string
	Number int
	Label  string
}

// piece is a run of text with one set of highlights over it.
type piece struct {
	Anchors []string
	Text    string
	Marked  bool
	Refs    []findingRef
}

// pieces cuts text[from:to] at every highlight's ends, so that nested and
// overlapping highlights are rendered as flat runs: an anchor where a
// highlight starts, a mark while one covers the text, and its links back
// to findings where it ends. Empty highlights are left out.
func pieces(text string, from, to int, hs []highlight) []piece {
	cuts := []int{from, to}
	var inside []highlight
	for _, h := range hs {
		h.start, h.end = max(h.start, from), min(h.end, to)
		if h.start < h.end {
			inside = append(inside, h)
			cuts = append(cuts, h.start, h.end)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	out := make([]piece, 0, len(cuts)-1)
	for i := 0; i+1 < len(cuts); i++ {
		at, next := cuts[i], cuts[i+1]
		p := piece{Text: text[at:next]}
		for _, h := range inside {
			if h.start == at && h.anchor != "" {
				p.Anchors = append(p.Anchors, h.anchor)
			}
			if h.marked && h.start <= at && next <= h.end {
				p.Marked = true
			}
			if h.end == next {
				p.Refs = append(p.Refs, h.refs...)
			}
		}
		out = append(out, p)
	}
	return out
}

// sortHighlights orders highlights by place, longest first, for stable output.
func sortHighlights(hs []highlight) {
	slices.SortStableFunc(hs, func(a, b highlight) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.anchor, b.anchor))
	})
}

// placeKey identifies a claim's words within one document of the report,
// the same for a claim and for a finding's side that quotes it.
func placeKey(doc int, s document.Span) string {
	return strconv.Itoa(doc) + "\x00" + strconv.Itoa(s.Start) + "\x00" + strconv.Itoa(s.End) + "\x00" + s.Text
}
