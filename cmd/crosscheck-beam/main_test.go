package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/crosscheck/crosscheck/pkg/cli"
	"github.com/crosscheck/crosscheck/pkg/config"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// TestSameFindingsAsCheck: on the same articles and story grouping, the
// pipeline writes the findings crosscheck check writes as jsonl, byte for
// byte once both are sorted, and one summary per story that adds up.
func TestSameFindingsAsCheck(t *testing.T) {
	own := t.TempDir()
	ownFolders, ownStream := writeCorpus(t, own, 24, 5)
	cases := []corpusCase{
		{"story folders", "folder", []string{ownFolders}, 24, 120, ""},
		{"one jsonl stream by id", "id", []string{ownStream}, 24, 120, ""},
		{"every folder a path", "folder", subfolders(t, ownFolders), 24, 120, ""},
		{"story folders with a configuration", "folder", []string{ownFolders}, 24, 96, writeConfig(t, own)},
	}
	if bench, ok := benchCorpus(t); ok {
		cases = append(cases, corpusCase{"benchmark stream by id", "id", []string{filepath.Join(bench, "all.jsonl")}, 60, 300, ""})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want := checkFindings(t, tc.flags(true), tc.paths)
			got, summaries := pipelineOutput(t, tc.flags(false), tc.paths)
			if len(want) < tc.stories {
				t.Fatalf("check found %d findings in %d stories: too few to compare", len(want), tc.stories)
			}
			if !slices.Equal(got, want) {
				t.Errorf("pipeline findings differ from check's: %d against %d\nfirst differences:\n%s",
					len(got), len(want), firstDifferences(got, want))
			}
			assertSummariesAddUp(t, summaries, tc.stories, tc.docs, len(got))
			t.Logf("%d findings in %d stories", len(got), tc.stories)
		})
	}
}

// corpusCase is a run to compare: its paths, how they form stories, how
// many stories and documents they hold, and its configuration file ("" for
// none).
type corpusCase struct {
	name, storyBy string
	paths         []string
	stories, docs int
	config        string
}

// flags are the case's settings as check's flags (long) or the
// pipeline's (short).
func (c corpusCase) flags(long bool) []string {
	dash := "-"
	if long {
		dash = "--"
	}
	args := []string{dash + "story-by", c.storyBy}
	if c.config == "" {
		return append(args, dash+"no-config")
	}
	return append(args, dash+"config", c.config)
}

// writeConfig writes a configuration that changes what both report: a
// kind's severity, a kind turned off, the tolerance, the lowest severity
// shown, and a file left out of every folder.
func writeConfig(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "house.yaml")
	yaml := "severity:\n  casualties: warning\n  date: off\ntolerance: 0.3\nmin-severity: warning\nignore:\n  - article-4.md\n"
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// subfolders lists a folder's folders, each to be given as its own path.
func subfolders(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, filepath.Join(dir, e.Name()))
	}
	return out
}

// benchCorpus generates a few hundred articles with the benchmark
// generator in the shared folder, when there is one: $SHARED, as .ci/run
// reads it (relative to the project's root), or ../shared.
func benchCorpus(t *testing.T) (string, bool) {
	t.Helper()
	shared := cmp.Or(os.Getenv("SHARED"), "../shared")
	if !filepath.IsAbs(shared) {
		shared = filepath.Join("..", "..", shared)
	}
	gen := filepath.Join(shared, "bench", "gen.py")
	if _, err := os.Stat(gen); err != nil {
		t.Logf("no benchmark generator at %s: only the corpus written here is compared", gen)
		return "", false
	}
	out := filepath.Join(t.TempDir(), "bench")
	cmd := exec.Command("python3", gen, "--docs", "300", "--per-story", "5", "--seed", "1", "--out", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", gen, err, msg)
	}
	return out, true
}

// checkFindings runs crosscheck check --format jsonl and returns its
// lines, sorted.
func checkFindings(t *testing.T, flags, paths []string) []string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	args := append(append([]string{"check", "--no-progress", "--format", "jsonl"}, flags...), paths...)
	if code := cli.Main(args, nil, &stdout, &stderr); code > 1 {
		t.Fatalf("crosscheck check: exit %d\n%s", code, stderr.String())
	}
	return sortedLines(stdout.String())
}

