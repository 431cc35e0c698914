//go:build unix

package cli

import (
	"os"
	"syscall"
)

// stdoutWasClosed reports whether fh, standard output, is the /dev/null
// that the Go runtime opens read-write in place of a descriptor closed at
// start. A shell's >/dev/null opens it write-only, which is left alone.
func stdoutWasClosed(fh *os.File) bool {
	if fh.Fd() != 1 {
		return false
	}
	info, err := fh.Stat()
	if err != nil {
		return false
	}
	null, err := os.Stat(os.DevNull)
	if err != nil || !os.SameFile(info, null) {
		return false
	}
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, fh.Fd(), syscall.F_GETFL, 0)
	return errno == 0 && flags&syscall.O_ACCMODE == syscall.O_RDWR
}
