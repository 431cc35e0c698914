package claim

import (
	"strings"
	"testing"
)

func quotesOf(t *testing.T, text string) []Claim {
	t.Helper()
	a := peopleArticle("a.txt", text)
	return quoteClaims(a, readPeople(a, Options{}))
}

func TestQuoteSpeakers(t *testing.T) {
	tests := []struct {
		name, text  string
		words, who  []string
		evidenceHas string
	}{
		{"a pronoun in a phrase fronted before the named subject",
			"Piet Harrow was jailed on Monday, and Judge Vera Lund said he had shown no remorse. Turning to the press as he was led away, Harrow said: \"I will fight this to the end.\"",
			[]string{"I will fight this to the end."}, []string{"Piet Harrow"}, "Harrow"},
		{"a pronoun after a full name the recogniser reads as a person",
			"Ada Brecht presented the budget on Monday. \"Nobody pays more than a coffee a month,\" she said.",
			[]string{"Nobody pays more than a coffee a month"}, []string{"Ada Brecht"}, ""},
		{"a pronoun after a full name as the only name of the sentence before",
			"Ola Brenn deserves credit too. \"Every vote was counted in the end,\" he said, and left.",
			[]string{"Every vote was counted in the end"}, []string{"Ola Brenn"}, ""},
		{"a pronoun after a sentence naming two people is no one's",
			"Ada Brecht met Ola Brenn on Monday. \"Every vote was counted in the end,\" he said.",
			[]string{"Every vote was counted in the end"}, []string{""}, ""},
		{"a pronoun after a place is no one's",
			"Port Arlen reopened on Monday. \"Every vote was counted in the end,\" he said.",
			[]string{"Every vote was counted in the end"}, []string{""}, ""},
		{"a given name alone names the one person who bears it",
			"Ada Tarrow, 34, was freed on Sunday. Her mother, Ruth Tarrow, lit a lamp that night. In her statement at the airfield, Ada told how they had marked time. \"We counted the days on the wall,\" she said.",
			[]string{"We counted the days on the wall"}, []string{"Ada Tarrow"}, ""},
		{"a month is no one's given name",
			"June Tarrow, 34, was freed on Sunday. Her sister Ruth Tarrow met her in June. \"We counted the days on the wall,\" she said.",
			[]string{"We counted the days on the wall"}, []string{"Ruth Tarrow"}, ""},
		{"the subject before a phrase set off by commas",
			"Judge Vera Lund, speaking after the hearing, said: \"The sentence stands in full.\"",
			[]string{"The sentence stands in full."}, []string{"Vera Lund"}, "Vera Lund"},
		{"said after, title and name",
			"“The dam will hold through the winter,” Water Minister Rana Oyelaran told reporters.",
			[]string{"The dam will hold through the winter"}, []string{"Rana Oyelaran"}, "Water Minister Rana Oyelaran"},
		{"said, then a role and the name",
			"\"We have checked every valve twice,\" said engineer Piet Vos of the water board.",
			[]string{"We have checked every valve twice"}, []string{"Piet Vos"}, "said engineer"},
		{"a body's word, then an office and the name",
			"\"No club stands above the rules,\" league president Tara Vance told reporters.",
			[]string{"No club stands above the rules"}, []string{"Tara Vance"}, "Tara Vance"},
		{"a body's word, then a minister and the name",
			"\"Every patient will be seen within the hour,\" health minister Rui Salles told the committee.",
			[]string{"Every patient will be seen within the hour"}, []string{"Rui Salles"}, "Rui Salles"},
		{"a body and a role before the name describe the named speaker",
			"\"We shut the valve within the hour,\" said Tarrow Pumps site manager Ines Kolb. Kolb joined the firm in 2019 from Hesketh Works.",
			[]string{"We shut the valve within the hour"}, []string{"Ines Kolb"}, "Ines Kolb"},
		{"a named person's verb and object are no description of the next name",
			"Judge Vera Lund granted Piet Harrow bail but warned him: \"Expect a prison term.\"",
			[]string{"Expect a prison term."}, []string{"Vera Lund"}, "Vera Lund"},
		{"a lab named elsewhere is a body, not a person",
			"\"Patch before the weekend,\" said Vell Labs senior analyst Dana Quell. Quell has worked at Vell Labs for ten years.",
			[]string{"Patch before the weekend"}, []string{"Dana Quell"}, "Dana Quell"},
		{"an adjective in -ed inside the role before the name describes the speaker",
			"\"Patch before the weekend,\" said Vell Labs advanced threat analyst Dana Quell. Quell has worked at Vell Labs for ten years.",
			[]string{"Patch before the weekend"}, []string{"Dana Quell"}, "Dana Quell"},
		{"a retired role before the name describes the speaker",
			"\"The pumps were never tested,\" said Tarrow Pumps retired site manager Ines Kolb.",
			[]string{"The pumps were never tested"}, []string{"Ines Kolb"}, "Ines Kolb"},
		{"a verb in -ed right before a name is no description of it",
			"Judge Vera Lund warned Piet Harrow: \"Expect a prison term.\"",
			[]string{"Expect a prison term."}, []string{"Vera Lund"}, "Vera Lund"},
		{"a relative clause between the speaker's name and the speech verb",
			"\"The last metre is always the longest,\" Deputy Commissioner Ines Kolb, who also serves as the bloc's chief negotiator, told investors on Thursday.",
			[]string{"The last metre is always the longest"}, []string{"Ines Kolb"}, "Ines Kolb"},
		{"a relative clause after a full name with no title",
			"\"We will not sign in a hurry,\" Ola Brenn, whose ministry drafted the text, said in Tarsk.",
			[]string{"We will not sign in a hurry"}, []string{"Ola Brenn"}, "Ola Brenn"},
		{"a relative clause whose own verb speaks is no attribution of the quotation",
			"\"We will not sign in a hurry.\" Ola Brenn, who told reporters so last week, left early.",
			[]string{"We will not sign in a hurry."}, []string{""}, ""},
		{"a pronoun after a name written with its body's possessive",
			"Halden's chief Ola Brenn was asked about prices. \"Some will pay more,\" he said.\n\nTarsk Telecom's Ines Kolb struck a softer tone. \"This is a partnership of equals,\" she said.",
			[]string{"Some will pay more", "This is a partnership of equals"}, []string{"Ola Brenn", "Ines Kolb"}, ""},
		{"a pronoun after two people's names is no one's",
			"Ines Kolb's rival Ola Brenn struck a softer tone. \"This is a partnership of equals,\" she said.",
			[]string{"This is a partnership of equals"}, []string{""}, ""},
		{"a name after a body's possessive is the speaker's",
			"Tarsk Telecom said it would bid. Tarsk Telecom's Ines Kolb said the deal gives the network \"the investment it has been waiting for\".",
			[]string{"the investment it has been waiting for"}, []string{"Ines Kolb"}, "Ines Kolb"},
		{"surname alone before a speech verb",
			"\"The pumps are working again,\" Okonjo told reporters at the quay.",
			[]string{"The pumps are working again"}, []string{"Okonjo"}, "Okonjo"},
		{"a clause a conjunction opens has its own speaker",
			"Ivo Marsh, the former treasurer, begins a five-year term today after a judge told him he had shown \"not one sign of regret\".",
			[]string{"not one sign of regret"}, []string{""}, "a judge"},
		{"the speaker after a subordinate clause's conjunction is still the named person",
			"When the vote was over, Mayor Rana Oyelaran said: \"We start rebuilding tomorrow.\"",
			[]string{"We start rebuilding tomorrow."}, []string{"Rana Oyelaran"}, "Rana Oyelaran"},
		{"a phrase opened by a preposition before the verb leaves the subject",
			"Piet Vos, speaking after the hearing, said \"the fight goes on\".",
			[]string{"the fight goes on"}, []string{"Piet Vos"}, "Piet Vos"},
		{"a description before the name after the verb",
			"\"Every roof came down,\" said central Harwick district resident Ilse Marrow to the agency.",
			[]string{"Every roof came down"}, []string{"Ilse Marrow"}, "Ilse Marrow"},
		{"a description before the name that ends at the verb, after the quotation",
			"\"Every roof came down,\" central Harwick district resident Ilse Marrow told the agency.",
			[]string{"Every roof came down"}, []string{"Ilse Marrow"}, "Ilse Marrow"},
		{"a place named earlier inside the description is not the speaker",
			"The quake shook the provincial capital of Vella Harwick. \"Every roof came down,\" central Harwick district resident Ilse Marrow told the agency.",
			[]string{"Every roof came down"}, []string{"Ilse Marrow"}, "Ilse Marrow"},
		{"a place named earlier inside the description after the verb is not the speaker",
			"The quake shook the provincial capital of Vella Harwick. \"Every roof came down,\" said central Harwick district resident Ilse Marrow to the agency.",
			[]string{"Every roof came down"}, []string{"Ilse Marrow"}, "Ilse Marrow"},
		{"a description with no name before the verb names nobody",
			"\"We will rebuild,\" the Harwick district council said.",
			[]string{"We will rebuild"}, []string{""}, "We will rebuild"},
		{"two names before the verb give no one speaker",
			"\"Leave now,\" fire chief Ana Li and police chief Piet Vos told residents.",
			[]string{"Leave now"}, []string{""}, "Leave now"},
		{"a speaker is not carried past another person named before the quotation",
			"Union leader Ola Brenn called the deal \"a fair day's work\". When Ada Brecht left the tribunal and called the ruling \"a long day's work\", she was smiling.",
			[]string{"a fair day's work", "a long day's work"}, []string{"Ola Brenn", ""}, "Ola Brenn"},
		{"a speaker is carried to the next quotation of the paragraph",
			"Union leader Ola Brenn called the deal \"a fair day's work\". \"We waited long enough.\"",
			[]string{"a fair day's work", "We waited long enough."}, []string{"Ola Brenn", "Ola Brenn"}, "Ola Brenn"},
		{"a clause opened by 'because' has its own speaker",
			"Mayor Ines Roth postponed the vote because the clerk told her \"the count is not yet complete\".",
			[]string{"the count is not yet complete"}, []string{""}, "the clerk"},
		{"a role and a body before the name after the verb",
			"\"The tracks were checked twice,\" said Norlink rail safety manager Petra Olsen.",
			[]string{"The tracks were checked twice"}, []string{"Petra Olsen"}, "Petra Olsen"},
		{"a description with no name after the verb names nobody",
			"\"Every roof came down,\" said a Harwick district resident.",
			[]string{"Every roof came down"}, []string{""}, "Harwick"},
		{"name with appositive",
			"\"We were lucky,\" Piet Vos, the chief engineer, admitted.",
			[]string{"We were lucky"}, []string{"Piet Vos"}, "Piet Vos"},
		{"pronoun refers to the last named speaker",
			"Water Minister Rana Oyelaran toured the site on Monday.\n\n\"Nobody will be sent home without help,\" she said.",
			[]string{"Nobody will be sent home without help"}, []string{"Rana Oyelaran"}, "she"},
		{"pronoun after another full name told of since the last speaker is that name's",
			"\"We are proud of her,\" said Tova Sarne, a neighbour.\n\nIlse Marrow was banned on Monday. She insists she \"never took a banned drug\".",
			[]string{"We are proud of her", "never took a banned drug"}, []string{"Tova Sarne", "Ilse Marrow"}, "Tova Sarne"},
		{"pronoun past the body the last speaker is of is still the speaker's",
			"\"The blast took out three floors,\" said Chief Fire Officer Ola Brenn of Tarrow Fire and Rescue. \"We have no reason to suspect foul play.\"",
			[]string{"The blast took out three floors", "We have no reason to suspect foul play."}, []string{"Ola Brenn", "Ola Brenn"}, ""},
		{"pronoun past an aside that names someone by role",
			"Deputy Foreign Minister Ada Brecht, who is not related to the freed officer, described the deal as fair. \"This was a swap,\" she said.",
			[]string{"This was a swap"}, []string{"Ada Brecht"}, ""},
		{"pronoun within the last speaker's run of quotes is the speaker",
			"\"It was chaos,\" said Idris Holm. \"I ran,\" he added.",
			[]string{"It was chaos", "I ran"}, []string{"Idris Holm", "Idris Holm"}, "Idris Holm"},
		{"pronoun past a relative aside on the subject is the subject",
			"Envoy Piet Vos, who met Colonel Rana Oyelaran twice, spoke on Friday. \"Nobody leaves until every hostage is home,\" he said.",
			[]string{"Nobody leaves until every hostage is home"}, []string{"Piet Vos"}, "he"},
		{"pronoun after a sentence naming two people stays unknown",
			"Envoy Piet Vos met Colonel Rana Oyelaran on Friday. \"Nobody leaves until every hostage is home,\" he said.",
			[]string{"Nobody leaves until every hostage is home"}, []string{""}, "he"},
		{"pronoun after a sentence naming one person twice is that person",
			"Envoy Piet Vos said Vos would stay on Friday. \"Nobody leaves,\" he said.",
			[]string{"Nobody leaves"}, []string{"Piet Vos"}, "he"},
		{"a capital that opens a sentence is no speaker",
			"Authorities described the fire as \"suspicious and possibly arson\" on Monday.",
			[]string{"suspicious and possibly arson"}, []string{""}, "suspicious"},
		{"a surname the article named in full may open a sentence",
			"Officer Lena Tamaev arrived first. Tamaev told reporters: \"The roof went up in a minute.\"",
			[]string{"The roof went up in a minute."}, []string{"Lena Tamaev"}, "Tamaev"},
		{"a title stands for the one person the article names with it",
			"Mayor Rana Oyelaran toured the site. Later she met families.\n\n\"We will rebuild every house,\" the mayor said.",
			[]string{"We will rebuild every house"}, []string{"Rana Oyelaran"}, "the mayor"},
		{"a title two people hold stands for nobody",
			"Mayor Rana Oyelaran met Mayor Piet Vos. \"We will rebuild,\" the mayor said.",
			[]string{"We will rebuild"}, []string{""}, "the mayor"},
		{"pronoun after an unnamed office holder stays unknown",
			"Rana Oyelaran spoke first. The mayor then took questions. \"We will rebuild,\" he said.",
			[]string{"We will rebuild"}, []string{""}, "he"},
		{"partial quotation inside a sentence",
			"Inspector Piet Vos described the repair as \"a temporary fix\" on Tuesday.",
			[]string{"a temporary fix"}, []string{"Piet Vos"}, "Piet Vos"},
		{"attribution first with a colon",
			"Its chief, Lorna Kettle, told us: \"We are short of pumps.\"",
			[]string{"We are short of pumps."}, []string{"Lorna Kettle"}, "Lorna Kettle"},
		{"as someone put it",
			"As prosecutor Anna Kovalenko-Bright put it, \"A town hall is not a shop counter.\"",
			[]string{"A town hall is not a shop counter."}, []string{"Anna Kovalenko-Bright"}, "Anna Kovalenko-Bright"},
		{"a speech verb in a relative clause, then another statement",
			"The firm's chief executive, Jonas Ekdahl, who told relatives at Monday's briefing, \"Nobody will be left behind,\" said on Tuesday that the company would cooperate.",
			[]string{"Nobody will be left behind"}, []string{"Jonas Ekdahl"}, "Jonas Ekdahl"},
		{"a speech verb in a relative clause after a sentence opened by a pronoun",
			"The first caller was a teacher, Anna Vos. She is no kin of Piet Vos, who led the search and who said his divers had \"checked every cove twice before noon\".",
			[]string{"checked every cove twice before noon"}, []string{"Piet Vos"}, "Piet Vos"},
		{"according to",
			"\"The levee was never inspected,\" according to Piet Vos, who led the survey.",
			[]string{"The levee was never inspected"}, []string{"Piet Vos"}, "according to Piet Vos"},
		{"a fragment after 'adding that' is a remark of its own",
			"\"We are ready,\" coach Ines Kolb said, adding that the squad was \"tired but hungry\".",
			[]string{"We are ready", "tired but hungry"}, []string{"Ines Kolb", "Ines Kolb"}, "Ines Kolb"},
		{"interrupted quotation is one",
			"\"The water came fast,\" said Lorna Kettle, \"and it did not stop for hours.\"",
			[]string{"The water came fast, and it did not stop for hours."}, []string{"Lorna Kettle"}, "Lorna Kettle"},
		{"quotation across paragraphs",
			"\"We were on the roof by midnight,\" said Lorna Kettle. \"The boats came at dawn.\n\n\"By then the ground floor was gone.\"",
			[]string{"We were on the roof by midnight", "The boats came at dawn. By then the ground floor was gone."}, []string{"Lorna Kettle", "Lorna Kettle"}, ""},
		{"speech verb, possessive role, name in apposition",
			"\"The charges are invented,\" said his lawyer, Ines Marlow, outside the court.",
			[]string{"The charges are invented"}, []string{"Ines Marlow"}, "his lawyer, Ines Marlow"},
		{"several role words and the name after the quotation",
			"\"We will not go back to work,\" union general secretary Mara Ostby said.",
			[]string{"We will not go back to work"}, []string{"Mara Ostby"}, "Mara Ostby"},
		{"someone's role, then the name, then the verb",
			"\"The charges are invented,\" Kell's lawyer Ines Marlow said.",
			[]string{"The charges are invented"}, []string{"Ines Marlow"}, "Ines Marlow"},
		{"a fronted place, then someone's role and a name",
			"Anna Kell was convicted. Outside court, Kell's lawyer, Ines Marlow, said: \"We will appeal.\"",
			[]string{"We will appeal."}, []string{"Ines Marlow"}, "Ines Marlow"},
		{"a fronted time, then a role and a name",
			"On Monday, union secretary Mara Ostby said: \"We will not go back.\"",
			[]string{"We will not go back."}, []string{"Mara Ostby"}, "Mara Ostby"},
		{"a role, a title and a name after the speech verb",
			"\"The animal was never a danger,\" said zoo director Dr Marta Kell.",
			[]string{"The animal was never a danger"}, []string{"Marta Kell"}, "Marta Kell"},
		{"a place, a role and a name after the speech verb",
			"\"We will rebuild the pier,\" said Riverton council leader Jo Smith.",
			[]string{"We will rebuild the pier"}, []string{"Jo Smith"}, "Jo Smith"},
		{"a role owned by a pronoun is not the pronoun's person",
			"Mayor Anna Vell left early. \"The charges are invented,\" said her lawyer.",
			[]string{"The charges are invented"}, []string{""}, "her lawyer"},
		{"a long description is not a role before a name",
			"\"Nobody comes any more,\" said a bus driver near the Old Bridge, Ines Marlow.",
			[]string{"Nobody comes any more"}, []string{""}, "bus driver"},
		{"according to before the quotation",
			"According to Mayor Lorna Kettle, \"the bridge will reopen before winter.\"",
			[]string{"the bridge will reopen before winter."}, []string{"Lorna Kettle"}, "According to"},
		{"according to a report is no speaker",
			"According to the report, \"the bridge will reopen before winter.\"",
			[]string{"the bridge will reopen before winter."}, []string{""}, ""},
		{"colon lead-in without a speech verb",
			"Lorna Kettle spoke last.\n\nMore from Kettle, who closed with a line that drew cheers: \"We will build it again.\"",
			[]string{"We will build it again."}, []string{"Lorna Kettle"}, "Kettle"},
		{"colon lead-in with a pronoun",
			"Mayor Lorna Kettle spoke last. She ended with a plea: \"Send pumps.\"",
			[]string{"Send pumps."}, []string{"Lorna Kettle"}, "She"},
		{"colon after a sentence whose subject is no person",
			"Lorna Kettle spoke. The sign on the door read: \"Closed until further notice.\"",
			[]string{"Closed until further notice."}, []string{""}, ""},
		{"a person named late in a colon sentence is no speaker",
			"The crowd fell silent for a letter from Lorna Kettle: \"Forgive me for not coming.\"",
			[]string{"Forgive me for not coming."}, []string{""}, ""},
		{"speaker carried into a paragraph of quotation only",
			"\"We are ready,\" said Mayor Lorna Kettle.\n\n\"The boats are on their way.\"",
			[]string{"We are ready", "The boats are on their way."}, []string{"Lorna Kettle", "Lorna Kettle"}, ""},
		{"no speaker carried into a paragraph that names someone else",
			"\"We are ready,\" said Mayor Lorna Kettle.\n\n\"The boats are late.\" Piet Vos disagreed.",
			[]string{"We are ready", "The boats are late."}, []string{"Lorna Kettle", ""}, ""},
		{"no speaker carried past a paragraph of narrative",
			"\"We are ready,\" said Mayor Lorna Kettle.\n\nThe river rose all night.\n\n\"The boats are late.\"",
			[]string{"We are ready", "The boats are late."}, []string{"Lorna Kettle", ""}, ""},
		{"new sentence after the quotation is not its attribution",
			"Lorna Kettle wrote, \"We need more pumps.\" Piet Vos said later that none were coming.",
			[]string{"We need more pumps."}, []string{"Lorna Kettle"}, "Lorna Kettle"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := quotesOf(t, tc.text)
			if len(cs) != len(tc.words) {
				t.Fatalf("got %d quotations, want %d: %+v", len(cs), len(tc.words), cs)
			}
			for i, c := range cs {
				if c.Quote.Words != tc.words[i] {
					t.Errorf("words %q, want %q", c.Quote.Words, tc.words[i])
				}
				if c.Quote.Speaker != tc.who[i] && !(tc.who[i] == "" && c.Quote.SpeakerKey == "") {
					t.Errorf("speaker %q, want %q", c.Quote.Speaker, tc.who[i])
				}
			}
			if tc.evidenceHas != "" && !strings.Contains(cs[0].Evidence.Text, tc.evidenceHas) {
				t.Errorf("evidence %q lacks %q", cs[0].Evidence.Text, tc.evidenceHas)
			}
		})
	}
}

