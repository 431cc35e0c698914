package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"path"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/crosscheck/crosscheck/pkg/judge"
)

// A finding's identity is what was claimed, not where: its kind and rule,
// and for each side the document (path, and id within a JSONL stream),
// the normalised value and the words with white space folded. An edit
// elsewhere in an article moves a finding without changing its id, so ids
// quoted in a newsroom's notes, and alerts dismissed in code scanning,
// keep pointing at the same contradiction. The sides are hashed in a fixed
// order, so which side a report puts first does not change the id either.

// Identify gives each finding its id, "kind-" and 12 hex digits of its
// identity. Findings with the same identity (the same words claimed twice
// in one article) are told apart by a running number, "-2", "-3", in
// report order.
func Identify(fs []judge.Finding) {
	seen := map[string]int{}
	for i := range fs {
		id := string(fs[i].Kind) + "-" + identity(fs[i])[:12]
		if seen[id]++; seen[id] > 1 {
			id += "-" + strconv.Itoa(seen[id])
		}
		fs[i].ID = id
	}
}

// identity is the hex SHA-256 of what makes f itself.
func identity(f judge.Finding) string {
	sides := make([]string, len(f.Evidence))
	for i, e := range f.Evidence {
		sides[i] = path.Clean(filepath.ToSlash(e.Path)) + "\x00" + e.ID + "\x00" + canonicalValue(e.Value) + "\x00" + oneLine(e.Text)
	}
	slices.Sort(sides)
	h := sha256.New()
	io.WriteString(h, string(f.Kind)+"\x00"+f.Rule)
	for _, s := range sides {
		io.WriteString(h, "\x00"+s)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// canonicalValue writes a value as JSON with object keys sorted, so a
// value built by the claim stage and the same value read back from an
// extract shard hash alike.
func canonicalValue(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	if plainJSON(v) {
		return string(data) // maps of plain values marshal with sorted keys already
	}
	var generic any
	if json.Unmarshal(data, &generic) != nil {
		return string(data)
	}
	data, _ = json.Marshal(generic)
	return string(data)
}

// plainJSON reports a value made only of what reading JSON back gives
// (maps with string keys, lists, strings, float64s, booleans, nil), and
// whole numbers that marshal as their float64 would: its JSON is already
// canonical.
func plainJSON(v any) bool {
	switch x := v.(type) {
	case nil, string, bool, float64:
		return true
	case int:
		return x > -1<<53 && x < 1<<53
	case map[string]any:
		for _, e := range x {
			if !plainJSON(e) {
				return false
			}
		}
		return true
	case []any:
		for _, e := range x {
			if !plainJSON(e) {
				return false
			}
		}
		return true
	}
	return false
}
