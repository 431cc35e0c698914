package report

import (
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestSARIFSchema checks the sarif format against the SARIF 2.1.0 schema's
// constraints on every object crosscheck writes: the properties each
// object may have (the schema forbids others), the required ones, the
// enumerations, the lower bounds of numbers, and the references between
// objects (rule indexes, related-location ids). The schema's own file is
// not kept here, so its rules for these objects are written out below.
func TestSARIFSchema(t *testing.T) {
	var log map[string]any
	if err := json.Unmarshal([]byte(render(t, "sarif", storyReport(t), Options{Version: "1.2.3"})), &log); err != nil {
		t.Fatal(err)
	}
	for _, problem := range checkSARIFLog(log) {
		t.Error(problem)
	}
}

// sarifObject is what the schema says of one object type: its properties,
// each with the type of its value, and which are required.
type sarifObject struct {
	props    map[string]string
	required []string
}

// The object types crosscheck writes, from the 2.1.0 schema. A property
// type is an object type's name, "[]" and a name for an array of it,
// "{}string" for an object of strings, or one of string, uri, integer≥N,
// enum:a|b, any.
var sarifSchema = map[string]sarifObject{
	"sarifLog": {map[string]string{"$schema": "uri", "version": "enum:2.1.0", "runs": "[]run", "properties": "any"}, []string{"version", "runs"}},
	"run":      {map[string]string{"tool": "tool", "results": "[]result", "columnKind": "enum:utf16CodeUnits|unicodeCodePoints", "originalUriBaseIds": "any", "properties": "any"}, []string{"tool"}},
	"tool":     {map[string]string{"driver": "toolComponent", "properties": "any"}, []string{"driver"}},
	"toolComponent": {map[string]string{"name": "string", "version": "string", "informationUri": "uri", "rules": "[]reportingDescriptor", "properties": "any"},
		[]string{"name"}},
	"reportingDescriptor": {map[string]string{
		"id": "string", "name": "string", "shortDescription": "multiformatMessageString", "fullDescription": "multiformatMessageString",
		"help": "multiformatMessageString", "helpUri": "uri", "defaultConfiguration": "reportingConfiguration", "properties": "any",
	}, []string{"id"}},
	"reportingConfiguration":   {map[string]string{"enabled": "any", "level": "enum:none|note|warning|error", "rank": "any", "parameters": "any", "properties": "any"}, nil},
	"multiformatMessageString": {map[string]string{"text": "string", "markdown": "string", "properties": "any"}, []string{"text"}},
	"result": {map[string]string{
		"ruleId": "string", "ruleIndex": "integer≥-1", "rule": "reportingDescriptorReference", "level": "enum:none|note|warning|error",
		"message": "message", "locations": "[]location", "relatedLocations": "[]location", "partialFingerprints": "{}string", "properties": "any",
	}, []string{"message"}},
	"reportingDescriptorReference": {map[string]string{"id": "string", "index": "integer≥-1", "guid": "string", "toolComponent": "any", "properties": "any"}, nil},
	"message":                      {map[string]string{"text": "string", "markdown": "string", "id": "string", "arguments": "any", "properties": "any"}, nil},
	"location":                     {map[string]string{"id": "integer≥-1", "physicalLocation": "physicalLocation", "message": "message", "properties": "any"}, nil},
	"physicalLocation":             {map[string]string{"artifactLocation": "artifactLocation", "region": "region", "properties": "any"}, nil},
	"artifactLocation":             {map[string]string{"uri": "uri", "uriBaseId": "string", "index": "integer≥-1", "properties": "any"}, nil},
	"region": {map[string]string{
		"startLine": "integer≥1", "startColumn": "integer≥1", "endLine": "integer≥1", "endColumn": "integer≥1",
		"snippet": "artifactContent", "message": "message", "properties": "any",
	}, nil},
	"artifactContent": {map[string]string{"text": "string", "binary": "string", "properties": "any"}, nil},
}

func checkSARIFLog(log map[string]any) []string {
	problems := checkSARIFValue("sarifLog", log, "$")
	// References the schema cannot express: rule indexes point at the
	// driver's rules, and a region does not end before it starts.
	runs, _ := log["runs"].([]any)
	for i, r := range runs {
		run, _ := r.(map[string]any)
		tool, _ := run["tool"].(map[string]any)
		driver, _ := tool["driver"].(map[string]any)
		rules, _ := driver["rules"].([]any)
		results, _ := run["results"].([]any)
		for j, res := range results {
			problems = append(problems, checkResultReferences(res.(map[string]any), rules, fmt.Sprintf("$.runs[%d].results[%d]", i, j))...)
		}
	}
	return problems
}

func checkResultReferences(res map[string]any, rules []any, at string) []string {
	var problems []string
	index, ok := res["ruleIndex"].(float64)
	if !ok {
		return nil
	}
	if int(index) >= len(rules) || index < 0 {
		return append(problems, fmt.Sprintf("%s: ruleIndex %v beyond %d rules", at, index, len(rules)))
	}
	rule, _ := rules[int(index)].(map[string]any)
	ruleID, _ := rule["id"].(string)
	if ref, _ := res["rule"].(map[string]any); ref["id"] != ruleID || ref["index"] != index {
		problems = append(problems, fmt.Sprintf("%s: rule reference %v, rule %d is %v", at, ref, int(index), ruleID))
	}
	if id, _ := res["ruleId"].(string); !hasRulePrefix(id, ruleID) {
		problems = append(problems, fmt.Sprintf("%s: ruleId %q is not rule %v or one of its sub-rules", at, id, rule["id"]))
	}
	var ids []float64
	related, _ := res["relatedLocations"].([]any)
	for _, l := range related {
		loc, _ := l.(map[string]any)
		id, _ := loc["id"].(float64)
		if slices.Contains(ids, id) {
			problems = append(problems, fmt.Sprintf("%s: related location id %v used twice", at, id))
		}
		ids = append(ids, id)
	}
	return problems
}

func hasRulePrefix(ruleID, id string) bool {
	return ruleID == id || len(ruleID) > len(id) && ruleID[:len(id)+1] == id+"/"
}

// checkSARIFValue checks v against the property type typ.
func checkSARIFValue(typ string, v any, at string) []string {
	switch {
	case typ == "any":
		return nil
	case typ == "string":
		return expect(v, at, "a string", func() bool { _, ok := v.(string); return ok })
	case typ == "uri":
		return expect(v, at, "a URI", func() bool {
			s, ok := v.(string)
			_, err := url.Parse(s)
			return ok && err == nil
		})
	case strings.HasPrefix(typ, "enum:"):
		values := strings.Split(strings.TrimPrefix(typ, "enum:"), "|")
		return expect(v, at, "one of "+strings.Join(values, ", "), func() bool { s, ok := v.(string); return ok && slices.Contains(values, s) })
	case strings.HasPrefix(typ, "integer≥"):
		low, _ := strconv.ParseFloat(strings.TrimPrefix(typ, "integer≥"), 64)
		return expect(v, at, fmt.Sprintf("an integer ≥ %v", low), func() bool { n, ok := v.(float64); return ok && n == math.Trunc(n) && n >= low })
	case typ == "{}string":
		m, ok := v.(map[string]any)
		if !ok {
			return []string{at + ": not an object"}
		}
		var problems []string
		for k, s := range m {
			problems = append(problems, checkSARIFValue("string", s, at+"."+k)...)
		}
		return problems
	case strings.HasPrefix(typ, "[]"):
		items, ok := v.([]any)
		if !ok {
			return []string{at + ": not an array"}
		}
		var problems []string
		for i, item := range items {
			problems = append(problems, checkSARIFValue(typ[2:], item, fmt.Sprintf("%s[%d]", at, i))...)
		}
		return problems
	}
	return checkSARIFObject(typ, v, at)
}

func checkSARIFObject(typ string, v any, at string) []string {
	schema, ok := sarifSchema[typ]
	if !ok {
		return []string{at + ": no schema for " + typ}
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return []string{fmt.Sprintf("%s: a %s must be an object", at, typ)}
	}
	var problems []string
	for _, req := range schema.required {
		if _, ok := obj[req]; !ok {
			problems = append(problems, fmt.Sprintf("%s: a %s requires %q", at, typ, req))
		}
	}
	for k, val := range obj {
		propType, ok := schema.props[k]
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: a %s has no property %q", at, typ, k))
			continue
		}
		problems = append(problems, checkSARIFValue(propType, val, at+"."+k)...)
	}
	return problems
}

