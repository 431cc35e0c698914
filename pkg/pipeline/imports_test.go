package pipeline

import (
	"bufio"
	"bytes"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// forbidden are the packages through which code opens network connections
// or runs other programs. net/url and net/netip only parse text and are
// allowed.
var forbidden = []string{"net", "net/http", "net/rpc", "net/smtp", "crypto/tls", "os/exec", "plugin"}

// forbiddenImports lists, for the packages named and everything they
// import, each forbidden package and who imports it.
func forbiddenImports(t *testing.T, pkgs ...string) []string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to list imports")
	}
	args := append([]string{"list", "-deps", "-f", "{{.ImportPath}} {{join .Imports \" \"}}"}, pkgs...)
	cmd := exec.Command("go", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var found []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		for _, imp := range fields[1:] {
			if slices.Contains(forbidden, imp) {
				found = append(found, fields[0]+" imports "+imp)
			}
		}
	}
	return found
}

// TestNoNetworkNoExec: the analysis (loading, extraction, judgement,
// configuration, suppression and reports) opens no network connection and
// runs no program, whatever its configuration or input says. Only
// pkg/changes runs git, with fixed arguments, for --new-from-rev.
func TestNoNetworkNoExec(t *testing.T) {
	const mod = "github.com/crosscheck/crosscheck/pkg/"
	if got := forbiddenImports(t, mod+"changes"); !slices.Contains(got, mod+"changes imports os/exec") {
		t.Fatalf("the import check does not see pkg/changes run git: %v", got)
	}
	if got := forbiddenImports(t, mod+"pipeline", mod+"report", mod+"config", mod+"suppress"); len(got) > 0 {
		t.Errorf("the analysis can reach the network or run programs:\n%s", strings.Join(got, "\n"))
	}
}
