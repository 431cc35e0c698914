package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// analyse reads what the command line names: articles, or with --claims
// the claims files that extract wrote.
func analyse(ctx context.Context, f checkFlags, args []string, opts pipeline.Options, stdin io.Reader, problem func(document.Problem)) (*pipeline.Result, error) {
	if !f.claims {
		// Drafts first: a draft also inside a sources folder is read once,
		// under the path the user gave for it.
		return checkRun(ctx, append(slices.Clone(args), f.against...), opts, problem)
	}
	if len(f.against) > 0 {
		return nil, usageError{errors.New("--against reads articles: it cannot be used with --claims")}
	}
	return readClaims(ctx, args, opts, stdin, problem)
}

// claimsLine is a claims file line as check reads it: the mentions are
// skipped unread, since judging needs only the claims.
type claimsLine struct {
	pipeline.Line
	Mentions skipped `json:"mentions"`
}

type skipped struct{}

func (*skipped) UnmarshalJSON([]byte) error { return nil }

// claimsChunk is one line of a claims file, with its place for errors.
type claimsChunk struct {
	file, line int
	data       []byte
}

// claimsFailure is the earliest bad line seen, by file then line.
type claimsFailure struct {
	mu         sync.Mutex
	file, line int
	err        error
	failed     atomic.Bool
}

func (c *claimsFailure) record(file, line int, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil || file < c.file || file == c.file && line < c.line {
		c.file, c.line, c.err = file, line, err
	}
	c.failed.Store(true)
}

// readClaims judges the documents of every claims file together. Lines are
// decoded on every core; the order they arrive in does not matter, since
// the gathering puts documents in a canonical order before judging.
func readClaims(ctx context.Context, files []string, opts pipeline.Options, stdin io.Reader, problem func(document.Problem)) (*pipeline.Result, error) {
	if opts.Load.MaxBytes <= 0 {
		opts.Load.MaxBytes = document.DefaultMaxBytes
	}
	g := pipeline.NewGather(opts)
	chunks := make(chan claimsChunk, 64)
	var bad claimsFailure
	var wg sync.WaitGroup
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	for range workers {
		wg.Go(func() {
			for c := range chunks {
				s, lost, err := decodeClaims(c.data, opts.Load.MaxBytes)
				if lost != nil {
					problem(lost.AsProblem()) // an input extract could not read
					continue
				}
				if err != nil {
					bad.record(c.file, c.line, fmt.Errorf("%s:%d: malformed claims line: %w", files[c.file], c.line, err))
					continue
				}
				g.Add(s)
			}
		})
	}
	readErr := feedClaims(ctx, files, stdin, chunks, &bad, opts)
	close(chunks)
	wg.Wait()
	// Every line before a read failure was decoded, so a bad line found
	// is the first problem in the files.
	if bad.err != nil {
		return nil, usageError{bad.err}
	}
	if readErr != nil {
		return nil, readErr
	}
	return g.Result(), nil
}

func decodeClaims(data []byte, maxBytes int64) (pipeline.Summary, *pipeline.LineProblem, error) {
	var l claimsLine
	if err := json.Unmarshal(data, &l); err != nil {
		return pipeline.Summary{}, nil, err
	}
	if l.Problem != nil {
		return pipeline.Summary{}, l.Problem, nil
	}
	if err := validateClaims(l.Line, maxBytes); err != nil {
		return pipeline.Summary{}, nil, err
	}
	s, err := l.Line.Summary()
	return s, nil, err
}

// feedClaims sends the non-blank lines of files, in order, until one fails
// to decode.
func feedClaims(ctx context.Context, files []string, stdin io.Reader, out chan<- claimsChunk, bad *claimsFailure, opts pipeline.Options) error {
	sent, longest := 0, claimsLineFactor*opts.Load.MaxBytes
	for fi, name := range files {
		r, closeFile, err := openClaims(name, stdin)
		if err != nil {
			return err
		}
		br := bufio.NewReaderSize(r, 1<<20)
		for n := 1; ; n++ {
			if err := ctx.Err(); err != nil || bad.failed.Load() {
				closeFile()
				return err
			}
			data, err := readClaimsLine(br, longest)
			if errors.Is(err, errLineTooLong) {
				bad.record(fi, n, fmt.Errorf("%s:%d: malformed claims line: %w (%d bytes for --max-bytes %d)", name, n, err, longest, opts.Load.MaxBytes))
				closeFile()
				return nil
			}
			if len(bytes.TrimSpace(data)) > 0 {
				out <- claimsChunk{fi, n, data}
				if sent++; opts.Progress != nil {
					opts.Progress(sent)
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				closeFile()
				return fmt.Errorf("%s:%d: %w", name, n, err)
			}
		}
		closeFile()
	}
	return nil
}

// readClaimsLine reads the next line, failing with errLineTooLong before
// holding more than limit bytes of it.
func readClaimsLine(br *bufio.Reader, limit int64) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(line)+len(chunk)) > limit {
			return nil, errLineTooLong
		}
		line = append(line, chunk...)
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, err
		}
	}
}

func openClaims(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		if stdin == nil {
			stdin = os.Stdin
		}
		return stdin, func() {}, nil
	}
	fh, err := os.Open(name)
	if err != nil {
		return nil, nil, usageError{fmt.Errorf("cannot read claims file: %w", err)}
	}
	return fh, func() { fh.Close() }, nil
}
