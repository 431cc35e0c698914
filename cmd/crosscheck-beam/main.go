// Command crosscheck-beam runs crosscheck's check over an archive as an
// Apache Beam pipeline: documents are extracted where they are read,
// grouped by story, judged block by block and gathered per story, on
// Beam's local prism runner or on a cluster (Flink, Spark or any portable
// runner). Its findings are those of `crosscheck check --format jsonl` with
// the same story grouping, one per line; a second file sums up each story.
package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/core/runtime/exec/optimized"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"

	// Runners a run may name with --runner; prism, in this process, is
	// the default.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/flink"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/spark"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"

	"github.com/crosscheck/crosscheck/pkg/config"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
	"github.com/crosscheck/crosscheck/pkg/report"
)

// Exit statuses: findings do not change it, since they go to a file.
const (
	exitOK     = 0
	exitFailed = 1 // the pipeline ran and failed: bad input, or a worker failed
	exitUsage  = 2 // could not start as asked: bad flag or configuration
)

const usage = `usage: crosscheck-beam [flags] PATH...

Checks the articles under PATH (files, or folders walked recursively) as
crosscheck check does, as an Apache Beam pipeline. Findings are written one
per line to --findings (the jsonl shape of crosscheck check), each story's
summary to --stories. Each PATH is read by one worker with all its cores:
give many paths (story folders, JSONL shards) for the work to spread.

Beam's own flags choose the runner: prism in this process by default,
--runner=flink or --runner=spark with --endpoint=HOST:PORT of a job server,
or --runner=universal for any portable runner.

Flags:
`

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stderr))
}

// run parses args (Beam's flags too) and runs the pipeline.
func run(ctx context.Context, args []string, stderr io.Writer) int {
	fl := flag.CommandLine
	fl.SetOutput(stderr)
	fl.Usage = func() { fmt.Fprint(stderr, usage); fl.PrintDefaults() }
	opts := defineFlags(fl)
	if err := fl.Parse(args); err != nil {
		return exitUsage
	}
	// On a cluster's worker, the same binary is started with Beam's worker
	// flags and no PATH: Init runs the worker there and never returns, so
	// it comes before anything checks this command's own flags.
	beamlog.LogLevel = *opts.logLevel
	beam.Init()
	set, out, err := opts.settings(fl.Args())
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck-beam: %v\n", err)
		return exitUsage
	}
	p, s := beam.NewPipelineWithRoot()
	build(s, fl.Args(), set, out)
	if _, err := beam.Run(ctx, runnerName(), p); err != nil {
		fmt.Fprintf(stderr, "crosscheck-beam: %s\n", rootCause(err))
		return exitFailed
	}
	return exitOK
}

// rootCause keeps, of a failed job's error, what the failing stage said:
// the runner wraps it in a description of the whole execution plan.
func rootCause(err error) string {
	const marker = "] failed:\n"
	msg := err.Error()
	if i := strings.LastIndex(msg, marker); i >= 0 {
		return strings.TrimSpace(msg[i+len(marker):])
	}
	return msg
}

// runnerName is Beam's --runner, prism when none is given.
func runnerName() string {
	if *runners.Runner == "" {
		return "prism"
	}
	return *runners.Runner
}

// flagValues are the command's own flags.
type flagValues struct {
	findings, stories, storyBy, configPath, minSeverity, logLevel *string
	noConfig, entities                                            *bool
	maxBytes                                                      *int64
}

func defineFlags(fl *flag.FlagSet) flagValues {
	return flagValues{
		findings:    fl.String("findings", "findings.jsonl", "file the findings are written to, one JSON object per line"),
		stories:     fl.String("stories", "stories.jsonl", "file each story's summary is written to, one JSON object per line"),
		storyBy:     fl.String("story-by", pipeline.StoryAll, "how documents form stories: "+strings.Join(pipeline.StoryModes, ", ")+", as for crosscheck check"),
		configPath:  fl.String("config", "", "read the configuration from this file instead of the first .crosscheck.yaml found upward"),
		noConfig:    fl.Bool("no-config", false, "ignore every configuration file and use the defaults"),
		minSeverity: fl.String("min-severity", "", "lowest severity written: error, warning or info (default: the configuration's)"),
		entities:    fl.Bool("entities", false, "ask prose's entity recogniser to confirm names guessed from their shape"),
		maxBytes:    fl.Int64("max-bytes", document.DefaultMaxBytes, "largest article file or JSONL line read, in bytes"),
		logLevel:    fl.String("log-level", "warn", "what the runner and workers log on standard error: debug, info, warn or error"),
	}
}

// settings checks the flags and reads the configuration here, once, so
// that workers need no file of their own.
func (v flagValues) settings(paths []string) (Settings, Outputs, error) {
	if len(paths) == 0 {
		return Settings{}, Outputs{}, errors.New("name the articles to check: crosscheck-beam [flags] PATH... (see -help)")
	}
	if slices.Contains(paths, "-") {
		return Settings{}, Outputs{}, errors.New("a pipeline cannot read standard input: save it to a .jsonl file and name that")
	}
	if !slices.Contains(pipeline.StoryModes, *v.storyBy) {
		return Settings{}, Outputs{}, fmt.Errorf("invalid -story-by %q: use one of %s", *v.storyBy, strings.Join(pipeline.StoryModes, ", "))
	}
	if !slices.Contains([]string{"debug", "info", "warn", "error"}, *v.logLevel) {
		return Settings{}, Outputs{}, fmt.Errorf("invalid -log-level %q: use debug, info, warn or error", *v.logLevel)
	}
	if *v.configPath != "" && *v.noConfig {
		return Settings{}, Outputs{}, errors.New("-config and -no-config cannot be used together")
	}
	wd, err := os.Getwd()
	if err != nil {
		return Settings{}, Outputs{}, fmt.Errorf("cannot find the working folder: %w", err)
	}
	cfg, err := config.Resolve(*v.configPath, *v.noConfig, wd, config.Options{Formats: report.Formats})
	if err != nil {
		return Settings{}, Outputs{}, fmt.Errorf("invalid configuration: %w", err)
	}
	minSev := judge.Severity(strings.ToLower(cmp.Or(*v.minSeverity, cfg.MinSeverity)))
	if minSev.Rank() == 0 {
		return Settings{}, Outputs{}, fmt.Errorf("invalid -min-severity %q: use error, warning or info", minSev)
	}
	set := Settings{StoryBy: *v.storyBy, MaxBytes: *v.maxBytes, Entities: *v.entities, MinSeverity: minSev, Config: cfg}
	return set, Outputs{Findings: *v.findings, Stories: *v.stories}, nil
}
