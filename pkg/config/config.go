// Package config reads crosscheck's configuration file, .crosscheck.yaml,
// found by searching upward from the working folder (or named with
// --config), and turns it into the settings a run uses.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

// Names are the file names searched for, in order, in each folder.
var Names = []string{".crosscheck.yaml", ".crosscheck.yml"}

// Defaults a configuration starts from.
const (
	DefaultFailOn      = "error"
	DefaultMinSeverity = "warning"
	DefaultTolerance   = 0.05
	DefaultFormat      = "text"
)

// Off is the severity that drops a kind's findings.
const Off = "off"

// Config is the effective configuration of a run.
type Config struct {
	// Severity overrides the severity of every finding of a kind, or drops
	// them with "off".
	Severity map[claim.Kind]string `yaml:"severity"`
	// FailOn is the lowest severity that makes the exit status 1, or "none".
	FailOn string `yaml:"fail-on"`
	// MinSeverity is the lowest severity shown.
	MinSeverity string `yaml:"min-severity"`
	// Tolerance is the relative difference between two exact figures still
	// read as rounding (0.05: figures within 5 % do not conflict).
	Tolerance float64 `yaml:"tolerance"`
	// Format is the report format used when --format is not given.
	Format string `yaml:"format"`
	// Aliases are the house spellings of one person's name, one list each.
	Aliases [][]string `yaml:"aliases"`
	// Offices are names of one office, one list each.
	Offices [][]string `yaml:"offices"`
	// Ignore are glob patterns of paths left out when walking folders.
	Ignore []string `yaml:"ignore"`

	// Path is the file the configuration was read from; "" for defaults.
	Path string `yaml:"-"`
	// Skipped says which files found upward were passed over, and why.
	Skipped []string `yaml:"-"`
	// Dir is the folder ignore patterns are relative to: the file's folder,
	// or the working folder when there is no file.
	Dir string `yaml:"-"`
}

// Options say what a configuration may hold beyond this package's
// knowledge.
type Options struct {
	// Formats are the accepted report formats; empty accepts any.
	Formats []string
}

// Default returns the configuration used without a file, relative to dir.
func Default(dir string) *Config {
	return &Config{
		Severity:    map[claim.Kind]string{},
		FailOn:      DefaultFailOn,
		MinSeverity: DefaultMinSeverity,
		Tolerance:   DefaultTolerance,
		Format:      DefaultFormat,
		Aliases:     [][]string{},
		Offices:     [][]string{},
		Ignore:      []string{},
		Dir:         dir,
	}
}

// Error is a problem in a configuration file, with the line it is on.
type Error struct {
	Path string
	Line int // 0 when the problem is with the file as a whole
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Resolve returns the configuration for a run in the folder wd: the file
// named by explicit if set, else the first usable file found from wd
// upward, else the defaults. disabled (--no-config) skips every file.
func Resolve(explicit string, disabled bool, wd string, opts Options) (*Config, error) {
	if disabled {
		return Default(wd), nil
	}
	if explicit != "" {
		return Load(explicit, opts)
	}
	found, skipped, err := Find(wd)
	if err != nil {
		return nil, err
	}
	c := Default(wd)
	if found != "" {
		if c, err = Load(found, opts); err != nil {
			return nil, err
		}
	}
	c.Skipped = skipped
	return c, nil
}

// Find returns the first usable configuration file in dir or a folder
// above it, or "" when there is none, and why each file it passed over
// was not used. A file found upward is used only when it belongs to the
// current user or to root, as git trusts a repository: anyone who can
// write a parent folder (a shared /tmp, a mounted volume) could otherwise
// turn every check off. A file that cannot be read is passed over too,
// rather than stop every run below it.
func Find(dir string) (string, []string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", nil, fmt.Errorf("cannot search for a configuration file: %w", err)
	}
	var skipped []string
	for {
		for _, name := range Names {
			p := filepath.Join(dir, name)
			info, err := os.Stat(p)
			if err != nil || info.IsDir() {
				continue
			}
			if why := unusable(p, info); why != "" {
				skipped = append(skipped, why)
				continue
			}
			return p, skipped, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", skipped, nil
		}
		dir = parent
	}
}

// unusable says why the file at path, found upward, is not used; "" when
// it is.
func unusable(path string, info fs.FileInfo) string {
	if uid, ok := owner(info); ok && uid != os.Geteuid() && uid != 0 {
		return fmt.Sprintf("skipped %s: it belongs to another user (uid %d), not to you or root; name it with --config to use it", path, uid)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Sprintf("skipped %s: %v; make it readable or name a file with --config", path, errors.Unwrap(err))
	}
	f.Close()
	return ""
}

// Load reads and checks the configuration file at path.
func Load(path string, opts Options) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Err: fmt.Errorf("cannot read configuration file: %w", err)}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &Error{Path: path, Err: err}
	}
	c := Default(filepath.Dir(abs))
	c.Path = abs
	if err := decode(data, c, opts); err != nil {
		err.Path = path
		return nil, err
	}
	return c, nil
}

// Apply sets the configured severity on findings of overridden kinds and
// drops the kinds set to "off". findings is left as it was.
func (c *Config) Apply(findings []judge.Finding) []judge.Finding {
	if len(c.Severity) == 0 {
		return findings
	}
	out := make([]judge.Finding, 0, len(findings))
	for _, f := range findings {
		switch s, ok := c.Severity[f.Kind]; {
		case !ok:
		case s == Off:
			continue
		default:
			f.Severity = judge.Severity(s)
		}
		out = append(out, f)
	}
	return out
}

// Claims returns the house lists in the form the claim stage reads.
func (c *Config) Claims() claim.Options {
	return claim.Options{Aliases: c.Aliases, Offices: c.Offices}
}
