package cli

import (
	"fmt"
	"io"
	"runtime"
)

// maxArticleBytes is the largest --max-bytes accepted. Analysing an article
// takes up to about 60 times its size in memory (its words, mentions and
// claims, with their offsets), and each job holds one article: above this
// a large file would end the run with the runtime's out-of-memory dump
// instead of a message.
const maxArticleBytes = 32 << 20

// jobsPerCPU caps --jobs: analysis is bound by the CPUs, so more jobs than
// a few per CPU only add memory, one article each.
const jobsPerCPU = 4

// limits checks --max-bytes and --jobs, and returns the jobs to run: a
// number above the cap is lowered to it, with a warning.
func limits(maxBytes int64, jobs int, stderr io.Writer) (int, error) {
	if maxBytes <= 0 || maxBytes > maxArticleBytes {
		return 0, usageError{fmt.Errorf("invalid --max-bytes %d: give 1 to %d (%d MiB); split larger files, since analysing an article takes about 60 times its size in memory",
			maxBytes, maxArticleBytes, maxArticleBytes>>20)}
	}
	if jobs < 0 {
		return 0, usageError{fmt.Errorf("invalid --jobs %d: give 1 or more, or 0 for one per CPU", jobs)}
	}
	limit := jobsPerCPU * runtime.NumCPU()
	if jobs > limit {
		fmt.Fprintf(stderr, "crosscheck: warning: --jobs %d lowered to %d (%d per CPU): more jobs only take more memory\n", jobs, limit, jobsPerCPU)
		return limit, nil
	}
	return jobs, nil
}

// The help of the flags check and extract share, so that both commands
// describe them the same way.
const followHelp = "follow symbolic links found in folders, to places inside the folder (a path named directly is always read)"

var (
	jobsHelp     = fmt.Sprintf("documents analysed at once (default: number of CPUs; at most %d per CPU)", jobsPerCPU)
	maxBytesHelp = fmt.Sprintf("largest article file or JSONL line read, in bytes, at most %d", maxArticleBytes)
)
