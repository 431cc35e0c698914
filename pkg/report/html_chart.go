package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
)

// A chart shows the figures the articles give for one measure (people
// killed, the length of a search, the day of an event) against the time
// each figure holds for, so that an editor sees how each outlet's figure
// moved. An exact figure is a point; a hedged one ("at least 14", "nearly
// six hours") is a bar over the range it allows, with an arrow where it is
// open. Each outlet has a colour and a shape; the figures a finding
// opposes are ringed and joined by a dashed line labelled with the
// finding's number.

// chart geometry, in SVG user units.
const (
	chartWidth   = 560
	chartHeight  = 260
	plotLeft     = 88
	plotRight    = 540
	plotTop      = 18
	plotBottom   = 222
	undatedWidth = 56
)

type chart struct {
	Anchor     string
	Title      string
	Desc       string
	Unit       string
	Width      int
	Height     int
	Frame      frame
	XTicks     []tick
	YTicks     []tick
	Undated    *tick
	Connectors []connector
	Marks      []chartMark
	Legend     []legendItem
	Rows       []figureRow
}

type frame struct{ X0, Y0, X1, Y1 string }

type tick struct {
	Pos   string
	Label string
}

// chartMark is one figure.
type chartMark struct {
	Title  string
	Href   string
	X, Y   string
	Bar    *bar
	Shape  string
	Color  string
	Hollow bool
	Ringed bool
	Label  *label
}

// bar is the range of a hedged figure; Open* mark an end without bound.
type bar struct {
	X, Top, Bottom      string
	OpenTop, OpenBottom bool
}

type label struct{ X, Y, Text string }

// connector joins the two figures a finding opposes.
type connector struct {
	X1, Y1, X2, Y2 string
	Label          label
	Href           string
	Title          string
}

type legendItem struct {
	Name   string
	Swatch swatch
}

// figureRow is a figure in the table that gives each chart's data as text.
type figureRow struct {
	Outlet   string
	Swatch   swatch
	AsOf     timeLabel
	Value    string
	Words    string
	Source   string
	Href     string
	Findings []findingRef
}

// measure is what one chart is about.
type measure struct {
	story string
	kind  claim.Kind
	slot  string
}

// figure is a claim placed on a chart.
type figure struct {
	c       claim.Claim
	doc     int // index in Report.Documents, -1 when unknown
	when    time.Time
	dated   bool
	asOf    string
	refs    []findingRef
	x, y    float64
	openTop bool
}

// chartedKinds are the kinds whose claims have a value on a line, in the
// order their charts come: tolls first, the story's changing figures.
var chartedKinds = []claim.Kind{claim.KindCasualties, claim.KindQuantity, claim.KindDuration, claim.KindDate}

func buildCharts(r *Report, docs *docIndex, outlets *outlets, ps *places) []chart {
	refs := findingRefsByPlace(r, docs)
	groups := map[measure][]figure{}
	var order []measure
	for _, c := range r.Claims {
		if !chartable(c) {
			continue
		}
		m := measure{c.Story, c.Kind, c.Slot}
		if _, ok := groups[m]; !ok {
			order = append(order, m)
		}
		f := newFigure(c, r, docs)
		f.refs = refs[placeKey(f.doc, c.Evidence)]
		groups[m] = append(groups[m], f)
	}
	// Within a kind, the measures a finding disputes come first.
	disputed := func(m measure) int {
		if disputedMeasure(groups[m]) {
			return 0
		}
		return 1
	}
	slices.SortFunc(order, func(a, b measure) int {
		return cmp.Or(cmp.Compare(a.story, b.story), cmp.Compare(slices.Index(chartedKinds, a.kind), slices.Index(chartedKinds, b.kind)),
			cmp.Compare(disputed(a), disputed(b)), cmp.Compare(a.slot, b.slot))
	})
	stories := 0
	for i, m := range order {
		if i == 0 || m.story != order[i-1].story {
			stories++
		}
	}
	var charts []chart
	for _, m := range order {
		figs := groups[m]
		if !worthCharting(m, figs) {
			continue
		}
		c := newChart(len(charts), m, figs, stories > 1, outlets, ps)
		charts = append(charts, c)
	}
	return charts
}

// chartable keeps the claims with a value on a line about the story's own
// events: not a figure the text denies, nor one of an earlier or planned
// event it sets apart.
func chartable(c align.Claim) bool {
	return slices.Contains(chartedKinds, c.Kind) && !c.Refuted && !c.Event.Other && !c.Event.Planned &&
		!math.IsInf(float64(c.Lo), 0) && !math.IsNaN(float64(c.Lo)) && !math.IsNaN(float64(c.Hi)) && c.Hi >= c.Lo
}

