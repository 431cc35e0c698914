// Package changes finds the lines changed since a git revision, so a run on
// a long article can report only what an editor touched.
//
// git is run with fixed arguments and no shell; the revision is checked
// with `git rev-parse --verify --end-of-options` before use, so a value
// like "--output=x" can never be read as an option.
package changes

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/judge"
)

// Set holds the changed lines of each file, keyed by absolute, clean,
// symlink-resolved path.
type Set struct {
	files map[string]lines
}

// lines are the changed lines of one file; all marks a file git does not
// track yet, every line of which is new.
type lines struct {
	all    bool
	ranges [][2]int // first and last line of each hunk, inclusive
}

// Since returns the lines changed in the git work tree around dir since
// rev, counting uncommitted and untracked files.
func Since(ctx context.Context, dir, rev string) (*Set, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, fmt.Errorf("--new-from-rev needs git, which was not found on PATH: %w", err)
	}
	top, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("--new-from-rev works only inside a git repository: %s is not in one (%w)", dir, err)
	}
	root := strings.TrimSpace(string(top))
	if strings.HasPrefix(rev, "-") || rev == "" {
		return nil, fmt.Errorf("invalid --new-from-rev %q: name a commit, branch or tag such as HEAD~1 or main", rev)
	}
	sha, err := git(ctx, root, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return nil, fmt.Errorf("unknown revision %q for --new-from-rev: check it with: git log -1 %s (fetch it first in a shallow clone)", rev, shellQuote(rev))
	}
	diff, err := git(ctx, root, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--no-textconv",
		"--unified=0", "--src-prefix=a/", "--dst-prefix=b/", strings.TrimSpace(string(sha)), "--")
	if err != nil {
		return nil, fmt.Errorf("cannot list the changes since %s: %w", rev, err)
	}
	set, err := ParseDiff(bytes.NewReader(diff), root)
	if err != nil {
		return nil, err
	}
	untracked, err := git(ctx, root, "ls-files", "-z", "--others", "--exclude-standard", "--full-name")
	if err != nil {
		return nil, fmt.Errorf("cannot list untracked files: %w", err)
	}
	for _, p := range strings.Split(string(untracked), "\x00") {
		if p != "" {
			set.AddFile(filepath.Join(root, filepath.FromSlash(p)))
		}
	}
	return set, nil
}

// git runs git in dir with args and returns its standard output.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("git %s: %s: %w", args[0], msg, err)
		}
		return nil, fmt.Errorf("git %s: %w", args[0], err)
	}
	return out, nil
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{files: map[string]lines{}} }

// AddFile marks every line of path as changed.
func (s *Set) AddFile(path string) {
	s.files[resolve(path)] = lines{all: true}
}

// AddLines marks lines first..first+count-1 of path as changed.
func (s *Set) AddLines(path string, first, count int) {
	if count <= 0 || first > math.MaxInt-count {
		return // a pure deletion, or a hunk header no real file has
	}
	key := resolve(path)
	l := s.files[key]
	l.ranges = append(l.ranges, [2]int{first, first + count - 1})
	s.files[key] = l
}

// Changed reports whether line of path (as a finding gives it, relative to
// the working folder) changed.
func (s *Set) Changed(path string, line int) bool {
	l, ok := s.files[resolve(path)]
	if !ok {
		return false
	}
	if l.all {
		return true
	}
	for _, r := range l.ranges {
		if line >= r[0] && line <= r[1] {
			return true
		}
	}
	return false
}

// Filter keeps the findings one of whose sides lies on a changed line.
func Filter(findings []judge.Finding, s *Set) []judge.Finding {
	out := make([]judge.Finding, 0, len(findings))
	for _, f := range findings {
		for _, e := range f.Evidence {
			if s.Changed(e.Path, e.Line) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// ParseDiff reads `git diff --unified=0` output whose paths are relative
// to root.
func ParseDiff(r io.Reader, root string) (*Set, error) {
	s := NewSet()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	file := ""
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			file = newPath(strings.TrimPrefix(line, "+++ "), root)
		case strings.HasPrefix(line, "@@ ") && file != "":
			first, count, err := hunkRange(line)
			if err != nil {
				return nil, err
			}
			s.AddLines(file, first, count)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read git diff: %w", err)
	}
	return s, nil
}

// newPath turns a "+++ b/path" name into an absolute path; "" for a
// deleted file.
func newPath(name, root string) string {
	name = strings.TrimRight(name, "\t")
	if strings.HasPrefix(name, `"`) {
		if u, err := strconv.Unquote(name); err == nil {
			name = u
		}
	}
	if name == "/dev/null" {
		return ""
	}
	name = strings.TrimPrefix(name, "b/")
	return filepath.Join(root, filepath.FromSlash(name))
}

// hunkRange reads the new-file side of "@@ -a,b +c,d @@".
func hunkRange(line string) (first, count int, err error) {
	fields := strings.Fields(line)
	if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
		return 0, 0, fmt.Errorf("cannot read git diff hunk %q", line)
	}
	start, n, hasCount := strings.Cut(fields[2][1:], ",")
	first, err = strconv.Atoi(start)
	count = 1
	if err == nil && hasCount {
		count, err = strconv.Atoi(n)
	}
	if err != nil {
		return 0, 0, fmt.Errorf("cannot read git diff hunk %q: %w", line, err)
	}
	return first, count, nil
}

// resolve makes path absolute, clean and free of symlinks so that a path
// as typed and a path git prints compare equal.
func resolve(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	// A file that does not exist: resolve its folder at least.
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}

// shellQuote writes s as one word a POSIX shell reads back unchanged, so a
// command suggested to the user can be pasted whatever the revision holds.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
