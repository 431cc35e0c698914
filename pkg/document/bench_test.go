package document

import (
	"strings"
	"testing"
)

func BenchmarkMarkdown(b *testing.B) {
	para := "The *river* authority said on [Tuesday](https://example.org) that **water levels** rose by 2.5 metres, " +
		"the highest since 1998. Residents near the `east bank` were told to move “valuables” upstairs.\n"
	var src strings.Builder
	src.WriteString("---\ntitle: Flood warning issued\npublished: 2025-02-12\n---\n")
	for i := 0; src.Len() < 1<<20; i++ {
		src.WriteString("## Section\n\n" + para + para + "\n- first point\n- second point\n\n> A quote from someone.\n\n")
	}
	raw := []byte(src.String())
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := markdownDocument("bench.md", raw); err != nil {
			b.Fatal(err)
		}
	}
}
