package mention

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/internal/scaling"
)

// TestNumberWordChainGrowth: a run of number words twice as long ("one
// hundred and twenty thousand three one hundred ...") takes at most about
// twice as long to read.
func TestNumberWordChainGrowth(t *testing.T) {
	words := strings.Fields("one hundred and twenty thousand three")
	scaling.Growth(t, 500, func(n int) func() {
		chain := make([]string, n)
		for i := range chain {
			chain[i] = words[i%len(words)]
		}
		text := "The toll was " + strings.Join(chain, " ") + " people."
		return func() {
			// Many runs on a text small enough to stay in the caches, so
			// that what is measured is the parser, not the memory.
			for range 20 {
				Find(text, Reference{})
			}
		}
	})
}
