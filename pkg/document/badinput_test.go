package document

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		// setup returns the paths to load, made inside dir.
		setup     func(t *testing.T, dir string) []string
		opts      Options
		wantMsg   string
		wantFatal bool
		wantLine  int
		wantDocs  int
	}{
		{name: "missing path", wantMsg: "no such file or directory: check the path", wantFatal: true,
			setup: func(t *testing.T, dir string) []string { return []string{filepath.Join(dir, "gone.md")} }},
		{name: "unknown extension", wantMsg: "unsupported file type .pdf: crosscheck reads .md, .markdown, .txt, .html and .jsonl", wantFatal: true,
			setup: func(t *testing.T, dir string) []string { return []string{writeFile(t, dir, "a.pdf", "%PDF")} }},
		{name: "binary named directly", wantMsg: "binary file", wantFatal: true,
			setup: func(t *testing.T, dir string) []string { return []string{writeFile(t, dir, "a.txt", "abc\x00def")} }},
		{name: "binary under folder", wantMsg: "skipped binary file", wantFatal: false,
			setup: func(t *testing.T, dir string) []string { writeFile(t, dir, "a.md", "x\x00y"); return []string{dir} }},
		{name: "utf-16", wantMsg: "UTF-16", wantFatal: true,
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "a.txt", "\xff\xfeH\x00i\x00")}
			}},
		{name: "invalid utf-8", wantMsg: "invalid UTF-8 at line 2, column 3", wantFatal: true, wantLine: 2,
			setup: func(t *testing.T, dir string) []string { return []string{writeFile(t, dir, "a.md", "ok\néé\xffx\n")} }},
		{name: "empty named directly", wantMsg: "empty article", wantFatal: true,
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "a.md", "---\ntitle: \"\"\n---\n\n   \n<!-- only a comment -->\n")}
			}},
		{name: "empty under folder", wantMsg: "empty article", wantFatal: false,
			setup: func(t *testing.T, dir string) []string { writeFile(t, dir, "a.txt", " \n\t\n"); return []string{dir} }},
		{name: "too large", opts: Options{MaxBytes: 16 << 20}, wantMsg: "file is 20 MB, larger than --max-bytes 16 MiB; raise --max-bytes or split the file", wantFatal: true,
			setup: func(t *testing.T, dir string) []string {
				path := filepath.Join(dir, "big.txt")
				f, err := os.Create(path)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if err := f.Truncate(20_000_000); err != nil { // sparse: no disk used
					t.Fatal(err)
				}
				return []string{path}
			}},
		{name: "folder without articles", wantMsg: "no article files", wantFatal: true,
			setup: func(t *testing.T, dir string) []string { writeFile(t, dir, "notes.pdf", "x"); return []string{dir} }},
		{name: "bad published", wantMsg: `published "last tuesday" is not a date`, wantFatal: true, wantLine: 3,
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "a.md", "---\ntitle: T\npublished: last tuesday\n---\nBody.\n")}
			}},
		{name: "malformed yaml", wantMsg: "front matter is not valid YAML", wantFatal: true, wantLine: 4,
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "a.md", "---\ntitle: ok\nsource: a\n b: c\n---\nBody.\n")}
			}},
		{name: "a value opening with a reserved mark", wantMsg: "put the value in quotes", wantFatal: false, wantLine: 3, wantDocs: 1,
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "a.md", "---\nsource: Wire\ntitle: @mayor answers critics\n---\nBody.\n")}
			}},
		{name: "text after a quoted value", wantMsg: "put the whole value in quotes", wantFatal: false, wantLine: 2, wantDocs: 1,
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "a.md", "---\ntitle: \"Unsafe\": inspectors warn\nsource: Wire\n---\nBody.\n")}
			}},
		{name: "colon inside a plain value", wantMsg: "put the value in quotes", wantFatal: false, wantLine: 2, wantDocs: 1,
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "a.md", "---\ntitle: Dam breach: thousands flee\nsource: Wire\n---\nBody.\n")}
			}},
		{name: "unterminated front matter", wantMsg: "front matter is not closed", wantFatal: true, wantLine: 1,
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "a.md", "---\ntitle: T\n\nBody.\n")}
			}},
		{name: "malformed jsonl line keeps the others", wantDocs: 2, wantLine: 2, wantFatal: true,
			wantMsg: `a.jsonl:2: malformed JSON line: invalid character 'o' in literal null (expecting 'u') (each line must be one JSON object with a "text" field)`,
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "a.jsonl", "{\"text\": \"One.\"}\nnot json\n{\"text\": \"Three.\"}\n")}
			}},
		{name: "jsonl missing text", wantDocs: 1, wantLine: 1, wantFatal: true, wantMsg: `"text" field is missing or empty`,
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "a.jsonl", "{\"id\": \"x\"}\n{\"text\": \"Two.\"}\n")}
			}},
		{name: "jsonl line over max bytes", opts: Options{MaxBytes: 100}, wantDocs: 1, wantLine: 1, wantFatal: true, wantMsg: "line is larger than --max-bytes 100 bytes",
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "a.jsonl", "{\"text\": \""+strings.Repeat("x", 300)+"\"}\n{\"text\": \"Fine.\"}\n")}
			}},
		{name: "utf-16 under folder", wantMsg: "UTF-16 text: save it as UTF-8", wantFatal: true,
			setup: func(t *testing.T, dir string) []string {
				writeFile(t, dir, "a.txt", "\xff\xfeH\x00i\x00")
				return []string{dir}
			}},
		{name: "utf-16 jsonl under folder", wantMsg: "UTF-16 text: save it as UTF-8", wantFatal: true,
			setup: func(t *testing.T, dir string) []string {
				writeFile(t, dir, "a.jsonl", "\xfe\xff\x00{\x00}")
				return []string{dir}
			}},
		{name: "json report under folder", wantMsg: "skipped a crosscheck output, not an article", wantDocs: 1,
			setup: func(t *testing.T, dir string) []string {
				writeFile(t, dir, "a.txt", "Text.")
				writeFile(t, dir, "report.txt", `{"version": 1, "documents": [], "findings": []}`)
				return []string{dir}
			}},
		{name: "jsonl report under folder", wantMsg: "skipped a crosscheck output", wantDocs: 1,
			setup: func(t *testing.T, dir string) []string {
				writeFile(t, dir, "a.txt", "Text.")
				writeFile(t, dir, "found.jsonl", `{"id": "x", "kind": "date", "evidence": []}`+"\n")
				return []string{dir}
			}},
		{name: "claims file named directly", wantMsg: "a crosscheck output, not an article: name the articles instead", wantFatal: true,
			setup: func(t *testing.T, dir string) []string {
				return []string{writeFile(t, dir, "shard.jsonl", `{"id": "a.md", "path": "a.md", "mentions": [], "claims": []}`+"\n")}
			}},
		{name: "symlink not followed", wantMsg: "skipped symbolic link: give --follow", wantDocs: 1,
			setup: storyLinkedToSecret},
		{name: "symlink out of the folder", opts: Options{FollowLinks: true}, wantMsg: "leads outside the folder being checked", wantDocs: 1,
			setup: storyLinkedToSecret},
		{name: "symlink loop", opts: Options{FollowLinks: true}, wantMsg: "symbolic link loop", wantFatal: false, wantDocs: 1,
			setup: func(t *testing.T, dir string) []string {
				writeFile(t, dir, "sub/a.txt", "Text.")
				if err := os.Symlink("..", filepath.Join(dir, "sub", "up")); err != nil {
					t.Skip("no symlinks:", err)
				}
				return []string{dir}
			}},
		{name: "unreadable file", wantMsg: "permission denied", wantFatal: true,
			setup: func(t *testing.T, dir string) []string {
				path := writeFile(t, dir, "a.txt", "secret")
				if err := os.Chmod(path, 0); err != nil {
					t.Fatal(err)
				}
				if f, err := os.Open(path); err == nil { // root reads anything
					f.Close()
					t.Skip("running with permission to read any file")
				}
				return []string{path}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := load(t, tt.setup(t, t.TempDir()), tt.opts)
			if len(r.problems) != 1 {
				t.Fatalf("want one problem, got %v", r.problems)
			}
			p := r.problems[0]
			if !strings.Contains(p.Error(), tt.wantMsg) || p.Fatal != tt.wantFatal || p.Line != tt.wantLine {
				t.Errorf("problem %q fatal=%v line=%d; want %q fatal=%v line=%d", p.Error(), p.Fatal, p.Line, tt.wantMsg, tt.wantFatal, tt.wantLine)
			}
			if len(r.docs) != tt.wantDocs {
				t.Errorf("%d documents loaded, want %d", len(r.docs), tt.wantDocs)
			}
		})
	}
}

