package document

import (
	"context"
	"fmt"
	"io"
	"testing"
)

// TestJSONLStreams checks that each document is emitted as soon as its line
// is read: the writer sends line n+1 only after document n was emitted, so
// a loader that read the whole stream first would block forever.
func TestJSONLStreams(t *testing.T) {
	const n = 10_000
	pr, pw := io.Pipe()
	emitted := make(chan struct{})
	go func() {
		for i := range n {
			fmt.Fprintf(pw, "{\"id\": \"%d\", \"text\": \"Article number %d.\"}\n", i, i)
			<-emitted
		}
		pw.Close()
	}()
	count := 0
	err := Load(context.Background(), []string{"-"}, Options{Stdin: pr}, func(d *Document) error {
		if d.ID != fmt.Sprint(count) {
			return fmt.Errorf("document %d has id %q", count, d.ID)
		}
		count++
		emitted <- struct{}{}
		return nil
	}, func(p Problem) { t.Errorf("problem: %v", p) })
	if err != nil || count != n {
		t.Fatalf("err %v after %d documents", err, count)
	}
}
