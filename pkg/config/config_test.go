package config

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

var testOpts = Options{Formats: []string{"text", "json", "sarif"}}

// load writes body to a .crosscheck.yaml in a new folder and loads it.
func load(t *testing.T, body string) (*Config, error) {
	t.Helper()
	p := filepath.Join(t.TempDir(), ".crosscheck.yaml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return Load(p, testOpts)
}

func mustLoad(t *testing.T, body string) *Config {
	t.Helper()
	c, err := load(t, body)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return c
}

func TestDefaults(t *testing.T) {
	c := mustLoad(t, "# nothing set\n")
	if c.FailOn != "error" || c.MinSeverity != "warning" || c.Tolerance != 0.05 || c.Format != "text" {
		t.Fatalf("defaults = %+v", c)
	}
	if len(c.Severity) != 0 || len(c.Aliases) != 0 || c.IgnoreFunc() != nil {
		t.Fatalf("defaults hold lists: %+v", c)
	}
}

func TestKeySeverity(t *testing.T) {
	c := mustLoad(t, "severity:\n  quote: warning\n  Official: OFF\n")
	want := map[claim.Kind]string{claim.KindQuote: "warning", claim.KindOfficial: "off"}
	if !reflect.DeepEqual(c.Severity, want) {
		t.Fatalf("severity = %v, want %v", c.Severity, want)
	}
}

func TestKeyFailOnAndMinSeverity(t *testing.T) {
	c := mustLoad(t, "fail-on: warning\nmin-severity: error\n")
	if c.FailOn != "warning" || c.MinSeverity != "error" {
		t.Fatalf("got fail-on %q min-severity %q", c.FailOn, c.MinSeverity)
	}
	c = mustLoad(t, "fail-on: none\n")
	if c.FailOn != "none" {
		t.Fatalf("fail-on = %q", c.FailOn)
	}
}

func TestKeyTolerance(t *testing.T) {
	c := mustLoad(t, "tolerance: 0.1\n")
	if c.Tolerance != 0.1 {
		t.Fatalf("tolerance = %v", c.Tolerance)
	}
	if c := mustLoad(t, "tolerance: 0\n"); c.Tolerance != 0 {
		t.Fatalf("tolerance 0 read as %v", c.Tolerance)
	}
}

func TestKeyFormat(t *testing.T) {
	if c := mustLoad(t, "format: sarif\n"); c.Format != "sarif" {
		t.Fatalf("format = %q", c.Format)
	}
}

func TestKeyAliasesAndOffices(t *testing.T) {
	c := mustLoad(t, "aliases:\n  - [Zelensky, Zelenskyy, Selenskyj]\noffices:\n  - - police chief\n    - police commissioner\n")
	if !reflect.DeepEqual(c.Aliases, [][]string{{"Zelensky", "Zelenskyy", "Selenskyj"}}) {
		t.Fatalf("aliases = %v", c.Aliases)
	}
	if !reflect.DeepEqual(c.Offices, [][]string{{"police chief", "police commissioner"}}) {
		t.Fatalf("offices = %v", c.Offices)
	}
	if co := c.Claims(); !reflect.DeepEqual(co.Aliases, c.Aliases) || !reflect.DeepEqual(co.Offices, c.Offices) {
		t.Fatalf("Claims() = %+v", co)
	}
}

func TestKeyIgnore(t *testing.T) {
	c := mustLoad(t, "ignore:\n  - \"*.notes.md\"\n  - archive\n  - drafts/**/old-*.txt\n  - /top.md\n")
	ignored := c.IgnoreFunc()
	cases := map[string]bool{
		"story/a.notes.md":              true,
		"a.md":                          false,
		"archive/2019/x.md":             true,
		"news/archive/x.md":             true,
		"drafts/old-1.txt":              true,
		"drafts/ferry/2024/old-1.txt":   true,
		"drafts/ferry/new-1.txt":        false,
		"other/drafts/old-1.txt":        false,
		"top.md":                        true,
		"sub/top.md":                    false,
		filepath.Join(c.Dir, "top.md"):  true,
		filepath.Join(c.Dir, "keep.md"): false,
	}
	for p, want := range cases {
		// Relative paths are read from the configuration's folder.
		if !filepath.IsAbs(p) {
			p = filepath.Join(c.Dir, filepath.FromSlash(p))
		}
		if got := ignored(p); got != want {
			t.Errorf("ignored(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestExampleFileLoads(t *testing.T) {
	c, err := Load(filepath.Join("..", "..", "testdata", "config", "example.crosscheck.yaml"), testOpts)
	if err != nil {
		t.Fatalf("the example configuration does not load: %v", err)
	}
	if c.Severity[claim.KindQuote] != "warning" || len(c.Aliases) == 0 || len(c.Offices) == 0 || len(c.Ignore) == 0 {
		t.Fatalf("example = %+v", c)
	}
}

func TestInvalidFiles(t *testing.T) {
	cases := []struct {
		name, body string
		line       int
		want       string
	}{
		{"unknown key", "fail-on: error\nseverty:\n  quote: info\n", 2, `unknown key "severty"`},
		{"unknown kind", "severity:\n  quote: info\n  quotes: info\n", 3, `unknown finding kind "quotes"`},
		{"bad severity", "severity:\n  quote: loud\n", 2, `invalid severity of quote "loud"`},
		{"bad fail-on", "fail-on: sometimes\n", 1, `invalid fail-on "sometimes": use error, warning, info or none`},
		{"bad min-severity", "\nmin-severity: none\n", 2, `invalid min-severity "none"`},
		{"tolerance not a number", "tolerance: five percent\n", 1, `invalid tolerance "five percent"`},
		{"tolerance too big", "tolerance: 5\n", 1, "0.05 for figures within 5 %"},
		{"bad format", "format: nope\n", 1, `invalid format "nope": use text, json or sarif`},
		{"alias not a list", "aliases:\n  - Zelensky\n", 2, "must be a list of two or more names"},
		{"alias of one", "aliases:\n  - [Zelensky]\n", 2, "only one spelling"},
		{"offices not a list", "offices: police chief\n", 1, "offices must be a list of lists"},
		{"bad ignore", "ignore:\n  - \"[abc\"\n", 2, "invalid ignore pattern"},
		{"bad globstar", "ignore:\n  - drafts/a**\n", 2, "whole path element"},
		{"not a mapping", "- quote\n", 1, "must be a mapping"},
		{"syntax", "fail-on: error\n  min-severity: info\n", 2, "mapping values are not allowed"},
		{"duplicate", "fail-on: error\nfail-on: info\n", 2, `duplicate key "fail-on" in the configuration: line 1 already sets "fail-on"`},
		{"kinds differing in case", "severity:\n  Quote: off\n  quote: error\n", 3, `duplicate key "quote" in severity: line 2 already sets "Quote"; keep one of them`},
		{"same kind twice", "severity:\n  date: info\n  quote: off\n  date: off\n", 4, `duplicate key "date" in severity: line 2`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := load(t, tc.body)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want a *config.Error", err)
			}
			if ce.Line != tc.line || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %q (line %d), want line %d and %q", err, ce.Line, tc.line, tc.want)
			}
			if !strings.Contains(err.Error(), ".crosscheck.yaml:") {
				t.Fatalf("err = %q does not name the file", err)
			}
		})
	}
}

func TestFindUpward(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if p, _, err := Find(deep); err != nil || p != "" && strings.HasPrefix(p, root) {
		t.Fatalf("Find with no file = %q, %v", p, err)
	}
	yml := filepath.Join(root, "a", ".crosscheck.yml")
	os.WriteFile(yml, []byte("fail-on: warning\n"), 0o644)
	if p, _, _ := Find(deep); p != yml {
		t.Fatalf("Find = %q, want %q", p, yml)
	}
	yaml := filepath.Join(root, "a", ".crosscheck.yaml")
	os.WriteFile(yaml, []byte("fail-on: info\n"), 0o644)
	if p, _, _ := Find(deep); p != yaml {
		t.Fatalf("Find = %q, want .yaml preferred: %q", p, yaml)
	}
	c, err := Resolve("", false, deep, testOpts)
	if err != nil || c.FailOn != "info" || c.Path != yaml {
		t.Fatalf("Resolve = %+v, %v", c, err)
	}
}

// TestFindSkipsOthersFiles: a file found upward that belongs to another
// user is passed over, with the reason, for the next one up; named with
// --config it is used.
func TestFindSkipsOthersFiles(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("giving a file to another user needs root")
	}
	root := t.TempDir()
	deep := filepath.Join(root, "shared", "story")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(root, ".crosscheck.yaml")
	os.WriteFile(mine, []byte("fail-on: warning\n"), 0o644)
	theirs := filepath.Join(root, "shared", ".crosscheck.yaml")
	os.WriteFile(theirs, []byte("severity:\n  quote: off\n"), 0o644)
	if err := os.Chown(theirs, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	c, err := Resolve("", false, deep, testOpts)
	if err != nil || c.Path != mine || len(c.Severity) != 0 {
		t.Fatalf("Resolve = %+v, %v; want %s, not the file of another user", c, err, mine)
	}
	if len(c.Skipped) != 1 || !strings.Contains(c.Skipped[0], theirs+": it belongs to another user (uid 65534), not to you or root; name it with --config") {
		t.Errorf("skipped %q, want the other user's file named with the reason", c.Skipped)
	}
	if c, err := Resolve(theirs, false, deep, testOpts); err != nil || c.Severity[claim.KindQuote] != Off {
		t.Errorf("--config %s = %+v, %v; want it used", theirs, c, err)
	}
}

func TestResolveExplicitAndDisabled(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, ".crosscheck.yaml"), []byte("fail-on: info\n"), 0o644)
	other := filepath.Join(t.TempDir(), "house.yaml")
	os.WriteFile(other, []byte("fail-on: warning\n"), 0o644)

	c, err := Resolve(other, false, dir, testOpts)
	if err != nil || c.FailOn != "warning" {
		t.Fatalf("--config: %+v, %v", c, err)
	}
	c, err = Resolve("", true, dir, testOpts)
	if err != nil || c.FailOn != "error" || c.Path != "" {
		t.Fatalf("--no-config: %+v, %v", c, err)
	}
	if _, err := Resolve(filepath.Join(dir, "missing.yaml"), false, dir, testOpts); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Fatalf("missing --config file: %v", err)
	}
}

