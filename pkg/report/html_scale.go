package report

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

// valueScale maps a measure's values (counts, seconds, days since 1970)
// to heights on a chart.
type valueScale struct {
	kind   claim.Kind
	lo, hi float64 // in units
	// per is how many of the claim's values make one unit of the axis
	// (3600 for a duration axis in hours); unit names it.
	per  float64
	unit string
	step float64
}

func newValueScale(kind claim.Kind, figs []figure) valueScale {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, f := range figs {
		lo = math.Min(lo, float64(f.c.Lo))
		hi = math.Max(hi, float64(f.c.Lo))
		if h := float64(f.c.Hi); !math.IsInf(h, 1) {
			hi = math.Max(hi, h)
		} else {
			hi = math.Max(hi, float64(f.c.Lo)*1.3)
		}
	}
	s := valueScale{kind: kind, per: 1}
	if kind == claim.KindDate {
		s.unit = "date"
		s.lo, s.hi = math.Floor(lo)-1, math.Ceil(hi)+1
		s.step = math.Max(1, math.Ceil((s.hi-s.lo)/6))
		return s
	}
	if kind == claim.KindDuration {
		s.per, s.unit = axisDurationUnit(hi)
	}
	s.lo = math.Min(0, lo/s.per)
	s.step = niceStep((hi/s.per - s.lo) * 1.1 / 5)
	s.hi = math.Max(s.lo+s.step, math.Ceil(hi/s.per*1.1/s.step)*s.step)
	return s
}

// axisDurationUnit picks the unit a duration axis reads best in.
func axisDurationUnit(maxSeconds float64) (float64, string) {
	switch {
	case maxSeconds < 2*3600:
		return 60, "minutes"
	case maxSeconds < 3*86400:
		return 3600, "hours"
	}
	return 86400, "days"
}

// niceStep rounds a raw step up to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 || math.IsNaN(raw) || math.IsInf(raw, 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// pos is the height of value v (in the claim's own units).
func (s valueScale) pos(v float64) float64 {
	u := math.Max(s.lo, math.Min(s.hi, v/s.per))
	return plotBottom - (u-s.lo)/(s.hi-s.lo)*(plotBottom-plotTop)
}

func (s valueScale) ticks() []tick {
	var out []tick
	for u := math.Ceil(s.lo/s.step) * s.step; u <= s.hi+s.step/1e6; u += s.step {
		out = append(out, tick{Pos: num(s.pos(u * s.per)), Label: s.tickLabel(u)})
	}
	return out
}

func (s valueScale) tickLabel(u float64) string {
	if s.kind == claim.KindDate {
		return time.Unix(int64(u)*86400, 0).UTC().Format("Mon 2 Jan")
	}
	return groupThousands(u)
}

// groupThousands writes 12500 as "12,500", keeping one decimal when needed.
func groupThousands(v float64) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s = strconv.FormatFloat(math.Abs(v), 'f', 1, 64)
	}
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// timeScale maps as-of times across a chart. Figures without a time go
// in a column of their own at the right.
type timeScale struct {
	lo, hi  time.Time
	undated bool
	right   float64
	step    time.Duration
}

// timeSteps are the spacings tried for the time axis, finest first.
var timeSteps = []time.Duration{
	time.Hour, 2 * time.Hour, 3 * time.Hour, 6 * time.Hour, 12 * time.Hour,
	24 * time.Hour, 48 * time.Hour, 7 * 24 * time.Hour, 14 * 24 * time.Hour,
	30 * 24 * time.Hour, 91 * 24 * time.Hour, 365 * 24 * time.Hour,
}

func newTimeScale(figs []figure) timeScale {
	s := timeScale{right: plotRight}
	first := true
	for _, f := range figs {
		if !f.dated {
			s.undated = true
			continue
		}
		if first || f.when.Before(s.lo) {
			s.lo = f.when
		}
		if first || f.when.After(s.hi) {
			s.hi = f.when
		}
		first = false
	}
	if s.undated {
		s.right -= undatedWidth
	}
	span := s.hi.Sub(s.lo)
	if span == 0 {
		span = 24 * time.Hour
	}
	pad := span / 8
	s.lo, s.hi = s.lo.Add(-pad), s.hi.Add(pad)
	s.step = timeSteps[len(timeSteps)-1]
	for _, st := range timeSteps {
		// Labels with a time of day are twice as wide: half as many fit.
		fit := time.Duration(6)
		if st < 24*time.Hour {
			fit = 3
		}
		if s.hi.Sub(s.lo)/st <= fit {
			s.step = st
			break
		}
	}
	return s
}

func (s timeScale) pos(t time.Time) float64 {
	return plotLeft + float64(t.Sub(s.lo))/float64(s.hi.Sub(s.lo))*(s.right-plotLeft)
}

func (s timeScale) ticks() []tick {
	layout := "2 Jan"
	switch {
	case s.step < 24*time.Hour:
		layout = "2 Jan 15:04"
	case s.step >= 30*24*time.Hour:
		layout = "Jan 2006"
	}
	var out []tick
	for t := s.lo.Truncate(s.step); !t.After(s.hi); t = t.Add(s.step) {
		if t.Before(s.lo) {
			continue
		}
		out = append(out, tick{Pos: num(s.pos(t)), Label: t.UTC().Format(layout)})
	}
	return out
}
