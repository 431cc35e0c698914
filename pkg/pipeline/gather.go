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
	opts Options
	mu   sync.Mutex
	docs []Summary
}

// NewGather returns an empty gathering for a run with opts.
func NewGather(opts Options) *Gather { return &Gather{opts: opts} }

// Add records one document's summary. It is safe for concurrent use.
func (g *Gather) Add(s Summary) {
	g.mu.Lock()
	g.docs = append(g.docs, s)
	g.mu.Unlock()
}

// Result judges every claim gathered. Documents are first put in a
// canonical order, so that the findings, their order and the document list
// depend only on the set of documents, not on the order they arrived in.
func (g *Gather) Result() *Result {
	docs := g.docs
	slices.SortStableFunc(docs, func(a, b Summary) int {
		return cmp.Or(cmp.Compare(a.Info.Path, b.Info.Path), cmp.Compare(a.ID, b.ID))
	})
	res := &Result{Documents: make([]DocumentInfo, len(docs))}
	byStory := map[string][]align.Claim{}
	for i, d := range docs {
		res.Documents[i] = d.Info
		if d.Suppress != nil {
			if res.Suppressions == nil {
				res.Suppressions = map[string]*suppress.File{}
			}
			res.Suppressions[d.Info.Path] = d.Suppress
		}
		story := StoryOf(&document.Document{Path: d.Info.Path, ID: d.ID}, g.opts.StoryBy)
		for _, c := range d.Claims {
			byStory[story] = append(byStory[story], align.Claim{Claim: c, Story: story})
		}
	}
	stories := storiesInOrder(byStory)
	for _, s := range stories {
		res.Claims = append(res.Claims, s...)
	}
	res.Findings = judgeStories(stories, workers(g.opts), g.opts.Judge)
	return res
}

// storiesInOrder returns the stories' claims, stories sorted by key.
func storiesInOrder(byStory map[string][]align.Claim) [][]align.Claim {
	keys := make([]string, 0, len(byStory))
	for k := range byStory {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([][]align.Claim, len(keys))
	for i, k := range keys {
		out[i] = byStory[k]
	}
	return out
}

// Judge aligns and judges claims gathered from any number of documents.
// Claims of different stories are never compared, so each story is aligned
// and judged on its own, on every core: an archive run's tail then scales
// with its documents instead of running on one core after them.
func Judge(claims []align.Claim, opts judge.Options) []judge.Finding {
	byStory := map[string][]align.Claim{}
	for _, c := range claims {
		byStory[c.Story] = append(byStory[c.Story], c)
	}
	return judgeStories(storiesInOrder(byStory), runtime.GOMAXPROCS(0), opts)
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
				found[i] = judge.Judge(stories[i], align.Pairs(stories[i]), opts)
			}
		})
	}
	wg.Wait()
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
