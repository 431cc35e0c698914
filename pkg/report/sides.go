package report

import (
	"cmp"
	"slices"
	"time"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// PrimaryFirst puts each finding's sides in the order the user reads
// them: the side owned(e) ranks highest first (a draft's, a changed
// line's), then the later-published one, so that a pull request's
// annotation lands in its diff and an editor reads the newest report
// first. Evidence slices are copied, never changed in place.
func PrimaryFirst(fs []judge.Finding, docs []pipeline.DocumentInfo, owned func(judge.Evidence) int) {
	published := publicationTimes(docs)
	for i := range fs {
		fs[i].Evidence = slices.Clone(fs[i].Evidence)
		slices.SortStableFunc(fs[i].Evidence, func(a, b judge.Evidence) int {
			return cmp.Or(owned(b)-owned(a), published[sideDocument(b)].Compare(published[sideDocument(a)]))
		})
	}
}

// sideDocument names the document a side comes from.
func sideDocument(e judge.Evidence) string { return e.Path + "\x00" + e.ID }

// publicationTimes maps each document to its publication time; documents
// without one are left out and sort as the earliest.
func publicationTimes(docs []pipeline.DocumentInfo) map[string]time.Time {
	out := make(map[string]time.Time, len(docs))
	for _, d := range docs {
		if t, err := document.ParsePublished(d.Published); err == nil && d.Published != "" {
			out[sideDocument(judge.Evidence{Span: document.Span{Path: d.Path, ID: d.ID}})] = *t
		}
	}
	return out
}
