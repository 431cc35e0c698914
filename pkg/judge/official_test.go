package judge

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/pkg/align"
	"github.com/crosscheck/crosscheck/pkg/claim"
	"github.com/crosscheck/crosscheck/pkg/document"
)

// peopleFindings runs claims, alignment and judgement over invented
// articles (name -> text) of one story and returns the official and
// quotation findings as "severity rule" strings, sorted.
func peopleFindings(t *testing.T, articles map[string]string) []string {
	t.Helper()
	names := make([]string, 0, len(articles))
	for n := range articles {
		names = append(names, n)
	}
	sort.Strings(names)
	var claims []align.Claim
	for _, n := range names {
		a := claim.NewArticle(peopleDocument(n, articles[n]), nil)
		for _, c := range claim.Build(a, claim.Options{}) {
			if c.Kind == claim.KindOfficial || c.Kind == claim.KindQuote {
				claims = append(claims, align.Claim{Claim: c, Story: "story"})
			}
		}
	}
	var out []string
	for _, f := range Judge(claims, align.Pairs(claims, 0.05), Options{}) {
		if len(f.Evidence) != 2 {
			t.Errorf("%s: %d evidence items", f.Rule, len(f.Evidence))
		}
		out = append(out, string(f.Severity)+" "+f.Rule)
	}
	sort.Strings(out)
	return out
}

func peopleDocument(path, text string) *document.Document {
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
	return document.New(path, []byte(text), text, nil, blocks)
}

