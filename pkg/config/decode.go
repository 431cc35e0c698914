package config

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/suppress"
)

// Keys are the top-level keys a configuration file may hold.
var Keys = []string{"severity", "fail-on", "min-severity", "tolerance", "format", "aliases", "offices", "ignore"}

// Kinds are the finding kinds "severity" may name.
func Kinds() []claim.Kind { return append(slices.Clone(suppress.Kinds), suppress.Kind) }

// file mirrors the YAML; pointers tell a key left out from a zero value.
type file struct {
	Severity    map[string]string `yaml:"severity"`
	FailOn      *string           `yaml:"fail-on"`
	MinSeverity *string           `yaml:"min-severity"`
	Tolerance   *float64          `yaml:"tolerance"`
	Format      *string           `yaml:"format"`
	Aliases     [][]string        `yaml:"aliases"`
	Offices     [][]string        `yaml:"offices"`
	Ignore      []string          `yaml:"ignore"`
}

// decode reads data into c. Each value is checked against its YAML node
// first, so that a problem names the line it is on and what to write
// instead; the strict decoder then catches anything left.
func decode(data []byte, c *Config, opts Options) *Error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return yamlError(err)
	}
	if len(doc.Content) == 0 {
		return nil // an empty file keeps the defaults
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil // only comments
	}
	if root.Kind != yaml.MappingNode {
		return at(root, "the configuration must be a mapping of keys (%s)", strings.Join(Keys, ", "))
	}
	if err := check(root, opts); err != nil {
		return err
	}
	var f file
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return yamlError(err)
	}
	f.merge(c)
	return nil
}

func (f *file) merge(c *Config) {
	for k, v := range f.Severity {
		c.Severity[claim.Kind(strings.ToLower(k))] = strings.ToLower(v)
	}
	set(&c.FailOn, f.FailOn)
	set(&c.MinSeverity, f.MinSeverity)
	set(&c.Format, f.Format)
	if f.Tolerance != nil {
		c.Tolerance = *f.Tolerance
	}
	c.FailOn, c.MinSeverity = strings.ToLower(c.FailOn), strings.ToLower(c.MinSeverity)
	if f.Aliases != nil {
		c.Aliases = f.Aliases
	}
	if f.Offices != nil {
		c.Offices = f.Offices
	}
	if f.Ignore != nil {
		c.Ignore = f.Ignore
	}
}

func set(dst *string, v *string) {
	if v != nil {
		*dst = *v
	}
}