func TestLongLineInText(t *testing.T) {
	line := strings.Repeat("word ", 2_000_000) // 10 MB
	d := loadOne(t, "long.txt", "Intro.\n\n"+line+"\n")
	if len(d.Blocks) != 2 || d.Blocks[1].End-d.Blocks[1].Start != len(line)-1 {
		t.Errorf("blocks %v", d.Blocks)
	}
}

// TestQuotationMarks: a run of quotation marks is kept as text, in CPU
// time (not the wall clock, which other work on the machine stretches)
// well below what quadratic scanning would take.
func TestQuotationMarks(t *testing.T) {
	quotes := strings.Repeat(`"`, 50_000)
	for _, name := range []string{"q.md", "q.txt", "q.html"} {
		var d *Document
		spent := threadCPUTime(func() { d = loadOne(t, name, "Said "+quotes+" done.\n") })
		if !strings.Contains(d.Text, quotes) || spent > 2*slowdown*time.Second {
			t.Errorf("%s: quotes lost or slow (%v of CPU time)", name, spent)
		}
	}
}

// TestDeepNesting guards against stack exhaustion and against time that
// grows faster than the input. Time is compared between an input and one
// of four times the nesting, in CPU time and each the fastest of several
// conversions, so that the verdict depends neither on the machine's speed
// nor on what else it runs.
func TestDeepNesting(t *testing.T) {
	indented := func(items int) string {
		var b strings.Builder
		for i := range items {
			b.WriteString(strings.Repeat("  ", i) + "- item\n")
		}
		return b.String()
	}
	inputs := map[string]struct {
		build func(depth int) string
		depth int
	}{
		"blockquotes on one line": {func(n int) string { return strings.Repeat("> ", n) + "deep\n" }, 10_000},
		"blockquotes on lines":    {func(n int) string { return strings.Repeat(strings.Repeat(">", n)+" deep\n", 3) }, 10_000},
		"list markers":            {func(n int) string { return strings.Repeat("- ", n) + "deep\n" }, 10_000},
		"indented lists":          {indented, 600},
		"emphasis":                {func(n int) string { return strings.Repeat("*", n) + "deep" + strings.Repeat("*", n) }, 10_000},
		"links":                   {func(n int) string { return strings.Repeat("[a](", n) + "\n" }, 10_000},
		"brackets":                {func(n int) string { return strings.Repeat("[", n*5) + "\n" }, 10_000},
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			d := loadOne(t, "deep.md", in.build(in.depth))
			if !strings.Contains(d.Text, "deep") && !strings.Contains(d.Text, "item") && !strings.Contains(d.Text, "[") {
				t.Errorf("text lost: %.80q", d.Text)
			}
			small, large := in.build(in.depth/2), in.build(2*in.depth)
			sizeRatio := float64(len(large)) / float64(len(small))
			smallTime, largeTime := fastestConversions(t, small, large)
			timeRatio := float64(largeTime) / float64(smallTime)
			// Four times the nesting: linear work takes about the size
			// ratio, work quadratic in the depth about four times it.
			if timeRatio > 2*sizeRatio {
				t.Errorf("four times the nesting took %.1f× the time for %.1f× the bytes", timeRatio, sizeRatio)
			}
		})
	}
}

