package claim

// The lexicons below are the grammar of news claims: which words name an
// event, which words say what a figure counts, and which words move a
// figure into someone else's mouth or deny it. Keys are lower-case stems
// (see stem); multi-word cues are matched on consecutive words.

// eventClass maps words that name or describe an event to the class of
// event they belong to. Two claims are compared only within one class.
var eventClass = map[string]string{
	// conversations by phone or video
	"call": "call", "phone": "call", "telephone": "call", "conversation": "call",
	"spoke": "call", "talked": "call", "rang": "call", "phoned": "call", "videoconference": "call",
	"chat": "call",
	// meetings and negotiations
	"meeting": "meeting", "met": "meeting", "summit": "meeting", "talk": "meeting",
	"negotiation": "meeting", "session": "meeting", "consultation": "meeting",
	// events with a form of their own, never the talks themselves: a
	// signing ceremony, a debate in a chamber, a court hearing, a visit,
	// an interview
	"ceremony": "ceremony", "debate": "debate", "hearing": "hearing", "visit": "visit", "interview": "interview",
	// outages and shutdowns
	"outage": "outage", "offline": "outage", "blackout": "outage", "shutdown": "outage",
	"disruption": "outage", "downtime": "outage",
	// rescues and people held underground or under rubble
	"rescue": "rescue", "trapped": "rescue", "search": "rescue", "ordeal": "rescue",
	"free": "rescue", "freed": "rescue", "extricate": "rescue", "extricated": "rescue",
	"searched": "rescue", "dug": "rescue", "digging": "rescue", "searching": "rescue",
	// closures
	"closed": "closure", "shut": "closure", "closure": "closure", "lockdown": "closure",
	"blocked": "closure", "suspended": "closure",
	// delays and waits
	"delay": "delay", "delayed": "delay", "wait": "delay", "waited": "delay", "late": "delay",
	// handovers and exchanges
	"handover": "handover", "exchange": "handover", "swap": "handover", "transfer": "handover",
	// pauses in fighting or strikes
	"pause": "pause", "moratorium": "pause", "ceasefire": "pause", "cease-fire": "pause",
	"truce": "pause", "suspension": "pause", "halt": "pause",
	// wars and conflicts
	"war": "war", "conflict": "war", "fighting": "war", "invasion": "war", "occupation": "war",
	// captivity
	"imprisoned": "captivity", "detained": "captivity", "captivity": "captivity", "jailed": "captivity",
	"prison": "captivity", "sentence": "captivity", "sentenced": "captivity", "held": "captivity", "detention": "captivity",
	"hostage": "captivity",
	// strikes and protests
	"strike": "strike", "walkout": "strike", "walk-out": "strike", "sit-in": "strike", "protest": "strike", "stoppage": "strike",
	"stand-off": "siege",
	"siege":     "siege", "blockade": "siege",
	"flight": "trip", "journey": "trip", "voyage": "trip", "crossing": "trip", "trip": "trip",
	"drive":  "trip",
	"speech": "speech", "address": "speech", "statement": "speech",
	// natural events
	"shaking": "shaking", "shook": "shaking", "tremor": "shaking", "quake": "shaking",
	"earthquake": "shaking", "shock": "shaking", "aftershock": "aftershock",
	"eruption": "eruption", "storm": "storm", "cyclone": "storm", "hurricane": "storm",
	"typhoon": "storm", "flood": "flood", "flooding": "flood", "drought": "drought",
	"rain": "rain", "rainfall": "rain", "downpour": "rain", "snow": "snow", "snowfall": "snow",
	"blizzard": "storm", "thunderstorm": "storm", "windstorm": "storm", "rainstorm": "storm", "snowstorm": "storm",
	// hail is told apart from the storm it falls in, which lasts longer
	"hail": "hail", "hailstorm": "hail", "hailstone": "hail",
	"bushfire": "fire", "brushfire": "fire",
	"heatwave": "heatwave", "fire": "fire", "blaze": "fire", "wildfire": "fire", "flame": "fire", "inferno": "fire",
	// operations, restrictions and gatherings
	"operation": "operation", "evacuation": "evacuation", "lockout": "strike",
	"curfew": "curfew", "quarantine": "quarantine", "custody": "captivity",
	"rally": "rally", "march": "rally", "vigil": "rally", "demonstration": "rally",
	"match": "match", "game": "match", "concert": "concert", "funeral": "funeral",
	"deliberation": "deliberate", "testimony": "testimony", "diversion": "delay",
	"standoff": "siege", "riot": "siege", "uprising": "siege", "unrest": "siege", "disturbance": "siege",
	"leak": "leak", "spill": "leak", "flow": "leak", "discharge": "leak",
	"raid": "raid", "robbery": "raid", "heist": "raid", "burglary": "raid", "theft": "raid", "raided": "raid",
	"inside":   "stay",
	"reopened": "closure", "avalanche": "avalanche", "slide": "avalanche",
	"tornado": "storm", "twister": "storm", "path": "path", "touchdown": "storm",
	"landslide": "avalanche", "landslip": "avalanche", "mudslide": "avalanche", "rockfall": "avalanche",
	"trial": "trial", "investigation": "inquiry", "inquiry": "inquiry", "probe": "inquiry",
	"campaign": "campaign", "tenure": "tenure", "term": "tenure", "reign": "tenure",
	"fine": "fine",
	// works on a structure, each of its own kind: checking it, mending
	// it, clearing up after harm, building or pulling it down
	"inspection": "inspection", "repair": "repair", "repairs": "repair", "maintenance": "repair",
	"refurbishment": "repair", "renovation": "repair", "cleanup": "cleanup", "clean-up": "cleanup",
	"construction": "construction", "demolition": "demolition",
}