// check validates every key of the top-level mapping.
func check(root *yaml.Node, opts Options) *Error {
	if err := noDuplicateKeys(root, "the configuration"); err != nil {
		return err
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		var err *Error
		switch key.Value {
		case "severity":
			err = checkSeverity(val)
		case "fail-on":
			err = checkWord(val, "fail-on", []string{"error", "warning", "info", "none"})
		case "min-severity":
			err = checkWord(val, "min-severity", []string{"error", "warning", "info"})
		case "tolerance":
			err = checkTolerance(val)
		case "format":
			err = checkFormat(val, opts.Formats)
		case "aliases":
			err = checkGroups(val, "aliases", "[Zelensky, Zelenskyy, Selenskyj]")
		case "offices":
			err = checkGroups(val, "offices", "[police chief, police commissioner]")
		case "ignore":
			err = checkIgnore(val)
		default:
			err = at(key, "unknown key %q: use one of %s", key.Value, strings.Join(Keys, ", "))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func checkSeverity(val *yaml.Node) *Error {
	if val.Kind != yaml.MappingNode {
		return at(val, "severity must map finding kinds to a severity, e.g. \"quote: warning\"")
	}
	if err := noDuplicateKeys(val, "severity"); err != nil {
		return err
	}
	kinds := Kinds()
	for i := 0; i+1 < len(val.Content); i += 2 {
		k, v := val.Content[i], val.Content[i+1]
		if !slices.Contains(kinds, claim.Kind(strings.ToLower(k.Value))) {
			return at(k, "unknown finding kind %q under severity: use %s", k.Value, join(kinds))
		}
		if err := checkWord(v, "severity of "+k.Value, []string{"error", "warning", "info", Off}); err != nil {
			return err
		}
	}
	return nil
}

// noDuplicateKeys rejects a mapping that sets one key twice, in any case
// ("Quote: off" and "quote: error"): which one wins would otherwise depend
// on the order a map is read in, and change from run to run.
func noDuplicateKeys(m *yaml.Node, where string) *Error {
	first := map[string]*yaml.Node{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		name := strings.ToLower(k.Value)
		if prev, ok := first[name]; ok {
			return at(k, "duplicate key %q in %s: line %d already sets %q; keep one of them", k.Value, where, prev.Line, prev.Value)
		}
		first[name] = k
	}
	return nil
}

func checkWord(val *yaml.Node, what string, allowed []string) *Error {
	if val.Kind != yaml.ScalarNode || !slices.Contains(allowed, strings.ToLower(val.Value)) {
		return at(val, "invalid %s %s: use %s", what, shown(val), orList(allowed))
	}
	return nil
}

func checkTolerance(val *yaml.Node) *Error {
	t, err := strconv.ParseFloat(val.Value, 64)
	if val.Kind != yaml.ScalarNode || err != nil || t < 0 || t >= 1 {
		return at(val, "invalid tolerance %s: give a fraction from 0 up to 1, e.g. 0.05 for figures within 5 %%", shown(val))
	}
	return nil
}

func checkFormat(val *yaml.Node, formats []string) *Error {
	if len(formats) == 0 {
		if val.Kind != yaml.ScalarNode {
			return at(val, "format must be a format name")
		}
		return nil
	}
	return checkWord(val, "format", formats)
}

// checkGroups checks a list of lists of names, each list naming one thing.
func checkGroups(val *yaml.Node, key, example string) *Error {
	if val.Kind != yaml.SequenceNode {
		return at(val, "%s must be a list of lists, e.g. \"- %s\"", key, example)
	}
	for _, g := range val.Content {
		if g.Kind != yaml.SequenceNode {
			return at(g, "each entry of %s must be a list of two or more names, e.g. \"- %s\"", key, example)
		}
		if len(g.Content) < 2 {
			return at(g, "an entry of %s names only one spelling: list two or more, e.g. \"- %s\"", key, example)
		}
		for _, n := range g.Content {
			if n.Kind != yaml.ScalarNode || strings.TrimSpace(n.Value) == "" {
				return at(n, "names in %s must be non-empty text", key)
			}
		}
	}
	return nil
}

func checkIgnore(val *yaml.Node) *Error {
	if val.Kind != yaml.SequenceNode {
		return at(val, "ignore must be a list of glob patterns, e.g. \"- drafts/**/*.txt\"")
	}
	for _, p := range val.Content {
		if p.Kind != yaml.ScalarNode || p.Value == "" {
			return at(p, "ignore patterns must be non-empty text")
		}
		if err := checkPattern(p.Value); err != nil {
			return at(p, "invalid ignore pattern %q: %v", p.Value, err)
		}
	}
	return nil
}

// shown quotes a scalar's text, or says what else the node is.
func shown(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "(a list)"
	case yaml.MappingNode:
		return "(a mapping)"
	}
	return strconv.Quote(n.Value)
}

func at(n *yaml.Node, format string, args ...any) *Error {
	return &Error{Line: n.Line, Err: fmt.Errorf(format, args...)}
}

var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

// yamlError turns a yaml.v3 error ("yaml: line 3: ...") into an Error with
// its line, so every problem reads path:line: message.
func yamlError(err error) *Error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{Line: line, Err: errors.New(m[2])}
	}
	return &Error{Err: fmt.Errorf("invalid YAML: %s", strings.TrimPrefix(msg, "yaml: "))}
}

func join(kinds []claim.Kind) string {
	s := make([]string, len(kinds))
	for i, k := range kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}
