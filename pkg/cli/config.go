package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/pkg/config"
	"github.com/crosscheck/crosscheck/pkg/report"
)

// addConfigFlags adds --config and --no-config to every command.
func addConfigFlags(root *cobra.Command) {
	pf := root.PersistentFlags()
	pf.String("config", "", "read the configuration from this file instead of the first .crosscheck.yaml found upward")
	pf.Bool("no-config", false, "ignore every configuration file and use the defaults")
	pf.Bool("verbose", false, "say on standard error which configuration file is used")
	root.MarkFlagsMutuallyExclusive("config", "no-config")
}

// loadConfig returns the configuration named by cmd's flags. A file that
// cannot be used is a usage error naming its path and line.
func loadConfig(cmd *cobra.Command) (*config.Config, bool, error) {
	explicit, _ := cmd.Flags().GetString("config")
	disabled, _ := cmd.Flags().GetBool("no-config")
	wd, err := os.Getwd()
	if err != nil {
		return nil, false, fmt.Errorf("cannot find the working folder: %w", err)
	}
	cfg, err := config.Resolve(explicit, disabled, wd, config.Options{Formats: report.Formats})
	if err != nil {
		return nil, false, usageError{fmt.Errorf("invalid configuration: %w", err)}
	}
	stderr := cmd.ErrOrStderr()
	for _, why := range cfg.Skipped {
		fmt.Fprintf(stderr, "crosscheck: warning: configuration %s\n", why)
	}
	if verbose, _ := cmd.Flags().GetBool("verbose"); verbose {
		fmt.Fprintf(stderr, "crosscheck: configuration: %s\n", cfg.Origin(disabled))
	}
	return cfg, disabled, nil
}

// configure fills the check flags the user did not set from cfg, so flags
// win over the file and the file over the defaults.
func configure(cmd *cobra.Command, f checkFlags, cfg *config.Config) checkFlags {
	fl := cmd.Flags()
	if !fl.Changed("format") {
		f.format = cfg.Format
	}
	if !fl.Changed("fail-on") {
		f.failOn = cfg.FailOn
	}
	if !fl.Changed("min-severity") {
		f.minSeverity = cfg.MinSeverity
	}
	return f
}

func newConfigCmd(stdout io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show crosscheck's configuration",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "print",
		Short: "Print the effective configuration as YAML, with defaults filled in and where it was loaded from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, disabled, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			return cfg.Write(stdout, cfg.Origin(disabled))
		},
	})
	return cmd
}
