package pipeline

import (
	"strings"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/judge"
)

// JudgeStory aligns and judges the claims of one story, or of one block of
// it, as a check judges each story: claims given here are compared with
// one another only.
func JudgeStory(claims []align.Claim, opts judge.Options) []judge.Finding {
	return judge.Judge(claims, align.Pairs(claims, opts.Tolerance), opts)
}

// BlockOf names the part of its story a claim can be judged in apart from
// the rest, so that a large story's work can spread. Alignment only pairs
// claims of one kind, and counts only on one slot; officials and
// quotations meet across slots (a person named in two offices, one remark
// attributed twice), so they form one block per kind; the days and lengths
// of one kind of event inform each other (the story's inventory of dated
// events), so they form one block per kind of event. Every finding joins
// claims of one block, and a claim judged alone is in exactly one, so
// judging a story block by block gives its findings.
func BlockOf(c *claim.Claim) string {
	switch c.Kind {
	case claim.KindOfficial, claim.KindQuote:
		return string(c.Kind)
	case claim.KindDate, claim.KindDuration:
		if _, event, ok := strings.Cut(c.Slot, ":"); ok {
			return "event\x00" + event
		}
	}
	return string(c.Kind) + "\x00" + c.Slot
}
