package mention

import "strings"

// Word lists the grammar reads. Keys are lower case.

// unitWords are the cardinals below twenty.
var unitWords = map[string]float64{
	"zero": 0, "naught": 0, "nought": 0, "nil": 0,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensWords = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleWords multiply what precedes them. Plurals appear in "three
// billions"; bare plurals without a count are vague ("millions of").
var scaleWords = map[string]float64{
	"hundred": 100, "hundreds": 100,
	"thousand": 1e3, "thousands": 1e3,
	"million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
	"billion": 1e9, "billions": 1e9, "bn": 1e9,
	"trillion": 1e12, "trillions": 1e12, "tn": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5,
	"crore": 1e7, "crores": 1e7, "krore": 1e7, "krores": 1e7, "koti": 1e7, "cr": 1e7,
	"dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12,
}

// suffixScales are abbreviations written straight after digits ("100k",
// "2.5bn", "1MM", "10G").
var suffixScales = map[string]float64{
	"k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
	"b": 1e9, "bn": 1e9, "g": 1e9, "tn": 1e12, "l": 1e5, "cr": 1e7,
}

// ordinalWords give the ordinal's number; they serve days of the month
// ("twenty first") and fraction denominators ("three fifths").
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
	"fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
	"ninetieth": 90, "hundredth": 100, "thousandth": 1e3, "millionth": 1e6,
	"billionth": 1e9, "trillionth": 1e12,
}

// denominatorWords are fraction words including plurals and "half"/"quarter".
var denominatorWords = func() map[string]float64 {
	// "firsts" only closes compounds such as "three twenty firsts".
	m := map[string]float64{"half": 2, "halves": 2, "quarter": 4, "quarters": 4, "firsts": 1}
	for w, v := range ordinalWords {
		if v == 1 || v == 2 {
			continue // "first" and "second" are not fractions
		}
		m[w] = v
		m[w+"s"] = v
	}
	return m
}()

var vulgarFractions = map[rune]float64{
	'½': 0.5, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2,
	'⅖': 0.4, '⅗': 0.6, '⅘': 0.8, '⅙': 1.0 / 6, '⅚': 5.0 / 6, '⅛': 0.125,
	'⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
}

// hedge is a phrase before an amount that bounds it.
type hedge struct {
	words []string
	mod   Mod
	// near marks hedges that put the amount just below the stated figure
	// ("nearly", "almost") rather than anywhere below it ("up to").
	near bool
}

// hedges are tried longest first, so "just under" wins over "under".
var hedges = []hedge{
	{words: []string{"no", "more", "than"}, mod: ModLess},
	{words: []string{"not", "more", "than"}, mod: ModLess},
	{words: []string{"no", "longer", "than"}, mod: ModLess},
	{words: []string{"not", "less", "than"}, mod: ModMore},
	{words: []string{"at", "most"}, mod: ModLess},
	{words: []string{"a", "maximum", "of"}, mod: ModLess},
	{words: []string{"a", "minimum", "of"}, mod: ModMore},
	{words: []string{"no", "fewer", "than"}, mod: ModMore},
	{words: []string{"no", "less", "than"}, mod: ModMore},
	{words: []string{"in", "excess", "of"}, mod: ModMore},
	{words: []string{"just", "over"}, mod: ModMore},
	{words: []string{"well", "over"}, mod: ModMore},
	{words: []string{"more", "than"}, mod: ModMore},
	{words: []string{"greater", "than"}, mod: ModMore},
	{words: []string{"at", "least"}, mod: ModMore},
	{words: []string{"upwards", "of"}, mod: ModMore},
	{words: []string{"upward", "of"}, mod: ModMore},
	{words: []string{"over"}, mod: ModMore},
	{words: []string{"above"}, mod: ModMore},
	{words: []string{"just", "under"}, mod: ModLess, near: true},
	{words: []string{"just", "shy", "of"}, mod: ModLess, near: true},
	{words: []string{"close", "to"}, mod: ModLess, near: true},
	{words: []string{"nearly"}, mod: ModLess, near: true},
	{words: []string{"almost"}, mod: ModLess, near: true},
	{words: []string{"as", "many", "as"}, mod: ModLess},
	{words: []string{"as", "much", "as"}, mod: ModLess},
	{words: []string{"up", "to"}, mod: ModLess},
	{words: []string{"fewer", "than"}, mod: ModLess},
	{words: []string{"less", "than"}, mod: ModLess},
	{words: []string{"under"}, mod: ModLess},
	{words: []string{"below"}, mod: ModLess},
	{words: []string{"exactly"}, mod: ModNone},
	{words: []string{"precisely"}, mod: ModNone},
	{words: []string{"an", "estimated"}, mod: ModApprox},
	{words: []string{"about"}, mod: ModApprox},
	{words: []string{"around"}, mod: ModApprox},
	{words: []string{"roughly"}, mod: ModApprox},
	{words: []string{"approximately"}, mod: ModApprox},
	{words: []string{"approx"}, mod: ModApprox},
	{words: []string{"some"}, mod: ModApprox},
	{words: []string{"circa"}, mod: ModApprox},
	{words: []string{"estimated"}, mod: ModApprox},
}

