// Package scaling holds parsers to a running time in proportion to their
// input, for tests: a time budget per KB that fuzz targets enforce, so
// fuzzing finds the inputs that stall a parser (quadratic or exponential
// work) as well as those that crash it; and a growth check, which fails
// when doubling an input more than doubles the time.
package scaling

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// The budget is generous, so that a loaded machine does not fail a linear
// parser: a floor for small inputs, then a time per KB. A quadratic parser
// still overruns it on inputs of a few tens of KB.
const (
	Floor = 500 * time.Millisecond
	PerKB = 20 * time.Millisecond
)

// Budget is the time allowed for an input of size bytes.
func Budget(size int) time.Duration {
	return max(Floor, time.Duration(size)*PerKB/1024)
}

// Run calls parse and fails t when it takes longer than the budget for an
// input of size bytes. The time is the CPU time of the process, which a
// busy machine does not inflate as it does the wall clock (a fuzz worker
// runs one input at a time).
func Run(t testing.TB, size int, parse func()) {
	t.Helper()
	start := cpuTime()
	parse()
	if took := cpuTime() - start; took > Budget(size) {
		t.Fatalf("took %v on %d bytes, more than the %v allowed (%v per KB)", took, size, Budget(size), PerKB)
	}
}

// MaxGrowth is the largest ratio of times allowed when the input doubles:
// 2 for linear work; n log n work (a sort of an article's mentions) gives
// 2.2 on inputs of a few thousand words, and a loaded machine adds a
// tenth to a run of tens of milliseconds, so 2.3 failed sound code now and
// then. A quadratic parser gives about 4, and still fails.
const MaxGrowth = 2.5

// minTime is the time the smaller input must take, so that the clock's
// resolution is small beside it.
const minTime = 30 * time.Millisecond

// Growth checks that work grows at most linearly: it finds a size n whose
// run takes at least minTime (doubling from n), then compares the best of
// several runs at n and at 2n, taken in turn. Time is the CPU time the
// process spends, which other programs on a busy machine do not inflate;
// what noise is left only ever adds time, so the best run is the honest
// one. A ratio over MaxGrowth is measured again, up to three times, before
// the test fails, which a quadratic parser never passes. prepare builds the
// input of size n and returns the work to time.
func Growth(t *testing.T, n int, prepare func(n int) func()) {
	t.Helper()
	if testing.Short() {
		t.Skip("times growing inputs; skipped with -short")
	}
	// On one processor, the garbage collector has no idle processors to
	// run mark workers on, whose time would be counted without being work.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	for timed(prepare(n)) < minTime && n < 1<<30 {
		n *= 2
	}
	smallWork, largeWork := prepare(n), prepare(2*n)
	var ratio float64
	var small, large time.Duration
	for range 3 {
		small, large = time.Duration(1<<63-1), time.Duration(1<<63-1)
		for range 5 {
			small, large = min(small, timed(smallWork)), min(large, timed(largeWork))
		}
		if ratio = float64(large) / float64(small); ratio <= MaxGrowth {
			t.Logf("size %d: %v, size %d: %v (x%.2f)", n, small, 2*n, large, ratio)
			return
		}
	}
	t.Errorf("size %d took %v, size %d took %v: x%.2f when the input doubles, more than x%.1f", n, small, 2*n, large, ratio, MaxGrowth)
}

// timed runs work once and returns the CPU time it took. The collector is
// paused meanwhile: its work grows with the live heap, which a test that
// keeps its results holds, and it is not the parser's.
func timed(work func()) time.Duration {
	runtime.GC()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	start := cpuTime()
	work()
	return cpuTime() - start
}
