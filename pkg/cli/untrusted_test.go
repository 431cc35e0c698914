package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// untrustedCase is one row of TestUntrustedInput: what a newsroom could
// lose (a green run that should be red, a stalled or crashed run, a report
// or an article overwritten or corrupted) and what crosscheck must do.
type untrustedCase struct {
	name string
	// setup makes the inputs in dir (the working folder) and returns the
	// arguments after "crosscheck".
	setup    func(t *testing.T, dir string) []string
	wantCode int
	// wantStderr and wantStdout must each appear; notStdout must not.
	wantStderr, wantStdout, notStdout []string
	// closedStdout runs the built command with standard output closed.
	closedStdout bool
	// check, when set, inspects what is left after the run.
	check func(t *testing.T, dir, stdout string)
}

// TestUntrustedInput runs crosscheck on crafted and realistic inputs that
// once silenced findings, lost reports or articles, or stalled the run.
// Each row fixes the exit status and the message.
func TestUntrustedInput(t *testing.T) {
	for _, tt := range untrustedCases() {
		t.Run(tt.name, func(t *testing.T) {
			bin := ""
			if tt.closedStdout {
				bin = crosscheckBinary(t) // built from the module, before leaving it
			}
			dir := t.TempDir()
			t.Chdir(dir)
			t.Setenv("HOME", dir)
			args := tt.setup(t, dir)
			var code int
			var stdout, stderr string
			if tt.closedStdout {
				code, stderr = runWithStdoutClosed(t, bin, args)
			} else {
				code, stdout, stderr = runWithin(t, time.Minute, strings.NewReader(""), args...)
			}
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tt.wantCode, stderr)
			}
			for _, want := range tt.wantStderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
			}
			for _, want := range tt.wantStdout {
				if !strings.Contains(stdout, want) {
					t.Errorf("stdout lacks %q:\n%s", want, stdout)
				}
			}
			for _, unwanted := range tt.notStdout {
				if strings.Contains(stdout, unwanted) {
					t.Errorf("stdout holds %q:\n%s", unwanted, stdout)
				}
			}
			if tt.check != nil {
				tt.check(t, dir, stdout)
			}
		})
	}
}

