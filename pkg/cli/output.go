package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// errStdoutClosed: standard output was closed when crosscheck started
// (crosscheck check ... >&-). The Go runtime then opens /dev/null in its
// place, so a report written there would be lost without a word.
var errStdoutClosed = errors.New("standard output is closed, so the report would be lost: redirect it to a file or give --output-file")

// checkStdout fails when w is a standard output that was closed at start.
func checkStdout(w io.Writer) error {
	if g, ok := w.(*guardedWriter); ok {
		w = g.w
	}
	if fh, ok := w.(*os.File); ok && stdoutWasClosed(fh) {
		return usageError{errStdoutClosed}
	}
	return nil
}

// checkOutputNotInput refuses an --output-file that is one of the files
// named as input: writing the report would overwrite an article.
func checkOutputNotInput(output string, inputs []string) error {
	if output == "" || output == "-" {
		return nil
	}
	out, err := os.Stat(output)
	if err != nil {
		return nil // not there yet: it cannot be an input
	}
	for _, in := range inputs {
		if info, err := os.Stat(in); err == nil && os.SameFile(out, info) {
			return usageError{fmt.Errorf("--output-file %s is one of the inputs: writing the report would overwrite it; write the report elsewhere", output)}
		}
	}
	return nil
}

// skipOutput extends ignore so that a folder walk never reads the report
// file being written, which would come back as an article on the next run.
func skipOutput(ignore func(string) bool, output string) func(string) bool {
	if output == "" || output == "-" {
		return ignore
	}
	absOut, _ := filepath.Abs(output)
	outInfo, statErr := os.Stat(output)
	return func(path string) bool {
		if abs, _ := filepath.Abs(path); abs == absOut {
			return true
		}
		if info, err := os.Stat(path); statErr == nil && err == nil && os.SameFile(info, outInfo) {
			return true
		}
		return ignore != nil && ignore(path)
	}
}

// writeWhole writes a report only once it is complete, so that an
// interrupted run leaves on standard output either no report or a whole
// one, whatever the format.
func writeWhole(w io.Writer, write func(io.Writer) error) error {
	var buf chunkedBuffer
	if err := write(&buf); err != nil {
		return err
	}
	_, err := buf.WriteTo(w)
	return err
}

// chunkSize is the size of one piece of a chunkedBuffer.
const chunkSize = 1 << 20

// chunkedBuffer holds written bytes in pieces of chunkSize. A report of
// hundreds of megabytes held in one growing slice is copied and cleared
// at every doubling; pieces are filled once and never moved.
type chunkedBuffer struct {
	chunks [][]byte
}

func (b *chunkedBuffer) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(b.chunks) == 0 || len(b.chunks[len(b.chunks)-1]) == chunkSize {
			b.chunks = append(b.chunks, make([]byte, 0, chunkSize))
		}
		last := &b.chunks[len(b.chunks)-1]
		k := min(chunkSize-len(*last), len(p))
		*last = append(*last, p[:k]...)
		p = p[k:]
	}
	return n, nil
}

// WriteTo writes the held bytes to w in order.
func (b *chunkedBuffer) WriteTo(w io.Writer) (int64, error) {
	var total int64
	for _, c := range b.chunks {
		n, err := w.Write(c)
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}
