package report

import (
	"io"
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

// The sarif format is SARIF 2.1.0, for GitHub code scanning and other
// static-analysis dashboards. Choices:
//
//   - One rule per kind, and the rule id is the bare kind ("duration"), the
//     same word as the JSON report's "kind" and the README's headings.
//     Consumers already scope rule ids by tool.driver.name, so a
//     "crosscheck/" prefix would only repeat it. A result's ruleId adds the
//     finer judge rule as SARIF's hierarchical sub-rule
//     ("duration/amount-conflict"), and its rule reference (id and index)
//     names the kind's rule. Each rule has a default level (the result's
//     own level says how sure this finding is) and a helpUri into the
//     README.
//   - Every documented kind is listed as a rule even when it has no result,
//     so rule indexes are the same from run to run.
//   - locations[0] is the finding's first evidence; the other sides of a
//     contradiction are relatedLocations, linked from the message text with
//     SARIF's "[text](id)" embedded links so that a viewer can jump to them.
//   - Columns count Unicode code points (run.columnKind), like the JSON
//     report; endLine/endColumn are derived from the evidence text.
//   - URIs are relative to %SRCROOT% (uriBaseId), the folder crosscheck
//     ran in, which code scanning maps to the checkout.
//   - partialFingerprints["crosscheck/v1"] is the finding's identity (see
//     Identify), which leaves out offsets and line numbers: an edit
//     elsewhere in an article moves a finding without making it a new
//     alert, so dismissals in code scanning survive. The finding id is
//     kept in properties.id for cross-reference with the JSON report.
//   - Nothing depends on time or the machine: no invocation timestamps.

const (
	toolName       = "crosscheck"
	toolURI        = "https://github.com/crosscheck/crosscheck"
	helpURI        = toolURI + "#what-it-checks"
	fingerprintKey = "crosscheck/v1"
	srcRoot        = "%SRCROOT%"
)

var sarifLevels = map[judge.Severity]string{
	judge.SeverityError:   "error",
	judge.SeverityWarning: "warning",
	judge.SeverityInfo:    "note",
}

func writeSARIF(w io.Writer, r *Report, opts Options) error {
	doc, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	version := opts.Version
	if version == "" {
		version = "dev"
	}
	run := sarif.NewRunWithInformationURI(toolName, toolURI)
	run.Tool.Driver.WithVersion(version)
	run.WithColumnKind("unicodeCodePoints")
	kinds := ruleKinds(r.Findings)
	for _, k := range kinds {
		run.Tool.Driver.AddRule(sarifRule(k))
	}
	fps := fingerprints(r.Findings)
	for i, f := range r.Findings {
		// Appended directly: Run.AddResult would look the index up by the
		// whole ruleId, which names a sub-rule, and find none.
		run.Results = append(run.Results, sarifResult(f, fps[i], slices.Index(kinds, f.Kind)))
	}
	doc.AddRun(run)
	if err := doc.PrettyWrite(w); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

// ruleKinds is every documented kind, then any other kind the findings
// use, sorted, so that every result's ruleId has a rule.
func ruleKinds(fs []judge.Finding) []claim.Kind {
	var kinds, extra []claim.Kind
	for _, d := range Kinds {
		kinds = append(kinds, d.Kind)
	}
	for _, f := range fs {
		if !slices.Contains(kinds, f.Kind) && !slices.Contains(extra, f.Kind) {
			extra = append(extra, f.Kind)
		}
	}
	slices.Sort(extra)
	return append(kinds, extra...)
}

func sarifRule(k claim.Kind) *sarif.ReportingDescriptor {
	rule := sarif.NewRule(string(k))
	d, ok := KindDocFor(k)
	if !ok {
		d = KindDoc{Short: "Findings of kind " + string(k) + ".", Full: "Findings of kind " + string(k) + "."}
	}
	if d.Name != "" {
		rule.WithName(d.Name)
	}
	return rule.WithDescription(d.Short).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(defaultLevel(k))).
		WithHelpURI(helpURI).
		WithFullDescription(sarif.NewMultiformatMessageString(d.Full)).
		WithTextHelp(KindHelp(k)).
		WithMarkdownHelp(kindHelpMarkdown(k))
}

// defaultLevel is a kind's level in SARIF when a result does not say:
// a contradiction is an error, a note about inline directives a warning.
func defaultLevel(k claim.Kind) string {
	if d, ok := KindDocFor(k); ok && d.Example[0] == "" {
		return "warning"
	}
	return "error"
}

func sarifResult(f judge.Finding, fingerprint string, ruleIndex int) *sarif.Result {
	ruleID := string(f.Kind)
	if f.Rule != "" {
		ruleID += "/" + f.Rule
	}
	res := sarif.NewRuleResult(ruleID).
		WithRuleIndex(ruleIndex).
		WithRule(sarif.NewReportingDescriptorReference().WithId(string(f.Kind)).WithIndex(ruleIndex)).
		WithMessage(sarif.NewTextMessage(sarifMessage(f)))
	if lvl, ok := sarifLevels[f.Severity]; ok {
		res.WithLevel(lvl)
	}
	for i, e := range f.Evidence {
		loc := sarifLocation(e)
		if i == 0 {
			res.AddLocation(loc)
			continue
		}
		res.AddRelatedLocation(loc.WithId(i).WithMessage(sarif.NewTextMessage(sideMessage(e))))
	}
	res.WithPartialFingerPrints(map[string]any{fingerprintKey: fingerprint})
	props := sarif.NewPropertyBag()
	props.AddString("id", f.ID)
	if f.Rule != "" {
		props.AddString("rule", f.Rule)
	}
	res.AttachPropertyBag(props)
	return res
}

// sarifMessage is the finding's message, then a link to each other side,
// and the reasoning. The links use SARIF's embedded-link syntax, in which
// "[" and "]" in the link text are escaped with a backslash.
func sarifMessage(f judge.Finding) string {
	var b strings.Builder
	b.WriteString(sentence(f.Message))
	for i, e := range f.Evidence {
		if i == 0 {
			continue
		}
		text := strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`).Replace(location(e))
		b.WriteString(" Other side: [" + text + "](" + strconv.Itoa(i) + ")")
		if q := quoted(e.Text, maxQuote); q != "" {
			b.WriteString(" " + q)
		}
		b.WriteString(".")
	}
	if f.Why != "" {
		b.WriteString(" Why: " + sentence(f.Why))
	}
	return b.String()
}

// sentence folds s onto one line and ends it with a full stop, so that
// the parts of a composed message read as sentences.
func sentence(s string) string {
	s = oneLine(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") {
		return s
	}
	return s + "."
}

// sideMessage labels a related location: its words and normalised value.
func sideMessage(e judge.Evidence) string {
	s := quoted(e.Text, maxQuote)
	if e.Display != "" {
		s += " (" + e.Display + ")"
	}
	return s
}

func sarifLocation(e judge.Evidence) *sarif.Location {
	endLine, endCol := endPosition(e.Line, e.Column, e.Text)
	region := sarif.NewRegion().
		WithStartLine(e.Line).WithStartColumn(e.Column).
		WithEndLine(endLine).WithEndColumn(endCol).
		WithSnippet(sarif.NewArtifactContent().WithText(e.Text))
	phys := sarif.NewPhysicalLocation().
		WithArtifactLocation(sarif.NewSimpleArtifactLocation(artifactURI(e.Path)).WithUriBaseId(srcRoot)).
		WithRegion(region)
	return sarif.NewLocationWithPhysicalLocation(phys)
}

// artifactURI turns a path as given on the command line into a relative
// URI reference: forward slashes, no leading "./", and characters such as
// spaces percent-encoded. Code scanning resolves it against the checkout,
// so absolute paths are made relative to the working directory when they
// lie under it.
func artifactURI(p string) string {
	if filepath.IsAbs(p) {
		if rel, ok := relToWorkdir(p); ok {
			p = rel
		}
	}
	p = path.Clean(filepath.ToSlash(p))
	return (&url.URL{Path: p}).EscapedPath()
}

func relToWorkdir(p string) (string, bool) {
	wd, err := filepath.Abs(".")
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(wd, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return rel, true
}

// fingerprints gives each finding its partial fingerprint: its identity,
// with a running number so that fingerprints stay unique within a run.
func fingerprints(fs []judge.Finding) []string {
	out := make([]string, len(fs))
	seen := map[string]int{}
	for i, f := range fs {
		sum := identity(f)[:32]
		seen[sum]++
		out[i] = sum + ":" + strconv.Itoa(seen[sum])
	}
	return out
}