func TestCompareQuotes(t *testing.T) {
	tests := []struct {
		name, a, b string
		same       bool // one remark
		contained  bool // accurate partial quotation
		changed    bool // content words differ
	}{
		{"reworded ending", "Rates will stay high, and we will act again in autumn",
			"Rates will stay high, and we will act again if needed", true, false, true},
		{"two words swapped", "We saw the lights on the ridge, and that gave us hope",
			"We saw the lamps on the hill, and that gave us hope", true, false, true},
		{"partial quotation", "stay high", "Rates will stay high, and we will act again if needed", false, true, false},
		{"longer partial quotation", "we will act again if needed", "Rates will stay high, and we will act again if needed", true, true, false},
		{"two remarks of one speaker", "Nobody will escape the consequences of this failure",
			"Every permit issued this year will be examined again", false, false, true},
		{"function words only", "We will not give up on the search", "We will not give up on this search", true, false, false},
		{"a partial quotation with an auxiliary of its own", "we were not reaching the shore we had hoped for",
			"I decided because we were not reaching the shore we hoped for", true, true, false},
		{"a partial quotation with a word changed", "we were not reaching the harbour we hoped for",
			"I decided because we were not reaching the shore we hoped for", true, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Quote{Norm: strings.Join(quoteWords(tc.a), " ")}
			b := &Quote{Norm: strings.Join(quoteWords(tc.b), " ")}
			c := CompareQuotes(a, b)
			if c.SameRemark() != tc.same || c.Contained != tc.contained || (c.SameRemark() && !c.Contained && c.ContentChanged != tc.changed) {
				t.Errorf("same=%v contained=%v changed=%v (%+v)", c.SameRemark(), c.Contained, c.ContentChanged, c)
			}
		})
	}
}

