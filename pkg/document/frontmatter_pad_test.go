package document

import "testing"

func TestPublishedWithoutLeadingZeros(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-3-9T8:5:00Z", "2025-03-09T08:05:00Z"},
		{"2025-03-09", "2025-03-09T00:00:00Z"},
		{"2025-12-1 7:30", "2025-12-01T07:30:00Z"},
	}
	for _, tt := range tests {
		got, err := ParsePublished(tt.in)
		if err != nil || got.Format("2006-01-02T15:04:05Z07:00") != tt.want {
			t.Errorf("ParsePublished(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	if _, err := ParsePublished("2025-13-09"); err == nil {
		t.Error("month 13 read as a date")
	}
}

// The ways content systems and feeds write a publication time are read;
// a day and month that could be either way round are not guessed.
func TestPublishedLayouts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-03-14T08:30", "2025-03-14T08:30:00Z"},
		{"2025-03-14T08:30+01:00", "2025-03-14T07:30:00Z"},
		{"2025-03-14 08:30:15", "2025-03-14T08:30:15Z"},
		{"2025/03/14", "2025-03-14T00:00:00Z"},
		{"March 14, 2025", "2025-03-14T00:00:00Z"},
		{"Mar 4, 2025", "2025-03-04T00:00:00Z"},
		{"14 March 2025", "2025-03-14T00:00:00Z"},
		{"Fri, 14 Mar 2025 08:30:00 GMT", "2025-03-14T08:30:00Z"},
		{"Fri, 14 Mar 2025 08:30:00 +0100", "2025-03-14T07:30:00Z"},
		{"Friday, March 14, 2025", "2025-03-14T00:00:00Z"},
	}
	for _, tt := range tests {
		got, err := ParsePublished(tt.in)
		if err != nil || got.Format("2006-01-02T15:04:05Z07:00") != tt.want {
			t.Errorf("ParsePublished(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"03/04/2025", "14/03/2025", "yesterday", "2025-02-30"} {
		if _, err := ParsePublished(bad); err == nil {
			t.Errorf("ParsePublished(%q) read as a date", bad)
		}
	}
}

// "date:", as static-site generators write it, gives the publication time
// when "published:" is absent; "published:" wins; a "date:" that is no
// time is passed over, being no key of ours.
func TestDateKeyStandsInForPublished(t *testing.T) {
	tests := []struct{ header, want string }{
		{"date: 2025-03-14", "2025-03-14"},
		{"date: 2025-03-14\npublished: 2025-03-15", "2025-03-15"},
		{"published: 2025-03-15\ndate: 2025-03-14", "2025-03-15"},
		{"date: soon", ""},
	}
	for _, tt := range tests {
		d, err := markdownDocument("a.md", []byte("---\ntitle: T\n"+tt.header+"\n---\nBody.\n"))
		if err != nil {
			t.Fatalf("%q: %v", tt.header, err)
		}
		got := ""
		if d.Published != nil {
			got = d.Published.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("%q: published %q, want %q", tt.header, got, tt.want)
		}
	}
}
