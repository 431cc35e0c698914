package report

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

// The text format is for an editor reading a terminal. Each finding is a
// block, in the spirit of golangci-lint and Vale:
//
//	error duration: length of the fire: less than 6 h vs more than 9 h
//	  values: less than 6 h  vs  more than 9 h
//	  story/daily.md:9:77  more than 9 h
//	    The fire burned for «more than nine hours» before crews put it out.
//	    event: fire · in Kessling
//	  vs story/wire.md:10:8  less than 6 h
//	    Crews fought the fire «for nearly six hours», the service said.
//	    event: fire · 2025-06-01 ("on Sunday evening") · in Kessling
//	    source: regional fire service · as of 2025-06-02
//	  why: both describe the fire in Kessling; no other fire is mentioned
//	  rule duration-conflict · id duration-c1df0095eaa4
//
// The header says what is wrong; the values line puts the normalised
// values side by side, because comparing them is the editor's first
// question; each side then shows where it is (path:line:col, which
// terminals and editors turn into links), its sentence with the claim
// marked, and the anchors that made crosscheck take both sides for the
// same event, so a wrong match is easy to spot. The primary side (the
// user's own, see the cli package) comes first and the others follow "vs".
//
// One claim contradicted by several articles is one block: the claim,
// then each other side with its own message, why, rule and id. Counts by
// kind and a summary line close the report.

// DefaultWidth is the width the text format wraps to when the terminal's
// is not known (a pipe, a file).
const DefaultWidth = 100

// palette holds the colours of the text format. Colours are switched on or
// off explicitly from Options rather than from fatih/color's own terminal
// detection, so the output depends only on the report and the options.
type palette struct {
	sev    map[judge.Severity]*color.Color
	strong *color.Color
	faint  *color.Color
	mark   *color.Color
	on     bool
}