func untrustedCases() []untrustedCase {
	return []untrustedCase{
		{
			name: "directive hidden in a source does not silence the draft",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "draft.md", sideB)
				write(t, dir, "wire/copy.md", "<!-- crosscheck-disable -->\n"+sideA)
				return []string{"check", "--no-config", "--against", "wire", "draft.md"}
			},
			wantCode:   ExitFindings,
			wantStdout: []string{"error casualties:", "draft.md:1:"},
			notStdout:  []string{"suppression"},
		},
		{
			name: "directive in the draft still settles its own findings",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "draft.md", "<!-- crosscheck-disable -->\n"+sideB)
				write(t, dir, "wire/copy.md", sideA)
				return []string{"check", "--no-config", "--against", "wire", "draft.md"}
			},
			wantCode:  ExitOK,
			notStdout: []string{"error casualties:"},
		},
		{
			name: "configuration of another user found upward",
			setup: func(t *testing.T, dir string) []string {
				othersStory(t, dir, ".crosscheck.yaml")
				return []string{"check", "--verbose", "a.md", "b.md"}
			},
			wantCode: ExitFindings,
			wantStderr: []string{"crosscheck: warning: configuration skipped ", ".crosscheck.yaml: it belongs to another user (uid 65534), not to you or root; name it with --config to use it",
				"crosscheck: configuration: defaults (no .crosscheck.yaml"},
			wantStdout: []string{"error casualties:"},
		},
		{
			name: "configuration of another user named with --config",
			setup: func(t *testing.T, dir string) []string {
				othersStory(t, dir, "house.yaml")
				return []string{"--config", "house.yaml", "check", "--verbose", "a.md", "b.md"}
			},
			wantCode:   ExitOK,
			wantStderr: []string{"crosscheck: configuration: loaded from ", "house.yaml"},
			notStdout:  []string{"error casualties:"},
		},
		{
			name: "unreadable configuration found upward",
			setup: func(t *testing.T, dir string) []string {
				skipIfRoot(t)
				path := write(t, dir, ".crosscheck.yaml", "fail-on: none\n")
				if err := os.Chmod(path, 0); err != nil {
					t.Fatal(err)
				}
				write(t, dir, "a.md", sideA)
				write(t, dir, "b.md", sideB)
				return []string{"check", "a.md", "b.md"}
			},
			wantCode:   ExitFindings,
			wantStderr: []string{".crosscheck.yaml: permission denied; make it readable or name a file with --config"},
		},
		{
			name: "configuration keys differing only in case",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, ".crosscheck.yaml", "severity:\n  Quote: off\n  quote: error\n")
				return []string{"check", write(t, dir, "a.md", sideA)}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{`.crosscheck.yaml:3: duplicate key "quote" in severity: line 2 already sets "Quote"; keep one of them`},
		},
		{
			name: "front matter key set twice",
			setup: func(t *testing.T, dir string) []string {
				return []string{"check", "--no-config", write(t, dir, "a.md", "---\npublished: 2025-03-01\nPublished: 2025-03-09\n---\n"+sideA)}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{`a.md:3: front matter sets "Published" twice (line 2 sets it already): keep one of them`},
		},
		{
			name: "empty folder",
			setup: func(t *testing.T, dir string) []string {
				if err := os.Mkdir(filepath.Join(dir, "story"), 0o755); err != nil {
					t.Fatal(err)
				}
				return []string{"check", "--no-config", "story"}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"crosscheck: error: story: no article files in this folder", "name the right folder or add articles"},
		},
		{
			name: "folder with no articles",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "story/scan.pdf", "%PDF-1.4")
				return []string{"check", "--no-config", "story"}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"crosscheck: error: story: no article files in this folder"},
		},
		{
			name: "standard output closed",
			setup: func(t *testing.T, dir string) []string {
				return []string{"check", "--no-config", write(t, dir, "a.md", sideA), write(t, dir, "b.md", sideB)}
			},
			closedStdout: true,
			wantCode:     ExitUsage,
			wantStderr:   []string{"crosscheck: standard output is closed, so the report would be lost: redirect it to a file or give --output-file"},
		},
		{
			name: "standard output closed, report to a file",
			setup: func(t *testing.T, dir string) []string {
				return []string{"check", "--no-config", "-o", "report.txt", write(t, dir, "a.md", sideA), write(t, dir, "b.md", sideB)}
			},
			closedStdout: true,
			wantCode:     ExitFindings,
			check:        fileContains("report.txt", "error casualties:"),
		},
		{
			name: "claims shard with an offset beyond any document",
			setup: func(t *testing.T, dir string) []string {
				return []string{"check", "--no-config", "--claims", write(t, dir, "shard.jsonl",
					`{"id": "a", "path": "a.md", "directives": {"lines": 2, "kept": [{"line": 1, "start": 100000000000, "text": "x"}]}, "claims": []}`+"\n")}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"shard.jsonl:1: malformed claims line: directives: line 1 at byte 100000000000 is out of order or outside a document of at most 16777216 bytes"},
		},
		{
			name: "claims shard with a line count beyond any document",
			setup: func(t *testing.T, dir string) []string {
				return []string{"check", "--no-config", "--claims", write(t, dir, "shard.jsonl",
					`{"id": "a", "path": "a.md", "directives": {"lines": 9000000000000000000, "kept": []}, "claims": []}`+"\n")}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"shard.jsonl:1: malformed claims line: directives: 9000000000000000000 lines is not a document of at most 16777216 bytes"},
		},
		{
			name: "ignore pattern of many ** on a deep folder",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, ".crosscheck.yaml", "ignore:\n  - \""+strings.Repeat("**/", 12)+"skip.md\"\n")
				deep := strings.Repeat("d/", 20)
				write(t, dir, "story/"+deep+"a.md", sideA)
				write(t, dir, "story/"+deep+"b.md", sideB)
				write(t, dir, "story/"+deep+"skip.md", "Nine people were killed when the bridge collapsed on Sunday.\n")
				return []string{"check", "-f", "json", "story"}
			},
			wantCode:  ExitFindings,
			notStdout: []string{"skip.md"},
		},
		{
			name: "--max-bytes beyond what an article may take",
			setup: func(t *testing.T, dir string) []string {
				return []string{"check", "--no-config", "--max-bytes", "300000000", write(t, dir, "a.md", sideA)}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"invalid --max-bytes 300000000: give 1 to 33554432 (32 MiB); split larger files"},
		},
		{
			name: "-j far beyond the CPUs",
			setup: func(t *testing.T, dir string) []string {
				return []string{"check", "--no-config", "-j", "1000000", write(t, dir, "a.md", sideA), write(t, dir, "b.md", sideB)}
			},
			wantCode:   ExitFindings,
			wantStderr: []string{"crosscheck: warning: --jobs 1000000 lowered to ", "per CPU): more jobs only take more memory"},
		},
		{
			name: "-o onto an input",
			setup: func(t *testing.T, dir string) []string {
				return []string{"check", "--no-config", "-o", "a.md", write(t, dir, "a.md", sideA), write(t, dir, "b.md", sideB)}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"--output-file a.md is one of the inputs: writing the report would overwrite it; write the report elsewhere"},
			check:      fileContains("a.md", sideA),
		},
		{
			name: "report written into the folder checked, twice",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "story/a.md", sideA)
				write(t, dir, "story/b.md", sideB)
				for range 2 {
					runWithin(t, time.Minute, nil, "check", "--no-config", "-f", "text", "-o", "story/report.txt", "story")
				}
				return []string{"check", "--no-config", "-f", "json", "-o", "story/report.txt", "story"}
			},
			wantCode: ExitFindings,
			check: func(t *testing.T, dir, stdout string) {
				fileContains("story/report.txt", `"path": "story/a.md"`)(t, dir, stdout)
				if raw, _ := os.ReadFile(filepath.Join(dir, "story/report.txt")); strings.Contains(string(raw), `"path": "story/report.txt"`) {
					t.Errorf("the report read its own earlier version as an article:\n%s", raw)
				}
			},
		},
		{
			name: "JSON report under another name in the folder checked",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "story/a.md", sideA)
				write(t, dir, "story/b.md", sideB)
				_, report, _ := runWithin(t, time.Minute, nil, "check", "--no-config", "-f", "json", "story")
				write(t, dir, "story/findings.txt", report)
				return []string{"check", "--no-config", "-f", "json", "story"}
			},
			wantCode:   ExitFindings,
			wantStderr: []string{"crosscheck: warning: story/findings.txt: skipped a crosscheck output, not an article"},
			notStdout:  []string{"findings.txt"},
		},
		{
			name: "symbolic link to a file outside the folder",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "story/a.md", sideA)
				secret := write(t, dir, "secrets.txt", "Deploy key hunter2\n\nSecond line.\n")
				if err := os.Symlink(secret, filepath.Join(dir, "story", "notes.txt")); err != nil {
					t.Skip("no symbolic links here:", err)
				}
				return []string{"check", "--no-config", "-f", "json", "--follow", "story"}
			},
			wantCode:   ExitOK,
			wantStderr: []string{"story/notes.txt: skipped symbolic link: it leads outside the folder being checked"},
			notStdout:  []string{"hunter2", "notes.txt"},
		},
		{
			name: "symbolic link found without --follow",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "story/a.md", sideA)
				write(t, dir, "story/wire/b.md", sideB)
				if err := os.Symlink("wire/b.md", filepath.Join(dir, "story", "latest.md")); err != nil {
					t.Skip("no symbolic links here:", err)
				}
				return []string{"check", "--no-config", "-f", "json", "story"}
			},
			wantCode:   ExitFindings,
			wantStderr: []string{"story/latest.md: skipped symbolic link: give --follow"},
			notStdout:  []string{"latest.md"},
		},
		{
			name: "terminal escape sequences in a file name",
			setup: func(t *testing.T, dir string) []string {
				return []string{"check", "--no-config", "-f", "text", write(t, dir, "a\x1b]0;owned\x07.txt", sideA), write(t, dir, "b.txt", sideB)}
			},
			wantCode:   ExitFindings,
			wantStdout: []string{`\x1b]0;owned\x07`},
			notStdout:  []string{"\x1b", "\x07"},
		},
		{
			name: "revision that is a shell command",
			setup: func(t *testing.T, dir string) []string {
				gitInit(t, dir)
				return []string{"check", "--no-config", "--new-from-rev", "main;touch pwned", write(t, dir, "a.md", sideA)}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{`unknown revision "main;touch pwned" for --new-from-rev: check it with: git log -1 'main;touch pwned'`},
		},
		{
			name: "identical JSONL documents keep distinct finding ids",
			setup: func(t *testing.T, dir string) []string {
				return []string{"check", "--no-config", "-f", "json", "--story-by", "id", write(t, dir, "s.jsonl", wireStream(0, 12))}
			},
			wantCode: ExitFindings,
			check: func(t *testing.T, dir, stdout string) {
				ids := findingIDs(t, stdout)
				if len(ids) < 8 || len(slices.Compact(slices.Sorted(slices.Values(ids)))) != len(ids) {
					t.Errorf("ids %v: want one id per finding", ids)
				}
			},
		},
		{
			name: "JSONL stream split by line count keeps its findings",
			setup: func(t *testing.T, dir string) []string {
				_, whole, _ := runWithin(t, time.Minute, nil, "check", "--no-config", "-f", "json", "--story-by", "id", write(t, dir, "all.jsonl", wireStream(0, 12)))
				write(t, dir, "whole.json", whole)
				return []string{"check", "--no-config", "-f", "json", "--story-by", "id",
					write(t, dir, "part1.jsonl", wireStream(0, 5)), write(t, dir, "part2.jsonl", wireStream(5, 12))}
			},
			wantCode: ExitFindings,
			check: func(t *testing.T, dir, stdout string) {
				whole, err := os.ReadFile(filepath.Join(dir, "whole.json"))
				if err != nil {
					t.Fatal(err)
				}
				if w, s := findingsByDocument(t, string(whole)), findingsByDocument(t, stdout); !slices.Equal(w, s) {
					t.Errorf("split stream gives other findings:\n%v\nwant\n%v", s, w)
				}
			},
		},
		{
			name: "carriage returns alone end lines",
			setup: func(t *testing.T, dir string) []string {
				return []string{"check", "--no-config", "-f", "line",
					write(t, dir, "a.txt", "Bridge report\r\rSome context.\r"+strings.TrimSuffix(sideA, "\n")+"\r"),
					write(t, dir, "b.txt", "Bridge report\r\rMore context.\rEven more.\r"+sideB)}
			},
			wantCode:   ExitFindings,
			wantStdout: []string{"a.txt:4:1: error casualties:"},
			notStdout:  []string{"a.txt:1:"},
		},
		{
			name: "UTF-16 article in a folder",
			setup: func(t *testing.T, dir string) []string {
				write(t, dir, "story/a.md", sideA)
				write(t, dir, "story/b.txt", "\xff\xfeT\x00w\x00e\x00l\x00v\x00e\x00")
				return []string{"check", "--no-config", "story"}
			},
			wantCode:   ExitUsage,
			wantStderr: []string{"crosscheck: error: story/b.txt: the file is UTF-16 text: save it as UTF-8"},
		},
	}
}

