package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func render(t *testing.T, format string, r *Report, opts Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, format, r, opts); err != nil {
		t.Fatalf("Write(%s): %v", format, err)
	}
	return buf.String()
}

// golden compares got with testdata/golden/name.golden, or rewrites it
// when the tests run with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pkg/report -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s (run with -update to accept):\n--- got\n%s\n--- want\n%s", name, path, got, want)
	}
}

func TestGolden(t *testing.T) {
	story := storyReport(t)
	empty := &Report{Documents: story.Documents}
	tests := []struct {
		name, format string
		r            *Report
		opts         Options
	}{
		{"text", "text", story, Options{}},
		{"text-color", "text", story, Options{Color: true}},
		{"text-empty", "text", empty, Options{}},
		{"line", "line", story, Options{}},
		{"json", "json", story, Options{}},
		{"json-empty", "json", &Report{}, Options{}},
		{"jsonl", "jsonl", story, Options{}},
		{"sarif", "sarif", story, Options{Version: "v0.0.0-test"}},
		{"github", "github", story, Options{}},
		{"github-capped", "github", story, Options{GitHubLimit: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name, render(t, tt.format, tt.r, tt.opts))
		})
	}
}

func TestWriteAcceptsEveryFormat(t *testing.T) {
	for _, f := range Formats {
		if err := Write(&bytes.Buffer{}, f, &Report{}, Options{}); err != nil {
			t.Errorf("Write(%q): %v", f, err)
		}
	}
	if err := Write(&bytes.Buffer{}, "xml", &Report{}, Options{}); err == nil {
		t.Error("Write(xml) succeeded, want an error")
	}
}

func TestTextColor(t *testing.T) {
	story := storyReport(t)
	tests := []struct {
		color bool
		want  []string // escape sequences that must appear
	}{
		{false, nil},
		{true, []string{"\x1b[31;1m", "\x1b[33;1m", "\x1b[36;1m"}}, // red error, yellow warning, cyan info
	}
	for _, tt := range tests {
		got := render(t, "text", story, Options{Color: tt.color})
		if !tt.color && strings.Contains(got, "\x1b") {
			t.Errorf("Color=false: output has ANSI escapes:\n%q", got)
		}
		if tt.color && !strings.Contains(got, "\x1b[") {
			t.Errorf("Color=true: output has no ANSI escapes")
		}
		for _, seq := range tt.want {
			if !strings.Contains(got, seq) {
				t.Errorf("Color=%v: missing %q", tt.color, seq)
			}
		}
	}
}

func TestTextTruncatesLongQuotes(t *testing.T) {
	got := render(t, "text", storyReport(t), Options{})
	for _, line := range strings.Split(got, "\n") {
		if n := utf8.RuneCountInString(line); n > 200 {
			t.Errorf("line of %d characters:\n%s", n, line)
		}
	}
	if !strings.Contains(got, "…\"") {
		t.Error("long quotation not cut with an ellipsis")
	}
}

func TestJSONLMatchesJSONFindings(t *testing.T) {
	story := storyReport(t)
	var doc struct {
		Findings []json.RawMessage `json:"findings"`
	}
	if err := json.Unmarshal([]byte(render(t, "json", story, Options{})), &doc); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(render(t, "jsonl", story, Options{}), "\n"), "\n")
	if len(lines) != len(doc.Findings) {
		t.Fatalf("jsonl has %d lines, json has %d findings", len(lines), len(doc.Findings))
	}
	for i, raw := range doc.Findings {
		var want bytes.Buffer
		if err := json.Compact(&want, raw); err != nil {
			t.Fatal(err)
		}
		if lines[i] != want.String() {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, lines[i], want.String())
		}
	}
}

func TestLineFormat(t *testing.T) {
	re := regexp.MustCompile(`^[^:]+:\d+:\d+: (error|warning|info) [a-z]+: \S.*$`)
	story := storyReport(t)
	got := strings.Split(strings.TrimSuffix(render(t, "line", story, Options{}), "\n"), "\n")
	if len(got) != len(story.Findings) {
		t.Fatalf("%d lines for %d findings", len(got), len(story.Findings))
	}
	for _, l := range got {
		if !re.MatchString(l) {
			t.Errorf("not path:line:col: severity kind: message: %q", l)
		}
	}
}

