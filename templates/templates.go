// Package templates holds the report's default words and look, embedded in
// the binary so that a build needs no files besides its source.
package templates

import _ "embed"

// Default is the Swedish template: labels, status words and colours, and the
// theme (fonts, sizes, colours, margins, column shares).
//
//go:embed sv.toml
var Default []byte

// DefaultName is how messages refer to the embedded template.
const DefaultName = "templates/sv.toml"

// NewSource is the skeleton of a new source that "uppfoljning new" writes,
// with placeholders in braces; see report.Skeleton.
//
//go:embed new.toml
var NewSource string
