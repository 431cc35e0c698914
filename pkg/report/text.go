package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/crosscheck/crosscheck/pkg/judge"
)

// The text format is for an editor reading a terminal. Each finding is a
// block, in the spirit of golangci-lint and Vale:
//
//	error duration: The fire burned for less than 6 h in one article and more than 9 h in another
//	  values: less than 6 h  vs  more than 9 h
//	  story/wire.md:10:8   "for nearly six hours"
//	      event: fire · 2025-06-01 ("on Sunday evening") · in Kessling
//	      source: regional fire service · as of 2025-06-02
//	  story/daily.md:9:77  "more than nine hours"
//	      event: fire · in Kessling
//	  why: both describe the fire in Kessling; no other fire is mentioned
//	  rule duration-conflict · id duration-c1df0095eaa4
//
// The header says what is wrong; the values line puts the normalised
// values side by side, because comparing them is the editor's first
// question; each side then shows where it is (path:line:col, which
// terminals and editors turn into links), its words and the anchors that
// made crosscheck take both sides for the same event, so a wrong match is
// easy to spot. A summary line closes the report.

// palette holds the colours of the text format. Colours are switched on or
// off explicitly from Options rather than from fatih/color's own terminal
// detection, so the output depends only on the report and the options.
type palette struct {
	sev    map[judge.Severity]*color.Color
	strong *color.Color
	faint  *color.Color
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
	}
	for _, c := range []*color.Color{p.sev[judge.SeverityError], p.sev[judge.SeverityWarning], p.sev[judge.SeverityInfo], p.strong, p.faint} {
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

func writeText(w io.Writer, r *Report, opts Options) error {
	p := newPalette(opts.Color)
	var b strings.Builder
	for _, f := range r.Findings {
		writeTextFinding(&b, f, p)
		b.WriteString("\n")
	}
	b.WriteString(p.strong.Sprint(Summary(r)) + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func writeTextFinding(b *strings.Builder, f judge.Finding, p palette) {
	fmt.Fprintf(b, "%s %s: %s\n", p.severity(f.Severity), p.strong.Sprint(visible(string(f.Kind))), visible(oneLine(f.Message)))
	if v := sideBySide(f.Evidence); v != "" {
		fmt.Fprintf(b, "  values: %s\n", visible(v))
	}
	width := locationWidth(f.Evidence)
	for _, e := range f.Evidence {
		loc := visible(location(e))
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(loc))
		fmt.Fprintf(b, "  %s%s  \"%s\"\n", loc, pad, visible(shortQuote(e.Text, maxQuote)))
		for _, a := range anchors(e) {
			fmt.Fprintf(b, "      %s\n", visible(a))
		}
	}
	if f.Why != "" {
		fmt.Fprintf(b, "  %s %s\n", p.faint.Sprint("why:"), visible(oneLine(f.Why)))
	}
	if tag := ruleAndID(f); tag != "" {
		fmt.Fprintf(b, "  %s\n", p.faint.Sprint(visible(tag)))
	}
}

// sideBySide joins the sides' normalised values ("less than 6 h  vs  more
// than 9 h"); it is empty unless at least two sides have one, since a
// single value has nothing to be compared with.
func sideBySide(ev []judge.Evidence) string {
	var vals []string
	for _, e := range ev {
		if e.Display != "" {
			vals = append(vals, e.Display)
		}
	}
	if len(vals) < 2 {
		return ""
	}
	return strings.Join(vals, "  vs  ")
}

func locationWidth(ev []judge.Evidence) int {
	w := 0
	for _, e := range ev {
		w = max(w, utf8.RuneCountInString(visible(location(e))))
	}
	return w
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
		if ev.Place != "" {
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
