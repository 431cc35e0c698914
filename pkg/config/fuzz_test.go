package config

import (
	"bytes"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/internal/scaling"
)

// FuzzDecode feeds arbitrary bytes to the configuration reader: it must
// never panic, every problem must name a line, and a configuration it
// accepts must print (config print) as YAML that reads back the same.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("severity:\n  quote: info\nfail-on: warning\ntolerance: 0.1\naliases:\n  - [Zelensky, Zelenskyy]\nignore:\n  - drafts/**\n"))
	f.Add([]byte("offices:\n  - [police chief, chief constable]\nformat: json\nmin-severity: warning\n"))
	f.Add([]byte("a: &a [*a]\n"))
	f.Add([]byte("- quote\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := Default("/story")
		var err *Error
		scaling.Run(t, len(data), func() { err = decode(data, c, testOpts) })
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("empty error for %q", data)
			}
			return
		}
		if match := c.IgnoreFunc(); match != nil {
			match("/story/drafts/a.md")
		}
		c.Claims()
		var printed bytes.Buffer
		if err := c.Write(&printed, "fuzz"); err != nil {
			t.Fatalf("cannot print an accepted configuration: %v", err)
		}
		again := Default("/story")
		if err := decode(printed.Bytes(), again, testOpts); err != nil {
			t.Fatalf("printed configuration does not read back: %v\n%s", err, printed.Bytes())
		}
	})
}

// FuzzIgnore matches arbitrary patterns against arbitrary paths: no
// panic, and time in proportion to the pattern times the path however many
// "**" they hold.
func FuzzIgnore(f *testing.F) {
	f.Add("drafts/**/old-*.txt", "drafts/a/b/old-1.txt")
	f.Add("**/**/**/**/**/**/**/**/**/**/**/**/x", "d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/d/y")
	f.Add("[a-", "a")
	f.Fuzz(func(t *testing.T, pattern, path string) {
		pat, segs := strings.Split(pattern, "/"), strings.Split(path, "/")
		scaling.Run(t, len(pattern)*len(segs), func() { matchPrefix(pat, segs) })
	})
}
