package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// exampleArticles are the articles of the example story in testdata.
func exampleArticles(t testing.TB) []string {
	files, err := filepath.Glob("../../testdata/example/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	return files
}

func runCLI(t testing.TB, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), code
}

// TestCheckGolden compares each report format on the example story with
// its golden file; run `go test ./pkg/cli -update` to rewrite them.
func TestCheckGolden(t *testing.T) {
	for _, format := range []string{"json", "text", "line", "sarif", "github", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			args := append([]string{"check", "--no-config", "--format", format}, exampleArticles(t)...)
			out, stderr, code := runCLI(t, args...)
			if code != ExitFindings {
				t.Fatalf("exit %d, want %d (the example has errors); stderr: %s", code, ExitFindings, stderr)
			}
			golden := filepath.Join("testdata", "golden", "example."+format)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if out != string(want) {
				t.Errorf("%s output differs from %s (run with -update after checking the change):\n%s", format, golden, out)
			}
		})
	}
}

// jsonReport is the part of the JSON report CONTRACT.md fixes.
type jsonReport struct {
	Version   int `json:"version"`
	Documents []struct {
		Path      string `json:"path"`
		Title     string `json:"title"`
		Source    string `json:"source"`
		Published string `json:"published"`
	} `json:"documents"`
	Findings []struct {
		ID       string `json:"id"`
		Kind     string `json:"kind"`
		Severity string `json:"severity"`
		Message  string `json:"message"`
		Evidence []struct {
			Path   string          `json:"path"`
			Line   int             `json:"line"`
			Column int             `json:"column"`
			Start  int             `json:"start"`
			End    int             `json:"end"`
			Text   string          `json:"text"`
			Value  json.RawMessage `json:"value"`
		} `json:"evidence"`
	} `json:"findings"`
}

// TestJSONReportPointsIntoFiles checks every field the contract names, and
// that start/end, line and column point at the evidence text in the bytes
// of the file as an editor sees it.
func TestJSONReportPointsIntoFiles(t *testing.T) {
	out, stderr, _ := runCLI(t, append([]string{"check", "--no-config", "--format", "json"}, exampleArticles(t)...)...)
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s%s", err, out, stderr)
	}
	if rep.Version != 1 || len(rep.Documents) != 3 || len(rep.Findings) == 0 {
		t.Fatalf("version %d, %d documents, %d findings; want 1, 3, some", rep.Version, len(rep.Documents), len(rep.Findings))
	}
	for _, d := range rep.Documents {
		if d.Title == "" || d.Source == "" || d.Published == "" {
			t.Errorf("document %s lacks title, source or published: %+v", d.Path, d)
		}
	}
	for _, f := range rep.Findings {
		if f.ID == "" || f.Message == "" || len(f.Evidence) != 2 {
			t.Errorf("finding %+v: want an id, a message and two evidence items", f)
		}
		switch f.Severity {
		case "error", "warning", "info":
		default:
			t.Errorf("finding %s: severity %q", f.ID, f.Severity)
		}
		for _, e := range f.Evidence {
			if len(e.Value) == 0 || string(e.Value) == "null" {
				t.Errorf("%s %q: no value", e.Path, e.Text)
			}
		}
	}
	checkEvidenceInBytes(t, rep)
}

// TestSameInputSameReport: two runs give byte-identical JSON.
func TestSameInputSameReport(t *testing.T) {
	args := append([]string{"check", "--no-config", "--format", "json"}, exampleArticles(t)...)
	first, _, _ := runCLI(t, args...)
	second, _, _ := runCLI(t, args...)
	if first != second {
		t.Error("two runs on the same input gave different JSON")
	}
}

// BenchmarkCheckExample times a whole check of the example story, as an
// editor runs it on a draft and its sources.
func BenchmarkCheckExample(b *testing.B) {
	args := append([]string{"check", "--no-config", "--format", "json"}, exampleArticles(b)...)
	for i := 0; i < b.N; i++ {
		if _, stderr, code := runCLI(b, args...); code == ExitUsage {
			b.Fatal(stderr)
		}
	}
}

// TestExplainPointsIntoFiles: each note of extract --explain gives the
// bytes of its mention in the file, as evidence does, front matter and
// all, so that notes and claims line up.
func TestExplainPointsIntoFiles(t *testing.T) {
	for _, path := range exampleArticles(t) {
		out, stderr, code := runCLI(t, "extract", "--explain", path)
		if code != 0 {
			t.Fatalf("extract --explain %s: exit %d: %s", path, code, stderr)
		}
		var doc struct {
			Explain []struct {
				Start, End, Line int
				Text             string
			}
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Explain) == 0 {
			t.Fatalf("%s: no notes", path)
		}
		for _, n := range doc.Explain {
			if n.Start < 0 || n.End > len(raw) || string(raw[n.Start:n.End]) != n.Text {
				t.Errorf("%s: note bytes %d-%d are not %q", path, n.Start, n.End, n.Text)
			} else if line := bytes.Count(raw[:n.Start], []byte("\n")) + 1; line != n.Line {
				t.Errorf("%s: note %q on line %d, want %d", path, n.Text, n.Line, line)
			}
		}
	}
}
