// Command uppfoljning builds the tertial follow-up report of medborgarlöften
// from a TOML source: the PDF to publish, the council's workbook and an HTML
// version. Run "uppfoljning -h" for its use.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
