package pdf

import "flag"

// update makes golden-file tests rewrite their files under testdata/:
// go test ./internal/report/pdf/ -update
var update = flag.Bool("update", false, "rewrite golden files")