func newPalette(on bool) palette {
	p := palette{
		sev: map[judge.Severity]*color.Color{
			judge.SeverityError:   color.New(color.FgRed, color.Bold),
			judge.SeverityWarning: color.New(color.FgYellow, color.Bold),
			judge.SeverityInfo:    color.New(color.FgCyan, color.Bold),
		},
		strong: color.New(color.Bold),
		faint:  color.New(color.Faint),
		mark:   color.New(color.Bold, color.Underline),
		on:     on,
	}
	for _, c := range []*color.Color{p.sev[judge.SeverityError], p.sev[judge.SeverityWarning], p.sev[judge.SeverityInfo], p.strong, p.faint, p.mark} {
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

func (p palette) severity(s judge.Severity) string {
	if c, ok := p.sev[s]; ok {
		return c.Sprint(s)
	}
	return string(s)
}

// textWriter writes one text report.
type textWriter struct {
	b     strings.Builder
	p     palette
	links bool
	width int
}

func writeText(w io.Writer, r *Report, opts Options) error {
	t := &textWriter{p: newPalette(opts.Color), links: opts.Links, width: opts.Width}
	if t.width <= 0 {
		t.width = DefaultWidth
	}
	for _, g := range groupByClaim(r.Findings) {
		t.group(g)
		t.b.WriteString("\n")
	}
	if !opts.Quiet {
		if kinds := KindSummary(r); kinds != "" {
			t.b.WriteString(t.p.faint.Sprint(kinds) + "\n")
		}
		t.b.WriteString(t.p.strong.Sprint(Summary(r)) + "\n")
	}
	_, err := io.WriteString(w, t.b.String())
	return err
}

// groupByClaim gathers the findings that share their primary side (the
// same claim of the same kind), keeping report order.
func groupByClaim(fs []judge.Finding) [][]judge.Finding {
	var groups [][]judge.Finding
	for _, f := range fs {
		if n := len(groups); n > 0 && sameClaim(groups[n-1][0], f) {
			groups[n-1] = append(groups[n-1], f)
			continue
		}
		groups = append(groups, []judge.Finding{f})
	}
	return groups
}

func sameClaim(a, b judge.Finding) bool {
	if a.Kind != b.Kind || len(a.Evidence) == 0 || len(b.Evidence) == 0 {
		return false
	}
	x, y := a.Evidence[0], b.Evidence[0]
	return x.Path == y.Path && x.ID == y.ID && x.Start == y.Start && x.End == y.End
}

func (t *textWriter) group(g []judge.Finding) {
	if len(g) == 1 {
		t.finding(g[0])
		return
	}
	worst := g[0].Severity
	for _, f := range g {
		if f.Severity.Rank() > worst.Rank() {
			worst = f.Severity
		}
	}
	primary := g[0].Evidence[0]
	fmt.Fprintf(&t.b, "%s %s: %s is contradicted by %d other claims\n",
		t.p.severity(worst), t.p.strong.Sprint(visible(string(g[0].Kind))), visible(claimName(primary)), len(g))
	t.side(primary, "  ")
	for _, f := range g {
		for _, e := range f.Evidence[1:] {
			t.side(e, "  vs ")
		}
		fmt.Fprintf(&t.b, "    %s %s: %s\n", t.p.severity(f.Severity), visible(string(f.Kind)), visible(oneLine(f.Message)))
		t.closing(f, "    ")
	}
}

func (t *textWriter) finding(f judge.Finding) {
	fmt.Fprintf(&t.b, "%s %s: %s\n", t.p.severity(f.Severity), t.p.strong.Sprint(visible(string(f.Kind))), visible(oneLine(f.Message)))
	if v := sideBySide(f.Evidence); v != "" {
		fmt.Fprintf(&t.b, "  values: %s\n", visible(v))
	}
	for i, e := range f.Evidence {
		lead := "  "
		if i > 0 {
			lead = "  vs "
		}
		t.side(e, lead)
	}
	t.closing(f, "  ")
}

// claimName is how a group's header names its claim: its value as an
// editor reads it, else its words.
func claimName(e judge.Evidence) string {
	if e.Display != "" {
		return "“" + shortQuote(e.Display, maxQuote) + "”"
	}
	return quoted(e.Text, maxQuote)
}

// side writes one side: where it is and its value, its sentence with the
// claim marked, and its anchors.
func (t *textWriter) side(e judge.Evidence, lead string) {
	what := shortQuote(e.Display, maxValue)
	if what == "" {
		what = quoted(e.Text, maxValue)
	}
	fmt.Fprintf(&t.b, "%s%s  %s\n", lead, t.location(e), visible(what))
	if s := t.sentence(e); s != "" {
		t.b.WriteString(s)
	}
	for _, a := range anchors(e) {
		fmt.Fprintf(&t.b, "    %s\n", visible(a))
	}
}

// closing writes the reasoning and the names to look the finding up by.
func (t *textWriter) closing(f judge.Finding, indent string) {
	if f.Why != "" {
		fmt.Fprintf(&t.b, "%s%s %s\n", indent, t.p.faint.Sprint("why:"), visible(oneLine(f.Why)))
	}
	if tag := ruleAndID(f); tag != "" {
		fmt.Fprintf(&t.b, "%s%s\n", indent, t.p.faint.Sprint(visible(tag)))
	}
}

// location is path:line:col, as an OSC 8 hyperlink to the file when the
// terminal supports them.
func (t *textWriter) location(e judge.Evidence) string {
	loc := visible(location(e))
	if !t.links || e.Path == "-" {
		return loc
	}
	abs, err := filepath.Abs(e.Path)
	if err != nil {
		return loc
	}
	target := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	return "\x1b]8;;" + target + "\x1b\\" + loc + "\x1b]8;;\x1b\\"
}

// Marks around the claim within its sentence when there is no colour.
const (
	markOpen  = "«"
	markClose = "»"
)

// sentence is the side's sentence, wrapped to the width under a four-space
// indent, with the claim marked: underlined in colour, else between « ».
func (t *textWriter) sentence(e judge.Evidence) string {
	c := e.Context
	if c == nil || c.Start < 0 || c.End > len(c.Text) || c.Start > c.End {
		return ""
	}
	before, claim, after := visible(c.Text[:c.Start]), visible(c.Text[c.Start:c.End]), visible(c.Text[c.End:])
	words := append(strings.Fields(before), markedWords(claim)...)
	words = append(words, strings.Fields(after)...)
	// A claim that begins or ends inside a word stays joined to it.
	words = joinPartial(words, before, claim, after)
	var out strings.Builder
	open := false
	for _, line := range wrap(words, max(t.width-4, 20)) {
		line, open = t.renderMarks(line, open)
		out.WriteString("    " + line + "\n")
	}
	return out.String()
}

// markedWords are the claim's words, the first opening the mark and the
// last closing it.
func markedWords(claim string) []string {
	ws := strings.Fields(claim)
	if len(ws) == 0 {
		return nil
	}
	ws[0] = markOpen + ws[0]
	ws[len(ws)-1] += markClose
	return ws
}

// joinPartial glues the mark to the neighbouring word when the claim has
// no space between it and the text around it ("(12)", "14-hour").
func joinPartial(words []string, before, claim, after string) []string {
	nb := len(strings.Fields(before))
	nc := len(strings.Fields(claim))
	if nc == 0 {
		return words
	}
	if nb+nc < len(words) && after != "" && !startsWithSpace(after) && !endsWithSpace(claim) {
		words[nb+nc-1] += words[nb+nc]
		words = append(words[:nb+nc], words[nb+nc+1:]...)
	}
	if nb > 0 && before != "" && !endsWithSpace(before) && !startsWithSpace(claim) {
		words[nb-1] += words[nb]
		words = append(words[:nb], words[nb+1:]...)
	}
	return words
}

func startsWithSpace(s string) bool { return s != "" && strings.TrimLeft(s, " \t\n") != s }
func endsWithSpace(s string) bool   { return s != "" && strings.TrimRight(s, " \t\n") != s }

// wrap fills lines of at most width code points (a longer word stands on
// its own line).
func wrap(words []string, width int) []string {
	var lines []string
	var line strings.Builder
	n := 0
	for _, w := range words {
		wl := utf8.RuneCountInString(w)
		if n > 0 && n+1+wl > width {
			lines = append(lines, line.String())
			line.Reset()
			n = 0
		}
		if n > 0 {
			line.WriteByte(' ')
			n++
		}
		line.WriteString(w)
		n += wl
	}
	if n > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// renderMarks turns the marks of one line into colour when colour is on.
// open says whether the line starts inside the mark (it spans lines); the
// result says whether the next line does.
func (t *textWriter) renderMarks(line string, open bool) (string, bool) {
	if !t.p.on {
		return line, false
	}
	var out strings.Builder
	for line != "" {
		mark, plain := markClose, !open
		if plain {
			mark = markOpen
		}
		i := strings.Index(line, mark)
		if i < 0 {
			i = len(line)
		}
		if plain {
			out.WriteString(line[:i])
		} else {
			out.WriteString(t.p.mark.Sprint(line[:i]))
		}
		if i == len(line) {
			break
		}
		line, open = line[i+len(mark):], plain
	}
	return out.String(), open
}

// maxValue is how many code points of a side's value the text format
// shows on the side's first line; the sentence below shows it whole.
const maxValue = 60

// sideBySide joins the sides' normalised values ("less than 6 h  vs  more
// than 9 h"); it is empty unless at least two sides have one, since a
// single value has nothing to be compared with, and when a value is too
// long to compare at a glance (a quotation).
func sideBySide(ev []judge.Evidence) string {
	var vals []string
	for _, e := range ev {
		if utf8.RuneCountInString(e.Display) > maxValue/2 {
			return ""
		}
		if e.Display != "" {
			vals = append(vals, e.Display)
		}
	}
	if len(vals) < 2 {
		return ""
	}
	return strings.Join(vals, "  vs  ")
}

// anchors describes what one side is about and on whose word: the event
// line (noun, date, participants, place) and the source line (source, as
// of). Either is left out when it has nothing to say.
func anchors(e judge.Evidence) []string {
	var lines []string
	if ev := e.Event; ev != nil {
		var parts []string
		if ev.Noun != "" {
			parts = append(parts, ev.Noun)
		}
		switch {
		case ev.Date != "" && ev.DateText != "":
			parts = append(parts, fmt.Sprintf("%s (\"%s\")", ev.Date, ev.DateText))
		case ev.Date != "":
			parts = append(parts, ev.Date)
		case ev.DateText != "":
			parts = append(parts, "\""+ev.DateText+"\"")
		}
		if len(ev.Participants) > 0 {
			parts = append(parts, "with "+strings.Join(ev.Participants, ", "))
		}
		switch ev.Place {
		case "":
		case claim.WholeArea:
			parts = append(parts, "over the whole area")
		default:
			parts = append(parts, "in "+ev.Place)
		}
		if ev.Other {
			parts = append(parts, "a separate, earlier or later event")
		}
		if len(parts) > 0 {
			lines = append(lines, "event: "+strings.Join(parts, " · "))
		}
	}
	var src []string
	if e.Source != "" {
		src = append(src, "source: "+e.Source)
	}
	if e.AsOf != "" {
		src = append(src, "as of "+e.AsOf)
	}
	if len(src) > 0 {
		lines = append(lines, strings.Join(src, " · "))
	}
	return lines
}

// ruleAndID closes a finding with the names a user needs to look it up
// in JSON output or to quieten it.
func ruleAndID(f judge.Finding) string {
	var parts []string
	if f.Rule != "" {
		parts = append(parts, "rule "+f.Rule)
	}
	if f.ID != "" {
		parts = append(parts, "id "+f.ID)
	}
	return strings.Join(parts, " · ")
}

// visible writes the control characters of article text and file names
// (escape sequences, carriage returns, bidirectional overrides) as escapes
// such as \x1b and \u202e, so that a report printed to a terminal cannot
// retitle the window, move the cursor or hide a line: only the report's
// own colours reach the terminal raw.
func visible(s string) string {
	if !strings.ContainsFunc(s, hidden) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !hidden(r):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			fmt.Fprintf(&b, "\\u%04x", r)
		}
	}
	return b.String()
}

func hidden(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}