func TestSummary(t *testing.T) {
	f := func(s judge.Severity) judge.Finding { return judge.Finding{Severity: s} }
	docs := func(n int) *Report { return &Report{Documents: make([]pipeline.DocumentInfo, n)} }
	tests := []struct {
		r    *Report
		want string
	}{
		{docs(4), "no findings in 4 documents"},
		{docs(1), "no findings in 1 document"},
		{&Report{Documents: make([]pipeline.DocumentInfo, 4), Findings: []judge.Finding{f("warning"), f("error"), f("warning")}},
			"3 findings (1 error, 2 warnings) in 4 documents"},
		{&Report{Documents: make([]pipeline.DocumentInfo, 2), Findings: []judge.Finding{f("info")}},
			"1 finding (1 info) in 2 documents"},
	}
	for _, tt := range tests {
		if got := Summary(tt.r); got != tt.want {
			t.Errorf("Summary = %q, want %q", got, tt.want)
		}
	}
}

func TestEndPosition(t *testing.T) {
	tests := []struct {
		text            string
		line, col       int
		endLine, endCol int
	}{
		{"more than two hours", 3, 40, 3, 59},
		{"more than nine\nhours", 9, 77, 10, 6},
		{"“lucky”", 1, 1, 1, 8}, // code points, not bytes
		{"", 2, 5, 2, 5},
		{"a\r\nb", 1, 1, 2, 2},
	}
	for _, tt := range tests {
		l, c := endPosition(tt.line, tt.col, tt.text)
		if l != tt.endLine || c != tt.endCol {
			t.Errorf("endPosition(%d, %d, %q) = %d:%d, want %d:%d", tt.line, tt.col, tt.text, l, c, tt.endLine, tt.endCol)
		}
	}
}

func TestShortQuote(t *testing.T) {
	long := strings.Repeat("ab ", 60)
	tests := []struct {
		in, want string
		max      int
	}{
		{"two hours", "two hours", 100},
		{"more than nine\n  hours", "more than nine hours", 100},
		{"abcdef", "abcd…", 5},
		{"ab cdef", "ab…", 4}, // no space before the ellipsis
		{"ééééé", "ééééé", 5},
		{long, strings.TrimSpace(long[:99]) + "…", 100},
	}
	for _, tt := range tests {
		got := shortQuote(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("shortQuote(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
		if n := utf8.RuneCountInString(got); n > tt.max {
			t.Errorf("shortQuote(%q, %d) has %d code points", tt.in, tt.max, n)
		}
	}
}

func TestKindHelp(t *testing.T) {
	for _, d := range Kinds {
		h := KindHelp(d.Kind)
		advice := "crosscheck-disable-next-line " + string(d.Kind)
		if d.Action != "" {
			advice = d.Action
		}
		if !strings.Contains(h, d.Short) || !strings.Contains(h, advice) {
			t.Errorf("KindHelp(%s) lacks its description or %q:\n%s", d.Kind, advice, h)
		}
	}
	if h := KindHelp("weather"); !strings.Contains(h, "weather") {
		t.Errorf("KindHelp of an unknown kind = %q", h)
	}
}

// appendIndentClean lays out JSON as json.Indent does and cleans numbers as
// cleanNumbers does, in one pass.
func TestIndentCleanIsIndentThenClean(t *testing.T) {
	for _, src := range []string{
		`{}`, `[]`, `{"a":[]}`, `{"a":{},"b":[1,2.5,-3e2]}`,
		`{"s":"a \"quoted\" {x} [y], z: 1","n":459.99999999999994,"m":null,"t":true}`,
		`[{"k":[{"v":1}]},{"k":[]}]`, `{"nested":{"deeper":{"x":"\\"}}}`,
	} {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(src), "    ", "  "); err != nil {
			t.Fatal(err)
		}
		got := appendIndentClean(nil, []byte(src), "    ", "  ")
		if string(got) != string(cleanNumbers(want.Bytes())) {
			t.Errorf("%s:\n got %s\nwant %s", src, got, cleanNumbers(want.Bytes()))
		}
	}
}

// A value of plain JSON types is written as reading it back and writing
// it again would write it.
func TestCanonicalValueOfPlainValues(t *testing.T) {
	values := []any{
		nil, "x", true, 12.5, 7, map[string]any{"value": 1200.0, "mod": nil, "min": 3, "max": 1e21},
		map[string]any{"b": []any{1.0, "a", map[string]any{"z": 0.1, "a": false}}, "a": 2},
		struct{ A int }{3}, map[string]int{"b": 1, "a": 2},
	}
	for _, v := range values {
		data, _ := json.Marshal(v)
		var generic any
		json.Unmarshal(data, &generic)
		want, _ := json.Marshal(generic)
		if got := canonicalValue(v); got != string(want) {
			t.Errorf("canonicalValue(%#v) = %s, want %s", v, got, want)
		}
	}
}
