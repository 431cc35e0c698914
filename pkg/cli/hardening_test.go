package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

// runWithin calls crosscheck in-process and fails the test if it takes
// longer than limit (a hang on a symbolic link loop, say).
func runWithin(t *testing.T, limit time.Duration, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- Main(args, stdin, &out, &errs) }()
	select {
	case code := <-done:
		return code, out.String(), errs.String()
	case <-time.After(limit):
		t.Fatalf("crosscheck %s still running after %v", strings.Join(args, " "), limit)
		return 0, "", ""
	}
}

// parseReport reads one JSON report from standard output.
func parseReport(t *testing.T, out string) jsonReport {
	t.Helper()
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("standard output is not one JSON report: %v\n%.300s", err, out)
	}
	return rep
}

// checkEvidenceInBytes fails unless every evidence item quotes the bytes
// of its file at start:end, with the line and column (code points) of start.
func checkEvidenceInBytes(t *testing.T, rep jsonReport) {
	t.Helper()
	for _, f := range rep.Findings {
		for _, e := range f.Evidence {
			raw, err := os.ReadFile(e.Path)
			if err != nil {
				t.Fatal(err)
			}
			if e.Start < 0 || e.End > len(raw) || e.Start >= e.End || string(raw[e.Start:e.End]) != e.Text {
				t.Errorf("%s: bytes %d-%d are not %q", e.Path, e.Start, e.End, e.Text)
				continue
			}
			line := bytes.Count(raw[:e.Start], []byte("\n")) + 1
			col := utf8.RuneCount(raw[bytes.LastIndexByte(raw[:e.Start], '\n')+1:e.Start]) + 1
			if e.Line != line || e.Column != col {
				t.Errorf("%s %q: line:column %d:%d, want %d:%d", e.Path, e.Text, e.Line, e.Column, line, col)
			}
		}
	}
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// skipIfRoot skips tests of unreadable files: root reads anything.
func skipIfRoot(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which reads files whatever their permissions")
	}
}

// The two sides of a contradiction, for rows that need findings.
const (
	sideA = "At least 14 people were killed when the bridge collapsed on Sunday, officials said.\n"
	sideB = "Twelve people were killed when the bridge collapsed on Sunday, officials said.\n"
)

