// Package report turns a TOML source of medborgarlöften into a
// format-neutral document that the renderers lay out.
//
// The pipeline:
//
//	SOURCE.toml ──Load/Parse──▶ *File  (the text and its table of lines:
//	                  │                  every place is a Span of offsets into
//	                  │                  it, told as a line and column, a
//	                  │                  Position, only in a message)
//	                  ├──scanTOML──▶ sourceMap  (where each key, value and
//	                  │                          table is; the nesting guard)
//	                  ├──toml.Decode──▶ generic map
//	                  ▼
//	              decoder ──▶ *Source  (validated against the template's
//	                  │                 statuses: every error of the file at
//	                  │                 once, each with file:line:col)
//	                  ▼
//	   NewDocument(source, template, tertial)   (every default of the
//	                  │                          template applied here)
//	                  │
//	                  ▼
//	             *Document  (texts tidied, positions kept for warnings,
//	                  │      the report's tertial applied, statuses counted
//	                  │      once for the summary and the overview)
//	       ┌──────────┼───────────────┐
//	       ▼          ▼               ▼
//	   report/pdf  report/xlsx    report/html     each a Renderer
//	   (fpdf;      (excelize)     (html/template)
//	   internal/pdftag tags it)
//
// The files, by job:
//
//	file.go        File: a source's text and its lines; Span and Position
//	source.go      Source and its parts; Load and Parse
//	locate.go      the scan that finds where keys and values are
//	decode.go      the decoder: the generic map to a Source, every rule
//	syntax.go      TOML syntax errors in plain words
//	logo.go        reading and checking logo images
//	suggest.go     "did you mean" for misspelt keys
//	tertial.go     Tertial: parsing, order, the period's tertials, the
//	               default of a build and of a round
//	vocabulary.go  what every package shares: statuses and how they are
//	               compared, the names join, line breaks, a source's stem,
//	               placeholders
//	text.go        Text, and tidying white space
//	template.go    Template: the words and the look; template_check.go
//	               its rules, all checked when it is loaded
//	document.go    Document: one tertial's report, ready to lay out, with
//	               its column shares, date and summary
//	links.go       the web and e-mail addresses in a text
//	sanitize.go    replacing what a renderer cannot show, with warnings
//	renderer.go    the Renderer contract
//	errors.go      Error, ErrorList and Warning
//	dump.go        the document as plain text, for golden tests
//
// The tertial round writes back into a source, keeping everything else of
// it byte for byte:
//
//	skeleton.go    a new period's source, with placeholders to fill in
//	import.go      Source.Import: answers from the fill-in workbooks
//	edit.go        edits at byte offsets, applied to a File
//	quote.go       a note as a TOML string that reads back the same
//
// Settle says how an import settles a conflict, for the whole import or,
// in Answer.Settle, for one activity's answers.
//
// report/round drives all of it for the commands and the pages alike:
// build into files, collect, reading returned workbooks, import and edit
// under the source's lock.
//
// Only each renderer imports its library; report/fonts holds the fonts the
// PDF embeds and the workbook measures its rows with. Characters a renderer
// cannot draw are replaced by Sanitize, which reports one Warning per
// character and line so that nothing is dropped silently.
package report
