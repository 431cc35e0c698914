package document

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A document read from a JSONL stream is reported at the stream's line and
// at the column of that raw line where its words stand, so that an editor
// or a SARIF viewer opening the .jsonl file lands on them. Offsets (start,
// end) still count bytes of the decoded "text" field, as the interface
// fixes them.

// streamColumns maps each byte offset of text, the decoded "text" field of
// line, to the 1-based code-point column of line where the character
// holding it is written (an escape such as \n or \u00e9 counts from its
// backslash). It has len(text)+1 entries, the last for the closing quote.
// It returns nil when the field cannot be found, and positions then count
// inside the text instead.
func streamColumns(line []byte, text string) []int32 {
	start := textValueStart(line)
	if start < 0 {
		return nil
	}
	cols := make([]int32, 0, len(text)+1)
	col := int32(utf8.RuneCount(line[:start+1]) + 1)
	for i := start + 1; i < len(line); {
		if line[i] == '"' {
			break
		}
		decoded, width := decodeStringChar(line[i:])
		for range len(decoded) {
			cols = append(cols, col)
		}
		col += int32(utf8.RuneCount(line[i : i+width]))
		i += width
	}
	if len(cols) != len(text) {
		return nil
	}
	return append(cols, col)
}

// textValueStart is the offset in line of the opening quote of the last
// "text" member's value (encoding/json matches member names without regard
// to case, and the last one wins), or -1.
func textValueStart(line []byte) int {
	dec := json.NewDecoder(bytes.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return -1
	}
	start := -1
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return -1
		}
		after := int(dec.InputOffset())
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return -1
		}
		if name, ok := key.(string); ok && strings.EqualFold(name, "text") && len(value) > 0 && value[0] == '"' {
			start = after + bytes.IndexByte(line[after:], '"')
		}
	}
	return start
}

// decodeStringChar decodes the first character of a JSON string's body:
// an escape or one UTF-8 character. It returns the decoded bytes and how
// many bytes of s they were written with.
func decodeStringChar(s []byte) (decoded string, width int) {
	if s[0] != '\\' || len(s) < 2 {
		_, size := utf8.DecodeRune(s)
		return string(s[:size]), size
	}
	if s[1] != 'u' {
		unquoted, err := strconv.Unquote(`"` + string(s[:2]) + `"`)
		if err != nil { // \/ is JSON's own escape
			unquoted = string(s[1])
		}
		return unquoted, 2
	}
	r, ok := hexRune(s[2:])
	if !ok {
		return string(s[:1]), 1
	}
	if utf16.IsSurrogate(r) {
		if len(s) >= 12 && s[6] == '\\' && s[7] == 'u' {
			if low, ok := hexRune(s[8:]); ok {
				if pair := utf16.DecodeRune(r, low); pair != utf8.RuneError {
					return string(pair), 12
				}
			}
		}
		return string(utf8.RuneError), 6
	}
	return string(r), 6
}

func hexRune(s []byte) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	n, err := strconv.ParseUint(string(s[:4]), 16, 32)
	return rune(n), err == nil
}
