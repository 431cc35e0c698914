package report

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/judge"
)

type sarifDoc struct {
	Version string `json:"version"`
	Schema  string `json:"$schema"`
	Runs    []struct {
		ColumnKind string `json:"columnKind"`
		Tool       struct {
			Driver struct {
				Name           string `json:"name"`
				Version        string `json:"version"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID                   string `json:"id"`
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
					ShortDescription map[string]string `json:"shortDescription"`
					FullDescription  map[string]string `json:"fullDescription"`
					Help             map[string]string `json:"help"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []sarifResultDoc `json:"results"`
	} `json:"runs"`
}

type sarifResultDoc struct {
	RuleID    string `json:"ruleId"`
	RuleIndex int    `json:"ruleIndex"`
	Rule      struct {
		ID    string `json:"id"`
		Index int    `json:"index"`
	} `json:"rule"`
	Level   string `json:"level"`
	Message struct {
		Text string `json:"text"`
	} `json:"message"`
	Locations           []sarifLocationDoc `json:"locations"`
	RelatedLocations    []sarifLocationDoc `json:"relatedLocations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
}

type sarifLocationDoc struct {
	ID               *int `json:"id"`
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI       string `json:"uri"`
			URIBaseID string `json:"uriBaseId"`
		} `json:"artifactLocation"`
		Region struct {
			StartLine, StartColumn, EndLine, EndColumn int
		} `json:"region"`
	} `json:"physicalLocation"`
	Message *struct {
		Text string `json:"text"`
	} `json:"message"`
}

func parseSARIF(t *testing.T, r *Report) sarifDoc {
	t.Helper()
	out := render(t, "sarif", r, Options{Version: "1.2.3"})
	var doc sarifDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("sarif output is not JSON: %v", err)
	}
	// The typed view above must not hide a missing field: check the raw
	// map for what GitHub code scanning rejects an upload without.
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"version", "$schema", "runs"} {
		if _, ok := raw[key]; !ok {
			t.Errorf("sarif: no %q", key)
		}
	}
	return doc
}

// TestSARIFRequiredFields checks what GitHub code scanning needs of an
// upload, and the mapping of each finding onto a result.
func TestSARIFRequiredFields(t *testing.T) {
	story := storyReport(t)
	doc := parseSARIF(t, story)
	if doc.Version != "2.1.0" {
		t.Errorf("version = %q", doc.Version)
	}
	if !strings.Contains(doc.Schema, "sarif-schema-2.1.0.json") {
		t.Errorf("$schema = %q", doc.Schema)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(doc.Runs))
	}
	run := doc.Runs[0]
	d := run.Tool.Driver
	if d.Name != "crosscheck" || d.Version != "1.2.3" || d.InformationURI == "" {
		t.Errorf("driver = %q %q %q", d.Name, d.Version, d.InformationURI)
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind = %q", run.ColumnKind)
	}
	rules := map[string]int{}
	for i, r := range d.Rules {
		rules[r.ID] = i
		if r.ShortDescription["text"] == "" || r.FullDescription["text"] == "" || r.Help["text"] == "" || r.Help["markdown"] == "" {
			t.Errorf("rule %s lacks a description or help", r.ID)
		}
		if !strings.HasPrefix(r.HelpURI, "https://") || r.DefaultConfiguration.Level == "" {
			t.Errorf("rule %s: helpUri %q, default level %q", r.ID, r.HelpURI, r.DefaultConfiguration.Level)
		}
	}
	if len(run.Results) != len(story.Findings) {
		t.Fatalf("%d results for %d findings", len(run.Results), len(story.Findings))
	}
	levels := map[judge.Severity]string{"error": "error", "warning": "warning", "info": "note"}
	for i, res := range run.Results {
		f := story.Findings[i]
		index, known := rules[string(f.Kind)]
		if !known || res.RuleIndex != index || res.Rule.Index != index || res.Rule.ID != string(f.Kind) {
			t.Errorf("%s: rule index %d, reference %+v; want %s at %d", f.ID, res.RuleIndex, res.Rule, f.Kind, index)
		}
		checkResult(t, f, res, levels[f.Severity])
	}
}

func checkResult(t *testing.T, f judge.Finding, res sarifResultDoc, level string) {
	t.Helper()
	if want := string(f.Kind) + "/" + f.Rule; res.RuleID != want {
		t.Errorf("%s: ruleId %q, want %q", f.ID, res.RuleID, want)
	}
	if res.Level != level {
		t.Errorf("%s: level %q, want %q", f.ID, res.Level, level)
	}
	if !strings.HasPrefix(res.Message.Text, f.Message) {
		t.Errorf("%s: message %q", f.ID, res.Message.Text)
	}
	if len(res.Locations) != 1 {
		t.Fatalf("%s: %d locations", f.ID, len(res.Locations))
	}
	checkLocation(t, f.Evidence[0], res.Locations[0])
	if len(res.RelatedLocations) != len(f.Evidence)-1 {
		t.Fatalf("%s: %d related locations for %d evidence", f.ID, len(res.RelatedLocations), len(f.Evidence))
	}
	for j, rel := range res.RelatedLocations {
		checkLocation(t, f.Evidence[j+1], rel)
		if rel.ID == nil || rel.Message == nil || rel.Message.Text == "" {
			t.Errorf("%s: related location %d has no id or message", f.ID, j)
		}
	}
	if res.PartialFingerprints[fingerprintKey] == "" {
		t.Errorf("%s: no partial fingerprint", f.ID)
	}
}

func checkLocation(t *testing.T, e judge.Evidence, loc sarifLocationDoc) {
	t.Helper()
	pl := loc.PhysicalLocation
	if pl.ArtifactLocation.URI != e.Path || pl.ArtifactLocation.URIBaseID != srcRoot {
		t.Errorf("uri %q based on %q, want %q on %s", pl.ArtifactLocation.URI, pl.ArtifactLocation.URIBaseID, e.Path, srcRoot)
	}
	r := pl.Region
	endLine, endCol := endPosition(e.Line, e.Column, e.Text)
	if r.StartLine != e.Line || r.StartColumn != e.Column || r.EndLine != endLine || r.EndColumn != endCol {
		t.Errorf("%s: region %d:%d-%d:%d, want %d:%d-%d:%d", e.Path,
			r.StartLine, r.StartColumn, r.EndLine, r.EndColumn, e.Line, e.Column, endLine, endCol)
	}
}

func TestSARIFMultiLineRegion(t *testing.T) {
	doc := parseSARIF(t, storyReport(t))
	for _, res := range doc.Runs[0].Results {
		if !strings.HasPrefix(res.RuleID, "duration/") {
			continue
		}
		// "more than nine\nhours" starts at the end of one line of daily.md.
		r := res.RelatedLocations[0].PhysicalLocation.Region
		if r.StartLine != 9 || r.EndLine != 10 || r.EndColumn != 6 {
			t.Errorf("multi-line region = %+v, want lines 9-10 ending at column 6", r)
		}
		return
	}
	t.Fatal("no duration result")
}

func fingerprintsOf(t *testing.T, r *Report) []string {
	var out []string
	for _, res := range parseSARIF(t, r).Runs[0].Results {
		out = append(out, res.PartialFingerprints[fingerprintKey])
	}
	return out
}

// TestSARIFFingerprints: the same input gives the same fingerprints;
// moving a finding (as an edit higher up the article does) keeps them;
// changing its words changes them; and they are unique within a run.
func TestSARIFFingerprints(t *testing.T) {
	base := fingerprintsOf(t, storyReport(t))
	seen := map[string]bool{}
	for _, fp := range base {
		if seen[fp] {
			t.Errorf("fingerprint %s used twice", fp)
		}
		seen[fp] = true
	}
	tests := []struct {
		name  string
		edit  func(e *judge.Evidence)
		equal bool
	}{
		{"same input", func(e *judge.Evidence) {}, true},
		{"moved down two lines", func(e *judge.Evidence) { e.Line += 2; e.Start += 40; e.End += 40 }, true},
		{"reworded", func(e *judge.Evidence) { e.Text += " or so" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := storyReport(t)
			for i := range r.Findings {
				for j := range r.Findings[i].Evidence {
					tt.edit(&r.Findings[i].Evidence[j])
				}
			}
			got := fingerprintsOf(t, r)
			for i := range got {
				if (got[i] == base[i]) != tt.equal {
					t.Errorf("finding %d: fingerprint %s, before %s; want equal=%v", i, got[i], base[i], tt.equal)
				}
			}
		})
	}
}

func TestSARIFDuplicateFindingsGetDistinctFingerprints(t *testing.T) {
	r := storyReport(t)
	r.Findings = append(r.Findings, r.Findings[0])
	fps := fingerprintsOf(t, r)
	if fps[0] == fps[len(fps)-1] {
		t.Errorf("duplicate findings share fingerprint %s", fps[0])
	}
}

func TestArtifactURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"story/a.md", "story/a.md"},
		{"./story/a.md", "story/a.md"},
		{"story/my article.md", "story/my%20article.md"},
		{"story//b/../a.md", "story/a.md"},
	}
	for _, tt := range tests {
		if got := artifactURI(tt.in); got != tt.want {
			t.Errorf("artifactURI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
