package report

import (
	"encoding/json"
	"math"
	"strconv"

	"github.com/crosscheck/crosscheck/pkg/judge"
)

// Durations are shown in one unit on every side of a finding ("~2.5–3 h
// vs about 7 h", not "~150–180 min vs about 7 h"), so an editor compares
// numbers, not units. The unit is the largest in which every figure is at
// least one and reads cleanly (a whole or half number, or ten or more).

// durationValue is the shape of a duration claim's value.
type durationValue struct {
	Seconds *float64 `json:"seconds"`
	Mod     *string  `json:"mod"`
	Min     *float64 `json:"min"`
	Max     *float64 `json:"max"`
}

type durationUnit struct {
	name    string
	seconds float64
}

var durationUnits = []durationUnit{{"d", 86400}, {"h", 3600}, {"min", 60}, {"s", 1}}

// WithSharedUnits returns fs with each finding's duration displays written
// in one unit. Findings are copied, never changed in place.
func WithSharedUnits(fs []judge.Finding) []judge.Finding {
	out := make([]judge.Finding, len(fs))
	for i, f := range fs {
		out[i] = f
		if displays, ok := durationDisplays(f.Evidence); ok {
			out[i].Evidence = append([]judge.Evidence(nil), f.Evidence...)
			for j := range out[i].Evidence {
				out[i].Evidence[j].Display = displays[j]
			}
		}
	}
	return out
}

// durationDisplays renders every side of a finding whose sides are all
// durations, in a shared unit; ok is false for any other finding.
func durationDisplays(ev []judge.Evidence) ([]string, bool) {
	if len(ev) < 2 {
		return nil, false
	}
	values := make([]durationValue, len(ev))
	var figures []float64
	for i, e := range ev {
		v, ok := asDuration(e.Value)
		if !ok {
			return nil, false
		}
		values[i] = v
		figures = append(figures, v.figures()...)
	}
	unit := sharedUnit(figures)
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = v.display(unit)
	}
	return out, true
}

func asDuration(value any) (durationValue, bool) {
	data, err := json.Marshal(value)
	if err != nil {
		return durationValue{}, false
	}
	var v durationValue
	if json.Unmarshal(data, &v) != nil || v.Seconds == nil {
		return durationValue{}, false
	}
	return v, true
}

// figures are the numbers the display of v shows.
func (v durationValue) figures() []float64 {
	out := []float64{*v.Seconds}
	if v.Mod != nil && *v.Mod == "less" && v.Min != nil && *v.Min > 0 {
		out = append(out, *v.Min)
	}
	if (v.Mod == nil || *v.Mod == "") && v.Min != nil && v.Max != nil && *v.Min > 0 {
		out = append(out, *v.Min, *v.Max)
	}
	return out
}

func sharedUnit(figures []float64) durationUnit {
	for _, u := range durationUnits {
		if readsCleanly(figures, u) {
			return u
		}
	}
	return durationUnits[len(durationUnits)-1]
}

func readsCleanly(figures []float64, u durationUnit) bool {
	for _, f := range figures {
		n := f / u.seconds
		if n < 1 || n < 10 && math.Abs(n*2-math.Round(n*2)) > 1e-9 {
			return false
		}
	}
	return true
}

// display writes the duration with its hedge: "about 7 h", "more than
// 10 h", "~5–6 h" for "nearly six hours" (read as a range below the
// amount), "less than 30 min".
func (v durationValue) display(u durationUnit) string {
	amount := amountIn(*v.Seconds, u)
	mod := ""
	if v.Mod != nil {
		mod = *v.Mod
	}
	switch {
	case mod == "approx":
		return "about " + amount
	case mod == "less" && v.Min != nil && *v.Min < *v.Seconds:
		return "~" + number(*v.Min/u.seconds) + "–" + amount
	case mod == "less":
		return "less than " + amount
	case mod == "more":
		return "more than " + amount
	case v.Min != nil && v.Max != nil && *v.Min < *v.Max:
		return number(*v.Min/u.seconds) + "–" + amountIn(*v.Max, u)
	}
	return amount
}

func amountIn(seconds float64, u durationUnit) string {
	return number(seconds/u.seconds) + " " + u.name
}

// number writes n with at most one decimal and none when it is whole.
func number(n float64) string {
	return strconv.FormatFloat(math.Round(n*10)/10, 'f', -1, 64)
}