// hedgeStarts lets the scanner skip hedge matching on most words.
var hedgeStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range hedges {
		m[h.words[0]] = true
	}
	return m
}()

// currencySigns and currencyWords name money units.
var currencySigns = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR",
	"eur": "EUR", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "sterling": "GBP",
	"yen": "JPY", "yuan": "CNY", "crowns": "", "crown": "", "kronor": "", "koruna": "",
}

// vagueWords are amounts that name no exact count: value, min, max.
var vagueWords = map[string][3]float64{
	"few":       {3, 2, 5},
	"several":   {3, 3, 9},
	"dozens":    {24, 24, 99},
	"scores":    {40, 40, 99},
	"hundreds":  {200, 200, 999},
	"thousands": {2000, 2000, 9999},
	"millions":  {2e6, 2e6, 999e6},
	"billions":  {2e9, 2e9, 999e9},
}

// durationUnits are seconds per unit. Months and years follow the fixed
// 30- and 365-day rule that the rest of the product uses; in a composite
// with months, a year counts as 12 months (matchDuration).
var durationUnits = map[string]float64{
	"second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1,
	"minute": 60, "minutes": 60, "min": 60, "mins": 60, "m": 60,
	"hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600,
	"day": 86400, "days": 86400, "d": 86400, "night": 86400, "nights": 86400,
	"week": 604800, "weeks": 604800, "wk": 604800, "wks": 604800, "w": 604800,
	"weekend": 172800, "weekends": 172800,
	"fortnight": 1209600, "fortnights": 1209600,
	"month": 2592000, "months": 2592000, "mo": 2592000, "mos": 2592000,
	"quarter": 7776000, "quarters": 7776000,
	"year": 31536000, "years": 31536000, "yr": 31536000, "yrs": 31536000, "y": 31536000,
	"decade": 315360000, "decades": 315360000,
	"century": 3153600000, "centuries": 3153600000,
}

// IsNumberWord reports a cardinal written as a word ("fourteen",
// "twenty", "hundred"), folded to lower case, hyphenated compounds
// ("twenty-one") among them.
func IsNumberWord(w string) bool {
	for _, part := range strings.Split(w, "-") {
		_, unit := unitWords[part]
		_, tens := tensWords[part]
		_, scale := scaleWords[part]
		if !unit && !tens && !scale {
			return false
		}
	}
	return w != ""
}

// IsDurationUnit reports a word that names a unit of time ("hour",
// "h", "days"), as durations are read.
func IsDurationUnit(word string) bool {
	_, ok := durationUnits[strings.ToLower(word)]
	return ok
}

// shortUnits are unit abbreviations trusted only when glued to digits.
var shortUnits = map[string]bool{"s": true, "h": true, "d": true, "w": true, "y": true, "m": true}

var monthWords = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdayWords = map[string]int{
	"sunday": 0, "sun": 0, "monday": 1, "mon": 1, "tuesday": 2, "tue": 2,
	"tues": 2, "wednesday": 3, "wed": 3, "thursday": 4, "thu": 4, "thur": 4,
	"thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
	"sundays": 0, "mondays": 1, "tuesdays": 2, "wednesdays": 3,
	"thursdays": 4, "fridays": 5, "saturdays": 6,
}

// IsCalendarWord reports a month or weekday name or abbreviation, folded
// to lower case.
func IsCalendarWord(w string) bool {
	_, month := monthWords[w]
	_, weekday := weekdayWords[w]
	return month || weekday
}

var weekdayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// Word classes, computed once per token so that grammars can skip the
// table lookups for words that cannot play a part.
const (
	clsNumber  uint16 = 1 << iota // cardinal, tens or scale word
	clsMonth                      // month name
	clsWeekday                    // weekday name
	clsDurUnit                    // time unit
	clsHedge                      // first word of a hedge
	clsDenom                      // fraction denominator
	clsOrdinal                    // ordinal word
	clsStart                      // any other word that can open a mention
	clsAnchor                     // a word that is a mention on its own ("today", "half", "dozens")
	clsDigits                     // a number token
)

