package claim

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/document"
)

func TestDebugCorpus(t *testing.T) {
	root := os.Getenv("CC_CORPUS")
	if root == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(root)
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		doc := testDocument(f, raw)
		a := NewArticle(doc, nil)
		fmt.Println("=====", f)
		for _, c := range officialClaims(a, Options{}) {
			o := c.Official
			fmt.Printf("  OFF %-45q name=%q key=%s office=%q fam=%s hold=%s country=%q tenure=%q also=%v shared=%v\n", c.Evidence.Text, o.Name, o.PersonKey, o.Office, o.Family, o.Holders, o.Country, o.Tenure, o.AlsoHolds, o.Shared)
		}
		for _, c := range quoteClaims(a, Options{}) {
			q := c.Quote
			fmt.Printf("  QUO %q\n      speaker=%q via=%s key=%s title=%q\n", c.Evidence.Text, q.Speaker, q.SpeakerVia, q.SpeakerKey, q.SpeakerTitle)
		}
	}
}

// testDocument builds a document from a file's bytes: front matter is
// blanked (so offsets stay those of the file) and paragraphs are split on
// blank lines.
func testDocument(path string, raw []byte) *document.Document {
	text := []byte(string(raw))
	start := 0
	if strings.HasPrefix(string(text), "---\n") {
		if end := strings.Index(string(text[4:]), "\n---\n"); end >= 0 {
			start = 4 + end + 5
			for i := 0; i < start; i++ {
				if text[i] != '\n' {
					text[i] = ' '
				}
			}
		}
	}
	var blocks []document.Block
	s := string(text)
	i := start
	for i < len(s) {
		for i < len(s) && (s[i] == '\n' || s[i] == ' ') {
			i++
		}
		if i >= len(s) {
			break
		}
		j := strings.Index(s[i:], "\n\n")
		e := len(s)
		if j >= 0 {
			e = i + j
		}
		blocks = append(blocks, document.Block{Start: i, End: e, Title: len(blocks) == 0 && strings.HasSuffix(path, ".txt")})
		i = e
	}
	return document.New(path, raw, s, nil, blocks)
}
