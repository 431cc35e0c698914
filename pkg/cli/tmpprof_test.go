package cli

import (
	"io"
	"os"
	"testing"
)

func BenchmarkTmpCLI(b *testing.B) {
	for b.Loop() {
		Main([]string{"check", "--no-config", "--story-by", "id", "-f", "json", "--fail-on", "none", "--no-progress", os.Getenv("TMPCORPUS")}, nil, io.Discard, os.Stderr)
	}
}
