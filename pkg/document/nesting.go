package document

// The Markdown parser spends time proportional to the nesting depth on every
// line, so thousands of nested quotes or list items would take minutes.
// limitNesting returns the source, or a copy of the same length in which the
// container markers past maxNesting levels on a line are made into text.
// Text is always read from the original bytes, so nothing is lost: a
// pathologically deep line simply reads as a literal paragraph.
const maxNesting = 64

// Very long runs without white space make link parsing quadratic; every
// maxRun bytes one bracket or parenthesis in such a run is parsed as a space.
const maxRun = 1024

func limitNesting(src []byte) []byte {
	out := src
	mutate := func(i int, c byte) {
		if &out[0] == &src[0] {
			out = append([]byte(nil), src...)
		}
		out[i] = c
	}
	for lineStart := 0; lineStart < len(src); {
		lineEnd := lineStart
		for lineEnd < len(src) && src[lineEnd] != '\n' {
			lineEnd++
		}
		if i := overflowAt(src[lineStart:lineEnd]); i >= 0 {
			mutate(lineStart+i, 'x')
		}
		breakLongRuns(src[lineStart:lineEnd], func(i int) { mutate(lineStart+i, ' ') })
		lineStart = lineEnd + 1
	}
	return out
}

// overflowAt returns the index in line of the first container marker or
// indentation past maxNesting levels, or -1. Each '>', each list marker and
// every two columns of indentation count as one level.
func overflowAt(line []byte) int {
	levels, columns := 0, 0
	for i := 0; i < len(line); {
		n := markerLen(line[i:])
		switch {
		case line[i] == ' ':
			columns++
		case line[i] == '\t':
			columns += 4
		case line[i] == '>':
			levels++
		case n > 0:
			levels++
			i += n
			if levels+columns/2 > maxNesting {
				return i - n
			}
			continue
		default:
			return -1
		}
		if levels+columns/2 > maxNesting {
			return i
		}
		i++
	}
	return -1
}

// markerLen is the length of a list marker ("-", "+", "*", "1." or "1)")
// followed by white space at the start of s, or 0.
func markerLen(s []byte) int {
	n := 0
	switch {
	case len(s) > 0 && (s[0] == '-' || s[0] == '+' || s[0] == '*'):
		n = 1
	default:
		for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n == 0 || n >= len(s) || (s[n] != '.' && s[n] != ')') {
			return 0
		}
		n++
	}
	if n < len(s) && s[n] != ' ' && s[n] != '\t' {
		return 0
	}
	return n
}

func breakLongRuns(line []byte, breakAt func(int)) {
	run := 0
	for i, c := range line {
		if c == ' ' || c == '\t' {
			run = 0
			continue
		}
		run++
		if run >= maxRun && (c == '(' || c == '[' || c == '<') {
			breakAt(i)
			run = 0
		}
	}
}
