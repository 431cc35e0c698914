package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// run calls crosscheck in-process and returns its exit status and output.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := Main(append([]string{"--no-config"}, args...), strings.NewReader(stdin), &out, &errs)
	return code, out.String(), errs.String()
}

// TestClaimsShards extracts the articles in shards, merges the claims
// files and judges them with check --claims: the JSON report, documents
// included, must be byte for byte the report of one check over all the
// articles, which itself must not depend on the order of the inputs or
// the number of workers.
func TestClaimsShards(t *testing.T) {
	clusters, err := filepath.Glob("../../testdata/clusters/*/*.*")
	if err != nil {
		t.Fatal(err)
	}
	articles := slices.DeleteFunc(clusters, func(p string) bool { return strings.HasSuffix(p, ".json") })
	example, _ := filepath.Glob("../../testdata/example/*.md")
	tests := []struct {
		name    string
		storyBy string
		paths   []string
		shards  int
	}{
		{"example, one story", "all", example, 2},
		{"example, one shard per article", "all", example, len(example)},
		{"clusters by folder", "folder", articles, 3},
		{"clusters by folder, with directives", "folder", withDirectives(t, articles), 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.paths) == 0 {
				t.Fatal("no articles")
			}
			check := []string{"check", "--format", "json", "--fail-on", "none", "--no-progress", "--story-by", tt.storyBy}
			want := mustRun(t, "", append(check, tt.paths...)...)
			if !strings.Contains(want, `"rule"`) {
				t.Fatalf("the case has no findings:\n%s", want)
			}
			reversed := slices.Clone(tt.paths)
			slices.Reverse(reversed)
			if got := mustRun(t, "", append(append(check, "--jobs", "1"), reversed...)...); got != want {
				t.Errorf("reversed input on one worker gives another report:\n%s", firstDiff(want, got))
			}
			files := extractShards(t, tt.paths, tt.shards)
			slices.Reverse(files)
			if got := mustRun(t, "", append(append(check, "--claims"), files...)...); got != want {
				t.Errorf("check --claims over %d shards differs from check:\n%s", tt.shards, firstDiff(want, got))
			}
		})
	}
}

// TestClaimsShardsStdinStream splits one JSONL stream read from standard
// input, where stories come from ids, into shards.
func TestClaimsShardsStdinStream(t *testing.T) {
	var lines []string
	for _, p := range []string{"harbour-gazette.md", "northern-wire.md", "river-courier.md"} {
		text, err := os.ReadFile(filepath.Join("../../testdata/example", p))
		if err != nil {
			t.Fatal(err)
		}
		for _, story := range []string{"bridge", "bridge-copy"} {
			line, _ := json.Marshal(map[string]string{"id": story + "/" + p, "text": string(text)})
			lines = append(lines, string(line))
		}
	}
	check := []string{"check", "--format", "json", "--fail-on", "none", "--no-progress", "--story-by", "id"}
	want := mustRun(t, strings.Join(lines, "\n")+"\n", append(check, "-")...)
	// Each shard keeps its documents on their lines of the whole stream
	// (blank lines before them), since a report points at stream lines.
	var merged strings.Builder
	for _, bounds := range [][2]int{{0, 1}, {1, 4}, {4, len(lines)}} {
		shard := strings.Repeat("\n", bounds[0]) + strings.Join(lines[bounds[0]:bounds[1]], "\n") + "\n"
		merged.WriteString(mustRun(t, shard, "extract", "-"))
	}
	if got := mustRun(t, merged.String(), append(check, "--claims", "-")...); got != want {
		t.Errorf("check --claims differs from check:\n%s", firstDiff(want, got))
	}
}

