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
