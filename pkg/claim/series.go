package claim

import "strings"

// IsSeries reports whether a slot counts something that grows as a story
// unfolds (a toll, evacuations, damage, arrests, cases), so that a higher
// figure published later updates an earlier one, and one article may give
// several values of it for several moments. The roles say which of theirs
// do (role.Series); counted nouns of that nature are listed here.
func IsSeries(slot string) bool {
	name, rest, _ := strings.Cut(strings.TrimPrefix(slot, "change:"), ":")
	if seriesRoles[name] {
		return true
	}
	if name == "count" {
		head, _, _ := strings.Cut(rest, ":")
		return seriesNouns[head]
	}
	return false
}

var seriesRoles = rolesWhere(func(r role) bool { return r.Series })

// rolesWhere names the roles for which keep holds.
func rolesWhere(keep func(role) bool) map[string]bool {
	out := map[string]bool{}
	for _, cue := range roleCues {
		if keep(cue.Role) {
			out[cue.Role.Name] = true
		}
	}
	for _, r := range cuelessRoles {
		if keep(r) {
			out[r.Name] = true
		}
	}
	return out
}

// cuelessRoles are roles no single word gives, read from a phrase ("in a
// serious condition").
var cuelessRoles = []role{roleCondition}

var seriesNouns = map[string]bool{
	"case": true, "infection": true, "signature": true, "complaint": true, "arrest": true, "claim": true,
}

// CountsDead reports whether a slot counts the dead, the figure that
// grows as people missing, trapped or in a critical condition are found
// or die. Counts of the hurt are made as the hurt are treated and do not
// wait on the fate of others.
func CountsDead(slot string) bool {
	name, _, _ := strings.Cut(slot, ":")
	return name == roleKilled.Name || name == roleBodies.Name
}

// MovesBothWays reports whether a slot counts something that falls as
// well as rises as a story unfolds (people missing, trapped or still in
// hospital), so that only figures for the same moment can conflict.
func MovesBothWays(slot string) bool {
	name, _, _ := strings.Cut(slot, ":")
	return movingRoles[name]
}

var movingRoles = rolesWhere(func(r role) bool { return r.Moves })

// AlwaysHeld reports whether a claim's figure always belongs to someone
// it names or leaves unnamed: a length (a defendant's term, a rider's
// ban), a share of a vote (a party's) or a move in price (a company's
// shares). A story that gives such a figure for several names leaves one
// that names none unplaced. A count's holder is often its agent (the
// storm that killed), which says nothing of whose count it is.
func AlwaysHeld(kind Kind, slot string) bool {
	return kind == KindDuration || strings.HasPrefix(slot, "percent:vote") || isMove(slot)
}

// isMove: a share that moved up or down ("shares in Norvik fell 4.2%"),
// which moveDirection marks with its direction.
func isMove(slot string) bool {
	return strings.HasPrefix(slot, "percent:") && (strings.HasSuffix(slot, ":up") || strings.HasSuffix(slot, ":down"))
}

// IsLevel: the slot measures a level or a size, which each stage of a
// count states afresh, not an amount that stages add up to.
func IsLevel(slot string) bool {
	for _, p := range []string{"percent", "votes", "vote", "points", "size", "speed", "measure", "seat", "population", "change", "offset", "since"} {
		if slot == p || strings.HasPrefix(slot, p+":") {
			return true
		}
	}
	return false
}
