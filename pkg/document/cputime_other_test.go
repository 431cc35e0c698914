//go:build !linux

package document

import "time"

// threadCPUTime measures f by the wall clock where the CPU time of one
// thread cannot be read.
func threadCPUTime(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
