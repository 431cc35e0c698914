package document

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// frontMatter is what crosscheck reads from a Markdown file's YAML header.
type frontMatter struct {
	title, source, published string
	publishedAt              *time.Time
	// titleStart and titleEnd locate the title's value in the file, so a
	// finding on the headline points into the header; titleVerbatim says
	// whether those bytes equal the title (no quoting or folding).
	titleStart, titleEnd int
	titleVerbatim        bool
	// bodyStart is where the Markdown after the header begins.
	bodyStart int
	// leniency, when set, says where the header broke YAML's rules in a
	// way read anyway (a value holding ": " without quotes).
	leniency error
	// date and dateAt are a "date:" key's value, the publication time when
	// no "published:" is given.
	date   string
	dateAt *time.Time
}

// lineError is a problem found at a known 1-based line of the file.
type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return e.err.Error() }
func (e *lineError) Unwrap() error { return e.err }

func errorAtLine(line int, format string, args ...any) error {
	return &lineError{line: line, err: fmt.Errorf(format, args...)}
}

// parseFrontMatter reads the header that starts at offset start (just past
// any byte-order mark). A file without one yields bodyStart == start.
func parseFrontMatter(raw []byte, start int) (*frontMatter, error) {
	fm := &frontMatter{bodyStart: start}
	firstEnd, ok := lineAt(raw, start)
	if !ok || !isDelimiter(raw[start:firstEnd]) {
		return fm, nil
	}
	yamlStart := nextLine(raw, firstEnd)
	yamlEnd, bodyStart, found := findClosingDelimiter(raw, yamlStart)
	if !found {
		return nil, errorAtLine(lineNumber(raw, start),
			"front matter is not closed: add a line with --- after the header, or remove the opening ---")
	}
	fm.bodyStart = bodyStart
	if err := fm.decode(raw, yamlStart, yamlEnd); err != nil {
		return nil, err
	}
	return fm, nil
}

// lineAt returns the end of the line starting at start (before its line
// end); ok is false when start is past the end of raw.
func lineAt(raw []byte, start int) (int, bool) {
	if start >= len(raw) {
		return start, false
	}
	if i := bytes.IndexByte(raw[start:], '\n'); i >= 0 {
		return start + i, true
	}
	return len(raw), true
}

func nextLine(raw []byte, lineEnd int) int {
	return min(lineEnd+1, len(raw))
}

func isDelimiter(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r")) == "---"
}

func findClosingDelimiter(raw []byte, from int) (yamlEnd, bodyStart int, found bool) {
	for start := from; start < len(raw); {
		end, _ := lineAt(raw, start)
		line := bytes.TrimRight(raw[start:end], " \t\r")
		if string(line) == "---" || string(line) == "..." {
			return start, nextLine(raw, end), true
		}
		start = end + 1
	}
	return 0, 0, false
}

// lineNumber is the 1-based line of raw holding offset off.
func lineNumber(raw []byte, off int) int {
	return bytes.Count(raw[:min(off, len(raw))], []byte{'\n'}) + 1
}

var yamlLineRe = regexp.MustCompile(`^yaml: line (\d+): `)

func (fm *frontMatter) decode(raw []byte, yamlStart, yamlEnd int) error {
	firstLine := lineNumber(raw, yamlStart)
	var root yaml.Node
	if err := yaml.Unmarshal(raw[yamlStart:yamlEnd], &root); err != nil {
		quoted, line, broken, ok := quoteBrokenValues(raw[yamlStart:yamlEnd])
		if !ok || yaml.Unmarshal(quoted, &root) != nil {
			return yamlError(err, firstLine)
		}
		fm.leniency = &lineError{line: firstLine + line - 1, err: fmt.Errorf("%w: %s, which YAML does not allow; it was read as all the text after its key: %s", ErrLenientFrontMatter, broken.problem, broken.fix)}
	}
	if len(root.Content) == 0 {
		return nil // an empty header
	}
	header := root.Content[0]
	if header.Kind != yaml.MappingNode {
		return errorAtLine(firstLine+header.Line-1,
			"front matter must be YAML keys and values (title:, source:, published:)")
	}
	lines := headerLines{raw: raw, starts: lineStarts(raw, yamlStart, yamlEnd)}
	seen := map[string]int{} // key, in lower case -> its line
	for i := 0; i+1 < len(header.Content); i += 2 {
		key := header.Content[i]
		line := firstLine + key.Line - 1
		if prev, ok := seen[strings.ToLower(key.Value)]; ok {
			return errorAtLine(line, "front matter sets %q twice (line %d sets it already): keep one of them", key.Value, prev)
		}
		seen[strings.ToLower(key.Value)] = line
		valueEnd := yamlEnd // where the value's source ends at the latest
		if i+2 < len(header.Content) {
			valueEnd = lines.start(header.Content[i+2].Line)
		}
		if err := fm.setKey(lines, valueEnd, firstLine, key, header.Content[i+1]); err != nil {
			return err
		}
	}
	if fm.publishedAt == nil && fm.dateAt != nil {
		fm.published, fm.publishedAt = fm.date, fm.dateAt
	}
	return nil
}

