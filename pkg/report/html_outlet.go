package report

import (
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
)

// outlet is who published an article, and how the page draws it: one
// colour and one shape each, so that no reader needs the colour alone to
// tell two outlets apart.
type outlet struct {
	name   string
	swatch swatch
}

// swatch is an outlet's colour and marker shape.
type swatch struct {
	Color string
	// Class sets Color on text; Glyph is the shape as a character, which
	// costs a browser far less to draw next to each of many findings than
	// an SVG of its own.
	Class string
	Glyph string
	// Shape is an SVG path centred on 0,0, about 12 units across.
	Shape     string
	ShapeName string
}

// outletColors are dark enough for 3:1 contrast with white (as marks on a
// chart need) and distinct for common colour blindness; the shapes carry
// the difference when they are not.
var outletColors = []string{"#0b62a4", "#b34700", "#00745a", "#a3347a", "#5b4aa0", "#7a5d00", "#37474f", "#1d6f84"}

var outletShapes = []struct{ name, glyph, path string }{
	{"circle", "●", "M-5.5 0a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0z"},
	{"square", "■", "M-5-5h10v10h-10z"},
	{"triangle", "▲", "M0-6.5L6 4.5H-6z"},
	{"diamond", "◆", "M0-6.5L6.5 0L0 6.5L-6.5 0z"},
	{"inverted triangle", "▼", "M0 6.5L6-4.5H-6z"},
	{"cross", "✚", "M-2-6.5h4v4.5h4.5v4h-4.5v4.5h-4v-4.5h-4.5v-4h4.5z"},
}

// unknownOutlet draws a side whose document the report does not list.
var unknownOutlet = newSwatch(-1)

// newSwatch is the n-th outlet's swatch; -1 gives the grey of an unknown one.
func newSwatch(n int) swatch {
	if n < 0 {
		shape := outletShapes[0]
		return swatch{Color: "#555555", Class: "o-unknown", Glyph: shape.glyph, Shape: shape.path, ShapeName: shape.name}
	}
	shape := outletShapes[n%len(outletShapes)]
	c := n % len(outletColors)
	return swatch{Color: outletColors[c], Class: "o" + strconv.Itoa(c), Glyph: shape.glyph, Shape: shape.path, ShapeName: shape.name}
}

// outletClasses are the CSS classes of newSwatch, with their colours.
func outletClasses() []swatch {
	out := []swatch{unknownOutlet}
	for i := range outletColors {
		out = append(out, newSwatch(i))
	}
	return out
}

// outlets gives each document its outlet, one swatch per outlet name.
type outlets struct {
	byDoc []outlet
}

func newOutlets(docs []pipeline.DocumentInfo) *outlets {
	o := &outlets{}
	seen := map[string]swatch{}
	for _, d := range docs {
		name := outletName(d)
		sw, ok := seen[name]
		if !ok {
			sw = newSwatch(len(seen))
			seen[name] = sw
		}
		o.byDoc = append(o.byDoc, outlet{name: name, swatch: sw})
	}
	return o
}

// outletName is the article's source, else its title, else its file name.
func outletName(d pipeline.DocumentInfo) string {
	for _, s := range []string{d.Source, d.Title} {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	if d.ID != "" {
		return d.ID
	}
	return path.Base(d.Path)
}

func (o *outlets) of(doc int) outlet { return o.byDoc[doc] }

func (o *outlets) ofSpan(s document.Span, docs *docIndex) outlet {
	if i, ok := docs.document(s); ok {
		return o.of(i)
	}
	return outlet{name: s.Path, swatch: unknownOutlet}
}

// timeLabel is a time as a reader and as a machine read it.
type timeLabel struct {
	Machine string
	Human   string
}

// timeLayouts are the forms publication times and as-of times take.
var timeLayouts = []struct {
	layout, human string
	clock         bool
}{
	{time.RFC3339, "Mon 2 Jan 2006, 15:04 UTC", true},
	{"2006-01-02T15:04:05", "Mon 2 Jan 2006, 15:04", true},
	{"2006-01-02T15:04", "Mon 2 Jan 2006, 15:04", true},
	{"2006-01-02 15:04:05", "Mon 2 Jan 2006, 15:04", true},
	{"2006-01-02 15:04", "Mon 2 Jan 2006, 15:04", true},
	{"2006-01-02", "Mon 2 Jan 2006", false},
	{"2006-01", "January 2006", false},
	{"2006", "2006", false},
}

// parseWhen reads a publication or as-of time, and says it for a reader.
// Times without a zone are taken as UTC, which only places them on a
// chart's time axis.
func parseWhen(s string) (t time.Time, human string, ok bool) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			if l.clock {
				t = t.UTC()
			}
			return t, t.Format(l.human), true
		}
	}
	return time.Time{}, s, false
}

func newTimeLabel(s string) timeLabel {
	_, human, ok := parseWhen(s)
	if !ok {
		return timeLabel{Human: s}
	}
	return timeLabel{Machine: strings.TrimSpace(s), Human: human}
}
