package cli

import (
	"bytes"
	"testing"
)

// A chunked buffer gives back exactly what was written, in order, for
// writes that end inside a piece, on its boundary and across several.
func TestChunkedBufferKeepsBytesInOrder(t *testing.T) {
	for _, sizes := range [][]int{
		{0},
		{1, 2, 3},
		{chunkSize},
		{chunkSize - 1, 1, 1},
		{chunkSize + 7, 3*chunkSize + 1, 5},
	} {
		var buf chunkedBuffer
		var want bytes.Buffer
		next := byte(0)
		for _, n := range sizes {
			p := make([]byte, n)
			for i := range p {
				p[i] = next
				next = (next*31 + 7) % 251
			}
			if k, err := buf.Write(p); k != n || err != nil {
				t.Fatalf("Write(%d bytes) = %d, %v", n, k, err)
			}
			want.Write(p)
		}
		var got bytes.Buffer
		k, err := buf.WriteTo(&got)
		if err != nil || k != int64(want.Len()) || !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("sizes %v: wrote %d bytes (err %v), want %d, same bytes %v", sizes, k, err, want.Len(), bytes.Equal(got.Bytes(), want.Bytes()))
		}
	}
}
