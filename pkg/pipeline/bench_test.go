package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
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
func loadTexts(b *testing.B, path string) []string { return loadAll(b, []string{path}) }

// loadAll returns the prose text of every document paths name.
func loadAll(b *testing.B, paths []string) []string {
	var texts []string
	err := document.Load(context.Background(), paths, document.Options{}, func(d *document.Document) error {
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

func checkCorpus(b *testing.B, path string) *Result { return check(b, []string{path}, StoryID) }

// check runs as the command does by default: notes (info) are not built.
func check(b *testing.B, paths []string, storyBy string) *Result {
	opts := Options{StoryBy: storyBy, Judge: judge.Options{Lowest: judge.SeverityWarning}}
	res, err := Check(context.Background(), paths, opts, func(p document.Problem) {
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

// realNews and seeds are real articles; the seeds are repeated, each copy
// a story of its own, to about seedBytes so that they weigh like the
// other corpora.
const (
	realNews  = "../../../shared/corpus/real-news"
	seeds     = "../../../shared/corpus/seeds"
	seedBytes = 2 << 20
)

// BenchmarkCheckVsProse compares crosscheck's whole check with prose's full
// pipeline (tokens, sentences, tags, entities; default options, one shared
// model) on the same texts: the generated corpus with stories by id and as
// one story, real news with stories by folder, and the repeated seeds.
// Each repetition (b.N; use -benchtime 5x) runs both sides, in alternating
// order so that both see the same machine, and compares their costs per
// byte by wall clock and by the process's CPU time. prose analyses a fixed
// random sample of proseSample texts, since its pipeline over a whole
// corpus takes minutes; crosscheck always reads the whole corpus, so its
// alignment and judgement are counted at full size.
func BenchmarkCheckVsProse(b *testing.B) {
	model := prose.ModelFromData("bench")
	cases := []struct {
		name    string
		paths   func(b *testing.B) []string
		storyBy string
	}{
		{"generated/story-by-id", firstCorpus, StoryID},
		{"generated/one-story", firstCorpus, StoryAll},
		{"real-news/story-by-folder", folderCorpus(realNews), StoryFolder},
		{"seeds-repeated/story-by-id", repeatedSeeds, StoryID},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			paths := c.paths(b)
			texts := loadAll(b, paths)
			sample := sampleTexts(texts, proseSample)
			ourBytes, proseBytes := float64(totalBytes(texts)), float64(totalBytes(sample))
			var wall, cpu samples
			for i := 0; b.Loop(); i++ {
				ours := func() cost { return measured(func() { check(b, paths, c.storyBy) }) }
				theirs := func() cost { return measured(func() { runProse(b, sample, model) }) }
				o, t := alternate(i, ours, theirs)
				wall.add((t.wall / proseBytes) / (o.wall / ourBytes))
				cpu.add((t.cpu / proseBytes) / (o.cpu / ourBytes))
			}
			wall.report(b, "x-wall")
			cpu.report(b, "x-cpu")
			b.Logf("%d texts (%.2f MB), prose on %d (%.3f MB), GOMAXPROCS=%d, load %s: crosscheck faster per byte by wall %s, by CPU %s",
				len(texts), ourBytes/1e6, len(sample), proseBytes/1e6, runtime.GOMAXPROCS(0), loadAverage(), wall, cpu)
		})
	}
}

// cost is what one run took: wall-clock and process CPU seconds.
type cost struct{ wall, cpu float64 }

func measured(f func()) cost {
	cpu0, start := processCPU(), time.Now()
	f()
	return cost{wall: time.Since(start).Seconds(), cpu: (processCPU() - cpu0).Seconds()}
}

// alternate runs first and second, swapping their order on odd rounds so
// that neither side always meets the machine warmer or busier.
func alternate(round int, first, second func() cost) (cost, cost) {
	if round%2 == 1 {
		s := second()
		return first(), s
	}
	f := first()
	return f, second()
}

// samples are per-repetition figures, reported as median (min-max).
type samples []float64

func (s *samples) add(x float64) { *s = append(*s, x) }

func (s samples) report(b *testing.B, unit string) {
	b.ReportMetric(median(s), unit)
	b.ReportMetric(slices.Min(s), unit+"-min")
	b.ReportMetric(slices.Max(s), unit+"-max")
}

func (s samples) String() string {
	if len(s) == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f (%.2f-%.2f)", median(s), slices.Min(s), slices.Max(s))
}

func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(data))[:3], " ")
}

func firstCorpus(b *testing.B) []string { return benchCorpora(b)[:1] }

func folderCorpus(dir string) func(b *testing.B) []string {
	return func(b *testing.B) []string {
		if _, err := os.Stat(dir); err != nil {
			b.Skipf("no corpus at %s", dir)
		}
		return []string{dir}
	}
}

// repeatedSeeds writes the seed articles again and again into one JSONL
// stream, each copy under its own story id, until it holds seedBytes.
func repeatedSeeds(b *testing.B) []string {
	texts := loadAll(b, folderCorpus(seeds)(b))
	path := filepath.Join(b.TempDir(), "seeds.jsonl")
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	for copyNo := 0; out.Len() < seedBytes; copyNo++ {
		for i, t := range texts {
			if err := enc.Encode(map[string]string{"id": fmt.Sprintf("copy%d/%d", copyNo, i), "text": t}); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	return []string{path}
}

// BenchmarkCheckCores times a check of the first corpus on one core and on
// every core, alternating which goes first in each repetition so that both
// see the same machine, and reports the speed-up by wall clock, median and
// range of the repetitions.
func BenchmarkCheckCores(b *testing.B) {
	path := benchCorpora(b)[0]
	cores := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(cores)
	on := func(n int) func() cost {
		return func() cost {
			runtime.GOMAXPROCS(n)
			return measured(func() { checkCorpus(b, path) })
		}
	}
	var speedup samples
	for i := 0; b.Loop(); i++ {
		one, all := alternate(i, on(1), on(cores))
		speedup.add(one.wall / all.wall)
	}
	speedup.report(b, "speedup")
	b.Logf("%d cores vs 1, load %s: %s", cores, loadAverage(), speedup)
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
