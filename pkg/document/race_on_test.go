//go:build race

package document

// slowdown stretches time limits in tests: the race detector runs code
// several times slower.
const slowdown = 10