func expect(v any, at, what string, ok func() bool) []string {
	if ok() {
		return nil
	}
	return []string{fmt.Sprintf("%s: %v is not %s", at, v, what)}
}

// TestSARIFSchemaCatches: the checks above fail on what the schema
// forbids, so that a passing run means something.
func TestSARIFSchemaCatches(t *testing.T) {
	tests := map[string]string{
		"unknown property":   `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "colour": "red"}}}]}`,
		"missing driver":     `{"version": "2.1.0", "runs": [{"tool": {}}]}`,
		"bad level":          `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "a"}]}}, "results": [{"message": {"text": "m"}, "level": "fatal", "ruleIndex": 0, "rule": {"id": "a", "index": 0}, "ruleId": "a", "relatedLocations": []}]}]}`,
		"line zero":          `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]}`,
		"rule index too far": `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "a"}]}}, "results": [{"message": {"text": "m"}, "ruleIndex": 1, "ruleId": "a"}]}]}`,
		"wrong version":      `{"version": "2.0.0", "runs": []}`,
	}
	for name, doc := range tests {
		var log map[string]any
		if err := json.Unmarshal([]byte(doc), &log); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		problems := checkSARIFLog(log)
		if len(problems) != 1 {
			t.Errorf("%s: want one problem in %s, found %q", name, doc, problems)
		}
	}
}
