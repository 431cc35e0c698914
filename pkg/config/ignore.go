package config

import (
	"fmt"
	"path"
	"path/filepath"
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
func matchPrefix(pat, segs []string) bool {
	for n := 1; n <= len(segs); n++ {
		if match(pat, segs[:n]) {
			return true
		}
	}
	return false
}

// match reports whether pat matches all of segs, "**" standing for zero or
// more elements.
func match(pat, segs []string) bool {
	if len(pat) == 0 {
		return len(segs) == 0
	}
	if pat[0] == "**" {
		for i := 0; i <= len(segs); i++ {
			if match(pat[1:], segs[i:]) {
				return true
			}
		}
		return false
	}
	if len(segs) == 0 {
		return false
	}
	ok, err := path.Match(pat[0], segs[0])
	return ok && err == nil && match(pat[1:], segs[1:])
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