// lengthSenses give the event class of a length told by a verb or a
// state rather than by the event's noun: a building that burned for
// nine hours is a fire that lasted nine hours, a man on the run for 11
// days was at large for 11 days. Keys are the predicate keys the
// duration reader makes (a verb's lemma, a state's preposition and
// noun, a noun's stem); a key not here stays its own class, met only by
// the same key in another report.
var lengthSenses = map[string]string{
	// burning
	"burn": "fire", "smoulder": "fire", "smolder": "fire",
	// held fast under debris, as the trapped are
	"pin": "rescue", "bury": "rescue", "entomb": "rescue",
	// free and sought
	"on-run": "at-large", "on-loose": "at-large", "loose": "at-large", "evade": "at-large", "elude": "at-large",
	// cut off from a supply of electricity
	"without-electricity": "outage",
	// weather striking a place; a twister's path told in minutes is its
	// time on the ground
	"batter": "storm", "lash": "storm", "pound": "storm", "path": "storm",
	// a cold spell
	"snap": "freeze",
	// one agreement by any of its names
	"deal": "agreement", "accord": "agreement", "pact": "agreement",
	// turned away from a route, as a diversion is
	"divert": "delay",
}

// naturalEvents are the classes of events nature brings, which
// forecasts foretell and no one schedules.
var naturalEvents = map[string]bool{
	"shaking": true, "aftershock": true, "eruption": true, "storm": true, "flood": true,
	"drought": true, "heatwave": true, "avalanche": true, "rain": true, "snow": true, "hail": true,
}