// headerLines finds the lines of the header by number in constant time, so
// a header of many keys is read in time in proportion to its size.
type headerLines struct {
	raw    []byte
	starts []int // offset of each line of the header, the first at [0]
}

// start returns the offset where the header's 1-based line begins.
func (h headerLines) start(line int) int {
	if line < 1 {
		return h.starts[0]
	}
	if line > len(h.starts) {
		return h.starts[len(h.starts)-1]
	}
	return h.starts[line-1]
}

// lineStarts lists the offsets where the lines of raw[from:to] begin.
func lineStarts(raw []byte, from, to int) []int {
	starts := []int{from}
	for i := from; i < to; i++ {
		if raw[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// yamlError turns a yaml.v3 error, whose line numbers count from the
// header's first line, into one at the file's line.
func yamlError(err error, firstLine int) error {
	msg := err.Error()
	line := firstLine
	if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		line = firstLine + n - 1
		msg = msg[len(m[0]):]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	return &lineError{line: line, err: fmt.Errorf("front matter is not valid YAML: %s; fix the header between the --- lines: %w", msg, errBadFrontMatter)}
}

var errBadFrontMatter = errors.New("bad front matter")

// ErrLenientFrontMatter marks a header read although it is not valid YAML.
var ErrLenientFrontMatter = errors.New("front matter read leniently")

// simpleKeyLine is a header line "key: value" whose value is plain text.
var simpleKeyLine = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_-]*):[ \t]+([^"'|>\[{&*!%@#` + "`" + `].*?)[ \t\r]*$`)

// quotedKeyLine is a header line "key: value" whose value opens with a
// quotation mark.
var quotedKeyLine = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_-]*):[ \t]+(["'].*?)[ \t\r]*$`)

// reservedKeyLine is a header line "key: value" whose value opens with a
// mark YAML reserves ("title: @mayor answers critics").
var reservedKeyLine = regexp.MustCompile("^([A-Za-z_][A-Za-z0-9_-]*):[ \\t]+([@`].*?)[ \\t\\r]*$")

// quoteBrokenValues puts in double quotes each value of a top-level
// "key: value" line that breaks YAML in the two ways hand-written headers
// commonly do: a plain value that holds ": " ("title: Dam breach:
// thousands flee"), a value that opens with a quotation and runs on after
// it ("title: "Unsafe": inspectors warn"), and one that opens with a
// reserved mark ("title: @mayor answers critics"). It gives the 1-based
// line of the first value quoted and what was wrong with it, and false
// when no value was quoted.
func quoteBrokenValues(header []byte) ([]byte, int, brokenLine, bool) {
	lines := strings.Split(string(header), "\n")
	first, firstBroken := 0, brokenLine{}
	for i, line := range lines {
		b := brokenValue(line)
		if b.problem == "" {
			continue
		}
		lines[i] = b.key + ": " + strconv.Quote(b.value)
		if first == 0 {
			first, firstBroken = i+1, b
		}
	}
	if first == 0 {
		return nil, 0, brokenLine{}, false
	}
	return []byte(strings.Join(lines, "\n")), first, firstBroken, true
}

// brokenLine is a header line YAML refuses, what is wrong with it and how
// to write it.
type brokenLine struct {
	key, value   string
	problem, fix string
}

// brokenValue reads a header line whose value YAML refuses in one of the
// ways quoteBrokenValues mends; its problem is "" for any other line.
func brokenValue(line string) brokenLine {
	if m := simpleKeyLine.FindStringSubmatch(line); m != nil && strings.Contains(m[2], ": ") {
		return brokenLine{m[1], m[2], `a value holds ": " without quotes`, "put the value in quotes"}
	}
	if m := reservedKeyLine.FindStringSubmatch(line); m != nil {
		return brokenLine{m[1], m[2], "a value opens with a mark YAML reserves (@ or `)", "put the value in quotes"}
	}
	if m := quotedKeyLine.FindStringSubmatch(line); m != nil {
		rest := strings.TrimSpace(m[2][quotedEnd(m[2]):])
		if rest != "" && !strings.HasPrefix(rest, "#") {
			return brokenLine{m[1], m[2], "a value runs on after its closing quotation mark",
				`put the whole value in quotes and escape the marks inside it (\")`}
		}
	}
	return brokenLine{}
}

