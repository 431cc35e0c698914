package claim

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/mention"
)

// Note explains what the claim stage made of one mention: the claim it
// gave, with the frame and event it read, or why it gave none. Notes are
// kept only when Options.Explain asks for them (extract --explain).
type Note struct {
	// Start and End are byte offsets into the file, as an evidence
	// span's are, so that a note and a claim's evidence line up.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Line  int    `json:"line"`
	Text  string `json:"text"`
	// Claim is the slot of the claim made, "" when none was.
	Claim string `json:"claim,omitempty"`
	// Why is what set the claim's frame and event, or why none was made.
	Why string `json:"why"`
}

// drop records why a mention gives no claim, and gives none.
func (v *sentenceView) drop(reason string) *Claim {
	v.dropped = reason
	return nil
}

// explain notes what mention m gave: claim c, or nothing.
func (v *sentenceView) explain(m mention.Mention, c *Claim) {
	if !v.a.explain {
		return
	}
	sp := v.a.Doc.SpanOf(m.Start, m.End)
	n := Note{Start: sp.Start, End: sp.End, Line: sp.Line, Text: m.Text}
	switch {
	case c != nil:
		n.Claim = c.Slot
		n.Why = describeClaim(c)
	case v.dropped != "":
		n.Why = "no claim: " + v.dropped
	default:
		n.Why = "no claim: not a kind of figure the claim stage reads here"
	}
	v.a.Notes = append(v.a.Notes, n)
	v.dropped = ""
}

// describeClaim says what the claim was read as.
func describeClaim(c *Claim) string {
	var parts []string
	if f := c.Frame; f != nil {
		if f.Head != "" {
			parts = append(parts, "counts "+f.Head)
		}
		if f.Predicate != "" {
			parts = append(parts, "predicate "+f.Predicate)
		}
		if f.Whole && c.Kind == KindDuration {
			parts = append(parts, "length of the whole event")
		} else if f.Whole {
			parts = append(parts, "size of a whole")
		}
		if f.Holder != "" {
			parts = append(parts, "held by "+f.Holder)
		}
	}
	if c.Event.Noun != "" {
		parts = append(parts, "event "+c.Event.Noun)
	}
	if c.Event.Date != "" {
		parts = append(parts, fmt.Sprintf("dated %q", c.Event.DateText))
	}
	if len(c.Event.Participants) > 0 {
		parts = append(parts, "participants "+strings.Join(c.Event.Participants, ", "))
	}
	for _, flag := range []struct {
		on   bool
		name string
	}{{c.Event.Other, "set apart from the main event"}, {c.Event.Planned, "planned"}, {c.Unverified, "unverified or hypothetical"},
		{c.Refuted, "refuted"}, {c.Quoted, "in a quotation"}, {c.Source != "", "attributed to " + c.Source}} {
		if flag.on {
			parts = append(parts, flag.name)
		}
	}
	if len(parts) == 0 {
		return "read with no anchors"
	}
	return strings.Join(parts, "; ")
}