// anchorWords can carry a mention without a number, month or unit near.
var anchorWords = []string{"time", "today", "tonight", "tomorrow", "yesterday", "otd", "half", "couple", "pair", "few", "several", "tens"}

var wordClasses = func() map[string]uint16 {
	m := map[string]uint16{}
	set := func(w string, c uint16) { m[w] |= c }
	for w := range unitWords {
		set(w, clsNumber)
	}
	for w := range tensWords {
		set(w, clsNumber)
	}
	for w := range scaleWords {
		set(w, clsNumber)
	}
	for w := range monthWords {
		set(w, clsMonth)
	}
	for w := range weekdayWords {
		set(w, clsWeekday)
	}
	for w := range durationUnits {
		set(w, clsDurUnit)
	}
	for w := range hedgeStarts {
		set(w, clsHedge)
	}
	for w := range denominatorWords {
		set(w, clsDenom)
	}
	for w := range ordinalWords {
		set(w, clsOrdinal)
	}
	for w := range vagueWords {
		set(w, clsStart)
	}
	for w := range numberStarts {
		set(w, clsStart)
	}
	for w := range dateStarts {
		set(w, clsStart)
	}
	for w := range monthCues {
		set(w, clsStart)
	}
	for _, h := range holidays {
		w, _ := cutPossessive(h.words[0])
		set(w, clsStart|clsAnchor)
	}
	for w := range vagueWords {
		set(w, clsAnchor)
	}
	for _, w := range anchorWords {
		set(w, clsStart|clsAnchor)
	}
	return m
}()

// irregularVerbs are the past forms English does not make with -ed, by
// their base: "held" and "holding" are one predicate, and "ran" puts its
// clause in the past as "walked" does.
var irregularVerbs = map[string]string{
	"held": "hold", "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "lost": "lose",
	"took": "take", "taken": "take", "left": "leave", "struck": "strike", "stricken": "strike", "shot": "shoot",
	"fled": "flee", "caught": "catch", "sought": "seek", "brought": "bring", "kept": "keep", "won": "win",
	"drew": "draw", "drawn": "draw", "grew": "grow", "grown": "grow", "sank": "sink", "sunk": "sink",
	"stole": "steal", "stolen": "steal", "froze": "freeze", "frozen": "freeze", "hid": "hide", "hidden": "hide",
	"broke": "break", "broken": "break", "gave": "give", "given": "give", "met": "meet", "spent": "spend",
	"sent": "send", "told": "tell", "sold": "sell", "paid": "pay", "said": "say", "made": "make", "ran": "run",
	"began": "begin", "begun": "begin", "came": "come", "went": "go", "gone": "go", "saw": "see", "seen": "see",
	"found": "find", "led": "lead", "fought": "fight", "bought": "buy", "built": "build", "dug": "dig",
	"swept": "sweep", "slid": "slide", "shook": "shake", "shaken": "shake", "threw": "throw", "thrown": "throw",
	"flew": "fly", "flown": "fly", "drove": "drive", "driven": "drive", "wrote": "write", "written": "write",
	"chose": "choose", "chosen": "choose", "felt": "feel", "stood": "stand", "withdrew": "withdraw",
	"withdrawn": "withdraw", "shrank": "shrink", "shrunk": "shrink", "arose": "arise", "arisen": "arise", "bore": "bear", "borne": "bear", "hung": "hang",
	"lent": "lend", "lain": "lie", "rode": "ride", "ridden": "ride", "shut": "shut", "cut": "cut",
	"hurt": "hurt", "quit": "quit", "set": "set", "spread": "spread", "upheld": "uphold", "overtook": "overtake",
	"undertook": "undertake", "forgave": "forgive", "forgiven": "forgive", "bitten": "bite",
	"became": "become", "knew": "know", "known": "know", "spoke": "speak", "spoken": "speak", "thought": "think",
	"tore": "tear", "torn": "tear", "got": "get", "gotten": "get", "swung": "swing", "sprang": "spring",
	"sprung": "spring", "clung": "cling", "swam": "swim", "swum": "swim",
}

// VerbBase gives the base of an irregular past form ("held" -> "hold");
// ok is false for any other word.
func VerbBase(w string) (string, bool) {
	base, ok := irregularVerbs[w]
	return base, ok
}
