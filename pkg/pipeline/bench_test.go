package pipeline

import (
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/document"
)

// The benchmarks read corpora made by the generator the performance notes
// name (gen.py --docs N --out DIR). CROSSCHECK_BENCH lists them, separated
// like PATH; each is a folder holding all.jsonl, or a JSONL file. Missing
// corpora are skipped, so the benchmarks never fail for want of data.
const benchEnv = "CROSSCHECK_BENCH"

var defaultCorpora = []string{"/tmp/bench1000", "/tmp/bench10000"}

// proseSample is how many articles prose analyses per repetition: its full
// pipeline over a whole 1,000-article corpus takes minutes, and throughput
// (MB/s) is what is compared.
const proseSample = 50

// benchCorpora returns the JSONL streams to benchmark, skipping b when
// there are none.
func benchCorpora(b *testing.B) []string {
	list := defaultCorpora
	if v := os.Getenv(benchEnv); v != "" {
		list = filepath.SplitList(v)
	}
	var out []string
	for _, p := range list {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			p = filepath.Join(p, "all.jsonl")
		}
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		b.Skipf("no corpus: generate one with gen.py --docs 1000 --out /tmp/bench1000, or set %s", benchEnv)
	}
	return out
}

// loadTexts returns the prose text of every document of a stream.
func loadTexts(b *testing.B, path string) []string {
	var texts []string
	err := document.Load(context.Background(), []string{path}, document.Options{}, func(d *document.Document) error {
		texts = append(texts, d.Text)
		return nil
	}, func(p document.Problem) { b.Logf("%v", p) })
	if err != nil {
		b.Fatal(err)
	}
	return texts
}

func totalBytes(texts []string) int {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return n
}

func checkCorpus(b *testing.B, path string) *Result {
	res, err := Check(context.Background(), []string{path}, Options{StoryBy: StoryID}, func(p document.Problem) {
		if p.Fatal {
			b.Fatalf("%v", p)
		}
	})
	if err != nil {
		b.Fatal(err)
	}
	return res
}

// BenchmarkCheck times a whole check (load, extract, align, judge) of each
// corpus, stories by JSONL id as archive runs use.
func BenchmarkCheck(b *testing.B) {
	for _, path := range benchCorpora(b) {
		texts := loadTexts(b, path)
		b.Run(strconv.Itoa(len(texts))+"docs", func(b *testing.B) {
			b.SetBytes(int64(totalBytes(texts)))
			for b.Loop() {
				checkCorpus(b, path)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/doc")
		})
	}
}

// BenchmarkAlign times the alignment alone over every claim of each corpus;
// ns/claim staying flat from 1,000 to 10,000 articles shows it grows no
// faster than n log n.
func BenchmarkAlign(b *testing.B) {
	for _, path := range benchCorpora(b) {
		res := checkCorpus(b, path)
		b.Run(strconv.Itoa(len(res.Documents))+"docs", func(b *testing.B) {
			for b.Loop() {
				align.Pairs(res.Claims, 0.05)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(res.Claims)), "ns/claim")
			b.ReportMetric(float64(len(res.Claims)), "claims")
		})
	}
}

// BenchmarkCheckVsProse times, in each repetition (b.N; use -benchtime 5x),
// crosscheck's whole check over the first corpus and prose's full pipeline
// (tokens, sentences, tags, entities; default options, one shared model)
// over a fixed random sample of its texts, both on every core. It reports
// the median throughput of each and their ratio: a ratio by MB/s, since the
// two sides read different amounts of text.
func BenchmarkCheckVsProse(b *testing.B) {
	path := benchCorpora(b)[0]
	texts := loadTexts(b, path)
	sample := sampleTexts(texts, proseSample)
	model := prose.ModelFromData("bench")
	var ours, theirs []float64
	for b.Loop() {
		start := time.Now()
		checkCorpus(b, path)
		ours = append(ours, mbPerSecond(totalBytes(texts), time.Since(start)))

		start = time.Now()
		runProse(b, sample, model)
		theirs = append(theirs, mbPerSecond(totalBytes(sample), time.Since(start)))
	}
	o, t := median(ours), median(theirs)
	b.ReportMetric(o, "crosscheck-MB/s")
	b.ReportMetric(t, "prose-MB/s")
	b.ReportMetric(o/t, "throughput-ratio")
	b.Logf("%d articles (%.2f MB) vs prose on %d of them (%.3f MB), %d repetitions, GOMAXPROCS=%d: crosscheck %.2f MB/s, prose %.4f MB/s, ratio %.1f",
		len(texts), float64(totalBytes(texts))/1e6, len(sample), float64(totalBytes(sample))/1e6, len(ours), runtime.GOMAXPROCS(0), o, t, o/t)
}

// BenchmarkCheckCores times a check of the first corpus on one core and on
// every core, alternately in each repetition so that both see the same
// machine, and reports the median speed-up.
func BenchmarkCheckCores(b *testing.B) {
	path := benchCorpora(b)[0]
	cores := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(cores)
	var one, all []float64
	for b.Loop() {
		runtime.GOMAXPROCS(1)
		one = append(one, timed(func() { checkCorpus(b, path) }))
		runtime.GOMAXPROCS(cores)
		all = append(all, timed(func() { checkCorpus(b, path) }))
	}
	b.ReportMetric(median(one), "s-1core")
	b.ReportMetric(median(all), "s-"+strconv.Itoa(cores)+"cores")
	b.ReportMetric(median(one)/median(all), "speedup")
}

// BenchmarkCheckGrowth times a check of the first and the last corpus
// alternately and reports the median ratio of their times: with corpora of
// 1,000 and 10,000 articles, 10 means linear growth.
func BenchmarkCheckGrowth(b *testing.B) {
	corpora := benchCorpora(b)
	if len(corpora) < 2 {
		b.Skip("needs two corpora")
	}
	small, large := corpora[0], corpora[len(corpora)-1]
	var ts, tl []float64
	for b.Loop() {
		ts = append(ts, timed(func() { checkCorpus(b, small) }))
		tl = append(tl, timed(func() { checkCorpus(b, large) }))
	}
	b.ReportMetric(median(ts), "s-small")
	b.ReportMetric(median(tl), "s-large")
	b.ReportMetric(median(tl)/median(ts), "ratio")
}

func timed(f func()) float64 {
	start := time.Now()
	f()
	return time.Since(start).Seconds()
}

// sampleTexts picks n texts with a fixed seed, so every run compares the
// same articles.
func sampleTexts(texts []string, n int) []string {
	if n >= len(texts) {
		return texts
	}
	rng := rand.New(rand.NewSource(1))
	idx := rng.Perm(len(texts))[:n]
	slices.Sort(idx)
	out := make([]string, n)
	for i, j := range idx {
		out[i] = texts[j]
	}
	return out
}

// runProse runs prose's default pipeline over texts on every core.
func runProse(b *testing.B, texts []string, model *prose.Model) {
	next := make(chan string)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for t := range next {
				if _, err := prose.NewDocument(t, prose.UsingModel(model)); err != nil {
					b.Error(err)
				}
			}
		})
	}
	for _, t := range texts {
		next <- t
	}
	close(next)
	wg.Wait()
}

func mbPerSecond(n int, d time.Duration) float64 {
	return float64(n) / 1e6 / d.Seconds()
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
