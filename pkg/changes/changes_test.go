package changes

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

func TestParseDiff(t *testing.T) {
	diff := `diff --git a/story/draft.md b/story/draft.md
index 1111111..2222222 100644
--- a/story/draft.md
+++ b/story/draft.md
@@ -3 +3 @@ The talks
-The call lasted an hour.
+The call lasted two hours.
@@ -10,0 +11,2 @@
+New line one.
+New line two.
@@ -20,2 +21,0 @@
-Gone.
-Gone too.
diff --git a/old.md b/old.md
deleted file mode 100644
--- a/old.md
+++ /dev/null
@@ -1 +0,0 @@
-Old.
diff --git "a/caf\303\251.md" "b/caf\303\251.md"
--- "a/caf\303\251.md"
+++ "b/caf\303\251.md"
@@ -1 +1 @@
-x
+y
`
	root := t.TempDir()
	s, err := ParseDiff(strings.NewReader(diff), root)
	if err != nil {
		t.Fatal(err)
	}
	draft := filepath.Join(root, "story", "draft.md")
	for line, want := range map[int]bool{2: false, 3: true, 4: false, 11: true, 12: true, 13: false, 21: false} {
		if got := s.Changed(draft, line); got != want {
			t.Errorf("Changed(draft, %d) = %v, want %v", line, got, want)
		}
	}
	if !s.Changed(filepath.Join(root, "café.md"), 1) {
		t.Error("quoted path not read")
	}
}

func TestParseDiffBadHunk(t *testing.T) {
	if _, err := ParseDiff(strings.NewReader("+++ b/x.md\n@@ -1 +a @@\n"), "/r"); err == nil {
		t.Fatal("no error for a hunk header that is not one")
	}
}

// twoSided builds a hand-made two-sided finding.
func twoSided(id, pathA string, lineA int, pathB string, lineB int) judge.Finding {
	return judge.Finding{ID: id, Kind: claim.KindDuration, Severity: judge.SeverityError, Evidence: []judge.Evidence{
		{Span: document.Span{Path: pathA, Line: lineA}},
		{Span: document.Span{Path: pathB, Line: lineB}},
	}}
}

func run(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// gitRepo makes a repository with a committed draft and source, then edits
// line 3 of the draft and adds an untracked note.
func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	run(t, dir, "init", "-q")
	draft := "# Ferry\n\nThe crossing took forty minutes.\n\nThe ferry carried 212 people.\n"
	os.MkdirAll(filepath.Join(dir, "story"), 0o755)
	os.WriteFile(filepath.Join(dir, "story", "draft.md"), []byte(draft), 0o644)
	os.WriteFile(filepath.Join(dir, "story", "source.md"), []byte("The crossing took an hour.\n"), 0o644)
	run(t, dir, "add", ".")
	run(t, dir, "commit", "-q", "-m", "draft")
	edited := strings.Replace(draft, "forty minutes", "fifty minutes", 1)
	os.WriteFile(filepath.Join(dir, "story", "draft.md"), []byte(edited), 0o644)
	os.WriteFile(filepath.Join(dir, "story", "note.txt"), []byte("one\ntwo\n"), 0o644)
	return dir
}

func TestSinceFiltersToEditedLine(t *testing.T) {
	dir := gitRepo(t)
	t.Chdir(filepath.Join(dir, "story"))
	s, err := Since(context.Background(), ".", "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	findings := []judge.Finding{
		twoSided("edited", "draft.md", 3, "source.md", 1),
		twoSided("untouched", "draft.md", 5, "source.md", 1),
		twoSided("untracked", "source.md", 1, "note.txt", 2),
		twoSided("stdin", "-", 3, "-", 4),
	}
	got := Filter(findings, s)
	var ids []string
	for _, f := range got {
		ids = append(ids, f.ID)
	}
	if strings.Join(ids, ",") != "edited,untracked" {
		t.Fatalf("kept %v, want [edited untracked]", ids)
	}
	// The same file named through its absolute path matches too.
	if !s.Changed(filepath.Join(dir, "story", "draft.md"), 3) {
		t.Fatal("absolute path did not match")
	}
}

func TestSinceErrors(t *testing.T) {
	dir := gitRepo(t)
	if _, err := Since(context.Background(), dir, "no-such-branch"); err == nil || !strings.Contains(err.Error(), `unknown revision "no-such-branch"`) {
		t.Fatalf("unknown rev: %v", err)
	}
	if _, err := Since(context.Background(), dir, "--output=/tmp/x"); err == nil || !strings.Contains(err.Error(), "invalid --new-from-rev") {
		t.Fatalf("option-like rev: %v", err)
	}
	outside := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(outside))
	if _, err := Since(context.Background(), outside, "HEAD"); err == nil || !strings.Contains(err.Error(), "only inside a git repository") {
		t.Fatalf("outside a repository: %v", err)
	}
}

// TestShellQuote: a revision pasted back through a shell from the hint is
// read as the one word it was, whatever it holds.
func TestShellQuote(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh here")
	}
	for _, rev := range []string{"main", "HEAD~1", "; touch pwned", "a'b", "$(id)", "`id`", "x\ny", "''", "\\"} {
		out, err := exec.Command(sh, "-c", "printf %s "+shellQuote(rev)).Output()
		if err != nil || string(out) != rev {
			t.Errorf("%q quoted as %s reads back as %q (%v)", rev, shellQuote(rev), out, err)
		}
	}
}
