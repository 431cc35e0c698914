package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/internal/scaling"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// FuzzClaims feeds arbitrary claims files to check --claims: whatever a
// shard holds, reading and judging it ends in a result or a message
// naming the file and line, never a panic, and in time in proportion to
// its size (offsets and counts are not taken on trust).
func FuzzClaims(f *testing.F) {
	f.Add([]byte(`{"id": "a", "path": "a.md", "directives": {"lines": 3, "kept": [{"line": 2, "start": 2, "text": "<!-- crosscheck-disable -->"}], "filled": [3]}, "claims": []}`))
	f.Add([]byte(`{"id": "a", "path": "a.md", "directives": {"lines": 9000000000000000000, "kept": []}, "claims": []}`))
	f.Add([]byte(`{"id": "a", "path": "a.md", "directives": {"lines": 2, "kept": [{"line": 1, "start": 100000000000, "text": "crosscheck-disable"}]}, "claims": []}`))
	f.Fuzz(func(t *testing.T, shard []byte) {
		opts := pipeline.Options{Workers: 2}
		opts.Load.MaxBytes = 1 << 12
		var res *pipeline.Result
		var err error
		scaling.Run(t, len(shard), func() {
			res, err = readClaims(context.Background(), []string{"-"}, opts, bytes.NewReader(shard), func(document.Problem) {})
		})
		if err != nil && !strings.HasPrefix(err.Error(), "-:") {
			t.Fatalf("error that names no file and line: %v", err)
		}
		if err == nil && res == nil {
			t.Fatal("no result and no error")
		}
	})
}
