package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFollowInsideFolder: with FollowLinks, a link to a file or folder
// inside the folder is read; the file it points to is read once per path
// that leads to it, as a file found twice.
func TestFollowInsideFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "story/a.txt", "Text.")
	writeFile(t, dir, "story/wire/b.txt", "More text.")
	if err := os.Symlink("wire", filepath.Join(dir, "story", "latest")); err != nil {
		t.Skip("no symlinks:", err)
	}
	r := load(t, []string{filepath.Join(dir, "story")}, Options{FollowLinks: true})
	if len(r.problems) != 0 || len(r.docs) != 3 {
		t.Fatalf("%d documents, problems %v; want a.txt, latest/b.txt and wire/b.txt", len(r.docs), r.problems)
	}
}

// TestLinkNamedDirectly: a path given on the command line is read as
// given, link or not.
func TestLinkNamedDirectly(t *testing.T) {
	dir := t.TempDir()
	target := writeFile(t, dir, "elsewhere/a.txt", "Text.")
	link := filepath.Join(dir, "a.txt")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	r := load(t, []string{link}, Options{})
	if len(r.problems) != 0 || len(r.docs) != 1 {
		t.Fatalf("%d documents, problems %v; want the link's target read", len(r.docs), r.problems)
	}
}

// TestLineEnds: positions count lines however the file ends them: LF,
// CRLF or a carriage return alone.
func TestLineEnds(t *testing.T) {
	tests := []struct {
		name, raw string
		wantLine  int
		wantCol   int
	}{
		{"LF", "One.\nTwo.\nThree killed.", 3, 7},
		{"CRLF", "One.\r\nTwo.\r\nThree killed.", 3, 7},
		{"CR alone", "One.\rTwo.\rThree killed.", 3, 7},
		{"mixed", "One.\r\nTwo.\rThree killed.", 3, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadOne(t, "a.txt", tt.raw)
			at := strings.Index(d.Text, "killed")
			s := d.SpanOf(at, at+len("killed"))
			if s.Line != tt.wantLine || s.Column != tt.wantCol || s.Text != "killed" {
				t.Errorf("span %+v, want line %d column %d", s, tt.wantLine, tt.wantCol)
			}
		})
	}
}
