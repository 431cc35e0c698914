// Package mention owns the second stage of the pipeline: finding the typed
// expressions that claims are built from (numbers, durations and dates) in
// prose text and normalising each to a value, with hedges ("nearly", "more
// than") and vague magnitudes ("tens of thousands") read as intervals.
package mention

import (
	"encoding/json"
	"math"
	"time"
)

// Type names what a mention expresses.
type Type string

const (
	TypeNumber   Type = "number"
	TypeDuration Type = "duration"
	TypeDate     Type = "date"
)

// Mod is the hedge attached to an amount.
type Mod string

const (
	ModNone   Mod = ""
	ModApprox Mod = "approx" // about, around, roughly, some
	ModLess   Mod = "less"   // less than, under, nearly, almost, up to, fewer than
	ModMore   Mod = "more"   // more than, over, at least, upwards of
)

// Mention is one typed expression found in a text.
type Mention struct {
	Type  Type
	Start int // byte offset in the analysed text
	End   int // exclusive
	Text  string

	Number   *Number
	Duration *Duration
	Date     *Date
}

// Number is a count, amount, share or money figure.
type Number struct {
	Value float64
	// Min and Max bound what the expression allows, hedges and vagueness
	// included; +Inf for "more than" without an upper end.
	Min, Max float64
	Mod      Mod
	// Unit is "" for a plain count, "percent" for shares, or a currency code
	// ("USD", "EUR", ...) for money.
	Unit string
	// Vague marks magnitude words ("dozens", "tens of thousands", "several").
	Vague bool
	// Of is the whole in "nine of 14" (0 when absent).
	Of float64
}

// Duration is a length of time.
type Duration struct {
	Seconds  float64
	Mod      Mod
	Min, Max float64 // interval in seconds; Max may be +Inf
	// Adjectival marks the "a 90-minute call" form, where the noun follows.
	Adjectival bool
}

// Date is a calendar day, month or year, resolved against the article's
// publication time when relative.
type Date struct {
	// Exactly one of Day, Month, Year is set once resolved.
	Day   string // "2025-03-18"
	Month string // "2025-03"
	Year  int
	// Relative marks expressions anchored on publication ("on Monday",
	// "two days ago"); Unresolved is true when no anchor was available.
	Relative   bool
	Unresolved bool
	// WeekdayMismatch is set when the text names a weekday that the date
	// does not fall on ("Tuesday, March 12" when March 12 is a Wednesday).
	WeekdayMismatch bool
	// StatedWeekday is the weekday written in the text, if any.
	StatedWeekday string
}

// Reference is what relative dates are resolved against.
type Reference struct {
	// Published is the article's publication time; nil when unknown.
	Published *time.Time
}

// Find returns the mentions in text in order of Start, non-overlapping:
// where expressions overlap, a date or duration wins over the numbers
// inside it.
func Find(text string, ref Reference) []Mention {
	return find(text, ref)
}

// MarshalJSON writes the mention in the shape CONTRACT.md gives.
func (m Mention) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Type  Type   `json:"type"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Value any    `json:"value"`
	}{m.Type, m.Start, m.End, m.Text, m.Value()})
}

// Value is the JSON value object of the mention.
func (m Mention) Value() any {
	switch {
	case m.Number != nil:
		return m.Number.jsonValue()
	case m.Duration != nil:
		return m.Duration.jsonValue()
	case m.Date != nil:
		return m.Date.jsonValue()
	}
	return map[string]any{}
}

func bound(x float64) any {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return nil
	}
	return x
}

func (n *Number) jsonValue() map[string]any {
	v := map[string]any{"value": n.Value}
	if n.Min != n.Value || n.Max != n.Value {
		v["min"], v["max"] = bound(n.Min), bound(n.Max)
	}
	if n.Mod != ModNone {
		v["mod"] = string(n.Mod)
	}
	if n.Unit != "" {
		v["unit"] = n.Unit
	}
	if n.Of != 0 {
		v["of"] = n.Of
	}
	return v
}

func (d *Duration) jsonValue() map[string]any {
	v := map[string]any{"seconds": d.Seconds, "mod": nil}
	if d.Mod != ModNone {
		v["mod"] = string(d.Mod)
	}
	if d.Min != d.Seconds || d.Max != d.Seconds {
		v["min"], v["max"] = bound(d.Min), bound(d.Max)
	}
	return v
}

func (d *Date) jsonValue() map[string]any {
	v := map[string]any{}
	switch {
	case d.Day != "":
		v["date"] = d.Day
	case d.Month != "":
		v["month"] = d.Month
	case d.Year != 0:
		v["year"] = d.Year
	}
	if d.Unresolved {
		v["unresolved"] = true
	}
	if d.WeekdayMismatch {
		v["weekday_mismatch"] = d.StatedWeekday
	}
	return v
}
