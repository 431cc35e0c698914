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
	"syscall"

	"github.com/spf13/cobra"
)

// Exit statuses, as CONTRACT.md fixes them.
const (
	ExitOK       = 0 // ran, nothing at or above the failing severity
	ExitFindings = 1 // ran, at least one finding at or above the failing severity
	ExitUsage    = 2 // could not run as asked
)

// Version is set at build time with -ldflags "-X ...cli.Version=v1.2.3".
var Version = "dev"

// usageError marks errors that come from how crosscheck was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// exitError carries an exit status out of a command without a message.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// Main runs crosscheck with args and returns the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	return exitCode(err, stderr)
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
		return 130
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
		Version:       Version,
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
			_, err := fmt.Fprintf(stdout, "crosscheck %s\n", Version)
			return err
		},
	}
}
