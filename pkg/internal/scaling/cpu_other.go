//go:build !unix

package scaling

import "time"

var processStart = time.Now()

// cpuTime falls back to the wall clock where CPU time is not at hand.
func cpuTime() time.Duration { return time.Since(processStart) }
