package cli

import (
	"fmt"
	"io"
	"sync"

	"github.com/crosscheck/crosscheck/pkg/document"
)

// problemLog prints input problems to standard error as they are found
// and remembers whether any of them stops the run from going on as asked.
type problemLog struct {
	mu    sync.Mutex
	w     io.Writer
	fatal bool
	// quiet leaves out the problems that are only warnings (-q).
	quiet bool
}

func newProblemLog(stderr io.Writer) *problemLog { return &problemLog{w: stderr} }

// report is the callback the loaders call for each problem.
func (l *problemLog) report(p document.Problem) {
	l.mu.Lock()
	defer l.mu.Unlock()
	level := "warning"
	if p.Fatal {
		level, l.fatal = "error", true
	} else if l.quiet {
		return
	}
	fmt.Fprintf(l.w, "crosscheck: %s: %v\n", level, p)
}

// failed reports whether a fatal problem was seen.
func (l *problemLog) failed() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.fatal
}
