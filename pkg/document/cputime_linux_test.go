package document

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

// threadCPUTime runs f on one operating-system thread and returns the CPU
// time that thread spent on it: time lost to other processes on a busy
// machine is not counted, so that growth tests do not depend on the load.
func threadCPUTime(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	before := threadClock()
	f()
	return threadClock() - before
}

func threadClock() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		panic(err)
	}
	return time.Duration(ts.Nano())
}