// quotedEnd is the offset just after the quoted scalar that opens value,
// as YAML closes it: a double-quoted one at the first unescaped '"', a
// single-quoted one at a "'" not doubled. It is len(value) when the
// quotation is not closed on the line.
func quotedEnd(value string) int {
	mark := value[0]
	for i := 1; i < len(value); i++ {
		switch {
		case mark == '"' && value[i] == '\\':
			i++
		case value[i] == mark && mark == '\'' && i+1 < len(value) && value[i+1] == '\'':
			i++
		case value[i] == mark:
			return i + 1
		}
	}
	return len(value)
}

func (fm *frontMatter) setKey(lines headerLines, valueEnd, firstLine int, key, value *yaml.Node) error {
	name := strings.ToLower(key.Value)
	if name == "date" && value.Kind == yaml.ScalarNode {
		// Static-site generators call the publication time "date"; it
		// stands in when "published" is absent, and is no key of ours
		// to refuse when it is not a time.
		fm.dateAt, _ = ParsePublished(strings.TrimSpace(value.Value))
		fm.date = value.Value
		return nil
	}
	if name != "title" && name != "source" && name != "published" {
		return nil
	}
	line := firstLine + value.Line - 1
	if value.Kind != yaml.ScalarNode {
		return errorAtLine(line, "front matter %s must be a single value, not a list or a map", name)
	}
	text := strings.TrimSpace(value.Value)
	switch name {
	case "title":
		fm.title = text
		fm.locateTitle(lines, valueEnd, value)
	case "source":
		fm.source = text
	case "published":
		t, err := ParsePublished(text)
		if err != nil {
			return &lineError{line: line, err: err}
		}
		fm.published, fm.publishedAt = value.Value, t
	}
	return nil
}

// locateTitle finds the title's bytes on its line of the header. A title
// that is quoted with escapes or spread over lines is not verbatim; it then
// maps to its whole value, up to valueEnd.
func (fm *frontMatter) locateTitle(lines headerLines, valueEnd int, value *yaml.Node) {
	raw := lines.raw
	lineStart := lines.start(value.Line)
	lineEnd, _ := lineAt(raw, lineStart)
	line := raw[lineStart:lineEnd]
	valueStart := lineStart + byteColumn(line, value.Column)
	if i := bytes.Index(raw[valueStart:lineEnd], []byte(fm.title)); fm.title != "" && i >= 0 {
		fm.titleStart, fm.titleEnd, fm.titleVerbatim = valueStart+i, valueStart+i+len(fm.title), true
		return
	}
	end := len(bytes.TrimRight(raw[:max(valueEnd, lineEnd)], " \t\r\n"))
	fm.titleStart, fm.titleEnd = valueStart, max(end, valueStart)
}

// byteColumn converts yaml's 1-based column in characters to a byte index
// into line.
func byteColumn(line []byte, column int) int {
	i := 0
	for n := 1; n < column && i < len(line); n++ {
		_, size := utf8.DecodeRune(line[i:])
		i += size
	}
	return i
}

// padDateFields writes each one-digit number after the year with a
// leading zero.
func padDateFields(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			b.WriteByte(s[i])
			i++
			continue
		}
		if j-i == 1 && i > 0 {
			b.WriteByte('0')
		}
		b.WriteString(s[i:j])
		i = j
	}
	return b.String()
}

// publishedLayouts are the ways content systems and feeds write a
// publication time, all of them unambiguous: no layout puts the day and
// the month in a place where either could stand ("03/04/2025").
var publishedLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	"2006/01/02 15:04:05", "2006/01/02 15:04", "2006/01/02",
	time.RFC1123, time.RFC1123Z, time.RFC850, time.RFC822, time.RFC822Z, time.ANSIC,
	"January 2, 2006 15:04", "January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006",
	"Monday, January 2, 2006", "Monday, 2 January 2006",
}

// ParsePublished reads a publication time as articles write it; one
// without a zone is UTC.
// Fields written without their leading zero ("2025-3-9T8:5:00Z") are read
// too: content systems write them so, and they are not ambiguous.
func ParsePublished(s string) (*time.Time, error) {
	for _, candidate := range []string{s, padDateFields(s)} {
		for _, layout := range publishedLayouts {
			if t, err := time.Parse(layout, candidate); err == nil {
				t = t.UTC()
				return &t, nil
			}
		}
	}
	return nil, fmt.Errorf("published %q is not a date crosscheck reads: write it as 2025-02-12, 2025-02-12 10:00, 2025-02-12T10:00:00Z or 12 February 2025", s)
}
