package mention

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

// benchCorpus is made by the bench generator (gen.py --docs 200 --out
// /tmp/bench200); without it the benchmark runs on builtInArticle.
const benchCorpus = "/tmp/bench200/all.jsonl"

const builtInArticle = `PORT ELLIS, March 3 (Wire) - Rescuers pulled twelve miners from a flooded shaft on Sunday night after a three-day rescue, officials said, and at least 41 people remain missing.
The mine, which employs about 4,000 people in a town of roughly 9,500, had been closed for nearly three years before it reopened in May 2022. Two dozen rescuers worked in shifts of about 40 minutes; one team spent more than two hours underground.
The company said it would pay 20,000-crown grants to each family, part of a $4.5 million fund, and that output had fallen by about a fifth, or 12% of its value, since 2021.
Late on Monday the regional governor, in a one-hour call with ministers, promised a 30-day review. Dozens were injured and hundreds of thousands of tonnes of rock moved. Talks will continue next Tuesday.
`

func loadBenchTexts(b *testing.B) []string {
	f, err := os.Open(benchCorpus)
	if err != nil {
		return []string{strings.Repeat(builtInArticle, 8)}
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var doc struct {
			Text string `json:"text"`
		}
		if json.Unmarshal(sc.Bytes(), &doc) == nil && doc.Text != "" {
			texts = append(texts, doc.Text)
		}
	}
	return texts
}

func BenchmarkFind(b *testing.B) {
	texts := loadBenchTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	p := time.Date(2025, 2, 12, 10, 0, 0, 0, time.UTC)
	ref := Reference{Published: &p}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Find(t, ref)
		}
	}
}

func BenchmarkFindBuiltIn(b *testing.B) {
	p := time.Date(2025, 2, 12, 10, 0, 0, 0, time.UTC)
	ref := Reference{Published: &p}
	b.SetBytes(int64(len(builtInArticle)))
	b.ReportAllocs()
	for b.Loop() {
		Find(builtInArticle, ref)
	}
}
