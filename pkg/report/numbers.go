package report

import (
	"bytes"
	"strconv"
)

// Values computed in floating point can carry noise into a report
// (459.99999999999994 for 460). JSON reports write every number with at
// most 12 significant digits, which keeps every figure a news article can
// state and drops the noise.

const significantDigits = 12

// cleanNumbers rewrites the numbers of the JSON text data, outside
// strings, with at most significantDigits significant digits.
func cleanNumbers(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		// Runs of punctuation and white space are copied whole: a large
		// report is mostly strings and indentation.
		j := i
		for j < len(data) && data[j] != '"' && !startsNumber(data[j]) {
			j++
		}
		out = append(out, data[i:j]...)
		if j == len(data) {
			break
		}
		if data[j] == '"' {
			k := stringEnd(data, j)
			out = append(out, data[j:k]...)
			i = k
			continue
		}
		k := j + 1
		for k < len(data) && isNumberByte(data[k]) {
			k++
		}
		out = append(out, cleanNumber(data[j:k])...)
		i = k
	}
	return out
}

func startsNumber(c byte) bool { return c == '-' || c >= '0' && c <= '9' }

func isNumberByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'
}

// stringEnd is one past the quote that closes the JSON string opening at
// i, escapes passed over; the end of data when none closes it.
func stringEnd(data []byte, i int) int {
	for k := i + 1; k < len(data); k++ {
		switch data[k] {
		case '\\':
			k++
		case '"':
			return k + 1
		}
	}
	return len(data)
}

// cleanNumber rounds one JSON number; integers are kept as written.
func cleanNumber(tok []byte) string {
	if bytes.IndexAny(tok, ".eE") < 0 {
		return string(tok)
	}
	f, err := strconv.ParseFloat(string(tok), 64)
	if err != nil {
		return string(tok)
	}
	rounded, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', significantDigits, 64), 64)
	return strconv.FormatFloat(rounded, 'f', -1, 64)
}