// dateEventClass maps verbs and nouns that date an event ("capsized on
// Sunday") to the event's class. Speech verbs are not here: "said on
// Friday" dates a statement, not the event.
var dateEventClass = map[string]string{
	// upkeep, dated only as its latest occurrence (see lastOccurrence)
	"inspected": "inspection", "inspection": "inspection", "serviced": "inspection", "overhauled": "inspection",
	"audited": "inspection", "checked": "inspection",
	"capsized": "capsize", "capsize": "capsize", "sank": "capsize", "sink": "capsize", "sunk": "capsize", "overturned": "capsize",
	"heeled": "capsize", "foundered": "capsize",
	"detected": "detection", "discovered": "detection", "noticed": "detection", "spotted": "detection",
	"freed": "release", "released": "release", "release": "release",
	"kidnapped": "kidnapping", "seized": "kidnapping", "abducted": "kidnapping", "kidnapping": "kidnapping",
	"erupted": "outbreak", "began": "outbreak", "started": "outbreak", "ignited": "outbreak",
	"spoke": "call", "rang": "call", "phoned": "call", "call": "call", "conversation": "call", "talked": "call",
	"met": "meeting", "meeting": "meeting", "summit": "meeting", "talk": "meeting", "ballot": VoteEvent,
	"crush": "incident", "collapse": "incident", "collapsed": "incident", "derailed": "incident", "explosion": "incident",
	"attack": "incident", "crash": "incident", "crashed": "incident", "collided": "incident", "struck": "incident", "hit": "incident",
	"earthquake": "incident", "fire": "outbreak", "blaze": "outbreak", "inferno": "outbreak", "blast": "incident", "stampede": "incident",
	"killed": "incident", "died": "incident", "derailment": "incident",
	// nouns made of a verb and its particle name the event the verb
	// tells ("vehicles piled up", "gunmen shot it out")
	"pile-up": "incident", "pileup": "incident", "smash": "incident", "shoot-out": "incident", "shootout": "incident",
	"break-in": "incident",
	// a theft is an incident of its own day
	"stole": "incident", "stolen": "incident",
	// the day people were trapped is the day of what trapped them
	"trapped":   "incident",
	"collision": "incident", "accident": "incident", "disaster": "incident", "shooting": "incident",
	"avalanche": "incident", "mudslide": "incident", "landslip": "incident", "tornado": "incident", "storm": "incident",
	"thunderstorm": "incident", "windstorm": "incident", "rainstorm": "incident", "snowstorm": "incident",
	"hailstorm": "incident", "hail": "incident", "bushfire": "outbreak", "brushfire": "outbreak",
	"failed": "incident", "failure": "incident", "ruptured": "incident", "leak": "incident", "spill": "incident",
	"burst": "incident", "breached": "incident", "exploded": "incident",
	// a structure that gives way, by any verb of its failing
	"buckled": "incident", "crumbled": "incident",
	"riot": "incident", "raid": "incident", "robbery": "incident", "theft": "incident", "heist": "incident",
	"ambush": "incident", "cave-in": "incident",
	"confirmed": "confirmation", "diagnosed": "confirmation", "identified": "confirmation",
	"starting": "outbreak", "start": "outbreak", "starts": "outbreak", "begin": "outbreak", "begins": "outbreak",
	"end": "ending", "cease": "ending", "scrapped": "ending", "abolished": "ending", "expire": "ending",
	"quake": "incident", "flood": "incident", "flooding": "incident", "landslide": "incident",
	"hike": "rate-rise", "increase": "rate-rise", "rise": "rate-rise", "raised": "rate-rise",
	"cut": "rate-cut", "lowered": "rate-cut",
	"arrested": "arrest", "arrest": "arrest", "detained": "arrest", "apprehended": "arrest", "charged": "charge", "fined": "fine",
	"convicted": "verdict", "conviction": "verdict", "acquitted": "verdict",
	"verdict": "verdict", "sentenced": "sentencing", "sentencing": "sentencing",
	"appeal": "appeal", "appealed": "appeal",
	"recalled": "recall", "recall": "recall",
	"elected": VoteEvent, "election": VoteEvent, "vote": VoteEvent, "referendum": VoteEvent,
	"signed": "agreement", "signing": "agreement", "agreed": "agreement", "agreement": "agreement", "deal": "agreement",
	"resigned": "resignation", "resignation": "resignation", "appointed": "appointment",
	// leaving a post by any verb of it, in any tense
	"resign": "resignation", "resigns": "resignation", "retire": "resignation", "retires": "resignation",
	"retirement": "resignation",
	"sacked":     "dismissal", "dismissed": "dismissal", "ousted": "dismissal", "dismissal": "dismissal", "sacking": "dismissal",
	"quit": "withdrawal", "withdrew": "withdrawal",
	"landed": "landfall", "landfall": "landfall", "restored": "restoration", "reopened": "restoration", "reopening": "restoration",
	"approved": "approval", "adopted": "approval", "approval": "approval",
}

// VoteEvent is the class of the events a vote's date names: a tally
// belongs to one of them.
const VoteEvent = "election"