func TestChangedExcerpt(t *testing.T) {
	full := "The harbour will be judged by its first winter, not by its first summer"
	tests := []struct {
		name, excerpt, full string
		want                bool
	}{
		{"anchored start, other words after", "by its first ten storms", full, true},
		{"anchored end, other words before", "ships, not by its first summer", full, true},
		{"faithful excerpt", "by its first winter", full, false},
		{"excerpt with a gap is still faithful", "judged by its first summer", full, false},
		{"a whole sentence is not a fragment", "By its first ten storms", full, false},
		{"an anchor of function words only", "it is the cost of living", "It is the weather that worries us", false},
		{"too short an anchor", "its first ten storms", "Its first winter was hard", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Quote{Words: tc.excerpt, Norm: strings.Join(quoteWords(tc.excerpt), " ")}
			b := &Quote{Words: tc.full, Norm: strings.Join(quoteWords(tc.full), " ")}
			if got := CompareQuotes(a, b).ChangedExcerpt; got != tc.want {
				t.Errorf("changed excerpt=%v, want %v", got, tc.want)
			}
			if got := CompareQuotes(b, a).ChangedExcerpt; got != tc.want {
				t.Errorf("in the other order: changed excerpt=%v, want %v", got, tc.want)
			}
		})
	}
}

