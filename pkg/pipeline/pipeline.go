// Package pipeline runs the stages in order (load documents -> find
// mentions -> build claims -> align -> judge) over many documents, in
// parallel across cores, with results in a deterministic order whatever
// the number of workers. It owns no analysis of its own.
package pipeline

import (
	"context"
	"path/filepath"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/mention"
	"github.com/crosscheck/crosscheck/pkg/suppress"
)

// Options control a run.
type Options struct {
	// Workers is how many documents are analysed at once; 0 means GOMAXPROCS.
	Workers int
	Load    document.Options
	Claims  claim.Options
	Judge   judge.Options
	// StoryBy says how documents are grouped into stories, whose claims
	// alone are compared: StoryAll (the default), StoryFolder or StoryID.
	StoryBy string
	// Progress, when set, is called after each document is analysed.
	Progress func(done int)
}

// Extracted is one document after the mention and claim stages.
type Extracted struct {
	Doc      *document.Document
	Mentions []mention.Mention
	Claims   []claim.Claim
	// Notes explain each mention's claim, when the claim options ask.
	Notes []claim.Note
}

// Extract runs the per-document stages on one document.
func Extract(doc *document.Document, opts claim.Options) Extracted {
	ms := mention.Find(doc.Text, mention.Reference{Published: doc.Published})
	article := claim.NewArticle(doc, ms)
	claims := claim.Build(article, opts)
	return Extracted{Doc: doc, Mentions: ms, Claims: claims, Notes: article.Notes}
}

// Each loads the documents named by paths and extracts them in parallel,
// calling each in input order. Problems with inputs go to problem.
func Each(ctx context.Context, paths []string, opts Options, each func(Extracted) error, problem func(document.Problem)) error {
	workers := workers(opts)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		doc *document.Document
	}
	type result struct {
		seq int
		ex  Extracted
	}
	jobs := make(chan job, workers)
	results := make(chan result, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.seq, Extract(j.doc, opts.Claims)}
			}
		}()
	}

	loadErr := make(chan error, 1)
	go func() {
		seq := 0
		err := document.Load(ctx, paths, opts.Load, func(d *document.Document) error {
			select {
			case jobs <- job{seq, d}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}, problem)
		close(jobs)
		wg.Wait()
		close(results)
		loadErr <- err
	}()

	// Reorder: results arrive in any order, each is called in input order.
	pending := map[int]Extracted{}
	next := 0
	var eachErr error
	for r := range results {
		if eachErr != nil {
			continue
		}
		pending[r.seq] = r.ex
		for {
			ex, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if opts.Progress != nil {
				opts.Progress(next)
			}
			if err := each(ex); err != nil {
				eachErr = err
				cancel()
				break
			}
		}
	}
	if err := <-loadErr; err != nil && eachErr == nil {
		return err
	}
	return eachErr
}

// DocumentInfo is what a report says about each document.
type DocumentInfo struct {
	Path      string `json:"path"`
	ID        string `json:"id,omitempty"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
}

// Result is the outcome of a check. Documents and claims are in a canonical
// order (documents by path, then id), so the same set of inputs gives the
// same result whatever order they came in and however many cores ran.
type Result struct {
	Documents []DocumentInfo
	Findings  []judge.Finding
	// Claims are every claim judged, grouped by story.
	Claims []align.Claim
	// Suppressions are the inline directives of the documents that have
	// any, keyed by document path (JSONL documents are not read for them).
	Suppressions map[string]*suppress.File
}

// Check runs every stage over the documents named by paths. Only each
// document's summary outlives its analysis, so a long JSONL stream is never
// held in memory as text.
func Check(ctx context.Context, paths []string, opts Options, problem func(document.Problem)) (*Result, error) {
	g := NewGather(opts)
	err := Each(ctx, paths, opts, func(ex Extracted) error {
		g.Add(Summarise(ex))
		return nil
	}, problem)
	if err != nil {
		return nil, err
	}
	return g.Result(), nil
}

// Ways of grouping documents into stories.
const (
	// StoryAll: every document of the run is about one story.
	StoryAll = "all"
	// StoryFolder: each folder holds one story (archive runs).
	StoryFolder = "folder"
	// StoryID: a JSONL document's id up to its last "/" names its story
	// ("2025-03-11-ferry/wire-3"); other documents go by folder.
	StoryID = "id"
)

// StoryModes lists the values StoryBy accepts.
var StoryModes = []string{StoryAll, StoryFolder, StoryID}

// StoryOf names the story a document belongs to under mode.
func StoryOf(d *document.Document, mode string) string {
	switch mode {
	case StoryFolder:
		return filepath.Dir(d.Path)
	case StoryID:
		if d.ID != d.Path {
			if i := strings.LastIndex(d.ID, "/"); i >= 0 {
				return d.Path + "\x00" + d.ID[:i]
			}
			return d.Path + "\x00" + d.ID
		}
		return filepath.Dir(d.Path)
	}
	return ""
}

// Info describes a document for reports.
func Info(d *document.Document) DocumentInfo {
	info := DocumentInfo{Path: d.Path, Title: d.Title, Source: d.Source, Published: d.PublishedRaw}
	if d.ID != d.Path {
		info.ID = d.ID
	}
	return info
}
