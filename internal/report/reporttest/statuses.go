package reporttest

// OddStatus is a status as a person may type or paste it, and the
// built-in template's word it must be read as ("" when it is no status).
type OddStatus struct {
	Typed, Want string
}

// OddStatuses are the spellings every reader of a status (the source's
// decoder, the fill-in workbook's reader and import) must read alike.
var OddStatuses = []OddStatus{
	{"genomförd", "genomförd"},
	{"Genomförd", "genomförd"},
	{"GENOMFÖRD", "genomförd"},
	{"  genomförd ", "genomförd"},
	{"genomförd\t", "genomförd"},
	{"Ej  Påbörjad", "ej påbörjad"},
	{"ej\u00a0påbörjad", "ej påbörjad"}, // a no-break space, as Word and Outlook paste
	{"ej\u202fpåbörjad", "ej påbörjad"}, // a narrow no-break space
	{"pågår\u200b", "pågår"},            // a zero-width space after it
	{"\ufeffpågår", "pågår"},            // a byte order mark before it
	{"pa\u030agår", "pågår"},            // decomposed å, as macOS writes it
	{"genomfo\u0308rd", "genomförd"},    // decomposed ö
	{"FO\u0308RSENAD", "försenad"},      // decomposed, upper case
	{"genomförda", ""},                  // another word
	{"genom förd", ""},                  // a space inside a word
	{"g\u00e9nomförd", ""},              // another letter
	{"pågår.", ""},                      // with a full stop
}