func TestNegationAndOpening(t *testing.T) {
	tests := []struct {
		name, a, b string
		flip       bool // a negation in one rendering only, inside the remark
		opening    bool // whole remarks that open alike, then part
	}{
		{"negation inserted", "We do not know what caused the leak", "We know what caused the leak", true, false},
		{"contracted negation", "The valve didn't close in time", "The valve closed in time", true, false},
		{"both negated", "We will not give up on the search", "We will never give up on the search", false, false},
		{"a denial worded two ways", "We have no information on the motive for the attack", "We just don't have any leads on the motive for the attack", false, false},
		{"negation before the shorter starts", "Nobody's rent is going up next spring", "Rents are going up next spring", true, false},
		{"denying opening word left out", "Nothing will change for the night buses", "will change for the night buses", true, false},
		{"the half of a contrast that denies nothing", "We are not striking for pay, we are striking for our patients", "striking for our patients", false, false},
		{"the half of a contrast that denies", "We are not striking for pay, we are striking for our patients", "We are not striking for pay", false, false},
		{"an excerpt a negation just before denies", "We will not accept the offer from Tarrow", "accept the offer from Tarrow", true, false},
		{"a denial after the shared words", "Nobody's rent is going up next spring", "Rents are going up next spring, and I won't hide it", true, false},
		{"opening word of no denial left out", "Well, rents are going up next spring", "Rents are going up next spring", false, false},
		{"negation after the shorter ends", "We know what caused the leak. We will not guess", "We know what caused the leak", false, false},
		{"negation in a long skipped clause", "We know what caused it and will not rest or stop until we fix the leak", "We know what caused it and will fix the leak", false, true},
		{"same opening, other ending", "The council has voted and we accept it fully", "The council has voted, but nothing is settled yet", false, true},
		{"opening of function words", "We will be there for them", "We will be there in the morning", false, false},
		{"a fragment is no whole remark", "the council has voted and we accept it", "The council has voted, but nothing is settled yet", false, false},
		{"one is the other's opening", "The council has voted", "The council has voted and we accept it fully", false, false},
		{"a two-word negator dropped", "This count is far from finished in the valley", "This count is finished in the valley", true, false},
		{"a negating adverb dropped", "We are nowhere near a deal with the union", "We are near a deal with the union", true, false},
		{"far in another sense", "We have come so far from the valley we started in", "We have come from the valley we started in", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &Quote{Words: tc.a, Norm: strings.Join(quoteWords(tc.a), " ")}
			b := &Quote{Words: tc.b, Norm: strings.Join(quoteWords(tc.b), " ")}
			c := CompareQuotes(a, b)
			if c.NegationFlip != tc.flip {
				t.Errorf("negation flip=%v, want %v (%+v)", c.NegationFlip, tc.flip, c)
			}
			if got := SharedOpening(c, a, b); got != tc.opening {
				t.Errorf("shared opening=%v, want %v (opening %d)", got, tc.opening, c.Opening)
			}
		})
	}
}