// TestBadInput runs crosscheck on inputs editors, CI jobs and scripts feed
// it by mistake. Each row fixes the exit status and the message (a
// substring of standard error) that tells the user what is wrong.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name string
		// setup makes the inputs in dir and returns the arguments after
		// "check --no-config --format json".
		setup      func(t *testing.T, dir string) []string
		wantCode   int
		wantStderr []string // each must appear; none means stderr must be empty
		// check, when set, inspects the JSON report on standard output.
		check func(t *testing.T, rep jsonReport)
	}{
		{
			name:       "missing path",
			setup:      func(t *testing.T, dir string) []string { return []string{filepath.Join(dir, "gone.md")} },
			wantCode:   ExitUsage,
			wantStderr: []string{"crosscheck: error: ", "gone.md: no such file or directory: check the path"},
		},
		{
			name: "unreadable file",
			setup: func(t *testing.T, dir string) []string {
				skipIfRoot(t)
				path := write(t, dir, "a.md", sideA)
				if err := os.Chmod(path, 0); err != nil {
					t.Fatal(err)
				}
				return []string{path}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"a.md: permission denied: make it readable (chmod) or leave it out"},
		},
		{
			name: "unreadable folder",
			setup: func(t *testing.T, dir string) []string {
				skipIfRoot(t)
				write(t, dir, "locked/a.md", sideA)
				if err := os.Chmod(filepath.Join(dir, "locked"), 0); err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
				return []string{filepath.Join(dir, "locked")}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"locked", "permission denied"},
		},
		{
			name: "symbolic link loop in a folder",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "story/sub/a.md", sideA)
				if err := os.Symlink("..", filepath.Join(dir, "story", "sub", "up")); err != nil {
					t.Skip("no symbolic links here:", err)
				}
				return []string{"--follow", filepath.Join(dir, "story")}
			},
			wantCode:   ExitOK,
			wantStderr: []string{"crosscheck: warning: ", "up: skipped: symbolic link loop", "remove the link or add it to the ignore patterns"},
			check: func(t *testing.T, rep jsonReport) {
				if len(rep.Documents) != 1 {
					t.Errorf("%d documents, want the one article read once", len(rep.Documents))
				}
			},
		},
		{
			name: "binary file under a folder",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "story/a.md", sideA)
				write(t, dir, "story/b.md", sideB)
				write(t, dir, "story/photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
				return []string{filepath.Join(dir, "story")}
			},
			wantCode:   ExitFindings,
			wantStderr: []string{"crosscheck: warning: ", "photo.txt: skipped binary file (it contains NUL bytes)"},
			check: func(t *testing.T, rep jsonReport) {
				if len(rep.Documents) != 2 || len(rep.Findings) == 0 {
					t.Errorf("%d documents and %d findings, want the two articles checked", len(rep.Documents), len(rep.Findings))
				}
			},
		},
		{
			name: "binary file named directly",
			setup: func(t *testing.T, dir string) []string {
				return []string{write(t, dir, "photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"crosscheck: error: ", "photo.txt: binary file (it contains NUL bytes)", "as UTF-8 text"},
		},
		{
			name:       "invalid UTF-8",
			setup:      func(t *testing.T, dir string) []string { return []string{write(t, dir, "a.md", "ok\n\xc3\xa9\xff\n")} },
			wantCode:   ExitUsage,
			wantStderr: []string{"a.md:2: invalid UTF-8 at line 2, column 2 (byte 5): save the file as UTF-8"},
		},
		{
			name: "Latin-1 file",
			setup: func(t *testing.T, dir string) []string {
				return []string{write(t, dir, "a.txt", "Caf\xe9 owners said.\n")}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"a.txt:1: invalid UTF-8 at line 1, column 4", "save the file as UTF-8"},
		},
		{
			name:       "empty article",
			setup:      func(t *testing.T, dir string) []string { return []string{write(t, dir, "a.md", "")} },
			wantCode:   ExitUsage,
			wantStderr: []string{"a.md: empty article: it holds no text to check", "add the article text or leave the file out"},
		},
		{
			name: "front matter only",
			setup: func(t *testing.T, dir string) []string {
				return []string{write(t, dir, "a.md", "---\ntitle: \"\"\n---\n\n<!-- a comment -->\n")}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"a.md: empty article"},
		},
		{
			name: "CRLF line endings and a byte-order mark",
			setup: func(t *testing.T, dir string) []string {
				// The example story, saved as Windows editors save it.
				var paths []string
				for _, src := range exampleArticles(t) {
					raw, err := os.ReadFile(src)
					if err != nil {
						t.Fatal(err)
					}
					crlf := "\ufeff" + strings.ReplaceAll(string(raw), "\n", "\r\n")
					paths = append(paths, write(t, dir, filepath.Base(src), crlf))
				}
				return paths
			},
			wantCode: ExitFindings,
			check: func(t *testing.T, rep jsonReport) {
				if len(rep.Findings) == 0 {
					t.Fatal("no findings, want those of the example story")
				}
				out, _, _ := runCLI(t, append([]string{"check", "--no-config", "--format", "json"}, exampleArticles(t)...)...)
				if lf := parseReport(t, out); len(lf.Findings) != len(rep.Findings) {
					t.Errorf("%d findings, want the %d of the same articles with LF line endings", len(rep.Findings), len(lf.Findings))
				}
				checkEvidenceInBytes(t, rep)
			},
		},
		{
			name: "200 MB file",
			setup: func(t *testing.T, dir string) []string {
				path := filepath.Join(dir, "big.txt")
				f, err := os.Create(path)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if err := f.Truncate(200_000_000); err != nil { // sparse: no disk used
					t.Fatal(err)
				}
				return []string{path}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"big.txt: file is 200 MB, larger than --max-bytes 16 MiB; raise --max-bytes or split the file"},
		},
		{
			name: "200 MB on standard input",
			setup: func(t *testing.T, dir string) []string {
				return []string{"-"}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"-: input is 16.8 MB or more, larger than --max-bytes 16 MiB; raise --max-bytes or split the file"},
		},
		{
			name: "one line of 10 MB",
			setup: func(t *testing.T, dir string) []string {
				return []string{write(t, dir, "long.txt", "Intro.\n\n"+strings.Repeat("word ", 2_000_000)+sideA)}
			},
			wantCode: ExitOK,
			check: func(t *testing.T, rep jsonReport) {
				if len(rep.Documents) != 1 {
					t.Errorf("%d documents, want 1", len(rep.Documents))
				}
			},
		},
		{
			name: "malformed front matter",
			setup: func(t *testing.T, dir string) []string {
				return []string{write(t, dir, "a.md", "---\ntitle: ok\nsource: a\n b: c\n---\nBody.\n")}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"a.md:4: front matter is not valid YAML", "fix the header between the --- lines"},
		},
		{
			// Hand-written headers often hold ": " in a title; the article
			// is read, with a warning that names the line.
			name: "colon inside a plain front matter value",
			setup: func(t *testing.T, dir string) []string {
				return []string{write(t, dir, "a.md", "---\ntitle: Dam breach: thousands flee\n---\nBody.\n")}
			},
			wantCode:   0,
			wantStderr: []string{"a.md:2: front matter read leniently", "put the value in quotes"},
		},
		{
			name: "unclosed front matter",
			setup: func(t *testing.T, dir string) []string {
				return []string{write(t, dir, "a.md", "---\ntitle: ok\n\n"+sideA)}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"a.md:1: front matter is not closed"},
		},
		{
			name: "JSONL stream with one bad line",
			setup: func(t *testing.T, dir string) []string {
				line := func(id, text string) string {
					b, _ := json.Marshal(map[string]string{"id": id, "text": text})
					return string(b) + "\n"
				}
				return []string{write(t, dir, "s.jsonl", line("a", sideA)+"{\"id\": \"b\", \"text\": \n"+line("c", sideB))}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"s.jsonl:2: malformed JSON line", `(each line must be one JSON object with a "text" field)`},
			check: func(t *testing.T, rep jsonReport) {
				if len(rep.Documents) != 2 || len(rep.Findings) == 0 {
					t.Errorf("%d documents and %d findings, want lines 1 and 3 checked against each other", len(rep.Documents), len(rep.Findings))
				}
			},
		},
		{
			name: "numbers beyond any count",
			setup: func(t *testing.T, dir string) []string {
				huge := "At least 10^30 people were killed on Sunday. About 999 trillion were injured and 1e308 fled. " +
					strings.Repeat("9", 400) + " people were hurt. The search lasted 10^305 years, then 1e308 hours.\n"
				calm := "At least 14 people were killed on Sunday. 37 were injured. The search lasted 10^304 years and 999 trillion trillion years and " +
					strings.Repeat("1", 400) + " hours. It cost 1e-308 dollars.\n"
				return []string{write(t, dir, "a.txt", huge), write(t, dir, "b.txt", calm)}
			},
			wantCode: ExitFindings,
			check: func(t *testing.T, rep jsonReport) {
				for _, f := range rep.Findings {
					if strings.Contains(f.Message, "Inf") || strings.Contains(f.Message, "NaN") {
						t.Errorf("message %q shows a float that is not a number", f.Message)
					}
				}
				checkEvidenceInBytes(t, rep)
			},
		},
		{
			name: "50,000 quotation marks",
			setup: func(t *testing.T, dir string) []string {
				q := strings.Repeat(`"`, 50_000) + strings.Repeat("\u201c", 10_000)
				return []string{write(t, dir, "a.md", "Danek said "+q+" and left.\n\n"+sideA), write(t, dir, "b.txt", "He said "+q+"\n")}
			},
			wantCode: ExitOK,
		},
		{
			name: "deeply nested Markdown",
			setup: func(t *testing.T, dir string) []string {
				deep := strings.Repeat("> ", 10_000) + strings.Repeat("- ", 10_000) + strings.Repeat("*", 10_000) + "At least 14 people were killed." +
					strings.Repeat("*", 10_000) + "\n\n" + strings.Repeat("[a](", 10_000) + "\n\n" + strings.Repeat("[", 50_000) + "\n"
				return []string{write(t, dir, "a.md", deep)}
			},
			wantCode: ExitOK,
		},
		{
			name:       "unsupported file type",
			setup:      func(t *testing.T, dir string) []string { return []string{write(t, dir, "a.pdf", "%PDF-1.4")} },
			wantCode:   ExitUsage,
			wantStderr: []string{"a.pdf: unsupported file type .pdf: crosscheck reads .md, .markdown, .txt, .html and .jsonl"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			args := append([]string{"check", "--no-config", "--format", "json"}, tt.setup(t, dir)...)
			var stdin io.Reader = strings.NewReader("")
			if args[len(args)-1] == "-" {
				stdin = io.LimitReader(zeroText{}, 200_000_000)
			}
			peak := watchHeap()
			code, out, stderr := runWithin(t, 2*time.Minute, stdin, args...)
			grown := peak()
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tt.wantCode, stderr)
			}
			for _, want := range tt.wantStderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
			}
			if len(tt.wantStderr) == 0 && stderr != "" {
				t.Errorf("stderr not empty:\n%s", stderr)
			}
			// Whatever the input, memory stays bounded: nothing reads a whole
			// oversized file. A 10 MB article of 2 million words takes about
			// 600 MB while its words are analysed.
			limit := uint64(1 << 30)
			if strings.HasPrefix(tt.name, "200 MB") {
				limit = 64 << 20
			}
			if grown > limit {
				t.Errorf("heap grew by %d MB, want at most %d MB", grown>>20, limit>>20)
			}
			if out == "" && code == ExitUsage && tt.check == nil {
				return // nothing could be read: no report
			}
			rep := parseReport(t, out)
			if tt.check != nil {
				tt.check(t, rep)
			}
		})
	}
}

