package pipeline

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/suppress"
)

// Summary is what a check keeps of one document once its claims are built:
// enough to judge and report it, never its text. extract writes summaries
// out and check --claims reads them back, which is how shards extracted on
// many machines are judged as one run.
type Summary struct {
	Info   DocumentInfo
	ID     string // the document's id, which Info leaves out when it is the path
	Claims []claim.Claim
	// Suppress holds the document's inline directives; nil when it has none.
	Suppress *suppress.File
}

// Summarise keeps what a check needs of an extracted document.
func Summarise(ex Extracted) Summary {
	s := Summary{Info: Info(ex.Doc), ID: ex.Doc.ID, Claims: ex.Claims}
	if sf, ok := suppress.ParseDocument(ex.Doc); ok {
		s.Suppress = sf
	}
	return s
}

// Gather collects document summaries, in any order and from any goroutine,
// and judges them together.
type Gather struct {
	opts  Options
	mu    sync.Mutex
	docs  []gathered
	supp  map[string]*suppress.File
	total int
}

// gathered is one document's part of a run: each claim is stored once,
// already tagged with its story, so a large run holds a single copy.
type gathered struct {
	info   DocumentInfo
	id     string
	story  string
	claims []align.Claim
}

// NewGather returns an empty gathering for a run with opts.
func NewGather(opts Options) *Gather { return &Gather{opts: opts} }

// Add records one document's summary. It is safe for concurrent use.
func (g *Gather) Add(s Summary) {
	d := gathered{info: s.Info, id: s.ID, story: StoryOf(&document.Document{Path: s.Info.Path, ID: s.ID}, g.opts.StoryBy)}
	d.claims = make([]align.Claim, len(s.Claims))
	for i, c := range s.Claims {
		d.claims[i] = align.Claim{Claim: c, Story: d.story, QuoteForm: claim.FormOf(c.Quote)}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.docs = append(g.docs, d)
	g.total += len(d.claims)
	if s.Suppress != nil {
		if g.supp == nil {
			g.supp = map[string]*suppress.File{}
		}
		g.supp[s.Info.Path] = s.Suppress
	}
}

// Result judges every claim gathered. Documents are first put in a
// canonical order (story, path, id), so that the findings, their order and
// the document list depend only on the set of documents, not on the order
// they arrived in or on how many cores ran.
func (g *Gather) Result() *Result {
	slices.SortStableFunc(g.docs, func(a, b gathered) int {
		return cmp.Or(cmp.Compare(a.story, b.story), cmp.Compare(a.info.Path, b.info.Path), cmp.Compare(a.id, b.id))
	})
	res := &Result{Documents: documentList(g.docs), Suppressions: g.supp, Claims: make([]align.Claim, 0, g.total)}
	var stories [][]align.Claim
	start := 0
	for i, d := range g.docs {
		res.Claims = append(res.Claims, d.claims...)
		g.docs[i].claims = nil
		if i == len(g.docs)-1 || g.docs[i+1].story != d.story {
			end := len(res.Claims)
			stories = append(stories, res.Claims[start:end:end])
			start = end
		}
	}
	opts := g.opts.Judge
	if len(g.supp) > 0 {
		// A directive that hides only a note would be called unused were
		// the note never built.
		opts.Lowest = ""
	}
	res.Findings = judgeStories(stories, workers(g.opts), opts)
	return res
}

// documentList is what a report says about the documents, by path then id.
func documentList(docs []gathered) []DocumentInfo {
	sorted := slices.Clone(docs)
	slices.SortStableFunc(sorted, func(a, b gathered) int {
		return cmp.Or(cmp.Compare(a.info.Path, b.info.Path), cmp.Compare(a.id, b.id))
	})
	out := make([]DocumentInfo, len(sorted))
	for i, d := range sorted {
		out[i] = d.info
	}
	return out
}

// Judge aligns and judges claims gathered from any number of documents.
// Claims of different stories are never compared, so each story is aligned
// and judged on its own, on every core: an archive run's tail then scales
// with its documents instead of running on one core after them.
func Judge(claims []align.Claim, opts judge.Options) []judge.Finding {
	sorted := slices.Clone(claims)
	slices.SortStableFunc(sorted, func(a, b align.Claim) int { return cmp.Compare(a.Story, b.Story) })
	var stories [][]align.Claim
	for len(sorted) > 0 {
		n := 1
		for n < len(sorted) && sorted[n].Story == sorted[0].Story {
			n++
		}
		stories = append(stories, sorted[:n:n])
		sorted = sorted[n:]
	}
	return judgeStories(stories, runtime.GOMAXPROCS(0), opts)
}

// judgeStories judges each story's claims in parallel and merges the
// findings into their one deterministic order.
func judgeStories(stories [][]align.Claim, workers int, opts judge.Options) []judge.Finding {
	found := make([][]judge.Finding, len(stories))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, len(stories)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(stories); i = int(next.Add(1)) - 1 {
				found[i] = JudgeStory(stories[i], opts)
			}
		})
	}
	wg.Wait()
	if len(found) == 1 {
		return found[0] // judge.Judge has sorted one story's findings already
	}
	var out []judge.Finding
	for _, fs := range found {
		out = append(out, fs...)
	}
	judge.Sort(out)
	return out
}

// workers is how many goroutines analyse at once.
func workers(opts Options) int {
	if opts.Workers > 0 {
		return opts.Workers
	}
	return runtime.GOMAXPROCS(0)
}
