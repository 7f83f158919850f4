package report

import "io"

// A Renderer writes a document in one output format: report/pdf,
// report/xlsx and report/html each have one. It is all a new format needs
// to implement; the command lists the renderers it offers.
//
// A renderer
//   - writes every text of the document (Texts lists them in reading order)
//     and leaves nothing out silently;
//   - replaces a character it cannot show by Replacement, using Sanitize,
//     and returns the warnings that names each one with its line;
//   - returns an error rather than write part of a file; the command writes
//     the bytes to a temporary file and keeps the previous output otherwise;
//   - writes the same bytes for the same document (Meta.Created included);
//   - trusts the document's template: LoadTemplate has checked every rule
//     a renderer relies on, so a template cannot make a renderer fail.
type Renderer interface {
	Render(w io.Writer, doc *Document) ([]Warning, error)
}