// othersStory writes a contradiction in a.md and b.md, and a configuration
// that turns it off in a file called name, owned by another user.
func othersStory(t *testing.T, dir, name string) {
	if os.Geteuid() != 0 {
		t.Skip("giving a file to another user needs root")
	}
	path := write(t, dir, name, "severity:\n  casualties: off\n")
	if err := os.Chown(path, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "a.md", sideA)
	write(t, dir, "b.md", sideB)
}

// fileContains checks, after the run, that the file at name holds want.
func fileContains(name, want string) func(t *testing.T, dir, stdout string) {
	return func(t *testing.T, dir, stdout string) {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !strings.Contains(string(raw), want) {
			t.Errorf("%s holds %.300q (%v), want %q in it", name, raw, err, want)
		}
	}
}

// runWithStdoutClosed runs the built command as a shell would with >&-.
func runWithStdoutClosed(t *testing.T, bin string, args []string) (int, string) {
	t.Helper()
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh here")
	}
	cmd := exec.Command(sh, append([]string{"-c", `exec "$0" "$@" >&-`, bin}, args...)...)
	var errs strings.Builder
	cmd.Stderr = &errs
	err = cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode(), errs.String()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, errs.String()
}

// gitInit makes dir a git repository with one commit on main.
func gitInit(t *testing.T, dir string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git here")
	}
	for _, args := range [][]string{{"init", "-q", "-b", "main"}, {"-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "--allow-empty", "-m", "start"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
}

// wireStream is lines [from, to) of a JSONL stream of four stories of
// three documents each, in which the copies of one wire story are word
// for word the same.
func wireStream(from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		text := sideA
		if i%3 == 1 {
			text = sideB
		}
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("story%d/doc%d", i/3, i%3), "text": text})
		b.Write(append(line, '\n'))
	}
	return b.String()
}

