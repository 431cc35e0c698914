package report

import (
	"strings"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

// KindDoc documents one kind of finding. The same text serves the SARIF
// rules (which GitHub code scanning shows next to each alert) and the
// README, so that what a tool says about a kind and what the manual says
// cannot drift apart.
type KindDoc struct {
	Kind claim.Kind
	// Name is a short CamelCase name, as SARIF's reportingDescriptor.name
	// expects ("DurationConflict").
	Name string
	// Short is one sentence for a single line of UI.
	Short string
	// Full explains what is compared and when it is, and is not, reported.
	Full string
	// Example is a pair of phrasings that would be reported; empty for a
	// kind that is not a contradiction.
	Example [2]string
	// Action replaces the general advice on acting on and quietening a
	// finding, for a kind it does not fit.
	Action string
}

// Kinds documents every kind crosscheck reports, in a fixed order.
var Kinds = []KindDoc{
	{
		Kind:  claim.KindDate,
		Name:  "DateConflict",
		Short: "Two articles put the same event on different dates.",
		Full: "Compares when articles say an event happened. Relative dates " +
			"(\"on Sunday\", \"last week\") are resolved against each article's " +
			"publication date. Reported when the dates cannot both be true " +
			"of the same event.",
		Example: [2]string{"on Sunday evening", "on Saturday night"},
	},
	{
		Kind:  claim.KindDuration,
		Name:  "DurationConflict",
		Short: "Two articles give incompatible lengths for the same event.",
		Full: "Compares how long an event lasted. Hedges are read as ranges: " +
			"\"nearly\" and \"less than\" fall below the stated amount, \"more " +
			"than\" and \"at least\" above it, \"about\" around it. Reported " +
			"when the two ranges do not overlap, allowing for rounding.",
		Example: [2]string{"nearly an hour and a half", "more than two hours"},
	},
	{
		Kind:  claim.KindCasualties,
		Name:  "CasualtyConflict",
		Short: "Two articles give different numbers of dead, injured or missing.",
		Full: "Compares counts of people killed, injured, missing or taken to " +
			"hospital in the same event. Tolls change as a story develops, so " +
			"each figure is shown with the day it holds for and the source it " +
			"is attributed to: check those before correcting either article.",
		Example: [2]string{"two firefighters were injured", "four firefighters were taken to hospital"},
	},
	{
		Kind:  claim.KindQuantity,
		Name:  "QuantityConflict",
		Short: "Two articles give different amounts for the same thing.",
		Full: "Compares other counted or measured amounts about the same event: " +
			"people released or evacuated, sums of money, votes, distances. " +
			"Vague magnitudes (\"dozens\", \"hundreds\") are read as ranges. " +
			"Reported when the figures disagree beyond rounding.",
		Example: [2]string{"some 300 residents were evacuated", "about 1,200 residents left their homes"},
	},
	{
		Kind:  claim.KindOfficial,
		Name:  "OfficialConflict",
		Short: "Two articles name a person or their office differently.",
		Full: "Compares people named with an office. Reported when the same " +
			"person is given different offices, or when a name is spelled " +
			"differently for what is evidently the same person.",
		Example: [2]string{"Fire chief Marta Olsen", "Deputy fire chief Marta Olssen"},
	},
	{
		Kind:  claim.KindQuote,
		Name:  "QuoteConflict",
		Short: "Two articles quote the same remark in different words or from different speakers.",
		Full: "Compares quotations. Reported when two articles quote what is " +
			"evidently the same remark with different words, or attribute it " +
			"to different speakers.",
		Example: [2]string{"lucky the wind turned", "lucky the wind dropped"},
	},
	{
		// Raised by the inline directives that hide findings, not by
		// comparing articles.
		Kind:  "suppression",
		Name:  "UnusedSuppression",
		Short: "A crosscheck-disable directive hides nothing or cannot be read.",
		Full: "Checks the inline crosscheck-disable, crosscheck-enable and " +
			"crosscheck-disable-next-line directives that hide findings. Reported " +
			"when a directive names an unknown kind, is malformed, or no " +
			"longer covers any finding, so stale directives do not hide a " +
			"future contradiction.",
		Action: "Remove the directive, or correct its kinds or its placement: " +
			"a next-line directive must be on its own line just before a " +
			"quoted line.",
	},
}

// suppressHelp says how to act on a finding of kind and how to quieten
// it: an inline directive for one finding, the configuration file for the
// whole kind, and the flags for a run. It closes every kind's help.
func suppressHelp(kind claim.Kind) string {
	k := string(kind)
	return "A finding is a prompt to check the sources, not proof that " +
		"either article is wrong: correct the article that is wrong, or " +
		"attribute each figure to its source so readers see why they differ. " +
		"To hide one finding once it has been checked, put " +
		"<!-- crosscheck-disable-next-line " + k + " -- reason --> on a line " +
		"of its own just before either quoted line. To turn the kind off for " +
		"a project, set severity: {" + k + ": off} in .crosscheck.yaml. " +
		"--min-severity hides lower severities and --fail-on sets which " +
		"severities fail a CI run. In GitHub code scanning, a dismissed " +
		"alert stays dismissed while the quoted words are unchanged."
}

// suppressMarkdown is suppressHelp with the directive and setting as code.
func suppressMarkdown(kind claim.Kind) string {
	k := string(kind)
	return "A finding is a prompt to check the sources, not proof that " +
		"either article is wrong: correct the article that is wrong, or " +
		"attribute each figure to its source so readers see why they differ.\n\n" +
		"- To hide one finding once it has been checked, put this on a line of " +
		"its own just before either quoted line:\n\n" +
		"  ```markdown\n  <!-- crosscheck-disable-next-line " + k + " -- reason -->\n  ```\n" +
		"- To turn the kind off for a project, set it in `.crosscheck.yaml`:\n\n" +
		"  ```yaml\n  severity:\n    " + k + ": off\n  ```\n" +
		"- `--min-severity` hides lower severities; `--fail-on` sets which " +
		"severities fail a CI run.\n" +
		"- In GitHub code scanning, a dismissed alert stays dismissed while " +
		"the quoted words are unchanged.\n"
}

// KindDocFor returns the documentation of kind, and false for a kind this
// version does not document.
func KindDocFor(kind claim.Kind) (KindDoc, bool) {
	for _, d := range Kinds {
		if d.Kind == kind {
			return d, true
		}
	}
	return KindDoc{}, false
}

// KindHelp returns plain-text help for kind: what it checks, an example
// and how to act on or quieten its findings.
func KindHelp(kind claim.Kind) string {
	d, ok := KindDocFor(kind)
	if !ok {
		return "Findings of kind " + string(kind) + ".\n\n" + suppressHelp(kind)
	}
	help := d.Short + " " + d.Full + "\n\n"
	if d.Example[0] != "" {
		help += "Example: \"" + d.Example[0] + "\" in one article, \"" + d.Example[1] + "\" in another.\n\n"
	}
	if d.Action != "" {
		return help + d.Action
	}
	return help + suppressHelp(kind)
}

// kindHelpMarkdown is KindHelp for renderers of Markdown (SARIF help.markdown).
func kindHelpMarkdown(kind claim.Kind) string {
	d, ok := KindDocFor(kind)
	if !ok {
		return "Findings of kind `" + string(kind) + "`.\n\n" + suppressMarkdown(kind)
	}
	var b strings.Builder
	b.WriteString("**" + d.Short + "**\n\n" + d.Full + "\n\n")
	if d.Example[0] != "" {
		b.WriteString("Example: *" + d.Example[0] + "* in one article, *" + d.Example[1] + "* in another.\n\n")
	}
	b.WriteString("### What to do\n\n")
	if d.Action != "" {
		b.WriteString(d.Action + "\n")
	} else {
		b.WriteString(suppressMarkdown(kind))
	}
	return b.String()
}
