package cli

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/config"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
	"github.com/crosscheck/crosscheck/pkg/report"
)

type checkFlags struct {
	format      string
	failOn      string
	minSeverity string
	outputFile  string
	maxBytes    int64
	jobs        int
	storyBy     string
	against     []string
	newFromRev  string
	noProgress  bool
	entities    bool
	claims      bool
	quiet       bool
	color       string
	stdinName   string
	follow      bool
}

func newCheckCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check [flags] PATH...",
		Short: "Report the claims that contradict each other across articles",
		Long: `Reads the articles named by PATH (files, folders walked recursively, or - for
standard input), lines up their claims and reports contradictions.

With --against, the PATHs are drafts checked against the sources: only
findings with a side in a draft are reported. With --new-from-rev, only
findings with a side on a line changed since that git revision are.
With --claims, the PATHs are the output of 'crosscheck extract', from one
run or many (shards of a large archive): their claims are judged together,
with the same findings as one check over all the articles.
Settings not given as flags come from .crosscheck.yaml (see 'crosscheck
config print').

Exit status: 0 when no finding is at or above --fail-on, 1 when one is,
2 when crosscheck could not run as asked.`,
		Example: `  crosscheck check story/
  crosscheck check --against sources/ draft.md
  crosscheck check --new-from-rev origin/main --fail-on warning drafts/
  crosscheck check --story-by id --claims shard-*.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd, args, f, stdin, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "output format: "+strings.Join(report.Formats, ", "))
	fl.StringVar(&f.failOn, "fail-on", "error", "lowest severity that makes the exit status 1: error, warning, info or none")
	fl.StringVar(&f.minSeverity, "min-severity", config.DefaultMinSeverity, "lowest severity shown: error, warning or info")
	fl.StringVarP(&f.outputFile, "output-file", "o", "", "write the report to this file instead of standard output")
	fl.Int64Var(&f.maxBytes, "max-bytes", document.DefaultMaxBytes, maxBytesHelp)
	fl.IntVarP(&f.jobs, "jobs", "j", 0, jobsHelp)
	fl.BoolVar(&f.follow, "follow", false, followHelp)
	fl.StringVar(&f.storyBy, "story-by", pipeline.StoryAll, "how documents form stories, whose claims alone are compared: all (one story), folder (one per folder), id (JSONL id up to its last '/')")
	fl.StringArrayVar(&f.against, "against", nil, "a source article or folder to check the drafts (PATH...) against; repeat for several")
	fl.StringVar(&f.newFromRev, "new-from-rev", "", "report only findings on lines changed since this git revision (untracked files count as new)")
	fl.BoolVar(&f.noProgress, "no-progress", false, "never show progress on standard error")
	fl.BoolVar(&f.entities, "entities", false, "ask prose's entity recogniser to confirm names guessed from their shape (loads a model: a few tenths of a second)")
	fl.BoolVar(&f.claims, "claims", false, "the PATHs are claims files written by 'crosscheck extract --format jsonl' (or - for standard input): judge them together")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print the findings only: no summary, no progress, no warnings about the run")
	fl.StringVar(&f.color, "color", "auto", "colour the text report: auto (on a terminal, following NO_COLOR, FORCE_COLOR and CLICOLOR_FORCE), always or never")
	fl.StringVar(&f.stdinName, "stdin-filename", "", "read standard input (-) as the file NAME: its format comes from NAME's extension and the report names it")
	completeValues(cmd, map[string][]string{
		"format":       report.Formats,
		"fail-on":      {"error", "warning", "info", "none"},
		"min-severity": {"error", "warning", "info"},
		"story-by":     pipeline.StoryModes,
		"color":        colorModes,
	})
	return cmd
}

func parseSeverity(flag, value string, allowNone bool) (judge.Severity, error) {
	s := judge.Severity(strings.ToLower(value))
	if s.Rank() > 0 || (allowNone && s == "none") {
		return s, nil
	}
	want := "error, warning or info"
	if allowNone {
		want = "error, warning, info or none"
	}
	return "", usageError{fmt.Errorf("invalid --%s %q: use %s", flag, value, want)}
}

func runCheck(cmd *cobra.Command, args []string, f checkFlags, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, _, err := loadConfig(cmd)
	if err != nil {
		return err
	}
	f = configure(cmd, f, cfg)
	if !slices.Contains(report.Formats, f.format) {
		return usageError{fmt.Errorf("invalid --format %q: use one of %s", f.format, strings.Join(report.Formats, ", "))}
	}
	if !slices.Contains(pipeline.StoryModes, f.storyBy) {
		return usageError{fmt.Errorf("invalid --story-by %q: use one of %s", f.storyBy, strings.Join(pipeline.StoryModes, ", "))}
	}
	if !slices.Contains(colorModes, f.color) {
		return usageError{fmt.Errorf("invalid --color %q: use one of %s", f.color, strings.Join(colorModes, ", "))}
	}
	failOn, err := parseSeverity("fail-on", f.failOn, true)
	if err != nil {
		return err
	}
	minSev, err := parseSeverity("min-severity", f.minSeverity, false)
	if err != nil {
		return err
	}
	if f.jobs, err = limits(f.maxBytes, f.jobs, stderr); err != nil {
		return err
	}
	if err := checkOutputNotInput(f.outputFile, append(slices.Clone(args), f.against...)); err != nil {
		return err
	}
	if f.outputFile == "" || f.outputFile == "-" {
		if err := checkStdout(stdout); err != nil {
			return err
		}
	}
	sc, err := newScope(cmd, f, cfg, args)
	if err != nil {
		return err
	}
	progress, stopProgress := newProgress(stderr, f.noProgress || f.quiet)
	opts := pipeline.Options{
		Workers:  f.jobs,
		Load:     document.Options{MaxBytes: f.maxBytes, Stdin: stdin, StdinName: f.stdinName, Ignore: skipOutput(cfg.IgnoreFunc(), f.outputFile), FollowLinks: f.follow},
		Claims:   withEntities(cfg.Claims(), f.entities),
		Judge:    judge.Options{Tolerance: cfg.Tolerance, Lowest: lowestBuilt(minSev, failOn, cfg)},
		StoryBy:  f.storyBy,
		Progress: progress,
	}
	problems := newProblemLog(stderr)
	problems.quiet = f.quiet
	res, err := analyse(cmd.Context(), f, args, opts, stdin, problems.report)
	stopProgress()
	if err != nil {
		return err
	}
	if problems.failed() && len(res.Documents) == 0 {
		return exitError{ExitUsage} // nothing was read: an empty report would only mislead
	}
	if msg := largeStoryWarning(res.Documents, f.storyBy); msg != "" && !f.quiet {
		fmt.Fprintln(stderr, msg)
	}
	findings := sc.findings(res)
	shown := filterSeverity(findings, minSev)
	rep := &report.Report{Documents: res.Documents, Findings: shown}
	if f.format == "html" { // the page charts every claim and shows the articles
		rep.Claims = res.Claims
		if !f.claims {
			rep.Articles = report.ReadArticles(cmd.Context(), append(slices.Clone(f.against), args...), opts.Load)
		}
	}
	out, closeOut, err := openOutput(f.outputFile, stdout)
	if err != nil {
		return err
	}
	color := useColor(f.color, out, os.Getenv)
	werr := writeWhole(out, func(w io.Writer) error {
		return report.Write(w, f.format, rep, report.Options{
			Color:   color,
			Links:   useLinks(out, color, os.Getenv),
			Width:   terminalWidth(out),
			Quiet:   f.quiet,
			Version: version(),
		})
	})
	if cerr := closeOut(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return werr
	}
	if problems.failed() {
		return exitError{ExitUsage}
	}
	if failOn != "none" {
		for _, fd := range findings {
			if fd.Severity.Rank() >= failOn.Rank() {
				if n := failingHidden(findings, minSev, failOn); n > 0 && !f.quiet {
					fmt.Fprintln(stderr, hiddenMessage(n, minSev, failOn))
				}
				return exitError{ExitFindings}
			}
		}
	}
	return nil
}

// completeValues offers each flag's values to shell completion.
func completeValues(cmd *cobra.Command, values map[string][]string) {
	for flag, vals := range values {
		cmd.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(vals, cobra.ShellCompDirectiveNoFileComp))
	}
}

// lowestBuilt is the lowest severity a run needs built: what it shows, or
// what fails it when that is lower. A configuration that sets the severity
// of a kind can raise any finding, so then every finding is built.
func lowestBuilt(minSev, failOn judge.Severity, cfg *config.Config) judge.Severity {
	if len(cfg.Severity) > 0 {
		return ""
	}
	if failOn.Rank() > 0 && failOn.Rank() < minSev.Rank() {
		return failOn
	}
	return minSev
}

func filterSeverity(fs []judge.Finding, min judge.Severity) []judge.Finding {
	out := make([]judge.Finding, 0, len(fs))
	for _, f := range fs {
		if f.Severity.Rank() >= min.Rank() {
			out = append(out, f)
		}
	}
	return out
}

func openOutput(path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return stdout, func() error { return nil }, nil
	}
	fh, err := os.Create(path)
	if err != nil {
		return nil, nil, usageError{fmt.Errorf("cannot write --output-file: %w", err)}
	}
	return fh, fh.Close, nil
}

// withEntities turns on the entity recogniser when the user asks for it.
func withEntities(opts claim.Options, on bool) claim.Options {
	opts.Entities = on
	return opts
}
