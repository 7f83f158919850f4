// Package report turns a TOML source of medborgarlöften into a
// format-neutral document that the renderers lay out.
//
// The pipeline:
//
//	SOURCE.toml ──Load──▶ *Source ──(validated while loading: every error of
//	                       │          the file at once, each with file:line:col)
//	                       ▼
//	           NewDocument(source, template, year, tertial)
//	                       │
//	                       ▼
//	                  *Document  (texts tidied, positions kept for warnings,
//	                       │      the report's tertial applied, statuses counted)
//	       ┌───────────────┼────────────────┐
//	       ▼               ▼                ▼
//	   report/pdf      report/xlsx      report/html
//	   (fpdf, pdfcpu)  (excelize)       (html/template)
//
// Only each renderer imports its library; report/fonts holds the fonts the
// PDF embeds and the workbook measures its rows with. Characters a renderer cannot draw
// are replaced by Sanitize, which reports one Warning per character and line
// so that nothing is dropped silently.
package report