// datePhrases are two-word event cues whose words alone say little.
var datePhrases = map[[2]string]string{
	{"found", "guilty"}: "verdict", {"came", "down"}: "incident", {"gave", "way"}: "incident", {"broke", "out"}: "outbreak", {"broke", "through"}: "incident",
	{"came", "back"}: "restoration", {"rolled", "over"}: "capsize", {"went", "down"}: "capsize",
	{"set", "off"}: "departure", {"took", "place"}: "held", {"ran", "aground"}: "incident", {"caught", "fire"}: "outbreak", {"went", "missing"}: "disappearance",
	{"handed", "over"}: "release", {"back", "online"}: "restoration", {"walked", "out"}: "strike",
	{"caved", "in"}: "incident", {"tested", "positive"}: "detection",
	{"stepped", "down"}: "resignation", {"steps", "down"}: "resignation", {"step", "down"}: "resignation", {"stepping", "down"}: "resignation",
	{"broke", "into"}: "incident",
	// the polls of an election open and close on its day
	{"polls", "opened"}: VoteEvent, {"polls", "closed"}: VoteEvent, {"polls", "open"}: VoteEvent, {"polls", "close"}: VoteEvent,
	{"polling", "day"}: VoteEvent,
	{"lifted", "off"}:  "departure", {"took", "off"}: "departure",
	// gunfire, whatever else "fire" names, and a shooting's killing
	{"opened", "fire"}: "incident", {"opens", "fire"}: "incident", {"shot", "dead"}: "incident",
	// a state of emergency, whoever declares it; not an emergency landing
	{"of", "emergency"}: "emergency",
	// taking a post begins a tenure, as starting a term does
	{"take", "office"}: "outbreak-tenure", {"takes", "office"}: "outbreak-tenure", {"took", "office"}: "outbreak-tenure",
	{"taking", "office"}: "outbreak-tenure", {"sworn", "in"}: "outbreak-tenure", {"assume", "office"}: "outbreak-tenure",
	{"assumes", "office"}: "outbreak-tenure", {"assumed", "office"}: "outbreak-tenure",
}

// role says what a counted figure counts. Casualty roles make claims of
// kind casualties; the rest are quantities.
type role struct {
	Name       string
	Casualties bool
	// Series marks counts that only grow as a story unfolds (tolls,
	// damage, arrests), so a higher figure published later updates an
	// earlier one instead of contradicting it. Evacuations are not: a
	// figure often holds for a stated period ("in the first three days"),
	// which the text, not the publication time, must date.
	Series bool
	// Moves marks counts that fall as well as rise (the missing are found,
	// patients go home): only figures for one moment conflict.
	Moves bool
}

var (
	roleKilled    = role{"killed", true, true, false}
	roleInjured   = role{"injured", true, true, false}
	roleMissing   = role{"missing", true, false, true}
	roleTrapped   = role{"trapped", true, false, true}
	roleRescued   = role{"rescued", true, false, false}
	roleEvacuated = role{"evacuated", false, false, false}
	roleDestroyed = role{"destroyed", false, true, false}
	// Damage and destruction are counted apart: "1,150 homes damaged, 212
	// of them destroyed".
	roleDamaged   = role{"damaged", false, true, false}
	roleBurned    = role{"burned", false, true, false}
	roleCapacity  = role{"capacity", false, false, false}
	rolePopulated = role{"population", false, false, false}
	roleArrested  = role{"arrested", false, true, false}
	rolePostponed = role{"postponed", false, true, false}
	roleAffected  = role{"affected", false, false, false}
	roleReleased  = role{"released", false, false, false}
	roleHospital  = role{"in-hospital", true, false, true}
	// roleCondition counts the people in a serious or critical condition
	// on the day told, which falls and rises as patients recover or die.
	roleCondition = role{"condition", true, false, true}
	roleBodies    = role{"bodies-recovered", true, true, false}
	// roleHospitalised counts everyone taken to hospital so far; roleHospital
	// those still there, which falls as patients go home.
	roleHospitalised = role{"hospitalised", true, true, false}
	roleLost         = role{"lost", false, false, false}
	// roleWithoutPower counts homes or people cut off from a supply at
	// one moment ("left 8,200 homes without power"), a state that falls
	// as supply comes back.
	roleWithoutPower = role{"without-power", false, false, true}
	roleStolen       = role{"stolen", false, false, false}
	roleWorkforce    = role{"workforce", false, false, false}
	roleLaidOff      = role{"laid-off", false, false, false}
	// roleMoved counts people or things taken elsewhere, a count that
	// grows as a story unfolds: "500 patients were moved", "have been
	// transferred", "flights were diverted".
	roleMoved = role{"moved", false, true, false}
)

