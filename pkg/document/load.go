package document

import (
	"context"
	"fmt"
	"io"
)

// DefaultMaxBytes is the largest article file read unless Options.MaxBytes says otherwise.
const DefaultMaxBytes = 16 << 20

// Options control how articles are found and read.
type Options struct {
	// MaxBytes is the largest file or JSONL line accepted; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// StdinName, when set, is the file standard input stands for: its
	// extension sets the format and documents are reported under it.
	StdinName string
	// Ignore reports whether a path found under a folder should be left out
	// (from the configuration's ignore patterns); nil keeps everything.
	Ignore func(path string) bool
	// FollowLinks follows symbolic links found while walking a folder, as
	// long as they lead to a place inside it; without it they are skipped.
	// A path named directly is read as given either way.
	FollowLinks bool
}

// Problem is an input the loader could not use. Fatal problems make the
// run exit 2; others are warnings (a binary file found under a folder).
type Problem struct {
	Path  string
	Line  int // 1-based line of the file or JSONL stream, 0 when not about a line
	Err   error
	Fatal bool
}

func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", p.Path, p.Line, p.Err)
	}
	return fmt.Sprintf("%s: %v", p.Path, p.Err)
}

func (p Problem) Unwrap() error { return p.Err }

// Load finds the articles named by paths (files, folders walked recursively
// in sorted order, or "-"), reads each, and calls emit for every document in
// a deterministic order and problem for every input it cannot use. It stops
// early only when ctx is cancelled or emit returns an error.
func Load(ctx context.Context, paths []string, opts Options, emit func(*Document) error, problem func(Problem)) error {
	return loadAll(ctx, paths, opts, emit, problem)
}
