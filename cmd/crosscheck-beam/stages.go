package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/config"
	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
	"github.com/crosscheck/crosscheck/pkg/report"
	"github.com/crosscheck/crosscheck/pkg/suppress"
)

func init() {
	register.DoFn4x1[context.Context, string, func(string, []byte), func(string, []byte), error](&extractFn{})
	register.DoFn4x1[string, func(*[]byte) bool, func(string, []byte), func(string, int), error](&judgeBlockFn{})
	register.DoFn6x1[string, func(*[]byte) bool, func(*[]byte) bool, func(*int) bool, func(string), func(string), error](&finishStoryFn{})
	register.Emitter2[string, []byte]()
	register.Emitter2[string, int]()
	register.Emitter1[string]()
	register.Iter1[[]byte]()
	register.Iter1[int]()
}

// Settings are what every stage needs to know of the run. They travel to
// the workers inside the stages, so the workers need no configuration file.
type Settings struct {
	StoryBy     string
	MaxBytes    int64
	Entities    bool
	MinSeverity judge.Severity
	Config      *config.Config
}

// Outputs name the files the findings and the story summaries go to.
type Outputs struct {
	Findings string
	Stories  string
}

// build lays out the pipeline: extract each input (a file or folder, on
// every core of its worker), group each story's claims by block, judge the
// blocks, then gather each story's findings to apply its documents'
// suppression directives and the configuration, as check does.
func build(s beam.Scope, inputs []string, set Settings, out Outputs) {
	paths := beam.CreateList(s.Scope("inputs"), inputs)
	fragments, docs := beam.ParDo2(s.Scope("extract"), &extractFn{Settings: set}, paths)
	findings, blocks := beam.ParDo2(s.Scope("judge"), &judgeBlockFn{Settings: set}, beam.GroupByKey(s, fragments))
	stories := beam.CoGroupByKey(s, findings, docs, blocks)
	lines, summaries := beam.ParDo2(s.Scope("story"), &finishStoryFn{Settings: set}, stories)
	textio.Write(s.Scope("write-findings"), out.Findings, lines)
	textio.Write(s.Scope("write-stories"), out.Stories, summaries)
}

// fragment is one document's claims in one block of its story.
type fragment struct {
	Story  string        `json:"story"`
	Path   string        `json:"path"`
	ID     string        `json:"id"`
	Claims []claim.Claim `json:"claims"`
}

// docRecord is what a story's last stage needs of a document: its claims
// file line without mentions or claims (the suppression directives ride
// in it) and how many claims it had.
type docRecord struct {
	Line   pipeline.Line `json:"line"`
	Claims int           `json:"claims"`
}

// extractFn reads one input, file or folder, and extracts its documents
// with the CLI's code, on every core. Each document goes out twice: its
// claims, split by story and block, to be judged; and its record, by
// story, for the story's summary and suppressions.
type extractFn struct {
	Settings Settings
}

func (f *extractFn) ProcessElement(ctx context.Context, path string, emitFragment, emitDoc func(string, []byte)) error {
	cfg := f.Settings.Config
	opts := pipeline.Options{
		Load:   document.Options{MaxBytes: f.Settings.MaxBytes, Ignore: cfg.IgnoreFunc()},
		Claims: withEntities(cfg.Claims(), f.Settings.Entities),
	}
	var fatal []error
	problem := func(p document.Problem) {
		if p.Fatal {
			fatal = append(fatal, p)
			return
		}
		log.Warnf(ctx, "%v", p)
	}
	err := pipeline.Each(ctx, []string{path}, opts, func(ex pipeline.Extracted) error {
		return emitExtracted(ex, f.Settings.StoryBy, emitFragment, emitDoc)
	}, problem)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if len(fatal) > 0 {
		return fmt.Errorf("cannot read the input; fix or leave out: %w", errors.Join(fatal...))
	}
	return nil
}

func emitExtracted(ex pipeline.Extracted, storyBy string, emitFragment, emitDoc func(string, []byte)) error {
	story := pipeline.StoryOf(ex.Doc, storyBy)
	line := pipeline.NewLine(ex)
	byBlock := map[string][]claim.Claim{}
	for i := range line.Claims {
		block := pipeline.BlockOf(&line.Claims[i])
		byBlock[block] = append(byBlock[block], line.Claims[i])
	}
	for _, block := range slices.Sorted(maps.Keys(byBlock)) {
		data, err := json.Marshal(fragment{Story: story, Path: line.Path, ID: line.ID, Claims: byBlock[block]})
		if err != nil {
			return fmt.Errorf("%s: cannot encode claims: %w", ex.Doc.Path, err)
		}
		emitFragment(story+"\x00"+block, data)
	}
	rec := docRecord{Line: line, Claims: len(line.Claims)}
	rec.Line.Mentions, rec.Line.Claims = nil, nil
	data, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("%s: cannot encode document: %w", ex.Doc.Path, err)
	}
	emitDoc(story, data)
	return nil
}

// judgeBlockFn judges one block of one story: its claims, in the order a
// check holds them (by path, then id), compared with one another only.
type judgeBlockFn struct {
	Settings Settings
}

