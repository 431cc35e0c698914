package mention

import (
	"encoding/json"
	"os"
	"testing"
	"time"
)

func TestDbg(t *testing.T) {
	fn := os.Getenv("F")
	if fn == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(fn)
	p := time.Date(2025, 2, 12, 10, 0, 0, 0, time.UTC)
	for _, m := range Find(string(b), Reference{Published: &p}) {
		b, _ := json.Marshal(m.Value())
		t.Logf("%-8s %-40q %s", m.Type, m.Text, b)
	}
}