// worthCharting keeps a measure that some finding disputes, and a count
// that changes between articles: the same figure in every article, or a
// figure only one article gives, has no story to tell over time.
func worthCharting(m measure, figs []figure) bool {
	if disputedMeasure(figs) {
		return true
	}
	if m.kind != claim.KindCasualties && m.kind != claim.KindQuantity {
		return false
	}
	docs := map[int]bool{}
	same := true
	for _, f := range figs {
		docs[f.doc] = true
		same = same && f.c.Lo == figs[0].c.Lo && f.c.Hi == figs[0].c.Hi
	}
	return len(docs) > 1 && !same
}

// disputedMeasure reports whether a finding opposes any of the figures.
func disputedMeasure(figs []figure) bool {
	return slices.ContainsFunc(figs, func(f figure) bool { return len(f.refs) > 0 })
}

// findingRefsByPlace lists, for each claim's words, the findings it is a side of.
func findingRefsByPlace(r *Report, docs *docIndex) map[string][]findingRef {
	refs := map[string][]findingRef{}
	for i, f := range r.Findings {
		for _, e := range f.Evidence {
			doc, ok := docs.document(e.Span)
			if !ok {
				doc = -1
			}
			k := placeKey(doc, e.Span)
			refs[k] = append(refs[k], findingRef{Href: "#" + findingAnchor(i), Number: i + 1, Label: fmt.Sprintf("finding %d: %s %s", i+1, f.Severity, f.Kind)})
		}
	}
	return refs
}

func newFigure(c align.Claim, r *Report, docs *docIndex) figure {
	f := figure{c: c.Claim, doc: -1, asOf: c.AsOf}
	if i, ok := docs.ofClaim(c.Claim); ok {
		f.doc = i
		if f.asOf == "" {
			f.asOf = r.Documents[i].Published
		}
	}
	f.when, _, f.dated = parseWhen(f.asOf)
	return f
}

func newChart(n int, m measure, figs []figure, manyStories bool, outlets *outlets, ps *places) chart {
	slices.SortStableFunc(figs, func(a, b figure) int {
		return cmp.Or(compareWhen(a, b), cmp.Compare(a.doc, b.doc), cmp.Compare(a.c.Evidence.Start, b.c.Evidence.Start))
	})
	ys := newValueScale(m.kind, figs)
	xs := newTimeScale(figs)
	right := xs.right
	c := chart{
		Anchor: fmt.Sprintf("chart-%d", n+1),
		Title:  measureTitle(m, manyStories),
		Unit:   ys.unit,
		Width:  chartWidth,
		Height: chartHeight,
		YTicks: ys.ticks(),
		XTicks: xs.ticks(),
	}
	if xs.undated {
		c.Undated = &tick{Pos: num(float64(plotRight - undatedWidth/2)), Label: "no date"}
	}
	c.Frame = frame{num(plotLeft), num(plotTop), num(right), num(plotBottom)}
	placeFigures(figs, xs, ys)
	legend := map[string]bool{}
	for _, f := range figs {
		o := outletOf(f, outlets)
		c.Marks = append(c.Marks, newMark(f, o, ys, ps))
		c.Rows = append(c.Rows, newFigureRow(f, o, ps))
		if !legend[o.name] {
			legend[o.name] = true
			c.Legend = append(c.Legend, legendItem{Name: o.name, Swatch: o.swatch})
		}
	}
	c.Connectors = connect(figs, c.Marks)
	c.Desc = chartDesc(figs, len(c.Legend))
	return c
}

func compareWhen(a, b figure) int {
	if a.dated != b.dated {
		if a.dated {
			return -1
		}
		return 1
	}
	return a.when.Compare(b.when)
}

func outletOf(f figure, outlets *outlets) outlet {
	if f.doc < 0 {
		return outlet{name: f.c.Evidence.Path, swatch: unknownOutlet}
	}
	return outlets.of(f.doc)
}

// measureTitle names a chart: "Casualties: killed", "Duration: rescue".
func measureTitle(m measure, manyStories bool) string {
	slot := m.slot
	for _, prefix := range []string{string(m.kind) + ":", "duration:", "date:", "count:"} {
		slot = strings.TrimPrefix(slot, prefix)
	}
	title := strings.ToUpper(string(m.kind[:1])) + string(m.kind[1:]) + ": " + strings.ReplaceAll(slot, ":", ", ")
	if manyStories && m.story != "" {
		title += " (" + strings.ReplaceAll(m.story, "\x00", ": ") + ")"
	}
	return title
}

