package config

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// IgnoreFunc returns the test the loader applies to each path it finds
// under a folder, or nil when nothing is ignored.
//
// Patterns use path.Match syntax per path element, plus "**" for any number
// of elements, and always "/" as separator:
//   - a pattern without "/" ("*.draft.md", "archive") matches a file or
//     folder name at any depth;
//   - a pattern with "/" ("drafts/**/notes.txt", "/old") matches the path
//     relative to the configuration file's folder, from its start;
//   - a pattern that matches a folder ignores everything under it.
func (c *Config) IgnoreFunc() func(string) bool {
	if len(c.Ignore) == 0 {
		return nil
	}
	patterns := make([][]string, len(c.Ignore))
	for i, p := range c.Ignore {
		patterns[i] = strings.Split(strings.Trim(p, "/"), "/")
		if !strings.Contains(strings.TrimSuffix(p, "/"), "/") {
			patterns[i] = append([]string{"**"}, patterns[i]...)
		}
	}
	return func(p string) bool {
		segs := relSegments(c.Dir, p)
		for _, pat := range patterns {
			if matchPrefix(pat, segs) {
				return true
			}
		}
		return false
	}
}

// relSegments splits p, relative to dir when p lies under it.
func relSegments(dir, p string) []string {
	if abs, err := filepath.Abs(p); err == nil && dir != "" {
		if rel, err := filepath.Rel(dir, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			p = rel
		}
	}
	p = path.Clean(filepath.ToSlash(p))
	return strings.Split(strings.TrimPrefix(p, "/"), "/")
}

// matchPrefix reports whether pat matches segs or a leading folder of it.
// It runs over the pattern once, keeping the set of path prefixes matched
// so far, so it takes time in proportion to len(pat) × len(segs) however
// many "**" the pattern holds (a backtracking match is exponential in them).
func matchPrefix(pat, segs []string) bool {
	// reached[j]: the pattern so far matches segs[:j].
	reached := make([]bool, len(segs)+1)
	reached[0] = true
	for _, p := range pat {
		next := make([]bool, len(segs)+1)
		for j, ok := range reached {
			switch {
			case !ok:
			case p == "**":
				for k := j; k <= len(segs) && !next[k]; k++ {
					next[k] = true // "**" takes zero or more elements
				}
			case j < len(segs) && segmentMatch(p, segs[j]):
				next[j+1] = true
			}
		}
		reached = next
	}
	return slices.Contains(reached[1:], true)
}

func segmentMatch(pattern, name string) bool {
	ok, err := path.Match(pattern, name)
	return ok && err == nil
}

// checkPattern reports a pattern path.Match cannot read.
func checkPattern(p string) error {
	for _, seg := range strings.Split(p, "/") {
		if seg == "**" {
			continue
		}
		if strings.Contains(seg, "**") {
			return fmt.Errorf("\"**\" must be a whole path element, as in \"drafts/**/x.md\"")
		}
		if _, err := path.Match(seg, ""); err != nil {
			return fmt.Errorf("%v (check the brackets and backslashes)", err)
		}
	}
	return nil
}
