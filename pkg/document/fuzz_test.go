package document

import (
	"encoding/json"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/internal/scaling"
)

// The fuzz targets check that no input panics and that every document meets
// the offset invariants of checkMapping. Seeds live in testdata/fuzz.

func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("---\ntitle: T\n---\n# H\n\nA *b* [c](d) `e` &amp; \\* f\r\nnext\n\n- x\n> y\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if checkText(raw) != nil {
			return // the loader rejects it before conversion
		}
		var d *Document
		var err error
		scaling.Run(t, len(raw), func() { d, err = markdownDocument("f.md", raw) })
		if err == nil {
			checkMapping(t, d)
		}
	})
}

func FuzzPlainText(f *testing.F) {
	f.Add([]byte("\ufeffHeadline\r\n\r\nBody.\rMore\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if checkText(raw) != nil {
			return
		}
		var d *Document
		scaling.Run(t, len(raw), func() { d = plainText("f.txt", raw) })
		checkMapping(t, d)
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte("<title>T</title><h1>H &amp; i</h1><p>a<br>b &eacute;</p><script>x</script>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if checkText(raw) != nil {
			return
		}
		var d *Document
		scaling.Run(t, len(raw), func() { d = htmlDocument("f.html", raw) })
		checkMapping(t, d)
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"One.\\n\\nTwo.\"}\n{bad\n\n{\"text\":\"\"}\n"))
	f.Fuzz(func(t *testing.T, stream []byte) {
		path := writeFile(t, t.TempDir(), "f.jsonl", string(stream))
		var r loadResult
		scaling.Run(t, len(stream), func() { r = load(t, []string{path}, Options{MaxBytes: 1 << 12}) })
		for _, d := range r.docs {
			checkMapping(t, d)
			var rec struct{ Text string }
			_ = json.Unmarshal(d.Raw, &rec) // Raw is the text itself, not the line
			if d.Line < 1 {
				t.Fatalf("document without a line number: %+v", d)
			}
		}
		for _, p := range r.problems {
			if p.Path != path || p.Err == nil {
				t.Fatalf("problem without path or error: %+v", p)
			}
		}
	})
}