// watchHeap samples the heap until the returned function is called, which
// gives its largest growth over the size when watchHeap was called.
func watchHeap() func() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base, peak := ms.HeapAlloc, ms.HeapAlloc
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		return peak - base
	}
}

// zeroText is an endless reader of text ("x"), standing in for a huge
// standard input.
type zeroText struct{}

func (zeroText) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// TestMaxBytesDocumented: the limit a large file runs into is named in
// the help with its default.
func TestMaxBytesDocumented(t *testing.T) {
	code, out, _ := runWithin(t, 10*time.Second, strings.NewReader(""), "check", "--help")
	if code != ExitOK || !strings.Contains(out, "--max-bytes int") || !strings.Contains(out, "largest article file or JSONL line read, in bytes, at most 33554432 (default 16777216)") {
		t.Errorf("exit %d; help does not document --max-bytes and its default:\n%s", code, out)
	}
}

// TestReaderGoesAway: when whatever reads standard output stops early
// (crosscheck check ... | head -1), crosscheck says nothing and exits with
// the status of the check, as if the report had been read.
func TestReaderGoesAway(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	defer w.Close()
	var errs bytes.Buffer
	code := Main([]string{"check", "--no-config", "--format", "text", "../../testdata/clusters"}, strings.NewReader(""), w, &errs)
	if code != ExitFindings || errs.Len() != 0 {
		t.Errorf("exit %d, stderr %q; want %d (the clusters have errors) and nothing said", code, errs.String(), ExitFindings)
	}
}

