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
		var err error
		scaling.Run(t, len(raw), func() { d, err = htmlDocument("f.html", raw) })
		if err == nil {
			checkMapping(t, d)
		}
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

// FuzzStreamColumns: for any JSONL line with a text field, the column map
// covers every byte of the text, never goes backwards and stays within the
// line.
func FuzzStreamColumns(f *testing.F) {
	f.Add([]byte(`{"id": 1, "text": "caf\u00e9 \ud83c\udf89 \"q\"\n\/", "Text": "x"}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		var rec jsonlRecord
		if json.Unmarshal(line, &rec) != nil || rec.Text == nil {
			return
		}
		cols := streamColumns(line, *rec.Text)
		if cols == nil {
			return
		}
		if len(cols) != len(*rec.Text)+1 {
			t.Fatalf("%d columns for %d bytes", len(cols), len(*rec.Text))
		}
		for i := 1; i < len(cols); i++ {
			if cols[i] < cols[i-1] || cols[i] < 1 {
				t.Fatalf("column %d at byte %d after %d", cols[i], i, cols[i-1])
			}
		}
	})
}