func TestOfficialFindings(t *testing.T) {
	tests := []struct {
		name string
		docs map[string]string
		want []string
	}{
		{"one person, two cabinet posts",
			map[string]string{
				"a.txt": "Fisheries Minister Oskar Lind visited the harbour.",
				"b.txt": "Justice Minister Oskar Lind visited the harbour."},
			[]string{"warning office-conflict"}},
		{"a head's post with its field, and the same post bare where a second post is added",
			map[string]string{
				"a.txt": "Gallery director Felix Aumont said the gallery would reopen.",
				"b.txt": "The exhibition opened with director Felix Aumont. Aumont, who is also president of the National Museums Association, said the gallery would reopen."},
			nil},
		{"a post told as held besides another, in another article",
			map[string]string{
				"a.txt": "Ada Brecht, director of Tarrow Zoo, said the lion had been caught.",
				"b.txt": "Ada Brecht, who also chairs the Norvian Zoos Association, said the rules would change."},
			nil},
		{"a firm's chief who is also chair of its trade's federation",
			map[string]string{
				"a.txt": "Ada Brecht, the company's chief executive, told staff no jobs would go.",
				"b.txt": "Ada Brecht, who is also chair of the Norvian Retail Federation, said prices would rise."},
			nil},
		{"a body's head who leads an association of such bodies, not told as added",
			map[string]string{
				"a.txt": "Ada Brecht, director of Tarrow Zoo, said the lion had been caught.",
				"b.txt": "Ada Brecht, who chairs the Norvian Zoos Association, said the rules would change."},
			nil},
		{"a firm's chief and the president of a federation whose name has a plural possessive",
			map[string]string{
				"a.txt": "Ola Brenn, chief executive of Tarrow Mining, said the pumps had failed.",
				"b.txt": "Ola Brenn, president of the Norvia Producers' Federation as well as head of the mine, gave evidence."},
			nil},
		{"heads of two bodies of one kind, neither of members",
			map[string]string{
				"a.txt": "Ada Brecht, director of Tarrow Zoo, said the lion had been caught.",
				"b.txt": "Ada Brecht, director of the Brennor Aquarium, said the tanks were safe."},
			[]string{"warning office-conflict"}},

		{"a fragment quoted inside the reporter's denial, against the speaker's whole denial",
			map[string]string{
				"a.txt": "\"Nobody goes home until the summit has been quiet for a full week, and that includes me,\" civil protection chief Ada Brecht said.",
				"b.txt": "Ada Brecht repeated her warning that nobody would go home \"until the summit has been quiet for a full week\"."},
			nil},
		{"a fragment quoted inside the reporter's affirmation, against the speaker's denial",
			map[string]string{
				"a.txt": "\"Nobody goes home until the summit has been quiet for a full week, and that includes me,\" civil protection chief Ada Brecht said.",
				"b.txt": "Ada Brecht said residents could go home \"until the summit has been quiet for a full week\"."},
			[]string{"error misquote"}},
		{"a clerk who runs the election as its registrar of voters",
			map[string]string{
				"a.txt": "Registrar of Voters Ola Brenn opened the count in Tarrow.",
				"b.txt": "Tarrow County Clerk Ola Brenn certified the result."},
			nil},
		{"a stock phrase a speaker reuses in two remarks",
			map[string]string{
				"a.txt": "\"The government is taking food from our tables to pay its friends,\" opposition leader Ada Brecht said.",
				"b.txt": "Opposition leader Ada Brecht called it \"a budget that takes bread from our tables\"."},
			nil},
		{"a fragment cut from a remark with one word changed",
			map[string]string{
				"a.txt": "\"The plan is reckless, rushed and underfunded,\" opposition leader Ada Brecht said.",
				"b.txt": "Opposition leader Ada Brecht called the plan \"reckless, rushed and unfunded\"."},
			[]string{"warning misquote"}},
		{"the new holder of a post, given another post elsewhere",
			map[string]string{
				"a.txt": "Ada Brecht, the new Finance Minister, opened a clinic in Tarrow.",
				"b.txt": "Transport Minister Ada Brecht opened a clinic in Tarrow."},
			nil},
		{"a prime minister who leads her party",
			map[string]string{
				"a.txt": "Ada Brecht, who has led the Norvian Green Party since 2019, opened the debate.",
				"b.txt": "Prime Minister Ada Brecht opened the debate."},
			nil},
		{"a prime minister named as head of an agency",
			map[string]string{
				"a.txt": "Ada Brecht, who heads the Norvian Roads Agency, opened the debate.",
				"b.txt": "Prime Minister Ada Brecht opened the debate."},
			[]string{"warning office-conflict"}},
		{"a mayor who chairs a committee",
			map[string]string{
				"a.txt": "Mayor Ada Brecht opened the meeting.",
				"b.txt": "Ada Brecht, who chairs the regional drought committee, opened the meeting."},
			nil},
		{"a deputy mayor who chairs one of the city's committees",
			map[string]string{
				"a.txt": "Ilse Dorn, who chairs the town's planning committee, opened the hearing.",
				"b.txt": "Deputy Mayor Ilse Dorn opened the hearing."},
			nil},
		{"a mayor who chairs a regional board",
			map[string]string{
				"a.txt": "Ilse Dorn, who chairs the coastal water board, spoke first.",
				"b.txt": "Ilse Dorn, the mayor of Tarrow, spoke first."},
			nil},
		{"a former post and its former deputy",
			map[string]string{
				"a.txt": "Former mayor Ilse Dorn was convicted on Monday.",
				"b.txt": "Former deputy mayor Ilse Dorn was convicted on Monday."},
			[]string{"warning office-conflict"}},
		{"two former posts of a career",
			map[string]string{
				"a.txt": "Former mayor Ilse Dorn was convicted on Monday.",
				"b.txt": "Former finance minister Ilse Dorn was convicted on Monday."},
			nil},
		{"two countries' ministers in one article share no office",
			map[string]string{
				"a.txt": "Norvia's Trade Minister, Ilse Dorn, and Tarrow's Trade Minister, Karel Nyman, signed the pact in Norvia and Tarrow.",
				"b.txt": "Tarrow's Trade Minister, Ada Brecht, said the pact was fair."},
			[]string{"warning office-holder-conflict"}},
		{"two holders of one office in one article, one with no country",
			map[string]string{
				"a.txt": "Trade Minister Ilse Dorn met Trade Minister Karel Nyman in Tarrow.",
				"b.txt": "Tarrow's Trade Minister, Ada Brecht, said the pact was fair."},
			nil},
		{"a mayor named as the head of an agency",
			map[string]string{
				"a.txt": "Mayor Ada Brecht opened the meeting.",
				"b.txt": "Ada Brecht, who heads the regional water agency, opened the meeting."},
			[]string{"warning office-conflict"}},
		{"a body's initials and its name after a description of its kind",
			map[string]string{
				"a.txt": "NRF's executive director, Ilse Dorn, said the convoy would leave on Monday.",
				"b.txt": "Ilse Dorn, head of the aid agency Norvia Relief Fund, said the convoy would leave soon."},
			nil},
		{"two bodies, each named after a description of its kind",
			map[string]string{
				"a.txt": "Ilse Dorn, head of the aid agency Norvia Relief Fund, said the convoy would leave soon.",
				"b.txt": "Ilse Dorn, head of the medical charity Orvenia Health Trust, said the convoy would leave soon."},
			[]string{"warning office-conflict"}},
		{"a chief inspector named as a detective sergeant",
			map[string]string{
				"a.txt": "Chief Inspector Ola Brenn said the crossing would reopen at noon.",
				"b.txt": "Detective Sergeant Ola Brenn said the crossing would reopen at noon."},
			[]string{"warning office-conflict"}},
		{"a detective sergeant named as a chief superintendent",
			map[string]string{
				"a.txt": "Chief Superintendent Karel Nyman said two men had been arrested.",
				"b.txt": "Detective Sergeant Karel Nyman said two men had been arrested."},
			[]string{"warning office-conflict"}},
		{"a detective sergeant named as an inspector of some body",
			map[string]string{
				"a.txt": "Inspector Karel Nyman said two men had been arrested.",
				"b.txt": "Detective Sergeant Karel Nyman said two men had been arrested."},
			nil},
		{"a chief inspector named as a detective chief inspector",
			map[string]string{
				"a.txt": "Chief Inspector Ola Brenn said the crossing would reopen at noon.",
				"b.txt": "Detective Chief Inspector Ola Brenn said the crossing would reopen at noon."},
			nil},
		{"two police ranks for one officer",
			map[string]string{
				"a.txt": "Detective Chief Inspector Mara Vell said the vault was opened in minutes.",
				"b.txt": "Detective Superintendent Mara Vell said the vault was opened in minutes."},
			[]string{"warning office-conflict"}},
		{"a chief superintendent named as a detective inspector",
			map[string]string{
				"a.txt": "Chief Superintendent Ola Brenn said the road would reopen by noon.",
				"b.txt": "Detective Inspector Ola Brenn said the road would reopen by noon."},
			[]string{"warning office-conflict"}},
		{"an inspector of a police force named as a superintendent",
			map[string]string{
				"a.txt": "Inspector Ola Brenn of Tarrow Police said the road would reopen by noon.",
				"b.txt": "Superintendent Ola Brenn said the road would reopen by noon."},
			[]string{"warning office-conflict"}},
		{"a police inspector named as a superintendent",
			map[string]string{
				"a.txt": "Police Inspector Ola Brenn said the road would reopen by noon.",
				"b.txt": "Superintendent Ola Brenn said the road would reopen by noon."},
			[]string{"warning office-conflict"}},
		{"a police inspector named as a detective inspector",
			map[string]string{
				"a.txt": "Inspector Ola Brenn of Tarrow Police said the road would reopen by noon.",
				"b.txt": "Detective Inspector Ola Brenn said the road would reopen by noon."},
			nil},
		{"an inspector of some other body and a police superintendent",
			map[string]string{
				"a.txt": "Inspector Ola Brenn of the Rail Safety Board said the line would reopen by noon.",
				"b.txt": "Superintendent Ola Brenn said the line would reopen by noon."},
			nil},
		{"one police rank, in full and in short",
			map[string]string{
				"a.txt": "Detective Chief Inspector Mara Vell said the vault was opened in minutes.",
				"b.txt": "DCI Mara Vell said the vault was opened in minutes."},
			nil},
		{"a police chief and an agency head named by its field",
			map[string]string{
				"a.txt": "Police chief Hana Boyce toured the quay on Monday.",
				"b.txt": "Coastguard chief Hana Boyce toured the quay on Monday."},
			[]string{"warning office-conflict"}},
		{"a minister and the chair of a council, which ministers often are",
			map[string]string{
				"a.txt": "Fisheries Minister Hana Boyce toured the quay on Monday.",
				"b.txt": "Fisheries Council chair Hana Boyce toured the quay on Monday."},
			nil},
		{"a minister and a bare director, who may lead anything",
			map[string]string{
				"a.txt": "Fisheries Minister Hana Boyce toured the quay on Monday.",
				"b.txt": "Director Hana Boyce toured the quay on Monday."},
			nil},
		{"a minister who also chairs a body, said in one article",
			map[string]string{
				"a.txt": "Finance Minister Ida Rhee, who also chairs the Eurogroup, spoke on Monday.",
				"b.txt": "Eurogroup chair Ida Rhee spoke on Monday."},
			nil},
		{"a judge and a prosecutor",
			map[string]string{
				"a.txt": "Judge Arno Vance adjourned the hearing until May.",
				"b.txt": "Prosecutor Arno Vance asked for the hearing to be adjourned until May."},
			[]string{"warning office-conflict"}},
		{"a prosecutor and a police chief",
			map[string]string{
				"a.txt": "Prosecutor Arno Vance said the suspects would be charged.",
				"b.txt": "Police Chief Arno Vance said the suspects would be charged."},
			[]string{"warning office-conflict"}},
		{"a minister and a police superintendent",
			map[string]string{
				"a.txt": "Corrections Commissioner Arno Vance said the search would go on.",
				"b.txt": "State Police Superintendent Arno Vance said the search would go on."},
			[]string{"warning office-conflict"}},
		{"a judge and a mayor",
			map[string]string{
				"a.txt": "Judge Arno Vance opened the hearing.",
				"b.txt": "Mayor Arno Vance opened the hearing."},
			[]string{"warning office-conflict"}},
		{"a judge and a presiding judge",
			map[string]string{
				"a.txt": "Judge Nadia Holm read out the sentences.",
				"b.txt": "Presiding judge Nadia Holm read out the sentences."},
			nil},
		{"a body told by a common noun and by its name",
			map[string]string{
				"a.txt": "Ada Brecht, the resort's director, said the lifts would reopen.",
				"b.txt": "Ada Brecht, director of the Norvia Ski Area, said the lifts would reopen."},
			nil},
		{"namesakes chairing a body told by a common noun and a named one",
			map[string]string{
				"a.txt": "Desmond Pellow, who has chaired the club since 2019, welcomed the bid.",
				"b.txt": "Lorna Pellow, who chairs the Redwater Supporters' Trust, welcomed the bid."},
			nil},
		{"two presiding judges of one trial",
			map[string]string{
				"a.txt": "Presiding judge Nadia Holm read out the sentences.",
				"b.txt": "Presiding judge Clara Weiss read out the sentences."},
			[]string{"warning office-holder-conflict"}},
		{"a chief operating officer and a chief executive of one firm",
			map[string]string{
				"a.txt": "Velmar chief operating officer Lia Moreno apologised to customers.",
				"b.txt": "Velmar chief executive Lia Moreno apologised to customers."},
			[]string{"warning office-conflict"}},
		{"a police commander and a fire chief",
			map[string]string{
				"a.txt": "Police Commander Ivo Rusk said the crowd had gone home.",
				"b.txt": "Fire Chief Ivo Rusk said the crowd had gone home."},
			[]string{"warning office-conflict"}},
		{"a post in the government of whoever \"his\" is",
			map[string]string{
				"a.txt": "The visiting emir met his energy minister, Rashid Omari, on Monday.",
				"b.txt": "Energy Minister Ola Kvist met the emir on Monday."},
			nil},
		{"a post in one government, named twice",
			map[string]string{
				"a.txt": "Energy Minister Rashid Omari met the emir on Monday.",
				"b.txt": "Energy Minister Ola Kvist met the emir on Monday."},
			[]string{"warning office-holder-conflict"}},
		{"two posts the article itself gives together",
			map[string]string{
				"a.txt": "Finance Minister Oskar Lind spoke. Deputy Prime Minister Oskar Lind also chairs the council.",
				"b.txt": "Deputy Prime Minister Oskar Lind spoke."},
			nil},
		{"former and current holder",
			map[string]string{
				"a.txt": "Former Governor Ruth Amsel kept rates low for years.",
				"b.txt": "Governor Karl Denz raised rates on Monday."},
			nil},
		{"two current holders of one office",
			map[string]string{
				"a.txt": "Governor Ruth Amsel raised rates on Monday.",
				"b.txt": "Governor Karl Denz raised rates on Monday."},
			[]string{"warning office-holder-conflict"}},
		{"office with and without its country",
			map[string]string{
				"a.txt": "Norvia's Interior Minister Ada Brecht ordered an inquiry.",
				"b.txt": "Interior Minister Ada Brecht ordered an inquiry."},
			nil},
		{"holders of one office in two countries",
			map[string]string{
				"a.txt": "Norvia's Interior Minister Ada Brecht ordered an inquiry.",
				"b.txt": "Telmark's Interior Minister Jon Aske ordered an inquiry."},
			nil},
		{"holder named with and without the country",
			map[string]string{
				"a.txt": "Norvia's Interior Minister Ada Brecht ordered an inquiry.",
				"b.txt": "Interior Minister Jon Aske ordered an inquiry."},
			[]string{"warning office-holder-conflict"}},
		{"same office and surname, another first name",
			map[string]string{
				"a.txt": "Ports Minister Lars Ekdal promised a review.",
				"b.txt": "Ports Minister Nils Ekdal promised a review."},
			[]string{"warning first-name-conflict"}},
		{"an office many hold at once, one surname, two first names",
			map[string]string{
				"a.txt": "Councillor Ilse Dorn asked for a new school.",
				"b.txt": "Councillor Karel Dorn opposed the parking plan."},
			nil},
		{"one post with a single holder, one surname, two first names",
			map[string]string{
				"a.txt": "Harbour board chair Ilse Dorn asked for a new quay.",
				"b.txt": "Harbour board chair Karel Dorn opposed the new quay."},
			[]string{"warning first-name-conflict"}},
		{"two people with one surname and different offices",
			map[string]string{
				"a.txt": "Health Minister Ana Novak and Labour Minister Petr Novak met.",
				"b.txt": "Labour Minister Petr Novak left early; Health Minister Ana Novak stayed."},
			nil},
		{"spelling variants are information",
			map[string]string{
				"a.txt": "Kremlin spokesman Dmitry Lebed declined to comment.",
				"b.txt": "Kremlin spokesperson Dmitri S. Lebed declined to comment."},
			[]string{"info name-variant"}},
		{"spokespeople can be several",
			map[string]string{
				"a.txt": "Government spokesman Ivo Rask said nothing.",
				"b.txt": "Government spokeswoman Mira Tell said nothing."},
			nil},
		{"presidents of countries not named",
			map[string]string{
				"a.txt": "President Ilya Moor called Varnish President Oto Kell.",
				"b.txt": "President Oto Kell spoke first."},
			nil},
		{"director and head of one office",
			map[string]string{
				"a.txt": "Lena Marr, director of the Flood Warning Office, spoke.",
				"b.txt": "The head of the flood-warning office, Lena Marr, spoke."},
			nil},
		{"one person heading two named organisations",
			map[string]string{
				"a.txt": "Northwind's safety chief Lena Marr spoke.",
				"b.txt": "Rail Safety Agency director Lena Marr spoke."},
			[]string{"warning office-conflict"}},
		{"a company's post against a state inspector's",
			map[string]string{
				"a.txt": "Lena Marr, the operator's head of safety, spoke.",
				"b.txt": "The chief inspector of rail accidents, Lena Marr, spoke."},
			[]string{"warning office-conflict"}},
		{"one person mayor of two towns",
			map[string]string{
				"a.txt": "Brackwater Mayor Lena Marr toured the damage.",
				"b.txt": "Lena Marr, the mayor of Osterholm, toured the damage."},
			[]string{"warning office-conflict"}},
		{"one person chief of two police forces",
			map[string]string{
				"a.txt": "Lena Marr, the police chief of Dunmore, spoke.",
				"b.txt": "Harwick police chief Lena Marr spoke."},
			[]string{"warning office-conflict"}},
		{"a mayor's town named in one and described in the other",
			map[string]string{
				"a.txt": "Brackwater Mayor Lena Marr toured the damage.",
				"b.txt": "Lena Marr, the town's mayor, toured the damage."},
			nil},
		{"two mayors of two towns",
			map[string]string{
				"a.txt": "Brackwater Mayor Lena Marr toured the damage.",
				"b.txt": "Osterholm Mayor Ivo Rask toured the damage."},
			nil},
		{"an organisation named in one and described in the other",
			map[string]string{
				"a.txt": "Northwind spokesperson Lena Marr spoke.",
				"b.txt": "Airline spokeswoman Lena Marr spoke."},
			nil},
		{"a person's spokeswoman and the body's",
			map[string]string{
				"a.txt": "President Ivo Rask met reporters. Rask's spokeswoman Lena Marr spoke.",
				"b.txt": "Northwind spokeswoman Lena Marr spoke."},
			nil},
		{"one field in other words",
			map[string]string{
				"a.txt": "Civil defence chief Lena Marr spoke.",
				"b.txt": "Lena Marr, head of the Civil Defence Agency, spoke."},
			nil},
		{"sitting and former holder in undated articles",
			map[string]string{
				"a.txt": "Finance Minister Lena Marr presented the budget.",
				"b.txt": "The former finance minister Lena Marr now sits in opposition."},
			nil},
		{"a chairman is not the chief executive",
			map[string]string{
				"a.txt": "Harbor Freight chairman Olaf Brand apologised.",
				"b.txt": "Harbor Freight chief executive Olaf Brand apologised."},
			[]string{"warning office-conflict"}},
		{"a managing director is the chief executive",
			map[string]string{
				"a.txt": "Harbor Freight managing director Olaf Brand apologised.",
				"b.txt": "Harbor Freight chief executive Olaf Brand apologised."},
			nil},
		{"a vice-chair is not the chair",
			map[string]string{
				"a.txt": "Election Board vice-chair Ines Palm spoke.",
				"b.txt": "Election Board Chair Ines Palm spoke."},
			[]string{"warning office-conflict"}},
		{"two portfolios of one commissioner",
			map[string]string{
				"a.txt": "Fisheries Commissioner Ines Palm spoke.",
				"b.txt": "Transport Commissioner Ines Palm spoke."},
			[]string{"warning office-conflict"}},
		{"two posts another article gives together",
			map[string]string{
				"a.txt": "Trade Minister Oskar Lind, who is also deputy prime minister, flew in.",
				"b.txt": "Trade Minister Oskar Lind flew in.",
				"c.txt": "Deputy Prime Minister Oskar Lind flew in."},
			nil},
		{"a post no article pairs with the other",
			map[string]string{
				"a.txt": "Trade Minister Oskar Lind, who is also deputy prime minister, flew in.",
				"b.txt": "Fisheries Minister Oskar Lind flew in."},
			[]string{"warning office-conflict"}},
		{"a deputy prime minister, who most often runs a ministry too",
			map[string]string{
				"a.txt": "Deputy Prime Minister Oskar Lind flew in.",
				"b.txt": "Fisheries Minister Oskar Lind flew in."},
			nil},
		{"a deputy prime minister is not the prime minister",
			map[string]string{
				"a.txt": "Deputy Prime Minister Oskar Lind flew in.",
				"b.txt": "Prime Minister Oskar Lind flew in."},
			[]string{"warning office-conflict"}},
		{"a surname alone that two people share",
			map[string]string{
				"a.txt": "Health Minister Ana Novak and Labour Minister Petr Novak met.",
				"b.txt": "Labour Minister Novak spoke first."},
			nil},
		{"a surname alone that one person has",
			map[string]string{
				"a.txt": "Health Minister Ana Novak met the press.",
				"b.txt": "Labour Minister Novak spoke first."},
			[]string{"warning office-conflict"}},
		{"a career move the story explains",
			map[string]string{
				"a.txt": "Trade Minister Oskar Lind flew in.",
				"b.txt": "Foreign Minister Oskar Lind, the former trade minister, flew in."},
			nil},
		{"a full name and its shorter form",
			map[string]string{
				"a.txt": "Interior Minister Ines Arrieta Vidal flew in.",
				"b.txt": "Interior Minister Ines Arrieta flew in."},
			nil},
		{"a shorter form given another post",
			map[string]string{
				"a.txt": "Interior Minister Ines Arrieta Vidal flew in.",
				"b.txt": "Justice Minister Ines Arrieta flew in."},
			[]string{"warning office-conflict"}},
		{"an office that changed hands in the story",
			map[string]string{
				"a.txt": "Interior Secretary Oskar Lind signed the rule.",
				"b.txt": "The new Interior Secretary Ines Palm revoked the rule.",
				"c.txt": "Interior Secretary Ines Palm spoke."},
			nil},
		{"two people named to one ministry",
			map[string]string{
				"a.txt": "Defence Secretary Ines Palm spoke.",
				"b.txt": "Defence Secretary Olaf Brand spoke."},
			[]string{"warning office-holder-conflict"}},
		{"two commissioners of one portfolio may sit at once",
			map[string]string{
				"a.txt": "Fisheries Commissioner Ines Palm spoke.",
				"b.txt": "Fisheries Commissioner Olaf Brand spoke."},
			nil},
		{"former holder of a bare office",
			map[string]string{
				"a.txt": "Minister Lena Marr presented the budget.",
				"b.txt": "The former minister Lena Marr now sits in opposition."},
			nil},
		{"governor and lieutenant governor are two posts",
			map[string]string{
				"a.txt": "Governor Ines Palm toured the town.",
				"b.txt": "Lieutenant Governor Ines Palm toured the town."},
			[]string{"warning office-conflict"}},
		{"the deputy of an office is another post",
			map[string]string{
				"a.txt": "The deputy mayor, Ines Palm, toured the town.",
				"b.txt": "Mayor Ines Palm toured the town."},
			[]string{"warning office-conflict"}},
		{"two directors of one named museum",
			map[string]string{
				"a.txt": "Thieves raided the Vessel Museum. \"We are shaken,\" museum director Ines Palm said.",
				"b.txt": "The Vessel Museum was raided. The museum's director, Olaf Brand, said little."},
			[]string{"warning office-holder-conflict"}},
		{"a body named in one article and referred back to in the other",
			map[string]string{
				"a.txt": "Olaf Brand, director of the Coastal Survey Agency, spoke.",
				"b.txt": "The Coastal Survey Agency met. The agency's director, Ines Palm, spoke."},
			[]string{"warning office-holder-conflict"}},
		{"a reference back when two bodies of that kind are named",
			map[string]string{
				"a.txt": "Olaf Brand, director of the Coastal Survey Agency, spoke.",
				"b.txt": "The River Works Agency and the Coastal Survey Agency met. The agency's director, Ines Palm, spoke."},
			nil},
		{"a chairman and a chief executive lead one company together",
			map[string]string{
				"a.txt": "The Harbor Freight Company met. The company's chairman, Olaf Brand, spoke.",
				"b.txt": "The Harbor Freight Company met. The company's chief executive, Ines Palm, spoke."},
			nil},
		{"one of several directors",
			map[string]string{
				"a.txt": "The Vessel Museum reopened. Olaf Brand, a director of the Vessel Museum, spoke.",
				"b.txt": "The Vessel Museum reopened. The museum's director, Ines Palm, spoke."},
			nil},
		{"a former director and the current one",
			map[string]string{
				"a.txt": "The Vessel Museum reopened. The museum's former director, Olaf Brand, spoke.",
				"b.txt": "The Vessel Museum reopened. The museum's director, Ines Palm, spoke."},
			nil},
		{"one person leading both sides of a vote",
			map[string]string{
				"a.txt": "The yes campaign was led by Olaf Brand, a retired teacher.",
				"b.txt": "Olaf Brand, who led the no campaign, conceded."},
			[]string{"warning office-conflict"}},
		{"one person leading one side, said twice",
			map[string]string{
				"a.txt": "The yes campaign was led by Olaf Brand, a retired teacher.",
				"b.txt": "Olaf Brand, who led the Yes campaign, celebrated."},
			nil},
		{"two people leading opposite sides",
			map[string]string{
				"a.txt": "The yes campaign was led by Olaf Brand, a retired teacher.",
				"b.txt": "Ines Palm, who led the no campaign, conceded."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := peopleFindings(t, tc.docs)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTenureOverTime: a minister may have left office by a later
// article, so a former and a sitting holder weeks apart are no conflict.
func TestTenureOverTime(t *testing.T) {
	tests := []struct {
		name, other string
		daysApart   int
		want        []string
	}{
		{"former three days before sitting", "The former finance minister Lena Marr now sits in opposition.", -3, []string{"warning tenure-conflict"}},
		{"former on the same day", "The former finance minister Lena Marr now sits in opposition.", 0, []string{"warning tenure-conflict"}},
		// People leave office between two reports far more often than
		// they come back to it.
		{"former three days after sitting", "The former finance minister Lena Marr now sits in opposition.", 3, nil},
		{"two months apart", "The former finance minister Lena Marr now sits in opposition.", -60, nil},
		// An outgoing holder still holds the office.
		{"outgoing in the same week", "The outgoing finance minister Lena Marr presented her last budget.", -3, nil},
		{"retiring in the same week", "Retiring Finance Minister Lena Marr presented her last budget.", -3, nil},
		// The story tells of the post changing hands.
		{"resigned in the same week", "Finance Minister Lena Marr resigns. The former finance minister Lena Marr now sits in opposition.", -3, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			day := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
			docs := []*document.Document{
				peopleDocument("a.txt", "Finance Minister Lena Marr presented the budget."),
				peopleDocument("b.txt", tc.other),
			}
			later := day.AddDate(0, 0, tc.daysApart)
			docs[0].Published, docs[1].Published = &day, &later
			got := officialFindingsOf(docs)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTenureSince: a dated tenure ("has headed the authority since 2019")
// speaks for every day since, so a lesser post given months earlier is a
// conflict, not a promotion.
func TestTenureSince(t *testing.T) {
	tests := []struct {
		name, later string
		want        []string
	}{
		{"tenure dated before the earlier article",
			"Commissioner Lena Marr, who has headed the authority since 2019, spoke.",
			[]string{"warning office-conflict"}},
		{"tenure that began after it",
			"Commissioner Lena Marr, who has headed the authority since 2026, spoke.", nil},
		{"no dated tenure",
			"Commissioner Lena Marr spoke.", nil},
	}
	tenure := []struct {
		name, earlier string
		want          []string
	}{
		{"a former holder inside a dated tenure",
			"The former chief executive, Lena Marr, opened an inquiry.", []string{"warning tenure-conflict"}},
		{"a former holder of another office",
			"The former mayor, Lena Marr, opened an inquiry.", nil},
	}
	for _, tc := range tenure {
		t.Run(tc.name, func(t *testing.T) {
			april := time.Date(2025, 4, 15, 0, 0, 0, 0, time.UTC)
			september := april.AddDate(0, 5, 0)
			docs := []*document.Document{
				peopleDocument("a.txt", tc.earlier),
				peopleDocument("b.txt", "Chief executive Lena Marr, who has led the company since 2019, spoke."),
			}
			docs[0].Published, docs[1].Published = &april, &september
			got := officialFindingsOf(docs)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			april := time.Date(2025, 4, 15, 0, 0, 0, 0, time.UTC)
			september := april.AddDate(0, 5, 0)
			docs := []*document.Document{
				peopleDocument("a.txt", "Deputy Commissioner Lena Marr opened an inquiry."),
				peopleDocument("b.txt", tc.later),
			}
			docs[0].Published, docs[1].Published = &april, &september
			got := officialFindingsOf(docs)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// officialFindingsOf judges the official claims of dated documents of one
// story, as "severity rule" strings.
func officialFindingsOf(docs []*document.Document) []string {
	var claims []align.Claim
	for _, d := range docs {
		for _, c := range claim.Build(claim.NewArticle(d, nil), claim.Options{}) {
			if c.Kind == claim.KindOfficial {
				claims = append(claims, align.Claim{Claim: c, Story: "story"})
			}
		}
	}
	var got []string
	for _, f := range Judge(claims, align.Pairs(claims, 0.05), Options{}) {
		got = append(got, string(f.Severity)+" "+f.Rule)
	}
	return got
}

// A conflict's message names each office with the words that set it
// apart, even where they stand outside the title as written.
func TestOfficeConflictMessageKeepsDeputy(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"Deputy Mayor Ana Reyes opened the bridge.", "Ana Reyes, the mayor, opened the bridge.",
			"Ana Reyes is named as deputy mayor in one article and as mayor in another"},
		{"Ana Reyes, the deputy health minister, spoke.", "Health Minister Ana Reyes spoke.",
			"Ana Reyes is named as deputy health minister in one article and as health minister in another"},
		{"Deputy Tarrow County Clerk Ana Reyes spoke.", "Tarrow County Clerk Ana Reyes spoke.",
			"Ana Reyes is named as deputy clerk in one article and as clerk in another"},
		{"Interior Minister Ana Reyes spoke.", "Transport Minister Ana Reyes spoke.",
			"Ana Reyes is named as interior minister in one article and as transport minister in another"},
	}
	for _, tc := range tests {
		var claims []align.Claim
		for i, text := range []string{tc.a, tc.b} {
			a := claim.NewArticle(peopleDocument([]string{"a.md", "b.md"}[i], text), nil)
			for _, c := range claim.Build(a, claim.Options{}) {
				if c.Kind == claim.KindOfficial {
					claims = append(claims, align.Claim{Claim: c, Story: "story"})
				}
			}
		}
		var got []string
		for _, f := range Judge(claims, align.Pairs(claims, 0.05), Options{}) {
			got = append(got, f.Message)
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q / %q:\n got %q\nwant %q", tc.a, tc.b, got, tc.want)
		}
	}
}

// Articles' as-of times come as full timestamps or as bare days; both
// are read to the day.
func TestWithinDays(t *testing.T) {
	tests := []struct {
		x, y string
		want bool
	}{
		{"2025-05-22T14:30:00Z", "2025-05-26T10:00:00Z", true},
		{"2025-01-02T09:00:00Z", "2025-03-20T09:00:00Z", false},
		{"2025-01-02", "2025-03-20", false},
		{"--01-29", "2025-03-20T09:00:00Z", true}, // no year: not ruled out
		{"", "2025-03-20", true},
	}
	for _, tt := range tests {
		if got := withinDays(tt.x, tt.y, 10*24*time.Hour); got != tt.want {
			t.Errorf("withinDays(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}
