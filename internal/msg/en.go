package msg

// english is the English catalogue: every message's words, with its arguments
// as fmt verbs.
var english = map[Key]string{
	CannotReadFile:        "cannot read the file: %s",
	IsFolder:              "is a folder, not a file",
	NotRegularFile:        "is not a regular file (a named pipe or a device?), so it was not read; name a text file",
	CROnlyLineEnds:        "the lines end in CR only, as on old Macs; open the file in a text editor and save it with CRLF (Windows) or LF line ends",
	NotExist:              "it does not exist",
	PermissionDenied:      "permission denied",
	NotAFolder:            "a part of the path is a file, not a folder",
	DiskFull:              "the disk is full",
	ReadOnlyDisk:          "the disk can only be read",
	FileTooLarge:          "the file is larger than %d MB; a source holds text only, so this is not a source file",
	FileEmpty:             "the file is empty; a source needs at least title, municipality, period and one [[promise]]",
	FileBinary:            "the file is not text (it holds binary data); save the source as plain text in UTF-8",
	FileIsWorkbook:        "this is a workbook, such as a filled-in one, not a source; a filled-in workbook is written into the source with import: uppfoljning import SOURCE.toml %s",
	FileNotUTF8:           "the file is not UTF-8 text here (was it saved as Windows-1252 or Latin-1?); save it as UTF-8 and try again",
	UTF16Broken:           "the file is marked as Unicode (UTF-16) but is not whole here; save it again, as UTF-8",
	NestedTooDeep:         "lists or tables nest more than %d levels deep; a source needs two at most",
	MultilineUnclosed:     "the text that starts here with %s is never closed; end it with %s",
	StringUnclosed:        "the text that starts here is not closed with %s on this line; close it, or write a text of several lines within \"\"\"…\"\"\"",
	TwoQuotesForThree:     "\"\" is an empty text; a text over several lines starts with three quotation marks: \"\"\"",
	QuotesInside:          "the text holds quotation marks (\"), and the first of them ends it; write \\\" for each one inside the text, or enclose the text in '…' (or '''…''' for several lines)",
	ApostropheInside:      "the text holds an apostrophe ('), which ends a text in '…'; enclose the text in \"…\" instead, or in '''…'''",
	BackslashInText:       "a backslash (\\) in a text in \"…\" starts a code; write \\\\ for each backslash, or / in paths (C:/Users/…), or enclose the text in '…'",
	PathInText:            "%s is a path with backslashes (\\) in a text in \"…\", where \\ starts a code, so the path would change; enclose the text in '…' (or '''…''' for several lines), or write the path with /: %s",
	EscapeBeforeLetter:    "%s in %s becomes %s, an invisible character, not a backslash and the letter %s; write \\\\ for a backslash, or enclose the text in '…'",
	CharTab:               "a tab",
	CharReturn:            "a carriage return",
	CharBackspace:         "a backspace",
	CharFormFeed:          "a form feed",
	TypographicQuotes:     "the value is enclosed in typographic quotation marks (%s), as Word writes them; a source needs straight ones: \"…\"",
	ValueMissing:          "nothing is written after %s =; write the value there, a text in quotation marks like %s = \"…\"",
	ValueWithoutQuotes:    "the text %s is not in quotation marks; write %s = \"%s\"",
	EqualsMissing:         "an = is missing after %s; write %s = \"…\"",
	HeaderNotClosed:       "the table heading is not closed; write it like [[promise.activity]], with no spaces inside",
	SingleBrackets:        "[%s] is written with single brackets; write [[%s]], with two on each side, as a source can have several",
	ForgottenHeader:       "a second %s in this %s (the first is on line %d): is a %s line missing above this one?",
	FollowupHeaderMissing: "a second follow-up is written under the heading of the one on line %d: is [[promise.activity.followup]] missing above line %d?",
	ActivityHeaderMissing: "an activity's text or responsible is written here without its heading: is [[promise.activity]] missing above line %d?",
	KeyTwice:              "%s is written a second time (the first is on line %d); write it once",
	ListNotClosed:         "a list in [ ] is not closed, or a comma is missing between its items; write [\"Polisen\", \"Kommunen\"]",
	InlineTableNotClosed:  "a table in { } is not closed on its line, or a comma is missing; write { path = \"…\", alt = \"…\" } on one line",
	SyntaxNotUnderstood:   "this line cannot be read: something is missing or out of place at column %d; a line holds a key = \"text\", a [[table]] heading, or a # comment",
	SyntaxEOF:             "the file ends in the middle of something that is not finished; look at the last lines",
	BadNumber:             "the number %s cannot be read; write a text in quotation marks instead",
	WhereDocument:         "the document",
	WhereSignatory:        "a [[signatory]]",
	WherePromise:          "a [[promise]]",
	WhereActivity:         "a [[promise.activity]]",
	WhereFollowup:         "a [[promise.activity.followup]]",
	WhereLogo:             "a logo",
	UnknownKey:            "unknown key %q in %s; the keys allowed here are %s",
	UnknownKeySuggest:     "unknown key %q in %s; did you mean %q? The keys allowed here are %s",
	UnknownTable:          "%s is not a table a source has; its tables are [[promise]], [[promise.activity]], [[promise.activity.followup]] and [[signatory]]",
	UnknownTableSuggest:   "%s is not a table a source has; did you mean %s?",
	AtTopOfFile:           "at the top of the file",
	UnderTable:            "under this %s",
	InsideLogo:            "inside this logo's { }",
	WhatTitle:             "the document's title",
	WhatMunicipality:      "the municipality's name",
	WhatPeriod:            "the promise period",
	WhatDate:              "the date the follow-up was settled",
	WhatSubtitle:          "the subtitle",
	WhatIntro:             "the introduction",
	WhatPromisesHeading:   "the promises' heading",
	WhatActivitiesHeading: "the activities' heading",
	WhatSignatoryName:     "the signatory's name",
	WhatSignatoryRole:     "the signatory's role",
	WhatPromiseText:       "the promise's text",
	WhatActivityText:      "the activity's text",
	WhatResponsible:       "who is responsible",
	WhatTertial:           "the follow-up's tertial",
	WhatStatus:            "the status",
	WhatNote:              "the note",
	WhatLogoPath:          "the image file",
	WhatLogoAlt:           "the logo's text alternative",
	KeyMissing:            "%s is missing: add %s = \"…\" %s",
	NotText:               "%s must be text in quotation marks, like %s = \"…\"; here is %s",
	TextTooLong:           "%s is longer than %d characters; split it up",
	EmptyRequired:         "%s is empty; write %s here",
	EmptyOptional:         "%s is empty; write %s or leave the key out",
	NoPromise:             "the source has no promise; add one with [[promise]] and text = \"…\"",
	NoActivity:            "this promise has no activity; add one with [[promise.activity]] below it",
	RepeatedPromise:       "this promise has the same text as the one on line %d; if they are not the same, tell them apart",
	RepeatedActivity:      "this activity has the same text as the one on line %d; if they are not the same, tell them apart",
	ResponsibleNotNames:   "responsible must list names in quotation marks, like [\"Polisen\", \"Kommunen\"]; here is %s",
	SecondFollowup:        "a second follow-up for tertial %s in this activity (the first is on line %d); write both in one note",
	TertialFormat:         "a tertial is written YYYY-T1, YYYY-T2 or YYYY-T3, like 2020-T1",
	TertialBad:            "tertial %q: %s",
	TertialOutside:        "tertial %s is outside the period %s; use a tertial from %d-T1 to %d-T3",
	StatusUnknown:         "status %q is not one of: %s",
	StatusUnknownSuggest:  "status %q is not one of the statuses; did you mean %q? (they are: %s)",
	PartyComma:            "%q holds a comma and is probably two parties; write each on its own in a list: responsible = %s",
	PartyNearDuplicate:    "%q is like %q on line %d; is it the same party? write it the same way everywhere, or they are two parties",
	FollowupEmpty:         "this follow-up has neither a note nor a status; write what was done with note = \"…\"",
	PeriodFormat:          "period %q: a period is one year (\"2023\") or two years with a dash (\"2020-2021\")",
	PeriodYears:           "period %q: years must lie between %d and %d",
	PeriodReversed:        "period %q ends before it starts; write the earlier year first, like \"%d-%d\"",
	PeriodTooLong:         "period %q spans more than %d years; one source holds one promise period",
	DateFormat:            "date %q: write the date as YYYY-MM-DD, like \"2020-12-15\"",
	DateNoSuchDay:         "date %q: there is no such day; check the month and the day",
	DateNotShown:          "the date %s belongs to %v, the latest tertial with a follow-up; the report of %v is built without a date",
	DateYears:             "date %q: the year must lie between %d and %d",
	NotTables:             "%s must be written as %s tables; here is %s",
	DescText:              "the text %q",
	DescNumber:            "the number %v",
	DescBool:              "%v (true or false)",
	DescDate:              "a date or time",
	DescList:              "a list",
	DescTable:             "a table",
	LogosNotList:          "logos must be a list of image files, like logos = [\"logos/polisen.png\"]; here is %s",
	TooManyLogos:          "logos lists %d images; at most %d fit in the logo row",
	LogoEntry:             "each logo is a file name in quotation marks or {path = \"…\", alt = \"…\"}; here is %s",
	LogoNoName:            "the logo's file name is empty",
	LogoCannotReadLooked:  "logo \"%s\" cannot be read: %s (looked for %s)",
	LogoFolder:            "logo \"%s\" is a folder, not an image file",
	LogoNotRegular:        "logo \"%s\" is not a regular file (a named pipe or a device?), so it was not read; name a PNG or JPEG image file",
	LogoCannotRead:        "logo \"%s\" cannot be read: %s",
	LogoTooLarge:          "logo \"%s\" is larger than %d MB; save a smaller image",
	LogoNotImage:          "logo \"%s\" is not a PNG or JPEG image",
	LogoTooManyPixels:     "logo \"%s\" is %d×%d pixels; at most %.0f megapixels are accepted, save a smaller image",
	LogoNoPixels:          "logo \"%s\" has no pixels (it is %d×%d); save the image again from an image program",
	LogoDamaged:           "logo \"%s\" is damaged: a %s image that cannot be decoded (%v)",
	Warning:               "warning: %s",
	NoGlyph:               "character %s has no glyph in the fonts of %s; it is shown there as %c",
	CannotShow:            "character %s cannot be shown; it is shown as %c",
	ControlCharacter:      "%s (a control character)",
	OutputPDF:             "the PDF",
	OutputWorkbook:        "the workbook",
	OutputHTML:            "the HTML page",
	CellTooLong:           "the text is longer than the %d characters an Excel cell holds; the workbook shows its beginning, ending in …",
	MissingFollowups:      "%s: %d of %d activities have no status for %s:",
	MissingFollowupsOne:   "%s: %d of %d activity has no status for %s:",
	TertialName:           "tertial %d %d",
	TemplateTooLarge:      "the template is larger than %d MB",
	TemplateUnknownKey:    "unknown key %q",
	TemplateWrongType:     "%s has the wrong kind of value; write it as the built-in template does (text in quotation marks, a number, or a list in [ ])",
	TemplateLanguage:      "language %q is not a language tag like \"sv-SE\"",
	TemplateWordEmpty:     "%s is empty; write the word to use",
	TemplateListCount:     "%s must list %d words, it lists %d",
	TemplateListWordEmpty: "%s: word %d is empty",
	TemplateTwice:         "%s lists %q twice; each needs words of its own",
	SheetNameEmpty:        "%s is empty; a sheet needs a name",
	SheetNameLong:         "%s %q is longer than the 31 characters Excel allows in a sheet's name",
	SheetNameChars:        "%s %q holds one of : \\ / ? * [ ], which Excel does not allow in a sheet's name",
	SheetNameQuote:        "%s %q starts or ends with ', which Excel does not allow in a sheet's name",
	SheetNameReserved:     "%s: Excel keeps the name History for itself",
	SheetNameTaken:        "%s %q names another sheet too; each sheet needs a name of its own",
	TemplateStatusCount:   "list from 1 to %d [[status]], the template lists %d",
	TemplateStatusNoWord:  "status %d has no word",
	TemplateStatusTwice:   "status %q is listed twice",
	TemplateStatusColour:  "status %q: color %q is not a colour like \"#2E7D32\"",
	TemplateColour:        "%s %q is not a colour like \"#2E7D32\"",
	TemplateFont:          "%s %q is not one of the embedded fonts: %s",
	TemplateRange:         "%s is %v; it must be between %v and %v",
	TemplateShare:         "%s: each share must be at least 0.1, here is %v",
	TemplateShares:        "%s must be %d shares that add up to 1",
	TemplateWidths:        "theme.data_widths must list 9 widths, one for each of the data sheet's columns, it lists %d",
	TemplateWidth:         "theme.data_widths: each width must be between 2 and 100 characters, here is %v",
	TemplateHelpLines:     "fillin.help must list from 1 to 10 lines, it lists %d",
	BuiltInTemplate:       "the built-in template: %s",
	StatusDiffersBooks:    "%s: status %q differs from %q in %s %s for the same activity; make them say the same, or import one of them",
	StatusConflict:        "%s: status %q differs from what %s has on line %d for %s; change the cell back, or import with -replace (the workbook's wins) or -keep (the source's wins)",
	NoteConflict:          "%s: the comment differs from what %s has on line %d for %s; change the cell back, or import with -replace (the workbook's wins), -append (both are kept) or -keep (the source's wins)",
	FollowupInline:        "%s: the follow-up on line %d is written inline, in { }; write it as a [[promise.activity.followup]] table to import into it",
	ActivityInline:        "%s: the activity on line %d, or its follow-ups, are written inline, in { }; write them as [[promise.activity]] and [[promise.activity.followup]] tables to import into them",
	ImportWouldBreak:      "the source would not load after the import, so nothing was written: %s",
	ImportNotReadBack:     "after the import the follow-up of the activity on line %d would not read back as written, so nothing was written",
	BookTooLarge:          "the file is larger than %d MB; a fill-in workbook is far smaller, so this is not one",
	BookNotXLSX:           "this is not a workbook in the .xlsx format that can be read (an .ods or .csv file?); open it in its spreadsheet program, Excel, LibreOffice or another, save it as an Excel workbook (.xlsx) and try again",
	BookNotCollect:        "this workbook was not made by uppfoljning collect (it lacks its hidden sheet %q); fill in the workbook that collect made",
	BookOtherSource:       "this workbook was made for %s %s (%s), not for %s %s (%s); import it into its own source",
	BookTertial:           "the workbook's tertial %q is not one of the source's period %s",
	BookOtherTertial:      "this workbook is for %s, the one before it for %s; import one tertial at a time",
	BookSheetMissing:      "the sheet %q is missing; use the workbook that collect made, with its sheets as they were",
	BookTooManyRows:       "the sheet %q has %d rows; a fill-in workbook has one for each activity",
	BookHeadingMissing:    "%s, row 1: the heading %s is missing; use the workbook that collect made, with its columns as they were",
	BookRowNoKey:          "%s: row %d has no key, so it cannot be told which activity it is about (was it added by hand?); write on the activity's own row",
	BookBadKey:            "%s: the row's hidden key (%s) is not one that collect wrote; use the workbook that collect made",
	BookActivityGone:      "%s: the activity of row %d (%s) is not in %s as it was when the workbook was made (it has been changed or removed); make a new workbook with collect, copy the comment by hand, or import the rest with -keep",
	BookActivityEdited:    "%s: the activity's text was changed in the source after the workbook was made: here %s, in %s now %s; the answer goes to the activity in the same place of the same promise",
	BookRowTwice:          "%s: row %d is about the same activity as row %d (was the row copied?); keep one of them",
	BookStatusUnknown:     "%s: status %q is not one of: %s; choose one in the cell's list, or leave it empty",
	BookLockedEdited:      "%s: this cell is locked, and its text has been changed to %s; what is written there is not imported. Write in %s or %s instead, and change this cell back",
	BookFormula:           "%s: the cell holds a formula (=%s); write the text itself, as formulas are not read",
	BookNotText:           "%s: the cell holds %s, which is not a text; write the text itself",
	BookTrue:              "the truth value TRUE",
	BookFalse:             "the truth value FALSE",
	BookErrorValue:        "the error value %s",
	BookEncrypted:         "the workbook is protected by a password and cannot be read; open it, remove the password (File › Info › Protect Workbook › Encrypt with Password, empty the box), save it and send it again",
	BookDamaged:           "the workbook is damaged and cannot be read; open it in Excel or LibreOffice, save it again as an Excel workbook (.xlsx) and try again",
	BookTooLargeUnzipped:  "the workbook unpacks to more than %d MB, or a part of it to more than %d MB; a fill-in workbook is far smaller, so this is not one",
	BookFormulaHidden:     "%s: the cell holds a formula; write the text itself, as formulas are not read",
	BookCellOutside:       "%s: the cell lies outside the fill-in workbook's columns (A–%s), so what is written there is not read; move the text to %s, or delete it",
	BookMetaChanged:       "the hidden sheet %q has been changed (in %s); use the workbook that collect made, or make a new one",
	BookHeadingTwice:      "%s: the heading %s is both here and in %s, so it cannot be told which column counts; delete one of the columns or change its heading",
	BookNumberUnshown:     "%s: the number %s cannot be shown in the cell's format %s (Excel shows ####); write the text itself, or give the cell the format Text",
	BookTertialHeading:    "the workbook's hidden sheet says %s, but the heading in %s (%s) belongs to %s; the workbook has been changed, so make a new one with collect",
	BookNoteTooLong:       "%s: the comment is longer than the %d characters allowed; shorten it or split it up",
	BookSorted:            "%s: the rows have been sorted without the hidden column %s, so they no longer belong with their activities (row %d holds another activity's text); undo (Ctrl+Z) until the sort is gone, save and send again, and do not sort the sheet",
	BookMoreProblems:      "and %d more problems of the same kinds, not shown here; correct those above and try again to see the rest",
	CannotReadBook:        "cannot read the workbook: %s",
	UnknownCommand:        "uppfoljning: unknown command %q; the commands are new, check, status, collect, import, build and version",
	HelpHint:              "Run \"uppfoljning %s -h\" for help.",
	FlagUnknown:           "uppfoljning %s: unknown flag %s",
	FlagNeedsValue:        "uppfoljning %s: the flag %s needs a value, like %s VALUE",
	FlagBool:              "uppfoljning %s: the flag %s is written alone, without a value",
	FlagTertial:           "uppfoljning %s: -tertial %q: %s",
	NoSource:              "uppfoljning %s: name at least one source file, e.g. uppfoljning %s eksjo.toml",
	OneSource:             "uppfoljning %s: name one source file, not %d",
	OneFile:               "uppfoljning new: name one file to write, not %d",
	ImportArgs:            "uppfoljning import: name the source and at least one workbook, e.g. uppfoljning import eksjo.toml underlag.xlsx",
	TemplateUnreadable:    "template %s: cannot read it: %s",
	FormatUnknown:         "uppfoljning build: -format: unknown format %q; the formats are %s",
	FormatNone:            "uppfoljning build: -format: name at least one format: %s",
	EpochBad:              "uppfoljning: SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970",
	PeriodFlag:            "uppfoljning new: -period %q: a period is one year (2025) or two with a dash (2025-2026)",
	FileExists:            "%s: the file exists already; new never replaces a file, so choose another name",
	CannotWrite:           "%s: cannot write it: %s",
	SameName:              "%s: not built: its report %s would replace the one just built from %s; rename one of the sources",
	NotWritten:            "%s: %s was not written: %s",
	CollectHoldsAnswers:   "%s holds answers and is not replaced; move it to the folder svar or rename it, and try again",
	CollectCannotTell:     "%s exists but cannot be read as a fill-in workbook, so it may hold answers and is not replaced; move it to the folder svar or rename it, and try again",
	FileLocked:            "%s is open in another program (Excel, or a PDF reader?), so it could not be replaced; close it there and try again. The file is as it was.",
	InternalErrorSource:   "%s: internal error, nothing more was written for this source: %v",
	CannotMakeFolder:      "cannot make the folder %s: %s",
	CannotWriteFolder:     "cannot write in the folder %s: %s",
	CannotSave:            "cannot save %s: %s",
	OutputIsFolder:        "%s is a folder, so the file cannot be written there; remove or rename the folder and try again",
	Interrupted:           "uppfoljning: interrupted; the files being written were not changed",
	StatusLine:            "%s: %s: %d of %d activities have a status",
	StatusLineOne:         "%s: %s: %d of %d activity has a status",
	StatusParty:           "without a status, %s (%d):",
	ImportSummary:         "%s: added %d, filled in %d, replaced %d, unchanged %d, without an answer %d",
	NothingToChange:       "%s: nothing to change",
	DryRun:                "%s: nothing was written (-n)",
	ImportWritten:         "%s: written for %s; the previous version is kept as %s",
	ImportSettleOne:       "uppfoljning import: -keep, -replace and -append cannot be given together; choose one of them",
	ChangeAdded:           "a new follow-up",
	ChangeFilled:          "filled in",
	ChangeReplaced:        "replaced by the workbook's",
	ChangeAppended:        "the workbook's comment is added after the one there",
	ChangeKept:            "conflict: the source's is kept",
	ChangeStatus:          "status: %s → %s",
	ChangeNote:            "comment: %s → %s",
	ChangeWorkbookHas:     "the workbook has: status %s, comment %s",
	ChangeNone:            "(none)",
	ConflictsLeft:         "%s: the conflicts above were left out; the source's status and comment were kept there",
	ConflictsChoose:       "%s: the workbooks differ from the source (see above); import with -keep (the source's wins), -replace (the workbook's wins) or -append (both comments are kept), or change the cells",
	TertialChosen:         "%s: %s (choose another with -tertial, for example -tertial %s)",
	BakFailed:             "%s: the previous version could not be kept, so nothing was written: %s",
	SourceChanged:         "%s was changed by someone else (another program or import) since it was read, so nothing was written; run again",
	SourceReadOnly:        "%s is read-only, so nothing was written; remove the read-only mark (in Explorer: Properties, Read-only) and try again",
	BookNamedTwice:        "note: %s is named more than once; it is read once",
	CheckOK:               "%s: ok",
	DropBuilt:             "%s: the report is in %s",
	PressEnter:            "Press Enter to close this window.",
	Version:               "uppfoljning %s",
	HelpUsage: `uppfoljning builds the tertial follow-up report of medborgarlöften.

Usage:
  uppfoljning new [-municipality NAME] [-period YYYY[-YYYY]] FILE.toml
  uppfoljning check [-tertial YYYY-Tn] [-format LIST] [-template FILE] SOURCE.toml…
  uppfoljning status [-tertial YYYY-Tn] [-template FILE] SOURCE.toml…
  uppfoljning collect [-tertial YYYY-Tn] [-out DIR] [-per-responsible] [-template FILE] SOURCE.toml
  uppfoljning import [-n] [-replace] [-template FILE] SOURCE.toml WORKBOOK.xlsx…
  uppfoljning build [-tertial YYYY-Tn] [-format LIST] [-out DIR] [-template FILE] SOURCE.toml…
  uppfoljning serve [-addr ADDRESS] [-no-browser] [FOLDER | SOURCE.toml]
  uppfoljning SOURCE.toml…
  uppfoljning version

Commands:
  new      write a new source for a promise period, to fill in
  check    check each source and say "ok" or what is wrong
  status   tell which activities lack a status for a tertial
  collect  write the fill-in workbook for a tertial's notes
  import   write the notes of filled-in workbooks into the source
  build    write the report of each source
  serve    open the workspace in the browser: the whole tertial round without commands
  version  tell the program's version

A source given without a command (as when a file is dropped on the
program) is built into the folder "rapporter" beside it. Double-clicking
the program opens the workspace on the folder it is in.
Run "uppfoljning help COMMAND" or "uppfoljning COMMAND -h" for a command's
flags. The source format is described in docs/source-format.md.

Exit status: 0 success, 2 bad input or usage, 1 anything else.
`,
	HelpBuild: `Usage: uppfoljning build [flags] SOURCE.toml…

Builds the follow-up report of each source: the PDF to publish and the
council's workbook, written as DIR/<source name>-<YYYY>-T<n>.<format>.
Each path written is shown. A source that is refused writes nothing and
does not stop the others. Activities without a follow-up for the report's
tertial are warned of.

The report covers the latest tertial the source has a follow-up for (the
period's first if it has none) unless -tertial says otherwise.

Flags:
  -tertial YYYY-Tn   report this tertial (e.g. 2020-T1) instead of the latest with a follow-up
  -format LIST       the formats to write, separated by commas: pdf, xlsx, html (default pdf,xlsx)
  -out DIR           write the reports into this folder, made if missing (default out)
  -template FILE     use the words and look of this template instead of the built-in Swedish one
`,
	HelpCheck: `Usage: uppfoljning check [flags] SOURCE.toml…

Checks each source and shows "ok" for it, or every problem found in it
with its line. It warns of what build would warn of: activities without
a status for the report's tertial, and characters the outputs cannot
show. Nothing is written.

Flags:
  -tertial YYYY-Tn   check the report of this tertial instead of the latest with a follow-up
  -format LIST       the formats to check the characters for: pdf, xlsx, html (default pdf,xlsx)
  -template FILE     check with this template, and check the template too
`,
	HelpStatus: `Usage: uppfoljning status [flags] SOURCE.toml…

Tells, for each source, how many activities have a status for a
tertial, and lists those that lack one, by who is responsible, with their
lines. The tertial is the current one (by today's date), or the period's
last when it is over, unless -tertial says otherwise.

Flags:
  -tertial YYYY-Tn   tell of this tertial (e.g. 2020-T2)
  -template FILE     use this template's words
`,
	HelpCollect: `Usage: uppfoljning collect [flags] SOURCE.toml

Writes the fill-in workbook for a tertial's notes,
DIR/<source name>-<YYYY>-T<n>-underlag.xlsx: one row per activity, with a
status to choose and a comment to write, already filled in with what the
source has for the tertial. Send it to those who report the activities,
and bring their answers into the source with "uppfoljning import". Each
path written is shown.

The tertial is the current one (by today's date), or the period's last
when it is over, unless -tertial says otherwise.

Flags:
  -tertial YYYY-Tn   gather the notes of this tertial (e.g. 2020-T2)
  -out DIR           write the workbooks into this folder, made if missing (default out)
  -per-responsible   write one workbook for each responsible party, with its activities
  -template FILE     use this template's words
`,
	HelpImport: `Usage: uppfoljning import [flags] SOURCE.toml WORKBOOK.xlsx…

Writes the statuses and comments of filled-in workbooks (made by
"uppfoljning collect") into the source: a new follow-up right after each
activity's last lines, or a placeholder filled in where it stands. Nothing
else in the file changes. The previous version is kept in the folder
SOURCE.toml.versioner beside the source, its date and time in its name; the
last ten are kept.

A status or comment that differs from one the source already has for the
tertial is a conflict: then nothing is written, unless -keep, -replace or
-append says which wins. Comments from several parties for one activity
are written as paragraphs, in the order the activity names the parties. A
workbook with a problem is refused with its sheet and cell, and then
nothing is written.

Flags:
  -n                 tell what would change, activity by activity, but write nothing
  -keep              import everything but the conflicts; there the source's stays
  -replace           in a conflict the workbook's status and comment win
  -append            in a conflict the workbook's comment follows the source's
  -template FILE     use this template's words
`,
	HelpNew: `Usage: uppfoljning new [flags] FILE.toml

Writes a new source for a promise period: every key, explained in
comments, with one promise, one activity and a follow-up to fill in. It
can be checked and built as it is. An existing file is never replaced.

Flags:
  -municipality NAME   the municipality's name (default "Kommunens namn")
  -period YYYY[-YYYY]  the promise period (default: this year)
  -template FILE       use this template's statuses
`,
	HelpServe: `Usage: uppfoljning serve [flags] [FOLDER | SOURCE.toml]

Opens the workspace in the browser: the folder's sources, each with its
report (redrawn when the file is saved), the activities that lack a
status, and the round's steps: send out workbooks, take in the answers
(with a preview and a choice for every conflict), write an answer
yourself, and build the report. The folder is the current one unless one
is given; a source given opens its page.

The workspace runs on this computer only and nothing is sent elsewhere.
It prints its address, which holds the session's key; it runs until this
window is closed or Ctrl+C is pressed.

Flags:
  -addr ADDRESS   listen here (default 127.0.0.1:0, a free port); only
                  127.0.0.1, [::1] or localhost
  -no-browser     do not open the browser, only print the address
  -template FILE  use the words of this template
`,
	HelpVersion: `Usage: uppfoljning version

Tells the program's version.
`,
	WebApp:                  "Follow-up of citizen promises",
	WebSkip:                 "Skip to the content",
	WebFolder:               "Folder:",
	WebStartTitle:           "Workspace",
	WebStartSources:         "Sources in the folder",
	WebStartName:            "Source",
	WebStartMunicipality:    "Municipality",
	WebStartPeriod:          "Period",
	WebStartRound:           "Tertial to follow up",
	WebStartFollowed:        "Activities followed up",
	WebStartNone:            "The folder has no sources (.toml). Open another folder, or make a new source below.",
	WebStartOpen:            "Open another folder",
	WebStartPath:            "The folder's path (copy it from the file manager's address bar)",
	WebStartOpenButton:      "Open the folder",
	WebStartHere:            "Folders here with sources",
	WebStartRecent:          "Folders you opened before",
	WebStartNew:             "New source",
	WebStartNewMunicipality: "The municipality's name",
	WebStartNewPeriod:       "Promise period",
	WebStartNewPeriodHelp:   "One year or two, such as 2025 or 2025-2026. Empty: this year.",
	WebStartNewName:         "File name",
	WebStartNewNameHelp:     "The file is made in the folder above and ends in .toml. No file is overwritten.",
	WebStartNewButton:       "Make the source",
	WebSourceSections:       "Parts of the page",
	WebSourceReport:         "The report",
	WebSourceMissing:        "Missing",
	WebSourceCollect:        "Send out workbooks",
	WebSourceAnswers:        "Take in answers",
	WebSourceWrite:          "Write it yourself",
	WebSourceBuild:          "Build the report",
	WebSourceTertial:        "Tertial",
	WebSourceShow:           "Show",
	WebSourceReportFrame:    "The report as a web page",
	WebSourceReportWindow:   "Open the report in a window of its own",
	WebSourceLine:           "line",
	WebSourceWriteThis:      "write it yourself",
	WebSourceCollectHelp:    "The workbooks are saved in the folder underlag, beside the source. Send them to those responsible and ask them to fill in the Status and Kommentar columns.",
	WebSourceCollectHow:     "Workbooks",
	WebSourceCollectOne:     "One workbook with every activity",
	WebSourceCollectPer:     "One workbook per responsible party",
	WebSourceCollectButton:  "Make the workbooks",
	WebSourceBooks:          "Filled-in workbooks",
	WebSourceBooksHelp:      "Choose or drop the filled-in workbooks (.xlsx) here. Nothing is written before you have seen what they change.",
	WebSourcePreview:        "Preview",
	WebSourceWriteHelp:      "For answers that come by phone or e-mail: choose the activity and write the status and note for the tertial. What you write replaces what the tertial holds.",
	WebSourceActivity:       "Activity",
	WebSourceStatus:         "Status",
	WebSourceNoStatus:       "(no change)",
	WebSourceNote:           "Note",
	WebSourceWriteButton:    "Write into the source",
	WebSourceBuildHelp:      "The PDF, workbook and web page are saved in the folder rapporter, beside the source.",
	WebSourceBuildButton:    "Build the report",
	WebSourceStale:          "The report below is the last that could be made and does not show the latest changes. Fix the problems above and save the file, and the report follows.",
	WebSourceWarnings:       "Warnings",
	WebPreviewRefused:       "What cannot be taken in",
	WebPreviewCaption:       "What the workbooks change",
	WebPreviewActivity:      "Activity",
	WebPreviewNow:           "In the source now",
	WebPreviewThen:          "After taking in",
	WebPreviewSettle:        "Choose what is to stand for",
	WebPreviewKeep:          "Keep the source's",
	WebPreviewReplace:       "Take the workbook's",
	WebPreviewBoth:          "Keep both notes as paragraphs (the source's status stays)",
	WebPreviewWrite:         "Take in",
	WebFollowed:             "%d of %d",
	WebMissing:              "%d of %d activities have no status for %s.",
	WebMissingOne:           "%d of %d activity has no status for %s.",
	WebMissingNone:          "Every activity has a status for %s.",
	WebSourceProblems:       "The source cannot be read: fix this and save the file",
	WebStartProblem:         "cannot be read; open it to see why",
	WebNoReport:             "The report shows here once the source can be read. Fix the problems and save the file.",
	WebRefusedHost:          "The workspace answers only at 127.0.0.1 or localhost with its own port.",
	WebRefusedToken:         "The workspace opens only with the address the program printed when it started. Open that address, or start the program again.",
	WebRefusedOrigin:        "Changes are taken only from the workspace's own pages.",
	WebRefusedMethod:        "The workspace does not take that kind of request.",
	WebNotFound:             "%s is not in the folder %s.",
	WebCollectDone:          "The workbooks for %s are saved in the folder %s:",
	WebBuildDone:            "The report for %s is saved in the folder %s:",
	WebChanged:              "%s has changed since the page read it, so nothing was written. Go back and do it again to see what the file holds now.",
	WebBack:                 "Back to %s",
	WebPreviewTitle:         "Preview for %s",
	WebNothingToTakeIn:      "The workbooks change nothing in %s for %s.",
	WebPreviewFor:           "The workbooks are for %s: that tertial is what changes below.",
	WebFormTooLarge:         "The form is too large: at most %d MB can be sent. Shorten the text and send it again; nothing was written.",
	WebNotFolder:            "%s cannot be opened as a folder: %s",
	WebEditNothing:          "Choose a status or write a note; otherwise there is nothing to write.",
	WebUploadTooLarge:       "The workbooks are too large together: at most %d and %d MB at a time.",
	WebNoBooks:              "Choose at least one filled-in workbook (.xlsx).",
	WebUploadGone:           "The preview has expired. Choose the workbooks again and preview.",
	WebUnsettled:            "Choose what is to stand for every conflict before taking in.",
	WebNameTaken:            "The file name %s is not a plain file name: write only the name, without a folder.",
	WebServing:              "The workspace is open in the browser at the address below. Close this window, or press Ctrl+C, to end it.",
	WebNotLoopback:          "-addr %s: the workspace takes connections only from this computer; give 127.0.0.1, [::1] or localhost with a port, such as 127.0.0.1:8080",
	WebCannotListen:         "-addr %s: cannot listen there, most often because another program already uses the port. Choose another port, or leave out -addr and a free one is chosen.",
	WebPeriod:               "The promise period %q is one year (2025) or two years with a dash (2025-2026).",
	WebNoBrowser:            "The browser could not be opened (%s); open the address yourself.",
}
