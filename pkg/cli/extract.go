package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sync"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

func newExtractCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var format string
	var maxBytes int64
	var jobs int
	var entities, explain, follow bool
	var stdinName string
	cmd := &cobra.Command{
		Use:   "extract [flags] PATH...",
		Short: "Print the mentions and claims of each document, one JSON line per document",
		Long: `Prints, for each document, the typed mentions (numbers, durations, dates)
and the claims built from them. The JSONL output can be merged from shards and
judged later with 'crosscheck check --claims FILE...'.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" {
				return usageError{fmt.Errorf("invalid --format %q: extract writes jsonl", format)}
			}
			cfg, _, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			if jobs, err = limits(maxBytes, jobs, stderr); err != nil {
				return err
			}
			if err := checkStdout(stdout); err != nil {
				return err
			}
			opts := pipeline.Options{
				Workers: jobs,
				Load:    document.Options{MaxBytes: maxBytes, Stdin: stdin, StdinName: stdinName, Ignore: cfg.IgnoreFunc(), FollowLinks: follow},
				Claims:  withEntities(cfg.Claims(), entities),
			}
			opts.Claims.Explain = explain
			return runExtract(cmd, args, opts, stdout, stderr)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "jsonl", "output format: jsonl")
	cmd.Flags().Int64Var(&maxBytes, "max-bytes", document.DefaultMaxBytes, maxBytesHelp)
	cmd.Flags().IntVarP(&jobs, "jobs", "j", 0, jobsHelp)
	cmd.Flags().BoolVar(&follow, "follow", false, followHelp)
	cmd.Flags().BoolVar(&explain, "explain", false, "add to each document an \"explain\" list: per mention, the claim it gave with the frame and event read, or why it gave none")
	cmd.Flags().StringVar(&stdinName, "stdin-filename", "", "read standard input (-) as the file NAME: its format comes from NAME's extension and the output names it")
	cmd.Flags().BoolVar(&entities, "entities", false, "ask prose's entity recogniser to confirm names guessed from their shape (loads a model: a few tenths of a second)")
	return cmd
}

func runExtract(cmd *cobra.Command, args []string, opts pipeline.Options, stdout, stderr io.Writer) error {
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	problems := newProblemLog(stderr)
	var mu sync.Mutex // documents and problems arrive from different goroutines
	err := pipeline.Each(cmd.Context(), args, opts, func(ex pipeline.Extracted) error {
		mu.Lock()
		defer mu.Unlock()
		return enc.Encode(pipeline.NewLine(ex))
	}, func(p document.Problem) {
		problems.report(p)
		if p.Fatal {
			// The shard keeps the problem, so that check --claims fails
			// as a single check of the same articles does.
			mu.Lock()
			defer mu.Unlock()
			_ = enc.Encode(pipeline.ProblemLine(p))
		}
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if problems.failed() {
		return exitError{ExitUsage}
	}
	return nil
}
