//go:build ignore

// gentagger writes tagger.bin, prose's part-of-speech tagger weights in the
// form tagger.go reads in place: `go generate ./pkg/nlp` after upgrading
// prose. Layout, little-endian:
//
//	uint32 classes, then each class: uint8 length, bytes
//	uint32 words,   then each frequent word and its tag: uint8 length, bytes, uint8 class
//	uint32 features (sorted by name)
//	uint32 nameOffsets[features+1]   into the names blob
//	uint32 weightOffsets[features+1] into the weights blob
//	names blob
//	weights blob: per weight uint8 class, float64 bits
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"log"
	"math"
	"os"
	"slices"

	"github.com/jdkato/prose/v2"
)

func main() {
	var classes []string
	var tags map[string]string
	var weights map[string]map[string]float64
	decode("classes.gob", &classes)
	decode("tags.gob", &tags)
	decode("weights.gob", &weights)
	slices.Sort(classes)
	classOf := map[string]byte{}
	for i, c := range classes {
		classOf[c] = byte(i)
	}

	var out bytes.Buffer
	put := func(v any) { binary.Write(&out, binary.LittleEndian, v) }
	putString := func(s string) {
		if len(s) > 255 {
			log.Fatalf("%q is too long", s)
		}
		out.WriteByte(byte(len(s)))
		out.WriteString(s)
	}
	put(uint32(len(classes)))
	for _, c := range classes {
		putString(c)
	}
	words := sortedKeys(tags)
	put(uint32(len(words)))
	for _, w := range words {
		putString(w)
		out.WriteByte(classIndex(classOf, tags[w]))
	}

	features := sortedKeys(weights)
	var names, blob bytes.Buffer
	nameOffsets := []uint32{0}
	weightOffsets := []uint32{0}
	for _, f := range features {
		names.WriteString(f)
		nameOffsets = append(nameOffsets, uint32(names.Len()))
		for _, label := range sortedKeys(weights[f]) {
			blob.WriteByte(classIndex(classOf, label))
			binary.Write(&blob, binary.LittleEndian, math.Float64bits(weights[f][label]))
		}
		weightOffsets = append(weightOffsets, uint32(blob.Len()))
	}
	put(uint32(len(features)))
	put(nameOffsets)
	put(weightOffsets)
	out.Write(names.Bytes())
	out.Write(blob.Bytes())
	if err := os.WriteFile("tagger.bin", out.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

func decode(name string, v any) {
	data, err := prose.Asset("model/AveragedPerceptron/" + name)
	if err != nil {
		log.Fatal(err)
	}
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(v); err != nil {
		log.Fatalf("%s: %v", name, err)
	}
}

func classIndex(classOf map[string]byte, c string) byte {
	i, ok := classOf[c]
	if !ok {
		log.Fatalf("tag %q is not among the classes", c)
	}
	return i
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
