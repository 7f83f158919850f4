package msg

// swedish is the Swedish catalogue: every message's words, with its arguments
// as fmt verbs.
var swedish = map[Key]string{
	CannotReadFile:        "kan inte läsa filen: %s",
	IsFolder:              "är en mapp, inte en fil",
	NotRegularFile:        "är ingen vanlig fil (en namngiven pipe eller en enhet?), så den lästes inte; ange en textfil",
	CROnlyLineEnds:        "raderna slutar med bara CR, som på gamla Mac-datorer; öppna filen i en textredigerare och spara den med radslutet CRLF (Windows) eller LF",
	NotExist:              "den finns inte",
	PermissionDenied:      "behörighet saknas",
	NotAFolder:            "en del av sökvägen är en fil, inte en mapp",
	DiskFull:              "disken är full",
	ReadOnlyDisk:          "disken är skrivskyddad",
	FileTooLarge:          "filen är större än %d MB; en källfil innehåller bara text, så det här är ingen källfil",
	FileEmpty:             "filen är tom; en källfil behöver minst title, municipality, period och ett [[promise]]",
	FileBinary:            "filen är inte text (den innehåller binära data); spara källfilen som vanlig text i UTF-8",
	FileIsWorkbook:        "det här är en arbetsbok, till exempel ett ifyllt underlag, inte en källfil; ett underlag förs in i källfilen med import: uppfoljning import KÄLLFIL.toml %s",
	FileNotUTF8:           "filen är inte UTF-8-text här (sparades den som Windows-1252 eller Latin-1?); spara den som UTF-8 och försök igen",
	UTF16Broken:           "filen är märkt som Unicode (UTF-16) men är trasig här; spara den igen, som UTF-8",
	NestedTooDeep:         "listor eller tabeller ligger mer än %d nivåer i varandra; en källfil behöver högst två",
	MultilineUnclosed:     "texten som börjar här med %s avslutas aldrig; avsluta den med %s",
	StringUnclosed:        "texten som börjar här avslutas inte med %s på samma rad; avsluta den, eller skriv en text på flera rader inom \"\"\"…\"\"\"",
	TwoQuotesForThree:     "\"\" är en tom text; en text på flera rader börjar med tre citattecken: \"\"\"",
	QuotesInside:          "texten innehåller citattecken (\"), och det första av dem avslutar den; skriv \\\" för varje citattecken i texten, eller skriv texten inom '…' (eller '''…''' för flera rader)",
	ApostropheInside:      "texten innehåller en apostrof ('), som avslutar en text inom '…'; skriv texten inom \"…\" i stället, eller inom '''…'''",
	BackslashInText:       "ett omvänt snedstreck (\\) i en text inom \"…\" inleder en kod; skriv \\\\ för varje sådant tecken, eller / i sökvägar (C:/Users/…), eller skriv texten inom '…'",
	PathInText:            "%s är en sökväg med omvända snedstreck (\\) i en text inom \"…\", där \\ inleder en kod, så sökvägen skulle ändras; skriv texten inom '…' (eller '''…''' för flera rader), eller skriv sökvägen med /: %s",
	EscapeBeforeLetter:    "%s i %s blir %s, ett osynligt tecken, inte ett omvänt snedstreck och bokstaven %s; skriv \\\\ för ett omvänt snedstreck, eller skriv texten inom '…'",
	CharTab:               "en tabb",
	CharReturn:            "en vagnretur",
	CharBackspace:         "ett backstegstecken",
	CharFormFeed:          "ett sidmatningstecken",
	TypographicQuotes:     "värdet står inom typografiska citattecken (%s), som Word skriver dem; en källfil behöver raka: \"…\"",
	ValueMissing:          "ingenting står efter %s =; skriv värdet där, en text inom citattecken som %s = \"…\"",
	ValueWithoutQuotes:    "texten %s står inte inom citattecken; skriv %s = \"%s\"",
	EqualsMissing:         "ett = saknas efter %s; skriv %s = \"…\"",
	HeaderNotClosed:       "tabellrubriken är inte avslutad; skriv den som [[promise.activity]], utan mellanslag inuti",
	SingleBrackets:        "[%s] är skriven med enkla hakparenteser; skriv [[%s]], med två på varje sida, eftersom en källfil kan ha flera",
	ForgottenHeader:       "en andra %s i samma %s (den första står på rad %d): saknas en rad %s ovanför den här?",
	FollowupHeaderMissing: "en andra uppföljning står under samma rubrik som den på rad %d: saknas [[promise.activity.followup]] ovanför rad %d?",
	ActivityHeaderMissing: "en aktivitets text eller responsible står här utan sin rubrik: saknas [[promise.activity]] ovanför rad %d?",
	KeyTwice:              "%s är skriven en andra gång (första gången på rad %d); skriv den en gång",
	ListNotClosed:         "en lista inom [ ] är inte avslutad, eller så saknas ett kommatecken mellan dess delar; skriv [\"Polisen\", \"Kommunen\"]",
	InlineTableNotClosed:  "en tabell inom { } är inte avslutad på sin rad, eller så saknas ett kommatecken; skriv { path = \"…\", alt = \"…\" } på en rad",
	SyntaxNotUnderstood:   "raden går inte att läsa: något saknas eller står fel vid tecken %d; en rad innehåller en nyckel = \"text\", en [[tabell]]-rubrik eller en # kommentar",
	SyntaxEOF:             "filen slutar mitt i något som inte är färdigskrivet; titta på de sista raderna",
	BadNumber:             "talet %s går inte att läsa; skriv en text inom citattecken i stället",
	WhereDocument:         "dokumentet",
	WhereSignatory:        "ett [[signatory]]",
	WherePromise:          "ett [[promise]]",
	WhereActivity:         "en [[promise.activity]]",
	WhereFollowup:         "en [[promise.activity.followup]]",
	WhereLogo:             "en logotyp",
	UnknownKey:            "okänd nyckel %q i %s; de nycklar som får stå här är %s",
	UnknownKeySuggest:     "okänd nyckel %q i %s; menade du %q? De nycklar som får stå här är %s",
	UnknownTable:          "%s är ingen tabell som en källfil har; dess tabeller är [[promise]], [[promise.activity]], [[promise.activity.followup]] och [[signatory]]",
	UnknownTableSuggest:   "%s är ingen tabell som en källfil har; menade du %s?",
	AtTopOfFile:           "överst i filen",
	UnderTable:            "under denna %s",
	InsideLogo:            "inom logotypens { }",
	WhatTitle:             "dokumentets rubrik",
	WhatMunicipality:      "kommunens namn",
	WhatPeriod:            "löftesperioden",
	WhatDate:              "dagen då uppföljningen fastställdes",
	WhatSubtitle:          "underrubriken",
	WhatIntro:             "inledningen",
	WhatPromisesHeading:   "rubriken över löftena",
	WhatActivitiesHeading: "rubriken över aktiviteterna",
	WhatSignatoryName:     "namnet på den som skriver under",
	WhatSignatoryRole:     "rollen för den som skriver under",
	WhatPromiseText:       "löftets text",
	WhatActivityText:      "aktivitetens text",
	WhatResponsible:       "vem som ansvarar",
	WhatTertial:           "uppföljningens tertial",
	WhatStatus:            "status",
	WhatNote:              "anteckningen",
	WhatLogoPath:          "bildfilen",
	WhatLogoAlt:           "logotypens alternativtext",
	KeyMissing:            "%s saknas: lägg till %s = \"…\" %s",
	NotText:               "%s ska vara text inom citattecken, som %s = \"…\"; här står %s",
	TextTooLong:           "%s är längre än %d tecken; dela upp texten",
	EmptyRequired:         "%s är tom; skriv %s här",
	EmptyOptional:         "%s är tom; skriv %s eller ta bort nyckeln",
	NoPromise:             "källfilen har inget löfte; lägg till ett med [[promise]] och text = \"…\"",
	NoActivity:            "löftet har ingen aktivitet; lägg till en med [[promise.activity]] under det",
	RepeatedPromise:       "löftet har samma text som löftet på rad %d; om de inte är samma, skilj dem åt",
	RepeatedActivity:      "aktiviteten har samma text som aktiviteten på rad %d; om de inte är samma, skilj dem åt",
	ResponsibleNotNames:   "responsible ska räkna upp namn inom citattecken, som [\"Polisen\", \"Kommunen\"]; här står %s",
	SecondFollowup:        "en andra uppföljning av tertial %s för samma aktivitet (den första står på rad %d); skriv båda i en anteckning",
	TertialFormat:         "ett tertial skrivs ÅÅÅÅ-T1, ÅÅÅÅ-T2 eller ÅÅÅÅ-T3, till exempel 2020-T1",
	TertialBad:            "tertial %q: %s",
	TertialOutside:        "tertial %s ligger utanför perioden %s; ange ett tertial från %d-T1 till %d-T3",
	StatusUnknown:         "status %q är inte en av: %s",
	StatusUnknownSuggest:  "status %q är inte en av statusarna; menade du %q? (de som går är: %s)",
	PartyComma:            "%q innehåller ett kommatecken och är nog två parter; skriv dem var för sig i en lista: responsible = %s",
	PartyNearDuplicate:    "%q liknar %q på rad %d; är det samma part? skriv den likadant överallt, annars blir de två parter",
	FollowupEmpty:         "uppföljningen har varken anteckning eller status; skriv vad som gjorts med note = \"…\"",
	PeriodFormat:          "period %q: en period är ett år (\"2023\") eller två år med bindestreck (\"2020-2021\")",
	PeriodYears:           "period %q: åren ska ligga mellan %d och %d",
	PeriodReversed:        "period %q slutar innan den börjar; skriv det tidigare året först, som \"%d-%d\"",
	PeriodTooLong:         "period %q sträcker sig över mer än %d år; en källfil gäller en löftesperiod",
	DateFormat:            "datum %q: skriv datumet som ÅÅÅÅ-MM-DD, till exempel \"2020-12-15\"",
	DateNoSuchDay:         "datum %q: den dagen finns inte; kontrollera månaden och dagen",
	DateNotShown:          "datumet %s hör till %v, det senaste tertialet med uppföljning; rapporten för %v byggs utan datum",
	DateYears:             "datum %q: året ska ligga mellan %d och %d",
	NotTables:             "%s ska skrivas som %s-tabeller; här står %s",
	DescText:              "texten %q",
	DescNumber:            "talet %v",
	DescBool:              "%v (sant eller falskt)",
	DescDate:              "ett datum eller en tid",
	DescList:              "en lista",
	DescTable:             "en tabell",
	LogosNotList:          "logos ska vara en lista med bildfiler, som logos = [\"logotyper/polisen.png\"]; här står %s",
	TooManyLogos:          "logos räknar upp %d bilder; högst %d får plats i logotypraden",
	LogoEntry:             "varje logotyp är ett filnamn inom citattecken eller {path = \"…\", alt = \"…\"}; här står %s",
	LogoNoName:            "logotypens filnamn är tomt",
	LogoCannotReadLooked:  "logotypen \"%s\" kan inte läsas: %s (letade efter %s)",
	LogoFolder:            "logotypen \"%s\" är en mapp, inte en bildfil",
	LogoNotRegular:        "logotypen \"%s\" är ingen vanlig fil (en namngiven pipe eller en enhet?), så den lästes inte; ange en bildfil i PNG eller JPEG",
	LogoCannotRead:        "logotypen \"%s\" kan inte läsas: %s",
	LogoTooLarge:          "logotypen \"%s\" är större än %d MB; spara en mindre bild",
	LogoNotImage:          "logotypen \"%s\" är ingen PNG- eller JPEG-bild",
	LogoTooManyPixels:     "logotypen \"%s\" är %d×%d bildpunkter; högst %.0f megapixlar går, spara en mindre bild",
	LogoNoPixels:          "logotypen \"%s\" har inga bildpunkter (den är %d×%d); spara bilden på nytt i ett bildprogram",
	LogoDamaged:           "logotypen \"%s\" är skadad: en %s-bild som inte går att läsa (%v)",
	Warning:               "varning: %s",
	NoGlyph:               "tecknet %s finns inte i typsnitten i %s; där visas det som %c",
	CannotShow:            "tecknet %s kan inte visas; det visas som %c",
	ControlCharacter:      "%s (ett styrtecken)",
	OutputPDF:             "PDF:en",
	OutputWorkbook:        "arbetsboken",
	OutputHTML:            "HTML-sidan",
	CellTooLong:           "texten är längre än de %d tecken en Excelcell rymmer; arbetsboken visar början, som slutar med …",
	MissingFollowups:      "%s: %d av %d aktiviteter saknar status för %s:",
	MissingFollowupsOne:   "%s: %d av %d aktivitet saknar status för %s:",
	TertialName:           "tertial %d %d",
	TemplateTooLarge:      "mallen är större än %d MB",
	TemplateUnknownKey:    "okänd nyckel %q",
	TemplateWrongType:     "%s har fel sorts värde; skriv det som den inbyggda mallen gör (text inom citattecken, ett tal eller en lista inom [ ])",
	TemplateLanguage:      "language %q är ingen språkkod som \"sv-SE\"",
	TemplateWordEmpty:     "%s är tom; skriv ordet som ska användas",
	TemplateListCount:     "%s ska räkna upp %d ord, den räknar upp %d",
	TemplateListWordEmpty: "%s: ord %d är tomt",
	TemplateTwice:         "%s räknar upp %q två gånger; vart och ett behöver egna ord",
	SheetNameEmpty:        "%s är tom; ett blad behöver ett namn",
	SheetNameLong:         "%s %q är längre än de 31 tecken Excel tillåter i ett bladnamn",
	SheetNameChars:        "%s %q innehåller något av : \\ / ? * [ ], som Excel inte tillåter i ett bladnamn",
	SheetNameQuote:        "%s %q börjar eller slutar med ', som Excel inte tillåter i ett bladnamn",
	SheetNameReserved:     "%s: Excel använder själv namnet History",
	SheetNameTaken:        "%s %q är namnet på ett annat blad också; varje blad behöver ett eget namn",
	TemplateStatusCount:   "ange från 1 till %d [[status]], mallen anger %d",
	TemplateStatusNoWord:  "status %d saknar ord",
	TemplateStatusTwice:   "status %q står två gånger",
	TemplateStatusColour:  "status %q: color %q är ingen färg som \"#2E7D32\"",
	TemplateColour:        "%s %q är ingen färg som \"#2E7D32\"",
	TemplateFont:          "%s %q är inget av de inbyggda typsnitten: %s",
	TemplateRange:         "%s är %v; det ska ligga mellan %v och %v",
	TemplateShare:         "%s: varje andel ska vara minst 0,1, här står %v",
	TemplateShares:        "%s ska vara %d andelar som tillsammans blir 1",
	TemplateWidths:        "theme.data_widths ska ange 9 bredder, en för varje kolumn i databladet, den anger %d",
	TemplateWidth:         "theme.data_widths: varje bredd ska ligga mellan 2 och 100 tecken, här står %v",
	TemplateHelpLines:     "fillin.help ska ha från 1 till 10 rader, den har %d",
	BuiltInTemplate:       "den inbyggda mallen: %s",
	StatusDiffersBooks:    "%s: status %q skiljer sig från %q i %s %s för samma aktivitet; gör dem lika, eller för in bara en av dem",
	StatusConflict:        "%s: status %q skiljer sig från det som står i %s på rad %d för %s; ändra tillbaka cellen, eller för in med -replace (arbetsbokens gäller) eller -keep (källfilens gäller)",
	NoteConflict:          "%s: kommentaren skiljer sig från det som står i %s på rad %d för %s; ändra tillbaka cellen, eller för in med -replace (arbetsbokens gäller), -append (båda behålls) eller -keep (källfilens gäller)",
	FollowupInline:        "%s: uppföljningen på rad %d är skriven inom { }; skriv den som en [[promise.activity.followup]]-tabell för att kunna föra in i den",
	ActivityInline:        "%s: aktiviteten på rad %d, eller dess uppföljningar, är skrivna inom { }; skriv dem som [[promise.activity]]- och [[promise.activity.followup]]-tabeller för att kunna föra in i dem",
	ImportWouldBreak:      "källfilen skulle inte gå att läsa efter importen, så ingenting skrevs: %s",
	ImportNotReadBack:     "efter importen skulle uppföljningen av aktiviteten på rad %d inte läsas som den skrevs, så ingenting skrevs",
	BookTooLarge:          "filen är större än %d MB; ett underlag är mycket mindre, så det här är inget underlag",
	BookNotXLSX:           "det här är ingen arbetsbok i formatet .xlsx som går att läsa (en .ods- eller .csv-fil?); öppna den i kalkylprogrammet, Excel, LibreOffice eller ett annat, spara som Excel-arbetsbok (.xlsx) och försök igen",
	BookNotCollect:        "arbetsboken är inte gjord av uppfoljning collect (den saknar sitt dolda blad %q); fyll i den arbetsbok som collect gjorde",
	BookOtherSource:       "arbetsboken gjordes för %s %s (%s), inte för %s %s (%s); för in den i sin egen källfil",
	BookTertial:           "arbetsbokens tertial %q ligger inte i källfilens period %s",
	BookOtherTertial:      "arbetsboken gäller %s, den före den %s; för in ett tertial i taget",
	BookSheetMissing:      "bladet %q saknas; använd den arbetsbok som collect gjorde, med bladen som de var",
	BookTooManyRows:       "bladet %q har %d rader; ett underlag har en för varje aktivitet",
	BookHeadingMissing:    "%s, rad 1: rubriken %s saknas; använd den arbetsbok som collect gjorde, med kolumnerna som de var",
	BookRowNoKey:          "%s: rad %d saknar nyckel, så det går inte att veta vilken aktivitet den gäller (lades den till för hand?); skriv på aktivitetens egen rad",
	BookBadKey:            "%s: radens dolda nyckel (%s) är ingen som collect skrev; använd den arbetsbok som collect gjorde",
	BookActivityGone:      "%s: aktiviteten på rad %d (%s) finns inte i %s som den var när arbetsboken gjordes (den har ändrats eller tagits bort); gör en ny arbetsbok med collect, för över kommentaren för hand, eller för in resten med -keep",
	BookActivityEdited:    "%s: aktivitetens text har ändrats i källfilen sedan arbetsboken gjordes: här %s, i %s nu %s; svaret förs in på aktiviteten på samma plats i samma löfte",
	BookRowTwice:          "%s: rad %d gäller samma aktivitet som rad %d (kopierades raden?); behåll en av dem",
	BookStatusUnknown:     "%s: status %q är inte en av: %s; välj en i cellens lista, eller lämna den tom",
	BookLockedEdited:      "%s: cellen är låst och dess text har ändrats till %s; det som står där förs inte in. Skriv i %s eller %s i stället, och ändra tillbaka cellen",
	BookFormula:           "%s: cellen innehåller en formel (=%s); skriv själva texten, eftersom formler inte läses",
	BookNotText:           "%s: cellen innehåller %s, som inte är en text; skriv själva texten",
	BookTrue:              "sanningsvärdet SANT",
	BookFalse:             "sanningsvärdet FALSKT",
	BookErrorValue:        "felvärdet %s",
	BookEncrypted:         "arbetsboken är skyddad med lösenord och går inte att läsa; öppna den, ta bort lösenordet (Arkiv › Information › Skydda arbetsbok › Kryptera med lösenord, töm rutan), spara och skicka den igen",
	BookDamaged:           "arbetsboken är skadad och går inte att läsa; öppna den i Excel eller LibreOffice, spara den igen som Excel-arbetsbok (.xlsx) och försök igen",
	BookTooLargeUnzipped:  "arbetsboken packas upp till mer än %d MB, eller en del av den till mer än %d MB; ett underlag är mycket mindre, så det här är inget underlag",
	BookFormulaHidden:     "%s: cellen innehåller en formel; skriv själva texten, eftersom formler inte läses",
	BookCellOutside:       "%s: cellen ligger utanför underlagets kolumner (A–%s), så det som står där läses inte; flytta texten till %s, eller ta bort den",
	BookMetaChanged:       "det dolda bladet %q har ändrats (i %s); använd den arbetsbok som collect gjorde, eller gör en ny",
	BookHeadingTwice:      "%s: rubriken %s står både här och i %s, så det går inte att veta vilken kolumn som gäller; ta bort den ena kolumnen eller byt dess rubrik",
	BookNumberUnshown:     "%s: talet %s kan inte visas i cellens format %s (Excel visar ####); skriv själva texten, eller ge cellen formatet Text",
	BookTertialHeading:    "arbetsbokens dolda blad säger %s, men rubriken i %s (%s) hör till %s; arbetsboken har ändrats, så gör en ny med collect",
	BookNoteTooLong:       "%s: kommentaren är längre än de %d tecken som går; korta den eller dela upp den",
	BookSorted:            "%s: raderna har sorterats utan den dolda kolumnen %s, så de hör inte längre ihop med sina aktiviteter (rad %d har en annan aktivitets text); gör Ångra (Ctrl+Z) tills sorteringen är borta, spara och skicka igen, och sortera inte bladet",
	BookMoreProblems:      "och %d fel till av samma slag som inte visas här; rätta dem ovan och försök igen, så visas resten",
	CannotReadBook:        "kan inte läsa arbetsboken: %s",
	UnknownCommand:        "uppfoljning: okänt kommando %q; kommandona är new, check, status, collect, import, build och version",
	HelpHint:              "Skriv \"uppfoljning %s -h\" för hjälp.",
	FlagUnknown:           "uppfoljning %s: okänd flagga %s",
	FlagNeedsValue:        "uppfoljning %s: flaggan %s behöver ett värde, som %s VÄRDE",
	FlagBool:              "uppfoljning %s: flaggan %s skrivs ensam, utan värde",
	FlagTertial:           "uppfoljning %s: -tertial %q: %s",
	NoSource:              "uppfoljning %s: ange minst en källfil, till exempel uppfoljning %s eksjo.toml",
	OneSource:             "uppfoljning %s: ange en källfil, inte %d",
	OneFile:               "uppfoljning new: ange en fil att skriva, inte %d",
	ImportArgs:            "uppfoljning import: ange källfilen och minst en arbetsbok, till exempel uppfoljning import eksjo.toml underlag.xlsx",
	TemplateUnreadable:    "mallen %s: kan inte läsa den: %s",
	FormatUnknown:         "uppfoljning build: -format: okänt format %q; formaten är %s",
	FormatNone:            "uppfoljning build: -format: ange minst ett format: %s",
	EpochBad:              "uppfoljning: SOURCE_DATE_EPOCH=%q är inget antal sekunder sedan 1970",
	PeriodFlag:            "uppfoljning new: -period %q: en period är ett år (2025) eller två år med bindestreck (2025-2026)",
	FileExists:            "%s: filen finns redan; new ersätter aldrig en fil, så välj ett annat namn",
	CannotWrite:           "%s: kan inte skriva den: %s",
	SameName:              "%s: byggdes inte: dess rapport %s skulle ersätta den som just byggdes från %s; byt namn på en av källfilerna",
	NotWritten:            "%s: %s skrevs inte: %s",
	CollectHoldsAnswers:   "%s innehåller svar och skrivs inte över; flytta det till mappen svar eller byt namn på det, och försök igen",
	CollectCannotTell:     "%s finns redan men går inte att läsa som ett underlag, så det kan innehålla svar och skrivs inte över; flytta det till mappen svar eller byt namn på det, och försök igen",
	FileLocked:            "%s är öppen i ett annat program (Excel eller en PDF-läsare?), så den kunde inte ersättas; stäng den där och försök igen. Filen är som den var.",
	InternalErrorSource:   "%s: internt fel, inget mer skrevs för den här källfilen: %v",
	CannotMakeFolder:      "kan inte skapa mappen %s: %s",
	CannotWriteFolder:     "kan inte skriva i mappen %s: %s",
	CannotSave:            "kan inte spara %s: %s",
	OutputIsFolder:        "%s är en mapp, så filen kan inte skrivas där; ta bort mappen eller byt namn på den och försök igen",
	Interrupted:           "uppfoljning: avbrutet; filerna som skrevs ändrades inte",
	StatusLine:            "%s: %s: %d av %d aktiviteter har status",
	StatusLineOne:         "%s: %s: %d av %d aktivitet har status",
	StatusParty:           "utan status, %s (%d):",
	ImportSummary:         "%s: tillagda %d, ifyllda %d, ersatta %d, oförändrade %d, utan svar %d",
	NothingToChange:       "%s: inget att ändra",
	DryRun:                "%s: ingenting skrevs (-n)",
	ImportWritten:         "%s: skriven för %s; den tidigare versionen är sparad som %s",
	ImportSettleOne:       "uppfoljning import: -keep, -replace och -append kan inte anges tillsammans; välj en av dem",
	ChangeAdded:           "ny uppföljning",
	ChangeFilled:          "ifylld",
	ChangeReplaced:        "ersätts med arbetsbokens",
	ChangeAppended:        "arbetsbokens kommentar läggs efter den som finns",
	ChangeKept:            "konflikt: källfilens behålls",
	ChangeStatus:          "status: %s → %s",
	ChangeNote:            "kommentar: %s → %s",
	ChangeWorkbookHas:     "arbetsboken har: status %s, kommentar %s",
	ChangeNone:            "(ingen)",
	ConflictsLeft:         "%s: konflikterna ovan lämnades; där behölls källfilens status och kommentar",
	ConflictsChoose:       "%s: arbetsböckerna skiljer sig från källfilen (se ovan); för in med -keep (källfilens gäller), -replace (arbetsbokens gäller) eller -append (båda kommentarerna behålls), eller ändra cellerna",
	TertialChosen:         "%s: %s (välj en annan med -tertial, till exempel -tertial %s)",
	BakFailed:             "%s: den tidigare versionen kunde inte sparas, så ingenting skrevs: %s",
	SourceChanged:         "%s ändrades av någon annan (ett annat program eller en annan import) efter att den lästes in, så ingenting skrevs; kör igen",
	SourceReadOnly:        "%s är skrivskyddad, så ingenting skrevs; ta bort skrivskyddet (i Utforskaren: Egenskaper, Skrivskyddad) och försök igen",
	BookNamedTwice:        "obs: %s är angiven mer än en gång; den läses in en gång",
	CheckOK:               "%s: ok",
	DropBuilt:             "%s: rapporten finns i %s",
	PressEnter:            "Tryck på Enter för att stänga fönstret.",
	Version:               "uppfoljning %s",
	HelpUsage: `uppfoljning bygger tertialuppföljningen av medborgarlöften.

Användning:
  uppfoljning new [-municipality NAMN] [-period ÅÅÅÅ[-ÅÅÅÅ]] FIL.toml
  uppfoljning check [-tertial ÅÅÅÅ-Tn] [-format LISTA] [-template FIL] KÄLLA.toml…
  uppfoljning status [-tertial ÅÅÅÅ-Tn] [-template FIL] KÄLLA.toml…
  uppfoljning collect [-tertial ÅÅÅÅ-Tn] [-out MAPP] [-per-responsible] [-template FIL] KÄLLA.toml
  uppfoljning import [-n] [-replace] [-template FIL] KÄLLA.toml ARBETSBOK.xlsx…
  uppfoljning build [-tertial ÅÅÅÅ-Tn] [-format LISTA] [-out MAPP] [-template FIL] KÄLLA.toml…
  uppfoljning serve [-addr ADRESS] [-no-browser] [MAPP | KÄLLA.toml]
  uppfoljning KÄLLA.toml…
  uppfoljning version

Kommandon:
  new      skriver en ny källfil för en löftesperiod, att fylla i
  check    kontrollerar varje källfil och säger "ok" eller vad som är fel
  status   visar vilka aktiviteter som saknar status för ett tertial
  collect  skriver underlaget där kollegorna fyller i tertialets uppföljning
  import   för in det som skrivits i ifyllda underlag i källfilen
  build    bygger rapporten för varje källfil
  serve    öppnar arbetsytan i webbläsaren: hela tertialomgången utan kommandon
  version  visar programmets version

En källfil utan kommando (som när en fil släpps på programmet) byggs i
mappen "rapporter" bredvid den. Dubbelklickar du på programmet öppnas
arbetsytan för mappen det ligger i.
Skriv "uppfoljning help KOMMANDO" eller "uppfoljning KOMMANDO -h" för ett
kommandos flaggor. Källfilens format beskrivs i
dokumentation/kallfilens-format.html bredvid programmet.

Slutstatus: 0 klart, 2 fel i indata eller kommandorad, 1 annat fel.
`,
	HelpBuild: `Användning: uppfoljning build [flaggor] KÄLLA.toml…

Bygger uppföljningsrapporten för varje källfil: PDF:en att publicera och
arbetsboken till nämnden, som MAPP/<källfilens namn>-<ÅÅÅÅ>-T<n>.<format>.
Varje fil som skrivs visas med sin sökväg. En källfil med fel skriver ingenting och
stoppar inte de andra. Aktiviteter som saknar status för rapportens
tertial varnas för.

Rapporten gäller det senaste tertial som källfilen har uppföljning för
(periodens första om den inte har någon), om inte -tertial säger annat.

Flaggor:
  -tertial ÅÅÅÅ-Tn   bygg rapporten för detta tertial (t.ex. 2020-T1) i stället för det senaste med uppföljning
  -format LISTA      formaten att skriva, åtskilda med komma: pdf, xlsx, html (normalt pdf,xlsx)
  -out MAPP          skriv rapporterna i denna mapp, som skapas om den saknas (normalt out)
  -template FIL      använd ord och utseende från denna mall i stället för den inbyggda svenska
`,
	HelpCheck: `Användning: uppfoljning check [flaggor] KÄLLA.toml…

Kontrollerar varje källfil och visar "ok", eller varje fel i den med
radnummer. Den varnar för samma saker som build: aktiviteter som saknar
status för rapportens tertial och tecken som inte kan visas.
Ingenting skrivs.

Flaggor:
  -tertial ÅÅÅÅ-Tn   kontrollera rapporten för detta tertial i stället för det senaste med uppföljning
  -format LISTA      formaten att kontrollera tecknen för: pdf, xlsx, html (normalt pdf,xlsx)
  -template FIL      kontrollera med denna mall, och kontrollera mallen också
`,
	HelpStatus: `Användning: uppfoljning status [flaggor] KÄLLA.toml…

Visar för varje källfil hur många aktiviteter som har status för ett
tertial, och listar dem som saknar, efter vem som ansvarar, med radnummer.
Tertialet är det pågående (enligt dagens datum), eller periodens sista när
perioden är slut, om inte -tertial säger annat.

Flaggor:
  -tertial ÅÅÅÅ-Tn   visa detta tertial (t.ex. 2020-T2)
  -template FIL      använd ord från denna mall
`,
	HelpCollect: `Användning: uppfoljning collect [flaggor] KÄLLA.toml

Skriver underlaget för ett tertials uppföljning,
MAPP/<källfilens namn>-<ÅÅÅÅ>-T<n>-underlag.xlsx: en rad per aktivitet, med
en status att välja och en kommentar att skriva, ifyllda med det källfilen
redan har för tertialet. Skicka det till dem som rapporterar aktiviteterna
och för in deras svar i källfilen med "uppfoljning import". Varje fil som
skrivs visas med sin sökväg.

Tertialet är det pågående (enligt dagens datum), eller periodens sista när
perioden är slut, om inte -tertial säger annat.

Flaggor:
  -tertial ÅÅÅÅ-Tn   samla in uppföljningen för detta tertial (t.ex. 2020-T2)
  -out MAPP          skriv arbetsböckerna i denna mapp, som skapas om den saknas (normalt out)
  -per-responsible   skriv en arbetsbok per ansvarig, med just dennes aktiviteter
  -template FIL      använd ord från denna mall
`,
	HelpImport: `Användning: uppfoljning import [flaggor] KÄLLA.toml ARBETSBOK.xlsx…

För in status och kommentarer från ifyllda underlag (gjorda med
"uppfoljning collect") i källfilen: en ny uppföljning direkt efter
aktivitetens sista rader, eller en platshållare ifylld där den står.
Ingenting annat i filen ändras. Den tidigare versionen sparas i mappen
KÄLLA.toml.versioner bredvid källfilen, med datum och tid i namnet; de tio
senaste sparas.

En status eller kommentar som skiljer sig från en som källfilen redan har
för tertialet är en konflikt: då skrivs ingenting, om inte -keep, -replace
eller -append anger vad som ska gälla. Kommentarer från flera ansvariga
till samma aktivitet förs in som stycken, i den ordning aktiviteten
nämner de ansvariga. En arbetsbok med fel stoppas med blad och cell, och
då skrivs ingenting.

Flaggor:
  -n                 visa vad som skulle ändras, aktivitet för aktivitet, men skriv ingenting
  -keep              för in allt utom konflikterna; där behålls källfilens
  -replace           vid konflikt gäller arbetsbokens status och kommentar
  -append            vid konflikt läggs arbetsbokens kommentar efter källfilens
  -template FIL      använd ord från denna mall
`,
	HelpNew: `Användning: uppfoljning new [flaggor] FIL.toml

Skriver en ny källfil för en löftesperiod: alla nycklar, förklarade i
kommentarer, med ett löfte, en aktivitet och en uppföljning att fylla i.
Den kan kontrolleras och byggas som den är. En fil som redan finns ersätts
aldrig.

Flaggor:
  -municipality NAMN   kommunens namn (normalt "Kommunens namn")
  -period ÅÅÅÅ[-ÅÅÅÅ]  löftesperioden (normalt i år)
  -template FIL        använd status från denna mall
`,
	HelpServe: `Användning: uppfoljning serve [flaggor] [MAPP | KÄLLA.toml]

Öppnar arbetsytan i webbläsaren: mappens källfiler, var och en med sin
rapport (som ritas om när filen sparas), aktiviteterna som saknar status
och tertialomgångens steg: skicka ut underlag, för in svaren (med
förhandsgranskning och ett val för varje konflikt), skriv in ett svar
själv och bygg rapporten. Mappen är den aktuella om ingen anges; anges en
källfil öppnas dess sida.

Arbetsytan körs bara på den här datorn och ingenting skickas någon
annanstans. Den visar sin adress, som innehåller sessionens nyckel, och
körs tills fönstret stängs eller Ctrl+C trycks ned.

Flaggor:
  -addr ADRESS    lyssna här (standard 127.0.0.1:0, en ledig port); bara
                  127.0.0.1, [::1] eller localhost
  -no-browser     öppna inte webbläsaren, visa bara adressen
  -template FIL   använd ord från denna mall
`,
	HelpVersion: `Användning: uppfoljning version

Visar programmets version.
`,
	WebApp:                  "Uppföljning av medborgarlöften",
	WebSkip:                 "Hoppa till innehållet",
	WebFolder:               "Mapp:",
	WebStartTitle:           "Arbetsyta",
	WebStartSources:         "Källfiler i mappen",
	WebStartName:            "Källfil",
	WebStartMunicipality:    "Kommun",
	WebStartPeriod:          "Period",
	WebStartRound:           "Tertial att följa upp",
	WebStartFollowed:        "Aktiviteter med uppföljning",
	WebStartNone:            "Mappen har inga källfiler (.toml). Öppna en annan mapp, eller skapa en ny källfil nedan.",
	WebStartOpen:            "Öppna en annan mapp",
	WebStartPath:            "Mappens sökväg (kopiera den från Utforskarens adressfält)",
	WebStartOpenButton:      "Öppna mappen",
	WebStartHere:            "Mappar här med källfiler",
	WebStartRecent:          "Mappar du har öppnat tidigare",
	WebStartNew:             "Ny källfil",
	WebStartNewMunicipality: "Kommunens namn",
	WebStartNewPeriod:       "Löftesperiod",
	WebStartNewPeriodHelp:   "Ett år eller två, till exempel 2025 eller 2025-2026. Tomt: i år.",
	WebStartNewName:         "Filnamn",
	WebStartNewNameHelp:     "Filen skapas i mappen ovan och får ändelsen .toml. Ingen fil skrivs över.",
	WebStartNewButton:       "Skapa källfilen",
	WebSourceSections:       "Delar av sidan",
	WebSourceReport:         "Rapporten",
	WebSourceMissing:        "Saknas",
	WebSourceCollect:        "Skicka ut underlag",
	WebSourceAnswers:        "För in svar",
	WebSourceWrite:          "Skriv själv",
	WebSourceBuild:          "Bygg rapport",
	WebSourceTertial:        "Tertial",
	WebSourceShow:           "Visa",
	WebSourceReportFrame:    "Rapporten som webbsida",
	WebSourceReportWindow:   "Öppna rapporten i ett eget fönster",
	WebSourceLine:           "rad",
	WebSourceWriteThis:      "skriv själv",
	WebSourceCollectHelp:    "Arbetsböckerna sparas i mappen underlag, bredvid källfilen. Skicka dem till de ansvariga och be dem fylla i kolumnerna Status och Kommentar.",
	WebSourceCollectHow:     "Arbetsböcker",
	WebSourceCollectOne:     "En arbetsbok med alla aktiviteter",
	WebSourceCollectPer:     "En arbetsbok per ansvarig",
	WebSourceCollectButton:  "Skapa underlagen",
	WebSourceBooks:          "Ifyllda underlag",
	WebSourceBooksHelp:      "Välj eller släpp hit de ifyllda arbetsböckerna (.xlsx). Inget skrivs förrän du har sett vad de ändrar.",
	WebSourcePreview:        "Förhandsgranska",
	WebSourceWriteHelp:      "För svar som kommer per telefon eller e-post: välj aktiviteten och skriv status och kommentar för tertialet. Det du skriver ersätter det som står för tertialet.",
	WebSourceActivity:       "Aktivitet",
	WebSourceStatus:         "Status",
	WebSourceNoStatus:       "(ingen ändring)",
	WebSourceNote:           "Kommentar",
	WebSourceWriteButton:    "Skriv in i källfilen",
	WebSourceBuildHelp:      "PDF, arbetsbok och webbsida sparas i mappen rapporter, bredvid källfilen.",
	WebSourceBuildButton:    "Bygg rapporten",
	WebSourceStale:          "Rapporten nedan är den senaste som gick att göra och visar inte de senaste ändringarna. Rätta felen ovan och spara filen, så följer rapporten med.",
	WebSourceWarnings:       "Varningar",
	WebPreviewRefused:       "Det här kan inte föras in",
	WebPreviewCaption:       "Vad arbetsböckerna ändrar",
	WebPreviewActivity:      "Aktivitet",
	WebPreviewNow:           "I källfilen nu",
	WebPreviewThen:          "Efter införandet",
	WebPreviewSettle:        "Välj vad som ska gälla för",
	WebPreviewKeep:          "Behåll källfilens",
	WebPreviewReplace:       "Ta arbetsbokens",
	WebPreviewBoth:          "Behåll båda kommentarerna som stycken (källfilens status står kvar)",
	WebPreviewWrite:         "För in",
	WebFollowed:             "%d av %d",
	WebMissing:              "%d av %d aktiviteter saknar status för %s.",
	WebMissingOne:           "%d av %d aktivitet saknar status för %s.",
	WebMissingNone:          "Alla aktiviteter har status för %s.",
	WebSourceProblems:       "Källfilen kan inte läsas: rätta det här och spara filen",
	WebStartProblem:         "kan inte läsas; öppna den för att se varför",
	WebNoReport:             "Här visas rapporten när källfilen går att läsa. Rätta felen och spara filen.",
	WebRefusedHost:          "Arbetsytan svarar bara på adressen 127.0.0.1 eller localhost med sitt eget portnummer.",
	WebRefusedToken:         "Arbetsytan öppnas bara med adressen som programmet skrev ut när det startade. Öppna den adressen, eller starta programmet igen.",
	WebRefusedOrigin:        "Ändringar tas bara emot från arbetsytans egna sidor.",
	WebRefusedMethod:        "Arbetsytan tar inte emot den sortens förfrågan.",
	WebNotFound:             "%s finns inte i mappen %s.",
	WebCollectDone:          "Underlagen för %s är sparade i mappen %s:",
	WebBuildDone:            "Rapporten för %s är sparad i mappen %s:",
	WebChanged:              "%s har ändrats sedan sidan läste in den, så ingenting skrevs. Gå tillbaka och gör om det, så ser du vad filen innehåller nu.",
	WebBack:                 "Tillbaka till %s",
	WebPreviewTitle:         "Förhandsgranskning för %s",
	WebNothingToTakeIn:      "Arbetsböckerna ändrar ingenting i %s för %s.",
	WebPreviewFor:           "Arbetsböckerna gäller %s: det är det tertialet som ändras nedan.",
	WebFormTooLarge:         "Formuläret är för stort: högst %d MB går att skicka. Korta texten och skicka igen; ingenting skrevs.",
	WebNotFolder:            "%s går inte att öppna som mapp: %s",
	WebEditNothing:          "Välj en status eller skriv en kommentar; annars finns inget att skriva in.",
	WebUploadTooLarge:       "Arbetsböckerna är för stora tillsammans: högst %d st och %d MB åt gången.",
	WebNoBooks:              "Välj minst en ifylld arbetsbok (.xlsx).",
	WebUploadGone:           "Förhandsgranskningen har gått ut. Välj arbetsböckerna igen och förhandsgranska.",
	WebUnsettled:            "Välj vad som ska gälla för varje konflikt innan du för in.",
	WebNameTaken:            "Filnamnet %s är inte ett vanligt filnamn: skriv bara namnet, utan mapp.",
	WebServing:              "Arbetsytan är öppen i webbläsaren på adressen nedan. Stäng det här fönstret, eller tryck Ctrl+C, för att avsluta.",
	WebNotLoopback:          "-addr %s: arbetsytan tar bara emot anslutningar från den egna datorn; ange 127.0.0.1, [::1] eller localhost med ett portnummer, till exempel 127.0.0.1:8080",
	WebCannotListen:         "-addr %s: där går det inte att lyssna, oftast för att ett annat program redan använder porten. Välj en annan port, eller utelämna -addr så väljs en ledig.",
	WebPeriod:               "Löftesperioden %q ska vara ett år (2025) eller två år med bindestreck (2025-2026).",
	WebNoBrowser:            "Webbläsaren kunde inte öppnas (%s); öppna adressen själv.",
}
