package cli

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// corpusArticles lists the article files under dir, sorted.
func corpusArticles(t *testing.T, dir string) []string {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".md", ".markdown", ".txt", ".html", ".jsonl":
			if !d.IsDir() && !strings.EqualFold(d.Name(), "README.md") {
				paths = append(paths, path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(paths)
	return paths
}

// TestDeterministicReport checks whole corpora with the inputs in their
// order and reversed, on one core and on two: the JSON reports must be
// byte for byte the same. A map iterated into the output, a sort with ties
// or goroutines finishing in another order would show here.
func TestDeterministicReport(t *testing.T) {
	corpora := []struct{ name, dir string }{
		{"clusters", "../../testdata/clusters"},
		{"shared dev corpus", "../../../shared/corpus/dev"},
	}
	for _, c := range corpora {
		t.Run(c.name, func(t *testing.T) {
			if _, err := os.Stat(c.dir); err != nil {
				t.Skipf("no corpus at %s", c.dir)
			}
			paths := corpusArticles(t, c.dir)
			if len(paths) < 2 {
				t.Fatalf("%d articles under %s", len(paths), c.dir)
			}
			reversed := slices.Clone(paths)
			slices.Reverse(reversed)
			for _, storyBy := range []string{"folder", "all"} {
				t.Run("story-by "+storyBy, func(t *testing.T) {
					var first []byte
					var firstName string
					for _, run := range []struct {
						name  string
						procs int
						paths []string
					}{
						{"in order, 2 cores", 2, paths},
						{"reversed, 1 core", 1, reversed},
						{"in order, 1 core", 1, paths},
						{"reversed, 2 cores", 2, reversed},
					} {
						prev := runtime.GOMAXPROCS(run.procs)
						args := append([]string{"check", "--no-config", "--no-progress", "--format", "json", "--story-by", storyBy}, run.paths...)
						var out, errs bytes.Buffer
						code := Main(args, strings.NewReader(""), &out, &errs)
						runtime.GOMAXPROCS(prev)
						if code == ExitUsage {
							t.Fatalf("%s: exit %d: %s", run.name, code, errs.String())
						}
						if first == nil {
							first, firstName = out.Bytes(), run.name
							if !bytes.Contains(first, []byte(`"findings": [`)) || bytes.Contains(first, []byte(`"findings": []`)) {
								t.Fatalf("%s: no findings to compare:\n%.300s", run.name, first)
							}
							continue
						}
						if !bytes.Equal(out.Bytes(), first) {
							t.Errorf("report %s differs from report %s: %s", run.name, firstName, firstDiff(string(first), out.String()))
						}
					}
				})
			}
		})
	}
}
