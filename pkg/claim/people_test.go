package claim

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/document"
)

// peopleArticle builds an article from plain text, one paragraph per block of
// lines separated by a blank line.
func peopleArticle(path, text string) *Article {
	var blocks []document.Block
	for i := 0; i < len(text); {
		for i < len(text) && (text[i] == '\n' || text[i] == ' ') {
			i++
		}
		if i >= len(text) {
			break
		}
		e := len(text)
		if j := strings.Index(text[i:], "\n\n"); j >= 0 {
			e = i + j
		}
		blocks = append(blocks, document.Block{Start: i, End: e})
		i = e
	}
	return NewArticle(document.New(path, []byte(text), text, nil, blocks), nil)
}

func officialsOf(t *testing.T, text string) []Claim {
	t.Helper()
	a := peopleArticle("a.txt", text)
	return officialClaims(a, readPeople(a, Options{}))
}

func TestOfficialRecognition(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "Name|office|country|tenure"
	}{
		{"title before name", "Fisheries Minister Oskar Lind visited the port.",
			[]string{"Oskar Lind|fisheries minister||"}},
		{"a field in lower case after a closing quote", "\"The levee will hold,\" flood defence chief Ola Brenn told reporters.",
			[]string{"Ola Brenn|head of flood defence||"}},
		{"a field in lower case after a fronted adverb", "Later, civil protection chief Ada Brecht closed the road.",
			[]string{"Ada Brecht|head of civil protection||"}},
		{"a university's post", "Provost Ola Brenn will act as interim head.",
			[]string{"Ola Brenn|provost||"}},
		{"the deputy of a one-word post", "Deputy harbourmaster Ada Brecht said the buoys had drifted.",
			[]string{"Ada Brecht|deputy harbourmaster||"}},
		{"a chief of a profession after a possessive", "Ola Brenn, the company's chief engineer, showed reporters the gearbox.",
			[]string{"Ola Brenn|chief engineer|company|"}},
		{"a sentence's first word the article writes in lower case is a field", "Project director Ada Brecht said the project would go on.",
			[]string{"Ada Brecht|head of project||"}},
		{"a name before a head is its body", "Northline director Ada Brecht said the project would go on.",
			[]string{"Ada Brecht|head|northlin|"}},
		{"country and possessive", "Norvia's Interior Minister Ada Brecht spoke first.",
			[]string{"Ada Brecht|interior minister|norv|"}},
		{"demonym is not a portfolio", "The Norvian Foreign Minister Ada Brecht arrived.",
			[]string{"Ada Brecht|foreign minister|norv|"}},
		{"appositive after", "Ada Brecht, the defence secretary, declined to comment.",
			[]string{"Ada Brecht|defence minister||"}},
		{"minister of portfolio", "Minister of Health Ada Brecht opened the ward.",
			[]string{"Ada Brecht|health minister||"}},
		{"secretary of defense", "Secretary of Defense Ada Brecht flew in.",
			[]string{"Ada Brecht|defence minister||"}},
		{"office then comma then name", "The head of the water board, Ivan Corr, resigned.",
			[]string{"Ivan Corr|head|water board|"}},
		{"an office in a fronted phrase is not the subject's", "In a letter to the prime minister, Brecht asked for another month.",
			nil},
		{"an apposition to a phrase's object closes with a comma", "Talks with the interior minister, Lena Vas, ended on Monday.",
			[]string{"Lena Vas|interior minister||"}},
		{"a body's name after a title is no person", "The cuts were confirmed by Karel Nyman, chairman of operator Tarrow Coach Company.",
			[]string{"Karel Nyman|chair||"}},
		{"a description, then another's title", "The treaty was signed after talks between the Norvian president and Chancellor Ada Brecht.",
			[]string{"Ada Brecht|chancellor||"}},
		{"two titles of one person", "Trade Minister and Deputy Prime Minister Ola Brenn spoke first.",
			[]string{"Ola Brenn|trade minister||", "Ola Brenn|deputy prime minister||"}},
		{"a body's name of three capitals ends its clause", "The apology came from Ada Brecht, the chief executive of Brennor Light Rail.",
			[]string{"Ada Brecht|chief executive|brennor light rail|"}},
		{"capitals after a body's kind name the body", "The cuts were announced by the chief executive of operator Brennor Light Rail.",
			nil},
		{"director of an office", "Ivan Corr, director of the Water Board, resigned.",
			[]string{"Ivan Corr|head|water board|"}},
		{"former holder", "Norvia's former interior minister, Tomas Hell, was not consulted.",
			[]string{"Tomas Hell|interior minister|norv|former"}},
		{"an outgoing holder still sits", "Outgoing Governor Ruth Amsel kept rates low.",
			[]string{"Ruth Amsel|governor||outgoing"}},
		{"a lower-case portfolio after a tenure", "Former fisheries minister Ada Brecht spoke.",
			[]string{"Ada Brecht|fisheries minister||former"}},
		{"a portfolio of several lower-case words after a tenure", "Former rural community affairs minister Ada Brecht spoke.",
			[]string{"Ada Brecht|rural community minister||former"}},
		{"a portfolio of several words in capitals", "Rural Community Affairs Minister Ada Brecht spoke.",
			[]string{"Ada Brecht|rural community minister||"}},
		{"a tenure alone is no portfolio", "Former minister Ada Brecht spoke.",
			[]string{"Ada Brecht|minister||former"}},
		{"a capitalised tenure is no portfolio", "Acting Finance Minister Ruth Amsel spoke.",
			[]string{"Ruth Amsel|finance minister||acting"}},
		{"capitalised former", "Former Governor Ruth Amsel kept rates low.",
			[]string{"Ruth Amsel|governor||former"}},
		{"capitalised former before a place", "Former Ashby councillor Dan Pruitt was charged.",
			[]string{"Dan Pruitt|lawmaker|ashby|former"}},
		{"capitalised acting before a place", "Acting Dorrin police chief Mae Sollis spoke.",
			[]string{"Mae Sollis|police commissioner|dorrin|acting"}},
		{"a county's law officer", "County Sheriff Ann Cole ordered the search.",
			[]string{"Ann Cole|sheriff|county|"}},
		{"a council's appointed officer", "City Manager Rob Teel resigned on Monday.",
			[]string{"Rob Teel|city manager||"}},
		{"a coroner", "Senior coroner Lin Oduya ruled the death an accident.",
			[]string{"Lin Oduya|coroner||"}},
		{"an adjective, not a title", "The principal reason, Ann Cole said, was cost.", nil},
		{"a place alone before the office", "Ashby councillor Dan Pruitt was charged.",
			[]string{"Dan Pruitt|lawmaker|ashby|"}},
		{"rank abbreviation", "The fleet, led by Vice Adm. Piet Oorn, sailed.",
			[]string{"Piet Oorn|vice admiral||"}},
		{"middle initial and emphasis", "Spokesman **Lev K. Varga** said little.",
			[]string{"Lev K. Varga|spokesman||"}},
		{"rank and second office", "Captain Lea Moss, head of the harbour pilots, said so.",
			[]string{"Lea Moss|captain||", "Lea Moss|head|harbour pilots|"}},
		{"short reference to a full name", "Governor Ruth Amsel spoke. Later Governor Amsel left.",
			[]string{"Ruth Amsel|governor||"}},
		{"list of people keeps offices apart", "It includes Trade Minister Ana Roy, Budget Director Eli Sand, and others.",
			[]string{"Ana Roy|trade minister||", "Eli Sand|head|budget|"}},
		{"an office without a name is no claim", "The governor said the bank would act.", nil},
		{"a given name that is also a month", "Police chief Jan Vos said the roads were closed.",
			[]string{"Jan Vos|police commissioner||"}},
		{"a month before a date is no name", "Mayor Ruth Amsel was elected in May 2024.",
			[]string{"Ruth Amsel|mayor||"}},
		{"organisation of capitals before the office", "Harbour Safety Board director Ines Marlow spoke.",
			[]string{"Ines Marlow|head|harbour safety board|"}},
		{"field after a possessive", "Northwind's flight safety chief Ines Marlow spoke.",
			[]string{"Ines Marlow|head of flight safety|northwind|"}},
		{"field in an of-phrase before the name", "The head of safety, Ines Marlow, spoke.",
			[]string{"Ines Marlow|head of safety||"}},
		{"field in an of-phrase after the name", "Ines Marlow, the carrier's director of operations, spoke.",
			[]string{"Ines Marlow|head of operations|carrier|"}},
		{"a place the article names, before a portfolio, is the post's country", "Norvia Trade Secretary Ines Marlow signed. Talks in Norvia ended.",
			[]string{"Ines Marlow|trade minister|norv|"}},
		{"a name the article puts before a common noun is the post's country", "Norvia Trade Secretary Ines Marlow signed. The Norvia side was pleased.",
			[]string{"Ines Marlow|trade minister|norv|"}},
		{"a capitalised word the article names as no place is part of the portfolio", "Digital Affairs Minister Ines Marlow signed.",
			[]string{"Ines Marlow|digital minister||"}},
		{"a body's chair given by a passive before the name", "The tribunal, chaired by former judge Ines Marlow, ruled on Friday.",
			[]string{"Ines Marlow|judge||former", "Ines Marlow|chair|tribunal|"}},
		{"a body's head given by a present passive", "The water board is headed by Ines Marlow.",
			[]string{"Ines Marlow|head|water board|"}},
		{"a past passive tells of a former post", "The water board was headed by Ines Marlow.",
			nil},
		{"what is led need not be a body", "The march, led by Ines Marlow, ended at noon.",
			nil},
		{"whoever leads a ministry is its minister, no head of another kind", "The trade ministry, led by Ines Marlow, objected.",
			nil},
		{"field of initials", "The council's head of IT, Ines Marlow, spoke.",
			[]string{"Ines Marlow|head of it|council|"}},
		{"field that names a portfolio", "Ines Marlow, the bank's head of finance, spoke.",
			[]string{"Ines Marlow|head of finance|bank|"}},
		{"field before the body it is at", "Ines Marlow, director of operations at the port, spoke.",
			[]string{"Ines Marlow|head of operations||"}},
		{"initials that begin a body's name are no field", "The head of BBC News, Ines Marlow, spoke.",
			[]string{"Ines Marlow|head|bbc news|"}},
		{"a clause before the office is no field", "The report blamed director Ines Marlow.",
			[]string{"Ines Marlow|head||"}},
		{"listed post with a field", "The chief inspector of marine accidents, Ines Marlow, spoke.",
			[]string{"Ines Marlow|chief inspector||"}},
		{"union office", "Dockers' union general secretary Ines Marlow spoke.",
			[]string{"Ines Marlow|general secretary||"}},
		{"hyphenated deputy of a head", "Harbour Board vice-chair Ines Marlow spoke.",
			[]string{"Ines Marlow|vice chair|harbour board|"}},
		{"deputy of a head in capitals", "Harbour Board Vice Chair Ines Marlow spoke.",
			[]string{"Ines Marlow|vice chair|harbour board|"}},
		{"hyphenated former", "The ex-chairman, Ines Marlow, spoke.",
			[]string{"Ines Marlow|chair||former"}},
		{"commissioner with a portfolio before", "Fisheries Commissioner Oskar Lind spoke.",
			[]string{"Oskar Lind|fisheries commissioner||"}},
		{"commissioner with a portfolio after", "Oskar Lind, Commissioner for Human Rights, spoke.",
			[]string{"Oskar Lind|human rights commissioner||"}},
		{"organisation before a portfolio", "Nordic Union Fisheries Commissioner Oskar Lind spoke.",
			[]string{"Oskar Lind|fisheries commissioner|nordic|"}},
		{"a post after \"and\" that names its own holder",
			"Oskaria sent Foreign Minister Ada Brecht and the army's chief of staff, General Ola Brenn.",
			[]string{"Ada Brecht|foreign minister||", "Ola Brenn|head of staff|army|", "Ola Brenn|general||"}},
		{"a title and a name that end the text", "The order came from Minister Brecht",
			[]string{"Brecht|minister||"}},
		{"a post, then a rank and a name after its comma",
			"The police commissioner, Chief Superintendent Karel Nyman, said two men were held.",
			[]string{"Karel Nyman|police commissioner||", "Karel Nyman|chief superintendent||"}},
		{"a force of two words after the name", "Inspector Ada Brecht of Tarrow Police spoke.",
			[]string{"Ada Brecht|inspector|tarrow police|"}},
		{"a country of one word after the name", "President Ada Brecht of Norvia spoke.",
			[]string{"Ada Brecht|president|norv|"}},
		{"a deputy before the body a title names", "Deputy Tarrow County Clerk Ada Brecht spoke.",
			[]string{"Ada Brecht|deputy clerk|tarrow county|"}},
		{"a deputy before a body of two words", "Deputy Velmar Port Authority Director Ada Brecht spoke.",
			[]string{"Ada Brecht|deputy head|velmar port authority|"}},
		{"an ex before the body", "Former Tarrow County Clerk Ada Brecht spoke.",
			[]string{"Ada Brecht|clerk|tarrow county|former"}},
		{"deputy after a possessive", "Norvia's Deputy Health Minister Ada Brecht spoke.",
			[]string{"Ada Brecht|deputy health minister|norv|"}},
		{"a head's office is no person", "The chairman's office said little.", nil},
		{"second post in a relative clause", "Health Minister Ada Brecht, who is also deputy prime minister, spoke.",
			[]string{"Ada Brecht|health minister||", "Ada Brecht|deputy prime minister||"}},
		{"second post held as a double", "Ada Brecht, who doubles as the council's chief executive, spoke.",
			[]string{"Ada Brecht|chief executive|council|"}},
		{"a clause that gives no post", "Health Minister Ada Brecht, who is also a keen sailor, spoke.",
			[]string{"Ada Brecht|health minister||"}},
		{"an office another holds", "Ada Brecht, the former president's niece, spoke.", nil},
		{"two posts before one name", "Trade Minister and Deputy Prime Minister Ada Brecht flew in.",
			[]string{"Ada Brecht|trade minister||", "Ada Brecht|deputy prime minister||"}},
		{"two posts after one article, then the name", "The king met the trade minister and deputy prime minister, Ada Brecht, on Monday.",
			[]string{"Ada Brecht|trade minister||", "Ada Brecht|deputy prime minister||"}},
		{"two posts after one name", "Ada Brecht, the chairman and chief executive of Harbor Freight, spoke.",
			[]string{"Ada Brecht|chair||", "Ada Brecht|chief executive|harbor freight|"}},
		{"two posts held as both", "Ada Brecht, who serves as both chairman and chief executive of Harbor Freight, spoke.",
			[]string{"Ada Brecht|chair||", "Ada Brecht|chief executive|harbor freight|"}},
		{"a second post after an organisation", "Ada Brecht, chair of the Harbour Board and a former mayor, spoke.",
			[]string{"Ada Brecht|chair|harbour board|", "Ada Brecht|mayor||former"}},
		{"a preposition before a title", "Rules written under President Ada Brecht stand.",
			[]string{"Ada Brecht|president||"}},
		{"a deputy before a rank is another job", "Sheriff's Deputy Sgt. Ada Brecht arrived.",
			[]string{"Ada Brecht|sergeant|sheriff|"}},
		{"an abbreviation after a title is no name", "The session resumes at 4 PM ET today.", nil},
		{"a title before another title", "Committee Chairman Rep. Ada Brecht spoke.",
			[]string{"Ada Brecht|chair|committe|", "Ada Brecht|lawmaker||"}},
		{"a field between a modifier and an officer", "Chief Medical Officer Ana Reyes spoke.",
			[]string{"Ana Reyes|medical officer||"}},
		{"a longer title after a determiner", "The Chief Nursing Officer, Ana Reyes, spoke.",
			[]string{"Ana Reyes|nursing officer||"}},
		{"a longer title in lower case after the name", "Ana Reyes, the county's chief medical officer, spoke.",
			[]string{"Ana Reyes|medical officer|county|"}},
		{"an officer of an election", "Returning officer Ana Reyes declared the result.",
			[]string{"Ana Reyes|returning officer||"}},
		{"a particle joined to a surname", "Health Minister Khalid al-Rashid spoke.",
			[]string{"Khalid al-Rashid|health minister||"}},
		{"a lower-case word before a hyphen is no name", "Health Minister Khalid said well-known things.",
			[]string{"Khalid|health minister||"}},
		{"a spokesperson's organisation after for", "Ana Reyes, spokesperson for the Interior Ministry, spoke.",
			[]string{"Ana Reyes|spokesman|interior ministry|"}},
		{"a post in brackets", "Ana Reyes (health minister) spoke.",
			[]string{"Ana Reyes|health minister||"}},
		{"a post between dashes", "Ana Reyes — the health minister — spoke.",
			[]string{"Ana Reyes|health minister||"}},
		{"a post held now", "Ana Reyes, now health minister, spoke.",
			[]string{"Ana Reyes|health minister||"}},
		{"a post after is", "Ana Reyes is the health minister.",
			[]string{"Ana Reyes|health minister||"}},
		{"another's post after is", "Ana Reyes is the health minister's niece.", nil},
		{"a portfolio of several lower-case words", "Ana Reyes, Norvia's human rights ombudsman, spoke.",
			[]string{"Ana Reyes|human rights ombudsman|norv|"}},
		{"lower-case words that are a clause", "The report blamed human rights ombudsman Ana Reyes.",
			[]string{"Ana Reyes|ombudsman||"}},
		{"initials that begin a rank's abbreviation", "Health Minister J. R. Moss spoke.",
			[]string{"J. R. Moss|health minister||"}},
		{"a secretary with no known portfolio is no minister", "Ana Reyes, the permanent secretary, spoke.", nil},
		{"a known portfolio in lower case", "Ana Reyes, the health secretary, spoke.",
			[]string{"Ana Reyes|health minister||"}},
		{"an office word used as an adjective after a name", "Ana Reyes, the head coach, spoke.", nil},
		{"a surname alone described by an office", "\"We are ready,\" Reyes, the finance minister, said.",
			[]string{"Reyes|finance minister||"}},
		{"a known surname described by an office", "Ana Reyes arrived. Later Reyes, the finance minister, visited Varna.",
			[]string{"Ana Reyes|finance minister||"}},
		{"a place before a described office holder", "In Varna, the mayor, said nothing.", nil},
		{"a surname alone without a speech verb", "Reyes, the finance minister, visited Varna.", nil},
		{"an age between name and post", "Ana Reyes, 54, the health minister, spoke.",
			[]string{"Ana Reyes|health minister||"}},
		{"a post given by appointment", "Ana Reyes, who was appointed health minister in May, spoke.",
			[]string{"Ana Reyes|health minister||"}},
		{"a post named in a participle", "Ana Reyes, named health minister last year, spoke.",
			[]string{"Ana Reyes|health minister||"}},
		{"a post held once", "Ana Reyes, who was health minister until 2020, spoke.", nil},
		{"a post taken and then left", "Ana Reyes, who was elected mayor in 2009 and served until 2019, spoke.",
			[]string{"Ana Reyes|mayor||former"}},
		{"a post held until a resignation", "Ana Reyes, who was appointed health minister in 2012 and stayed until her resignation, spoke.",
			[]string{"Ana Reyes|health minister||former"}},
		{"a known surname with a post left", "Ana Reyes arrived. Later Reyes, who was elected mayor in 2004 and stayed until 2015, spoke.",
			[]string{"Ana Reyes|mayor||former"}},
		{"a post to be held until a time to come", "Ana Reyes, who was elected mayor in 2023 and will serve until 2027, spoke.",
			[]string{"Ana Reyes|mayor||"}},
		{"a post between a body's name and a person's", "The port is used by Acme Terminals, the company's chief executive, Jana Dorn, said.",
			[]string{"Jana Dorn|chief executive|company|"}},
		{"a body headed now", "Ana Reyes, who heads the Coastal Authority, spoke.",
			[]string{"Ana Reyes|head|coastal authority|"}},
		{"a body chaired in the present perfect", "Ana Reyes, who has chaired the harbour board since 2021, spoke.",
			[]string{"Ana Reyes|chair|harbour board|"}},
		{"a body of several words owns the office", "Kessel Freight Rail's chief executive, Jana Dorn, apologised.",
			[]string{"Jana Dorn|chief executive|kessel freight rail|"}},
		{"a second body chaired as well", "Mayor Ana Reyes, who also chairs the harbour board, spoke.",
			[]string{"Ana Reyes|mayor||", "Ana Reyes|chair|harbour board|"}},
		{"a body headed since a month", "Ana Reyes, who has led the Coastal Authority since May 2019, spoke.",
			[]string{"Ana Reyes|head|coastal authority|"}},
		{"a country led names no body another article could contradict", "Ana Reyes, who has led the country since May 2019, spoke.", nil},
		{"a post held until the story's event", "Ana Reyes, until now transport minister, moves to defence.",
			[]string{"Ana Reyes|transport minister||former"}},
		{"a post held before, with an article", "Ana Reyes, previously the education minister, takes over at defence.",
			[]string{"Ana Reyes|education minister||former"}},
		{"a post held now", "Ana Reyes, the education minister, takes over at defence.",
			[]string{"Ana Reyes|education minister||"}},
		{"a body headed once", "Ana Reyes, who headed the Coastal Authority, spoke.", nil},
		{"a body that is one of many", "Ana Reyes, who runs a ski school in the village, spoke.", nil},
		{"a task led is no body", "Ana Reyes, who leads the investigation, spoke.", nil},
		{"a post held until now", "Ana Reyes, who has served as mayor since 2019, spoke.",
			[]string{"Ana Reyes|mayor||"}},
		{"a post held until a past time", "Ana Reyes, who had served as mayor, spoke.", nil},
		{"a field's role ends the title", "Chief Statistician Mara Voss spoke.",
			[]string{"Mara Voss|head||"}},
		{"a chief economist is an office of its own", "Chief Economist Mara Voss spoke.",
			[]string{"Mara Voss|chief economist||"}},
		{"a clerk", "City clerk Harald Poe read the result.",
			[]string{"Harald Poe|clerk||"}},
		{"a warden", "Warden Ada Orsini spoke.",
			[]string{"Ada Orsini|warden||"}},
		{"a councillor", "Councillor Petra Lindqvist spoke.",
			[]string{"Petra Lindqvist|lawmaker||"}},
		{"a short surname ending alike is a name", "Chief Inspector Ivo Twist spoke.",
			[]string{"Ivo Twist|chief inspector||"}},
		{"two people with one post each", "Trade Minister Ada Brecht and Finance Minister Eli Sand met.",
			[]string{"Ada Brecht|trade minister||", "Eli Sand|finance minister||"}},
		{"a body read once as an agent still names the head before it",
			"The line is run by Halden Freight. \"We will rebuild,\" Halden Freight chief executive Ola Brenn said.",
			[]string{"Ola Brenn|chief executive|halden freight|"}},
		{"a body named as an operator still names the director before it",
			"The ferry was operated by Tarsk Lines. Tarsk Lines director Ada Brecht apologised.",
			[]string{"Ada Brecht|head|tarsk lines|"}},
		{"a body read once as an agent still names the head of it",
			"The line is run by Halden Freight. Ola Brenn, the chief executive of Halden Freight, spoke.",
			[]string{"Ola Brenn|chief executive|halden freight|"}},
		{"a body's name joined by an ampersand",
			"Harbour Fire & Rescue Chief Ola Brenn arrived first.",
			[]string{"Ola Brenn|head|harbour fire & rescue|"}},
		{"a body's name joined by and",
			"The shelter was hit, Northern Relief and Works Agency spokesman Ola Brenn said.",
			[]string{"Ola Brenn|spokesman|northern relief and works agency|"}},
		{"a person's name before and is no word of the body",
			"Ada Brecht and Harbour Board chair Ola Brenn met.",
			[]string{"Ola Brenn|chair|harbour board|"}},
		{"a capitalised name before a body's kind in lower case",
			"Risk committee head Ola Brenn told analysts so.",
			[]string{"Ola Brenn|head|risk committee|"}},
		{"a named person's staff stays the person's",
			"The plan came from Ines Marlow. Marlow's chief of staff, Ola Brenn, denied it.",
			[]string{"Ola Brenn|head of staff||"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range officialsOf(t, tc.text) {
				o := c.Official
				got = append(got, strings.Join([]string{o.Name, o.Office, o.Country, o.Tenure}, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// A commissioner with a portfolio holds it alone, as a minister does;
// a commissioner named by a board's place sits with others.
func TestCommissionerHolders(t *testing.T) {
	tests := []struct{ text, holders string }{
		{"The city's transport commissioner, Ines Marlow, spoke.", HoldersOne},
		{"Health Commissioner Ines Marlow spoke.", HoldersOne},
		{"County Commissioner Ines Marlow spoke.", HoldersMany},
		{"Ines Marlow, a county commissioner, spoke.", HoldersMany},
	}
	for _, tc := range tests {
		got := officialsOf(t, tc.text)
		if len(got) != 1 {
			t.Fatalf("%q: want one claim, got %d", tc.text, len(got))
		}
		if h := got[0].Official.Holders; h != tc.holders {
			t.Errorf("%q: holders %q, want %q", tc.text, h, tc.holders)
		}
	}
}

func TestTenureSince(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ombudsman Ada Brecht, who has headed the office since 2019, spoke.", "2019"},
		{"Commissioner Ada Brecht, who has been in the post since March 2021, spoke.", "2021"},
		{"Commissioner Ada Brecht, who has lived in Varn since 2019, spoke.", ""},
		{"Commissioner Ada Brecht, who was born in 1961, spoke.", ""},
		{"Commissioner Ada Brecht, who has been deputy mayor since 2019, spoke.", ""},
		{"Commissioner Ada Brecht said prices had risen since 2019.", ""},
	}
	for _, tc := range tests {
		cs := officialsOf(t, tc.text)
		if len(cs) == 0 {
			t.Fatalf("%q: no official", tc.text)
		}
		if got := cs[0].Official.Since; got != tc.want {
			t.Errorf("%q: since %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestTwoPeopleOneSurname(t *testing.T) {
	cs := officialsOf(t, "Health Minister Ana Novak and Labour Minister Petr Novak met. Ana Novak said the talks went well.")
	if len(cs) != 2 {
		t.Fatalf("want two claims, got %d", len(cs))
	}
	if SamePerson(cs[0].Official, cs[1].Official) {
		t.Errorf("%s and %s taken for one person", cs[0].Official.Name, cs[1].Official.Name)
	}
}

// A title before a surname that the article's full name of that surname
// was never given marks a second person of that surname; a title of the
// same kind, or a post added after the surname, is the same person's.
func TestTitleBeforeSurnameTellsNamesakesApart(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // office -> given name ("" for none)
	}{
		{"a second person told apart by the title",
			"Tarrow United chief executive Ola Brenn apologised. Police Commissioner Brenn, speaking separately, said an inquiry had begun.",
			map[string]string{"chief executive": "Ola", "police commissioner": ""}},
		{"a title of the same kind",
			"Health Minister Ana Ruiz toured the hospital. Minister Ruiz said more beds would come.",
			map[string]string{"health minister": "Ana"}},
		{"a post added after the surname",
			"Union general secretary Oona Brask spoke first. Brask, who is also vice-president of the Transport Federation, called for calm.",
			map[string]string{"general secretary": "Oona", "vice president": "Oona"}},
		{"a full name introduced later with a title of its own",
			"Chief Constable Brenn said his officers had done all they could. Dr Ada Brenn, a surgeon at Tarrow General, said the hospital had coped.",
			map[string]string{"police commissioner": ""}},
		{"the namesake given the title, not the one named last",
			"Premier Wenna Tarrow faced a confidence vote. Transport Minister Jon Tarrow defended the rail contract. Premier Tarrow closed the debate.",
			map[string]string{"prime minister": "Wenna", "transport minister": "Jon"}},
		{"the namesake given the title, named last",
			"Transport Minister Jon Tarrow defended the rail contract. Premier Wenna Tarrow faced a confidence vote. Premier Tarrow closed the debate.",
			map[string]string{"prime minister": "Wenna", "transport minister": "Jon"}},
		{"a namesake the article gives no post",
			"Ola Brenn, a shopkeeper on the high street, lost her stock. Later, Mayor Brenn toured the damage.",
			map[string]string{"mayor": ""}},
		{"a generic title after a generic post",
			"Ola Brenn, head of the water agency, said the dam held. Later, Director Brenn asked residents to stay calm.",
			map[string]string{"head": "Ola"}},
		{"the same post given with the full name",
			"Mayor Ola Brenn opened the shelter. Later, Mayor Brenn asked residents to stay away.",
			map[string]string{"mayor": "Ola"}},
		{"a full name given later with the same post",
			"Health Minister Brenn said the hospital had coped. Dr Ada Brenn, the health minister, visited the ward.",
			map[string]string{"health minister": "Ada"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]string{}
			for _, c := range officialsOf(t, tc.text) {
				got[c.Official.Office] = c.Official.Given
			}
			for office, given := range tc.want {
				if g, ok := got[office]; !ok || g != given {
					t.Errorf("office %q: given name %q (found %v), want %q", office, g, ok, given)
				}
			}
		})
	}
}

func TestSpellingsOfOneName(t *testing.T) {
	tests := []struct {
		a, b [2]string // given, surname
		same bool
	}{
		{[2]string{"Volodymyr", "Zelensky"}, [2]string{"Volodymyr", "Zelenskyy"}, true},
		{[2]string{"Volodymyr", "Zelensky"}, [2]string{"Wolodymyr", "Selenskyj"}, true},
		{[2]string{"Dmitry", "Peskov"}, [2]string{"Dmitri", "Peskov"}, true},
		{[2]string{"Taras", "Melnik"}, [2]string{"Taras", "Melnyk"}, true},
		{[2]string{"Samir", "Qadri"}, [2]string{"Samir", "Kadri"}, true},
		{[2]string{"Ivo", "Brandl"}, [2]string{"Iwo", "Brandl"}, true},
		{[2]string{"Viktor", "Orbán"}, [2]string{"Viktor", "Orban"}, true},
		{[2]string{"Tomás", "Berengar"}, [2]string{"Tomas", "Berengar"}, true},
		{[2]string{"D.", "Peskov"}, [2]string{"Dmitri", "Peskov"}, true},
		{[2]string{"Stefan", "Kesh"}, [2]string{"Radovan", "Kesh"}, false},
		{[2]string{"Ana", "Novak"}, [2]string{"Petr", "Novak"}, false},
		{[2]string{"Jan", "Hale"}, [2]string{"Jan", "Hall"}, false},
		{[2]string{"Henrik", "Søgaard"}, [2]string{"Henrik", "Soegaard"}, true},
		{[2]string{"Mohammed", "Aziz"}, [2]string{"Muhammad", "Aziz"}, true},
		{[2]string{"Petra", "Novak"}, [2]string{"Peter", "Novak"}, false},
		{[2]string{"Ana", "Holmes"}, [2]string{"Ana", "Hamilton"}, false},
		{[2]string{"Henrik", "Sogaard"}, [2]string{"Henrik", "Soegaard"}, true},
	}
	for _, tc := range tests {
		a := &Official{Given: tc.a[0], Surname: tc.a[1]}
		b := &Official{Given: tc.b[0], Surname: tc.b[1]}
		if got := SamePerson(a, b); got != tc.same {
			t.Errorf("%v / %v: same=%v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

func TestContainedName(t *testing.T) {
	tests := []struct {
		short, long string
		same        bool
	}{
		{"Ines Arrieta", "Ines Arrieta Vidal", true},
		{"Ines Vidal", "Ines Arrieta Vidal", true},
		{"Lena Okoro", "Lena Okoro-Brandt", true},
		{"Dr Lena Okoro", "Lena Okoro-Brandt", true},
		{"Marta Arrieta", "Ines Arrieta Vidal", false},
		{"Arrieta", "Ines Arrieta Vidal", false},
		{"Lena Brandt", "Lena Okoro", false},
		{"Lena Okoro Brandt", "Lena Okoro-Brandt", true},
		{"Lena Brandt Okoro", "Lena Okoro-Brandt", false},
	}
	for _, tc := range tests {
		if got := ContainedName(tc.short, tc.long); got != tc.same {
			t.Errorf("%q in %q: %v, want %v", tc.short, tc.long, got, tc.same)
		}
	}
}

func TestEquivalentOffices(t *testing.T) {
	pairs := [][2]string{
		{"Border spokesman Lev Varga said so.", "Border spokeswoman Lev Varga said so."},
		{"Press Secretary Lev Varga said so.", "Spokesperson Lev Varga said so."},
		{"Gulf envoy Lev Varga said so.", "Middle East envoy Lev Varga said so."},
		{"Defense Minister Lev Varga said so.", "Defence Secretary Lev Varga said so."},
		{"Police Commissioner Lev Varga said so.", "The city police chief Lev Varga said so."},
		{"Rear Admiral Lev Varga said so.", "Rear Adm. Lev Varga said so."},
		{"US Secretary of State Lev Varga said so.", "Secretary of State Lev Varga said so."},
	}
	for _, p := range pairs {
		a, b := officialsOf(t, p[0]), officialsOf(t, p[1])
		if len(a) != 1 || len(b) != 1 {
			t.Fatalf("%q / %q: want one claim each, got %d and %d", p[0], p[1], len(a), len(b))
		}
		if !OfficesCompatible(a[0].Official, b[0].Official) {
			t.Errorf("%q (%s) and %q (%s) should be one office", p[0], a[0].Official.Office, p[1], b[0].Official.Office)
		}
	}
}

// TestDifferentPosts lists one person's offices in two articles that
// cannot both be right, and the equivalent forms that must not be
// mistaken for them.
func TestDifferentPosts(t *testing.T) {
	tests := []struct {
		a, b     string
		conflict bool
	}{
		{"Ines Marlow, the operator's head of safety, spoke.", "The chief inspector of rail accidents, Ines Marlow, spoke.", true},
		{"The head of safety, Ines Marlow, spoke.", "The finance director, Ines Marlow, spoke.", true},
		{"Ines Marlow, the council's head of IT, spoke.", "Ines Marlow, the council's head of finance, spoke.", true},
		{"Norvia Trade Secretary Ines Marlow spoke in Norvia.", "Trade Secretary Ines Marlow spoke.", false},
		{"Ines Marlow, head of security at the airport, spoke.", "Ines Marlow, head of operations at the airport, spoke.", true},
		{"Ines Marlow, head of security at the airport, spoke.", "The airport's security chief, Ines Marlow, spoke.", false},
		{"Northwind's safety chief Ines Marlow spoke.", "The head of flight safety, Ines Marlow, spoke.", false},
		{"Civil defence chief Ines Marlow spoke.", "Ines Marlow, head of the Civil Defence Agency, spoke.", false},
		{"Port authority chief executive Ines Marlow spoke.", "The authority's head, Ines Marlow, spoke.", false},
		{"Harbour Board chairman Ines Marlow spoke.", "Harbour Board chief executive Ines Marlow spoke.", true},
		{"Chief prosecutor Ines Marlow spoke.", "Deputy prosecutor Ines Marlow spoke.", true},
		{"Police chief Ines Marlow spoke.", "Fire chief Ines Marlow spoke.", true},
		{"Ines Marlow, the bank's chairman, who also chairs its risk committee, spoke.", "Risk Committee head Ines Marlow spoke.", false},
		{"Ines Marlow, the bank's chairman, who also chairs its risk committee, spoke.", "The bank's chief executive, Ines Marlow, spoke.", true},
		{"Mayor Ines Marlow spoke.", "Governor Ines Marlow spoke.", true},
		{"Mayor Ines Marlow spoke.", "Director Ines Marlow spoke.", false},
		{"Mayor Ines Marlow spoke.", "Senator Ines Marlow spoke.", false},
		{"Chief prosecutor Ines Marlow spoke.", "Prosecutor Ines Marlow spoke.", false},
		{"Assistant District Attorney Ines Marlow spoke.", "Prosecutor Ines Marlow spoke.", false},
		{"California Highway Patrol Officer Ines Marlow spoke.", "Highway Patrol Officer Ines Marlow spoke.", false},
		{"Chief Medical Officer Ines Marlow spoke.", "Chief Nursing Officer Ines Marlow spoke.", true},
		{"The museum's deputy director, Ines Marlow, spoke.", "Ines Marlow, the museum's director, spoke.", true},
		{"Harbour Board vice-chair Ines Marlow spoke.", "Harbour Board chair Ines Marlow spoke.", true},
		{"Deputy Commissioner Ines Marlow spoke.", "Commissioner Ines Marlow spoke.", true},
		{"Trade Commissioner Ines Marlow spoke.", "Fisheries Commissioner Ines Marlow spoke.", true},
		{"Harbour Board chairwoman Ines Marlow spoke.", "The board's chair, Ines Marlow, spoke.", false},
		{"Harbour Board Vice-Chair Ines Marlow spoke.", "Harbour Board vice chair Ines Marlow spoke.", false},
		{"Trade Commissioner Ines Marlow spoke.", "Commissioner Ines Marlow spoke.", false},
		// A chair with no body named may preside over a second body; of
		// one named body, the posts are two.
		{"Ines Marlow, the union's general secretary, spoke.", "Ines Marlow, who as chair opened the rally, spoke.", false},
		{"Harbour Board chair Ines Marlow spoke.", "Harbour Board chief executive Ines Marlow spoke.", true},
		{"Acme finance director Ines Marlow spoke.", "Managing director Ines Marlow spoke.", true},
		// A committee's head sits on a second body beside one's own post;
		// the head of another body holds a second post.
		{"Ines Marlow, the airport's chief operating officer, spoke.", "Ines Marlow, who chairs the Tarrow Crisis Committee, spoke.", false},
		{"Port authority chief executive Ines Marlow spoke.", "Ines Marlow, chair of the Harbour Safety Panel, spoke.", false},
		{"Port authority chief executive Ines Marlow spoke.", "Ines Marlow, chair of the Broadcasting Council, spoke.", true},
		{"Ines Marlow, chair of the Harbour Safety Panel, spoke.", "Ines Marlow, vice-chair of the Harbour Safety Panel, spoke.", true},
		// A bare head of a body is its top post in fewer words; its deputy is not.
		{"Ines Marlow, head of the Norvia Traders Association, spoke.", "Ines Marlow, president of the Norvia Traders Association, spoke.", false},
		{"Ines Marlow, director of the Norvia Traders Association, spoke.", "Ines Marlow, deputy director of the Norvia Traders Association, spoke.", true},
		// A compound portfolio clipped to its first part is one post; a
		// longer portfolio without "and" is another.
		{"Finance and Revenue Minister Ines Marlow spoke.", "Finance Minister Ines Marlow spoke.", false},
		{"Foreign Trade Minister Ines Marlow spoke.", "Foreign Minister Ines Marlow spoke.", true},
		{"The managing director, Ines Marlow, spoke.", "Chief executive Ines Marlow spoke.", false},
		{"The airline's chief executive, Ines Marlow, spoke.", "The airline's head, Ines Marlow, spoke.", false},
		{"Acme chief executive Ines Marlow spoke.", "Acme spokeswoman Ines Marlow spoke.", true},
		{"Chief executive Ines Marlow spoke.", "Spokeswoman Ines Marlow spoke.", true},
		// A police officer holds one rank, and a post above it is none.
		{"Chief Superintendent Ines Marlow spoke.", "Deputy Chief Constable Ines Marlow spoke.", true},
		{"Superintendent Ines Marlow spoke.", "Police Superintendent Ines Marlow spoke.", false},
		// A career officer holds no political post.
		{"Chief Medical Officer Ines Marlow spoke.", "Health Commissioner Ines Marlow spoke.", true},
		{"Chief Medical Officer Ines Marlow spoke.", "Medical Officer Ines Marlow spoke.", false},
		// A president of a body that is no country heads it, beside its
		// general secretary; a head of state is not a union's officer.
		{"Union president Ines Marlow spoke.", "The union's general secretary, Ines Marlow, spoke.", true},
		{"DWF president Ines Marlow spoke.", "The union's general secretary, Ines Marlow, spoke.", true},
		{"US President Ines Marlow spoke.", "The union's general secretary, Ines Marlow, spoke.", false},
		{"Ines Marlow, president of the DWF, spoke.", "The union's president, Ines Marlow, spoke.", false},
		{"Ines Marlow, president of the DWF, spoke.", "The union's general secretary, Ines Marlow, spoke.", true},
		{"Ines Marlow, president of the US, spoke.", "The union's general secretary, Ines Marlow, spoke.", false},
		// An inspector takes the field written before it, as an officer
		// does, and holds no political post.
		{"Chief Mines Inspector Ines Marlow spoke.", "Labour Minister Ines Marlow spoke.", true},
		{"Chief Mines Inspector Ines Marlow spoke.", "The mines inspector, Ines Marlow, spoke.", false},
		// A minister runs no agency, though she may chair a committee.
		{"Civil Aviation chief Ines Marlow spoke.", "Health Secretary Ines Marlow spoke.", true},
		{"Ines Marlow, chair of the flood committee, spoke.", "Health Secretary Ines Marlow spoke.", false},
		// A council's leader leads it, as a mayor leads the town.
		{"Council leader Ines Marlow spoke.", "Mayor Ines Marlow spoke.", true},
		{"Ines Marlow, leader of the council, spoke.", "Council leader Ines Marlow spoke.", false},
		{"The federation's president, Ines Marlow, spoke.", "Federation general secretary Ines Marlow spoke.", true},
		{"Union president Ines Marlow spoke.", "The union's president, Ines Marlow, spoke.", false},
	}
	for _, tc := range tests {
		a, b := officialsOf(t, tc.a), officialsOf(t, tc.b)
		if len(a) != 1 || len(b) != 1 {
			t.Fatalf("%q / %q: want one claim each, got %d and %d", tc.a, tc.b, len(a), len(b))
		}
		if got := !OfficesCompatible(a[0].Official, b[0].Official); got != tc.conflict {
			t.Errorf("%q (%s) / %q (%s): conflict=%v, want %v", tc.a, a[0].Official.Office, tc.b, b[0].Official.Office, got, tc.conflict)
		}
	}
}

func TestDifferentOrganisations(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Northwind's", "Civil Aviation Authority", true},
		{"Civil Aviation Authority", "Aviation Authority", false},
		{"the operator's", "Northwind", false},
		{"Airline", "Northwind", false},
		{"Port authority", "authority", false},
		{"National Cyber Security Office", "national cyber-security office", false},
		{"NSI", "National Seismic Institute", false},
		{"UNRWA", "UN Relief and Works Agency", false},
		{"NSI", "Water Agency", true},
		{"Committee", "finance committee", false},
		{"the board", "Harbour Board", false},
		{"Finance Committee", "Water Agency", true},
		{"Talvaria's", "Talvaria Rail", false},
		{"Talvaria's", "Brennmark Rail", true},
	}
	for _, tc := range tests {
		if got := DifferentOrganisations(CountryKey(tc.a), CountryKey(tc.b)); got != tc.want {
			t.Errorf("%q / %q: different=%v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestHouseLists(t *testing.T) {
	opts := Options{Offices: [][]string{{"harbour master", "port captain"}}, Aliases: [][]string{{"Mohammed Ali Khan", "M. A. Khan"}}}
	a := peopleArticle("a.txt", "Port captain Rolf Dahl closed the quay.")
	cs := officialClaims(a, readPeople(a, opts))
	if len(cs) != 1 || cs[0].Official.Office != "harbour master" {
		t.Fatalf("house office not recognised: %+v", cs)
	}
}

// BenchmarkPeopleAndQuotes measures the reading of people and quotations
// over a stream of short invented articles.
func BenchmarkPeopleAndQuotes(b *testing.B) {
	body := strings.Repeat("Fisheries Minister Oskar Lind visited the harbour on Monday with Mayor Ruth Amsel. "+
		"\"We will rebuild the quay before the winter,\" Lind told reporters, adding that the money was ready.\n\n"+
		"The storm flooded 40 homes along the coast road, the harbour authority said. Ruth Amsel, who has led the town "+
		"for a decade, said the damage was \"the worst in living memory\".\n\n", 20)
	var arts []*Article
	for i := 0; i < 100; i++ {
		arts = append(arts, peopleArticle("a.txt", body))
	}
	b.SetBytes(int64(len(body) * len(arts)))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for _, a := range arts {
			p := readPeople(a, Options{})
			officialClaims(a, p)
			quoteClaims(a, p)
		}
	}
}

func TestHeadTitle(t *testing.T) {
	tests := []struct{ title, want string }{
		{"director of the Maritime Safety Agency", "director"},
		{"Director", "director"},
		{"chief executive for the network", "chief executive"},
		{"managing director", "managing director"},
	}
	for _, tc := range tests {
		if got := HeadTitle(tc.title); got != tc.want {
			t.Errorf("HeadTitle(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestOrganisationReferredBack(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"possessive kind noun", "The Vessel Museum shut. The museum's director, Ines Palm, spoke.", "vessel museum"},
		{"kind noun in lower case before the title", "The Vessel Museum shut. Museum director Ines Palm spoke.", "vessel museum"},
		{"named after the reference", "The museum's director, Ines Palm, said the Vessel Museum shut.", "museum"},
		{"two bodies of the kind", "The Vessel Museum and the Rail Museum shut. The museum's director, Ines Palm, spoke.", "museum"},
		{"offices outside a body keep their qualifier", "The Vessel Museum shut. The city's mayor, Ines Palm, spoke.", "city"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range officialsOf(t, tc.text) {
				got = append(got, c.Official.Country)
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("countries %q, want [%q]", got, tc.want)
			}
		})
	}
}

// A sentence that tells of a person moving from one post to another
// marks the people it tells it of, and only when no reporting verb stands
// between: what an official says about a bridge being replaced changes no
// post. Leaving a post or taking one says nothing of another post.
func TestPostChanged(t *testing.T) {
	tests := []struct {
		text string
		want map[string]bool // name -> post changed
	}{
		{"Energy Minister Ivo Marek was promoted on Friday.", map[string]bool{"Ivo Marek": true}},
		{"Justice Minister Rita Olsen stepped down after the vote.", map[string]bool{"Rita Olsen": false}},
		{"Her successor, Energy Minister Emil Sandor, chairs the inquiry.", map[string]bool{"Emil Sandor": false}},
		{"Labour Minister Karin Vogt and Trade Minister Emil Sandor swapped portfolios.", map[string]bool{"Karin Vogt": true, "Emil Sandor": true}},
		{"Transport Minister Ivo Marek said the old bridge would be replaced next year.", map[string]bool{"Ivo Marek": false}},
		{"Health Minister Rita Olsen stepped up checks at the border.", map[string]bool{"Rita Olsen": false}},
		{"Mayor Emil Sandor opened the new library.", map[string]bool{"Emil Sandor": false}},
		{"Finance Minister Ivo Marek will step down in June.", map[string]bool{"Ivo Marek": false}},
		{"Opposition leaders want Police Chief Rita Olsen to resign.", map[string]bool{"Rita Olsen": false}},
		{"His predecessor, former finance minister Karin Vogt, now teaches.", map[string]bool{"Karin Vogt": false}},
		// A move to come names the person in the old post and the new.
		{"Labour Minister Karin Vogt will be promoted in the reshuffle.", map[string]bool{"Karin Vogt": true}},
		{"Trade Minister Rosa Ruiz will take part in the talks.", map[string]bool{"Rosa Ruiz": false}},
		// Named as someone's successor: the person moves to that post.
		{"The premier named Deputy Energy Minister Karin Vogt as her successor.", map[string]bool{"Karin Vogt": true}},
		{"The board appointed finance director Emil Sandor to replace him.", map[string]bool{"Emil Sandor": true}},
		{"Trade Minister Rosa Ruiz praised her successor.", map[string]bool{"Rosa Ruiz": false}},
	}
	for _, tc := range tests {
		cs := officialsOf(t, tc.text)
		got := map[string]bool{}
		for _, c := range cs {
			got[c.Official.Name] = c.Official.PostChanged
		}
		for name, want := range tc.want {
			if v, ok := got[name]; !ok || v != want {
				t.Errorf("%q: %s post changed = %v (read %v), want %v", tc.text, name, v, ok, want)
			}
		}
	}
}

// A move that names its post gives the person that post too, and no
// other: a third post is still a conflict.
func TestPostMovedTo(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Trade Minister Rosa Ruiz will take charge of the finance ministry next week.", "finance minister"},
		{"Trade Minister Rosa Ruiz took over the finance ministry on Monday.", "finance minister"},
		{"Energy Minister Ivo Marek was promoted to deputy prime minister on Friday.", "deputy prime minister"},
		{"Trade Minister Rosa Ruiz will take part in the talks.", ""},
	}
	for _, tc := range tests {
		cs := officialsOf(t, tc.text)
		if len(cs) != 1 {
			t.Fatalf("%q: %d officials", tc.text, len(cs))
		}
		got := strings.Join(cs[0].Official.AlsoHolds, ",")
		if got != tc.want {
			t.Errorf("%q: also holds %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A body told by one common noun ("the town's mayor") keeps two holders
// apart but is no body a report shows: its value names the post alone,
// as "Mayor Ada Brecht" does, so that the two read as one witness.
func TestDescribedBodyShowsThePostAlone(t *testing.T) {
	for _, tc := range []struct{ text, country string }{
		{"Ada Brecht, the town's mayor, ordered everyone out.", ""},
		{"Ada Brecht, Tarrow's mayor, ordered everyone out.", "tarrow"},
	} {
		cs := officialsOf(t, tc.text)
		if len(cs) != 1 {
			t.Fatalf("%q: want one claim, got %d", tc.text, len(cs))
		}
		v := cs[0].Value.(map[string]any)
		if got, _ := v["country"].(string); got != tc.country {
			t.Errorf("%q: country %q, want %q", tc.text, got, tc.country)
		}
	}
}
