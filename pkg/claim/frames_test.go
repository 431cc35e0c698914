package claim

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// wantClaim is one expectation of a line of testdata/frames.txt.
type wantClaim struct {
	evidence, slot string
	flags          []string
}

// TestFrameRules runs testdata/frames.txt: each sentence must give the
// claims its "# want" comment names, with their flags.
func TestFrameRules(t *testing.T) {
	f, err := os.Open("testdata/frames.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		text, want, ok := strings.Cut(sc.Text(), "# want ")
		if !ok || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		text = strings.TrimSpace(text)
		pub := "2025-03-12T10:00:00Z"
		if rest, ok := strings.CutPrefix(text, "[undated] "); ok {
			text, pub = rest, ""
		}
		a := articleOf(t, pub, text)
		cs := Build(a, Options{})
		for _, w := range parseWants(t, line, want) {
			if w.slot == "-" {
				if m := otherMentionOver(a, text, w.evidence); m != "" {
					// No claim on words that only part of a figure is
					// written as could never fail.
					t.Errorf("frames.txt:%d: %q: the figure over %q is written %q", line, text, w.evidence, m)
					continue
				}
			}
			checkWant(t, line, text, cs, w)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// otherMentionOver is the text of a mention that overlaps the words
// evidence in sentence but is written otherwise, "" when the words are a
// mention as written or overlap none (words that are no figure at all).
func otherMentionOver(a *Article, sentence, evidence string) string {
	start := strings.Index(sentence, evidence)
	end := start + len(evidence)
	for _, m := range a.Mentions {
		if m.Text == evidence {
			return ""
		}
	}
	for _, m := range a.Mentions {
		if m.Start < end && start < m.End {
			return m.Text
		}
	}
	return ""
}

func parseWants(t *testing.T, line int, s string) []wantClaim {
	var out []wantClaim
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		if !strings.HasPrefix(part, `"`) {
			t.Fatalf("frames.txt:%d: want %q: evidence must be quoted", line, part)
		}
		end := strings.Index(part[1:], `"`) + 1
		fields := strings.Fields(part[end+1:])
		if end <= 0 || len(fields) == 0 {
			t.Fatalf("frames.txt:%d: want %q: need \"EVIDENCE\" SLOT", line, part)
		}
		out = append(out, wantClaim{evidence: part[1:end], slot: fields[0], flags: fields[1:]})
	}
	return out
}

func checkWant(t *testing.T, line int, text string, cs []Claim, w wantClaim) {
	t.Helper()
	if !strings.Contains(text, w.evidence) {
		// A want on words the sentence lacks could never fail.
		t.Errorf("frames.txt:%d: %q is not in %q", line, w.evidence, text)
		return
	}
	c := findClaim(cs, w.evidence)
	if w.slot == "-" {
		if c != nil {
			t.Errorf("frames.txt:%d: %q: want no claim on %q, got %s", line, text, w.evidence, c.Slot)
		}
		return
	}
	if c == nil {
		t.Errorf("frames.txt:%d: %q: no claim on %q; claims %v", line, text, w.evidence, slots(cs))
		return
	}
	if c.Slot != w.slot {
		t.Errorf("frames.txt:%d: %q: %q has slot %s, want %s", line, text, w.evidence, c.Slot, w.slot)
	}
	for _, flag := range w.flags {
		if !hasFlag(c, flag) {
			t.Errorf("frames.txt:%d: %q: %q lacks %s", line, text, w.evidence, flag)
		}
	}
}

func hasFlag(c *Claim, flag string) bool {
	if rest, ok := strings.CutPrefix(flag, "!"); ok {
		return !hasFlag(c, rest) // "!holder": the words must not give it
	}
	if part, ok := strings.CutPrefix(flag, "part="); ok {
		return c.Event.Part == part
	}
	if day, ok := strings.CutPrefix(flag, "dated="); ok {
		return c.Event.Date == day
	}
	if key, ok := strings.CutPrefix(flag, "holder="); ok {
		return c.Frame != nil && c.Frame.Holder == key
	}
	if group, ok := strings.CutPrefix(flag, "group="); ok {
		return c.Frame != nil && c.Frame.Group == group
	}
	if key, ok := strings.CutPrefix(flag, "place="); ok {
		return c.Event.Place == key
	}
	if cause, ok := strings.CutPrefix(flag, "cause="); ok {
		return c.Event.Cause == cause
	}
	switch flag {
	case "planned":
		return c.Event.Planned
	case "unverified":
		return c.Unverified
	case "other":
		return c.Event.Other
	case "past":
		return c.Event.Past
	case "whole":
		return c.Frame != nil && c.Frame.Whole
	case "definite":
		return c.Frame != nil && c.Frame.Definite
	case "holder":
		return c.Frame != nil && c.Frame.Holder != ""
	case "seq1", "seq2":
		return c.Event.Sequence == int(flag[3]-'0')
	case "stage":
		return c.Event.Stage
	case "running":
		return c.Running
	case "state":
		return c.State
	case "changed":
		return c.Changed
	case "rose":
		return c.Rose
	case "fell":
		return c.Fell
	case "final":
		return c.Final
	case "group":
		return c.Frame != nil && c.Frame.Group != ""
	case "part":
		return c.Event.Part != ""
	case "dated":
		return c.Event.Date != ""
	case "ongoing":
		return c.Ongoing
	case "place":
		return c.Event.Place != ""
	case "exact":
		return c.Exact && c.Lo == c.Hi
	}
	return false
}
