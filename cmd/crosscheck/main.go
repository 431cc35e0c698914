// Command crosscheck reads several news articles about one story and flags
// the claims that contradict each other.
package main

import (
	"os"

	"github.com/crosscheck/crosscheck/pkg/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
