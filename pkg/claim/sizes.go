package claim

import (
	"cmp"
	"strings"

	"github.com/crosscheck/crosscheck/pkg/mention"
)

// sizeSlot reads a figure in a unit of length, area or weight: "a slab
// about 400 metres wide" (the slab's width), "a 2-kilometre exclusion
// zone" (the zone's size). The slot is the thing measured and, where
// given, the dimension.
func (v *sentenceView) sizeSlot(from, to, mentionEnd int, head string, headAt int) (string, string) {
	if hy := hyphenSuffix(v.ws, from, to, mentionEnd); hy != "" && sizeUnit(hy) {
		thing := v.lastNounAfter(to)
		if thing == "" || pointNouns[stem(thing)] {
			return "", "" // "at the 25-kilometre mark": a point on a route, measuring nothing
		}
		return units[hy].measure + ":" + thing, thing
	}
	if unit := attachedUnit(v.ws, to, mentionEnd); unit != "" {
		head, headAt = unit, to-1 // "fell 600m", "a tower 300m tall"
	}
	if !sizeUnit(head) || headAt < 0 {
		return "", ""
	}
	slot, thing := v.lengthSlot(from, headAt)
	if slot == "" {
		return "", ""
	}
	measure := units[head].measure
	if v.perTime(headAt) && measure == "size" {
		// "150 km/h", "3 metres per second": a speed, measured against
		// speeds only. A mass or a volume in a time ("54,000 tonnes a
		// year") stays what it is, a rate the slot's period marks.
		measure = "speed"
	}
	if measure == "size" && heightVerbs[thing] {
		slot, thing = "size:rise", "rise" // "the plume rose 23 km", "reached 23 km", "climbed to 23 km": one height
	}
	if measure == "speed" && (movingVerbs[lemmaOf(thing)] || movingVerbs[strings.TrimSuffix(thing, "ing")]) {
		// "travelling at 112 km/h", "going at 97 km/h": any verb of
		// moving gives the one speed of the thing that moves.
		slot, thing = "size:travel", "travel"
	}
	return measure + strings.TrimPrefix(slot, "size"), thing
}

// heightVerbs tell the height a thing got to, as "rise" does; "crested"
// and "peaked" name a highest point, which a level on the way is not.
var heightVerbs = map[string]bool{"reach": true, "climb": true, "soar": true, "tower": true}

// movingVerbs say that something moves, and nothing more of its speed.
var movingVerbs = map[string]bool{
	"travel": true, "go": true, "move": true, "run": true, "drive": true, "fly": true,
	"race": true, "speed": true, "head": true, "hurtle": true, "sail": true, "steam": true,
}

// lengthSlot is the slot of a length whose unit is word headAt: the thing
// measured and, where given, the dimension.
func (v *sentenceView) lengthSlot(from, headAt int) (string, string) {
	if place := v.distanceTo(headAt); place != "" {
		if from > 0 && (v.ws[from-1].Lower == "within" || v.ws[from-1].Lower == "to") {
			return "", "" // "within 20 miles of the capital": a radius, not a place's distance
		}
		return "size:distance:" + place, "distance" // "some 18 kilometres north of Tarrow"
	}
	if headAt+1 < len(v.ws) {
		if dim := dimensions[v.ws[headAt+1].Lower]; dim != "" {
			if thing := v.measuredSubject(from); thing != "" {
				return "size:" + dim + ":" + thing, dim // "the section was 86 metres long"
			}
			return "size:" + dim, dim
		}
	}
	if headAt+2 < len(v.ws) && v.ws[headAt+1].Lower == "of" {
		if thing := headClass(v.lastNounAfter(headAt + 2)); thing != "" {
			if v.heldBy(from) {
				// "a tanker carrying 84,000 tonnes of crude": what a
				// vessel holds, not what escaped from it.
				return "size:" + thing + ":held", thing
			}
			return "size:" + thing, thing // "54,000 tonnes of beef"
		}
	}
	if noun := v.measureNounBefore(from); noun != "" && !dimensionNouns[noun] {
		// "sustained winds of 210 km/h": the thing measured; "a height
		// of 6 metres" names only the measure, and its verb says more.
		return "size:" + noun, noun
	}
	if noun := v.estimatedNoun(from); noun != "" {
		return "size:" + noun, noun // "officials put the spill at 12,000 litres": the estimate's object
	}
	if verb := v.measuringVerb(from); verb != "" {
		if revisionVerbs[verb] || scalingVerbs[verb] {
			if thing := v.measuredSubject(from); thing != "" {
				return "size:" + thing, thing // "the spill was revised upwards to 12,000 litres"
			}
		}
		verb = sameAct(verb)
		return "size:" + verb, verb // "the river crested at 8.4 metres"
	}
	return "", ""
}

