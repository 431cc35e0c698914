//go:build !linux

package pipeline

import "time"

var processStart = time.Now()

// processCPU stands in the wall clock where the process's CPU time cannot
// be read.
func processCPU() time.Duration { return time.Since(processStart) }