// crosscheckBinary builds the command into a temporary folder, for the
// tests that need a process of their own (signals, a real closed pipe).
func crosscheckBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "crosscheck")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/crosscheck/crosscheck/cmd/crosscheck").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestHeadClosesPipe runs the real command with a pipe as its standard
// output whose reader, like head -1, reads one line and goes away: no
// message, no death by SIGPIPE, the check's own exit status.
func TestHeadClosesPipe(t *testing.T) {
	bin := crosscheckBinary(t)
	for _, format := range []string{"text", "json", "line"} {
		t.Run(format, func(t *testing.T) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			var errs bytes.Buffer
			cmd := exec.Command(bin, "check", "--no-config", "--format", format, "../../testdata/clusters")
			cmd.Stdout, cmd.Stderr = w, &errs
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			w.Close()
			first, _ := bufio.NewReader(r).ReadString('\n')
			r.Close()
			err = cmd.Wait()
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
					t.Fatalf("killed by %v after the reader went away", ws.Signal())
				}
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if first == "" || code != ExitFindings || errs.Len() != 0 {
				t.Errorf("first line %q, exit %d, stderr %q; want a line, %d and nothing said", first, code, errs.String(), ExitFindings)
			}
		})
	}
	if sh, err := exec.LookPath("sh"); err == nil {
		if _, err := exec.LookPath("head"); err == nil {
			t.Run("sh pipe to head", func(t *testing.T) {
				script := `"$0" check --no-config --format text ../../testdata/clusters 2>"$1"; echo $? >"$2"`
				dir := t.TempDir()
				errFile, statusFile := filepath.Join(dir, "stderr"), filepath.Join(dir, "status")
				out, err := exec.Command(sh, "-c", "( "+script+" ) | head -1", bin, errFile, statusFile).Output()
				if err != nil {
					t.Fatal(err)
				}
				stderr, _ := os.ReadFile(errFile)
				status, _ := os.ReadFile(statusFile)
				if strings.Count(string(out), "\n") != 1 || len(stderr) != 0 || strings.TrimSpace(string(status)) != "1" {
					t.Errorf("head read %q; crosscheck said %q and exited %q, want nothing said and 1", out, stderr, status)
				}
			})
		}
	}
}