// distanceTo is the place a length after word headAt is measured from:
// "18 kilometres north of Tarrow", "35 kilometres from the centre of
// Norvia", "12 km south-east of Brennor". Two reports of one distance
// name the same place; "" when no named place follows.
func (v *sentenceView) distanceTo(headAt int) string {
	j := headAt + 1
	if j < len(v.ws) && compassWords[v.ws[j].Lower] {
		j++
	}
	if j >= len(v.ws) || !distancePrepositions[v.ws[j].Lower] {
		return ""
	}
	j++
	if j+2 < len(v.ws) && v.ws[j].Lower == "the" && v.ws[j+2].Lower == "of" {
		j += 3 // "the centre of", "the town of"
	}
	if j >= len(v.ws) || !v.ws[j].Capital {
		return ""
	}
	return v.placeAt(j)
}

var (
	compassWords = map[string]bool{
		"north": true, "south": true, "east": true, "west": true, "north-east": true, "north-west": true,
		"south-east": true, "south-west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	}
	distancePrepositions = map[string]bool{"of": true, "from": true, "off": true, "outside": true}
)

// heldBy: the verb a figure completes says what something holds
// ("carrying", "held", "contained", "loaded with"), a store rather than
// an amount that moved.
func (v *sentenceView) heldBy(from int) bool {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		if isClauseBreak(v.ws[k]) {
			return false
		}
		if v.isVerbAt(k) && !auxiliaries[v.ws[k].Lower] {
			return isHoldingVerb(v.ws[k].Lower)
		}
		if possessiveHave[v.ws[k].Lower] {
			return v.aboardAfter(from) // "had 620 tonnes of diesel aboard": what the vessel carried
		}
	}
	return false
}

var possessiveHave = map[string]bool{"had": true, "has": true, "have": true}

// aboardAfter: "aboard" or "on board" closes the phrase of the figure at
// from, within a few words.
func (v *sentenceView) aboardAfter(from int) bool {
	for j := from + 1; j < len(v.ws) && j <= from+6 && !isClauseBreak(v.ws[j]); j++ {
		if v.ws[j].Lower == "aboard" || v.ws[j].Lower == "on" && j+1 < len(v.ws) && v.ws[j+1].Lower == "board" {
			return true
		}
	}
	return false
}

// isHoldingVerb: w is a form of a verb that says what a vessel, a tank
// or a store holds.
func isHoldingVerb(w string) bool {
	for _, cue := range []string{"carry", "hold", "held", "contain", "load", "store"} {
		if sameVerb(w, cue) {
			return true
		}
	}
	return false
}

// perTime reports a rate over time written after the unit at word j:
// "km/h", "metres per second", "a day".
func (v *sentenceView) perTime(j int) bool {
	ws := v.ws
	if j+1 >= len(ws) {
		return false
	}
	if next := ws[j+1]; next.Start > ws[j].End && v.a.Doc.Text[ws[j].End:next.Start] == "/" {
		return mention.IsDurationUnit(next.Lower) // "km/h"
	}
	if j+2 >= len(ws) {
		return false
	}
	switch ws[j+1].Lower {
	case "per", "a", "an", "every", "each":
		return mention.IsDurationUnit(ws[j+2].Lower)
	}
	return false
}

// measuredSubject is the noun whose dimension a figure gives as the
// subject of its clause ("the section that fell was 86 metres long", "the
// whole bridge is 310 metres long"): a part and its whole are measured
// apart. "" when the subject is no noun ("it was 300 metres long").
func (v *sentenceView) measuredSubject(from int) string {
	start, _ := v.clauseOf(from)
	for j := start; j < from; j++ {
		if strings.HasPrefix(v.tag(j), "NN") && !v.ws[j].Capital && !sizeUnit(stem(v.ws[j].Lower)) {
			return stem(v.ws[j].Lower)
		}
		if v.isVerbAt(j) {
			return ""
		}
	}
	return ""
}