func TestApply(t *testing.T) {
	c := Default(".")
	c.Severity = map[claim.Kind]string{claim.KindQuote: "info", claim.KindDate: Off}
	fs := []judge.Finding{
		{ID: "q", Kind: claim.KindQuote, Severity: judge.SeverityError},
		{ID: "d", Kind: claim.KindDate, Severity: judge.SeverityError},
		{ID: "n", Kind: claim.KindDuration, Severity: judge.SeverityWarning},
	}
	got := c.Apply(fs)
	if len(got) != 2 || got[0].Severity != judge.SeverityInfo || got[1].ID != "n" || got[1].Severity != judge.SeverityWarning {
		t.Fatalf("Apply = %+v", got)
	}
}

func TestWriteRoundTrips(t *testing.T) {
	c := mustLoad(t, "severity:\n  quote: warning\naliases:\n  - [Zelensky, Zelenskyy]\nignore: [archive]\n")
	var buf bytes.Buffer
	if err := c.Write(&buf, c.Origin(false)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"# loaded from " + c.Path, "fail-on: error", "tolerance: 0.05", "- [Zelensky, Zelenskyy]", "quote: warning", "offices: []"} {
		if !strings.Contains(out, want) {
			t.Errorf("printed configuration lacks %q:\n%s", want, out)
		}
	}
	back := mustLoad(t, out)
	back.Path, back.Dir = c.Path, c.Dir
	if !reflect.DeepEqual(back, c) {
		t.Fatalf("round trip:\n%+v\n%+v", back, c)
	}
}

// The loader's Ignore hook takes the configuration's test as is.
var _ = document.Options{Ignore: Default(".").IgnoreFunc()}
