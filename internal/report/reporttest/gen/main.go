// Command gen writes a large source for measuring builds:
//
//	go run ./internal/report/reporttest/gen -promises 50 -activities 100 > big.toml
//
// makes 5,000 activities with three notes each.
package main

import (
	"flag"
	"os"

	"uppfoljning/internal/report/reporttest"
)

func main() {
	promises := flag.Int("promises", 50, "promises in the source")
	activities := flag.Int("activities", 20, "activities per promise")
	words := flag.Int("words", 40, "words per note")
	flag.Parse()
	os.Stdout.Write(reporttest.Generated(*promises, *activities, *words))
}