// roleCues are the words that give a figure its role, most specific first.
var roleCues = []struct {
	Words []string
	Role  role
}{
	{[]string{"dead"}, roleKilled}, {[]string{"died"}, roleKilled}, {[]string{"killed"}, roleKilled},
	{[]string{"death"}, roleKilled}, {[]string{"fatality"}, roleKilled}, {[]string{"perished"}, roleKilled},
	{[]string{"bodies"}, roleBodies}, {[]string{"body"}, roleBodies}, {[]string{"lives"}, roleKilled},
	{[]string{"toll"}, roleKilled}, {[]string{"drowned"}, roleKilled},
	{[]string{"being", "treated"}, roleHospital}, {[]string{"remain", "in", "hospital"}, roleHospital},
	{[]string{"remains", "in", "hospital"}, roleHospital}, {[]string{"still", "in", "hospital"}, roleHospital},
	{[]string{"to", "hospital"}, roleHospitalised}, {[]string{"treated", "in", "hospital"}, roleHospitalised},
	{[]string{"admitted"}, roleHospitalised}, {[]string{"hospital", "treatment"}, roleHospitalised}, {[]string{"hospitalised"}, roleHospitalised},
	{[]string{"hospitalized"}, roleHospitalised}, {[]string{"in", "hospital"}, roleHospital},
	{[]string{"in", "intensive", "care"}, roleHospital},
	{[]string{"injured"}, roleInjured}, {[]string{"injury"}, roleInjured}, {[]string{"injuries"}, roleInjured},
	{[]string{"wounded"}, roleInjured}, {[]string{"hurt"}, roleInjured}, {[]string{"treated"}, roleInjured},
	{[]string{"needed", "treatment"}, roleInjured},
	{[]string{"missing"}, roleMissing}, {[]string{"unaccounted"}, roleMissing},
	{[]string{"trapped"}, roleTrapped}, {[]string{"buried"}, roleTrapped}, {[]string{"burying"}, roleTrapped}, {[]string{"cut", "off"}, roleTrapped}, {[]string{"cutting", "off"}, roleTrapped},
	{[]string{"stranded"}, roleTrapped}, {[]string{"entombed"}, roleTrapped},
	{[]string{"rescued"}, roleRescued}, {[]string{"survivor"}, roleRescued}, {[]string{"alive"}, roleRescued},
	{[]string{"saved"}, roleRescued},
	{[]string{"evacuate"}, roleEvacuated}, {[]string{"evacuated"}, roleEvacuated}, {[]string{"evacuation"}, roleEvacuated},
	{[]string{"fled"}, roleEvacuated}, {[]string{"displaced"}, roleEvacuated}, {[]string{"leave", "their", "homes"}, roleEvacuated},
	{[]string{"left", "their", "homes"}, roleEvacuated}, // the irregular past, which no inflection rule reaches
	{[]string{"from", "their", "homes"}, roleEvacuated}, {[]string{"out", "of", "their", "homes"}, roleEvacuated},
	{[]string{"homeless"}, roleEvacuated},
	{[]string{"destroyed"}, roleDestroyed}, {[]string{"damaged"}, roleDamaged}, {[]string{"razed"}, roleDestroyed},
	{[]string{"levelled"}, roleDestroyed}, {[]string{"leveled"}, roleDestroyed}, {[]string{"flattened"}, roleDestroyed},
	{[]string{"swept", "away"}, roleDestroyed}, {[]string{"sweeping", "away"}, roleDestroyed},
	{[]string{"washed", "away"}, roleDestroyed}, {[]string{"washing", "away"}, roleDestroyed},
	{[]string{"burned"}, roleBurned}, {[]string{"burnt"}, roleBurned}, {[]string{"scorched"}, roleBurned},
	{[]string{"capacity"}, roleCapacity}, {[]string{"megawatt"}, roleCapacity}, {[]string{"gigawatt"}, roleCapacity},
	{[]string{"mw"}, roleCapacity}, {[]string{"allowed"}, roleCapacity}, {[]string{"licence"}, roleCapacity},
	{[]string{"license"}, roleCapacity}, {[]string{"limit"}, roleCapacity},
	{[]string{"maximum"}, roleCapacity}, {[]string{"permitted"}, roleCapacity},
	// what a thing could do, not what it did: "pumps capable of shifting
	// 5,000 litres a minute", "a ward designed to hold 40 beds"
	{[]string{"capable", "of"}, roleCapacity}, {[]string{"designed", "to"}, roleCapacity}, {[]string{"rated", "at"}, roleCapacity},
	{[]string{"arrested"}, roleArrested}, {[]string{"detained"}, roleArrested},
	{[]string{"postponed"}, rolePostponed}, {[]string{"cancelled"}, rolePostponed}, {[]string{"canceled"}, rolePostponed},
	{[]string{"released"}, roleReleased}, {[]string{"release"}, roleReleased}, {[]string{"freed"}, roleReleased},
	{[]string{"exchange"}, roleReleased}, {[]string{"swap"}, roleReleased}, {[]string{"handed", "over"}, roleReleased},
	{[]string{"laid", "off"}, roleLaidOff}, {[]string{"layoff"}, roleLaidOff}, {[]string{"redundant"}, roleLaidOff},
	{[]string{"employee"}, roleWorkforce}, {[]string{"employs"}, roleWorkforce}, {[]string{"employed"}, roleWorkforce},
	{[]string{"workforce"}, roleWorkforce}, {[]string{"payroll"}, roleWorkforce},
	{[]string{"moved", "from", "their", "homes"}, roleEvacuated}, {[]string{"relocated", "from", "their", "homes"}, roleEvacuated},
	{[]string{"moved", "out", "of", "their", "homes"}, roleEvacuated},
	{[]string{"transferred"}, roleMoved}, {[]string{"relocated"}, roleMoved}, {[]string{"diverted"}, roleMoved},
	{[]string{"rerouted"}, roleMoved}, {[]string{"redirected"}, roleMoved}, {[]string{"moved"}, roleMoved},
	{[]string{"overboard"}, roleLost}, {[]string{"shed"}, roleLost},
	{[]string{"without", "power"}, roleWithoutPower}, {[]string{"without", "electricity"}, roleWithoutPower},
	{[]string{"lost", "power"}, roleWithoutPower}, {[]string{"in", "the", "dark"}, roleWithoutPower},
	// supply stopped to the figure: "a fault cut power to 48,000 homes"
	{[]string{"cut", "power", "to"}, roleWithoutPower}, {[]string{"cut", "electricity", "to"}, roleWithoutPower},
	{[]string{"out", "power", "to"}, roleWithoutPower}, {[]string{"off", "power", "to"}, roleWithoutPower},
	// ordered from one's home: "were ordered out", "told to leave"
	{[]string{"ordered", "out"}, roleEvacuated}, {[]string{"ordered", "to", "leave"}, roleEvacuated},
	{[]string{"told", "to", "leave"}, roleEvacuated},
	{[]string{"stolen"}, roleStolen}, {[]string{"stole"}, roleStolen}, {[]string{"looted"}, roleStolen},
	{[]string{"made", "off", "with"}, roleStolen}, {[]string{"got", "away", "with"}, roleStolen},
	{[]string{"carried", "off"}, roleStolen}, {[]string{"snatched"}, roleStolen},
	{[]string{"affected"}, roleAffected}, {[]string{"hit"}, roleAffected}, {[]string{"offline"}, roleAffected},
}