// TestInterrupt sends SIGINT to a run on a large input: it must stop
// (see stopLimit), say so briefly, exit 130, and leave on standard
// output either nothing or one whole JSON report. The signal is sent only
// once the run handles signals (see signalsHandled): one sent earlier would
// end the process the operating system's way, whatever crosscheck does.
func TestInterrupt(t *testing.T) {
	bin, err := exec.LookPath("crosscheck") // this test binary, as TestMain installs it
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "large.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	bw := bufio.NewWriter(f)
	words := strings.Fields("the council said residents were angry while the mayor visited the site and promised a full inquiry into why the bridge failed")
	for i := range 30_000 {
		var text strings.Builder
		for j := range 150 {
			text.WriteString(words[(i*7+j*13)%len(words)] + " ")
		}
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("s%d/d%d", i%50, i), "text": text.String() + "."})
		bw.Write(append(line, '\n'))
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	for _, input := range []string{"file", "stdin held open"} {
		t.Run(input, func(t *testing.T) {
			var out, errs bytes.Buffer
			cmd := exec.Command(bin, "check", "--no-config", "--no-progress", "--story-by", "id", "--format", "json", path)
			if input != "file" {
				// A stream that never ends: the read blocks until Ctrl-C.
				pr, pw, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				defer pw.Close()
				defer pr.Close()
				cmd = exec.Command(bin, "check", "--no-config", "--no-progress", "--format", "json", "-")
				cmd.Stdin = pr
				fmt.Fprintln(pw, `{"text": "At least 14 people were killed."}`)
			}
			ready := filepath.Join(t.TempDir(), "ready")
			cmd.Env = append(os.Environ(), "CROSSCHECK_TEST_READY="+ready)
			cmd.Stdout, cmd.Stderr = &out, &errs
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitForFile(t, ready)
			if err := cmd.Process.Signal(os.Interrupt); err != nil {
				t.Fatal(err)
			}
			sent := time.Now()
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			var werr error
			select {
			case werr = <-done:
			case <-time.After(stopLimit):
				cmd.Process.Kill()
				<-done
				t.Fatalf("still running %v after SIGINT", stopLimit)
			}
			t.Logf("stopped %v after SIGINT", time.Since(sent).Round(time.Millisecond))
			var ee *exec.ExitError
			if !errors.As(werr, &ee) || ee.ExitCode() != ExitInterrupted {
				t.Errorf("exit %v, want status %d", werr, ExitInterrupted)
			}
			if got := errs.String(); got != "crosscheck: interrupted\n" {
				t.Errorf("stderr %q, want %q", got, "crosscheck: interrupted\n")
			}
			if out.Len() > 0 && !json.Valid(out.Bytes()) {
				t.Errorf("standard output holds a partial report (%d bytes)", out.Len())
			}
		})
	}
}

// stopLimit is how long an interrupted run may take to exit in a test.
// A run stops within interruptGrace (half a second, logged below), but a
// machine shared by many processes can leave it waiting for a core for
// seconds, so the limit is far larger. What the test must catch still
// fails it: a run that does not stop at all (the stream held open) hits
// the limit, and one that ignores the signal and finishes its work exits
// 0 or 1 with a report instead of 130.
const stopLimit = time.Minute

// waitForFile waits until path exists. The minute allowed is far beyond
// what starting a process takes, even on a loaded machine.
func waitForFile(t *testing.T, path string) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if _, err := os.Stat(path); err == nil {
			return
		}
	}
	t.Fatalf("%s was not created within a minute", path)
}
