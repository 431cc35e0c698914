package cli

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets scripts run crosscheck as a command. When
// CROSSCHECK_TEST_FINDINGS names a JSON file of findings, the analysis is
// replaced by one that returns them, so scripts exercise configuration,
// suppression and filtering with findings written by hand. When
// CROSSCHECK_TEST_READY names a file, it is created once signals are
// handled, so a test knows when it may interrupt the run.
func TestMain(m *testing.M) {
	if fuzzing() {
		os.Exit(m.Run()) // fuzz workers talk to the coordinator over descriptors testscript's setup disturbs
	}
	os.Exit(testscript.RunMain(m, map[string]func() int{
		"crosscheck": func() int {
			if p := os.Getenv("CROSSCHECK_TEST_FINDINGS"); p != "" {
				checkRun = fakeCheck(p)
			}
			if p := os.Getenv("CROSSCHECK_TEST_READY"); p != "" {
				signalsHandled = func() { os.WriteFile(p, nil, 0o644) }
			}
			return Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		},
	}))
}

// fuzzing reports whether this test binary is running a fuzz target.
func fuzzing() bool {
	for _, a := range os.Args[1:] {
		if strings.HasPrefix(a, "-test.fuzz") {
			return true
		}
	}
	return false
}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status": cmdStatus,
			"ids":    cmdIDs,
		},
		Setup: func(env *testscript.Env) error {
			// Keep configuration files above the work folder out of the runs.
			env.Setenv("HOME", env.WorkDir)
			return nil
		},
	})
}

// cmdStatus runs "status N command args..." and fails unless the command
// exits with status N; its output stays available to stdout and stderr.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status N command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("status: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// cmdIDs runs "ids REPORT OUT": it writes the finding ids of the JSON
// report in file REPORT to file OUT, one per line, for cmp. It fails when
// two findings share an id, which must never happen.
func cmdIDs(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: ids REPORT OUT")
	}
	var rep jsonReport
	ts.Check(json.Unmarshal([]byte(ts.ReadFile(args[0])), &rep))
	var ids strings.Builder
	seen := map[string]bool{}
	for _, f := range rep.Findings {
		if seen[f.ID] {
			ts.Fatalf("%s: two findings have the id %s", args[0], f.ID)
		}
		seen[f.ID] = true
		ids.WriteString(f.ID + "\n")
	}
	if ids.Len() == 0 {
		ts.Fatalf("%s has no findings", args[0])
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(ids.String()), 0o644))
}
