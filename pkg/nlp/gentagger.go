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
//	uint32 slots (a power of two), then uint32 index[slots]: an open-addressing
//	       table by 32-bit FNV-1a of the name, linear probing, feature+1 or 0
//	names blob
//	weights blob: per weight uint8 class, float64 bits
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"hash/fnv"
	"log"
	"maps"
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
	words := slices.Sorted(maps.Keys(tags))
	put(uint32(len(words)))
	for _, w := range words {
		putString(w)
		out.WriteByte(classIndex(classOf, tags[w]))
	}

	features := slices.Sorted(maps.Keys(weights))
	var names, blob bytes.Buffer
	nameOffsets := []uint32{0}
	weightOffsets := []uint32{0}
	for _, f := range features {
		names.WriteString(f)
		nameOffsets = append(nameOffsets, uint32(names.Len()))
		for _, label := range slices.Sorted(maps.Keys(weights[f])) {
			blob.WriteByte(classIndex(classOf, label))
			binary.Write(&blob, binary.LittleEndian, math.Float64bits(weights[f][label]))
		}
		weightOffsets = append(weightOffsets, uint32(blob.Len()))
	}
	put(uint32(len(features)))
	put(nameOffsets)
	put(weightOffsets)
	index := hashIndex(features)
	put(uint32(len(index)))
	put(index)
	out.Write(names.Bytes())
	out.Write(blob.Bytes())
	if err := os.WriteFile("tagger.bin", out.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

// hashIndex places each feature at the first free slot from its hash, in
// a table at most half full.
func hashIndex(features []string) []uint32 {
	slots := 1
	for slots < 2*len(features) {
		slots *= 2
	}
	index := make([]uint32, slots)
	for i, f := range features {
		h := fnv.New32a()
		h.Write([]byte(f))
		at := h.Sum32() & uint32(slots-1)
		for index[at] != 0 {
			at = (at + 1) & uint32(slots-1)
		}
		index[at] = uint32(i + 1)
	}
	return index
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
