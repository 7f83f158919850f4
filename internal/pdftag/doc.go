// Package pdftag turns an untagged PDF into a tagged one: it adds the
// logical structure (the tag tree a screen reader follows) to a PDF whose
// page content is already wrapped in marked content.
//
// fpdf cannot write a structure tree. A renderer therefore wraps every piece
// of page content in marked content (/P <</MCID n>> BDC … EMC for content
// that belongs to a structure element, /Artifact BMC … EMC or
// /Artifact <</Type /Pagination>> BDC … EMC for page furniture; a bare
// "/Artifact BDC" lacks its property list and is refused) and records, in a
// tree of Node, which element owns which (page, MCID). Tag then appends an
// incremental update (ISO 32000-1 7.5.6) with the structure tree, the parent
// tree, the page entries, the catalog entries and XMP metadata. The original
// bytes are kept as they are except for the header version (%PDF-1.3 →
// %PDF-1.7, same length). The update's dictionaries are packed into
// compressed object streams with a cross-reference stream (PDF 1.5), which
// keeps a 450-page report from growing tenfold. No clock or random number is
// used (the /ID is an MD5 of the input), so the same input gives the same
// output.
//
// The files, by job:
//
//	tag.go        Config, Tag and the order of the work
//	roles.go      which structure types exist and where they may stand
//	tree.go       structure elements and the page → element parent tree
//	objstream.go  packing the update into object streams
//	lex.go        a lexer for page content streams
//	check.go      checking page content against the tree (Config.VerifyContent)
//	fonts.go      subset tags on embedded font names
//	metadata.go   the catalog's entries, the Info dictionary and XMP
//	annots.go     annotations owned by elements: links
//	outline.go    the bookmarks fpdf writes, made valid
//
// PDF/UA-1 (ISO 14289-1) requirements, by Matterhorn Protocol 1.1
// checkpoint, that Tag fulfils or enforces (an error otherwise):
//
//   - 01-003, 01-004, 01-005 (content is tagged or an artifact): with
//     Config.VerifyContent, the page content streams are read: nothing is
//     painted (text, paths, images, shadings) outside tagged content or an
//     artifact, tagged content and artifacts are not nested in each other,
//     marked content is balanced and well formed. Every MCID drawn on a page
//     is owned by exactly one structure element and every mark the tree
//     names was drawn.
//   - 02-001…02-004 (role mapping): only standard structure types are
//     accepted, so no RoleMap is needed.
//   - 06-001, 06-002, 06-003 (metadata): catalog /Metadata with an XMP
//     stream holding dc:title, and pdfuaid:part 1 when Info.PDFUA is set.
//     The Info dictionary is rewritten from the same values, so title,
//     author, subject, creator, producer and dates agree with the XMP.
//   - 07-001, 07-002 (dictionary): /ViewerPreferences with
//     /DisplayDocTitle true; /MarkInfo <</Marked true>> (no /Suspects).
//   - 09-004, 09-005 (table and list syntax): Table › Caption, THead,
//     TBody, TFoot, TR; THead/TBody/TFoot › TR; TR › TH, TD; L › LI,
//     Caption; LI › Lbl, LBody.
//   - 11-001, 11-006 (natural language): catalog /Lang as a proper string;
//     the XMP title and description carry xml:lang.
//   - 13-004 (figures): a Figure without alternative text is refused.
//   - 14-002, 14-003 (headings): the first numbered heading is H1 and the
//     levels never skip going down, in the tree's order.
//   - 15-003 (tables): every TH has /A <</O /Table /Scope …>> (Column unless
//     the node says Row or Both).
//   - Structure (ISO 32000-1 14.7, 14.8): /StructTreeRoot with /ParentTree
//     (an entry for every page) and /ParentTreeNextKey, /StructParents and
//     /Tabs /S on every page, marked-content references (/MCR) for content
//     of an element that continues on another page.
//
// What depends on the renderer (Tag cannot see it):
//
//   - 01-001, 01-002, 01-006: that what is tagged is real content and what
//     is an artifact is furniture (page numbers, running footers, rules,
//     cell backgrounds, repeated header rows), with the right structure
//     type; 09-001: that the tree's order is the logical reading order;
//     14-001, 15-xxx: that headings and tables are tagged as such and
//     tables are regular (no spanning headers, equal cell counts per row).
//   - 04-001 (colour not the only carrier of meaning); 06-004 and 13-xxx
//     (a title and alternative texts that actually describe); 10-001
//     (Unicode mapping: fpdf's UTF-8 fonts have a ToUnicode CMap);
//     31-xxx (fonts embedded: UTF-8 TrueType fonts only, never the core
//     fonts); real text rather than images of text; word spaces drawn at
//     line ends, or text extraction joins the last and first words.
//   - 28-xxx (annotations): every annotation must be owned by an element
//     (Node.Annots; a link's, by its Link element): it becomes an object of
//     its own with /StructParent and /Contents, and the element gets an
//     object reference (/OBJR) to it. An annotation no element owns is
//     refused. Marked content inside Form XObjects (fpdf templates) is not
//     supported.
//
// Order inside an element: an element may own marks and have kids. The
// kids keep their order and the marks keep theirs; the two sequences are
// merged by the position of their first content (page, then MCID), so the
// renderer must hand out MCIDs in reading order on each page when it mixes
// text and child elements in one element. Kids without any content stay
// right after their preceding sibling.
package pdftag