func (f *judgeBlockFn) ProcessElement(key string, next func(*[]byte) bool, emitFinding func(string, []byte), emitBlock func(string, int)) error {
	var frags []fragment
	var data []byte
	for next(&data) {
		var fr fragment
		if err := json.Unmarshal(data, &fr); err != nil {
			return fmt.Errorf("block %q: cannot decode claims: %w", key, err)
		}
		frags = append(frags, fr)
	}
	slices.SortFunc(frags, func(a, b fragment) int { return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.ID, b.ID)) })
	story := frags[0].Story
	var claims []align.Claim
	for _, fr := range frags {
		for _, c := range fr.Claims {
			claims = append(claims, align.Claim{Claim: c, Story: story})
		}
	}
	emitBlock(story, len(claims))
	for _, fd := range pipeline.JudgeStory(claims, judge.Options{Tolerance: f.Settings.Config.Tolerance}) {
		data, err := encodeFinding(fd)
		if err != nil {
			return fmt.Errorf("story %q: %w", story, err)
		}
		emitFinding(story, data)
	}
	return nil
}

// encodeFinding writes a finding as the jsonl report does.
func encodeFinding(fd judge.Finding) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(fd); err != nil {
		return nil, fmt.Errorf("cannot encode finding %s: %w", fd.ID, err)
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}

// decodeFinding reads a finding back; numbers in values stay as written,
// so that encoding it again gives the same bytes.
func decodeFinding(data []byte) (judge.Finding, error) {
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	var fd judge.Finding
	err := dec.Decode(&fd)
	return fd, err
}

// StorySummary is one line of the story summary file.
type StorySummary struct {
	// Story is the folder or file the story was read from ("" when every
	// document is one story); IDPrefix the JSONL ids' shared prefix.
	Story     string `json:"story"`
	IDPrefix  string `json:"id_prefix,omitempty"`
	Documents int    `json:"documents"`
	Claims    int    `json:"claims"`
	// Blocks is how many parts the story was judged in; LargestBlock the
	// claims of the largest, which bounds how long its judging takes.
	Blocks       int `json:"blocks"`
	LargestBlock int `json:"largest_block"`
	Findings     int `json:"findings"`
	Errors       int `json:"errors"`
	Warnings     int `json:"warnings"`
	Info         int `json:"info"`
}

// finishStoryFn gathers one story's findings and documents: it applies the
// configuration and the documents' suppression directives as check does,
// writes the findings and the story's summary.
type finishStoryFn struct {
	Settings Settings
}

func (f *finishStoryFn) ProcessElement(story string, nextFinding, nextDoc func(*[]byte) bool, nextBlock func(*int) bool,
	emitFinding, emitSummary func(string)) error {
	sum := newStorySummary(story)
	var data []byte
	supp := map[string]*suppress.File{}
	var docs []pipeline.DocumentInfo
	for nextDoc(&data) {
		var rec docRecord
		if err := json.Unmarshal(data, &rec); err != nil {
			return fmt.Errorf("story %q: cannot decode document: %w", story, err)
		}
		s, err := rec.Line.Summary()
		if err != nil {
			return fmt.Errorf("%s: %w", rec.Line.Path, err)
		}
		if s.Suppress != nil {
			supp[s.Info.Path] = s.Suppress
		}
		docs = append(docs, s.Info)
		sum.Documents++
		sum.Claims += rec.Claims
	}
	var claims int
	for nextBlock(&claims) {
		sum.Blocks++
		sum.LargestBlock = max(sum.LargestBlock, claims)
	}
	var found []judge.Finding
	for nextFinding(&data) {
		fd, err := decodeFinding(data)
		if err != nil {
			return fmt.Errorf("story %q: cannot decode finding: %w", story, err)
		}
		found = append(found, fd)
	}
	// As check does: ids from what was claimed, the configuration and the
	// directives, then each finding's primary side first.
	judge.Sort(found) // ids of identical findings are numbered in check's order
	report.Identify(found)
	cfg := f.Settings.Config
	found = cfg.Apply(suppress.Apply(cfg.Apply(found), supp))
	report.PrimaryFirst(found, docs, func(judge.Evidence) int { return 0 })
	found = report.WithSharedUnits(found)
	judge.Sort(found)
	for _, fd := range found {
		if fd.Severity.Rank() < f.Settings.MinSeverity.Rank() {
			continue
		}
		line, err := report.JSONLine(fd)
		if err != nil {
			return fmt.Errorf("story %q: cannot encode finding %s: %w", story, fd.ID, err)
		}
		emitFinding(strings.TrimSuffix(string(line), "\n"))
		sum.count(fd.Severity)
	}
	line, err := json.Marshal(sum)
	if err != nil {
		return fmt.Errorf("story %q: cannot encode its summary: %w", story, err)
	}
	emitSummary(string(line))
	return nil
}

func newStorySummary(story string) StorySummary {
	path, prefix, _ := strings.Cut(story, "\x00")
	return StorySummary{Story: path, IDPrefix: prefix}
}

func (s *StorySummary) count(sev judge.Severity) {
	s.Findings++
	switch sev {
	case judge.SeverityError:
		s.Errors++
	case judge.SeverityWarning:
		s.Warnings++
	case judge.SeverityInfo:
		s.Info++
	}
}

// withEntities turns on the entity recogniser when asked, as check does.
func withEntities(opts claim.Options, on bool) claim.Options {
	opts.Entities = on
	return opts
}
