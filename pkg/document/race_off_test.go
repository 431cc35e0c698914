//go:build !race

package document

// slowdown stretches time limits in tests: without the race detector the
// limits hold as written.
const slowdown = 1
