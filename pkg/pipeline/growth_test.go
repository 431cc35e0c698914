package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/internal/scaling"
)

// TestArticleGrowth: one article twice as long, made of one kind of
// sentence that crafted or broken input repeats without end, takes about
// twice as long to check, from its words to its findings.
func TestArticleGrowth(t *testing.T) {
	tests := []struct{ name, unit string }{
		{"number words in one endless sentence", "one hundred and twenty people were hurt "},
		{"quotations", `"We will rebuild the harbour wall before the winter," the mayor said. `},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			scaling.Growth(t, 100, func(n int) func() {
				path := filepath.Join(dir, fmt.Sprintf("a%d.txt", n))
				if err := os.WriteFile(path, []byte(strings.Repeat(tt.unit, n)), 0o644); err != nil {
					t.Fatal(err)
				}
				return func() {
					if _, err := Check(context.Background(), []string{path}, Options{}, func(p document.Problem) { t.Error(p) }); err != nil {
						t.Fatal(err)
					}
				}
			})
		})
	}
}