// measuringVerb is the verb a measurement completes in its clause:
// "crested at 8.4 metres", "peaking at 4.6 metres". It names what was
// measured when no noun does.
func (v *sentenceView) measuringVerb(from int) string {
	for k := from - 1; k >= 0 && k >= from-8; k-- {
		if isClauseBreak(v.ws[k]) || v.opensClause(k) || v.ws[k].Lower == "with" {
			return "" // "finished the game with 352 yards": what the subject had, no size its verb measures
		}
		if v.isVerbAt(k) && !auxiliaries[v.ws[k].Lower] {
			return lemmaOf(v.ws[k].Lower)
		}
	}
	return ""
}

// auxiliaries carry tense, not the event.
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "could": true, "may": true,
	"might": true, "can": true, "should": true, "must": true, "do": true, "did": true, "does": true,
}

// lastNounAfter gives the head of the noun phrase that starts at i: its
// last word before a preposition, verb or stop ("exclusion zone around").
func (v *sentenceView) lastNounAfter(i int) string {
	last := ""
	end := i + 3
	for j := i; j < len(v.ws) && j < end; j++ {
		w := v.ws[j].Lower
		if v.ws[j].possessive() || w == "its" || w == "their" {
			// "640 hectares of the region's vines": a possessive names
			// the whole the measured part belongs to; its noun comes after.
			last, end = "", j+3
			continue
		}
		if last != "" && v.tag(j) == "IN" {
			break // "of vines under water": a preposition ends the noun phrase
		}
		if last == "" && j == i && (w == "the" || w == "a" || w == "an") && v.possessiveBetween(j+1, min(j+3, len(v.ws))) {
			end++ // "of the region's vines": the article opens the possessive
			continue
		}
		if v.ws[j].isPunct() || stopAfterNumber[w] || skipAfterNumber[w] || w == "around" || w == "below" || w == "above" || strings.HasSuffix(w, "ed") || participles[w] || v.isFiniteVerbAt(j) || last != "" && strings.HasSuffix(w, "ing") ||
			last != "" && (strings.HasPrefix(v.tag(j), "W") || w == "aboard") {
			// "84,000 tonnes of crude oil ran aground": the verb ends
			// the phrase; "a 23-inch pipe serving the estate": so does a
			// participle after its noun.
			break
		}
		last = stem(w)
	}
	return last
}

// participles that do not end in -ed close a noun phrase: "the 5-kilometre
// zone drawn around the plant".
var participles = map[string]bool{
	"drawn": true, "set": true, "built": true, "made": true, "given": true, "known": true, "shown": true,
	"seen": true, "held": true, "laid": true, "put": true, "cut": true, "hit": true, "left": true,
	"taken": true, "thrown": true, "run": true, "kept": true, "found": true, "burnt": true,
}

// unitScale brings a figure to the base unit of its kind, so that "1.2
// gigawatts" meets "1,200 megawatts" and "2 kilometres" meets "2,000
// metres". base is the symbol of the base unit ("m", "kg"), "" when
// the figure has no unit.
func (v *sentenceView) unitScale(from, to, mentionEnd int) (factor float64, base string) {
	name := cmp.Or(hyphenSuffix(v.ws, from, to, mentionEnd), attachedUnit(v.ws, to, mentionEnd))
	if name == "" && to < len(v.ws) {
		name = stem(v.ws[to].Lower)
	}
	if u, ok := units[name]; ok {
		return u.factor, baseUnits[u.measure]
	}
	return 1, ""
}

// baseUnits are the symbols of the units figures are compared in, by
// measure: a figure shown in them reads as the length it is ("25,000 m"),
// not as a count.
var baseUnits = map[string]string{"size": " m", "area": " ha", "mass": " kg", "volume": " L", "power": " MW",
	"speed": " m/h"}

// attachedUnit is the unit written straight after a figure's digits
// ("600m", "2,000ft", "40km"), by its full name; "" when none.
func attachedUnit(ws []word, to, mentionEnd int) string {
	if to == 0 || to > len(ws) || ws[to-1].End <= mentionEnd {
		return ""
	}
	w := ws[to-1]
	return unitAbbreviations[w.Lower[len(w.Lower)-(w.End-mentionEnd):]]
}

// unitAbbreviations are units written straight after digits.
var unitAbbreviations = map[string]string{
	"m": "metre", "km": "kilometre", "cm": "centimetre", "mm": "millimetre",
	"ft": "foot", "mi": "mile", "kg": "kilogram", "ha": "hectare",
	"mph": "mph", "kph": "kph",
}

// unit is what a unit word measures and its factor to the base unit of
// that measure: metres, hectares, kilograms, litres, megawatts.
type unit struct {
	measure string // "size" (length), "area", "mass", "volume" or "power"
	factor  float64
}