// responders are people who come to an incident to help or to keep
// order, by their lemma, with the group each belongs to: their
// casualties are counted apart from those of the people the incident
// befell. Outlets name one force in several ways ("officers", "police
// officers", "policemen"), so a group is the force, not the word: an
// officer hurt at a riot or a siege is a police officer.
var responders = map[string]string{
	"rescuer": "rescuer", "rescue worker": "rescuer", "firefighter": "firefighter", "fireman": "firefighter",
	"paramedic": "paramedic", "medic": "paramedic", "lifeguard": "lifeguard",
	"police officer": "police", "policeman": "police", "officer": "police", "police": "police",
	"soldier": "soldier", "emergency worker": "emergency worker", "aid worker": "aid worker",
	"volunteer": "volunteer", "responder": "responder",
	// plurals in -men, which stem leaves as they are
	"policemen": "police", "firemen": "firefighter",
}

// populationHeads are nouns that, after "of", make a figure a place's
// population ("a town of 4,000 people").
var populationHeads = map[string]bool{
	"town": true, "city": true, "village": true, "community": true, "district": true,
	"island": true, "country": true, "nation": true, "province": true, "region": true,
}

// peopleNouns are heads that count people; they need a role to be compared,
// since a story counts people in many ways.
var peopleNouns = map[string]bool{
	"people": true, "person": true, "resident": true, "inhabitant": true, "civilian": true,
	"man": true, "men": true, "woman": true, "women": true, "child": true, "children": true,
	"miner": true, "worker": true, "passenger": true, "crew": true, "fan": true, "soldier": true,
	"student": true, "patient": true, "staff": true, "employee": true, "victim": true,
	"migrant": true, "refugee": true, "tourist": true, "pilgrim": true, "spectator": true,
	"supporter": true, "member": true, "other": true, "adult": true, "family": true, "families": true,
	"inmate": true, "detainee": true, "hostage": true, "guard": true, "prisoner": true, "pupil": true,
	"climber": true, "skier": true, "hiker": true, "sailor": true, "pilot": true, "nurse": true,
	"tourer": true, "casualty": true, "villager": true, "protester": true, "pedestrian": true,
	"official": true, "clerk": true, "agent": true, "witness": true, "citizen": true, "national": true,
	// people counted by their tie to someone or their part in the story
	"colleague": true, "comrade": true, "steward": true, "picket": true,
}

