package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

// chromium finds a headless-capable Chromium, "" when none is installed.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// openInBrowser loads page in headless Chromium and returns the document
// it built and what it logged to its console.
func openInBrowser(t *testing.T, page string) (*html.Node, []string) {
	t.Helper()
	bin := chromium()
	if bin == "" {
		t.Skip("Chromium is not installed (apt-get install chromium): the page is not opened in a browser")
	}
	file := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--user-data-dir="+t.TempDir(), "--enable-logging=stderr", "--v=0", "--dump-dom", "file://"+file)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	var console []string
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(line, ":CONSOLE") {
			console = append(console, line)
		}
	}
	doc, err := html.Parse(&stdout)
	if err != nil {
		t.Fatalf("the document Chromium built does not parse: %v", err)
	}
	return doc, console
}

// TestHTMLInBrowser: the example story's page loads in a browser without
// a console message (a blocked request or script would log one), and each
// chart has one mark for each figure the articles give for its measure.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("opens a browser")
	}
	r := exampleReport(t)
	doc, console := openInBrowser(t, render(t, "html", r, Options{}))
	if len(console) > 0 {
		t.Errorf("the page logged to the console:\n%s", strings.Join(console, "\n"))
	}
	charts := elements(doc, "section", "chart")
	if len(charts) == 0 {
		t.Fatal("no chart in the page as the browser built it")
	}
	for _, c := range charts {
		title := textOf(elements(c, "h3", "")[0])
		want := figuresFor(r, title)
		if got := len(elements(c, "g", "mark")); got != want || want == 0 {
			t.Errorf("chart %q: %d marks, want one for each of its %d figures", title, got, want)
		}
	}
}

// figuresFor counts the claims a chart titled title is about.
func figuresFor(r *Report, title string) int {
	n := 0
	for _, c := range r.Claims {
		if chartable(c) && measureTitle(measure{c.Story, c.Kind, c.Slot}, false) == title {
			n++
		}
	}
	return n
}

// TestHTMLEscapedInBrowser: a hostile article runs nothing in a browser
// and is shown as the words it holds.
func TestHTMLEscapedInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("opens a browser")
	}
	r, _ := hostileReport(t)
	doc, console := openInBrowser(t, render(t, "html", r, Options{}))
	if len(console) > 0 {
		t.Errorf("the page logged to the console:\n%s", strings.Join(console, "\n"))
	}
	checkSelfContained(t, doc)
	if got := len(elements(doc, "g", "mark")); got != len(r.Claims) {
		t.Errorf("%d marks for %d figures", got, len(r.Claims))
	}
	if r.Claims[0].Kind != claim.KindCasualties {
		t.Fatal("the hostile report's figures are not charted")
	}
}