// pipelineOutput runs the pipeline on prism, with the settings flags
// give, and returns its findings and story summaries, each sorted.
func pipelineOutput(t *testing.T, flags, paths []string) (findings, summaries []string) {
	t.Helper()
	dir := t.TempDir()
	fl := flag.NewFlagSet("crosscheck-beam", flag.ContinueOnError)
	v := defineFlags(fl)
	args := append(flags, "-findings", filepath.Join(dir, "findings.jsonl"), "-stories", filepath.Join(dir, "stories.jsonl"))
	if err := fl.Parse(append(args, paths...)); err != nil {
		t.Fatal(err)
	}
	set, out, err := v.settings(fl.Args())
	if err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	build(s, paths, set, out)
	if _, err := beam.Run(context.Background(), "prism", p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	return readSortedLines(t, out.Findings), readSortedLines(t, out.Stories)
}

func readSortedLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sortedLines(string(data))
}

func sortedLines(s string) []string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if len(lines) == 1 && lines[0] == "" {
		return nil
	}
	slices.Sort(lines)
	return lines
}

func firstDifferences(got, want []string) string {
	var b strings.Builder
	for _, l := range got {
		if !slices.Contains(want, l) && b.Len() < 2000 {
			b.WriteString("+ " + l + "\n")
		}
	}
	for _, l := range want {
		if !slices.Contains(got, l) && b.Len() < 4000 {
			b.WriteString("- " + l + "\n")
		}
	}
	return b.String()
}

func assertSummariesAddUp(t *testing.T, lines []string, stories, docs, findings int) {
	t.Helper()
	var total StorySummary
	for _, l := range lines {
		var s StorySummary
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatalf("story summary %s: %v", l, err)
		}
		if s.LargestBlock > s.Claims || s.Blocks > s.Claims || s.Findings != s.Errors+s.Warnings+s.Info {
			t.Errorf("story summary does not hold together: %s", l)
		}
		total.Documents += s.Documents
		total.Findings += s.Findings
	}
	if len(lines) != stories || total.Documents != docs || total.Findings != findings {
		t.Errorf("summaries: %d stories, %d documents, %d findings; want %d, %d, %d",
			len(lines), total.Documents, total.Findings, stories, docs, findings)
	}
}

// TestFlags: the command refuses what it cannot run before starting a
// pipeline, naming the flag or input at fault.
func TestFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "name the articles"},
		{[]string{"-"}, "cannot read standard input"},
		{[]string{"-story-by", "day", "a.jsonl"}, `invalid -story-by "day"`},
		{[]string{"-min-severity", "loud", "a.jsonl"}, `invalid -min-severity "loud"`},
		{[]string{"-config", "x.yaml", "-no-config", "a.jsonl"}, "cannot be used together"},
		{[]string{"-log-level", "chatty", "a.jsonl"}, `invalid -log-level "chatty"`},
		{[]string{"-config", "missing.yaml", "a.jsonl"}, "invalid configuration"},
	} {
		fl := flag.NewFlagSet("crosscheck-beam", flag.ContinueOnError)
		v := defineFlags(fl)
		if err := fl.Parse(tc.args); err != nil {
			t.Fatal(err)
		}
		_, _, err := v.settings(fl.Args())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want one saying %q", tc.args, err, tc.want)
		}
	}
}

// TestBadInputStopsTheJob: a malformed JSONL line fails the job, and what
// the user reads names the file and line.
func TestBadInputStopsTheJob(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "wire.jsonl")
	data := `{"id": "a/1", "text": "Three people were hurt on Monday."}` + "\n" + `{"id": "a/2", "text": ` + "\n"
	if err := os.WriteFile(bad, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	set := Settings{StoryBy: "id", MinSeverity: judge.SeverityInfo, Config: config.Default(dir)}
	p, s := beam.NewPipelineWithRoot()
	build(s, []string{bad}, set, Outputs{Findings: filepath.Join(dir, "f.jsonl"), Stories: filepath.Join(dir, "s.jsonl")})
	_, err := beam.Run(context.Background(), "prism", p)
	if err == nil {
		t.Fatal("the job succeeded on a malformed line")
	}
	if msg := rootCause(err); !strings.HasPrefix(msg, "cannot read the input") || !strings.Contains(msg, bad+":2: malformed JSON line") {
		t.Errorf("message %q, want the input's problem naming %s:2", msg, bad)
	}
}

func TestRootCause(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"job failed:\nplan:\n1: DataSource\n\tcaused by:\nDoFn[UID:8, Name: main.extractFn] failed:\nwire.jsonl:2: malformed JSON line", "wire.jsonl:2: malformed JSON line"},
		{"cannot connect to the job server", "cannot connect to the job server"},
	} {
		if got := rootCause(errors.New(tc.in)); got != tc.want {
			t.Errorf("rootCause(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
