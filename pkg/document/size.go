package document

import "fmt"

// decimalSize writes a file size the way file managers do (200 MB).
func decimalSize(n int64) string {
	units := []string{"bytes", "KB", "MB", "GB", "TB"}
	return scaledSize(n, 1000, units)
}

// binarySize writes a limit such as --max-bytes in binary units (16 MiB).
func binarySize(n int64) string {
	units := []string{"bytes", "KiB", "MiB", "GiB", "TiB"}
	return scaledSize(n, 1024, units)
}

func scaledSize(n int64, base float64, units []string) string {
	v, unit := float64(n), 0
	for v >= base && unit < len(units)-1 {
		v /= base
		unit++
	}
	if unit == 0 {
		return fmt.Sprintf("%d bytes", n)
	}
	if v == float64(int64(v)) || v >= 100 {
		return fmt.Sprintf("%.0f %s", v, units[unit])
	}
	return fmt.Sprintf("%.1f %s", v, units[unit])
}