// TestClaimsMalformed checks that a bad claims line stops the run with
// exit status 2 and names its file and line.
func TestClaimsMalformed(t *testing.T) {
	dir := t.TempDir()
	good := mustRun(t, "", "extract", "../../testdata/example/harbour-gazette.md")
	tests := []struct {
		name, content, want string
	}{
		{"broken JSON", good + "{\"id\": \n", "bad.jsonl:2: malformed claims line"},
		{"not a claims line", "\n" + good + `{"id": "a", "text": "an article, not claims"}` + "\n", "bad.jsonl:3: malformed claims line"},
		{"claims of the wrong type", `{"id": "a", "path": "a.md", "claims": {}}`, "bad.jsonl:1: malformed claims line"},
		{"bad directives", `{"id": "a", "path": "a.md", "directives": {"lines": 1, "kept": [{"line": 4}]}, "claims": []}`, "bad.jsonl:1: malformed claims line"},
		{"line count beyond any document", `{"id": "a", "path": "a.md", "directives": {"lines": 9000000000000000000, "kept": []}, "claims": []}`,
			"bad.jsonl:1: malformed claims line: directives: 9000000000000000000 lines is not a document of at most 1048576 bytes"},
		{"kept line far beyond the document", `{"id": "a", "path": "a.md", "directives": {"lines": 2, "kept": [{"line": 1, "start": 100000000000, "text": "crosscheck-disable"}]}, "claims": []}`,
			"bad.jsonl:1: malformed claims line: directives: line 1 at byte 100000000000 is out of order or outside a document"},
		{"kept lines out of order", `{"id": "a", "path": "a.md", "directives": {"lines": 3, "kept": [{"line": 2, "start": 5, "text": "x"}, {"line": 1, "start": 0, "text": "y"}]}, "claims": []}`,
			"kept line 1 is out of order"},
		{"evidence beyond the document", claimLine("a", "a.md", `"start": 100000000000, "end": 100000000004, "text": "four", "line": 1, "column": 1`),
			"claim 1 evidence: bytes 100000000000-100000000004 are not in a document of at most 1048576 bytes"},
		{"evidence text of another length", claimLine("a", "a.md", `"start": 0, "end": 40, "text": "four", "line": 1, "column": 1`),
			"claim 1 evidence: text of 4 bytes for bytes 0-40"},
		{"claim of another document", strings.Replace(claimLine("a", "a.md", `"start": 0, "end": 4, "text": "four", "line": 1, "column": 1`), `"doc": "a"`, `"doc": "b"`, 1),
			`claim 1 belongs to document "b", not to this line's "a"`},
		{"line longer than extract writes", `{"id": "a", "path": "a.md", "title": "` + strings.Repeat("x", 20<<20) + `"}`,
			"bad.jsonl:1: malformed claims line: line is longer than any crosscheck extract writes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "bad.jsonl")
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, stderr := run(t, "", "check", "--max-bytes", "1048576", "--claims", path)
			if code != ExitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, ExitUsage, tt.want)
			}
		})
	}
	if code, _, stderr := run(t, "", "check", "--claims", filepath.Join(dir, "missing.jsonl")); code != ExitUsage || !strings.Contains(stderr, "missing.jsonl") {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
}

// claimLine is a claims line for document id at path with one claim whose
// evidence has the given fields.
func claimLine(id, path, evidence string) string {
	return `{"id": "` + id + `", "path": "` + path + `", "claims": [{"doc": "` + id + `", "kind": "quantity", "slot": "x", "evidence": {"path": "` + path + `", ` + evidence + `}}]}`
}

func mustRun(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	code, out, stderr := run(t, stdin, args...)
	if code != ExitOK {
		t.Fatalf("crosscheck %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
	}
	return out
}

// extractShards deals paths round-robin into n shards, extracts each and
// returns the claims files.
func extractShards(t *testing.T, paths []string, n int) []string {
	dir := t.TempDir()
	shards := make([][]string, n)
	for i, p := range paths {
		shards[i%n] = append(shards[i%n], p)
	}
	var files []string
	for i, shard := range shards {
		file := filepath.Join(dir, "shard"+string(rune('a'+i))+".jsonl")
		if err := os.WriteFile(file, []byte(mustRun(t, "", append([]string{"extract"}, shard...)...)), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, file)
	}
	return files
}

// withDirectives copies the articles to a temporary folder (keeping their
// cluster folders) and adds suppression directives to the first of each
// cluster: one that hides a finding's line, one invalid, one that never
// closes.
func withDirectives(t *testing.T, paths []string) []string {
	dir := t.TempDir()
	var out []string
	seen := map[string]bool{}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		cluster := filepath.Base(filepath.Dir(p))
		if !seen[cluster] {
			seen[cluster] = true
			raw = addDirectives(raw)
		}
		dst := filepath.Join(dir, cluster, filepath.Base(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, dst)
	}
	return out
}

func addDirectives(raw []byte) []byte {
	paras := strings.Split(string(raw), "\n\n")
	for i := 1; i < len(paras); i += 3 {
		paras[i] = "<!-- crosscheck-disable-next-line -->\n" + paras[i]
	}
	last := len(paras) - 1
	paras[last] = "<!-- crosscheck-disable-next-line quotes -->\n<!-- crosscheck-disable date -->\n" + paras[last]
	return []byte(strings.Join(paras, "\n\n"))
}

// firstDiff shows where two reports part.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range min(len(w), len(g)) {
		if w[i] != g[i] {
			return "line " + strconv.Itoa(i+1) + ":\nwant " + w[i] + "\n got " + g[i]
		}
	}
	return "lengths " + strconv.Itoa(len(w)) + " and " + strconv.Itoa(len(g)) + " lines"
}
