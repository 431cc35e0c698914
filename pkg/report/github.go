package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/judge"
)

// The github format prints GitHub Actions workflow commands, which the
// runner turns into annotations on the pull request's diff:
//
//	::error file=a.md,line=3,col=5,endLine=3,endColumn=24,title=crosscheck duration::MESSAGE (other side: b.md:7:1 "…")
//
// error and warning map to ::error and ::warning, info to ::notice.
//
// GitHub shows at most 10 annotations of each level per step and drops the
// rest silently, so the format prints at most Options.GitHubLimit of each
// level itself and then one notice saying how many were left out. When
// that notice is needed, one notice slot is kept free for it. A plain
// summary line closes the output; the runner prints it in the log.

// DefaultGitHubLimit is GitHub's own per-step cap for each annotation level.
const DefaultGitHubLimit = 10

var githubCommands = map[judge.Severity]string{
	judge.SeverityError:   "error",
	judge.SeverityWarning: "warning",
	judge.SeverityInfo:    "notice",
}

func writeGitHub(w io.Writer, r *Report, opts Options) error {
	shown, hidden := capAnnotations(r.Findings, opts.GitHubLimit)
	var b strings.Builder
	for _, f := range shown {
		b.WriteString(annotation(f) + "\n")
	}
	if hidden > 0 {
		fmt.Fprintf(&b, "::notice::crosscheck: %s not shown as annotations (run with --format text to see all)\n",
			plural(hidden, "more finding", "more findings"))
	}
	if !opts.Quiet {
		b.WriteString(Summary(r) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// capAnnotations keeps, in report order, at most limit findings of each
// command, and counts the rest. If anything is left out, notices keep one
// slot free for the summary notice so that GitHub does not drop it.
func capAnnotations(fs []judge.Finding, limit int) (shown []judge.Finding, hidden int) {
	if limit == 0 {
		limit = DefaultGitHubLimit
	}
	if limit < 0 {
		return fs, 0
	}
	perCmd := map[string]int{}
	for _, f := range fs {
		perCmd[githubCommand(f.Severity)]++
	}
	noticeLimit := limit
	if perCmd["error"] > limit || perCmd["warning"] > limit || perCmd["notice"] > limit {
		noticeLimit = limit - 1
	}
	used := map[string]int{}
	for _, f := range fs {
		cmd := githubCommand(f.Severity)
		max := limit
		if cmd == "notice" {
			max = noticeLimit
		}
		if used[cmd] >= max {
			hidden++
			continue
		}
		used[cmd]++
		shown = append(shown, f)
	}
	return shown, hidden
}

func githubCommand(s judge.Severity) string {
	if c, ok := githubCommands[s]; ok {
		return c
	}
	return "notice"
}

// annotation is one workflow command for f, located at its first evidence.
func annotation(f judge.Finding) string {
	var props []string
	if len(f.Evidence) > 0 {
		props = append(props, positionProps(f.Evidence[0])...)
	}
	props = append(props, "title="+escapeProperty("crosscheck "+string(f.Kind)))
	msg := oneLine(f.Message)
	for _, e := range f.Evidence[min(1, len(f.Evidence)):] {
		msg += fmt.Sprintf(" (other side: %s %s)", location(e), quoted(e.Text, maxQuote))
	}
	return "::" + githubCommand(f.Severity) + " " + strings.Join(props, ",") + "::" + escapeData(msg)
}

// positionProps gives file, line and, for a span on one line, col and
// endColumn. GitHub accepts columns only when the annotation starts and
// ends on the same line; its endColumn is the last character's column,
// where SARIF's is the one after it.
func positionProps(e judge.Evidence) []string {
	props := []string{"file=" + escapeProperty(e.Path), "line=" + strconv.Itoa(e.Line)}
	endLine, endCol := endPosition(e.Line, e.Column, e.Text)
	if endLine != e.Line {
		return append(props, "endLine="+strconv.Itoa(endLine))
	}
	props = append(props, "col="+strconv.Itoa(e.Column), "endLine="+strconv.Itoa(endLine))
	return append(props, "endColumn="+strconv.Itoa(max(e.Column, endCol-1)))
}

// escapeData escapes a command's message as the runner expects.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a property value, which additionally may not
// contain the ':' and ',' that delimit properties.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