// fastestConversions times the conversion of two Markdown sources in CPU
// time, each the shortest of several runs taken in turn with the other's
// (and after a garbage collection), so that other work on the machine
// slows both alike or is left out.
func fastestConversions(t *testing.T, a, b string) (time.Duration, time.Duration) {
	t.Helper()
	best := [2]time.Duration{math.MaxInt64, math.MaxInt64}
	for range 5 {
		for i, src := range [2]string{a, b} {
			runtime.GC()
			var err error
			spent := threadCPUTime(func() { _, err = convert("deep.md", ".md", []byte(src)) })
			if err != nil {
				t.Fatal(err)
			}
			best[i] = min(best[i], spent)
		}
	}
	return max(best[0], time.Microsecond), max(best[1], time.Microsecond)
}

func TestCancel(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", "One.")
	writeFile(t, dir, "b.txt", "Two.")
	ctx, cancel := context.WithCancel(context.Background())
	var n int
	err := Load(ctx, []string{dir}, Options{}, func(*Document) error { n++; cancel(); return nil }, nil)
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("err %v after %d documents, want context.Canceled after 1", err, n)
	}
}

func TestEmitErrorStops(t *testing.T) {
	stop := errors.New("stop")
	path := writeFile(t, t.TempDir(), "a.jsonl", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n")
	var n int
	err := Load(context.Background(), []string{path}, Options{}, func(*Document) error { n++; return stop }, nil)
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d documents", err, n)
	}
}

// storyLinkedToSecret makes a story folder holding an article and a link
// to a file outside it.
func storyLinkedToSecret(t *testing.T, dir string) []string {
	writeFile(t, dir, "story/a.txt", "Text.")
	secret := writeFile(t, dir, "secret.txt", "password")
	if err := os.Symlink(secret, filepath.Join(dir, "story", "b.txt")); err != nil {
		t.Skip("no symlinks:", err)
	}
	return []string{filepath.Join(dir, "story")}
}
