// Package round is the engine of the tertial round and of building, the
// one the commands and the web workspace both call, so that a page writes
// exactly the bytes a command would: it returns values and errors made of
// messages (internal/msg), and prints nothing.
//
//	                 ┌─ NewSource ──▶ SOURCE.toml (a new period, never over a file)
//	                 │
//	SOURCE.toml ─────┼─ Collect ────▶ STEM-TERTIAL-underlag[-PARTY].xlsx
//	  (report.Load)  │                 (one for all, or one per party; a
//	                 │                  workbook that may hold answers is kept)
//	                 │
//	                 ├─ Build ──────▶ rapporter/STEM-TERTIAL.{pdf,xlsx,html}
//	                 │   (Formats: each a report.Renderer)
//	                 │
//	returned ──ReadWorkbook──▶ Workbook ──ReadAnswers──▶ Answers
//	workbooks  (or uploaded)                              │
//	                                                      ▼
//	OpenSource ──▶ Snapshot (read once, under the lock) ──▶ Source.Import
//	                 │          Edit: one activity typed in ──┘  │
//	                 ▼                                           ▼
//	              Replace (only if unchanged; the old kept as a version)
//
// The files, by job:
//
//	build.go     Formats, and Build: a document into files
//	collect.go   Collect: the fill-in workbooks, and when one is kept
//	answers.go   Workbook, ReadWorkbook and ReadAnswers: returned workbooks
//	source.go    OpenSource, Replace and NewSource: a source's own file
//	edit.go      Edit: one activity's follow-up typed in by hand
//	write.go     WriteFile and CheckFolder: files written whole, with
//	             messages; locked_*.go tells a file Windows holds open
//	errors.go    BadInput: the user's mistakes, told apart from failures
package round