// TestSameWording: a number in digits or in words, a name or its
// initials, another form of the same word, a contraction and an editor's
// bracketed words say the same; any other word changed changes the
// remark.
func TestSameWording(t *testing.T) {
	tests := []struct {
		a, b    string
		changed bool
	}{
		{"We will not accept a 2nd delay on this line", "We will not accept a second delay on this line", false},
		{"All VPN users must reset their passwords today", "All virtual private network users must reset their passwords today", false},
		{"We will not accept a 2nd delay on this line", "We will not accept a third delay on this line", true},
		{"All VPN users must reset their passwords today", "All office users must reset their passwords today", true},
		// Renderings of one remark: an inflection slipped, a contraction
		// written out, an editor's bracketed words for the speaker's own.
		{"I saw whole streets damaged by the water", "I saw whole streets damages by the water", false},
		{"It's the worst night this town has known", "It is the worst night this town has known", false},
		{"I'm proud of every crew out there tonight", "I am proud of every crew out there tonight", false},
		{"[The ministry] has a hard task in front of it", "They have a hard task in front of it", false},
		{"I saw whole streets damaged by the water", "I saw whole streets flooded by the water", true},
		{"It's the worst night this town has known", "It is the best night this town has known", true},
		{"This will take days of repairs, not hours", "This will take hours of repairs, not days", true},
	}
	for _, tc := range tests {
		a := &Quote{Words: tc.a, Norm: strings.Join(quoteWords(tc.a), " ")}
		b := &Quote{Words: tc.b, Norm: strings.Join(quoteWords(tc.b), " ")}
		if got := CompareQuotes(a, b).ContentChanged; got != tc.changed {
			t.Errorf("%q / %q: content changed=%v, want %v", tc.a, tc.b, got, tc.changed)
		}
	}
}

