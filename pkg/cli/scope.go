package cli

import (
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/pkg/changes"
	"github.com/crosscheck/crosscheck/pkg/config"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
	"github.com/crosscheck/crosscheck/pkg/report"
	"github.com/crosscheck/crosscheck/pkg/suppress"
)

// checkRun runs the analysis; tests replace it to feed hand-made findings
// through the same configuration, suppression and filtering as a real run.
var checkRun = pipeline.Check

// scope says which findings of a run are the user's concern.
type scope struct {
	cfg *config.Config
	// drafts, when set (--against), are the paths whose findings count;
	// the other inputs are sources, read only to check the drafts against.
	drafts []string
	// changed, when set (--new-from-rev), limits findings to changed lines.
	changed *changes.Set
}

// findings returns the findings to report and to judge the exit status by.
// Severity overrides come first so that a kind turned off does not keep a
// suppression in use; suppression reports are then set by the configuration
// too ("suppression: off"); the draft and changed-line filters come last so
// that they apply to suppression reports as well. Each finding then has
// its sides put in the order the user reads them, primary side first.
func (s scope) findings(res *pipeline.Result) []judge.Finding {
	report.Identify(res.Findings)
	fs := s.cfg.Apply(res.Findings)
	fs = s.cfg.Apply(suppress.Apply(fs, s.ownDirectives(res.Suppressions)))
	if s.drafts != nil {
		fs = involving(fs, s.drafts)
	}
	if s.changed != nil {
		fs = changes.Filter(fs, s.changed)
	}
	report.PrimaryFirst(fs, res.Documents, s.owned)
	judge.Sort(fs)
	return fs
}

// owned ranks how much a side is the user's own: 1 for a side in a draft
// (--against) or on a changed line (--new-from-rev), else 0. The primary
// side of a finding, the one formats point at first (SARIF's location, a
// GitHub annotation, the line format), is the user's own side, else the
// later-published one, so that a pull request's annotation lands in its
// diff and an editor reads the newest report first.
func (s scope) owned(e judge.Evidence) int {
	switch {
	case s.drafts != nil && under(e.Path, absPaths(s.drafts)):
		return 1
	case s.changed != nil && s.changed.Changed(e.Path, e.Line):
		return 1
	}
	return 0
}

// ownDirectives keeps the directives of the files being checked. A source
// read with --against (wire copy, a scraped page) is not the user's to
// settle: a directive hidden in it must not silence a draft's findings.
func (s scope) ownDirectives(files map[string]*suppress.File) map[string]*suppress.File {
	if s.drafts == nil {
		return files
	}
	roots := absPaths(s.drafts)
	own := map[string]*suppress.File{}
	for path, f := range files {
		if under(path, roots) {
			own[path] = f
		}
	}
	return own
}

// involving keeps the findings with a side in one of paths (files, or
// folders holding the file).
func involving(fs []judge.Finding, paths []string) []judge.Finding {
	roots := absPaths(paths)
	var out []judge.Finding
	for _, f := range fs {
		if anyUnder(f, roots) {
			out = append(out, f)
		}
	}
	return out
}

func anyUnder(f judge.Finding, roots []string) bool {
	for _, e := range f.Evidence {
		if under(e.Path, roots) {
			return true
		}
	}
	return false
}

// under reports whether path is one of roots or lies in a folder of them.
func under(path string, roots []string) bool {
	p := absPath(path)
	for _, r := range roots {
		if p == r || strings.HasPrefix(p, strings.TrimSuffix(r, string(filepath.Separator))+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

func absPaths(paths []string) []string {
	abs := make([]string, len(paths))
	for i, p := range paths {
		abs[i] = absPath(p)
	}
	return abs
}

// absPath makes paths comparable; "-" (standard input) stays itself.
func absPath(p string) string {
	if p == "-" {
		return p
	}
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

// newScope reads --against and --new-from-rev. The changed lines are read
// before any article so a wrong revision fails fast.
func newScope(cmd *cobra.Command, f checkFlags, cfg *config.Config, args []string) (scope, error) {
	s := scope{cfg: cfg}
	if len(f.against) > 0 {
		s.drafts = args
	}
	if cmd.Flags().Changed("new-from-rev") {
		set, err := changes.Since(cmd.Context(), ".", f.newFromRev)
		if err != nil {
			return s, usageError{err}
		}
		s.changed = set
	}
	return s, nil
}