// attributionVerbs pass a figure on from its source: the
// [attribution-verbs] of lexicon/words.txt, read once. Quotations take
// their speakers by the wider [speech-verbs].
var attributionVerbs = parseWordLists(personWordsData)["attribution-verbs"]

// attributes reports a word that passes a figure on from a source: an
// attribution verb, or "according" (to).
func attributes(w string) bool { return attributionVerbs[w] || w == "according" }

// otherEventCues set an event apart from the story's main one.
var otherEventCues = map[string]bool{
	"earlier": true, "previous": true, "prior": true, "former": true, "another": true,
	"separate": true, "second": true, "past": true, "last": false, "similar": true, "comparable": true,
}

// refutationCues deny a figure the sentence reports.
var refutationCues = map[string]bool{
	"false": true, "untrue": true, "denied": true, "denies": true, "deny": true,
	"incorrect": true, "baseless": true, "unfounded": true, "rejected": true, "dismissed": true,
	"wrong": true, "exaggerated": true,
}

// hearsayCues name the reports a refutation denies.
var hearsayCues = map[string]bool{
	"rumour": true, "rumor": true, "report": true, "claim": true, "suggestion": true,
	"speculation": true, "allegation": true, "post": true,
}

// titleWords are capitalised words that are not names.
var titleWords = map[string]bool{
	"president": true, "minister": true, "prime": true, "secretary": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "governor": true, "mayor": true, "chief": true,
	"director": true, "general": true, "captain": true, "admiral": true, "adm": true, "rear": true,
	"commissioner": true, "police": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"senator": true, "sen": true, "rep": true, "king": true, "queen": true, "prince": true,
	"chancellor": true, "ambassador": true, "envoy": true, "foreign": true, "interior": true,
	"defence": true, "defense": true, "state": true, "deputy": true, "vice": true, "head": true,
	"former": true, "the": true, "of": true, "and": true, "for": true, "minister's": true,
	"presidential": true, "aide": true, "adviser": true, "advisor": true, "leader": true,
	"officer": true, "inspector": true, "lieutenant": true, "colonel": true, "sergeant": true,
	"judge": true, "justice": true, "pope": true, "cardinal": true, "bishop": true,
}