// TestNamesAreNoCommonRemark: two remarks that share only a proper name
// are two remarks; a remark that names a place is still one remark.
func TestNamesAreNoCommonRemark(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"a plain misuse of the Coastal Waters Protection Act", "we will defend the Coastal Waters Protection Act in every court", false},
		{"We will rebuild Port Sorrel stone by stone and street by street", "We will rebuild Port Sorrel brick by brick and street by street", true},
		{"the beating heart of the Coastal Waters Protection Act", "its rightful place at the heart of the Coastal Waters Protection Act", false},
	}
	for _, tc := range tests {
		a := &Quote{Words: tc.a, Norm: strings.Join(quoteWords(tc.a), " ")}
		b := &Quote{Words: tc.b, Norm: strings.Join(quoteWords(tc.b), " ")}
		if got := CompareQuotes(a, b).SameRemark(); got != tc.same {
			t.Errorf("%q / %q: same=%v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

// The cheap bound never rules out a pair the full comparison would find
// to be one remark, a shared opening or a changed excerpt, and it does
// rule out two remarks that share only a few words.
func TestMayRenderOneRemarkIsABound(t *testing.T) {
	texts := []string{
		"Rates will stay high, and we will act again in autumn",
		"Rates will stay high, and we will act again if needed",
		"stay high",
		"we will act again if needed",
		"We saw the lights on the ridge, and that gave us hope",
		"We saw the lamps on the hill, and that gave us hope",
		"Nobody will escape the consequences of this failure",
		"We will not give up on the search",
		"We will not give up on this search",
		"The harbour will be judged by its first winter, not by its first summer",
		"judged by its first ten storms",
		"The alarm worked as it should have, and the crew got out in time",
		"The alarm did not work as it should have",
		"We are counting the dead while the water is still rising",
		"The water is still rising in the lower town, and we are afraid",
	}
	form := func(s string) *QuoteForm {
		return FormOf(&Quote{Words: s, Norm: strings.Join(quoteWords(s), " ")})
	}
	for _, x := range texts {
		for _, y := range texts {
			a, b := form(x), form(y)
			c := CompareForms(a, b)
			if (c.SameRemark() || c.ChangedExcerpt || SharedOpening(c, a.quote, b.quote)) && !MayRenderOneRemark(a, b) {
				t.Errorf("bound rules out %q against %q, which compare as one remark (%+v)", x, y, c)
			}
		}
	}
	if MayRenderOneRemark(form(texts[6]), form(texts[13])) {
		t.Errorf("bound keeps two unrelated remarks: %q, %q", texts[6], texts[13])
	}
}

// A live blog's entries stand alone, newest first: a pronoun in one does
// not reach into the entry above it, which was written later; within an
// entry it is the entry's speaker.
func TestLiveBlogEntriesBoundPronouns(t *testing.T) {
	speakerOf := func(paragraphs ...string) string {
		t.Helper()
		for _, c := range Build(articleOf(t, "2025-09-15T20:00:00Z", paragraphs...), Options{}) {
			if c.Kind == KindQuote {
				return c.Quote.Speaker
			}
		}
		t.Fatal("no quotation read")
		return ""
	}
	if got := speakerOf("18:40 — Ada Brecht, the transport chief, toured the depot.",
		"17:15 — \"We will not back down,\" she said.", "16:00 — The strike entered its second day."); got != "" {
		t.Errorf("pronoun in the entry below: speaker %q, want none", got)
	}
	if got := speakerOf("18:40 — Ada Brecht, the transport chief, toured the depot. \"We will not back down,\" she said.",
		"17:15 — The strike entered its second day."); got != "Ada Brecht" {
		t.Errorf("pronoun within the entry: speaker %q, want Ada Brecht", got)
	}
}