// units are the units figures are measured in, one table for the slot a
// figure takes and the factor that brings it to its base unit. Two
// figures in units of different measures never meet.
var units = map[string]unit{
	"metre": {"size", 1}, "meter": {"size", 1}, "kilometre": {"size", 1000}, "kilometer": {"size", 1000},
	"km": {"size", 1000}, "mile": {"size", 1609.344}, "yard": {"size", 0.9144}, "foot": {"size", 0.3048},
	"feet": {"size", 0.3048}, "centimetre": {"size", 0.01}, "millimetre": {"size", 0.001},
	"inch": {"size", 0.0254}, "inche": {"size", 0.0254}, "centimeter": {"size", 0.01}, "millimeter": {"size", 0.001},
	"hectare": {"area", 1}, "acre": {"area", 0.404686},
	"tonne": {"mass", 1000}, "ton": {"mass", 1000}, "kilogram": {"mass", 1}, "kg": {"mass", 1}, "gram": {"mass", 0.001},
	"litre": {"volume", 1}, "liter": {"volume", 1},
	"gigawatt": {"power", 1000}, "kilowatt": {"power", 0.001}, "gw": {"power", 1000}, "kw": {"power", 0.001},
	// Speeds written as one unit, in metres an hour as "km/h" reads.
	"mph": {"speed", 1609.344}, "kph": {"speed", 1000},
}

// sizeUnit reports a unit a figure's size is read in; power is a
// capacity, read by its role.
func sizeUnit(w string) bool {
	u, ok := units[w]
	return ok && u.measure != "power"
}

var dimensions = map[string]string{
	"wide": "width", "across": "width", "broad": "width", "long": "length", "deep": "depth",
	"high": "height", "tall": "height", "thick": "thickness", "below": "depth", "underground": "depth",
}

// dimensionNouns name a measure, not a thing measured.
var dimensionNouns = map[string]bool{"height": true, "depth": true, "length": true, "width": true,
	"distance": true, "speed": true, "total": true, "size": true, "area": true}

// measureNames come before the figure they name: "magnitude 6.8",
// "category 4", "level 3".
var measureNames = map[string]bool{
	"magnitude": true, "category": true, "level": true, "force": true, "grade": true,
	"score": true, "index": true, "rating": true, "scale": true, "phase": true,
}

// temperatureScales are the units a temperature is read in.
var temperatureScales = map[string]bool{"celsius": true, "fahrenheit": true}

// temperatureSlot reads a temperature: a reading at a place ("41.7C at
// Tarrow airport", "in Norvia"), the day's or the event's highest when
// the clause says so. Readings at two places, or at two hours of a day,
// are two readings; one that names no place says too little to compare.
func (v *sentenceView) temperatureSlot(scale string, from, to int) (Kind, string, float64, string) {
	place := v.readingPlace(from, to)
	if place == "" {
		return "", "", 0, ""
	}
	slot := "temperature:" + scale + ":" + place
	start, end := v.clauseOf(from)
	for _, w := range v.ws[start:end] {
		switch w.Lower {
		case "record", "peak", "peaked", "highest", "hottest", "maximum", "high":
			return KindQuantity, slot + ":peak", 1, "temperature"
		}
	}
	return KindQuantity, slot, 1, "temperature"
}

// readingSites are the places a temperature is read at when no name is
// given ("at the airport").
var readingSites = map[string]bool{"airport": true, "station": true, "observatory": true, "airfield": true}

// readingPlace is the place a reading is taken at: the name or the noun
// after "at" or "in" in the figure's clause ("at Tarrow airport", "in
// Norvia", "at the airport"), folded; "" when the clause names none
// ("in temperatures of more than 30C", "in the shade").
func (v *sentenceView) readingPlace(from, to int) string {
	start, end := v.clauseOf(from)
	for j := start; j+1 < end; j++ {
		if w := v.ws[j].Lower; w != "at" && w != "in" {
			continue
		}
		k := j + 1
		if determiners[v.ws[k].Lower] && k+1 < end {
			k++
		}
		if v.ws[k].Capital && !mention.IsCalendarWord(v.ws[k].Lower) || readingSites[v.ws[k].Lower] {
			last := k
			for last+1 < end && (v.ws[last+1].Capital || readingSites[v.ws[last+1].Lower]) && !mention.IsCalendarWord(v.ws[last+1].Lower) {
				last++
			}
			var words []string
			for _, w := range v.ws[k : last+1] {
				words = append(words, strings.ToLower(w.Text))
			}
			return strings.Join(words, "-")
		}
	}
	return ""
}
