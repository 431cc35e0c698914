// Package cli owns crosscheck's command line: the commands and flags, how
// they map onto the pipeline, and the exit status. It holds no analysis.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Exit statuses, as CONTRACT.md fixes them.
const (
	ExitOK       = 0 // ran, nothing at or above the failing severity
	ExitFindings = 1 // ran, at least one finding at or above the failing severity
	ExitUsage    = 2 // could not run as asked
)

// Version, when set at build time with -ldflags "-X ...cli.Version=v1.2.3",
// overrides the version Go records in the binary (see version).
var Version = ""

// version is crosscheck's version: the one set at build time, else the
// module version Go records ("go install ...@v1.2.3" gives v1.2.3), else
// "dev" for a build from a source tree.
func version() string {
	info, _ := debug.ReadBuildInfo()
	return versionOf(Version, info)
}

func versionOf(set string, info *debug.BuildInfo) string {
	if set != "" {
		return set
	}
	if info != nil && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// usageError marks errors that come from how crosscheck was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// exitError carries an exit status out of a command without a message.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// ExitInterrupted is the status after Ctrl-C (SIGINT) or SIGTERM, as shells
// report a process stopped by SIGINT.
const ExitInterrupted = 130

// signalsHandled is called once Main handles SIGINT and SIGTERM; tests
// wait for it before they interrupt a run, since a signal sent earlier
// would end the process the default way.
var signalsHandled = func() {}

// interruptGrace is how long an interrupted run may take to stop on its own
// before Main abandons it.
const interruptGrace = 500 * time.Millisecond

// Main runs crosscheck with args and returns the exit status.
//
// Ctrl-C (SIGINT) or SIGTERM stops the run: it prints "crosscheck:
// interrupted" on standard error and returns ExitInterrupted, without
// writing to standard output anything it had not written already; a report
// is written in one piece once complete, so standard output holds either
// no report or a whole one. A second Ctrl-C kills the process at once.
//
// A reader that goes away early (crosscheck check ... | head -1) is not an
// error: the rest of the output is dropped, nothing is said, and the exit
// status is the run's own (0, or 1 for findings), as if it had been read.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if path := os.Getenv("CROSSCHECK_CPUPROFILE"); path != "" {
		defer profileCPU(path, stderr)()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// Handling SIGPIPE makes a write to a closed pipe return EPIPE instead
	// of killing the process, so output can be dropped quietly.
	sigpipe := make(chan os.Signal, 1)
	signal.Notify(sigpipe, syscall.SIGPIPE)
	defer signal.Stop(sigpipe)
	signalsHandled()

	out := &guardedWriter{w: stdout}
	var userOut io.Writer = out
	if fh, ok := stdout.(*os.File); ok && term.IsTerminal(int(fh.Fd())) {
		userOut = stdout // colour needs the terminal itself; a terminal does not go away mid-run
	}
	root := newRoot(stdin, userOut, stderr)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(userOut)
	root.SetErr(stderr)
	done := make(chan int, 1)
	go func() { done <- exitCode(root.ExecuteContext(ctx), stderr) }()
	select {
	case code := <-done:
		return code
	case <-ctx.Done():
	}
	stop() // a second Ctrl-C ends the process outright
	select {
	case code := <-done: // the run noticed and stopped, or had just finished
		return code
	case <-time.After(interruptGrace):
	}
	out.close() // waits for a report being written, then drops the rest
	fmt.Fprintln(stderr, "crosscheck: interrupted")
	return ExitInterrupted
}

// profileCPU writes a CPU profile of the whole run to path, for `go tool
// pprof`; the function it returns ends it. A profile that cannot be
// started is reported and the run goes on without it.
func profileCPU(path string, stderr io.Writer) func() {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck: warning: no CPU profile: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// guardedWriter passes writes on to w until the reader goes away (EPIPE)
// or Main closes it, then drops them. Each Write is passed on whole or not
// at all, and close waits for one under way.
type guardedWriter struct {
	mu     sync.Mutex
	w      io.Writer
	closed bool
}

func (g *guardedWriter) Write(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return len(p), nil
	}
	n, err := g.w.Write(p)
	if isBrokenPipe(err) {
		g.closed = true
		return len(p), nil
	}
	return n, err
}

func (g *guardedWriter) close() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.closed = true
}

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return ExitOK
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "crosscheck: interrupted")
		return ExitInterrupted
	}
	if isBrokenPipe(err) {
		return ExitOK
	}
	fmt.Fprintf(stderr, "crosscheck: %v\n", err)
	return ExitUsage
}

func isBrokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE)
}

func newRoot(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "crosscheck",
		Short:         "Find the claims that contradict each other across news articles about one story",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
	})
	addConfigFlags(root)
	root.AddCommand(newCheckCmd(stdin, stdout, stderr), newExtractCmd(stdin, stdout, stderr), newVersionCmd(stdout), newConfigCmd(stdout))
	return root
}

func newVersionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print crosscheck's version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintf(stdout, "crosscheck %s\n", version())
			return err
		},
	}
}
