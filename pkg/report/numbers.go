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
	var out bytes.Buffer
	out.Grow(len(data))
	inString, escaped := false, false
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case inString:
			out.WriteByte(c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
			out.WriteByte(c)
		case c == '-' || c >= '0' && c <= '9':
			j := i + 1
			for j < len(data) && bytes.IndexByte([]byte("0123456789.eE+-"), data[j]) >= 0 {
				j++
			}
			out.WriteString(cleanNumber(data[i:j]))
			i = j - 1
		default:
			out.WriteByte(c)
		}
	}
	return out.Bytes()
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