// pronouns that stand for the last person named.
var personPronouns = map[string]bool{"he": true, "his": true, "him": true, "she": true, "her": true}

// groupReferences stand for the participants of the story's main event.
var groupReferences = [][]string{
	{"the", "two", "leaders"}, {"the", "two", "presidents"}, {"both", "leaders"}, {"the", "two", "men"},
	{"the", "leaders"}, {"both", "presidents"}, {"the", "two", "sides"}, {"both", "sides"},
	{"the", "two"},
}

// risingVerbs and fallingVerbs are the verbs that say a figure went up or
// down, by lemma. The figure straight after one is the size of the move
// ("fell 6%"); a figure after one and "to" is the level it reached
// ("rose to 19").
var risingVerbs = map[string]bool{
	"rise": true, "climb": true, "jump": true, "gain": true, "surge": true, "soar": true, "increase": true,
	"grow": true, "rally": true,
}

var fallingVerbs = map[string]bool{
	"fall": true, "drop": true, "slide": true, "slip": true, "lose": true, "plunge": true, "tumble": true,
	"decrease": true, "decline": true, "shrink": true, "sink": true, "dip": true, "shed": true,
	"narrow": true,
}

// movementVerbs are the verbs of a move either way.
var movementVerbs = func() map[string]bool {
	out := map[string]bool{}
	for w := range risingVerbs {
		out[w] = true
	}
	for w := range fallingVerbs {
		out[w] = true
	}
	return out
}()

// scalingVerbs raise a level someone sets ("doubled the reward to
// $50,000"); revisionVerbs change one either way or down ("cut its
// estimate to 400", "revised the toll to 31").
var scalingVerbs = map[string]bool{"double": true, "triple": true, "raise": true, "swell": true,
	"improve": true, "boost": true, "sweeten": true, "up": true} // "improved its offer to 4 per cent"

var revisionVerbs = map[string]bool{
	"cut": true, "lower": true, "reduce": true, "halve": true, "revise": true, "slash": true,
	"adjust": true, "update": true, "change": true, "lift": true, "shave": true, "trim": true,
}

// predicateIdioms map a verb and its object's head to the predicate they
// say in one word, as news writes it both ways.
var predicateIdioms = idiomsByKey(map[[2]string]string{
	{"leave", "track"}: "derail", {"leave", "rail"}: "derail", {"come", "track"}: "derail",
	{"come", "rail"}: "derail", {"jump", "track"}: "derail", {"jump", "rail"}: "derail",
	{"hold", "captive"}: "hostage", {"hold", "hostage"}: "hostage", {"keep", "captive"}: "hostage",
	{"keep", "hostage"}: "hostage",
	// the people who came to honour the dead, by either idiom of it;
	// those at a funeral service or along its route are counts of their own
	{"file", "past"}: "homage", {"pay", "respect"}: "homage",
})

// idiomsByKey keys each idiom's verb as actKey keys a verb, so that any
// of its forms finds it ("filed past", "files past").
func idiomsByKey(idioms map[[2]string]string) map[[2]string]string {
	out := make(map[[2]string]string, len(idioms))
	for k, v := range idioms {
		out[[2]string{actKey(k[0]), k[1]}] = v
	}
	return out
}

// levelNouns name a level a measure reaches.
var levelNouns = map[string]bool{
	"high": true, "low": true, "record": true, "peak": true, "level": true, "mark": true,
	"target": true, "milestone": true, "ceiling": true, "threshold": true,
}

// openingVerbs open a thing that can open again (gates, a road, a
// hearing): only a year, not a day, dates their first opening.
var openingVerbs = map[string]bool{"opened": true, "finished": true}

// additionWords bring in an amount added to another ("a further 12",
// "another two hours", "an extra 45 minutes").
var additionWords = map[string]bool{"further": true, "additional": true, "extra": true, "another": true}
