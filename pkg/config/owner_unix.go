//go:build unix

package config

import (
	"io/fs"
	"syscall"
)

// owner returns the user id that owns the file described by info.
func owner(info fs.FileInfo) (int, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return int(st.Uid), true
}