// placeFigures sets each figure's position. Figures of one time are
// spread sideways a little, so that bars of different outlets at the same
// time stay apart.
func placeFigures(figs []figure, xs timeScale, ys valueScale) {
	atX := map[float64]int{}
	for i := range figs {
		f := &figs[i]
		if f.dated {
			f.x = xs.pos(f.when)
		} else {
			f.x = float64(plotRight - undatedWidth/2)
		}
		atX[f.x]++
	}
	seen := map[float64]int{}
	for i := range figs {
		f := &figs[i]
		k := f.x
		f.x += (float64(seen[k]) - float64(atX[k]-1)/2) * 14
		seen[k]++
		f.y = ys.pos(float64(f.c.Lo))
		if hi := float64(f.c.Hi); !math.IsInf(hi, 1) {
			f.y = (f.y + ys.pos(hi)) / 2
		} else {
			f.openTop = true
		}
	}
}

func newMark(f figure, o outlet, ys valueScale, ps *places) chartMark {
	mk := chartMark{
		Title:  figureTitle(f, o),
		X:      num(f.x),
		Y:      num(f.y),
		Shape:  o.swatch.Shape,
		Color:  o.swatch.Color,
		Hollow: !exact(f.c),
		Ringed: len(f.refs) > 0,
	}
	if len(f.refs) > 0 {
		mk.Href = f.refs[0].Href
	} else {
		mk.Href = ps.anchor(f.c.Evidence)
	}
	if !exact(f.c) {
		b := &bar{X: num(f.x), Bottom: num(ys.pos(float64(f.c.Lo))), OpenTop: f.openTop}
		if f.openTop {
			b.Top = num(plotTop + 2)
		} else {
			b.Top = num(ys.pos(float64(f.c.Hi)))
		}
		mk.Bar = b
	}
	return mk
}

func exact(c claim.Claim) bool { return c.Exact || c.Lo == c.Hi }

func figureTitle(f figure, o outlet) string {
	when := "no date"
	if f.dated {
		when = "as of " + newTimeLabel(f.asOf).Human
	}
	t := fmt.Sprintf("%s, %s: %s (“%s”)", o.name, when, f.c.Display, shortQuote(f.c.Evidence.Text, 60))
	if len(f.refs) > 0 {
		var nums []string
		for _, r := range f.refs {
			nums = append(nums, strconv.Itoa(r.Number))
		}
		t += "; finding " + strings.Join(nums, ", ")
	}
	return t
}

func newFigureRow(f figure, o outlet, ps *places) figureRow {
	row := figureRow{
		Outlet:   o.name,
		Swatch:   o.swatch,
		Value:    f.c.Display,
		Words:    shortQuote(f.c.Evidence.Text, maxQuote),
		Source:   f.c.Source,
		Href:     ps.anchor(f.c.Evidence),
		Findings: f.refs,
	}
	if f.dated {
		row.AsOf = newTimeLabel(f.asOf)
	} else {
		row.AsOf = timeLabel{Human: "no date"}
	}
	return row
}

// connect joins the two figures of each finding on this chart.
func connect(figs []figure, marks []chartMark) []connector {
	at := map[int][]int{} // finding number -> figures
	var numbers []int
	for i, f := range figs {
		for _, r := range f.refs {
			if _, ok := at[r.Number]; !ok {
				numbers = append(numbers, r.Number)
			}
			at[r.Number] = append(at[r.Number], i)
		}
	}
	slices.Sort(numbers)
	var out []connector
	for _, n := range numbers {
		ends := at[n]
		a := figs[ends[0]]
		ref := refNumbered(a.refs, n)
		if len(ends) < 2 {
			marks[ends[0]].Label = &label{X: num(a.x + 9), Y: num(a.y - 9), Text: strconv.Itoa(n)}
			continue
		}
		b := figs[ends[1]]
		out = append(out, connector{
			X1: num(a.x), Y1: num(a.y), X2: num(b.x), Y2: num(b.y),
			Label: label{X: num((a.x + b.x) / 2), Y: num((a.y + b.y) / 2), Text: strconv.Itoa(n)},
			Href:  ref.Href,
			Title: ref.Label,
		})
	}
	return out
}

func refNumbered(refs []findingRef, n int) findingRef {
	for _, r := range refs {
		if r.Number == n {
			return r
		}
	}
	return findingRef{}
}

func chartDesc(figs []figure, outlets int) string {
	var dated []figure
	for _, f := range figs {
		if f.dated {
			dated = append(dated, f)
		}
	}
	d := fmt.Sprintf("%s from %s", plural(len(figs), "figure", "figures"), plural(outlets, "outlet", "outlets"))
	if len(dated) > 0 {
		first, last := newTimeLabel(dated[0].asOf).Human, newTimeLabel(dated[len(dated)-1].asOf).Human
		if first == last {
			d += ", as of " + first
		} else {
			d += ", as of " + first + " to " + last
		}
	}
	return d + ". The table below gives each figure."
}

// num writes a coordinate with one decimal, the same on every machine.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0")
}
