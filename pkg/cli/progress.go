package cli

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressAfter is how many documents a run reads before it shows
// progress: shorter runs finish before a bar would help.
const progressAfter = 20

// newProgress returns the pipeline's progress callback and a function that
// clears the spinner before the report is written. Progress shows only on
// a terminal; the total is not known in advance (folders and streams are
// read as they go), so it is a spinner with a count.
func newProgress(stderr io.Writer, disabled bool) (func(done int), func()) {
	fh, ok := stderr.(*os.File)
	if disabled || !ok || !term.IsTerminal(int(fh.Fd())) {
		return nil, func() {}
	}
	var bar *progressbar.ProgressBar
	update := func(done int) {
		if done <= progressAfter {
			return
		}
		if bar == nil {
			bar = progressbar.NewOptions(-1,
				progressbar.OptionSetWriter(stderr),
				progressbar.OptionSetDescription("reading articles"),
				progressbar.OptionShowCount(),
				progressbar.OptionSpinnerType(14),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionClearOnFinish(),
			)
		}
		_ = bar.Set(done)
	}
	stop := func() {
		if bar != nil {
			_ = bar.Finish()
		}
	}
	return update, stop
}