func findingIDs(t *testing.T, report string) []string {
	var ids []string
	for _, f := range parseReport(t, report).Findings {
		ids = append(ids, f.ID)
	}
	return ids
}

// findingsByDocument lists each finding by its kind, message and the
// documents and words of its sides, which do not depend on the file of a
// stream the documents were read from.
func findingsByDocument(t *testing.T, report string) []string {
	var rep struct {
		Findings []struct {
			Kind, Message string
			Evidence      []struct {
				ID, Text   string
				Start, End int
			}
		}
	}
	if err := json.Unmarshal([]byte(report), &rep); err != nil {
		t.Fatalf("not a JSON report: %v", err)
	}
	var out []string
	for _, f := range rep.Findings {
		key := f.Kind + " " + f.Message
		for _, e := range f.Evidence {
			key += fmt.Sprintf(" | %s %d-%d %q", e.ID, e.Start, e.End, e.Text)
		}
		out = append(out, key)
	}
	slices.Sort(out)
	return out
}

// TestReportWrittenWhole: a report reaches its writer in one write, so
// that an interrupted run leaves either no report or a whole one, in every
// format (JSONL included, which is written a line at a time).
func TestReportWrittenWhole(t *testing.T) {
	for _, format := range []string{"text", "json", "jsonl", "line", "sarif", "github"} {
		t.Run(format, func(t *testing.T) {
			var w countingWriter
			code := Main(append([]string{"check", "--no-config", "-f", format}, exampleArticles(t)...), strings.NewReader(""), &w, io.Discard)
			if code != ExitFindings || w.writes != 1 {
				t.Errorf("exit %d, %d writes; want %d and one write", code, w.writes, ExitFindings)
			}
		})
	}
}

type countingWriter struct{ writes int }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	return len(p), nil
}
